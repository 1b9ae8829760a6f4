"""`tdkt render-plan`: the Kế hoạch as a Word document."""

from __future__ import annotations

from pathlib import Path

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, render_body, write


def render_plan(
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Render the plan document."""
    from tdkt.documents import plan_document
    from tdkt.documents.render import document

    job = open_plan(plan, lang)
    model = job.plan
    blocks = render_body(plan_document.TEMPLATE, plan_document.context(model), job.path, templates)
    rendered = document(plan_document.spec(model, blocks), plan_document.file_name(model))
    write(rendered, output, job.path, pdf)
