"""`tdkt report --quarter N`: the quarter report, sơ kết (Q2) or tổng kết (Q4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import AsOfOption, LangOption, PlanArgument, open_plan
from tdkt.cli.discover import sibling_plan
from tdkt.cli.output import say
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, render_body, write
from tdkt.cli.watch import WatchOption, rerun

TEXTS = {
    "vi": {
        "not_started": "Chưa đến quý {quarter}/{year} (bắt đầu {start}); tính đến {as_of} chưa thể lập báo cáo quý này.",
        "next_plan": "Phương hướng năm {year}: lấy từ {path}.",
        "next_plan_invalid": "Kế hoạch năm {year} ({path}) có lỗi nên không dùng; báo cáo để chỗ trống cho phương hướng.",
    },
    "en": {
        "not_started": "Quarter {quarter}/{year} has not begun (it starts {start}); no report as of {as_of}.",
        "next_plan": "Direction for {year}: taken from {path}.",
        "next_plan_invalid": "The {year} plan ({path}) has errors and is not used; the direction is left to complete.",
    },
}


def report(
    quarter: Annotated[int, typer.Option("--quarter", "-q", min=1, max=4, help="Quý 1–4 (2: sơ kết 6 tháng, 4: tổng kết năm).")],
    plan: PlanArgument = None,
    as_of: AsOfOption = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    watch: WatchOption = False,
    lang: LangOption = None,
) -> None:
    """Lập báo cáo quý (Q1, Q3), sơ kết 6 tháng (Q2) hoặc tổng kết năm (Q4)."""
    rerun(lambda path: _render(quarter, path, as_of, output, pdf, templates, lang), plan, templates, lang, watch)


def _render(quarter: int, plan: Path | None, as_of: str | None, output: Path, pdf: bool, templates: Path | None,
            lang: str | None) -> None:
    from tdkt.documents import report as report_doc
    from tdkt.documents.render import document
    from tdkt.plan.dates import dmy, quarter_bounds
    from tdkt.progress import compute, quarter_started

    opened = open_plan(plan, lang, as_of=as_of)
    model, path, language = opened.plan, opened.path, opened.language
    texts = TEXTS[language]
    day = opened.as_of or report_doc.as_of_default(model, quarter, date.today())
    if not quarter_started(model, quarter, day):
        start = quarter_bounds(model.year, quarter)[0]
        say(texts["not_started"].format(quarter=quarter, year=model.year, start=dmy(start), as_of=dmy(day)))
        raise typer.Exit(code=1)
    job = report_doc.ReportJob(model, quarter, compute(model, day), _next_plan(path, model.year + 1, texts) if quarter == 4 else None)
    blocks = render_body(report_doc.TEMPLATES[quarter], report_doc.context(job), path, templates, language)
    write(document(report_doc.spec(job, blocks), report_doc.file_name(job)), output, path, pdf, language)


def _next_plan(path: Path, year: int, texts: dict):
    """Next year's plan beside this one, when there is a valid one."""
    from tdkt.plan.validate import check_file

    candidate = sibling_plan(path, year)
    if candidate is None:
        return None
    checked = check_file(candidate)
    if checked.ok:
        say(texts["next_plan"].format(year=year, path=candidate))
        return checked.plan
    say(texts["next_plan_invalid"].format(year=year, path=candidate))
    return None
