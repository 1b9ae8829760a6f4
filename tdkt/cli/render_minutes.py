"""`tdkt render-minutes`: the Biên bản họp Hội đồng Thi đua - Khen thưởng."""

from __future__ import annotations

from pathlib import Path

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption


def render_minutes(
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Render the council meeting's minutes."""
    from tdkt.cli.yearend import minutes_drafts, run_kind

    run_kind(minutes_drafts, open_plan(plan, lang), output, pdf, templates)
