"""`tdkt render-plan`: the Kế hoạch as a Word document."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from tdkt.cli.batch import each_plan
from tdkt.cli.common import FormatOption, LangOption, PlansArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, write_drafts
from tdkt.cli.watch import WatchOption


def render_plan(
    plans: PlansArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    watch: WatchOption = False,
    lang: LangOption = None,
    format: FormatOption = "text",
) -> None:
    """Render the plan document."""
    each_plan(partial(_render, pdf=pdf, templates=templates, lang=lang), plans, command="render-plan", lang=lang,
              output=output, fmt=format, watch=watch, templates=templates)


def _render(plan: Path | None, output: Path, pdf: bool, templates: Path | None, lang: str | None) -> None:
    from tdkt.documents import plan_document

    job = open_plan(plan, lang)
    write_drafts(plan_document.drafts(job.plan), job.path, output, pdf, templates)
