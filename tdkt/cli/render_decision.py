"""`tdkt render-decision`: the head's Quyết định công nhận danh hiệu, tặng Giấy khen, with its list."""

from __future__ import annotations

from pathlib import Path

import typer

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, write_drafts


def render_decision(
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Lập quyết định công nhận danh hiệu, tặng Giấy khen thuộc thẩm quyền của đơn vị, kèm danh sách và tiền thưởng."""
    from tdkt.cli.yearend import decision_drafts

    job = open_plan(plan, lang)
    drafts = decision_drafts(job, job.language)
    if drafts is None:
        raise typer.Exit(code=1)
    write_drafts(drafts, job.path, output, pdf, templates, job.language)
