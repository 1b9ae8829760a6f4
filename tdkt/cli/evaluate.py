"""`tdkt evaluate`: which titles and awards each person's and department's inputs support."""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import TextIO

from tdkt.cli.batch import each_plan
from tdkt.cli.common import FormatOption, LangOption, PlansArgument, open_plan

MARKS = {"eligible": "✓", "not_eligible": "✗", "undecided": "?", "not_checked": "•", "awaits_council": "…"}
STATE_MARKS = {"met": "+", "failed": "-", "missing": "?", "pending": "…", "not_checked": "•", "council": "…"}
TEXTS = {
    "vi": {
        "regime": "{period}: {regime}",
        "overrides": "Quy định riêng áp dụng: {name}",
        "unconfirmed": "Tiêu chuẩn chưa đối chiếu được với văn bản gốc, ghi đè được trong tệp quy định riêng (xem README): {names}",
        "people": "CÁ NHÂN",
        "departments": "TẬP THỂ",
        "cap": "{title}: {count} người đủ tiêu chuẩn, tối đa {places} suất ({percent}% của {base}) — {source}",
        "cap_over": "  Vượt tỷ lệ: Hội đồng Thi đua - Khen thưởng chọn {places} trong số: {names}",
        "cap_dependents": "  Danh hiệu tập thể cần thành viên đạt {title}, chờ Hội đồng chọn trong {places} suất: {names}",
        "summary": "{title}: {eligible} đủ tiêu chuẩn, {not_eligible} không đủ, {undecided} chưa xét được",
        "registered": "đăng ký",
        "past": "DANH HIỆU CÁC NĂM TRƯỚC LẤY TỪ TỆP KẾ HOẠCH BÊN CẠNH (không ghi trong `history` của tệp này)",
        "past_item": "{name} [{id}] năm {year}: {what} — {path}, {origin}",
        "origins": {"results": "kết quả khen thưởng", "council": "quyết định của Hội đồng", "none": "xếp loại",
                    "history": "`history`"},
        "rating_only": "xếp loại {rating}",
        "unusable": "Không dùng {path} để lấy danh hiệu các năm trước: tệp có lỗi hoặc ghi năm khác (xem `tdkt validate`).",
        "conflict": "{path}:{line}:{column}: cảnh báo: `history` năm {year} của {name} ghi {typed}, còn {source} ghi {found} ({origin})",
        "conflict_hint": "      gợi ý: sửa một trong hai cho đúng quyết định khen thưởng; tdkt xét theo tệp này",
        "nothing": "không có danh hiệu",
        "rewards": "TIỀN THƯỞNG (theo quyết định của Hội đồng, mức lương cơ sở ngày {day}: {base} đồng, {base_source})",
        "reward": "  {name} – {title}: {amount} đồng ({factor} × lương cơ sở; {source}){mark}",
        "reward_none": "  {name} – {title}: không kèm tiền thưởng",
        "reward_unsupported": " — quyết định chưa đủ căn cứ (xem trên), không tính vào tổng",
        "by": {"unit": " [đơn vị quyết định]", "upward": " [cấp trên quyết định]", None: ""},
        "reward_total": "  Tổng cộng: {total} đồng; trong đó đơn vị quyết định: {own} đồng",
        "reward_unconfirmed": "  (*) mức chưa đối chiếu với văn bản gốc; ghi đè trong tệp quy định riêng, mục `rewards:`",
        "awaiting": ", {count} chờ Hội đồng chọn",
        "unconfirmed_mark": " (chưa đối chiếu)",
        "uncited_mark": " (chưa đối chiếu điều, khoản)",
    },
    "en": {
        "regime": "{period}: {regime}",
        "overrides": "Local rules applied: `{name}`",
        "unconfirmed": "Criteria not yet checked against the source text, which a rules file may override (see the README): {names}",
        "people": "INDIVIDUALS",
        "departments": "COLLECTIVES",
        "cap": "{title}: eligible {count}, places at most {places} ({percent}% of {base}) — {source}",
        "cap_over": "  Over the cap: the council chooses {places} among: {names}",
        "cap_dependents": "  Collective titles needing a member with {title}, awaiting the council's choice of {places}: {names}",
        "summary": "{title}: {eligible} eligible, {not_eligible} not eligible, {undecided} undecided",
        "registered": "registered",
        "past": "PAST YEARS' TITLES FROM THE PLAN FILES BESIDE THIS ONE (not in this file's `history`)",
        "past_item": "{name} [{id}] {year}: {what} — {path}, {origin}",
        "origins": {"results": "recorded results", "council": "council's decision", "none": "rating",
                    "history": "`history`"},
        "rating_only": "rated {rating}",
        "unusable": "{path} is not used for past titles: it has errors or names another year (see `tdkt validate`).",
        "conflict": "{path}:{line}:{column}: warning: the {year} `history` of {name} says {typed}, but {source} says {found} ({origin})",
        "conflict_hint": "      hint: correct one of them to match the award decision; tdkt judges by this file",
        "nothing": "no title",
        "rewards": "REWARDS (for the council's decisions, base salary on {day}: {base} VND, {base_source})",
        "reward": "  {name} – {title}: {amount} VND ({factor} × base salary; {source}){mark}",
        "reward_none": "  {name} – {title}: no reward money",
        "reward_unsupported": " — the decision is not supported (see above), left out of the totals",
        "by": {"unit": " [decided by the unit]", "upward": " [decided above]", None: ""},
        "reward_total": "  Total: {total} VND; decided by the unit: {own} VND",
        "reward_unconfirmed": "  (*) value not yet checked against the source text; override in the rules file, `rewards:`",
        "awaiting": ", {count} awaiting the council's choice",
        "unconfirmed_mark": " (unconfirmed)",
        "uncited_mark": " (article, clause unconfirmed)",
    },
}


