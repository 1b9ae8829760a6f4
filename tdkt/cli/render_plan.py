"""`tdkt render-plan`: the Kế hoạch as a Word document."""

from __future__ import annotations

from pathlib import Path

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, write_drafts
from tdkt.cli.watch import WatchOption, rerun


def render_plan(
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    watch: WatchOption = False,
    lang: LangOption = None,
) -> None:
    """Render the plan document."""
    rerun(lambda path: _render(path, output, pdf, templates, lang), plan, templates, lang, watch)


def _render(plan: Path | None, output: Path, pdf: bool, templates: Path | None, lang: str | None) -> None:
    from tdkt.documents import plan_document

    job = open_plan(plan, lang)
    write_drafts(plan_document.drafts(job.plan), job.path, output, pdf, templates)
