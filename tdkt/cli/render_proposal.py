"""`tdkt render-proposal`: the Tờ trình đề nghị khen thưởng and its Danh sách."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.batch import each_plan
from tdkt.cli.common import FormatOption, LangOption, PlansArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption
from tdkt.cli.watch import WatchOption


def render_proposal(
    plans: PlansArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    xlsx: Annotated[bool, typer.Option("--xlsx")] = False,
    watch: WatchOption = False,
    lang: LangOption = None,
    format: FormatOption = "text",
) -> None:
    """Render the award proposal and its list, after checking the council's decisions."""
    each_plan(partial(_render, pdf=pdf, templates=templates, xlsx=xlsx, lang=lang), plans, command="render-proposal",
              lang=lang, output=output, fmt=format, watch=watch, templates=templates)


def _render(plan: Path | None, output: Path, pdf: bool, templates: Path | None, xlsx: bool, lang: str | None) -> None:
    """The Tờ trình as the dossier makes it (tdkt.cli.yearend.proposal_drafts), and its workbook on request."""
    from tdkt.cli.yearend import evaluation_of, proposal_drafts, run_kind

    job = open_plan(plan, lang)
    (target, *_) = run_kind(proposal_drafts, job, output, pdf, templates)
    if xlsx:
        from tdkt.documents import proposal

        _write_list(proposal.context(job.plan, evaluation_of(job)), job.plan, target)


def _write_list(context: dict, model, docx: Path) -> None:
    """The Danh sách beside the Word document: `<name>-danh-sach.xlsx`."""
    from datetime import datetime

    from tdkt.excel.proposal_list import proposal_workbook
    from tdkt.files import write_atomic

    day = model.proposal.date
    stamp = datetime(day.year, day.month, day.day) if day else datetime(model.year, 1, 1)
    target = docx.with_name(f"{docx.stem}-danh-sach.xlsx")
    write_atomic(target, proposal_workbook(context, stamp))
    print(target)
