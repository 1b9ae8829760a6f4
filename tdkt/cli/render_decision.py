"""`tdkt render-decision`: the head's Quyết định công nhận danh hiệu, tặng Giấy khen, with its list."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from tdkt.cli.batch import each_plan
from tdkt.cli.common import FormatOption, LangOption, PlansArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption


def render_decision(
    plans: PlansArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
    format: FormatOption = "text",
) -> None:
    """Render the head's reward decision and its list, for what the unit decides itself."""
    each_plan(partial(_render, pdf=pdf, templates=templates, lang=lang), plans, command="render-decision", lang=lang,
              output=output, fmt=format)


def _render(plan: Path | None, output: Path, pdf: bool, templates: Path | None, lang: str | None) -> None:
    from tdkt.cli.yearend import decision_drafts, run_kind

    run_kind(decision_drafts, open_plan(plan, lang), output, pdf, templates)
