"""`tdkt report`: the report of a quarter (sơ kết at Q2, tổng kết at Q4) or of a semester."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.batch import each_plan
from tdkt.cli.common import AsOfOption, FormatOption, LangOption, PlansArgument, open_plan
from tdkt.cli.discover import sibling_plan
from tdkt.cli.output import say
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, write_drafts
from tdkt.cli.watch import WatchOption
from tdkt.errors import UsageError, UserError

TEXTS = {
    "vi": {
        "not_started": "Chưa đến {part} {quarter}/{year} (bắt đầu {start}); tính đến {as_of} chưa thể lập báo cáo {part} này.",
        "not_started.hint": "báo cáo kỳ này lập được từ ngày {start}; ngày tính tiến độ lấy từ --as-of, không có thì từ `reports.{key}.date`, không có nữa thì hôm nay",
        "before_plan": "{part} {quarter}/{year} kết thúc ngày {end}, trước khi Kế hoạch ban hành ({issued}): không lập báo cáo \"thực hiện Kế hoạch\" cho kỳ này.",
        "before_plan.hint": "báo cáo các kỳ từ khi Kế hoạch ban hành; nếu ngày ban hành ghi sai thì sửa `plan.date` trong tệp kế hoạch",
        "next_plan": "Phương hướng {period}: lấy từ {path}.",
        "next_plan_invalid": "Kế hoạch {period} ({path}) có lỗi nên không dùng; báo cáo để chỗ trống cho phương hướng.",
        "bad_quarter": "--quarter: quý là 1, 2, 3 hoặc 4, không phải {value}",
        "bad_quarter.hint": "vd. `--quarter 2` (sơ kết 6 tháng) hoặc `--year-end` (tổng kết năm)",
        "bad_semester": "--semester: học kỳ là 1 hoặc 2, không phải {value}",
        "bad_semester.hint": "vd. `--semester 1` (sơ kết học kỳ I) hoặc `--year-end` (tổng kết năm học)",
        "choose_one": "Chọn đúng một kỳ báo cáo: --quarter N, --semester N hoặc --year-end.",
        "school_needs_semester": "Kế hoạch năm học {name} báo cáo theo học kỳ: dùng --semester 1 hoặc --semester 2 (hoặc --year-end).",
        "calendar_needs_quarter": "Kế hoạch năm {name} báo cáo theo quý: dùng --quarter 1–4 (hoặc --year-end).",
    },
    "en": {
        "not_started": "The {part} {quarter}/{year} has not begun (it starts {start}); no report as of {as_of}.",
        "not_started.hint": "this report can be made from {start} on; the day progress is counted to comes from --as-of, else `reports.{key}.date`, else today",
        "before_plan": "The {part} {quarter}/{year} ended on {end}, before the plan was issued ({issued}): no report on carrying out the plan for it.",
        "before_plan.hint": "report on the periods from the plan's issue on; if the issue date is wrong, fix `plan.date` in the plan file",
        "next_plan": "Direction for {period}: taken from {path}.",
        "next_plan_invalid": "The plan for {period} ({path}) has errors and is not used; the direction is left to complete.",
        "bad_quarter": "--quarter: a quarter is 1, 2, 3 or 4, not {value}",
        "bad_quarter.hint": "e.g. `--quarter 2` (the half-year review) or `--year-end` (the year-end review)",
        "bad_semester": "--semester: a semester is 1 or 2, not {value}",
        "bad_semester.hint": "e.g. `--semester 1` (semester I review) or `--year-end` (the school year's review)",
        "choose_one": "Choose exactly one report period: --quarter N, --semester N or --year-end.",
        "school_needs_semester": "The school-year plan {name} reports by semester: use --semester 1 or 2 (or --year-end).",
        "calendar_needs_quarter": "The {name} plan reports by quarter: use --quarter 1–4 (or --year-end).",
    },
}


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}  # quý I…IV, học kỳ I, II: as the documents write them


def _part_number(value: str | None, last: int, key: str) -> int | None:
    """`--quarter 3` or `--quarter III` (up to `last`); anything else is a usage error echoing it."""
    if value is None:
        return None
    text = value.strip().lower()
    number = int(text) if text.isascii() and text.isdigit() else ROMAN.get(text)
    if number is None or not 1 <= number <= last:
        raise UsageError(key, texts=TEXTS, value=value)
    return number


def _quarter(value: str | None) -> int | None:
    return _part_number(value, 4, "bad_quarter")


def _semester(value: str | None) -> int | None:
    return _part_number(value, 2, "bad_semester")


def report(
    quarter: Annotated[str | None, typer.Option("--quarter", "-q", callback=_quarter)] = None,  # an int once checked
    semester: Annotated[str | None, typer.Option("--semester", "-s", callback=_semester)] = None,
    year_end: Annotated[bool, typer.Option("--year-end")] = False,
    plans: PlansArgument = None,
    as_of: AsOfOption = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    watch: WatchOption = False,
    lang: LangOption = None,
    format: FormatOption = "text",
) -> None:
    """Render the report of a quarter or semester (help: tdkt.cli.help)."""
    action = partial(_render, quarter=quarter, semester=semester, year_end=year_end, as_of=as_of, pdf=pdf,
                     templates=templates, lang=lang)
    each_plan(action, plans, command="report", lang=lang, output=output, fmt=format, watch=watch, templates=templates,
              options=lambda: _one_period(quarter, semester, year_end))


def _render(plan: Path | None, quarter: int | None, semester: int | None, year_end: bool, as_of: str | None,
            output: Path, pdf: bool, templates: Path | None, lang: str | None) -> None:
    from tdkt.documents import report as report_doc
    from tdkt.plan.dates import dmy
    from tdkt.progress import compute, quarter_started

    opened = open_plan(plan, lang, as_of=as_of)
    model, path, language = opened.plan, opened.path, opened.language
    part = _part(model, quarter, semester, year_end, str(path))
    day = report_doc.as_of(model, part, opened.as_of)
    if not quarter_started(model, part, day):
        start = model.period.part_bounds(part)[0]
        raise UserError("not_started", where=str(path), texts=TEXTS, part=model.period.word("part", language), quarter=part,
                        year=model.period.name, start=dmy(start), as_of=dmy(day), key=model.period.report_key(part))
    end, issued = model.period.part_bounds(part)[1], model.plan.date
    if issued and end < issued:
        raise UserError("before_plan", where=str(path), texts=TEXTS,
                        part=model.period.word("Part" if language == "vi" else "part", language),
                        quarter=part, year=model.period.name, end=dmy(end), issued=dmy(issued))
    last = part == model.period.parts()[-1]
    next_plan = _next_plan(path, model.period.next(), language) if last else None
    job = report_doc.ReportJob(model, part, compute(model, day), next_plan)
    write_drafts(report_doc.drafts(job), path, output, pdf, templates)


def _part(model, quarter: int | None, semester: int | None, year_end: bool, where: str) -> int:
    """The quarter or semester asked for, in the terms of the plan's period; a mismatch is a usage error."""
    school = model.period.school
    _one_period(quarter, semester, year_end)
    if year_end:
        return model.period.parts()[-1]
    if school and quarter is not None:
        raise UsageError("school_needs_semester", where=where, texts=TEXTS, name=model.period.name)
    if not school and semester is not None:
        raise UsageError("calendar_needs_quarter", where=where, texts=TEXTS, name=model.period.name)
    return quarter if quarter is not None else semester


def _one_period(quarter: int | None, semester: int | None, year_end: bool) -> None:
    """Exactly one of --quarter, --semester, --year-end."""
    if sum(value is not None for value in (quarter, semester, year_end or None)) != 1:
        raise UsageError("choose_one", texts=TEXTS)


def _next_plan(path: Path, period, language: str):
    """The next period's plan beside this one (`2023.yaml`, `2026-2027.yaml`), when there is a valid one."""
    from tdkt.checking import check_file

    candidate = sibling_plan(path, period.name)
    if candidate is None:
        return None
    checked = check_file(candidate)
    label = period.word("label", language)
    if checked.ok:
        say(TEXTS[language]["next_plan"].format(period=label, path=candidate))
        return checked.plan
    say(TEXTS[language]["next_plan_invalid"].format(period=label, path=candidate))
    return None
