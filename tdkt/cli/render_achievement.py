"""`tdkt render-achievement`: a Báo cáo thành tích for each holder proposed above the unit."""

from __future__ import annotations

from pathlib import Path

import typer

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, write_drafts


def render_achievement(
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Lập báo cáo thành tích cho từng tập thể, cá nhân được đề nghị cấp trên khen thưởng."""
    from tdkt.cli.yearend import achievement_drafts

    job = open_plan(plan, lang)
    drafts = achievement_drafts(job, job.language)
    if drafts is None:
        raise typer.Exit(code=1)
    write_drafts(drafts, job.path, output, pdf, templates, job.language)
