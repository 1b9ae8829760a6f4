"""`tdkt next-year PLAN`: next year's plan beside this one, people and titles carried over."""

from __future__ import annotations

from pathlib import Path

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.errors import UserError

TEXTS = {
    "vi": {
        "exists": "đã có tệp này; không ghi đè",
        "exists.hint": "đổi tên hoặc xóa tệp đó nếu muốn lập lại kế hoạch năm sau",
        "written": "Đã lập {path} (bản nháp {year}) từ {source}.",
        "carried": "Đã chuyển sang: đơn vị, {departments} phòng, {people} người; nội dung kế hoạch làm bản nháp.",
        "history": {
            "results": "Đã ghi vào `history` xếp loại và danh hiệu {prev} của {count} người, phòng theo kết quả khen thưởng (`results`).",
            "council": "Đã ghi vào `history` xếp loại và danh hiệu {prev} của {count} người, phòng theo quyết định của Hội đồng "
                       "(tệp {prev} chưa ghi `results`; đã ghi chú trong tệp mới).",
            "none": "Tệp {prev} chưa ghi kết quả khen thưởng hay quyết định của Hội đồng: `history` {prev} chỉ có xếp loại.",
        },
        "dropped": "Không chuyển (thuộc riêng {prev}): {keys}.",
        "todo": "Cán bộ cần điền:",
        "todo_issue": "  - số và ngày ban hành kế hoạch (`plan.number`, `plan.date`) khi ký; căn cứ {year} (`plan.bases`);",
        "todo_years": "  - các dòng còn ghi {prev}, xem lại nội dung: {lines};",
        "todo_tasks": "  - hạn, người chủ trì của các nhiệm vụ {year}; tiến độ ghi dần trong năm;",
        "todo_registrations": "  - đăng ký thi đua {year}: `tdkt export registrations {path} -o dang-ky.xlsx`, các phòng điền, rồi "
                              "`tdkt import registrations dang-ky.xlsx {path}`;",
        "todo_year_end": "  - cuối năm: xếp loại, kỷ luật của từng người, từng phòng; họp Hội đồng (`council`).",
        "todo_regime": "  - tệp ghi rõ `rules: {{regime: {regime}}}`: xem lại chế độ áp dụng cho {year};",
        "check": "Kiểm tra tệp mới:",
    },
    "en": {
        "exists": "the file already exists; not overwritten",
        "exists.hint": "rename or remove it to make the next plan again",
        "written": "Wrote {path} (draft for {year}) from {source}.",
        "carried": "Carried over: the unit, {departments} departments, {people} people; the plan text as a draft.",
        "history": {
            "results": "Added the {prev} ratings and titles of {count} people and departments to `history`, from the recorded results.",
            "council": "Added the {prev} ratings and titles of {count} people and departments to `history`, from the council's decisions "
                       "(the {prev} file records no `results`; a comment in the new file says so).",
            "none": "The {prev} file records no results or council decisions: the {prev} `history` holds ratings only.",
        },
        "dropped": "Not carried (they belong to {prev}): {keys}.",
        "todo": "The clerk must now fill in:",
        "todo_issue": "  - the plan's number and date (`plan.number`, `plan.date`) at signing; the {year} bases (`plan.bases`);",
        "todo_years": "  - lines still naming {prev}, to review: {lines};",
        "todo_tasks": "  - due dates and owners of the {year} tasks; progress as the year goes;",
        "todo_registrations": "  - the {year} registrations: `tdkt export registrations {path} -o registrations.xlsx`, filled in by "
                              "the departments, then `tdkt import registrations registrations.xlsx {path}`;",
        "todo_year_end": "  - at year end: each person's and department's rating and discipline; the council's meeting (`council`).",
        "todo_regime": "  - the file names `rules: {{regime: {regime}}}`: check which regime applies to {year};",
        "check": "Checking the new file:",
    },
}


def next_year(
    plan: PlanArgument = None,
    lang: LangOption = None,
) -> None:
    """Lập kế hoạch năm sau cạnh tệp này: chuyển người, nội dung; ghi danh hiệu năm nay vào history."""
    from tdkt.cli.output import text_report
    from tdkt.files import write_new
    from tdkt.checking import check_file
    from tdkt.yearly.next_year import carry, target_for

    job = open_plan(plan, lang)
    texts = TEXTS[job.language]
    target = target_for(job.path, job.plan)
    if target.exists():  # before the work; writing never replaces a file either
        raise UserError("exists", where=str(target), texts=TEXTS)
    done = carry(job.path.read_bytes().decode("utf-8-sig"), job.plan, job.path.name)
    if not write_new(target, done.text.encode("utf-8")):
        raise UserError("exists", where=str(target), texts=TEXTS)
    prev, year = (period.word("label", job.language) for period in (job.plan.period, job.plan.period.next()))
    print(texts["written"].format(path=target, year=year, source=job.path))
    print(texts["carried"].format(departments=done.departments, people=done.people))
    print(texts["history"][done.source].format(prev=prev, count=done.with_titles))
    if done.dropped:
        print(texts["dropped"].format(prev=prev, keys=", ".join(f"`{k}`" for k in done.dropped)))
    print(texts["todo"])
    print(texts["todo_issue"].format(year=year))
    if done.old_year_lines:
        print(texts["todo_years"].format(prev=prev, lines=_lines(target, done.old_year_lines)))
    print(texts["todo_tasks"].format(year=year))
    print(texts["todo_registrations"].format(year=year, path=target))
    print(texts["todo_year_end"])
    if job.plan.rules.regime:
        print(texts["todo_regime"].format(regime=job.plan.rules.regime, year=year))
    print(texts["check"])
    print(text_report(check_file(target, as_of=_start_of(job.plan.period.end), lang=job.language), job.language))


def _lines(target: Path, numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:12])
    return f"{target}:{shown}" + (" …" if len(numbers) > 12 else "")


def _start_of(day):
    """The day after the old period ends: the new one has begun, nothing of it is overdue."""
    from datetime import timedelta

    return day + timedelta(days=1)