def evaluate(
    plans: PlansArgument = None,
    format: FormatOption = "text",
    lang: LangOption = None,
) -> None:
    """Print which titles and awards each holder's inputs support, with the articles."""
    each_plan(partial(_evaluate, format=format, lang=lang), plans, command="evaluate", lang=lang, fmt=format,
              unit_json=True)


def _evaluate(plan: Path | None, format: str, lang: str | None) -> None:
    from tdkt.rules.evaluate import evaluate as run
    from tdkt.rules.explain import explain
    from tdkt.yearly.history import fill

    job = open_plan(plan, lang, fmt=format)
    language = job.language
    past = fill(job.plan, job.path)
    report_past_conflicts(past, job, language)
    evaluation = run(job.plan, job.checked.ruleset)
    data = explain(evaluation, language)
    data["past"] = past_data(past, job.plan, language)
    data["rewards"] = rewards(job.plan, evaluation, language)
    if format == "json":
        write_json(data, sys.stdout)
    else:
        print(as_text(data, language))


def write_json(data: dict, out: TextIO) -> None:
    """`data` as one compact JSON document, written an item of each list at a time.

    The same text as `json.dumps(data, ensure_ascii=False)`, but a 20,000-person
    evaluation is never held in memory a second time as one string.
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode
    out.write("{")
    for n, (key, value) in enumerate(data.items()):
        out.write(f"{', ' if n else ''}{encode(key)}: ")
        if isinstance(value, list):
            out.write("[")
            out.writelines(f"{', ' if i else ''}{encode(item)}" for i, item in enumerate(value))
            out.write("]")
        else:
            out.write(encode(value))
    out.write("}\n")


def past_data(past, plan, lang: str) -> list[dict]:
    """Each past year taken from another file, worded with where it came from."""
    from tdkt.rules.catalogue import load_catalogue
    from tdkt.yearly.history import codes

    catalogue, texts = load_catalogue(), TEXTS[lang]
    names = {**{p.id: p.name for p in plan.people().values()}, **{d.id: d.name for d in plan.departments}}
    return [{"kind": f.kind, "id": f.id, "name": names.get(f.id, f.id), "year": f.year, "rating": f.record.rating,
             "codes": codes(f.record, f.year, catalogue), "path": f.path, "origin": f.origin,
             "origin_text": texts["origins"][f.origin]} for f in past.added]


def report_past_conflicts(past, job, lang: str) -> None:
    """Files not used, and typed years another file records otherwise, as located warnings (stderr)."""
    from tdkt.cli.output import say
    from tdkt.plan.yamlsource import load_file

    texts = TEXTS[lang]
    for path in past.unusable:
        say(texts["unusable"].format(path=path))
    if not past.conflicts:
        return
    source = load_file(job.path)
    names = {**{p.id: p.name for p in job.plan.people().values()}, **{d.id: d.name for d in job.plan.departments}}
    for conflict in past.conflicts:
        (line, column), _ = source.locate(conflict.loc, at_key=True)
        found = conflict.found
        say(texts["conflict"].format(
            path=job.path, line=line, column=column, year=found.year, name=f"{names.get(found.id, found.id)} [{found.id}]",
            typed=_record_text(conflict.typed, texts), found=_record_text(found.record, texts), source=found.path,
            origin=texts["origins"][found.origin]))
        say(texts["conflict_hint"])


def _record_text(record, texts: dict) -> str:
    parts = [*record.titles, *record.awards]
    if record.rating:
        parts.append(texts["rating_only"].format(rating=record.rating))
    return ", ".join(parts) or texts["nothing"]


def as_text(data: dict, lang: str) -> str:
    """A reader's view: each holder, each verdict with its reasons and their articles."""
    texts = TEXTS[lang]
    out = [texts["regime"].format(period=data["period"]["title"], regime=data["regime"]["name"])]
    if data["overrides"]:
        out.append(texts["overrides"].format(name=data["overrides"]))
    if data.get("past"):
        out += ["", texts["past"]]
        for item in data["past"]:
            what = ", ".join(item["codes"]) or texts["rating_only"].format(rating=item["rating"])
            out.append(texts["past_item"].format(what=what, path=item["path"], origin=item["origin_text"],
                                                 **{k: item[k] for k in ("name", "id", "year")}))
    for section in ("departments", "people"):
        out += ["", texts[section]]
        for holder in data[section]:
            out.append(f"{holder['name']} [{holder['id']}]")
            for verdict in holder["verdicts"]:
                flag = f" ({texts['registered']})" if verdict["code"] in holder["registered"] else ""
                out.append(f"  {MARKS[verdict['status']]} {verdict['title']}{flag}: {verdict['status_text']}")
                for reason in verdict["reasons"]:
                    out.append(f"      {STATE_MARKS[reason['state']]} {reason['text']} — {reason['source']}{_mark(reason, texts)}")
    out.append("")
    for cap in data["caps"]:
        out.append(texts["cap"].format(count=len(cap["candidates"]), **{k: cap[k] for k in ("title", "places", "percent", "base", "source")})
                   + _mark(cap, texts))
        if cap["over"]:
            names = ", ".join(f"{c['name']} [{c['id']}]" for c in cap["candidates"])
            out.append(texts["cap_over"].format(places=cap["places"], names=names))
        if cap["dependents"]:
            names = ", ".join(f"{d['name']} [{d['id']}]" for d in cap["dependents"])
            out.append(texts["cap_dependents"].format(title=cap["title"], places=cap["places"], names=names))
    out += _rewards(data["rewards"], texts)
    out += _summary(data, texts)
    if data["unconfirmed"]:
        out += ["", texts["unconfirmed"].format(names=", ".join(f"`{name}`" for name in data["unconfirmed"]))]
    return "\n".join(out)


