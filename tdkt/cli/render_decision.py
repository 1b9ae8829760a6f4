"""`tdkt render-decision`: the head's Quyết định công nhận danh hiệu, tặng Giấy khen, with its list."""

from __future__ import annotations

from pathlib import Path

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption


def render_decision(
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Render the head's reward decision and its list, for what the unit decides itself."""
    from tdkt.cli.yearend import decision_drafts, run_kind

    run_kind(decision_drafts, open_plan(plan, lang), output, pdf, templates)
