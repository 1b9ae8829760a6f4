"""`tdkt rollup`: the sector's roll-up of many unit plans: lists, statistics forms, checks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import FormatOption, LangOption, check_format, lang_of
from tdkt.cli.output import say, text_report
from tdkt.cli.render import OutOption
from tdkt.errors import UsageError, UserError

TEXTS = {
    "vi": {
        "no_folder": "không có thư mục này",
        "no_folder.hint": "ghi thư mục chứa kế hoạch của các đơn vị (mỗi đơn vị một tệp .yaml), vd. `tdkt rollup don-vi`",
        "no_plans": "Không tìm thấy tệp kế hoạch (*.yaml) nào trong: {folders}.",
        "no_plans.hint": "đặt tệp kế hoạch của các đơn vị vào thư mục đó, hoặc ghi đúng thư mục chứa chúng",
        "no_office": "Chưa có cơ quan tổng hợp (tên cơ quan và địa danh ghi trên văn bản).",
        "no_office.hint": "ghi `office: {{name: …, place: …}}` trong rollup.yaml (ở thư mục ghi kết quả hoặc thư mục "
                          "đầu tiên), hoặc dùng --issuer và --place",
        "config_invalid": "{path} có lỗi; sửa rồi chạy lại.",
        "none_valid": "Không có kế hoạch hợp lệ nào để tổng hợp.",
        "none_valid.hint": "sửa các lỗi kể trên rồi chạy lại (xem `tdkt validate`), hoặc ghi --year",
        "bad_year": "--year: `{value}` không phải là năm (2000 đến 2100) hay năm học",
        "bad_year.hint": "ghi năm, vd. `--year 2022`, hoặc năm học, vd. `--year 2025-2026`",
        "no_year": "Không có kế hoạch hợp lệ nào của {period} để tổng hợp; các kế hoạch là của {periods}.",
        "no_year.hint": "chọn năm hoặc năm học có kế hoạch, vd. `--year {suggestion}`, hoặc bỏ --year",
        "no_signer": "Lưu ý: chưa ghi người ký; các văn bản để chỗ cho đơn vị bổ sung họ tên. Ghi `office.signer` "
                     "trong rollup.yaml, vd. `signer: {name: Nguyễn Văn A, position: Trưởng phòng}`.",
        "cross": "kiểm tra giữa các đơn vị",
        "heading": "{counted}/{total} kế hoạch được tổng hợp ({period})",
        "status": {"ok": "tổng hợp", "invalid": "có lỗi, không tổng hợp", "other_year": "{period}, không tổng hợp"},
        "row": "  {status:<34} {errors:>3} lỗi  {path}",
        "reason_invalid": "{errors} lỗi",
        "reason_other_year": "kế hoạch {period}",
    },
    "en": {
        "no_folder": "there is no such folder",
        "no_folder.hint": "name the folder holding the units' plans (one .yaml file per unit), e.g. `tdkt rollup units`",
        "no_plans": "No plan file (*.yaml) found in: {folders}.",
        "no_plans.hint": "put the units' plan files in that folder, or name the folder that holds them",
        "no_office": "No roll-up office (the office's name and place written on the documents).",
        "no_office.hint": "write `office: {{name: …, place: …}}` in rollup.yaml (in the output folder or the first "
                          "folder), or pass --issuer and --place",
        "config_invalid": "{path} has errors; fix them and run again.",
        "none_valid": "No valid plan to roll up.",
        "none_valid.hint": "fix the errors above and run again (see `tdkt validate`), or pass --year",
        "bad_year": "--year: `{value}` is neither a year (2000 to 2100) nor a school year",
        "bad_year.hint": "write a year, e.g. `--year 2022`, or a school year, e.g. `--year 2025-2026`",
        "no_year": "No valid plan for {period} to roll up; the plans are for {periods}.",
        "no_year.hint": "choose a year or school year the plans have, e.g. `--year {suggestion}`, or leave out --year",
        "no_signer": "Note: no signer is given; the documents leave a place for the office to fill in the name. "
                     "Write `office.signer` in rollup.yaml, e.g. `signer: {name: Nguyễn Văn A, position: Trưởng phòng}`.",
        "cross": "checks across units",
        "heading": "{counted}/{total} plans rolled up ({period})",
        "status": {"ok": "rolled up", "invalid": "has errors, left out", "other_year": "{period}, left out"},
        "row": "  {status:<34} {errors:>3} err  {path}",
        "reason_invalid": "{errors} errors",
        "reason_other_year": "a plan for {period}",
    },
}


def rollup(
    folders: Annotated[list[Path], typer.Argument()],
    output: OutOption = Path("out"),
    issuer: Annotated[str | None, typer.Option("--issuer")] = None,
    place: Annotated[str | None, typer.Option("--place")] = None,
    year: Annotated[str | None, typer.Option("--year", callback=_period)] = None,
    lang: LangOption = None,
    format: FormatOption = "text",
) -> None:
    """Tổng hợp kế hoạch của các đơn vị: danh sách đăng ký, đề nghị, biểu thống kê, kiểm tra chéo."""
    from tdkt.rollup import config as rollup_config
    from tdkt.rollup.collect import collect

    language = lang_of(lang)
    check_format(format)
    for folder in folders:
        if not folder.exists():
            raise UsageError("no_folder", where=str(folder), texts=TEXTS)
    loaded = rollup_config.load(rollup_config.find(output, folders))
    office_conf = loaded.config.office
    name, where = issuer or office_conf.name, place or office_conf.place
    if loaded.problems:
        path = loaded.source.path if loaded.source is not None else "rollup.yaml"
        _print_findings(_config_findings(loaded, language), path, language)
        raise UserError("config_invalid", texts=TEXTS, path=path)
    if not name or not where:
        raise UsageError("no_office", texts=TEXTS)
    collected = collect(folders, year, language)  # `year`: the Period the callback read
    if not collected.units:
        raise UsageError("no_plans", texts=TEXTS, folders=", ".join(str(f) for f in folders))
    if collected.period is None:
        for unit in collected.units:
            print(text_report(unit.checked, language))
        raise UserError("none_valid", texts=TEXTS)
    if not collected.counted:
        _no_plan_of_the_year(collected, language)
    result = _run(collected, loaded, name, where, folders, output, language)
    if format == "json":
        print(result["json"])
    else:
        _print_text(collected, result, language)
    failed = any(u.status == "invalid" for u in collected.units) or any(f.severity == "error" for f in result["findings"])
    raise typer.Exit(code=1 if failed else 0)


def _period(value: str | None):
    """`--year 2022` or `--year 2025-2026` as a Period (a usage error otherwise)."""
    from tdkt.plan.period import Period

    if value is None:
        return None
    period = Period.parse(value)
    if period is None:
        raise UsageError("bad_year", texts=TEXTS, value=value)
    return period


def _no_plan_of_the_year(collected, language: str) -> None:
    """`--year` that no valid plan has: the invalid plans' findings, then the periods there are (exit 1)."""
    from tdkt.rollup.collect import INVALID, most_common

    for unit in collected.units:
        if unit.status == INVALID:
            print(text_report(unit.checked, language))
    periods = collected.periods()
    if not periods:
        raise UserError("none_valid", texts=TEXTS)
    shown = ", ".join(p.word("label", language) for p in sorted(periods, key=lambda p: (p.start, p.end)))
    raise UserError("no_year", texts=TEXTS, period=collected.period.word("label", language), periods=shown,
                    suggestion=most_common(periods).name)