def _mark(item: dict, texts: dict) -> str:
    """The line's mark when what it rests on is unconfirmed: the value, else its article and clause."""
    if not item["confirmed"]:
        return texts["unconfirmed_mark"]
    return "" if item["cited"] else texts["uncited_mark"]


def _summary(data: dict, texts: dict) -> list[str]:
    counts: dict[str, dict[str, int]] = {}
    titles: dict[str, str] = {}
    for holder in [*data["departments"], *data["people"]]:
        for verdict in holder["verdicts"]:
            titles[verdict["code"]] = verdict["title"]
            tally = counts.setdefault(verdict["code"], dict.fromkeys(MARKS, 0))
            tally[verdict["status"]] += 1
    return [texts["summary"].format(title=titles[code], **tally)
            + (texts["awaiting"].format(count=tally["awaits_council"]) if tally["awaits_council"] else "")
            for code, tally in counts.items()]


def rewards(plan, evaluation, lang: str = "vi") -> dict | None:
    """The reward money of every title and award the council decided, and who pays it, worded in `lang`.

    A decision the evaluation does not support (or one beyond a cap's places) is listed as such
    and left out of the totals."""
    from tdkt.documents.yearend import decision_day, grants, reward_of, unit_authority
    from tdkt.plan.dates import dmy
    from tdkt.rules.citations import cite
    from tdkt.rules.council import unsupported
    from tdkt.rules.rewards import base_salary, money

    ruleset = evaluation.ruleset
    found = grants(plan, ruleset)
    if not found:
        return None
    own = unit_authority(plan, ruleset)
    without_ground = unsupported(plan, evaluation)
    base, base_source, _ = base_salary(decision_day(plan), ruleset.rewards)
    items, total, own_total = [], 0, 0
    for grant in found:
        paid = reward_of(grant, plan, ruleset)
        by = None if own is None else ("unit" if own.decides(grant.entry.code) else "upward")
        kind = "collective" if grant.decision.department else "individual"
        supported = (kind, grant.holder.id, grant.entry.code) not in without_ground
        amount = paid.amount if paid else 0
        counted = amount if supported else 0
        total += counted
        own_total += counted if by == "unit" else 0
        items.append({"id": grant.holder.id, "name": grant.holder.name, "code": grant.entry.code, "title": grant.entry.name_in(lang),
                      "by": by, "supported": supported, "amount": amount, "amount_text": money(amount) if paid else None,
                      "factor": str(paid.factor).replace(".", ",") if paid else None,
                      "source": cite(paid.source, lang, paid.source_en) if paid else None,
                      "confirmed": paid.confirmed if paid else True})
    return {"day": dmy(decision_day(plan)), "base": base, "base_text": money(base), "base_source": cite(base_source, lang),
            "items": items, "total": total, "total_text": money(total), "own_total": own_total, "own_total_text": money(own_total)}


def _rewards(data: dict | None, texts: dict) -> list[str]:
    if not data:
        return []
    out = [texts["rewards"].format(day=data["day"], base=data["base_text"], base_source=data["base_source"])]
    for item in data["items"]:
        if item["amount_text"] is None:
            out.append(texts["reward_none"].format(**item))
            continue
        mark = texts["by"][item["by"]] + ("" if item["confirmed"] else " (*)") + ("" if item["supported"] else texts["reward_unsupported"])
        out.append(texts["reward"].format(name=item["name"], title=item["title"], amount=item["amount_text"],
                                          factor=item["factor"], source=item["source"], mark=mark))
    out.append(texts["reward_total"].format(total=data["total_text"], own=data["own_total_text"]))
    if any(not item["confirmed"] for item in data["items"]):
        out.append(texts["reward_unconfirmed"])
    return out + [""]
