"""`tdkt render-minutes`: the Biên bản họp Hội đồng Thi đua - Khen thưởng."""

from __future__ import annotations

from pathlib import Path

import typer

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, write_drafts


def render_minutes(
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Lập biên bản họp Hội đồng Thi đua - Khen thưởng xét khen thưởng cuối năm."""
    from tdkt.cli.yearend import minutes_drafts

    job = open_plan(plan, lang)
    drafts = minutes_drafts(job, job.language)
    if drafts is None:
        raise typer.Exit(code=1)
    write_drafts(drafts, job.path, output, pdf, templates, job.language)