def _named(unit, folders: list[Path]) -> str:
    """How a document names a plan left out: its unit, else its file within the folder rolled up
    (a document never carries a path of the machine it was made on)."""
    if unit.plan is not None:
        return unit.plan.unit.name
    where = unit.path.resolve()
    for folder in folders:
        if where.is_relative_to(folder.resolve()):
            return where.relative_to(folder.resolve()).as_posix()
    return unit.path.name


def _config_findings(loaded, language):
    from tdkt.rollup.place import place

    return [place(p, loaded.source, language) for p in loaded.problems]


def _run(collected, loaded, name: str, where: str, folders: list[Path], output: Path, language: str) -> dict:
    """Facts, checks, documents, workbooks and the JSON summary; returns what to print."""
    from tdkt.documents.draft import render
    from tdkt.files import write_atomic
    from tdkt.markup.templates import TemplateSource
    from tdkt.rollup import config as rollup_config
    from tdkt.rollup import documents, forms, lists, summary, xlsx
    from tdkt.rollup.checks import Counted, check
    from tdkt.rollup.facts import facts
    from tdkt.rules.catalogue import load_catalogue

    conf = loaded.config.office
    counted = [Counted(u, facts(u.plan)) for u in collected.counted]
    unit_facts = [c.facts for c in counted]
    findings = check(counted, loaded, name, language)
    office = documents.Office(name=name, place=where, parent=tuple(conf.parent), abbreviation=conf.abbreviation,
                              receiver=conf.receiver, signer_name=(conf.signer.name or "") if conf.signer else "",
                              signer_position=(conf.signer.position if conf.signer and conf.signer.position else "Thủ trưởng đơn vị"),
                              preparer=conf.preparer)
    if not office.signer_name:
        say(TEXTS[language]["no_signer"])
    period = collected.period
    left_out = [{"name": _named(u, folders), "reason": _reason(u, "vi")} for u in collected.units if u.status != "ok"]
    catalogue = load_catalogue()
    regime = catalogue.regime(unit_facts[0].regime) if unit_facts else None
    own = {e.code for ref in loaded.config.units_decide if regime and (e := catalogue.lookup(ref, regime))}
    registered = lists.registrations(unit_facts)
    groups = lists.proposals(unit_facts, name, conf.level, own)
    all_forms = [forms.movement_form([m for f in unit_facts for m in f.movements], period),
                 *forms.award_forms([e for f in unit_facts for e in f.results], period)]
    drafts = [documents.registration_draft(office, period, registered, left_out),
              documents.proposal_draft(office, period, groups, len(unit_facts), left_out),
              *(documents.form_draft(office, period, form) for form in all_forms)]
    books = [(documents.file_name("tong-hop-dang-ky", period), xlsx.registrations(name, period, registered)),
             (documents.file_name("tong-hop-de-nghi", period), xlsx.proposals(name, period, groups)),
             *((documents.file_name(form.slug, period), xlsx.form(name, conf.receiver, period, form))
               for form in all_forms)]
    source = TemplateSource.for_plan(folders[0] / rollup_config.NAME)  # templates/ in the first folder, then shipped
    written = []
    for draft in drafts:
        data = render(draft, source)  # a template mistake is a TemplateProblem (exit 1)
        write_atomic(output / draft.name, data)
        written.append(str(output / draft.name))
    for docx_name, data in books:
        target = output / docx_name.removesuffix(".docx")
        target = target.with_name(target.name + ".xlsx")
        write_atomic(target, data)
        written.append(str(target))
    json_path = output / f"tong-hop-{period.name}.json"
    office_data = {"name": name, "place": where, "level": conf.level, "receiver": conf.receiver,
                   "config": str(loaded.source.path) if loaded.source else None}
    text = summary.summary(period, office_data, collected.units, {c.unit.path: c.facts for c in counted}, all_forms,
                           findings, written + [str(json_path)])
    write_atomic(json_path, text.encode("utf-8"))
    written.append(str(json_path))
    return {"findings": findings, "written": written, "json": text}


def _reason(unit, language: str) -> str:
    """Why a plan is left out: its errors, or its period worded as the product words it."""
    period = unit.plan.period.word("label", language) if unit.plan is not None else ""
    return TEXTS[language][f"reason_{unit.status}"].format(errors=unit.errors, period=period)


def _print_findings(findings, label: str, language: str) -> None:
    from tdkt.plan.problems import ERROR
    from tdkt.plan.validate import Checked

    errors = any(f.severity == ERROR for f in findings)
    print(text_report(Checked(path=label, plan=None, place=lambda: findings, has_errors=errors), language))


def _print_text(collected, result: dict, language: str) -> None:
    texts = TEXTS[language]
    for unit in collected.units:
        if unit.status == "invalid":
            print(text_report(unit.checked, language))
    if result["findings"]:
        _print_findings(result["findings"], texts["cross"], language)
    print(texts["heading"].format(counted=len(collected.counted), total=len(collected.units),
                                  period=collected.period.word("label", language)))
    for unit in collected.units:
        period = unit.plan.period.word("label", language) if unit.plan is not None else ""
        print(texts["row"].format(status=texts["status"][unit.status].format(period=period), errors=unit.errors,
                                  path=unit.path))
    for path in result["written"]:
        print(path)
