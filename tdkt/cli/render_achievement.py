"""`tdkt render-achievement`: a Báo cáo thành tích for each holder proposed above the unit."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from tdkt.cli.batch import each_plan
from tdkt.cli.common import FormatOption, LangOption, PlansArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption


def render_achievement(
    plans: PlansArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
    format: FormatOption = "text",
) -> None:
    """Render an achievement report for each holder proposed above the unit."""
    each_plan(partial(_render, pdf=pdf, templates=templates, lang=lang), plans, command="render-achievement", lang=lang,
              output=output, fmt=format)


def _render(plan: Path | None, output: Path, pdf: bool, templates: Path | None, lang: str | None) -> None:
    from tdkt.cli.yearend import achievement_drafts, run_kind

    run_kind(achievement_drafts, open_plan(plan, lang), output, pdf, templates)
