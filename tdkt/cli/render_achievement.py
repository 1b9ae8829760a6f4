"""`tdkt render-achievement`: a Báo cáo thành tích for each holder proposed above the unit."""

from __future__ import annotations

from pathlib import Path

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption


def render_achievement(
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Render an achievement report for each holder proposed above the unit."""
    from tdkt.cli.yearend import achievement_drafts, run_kind

    run_kind(achievement_drafts, open_plan(plan, lang), output, pdf, templates)
