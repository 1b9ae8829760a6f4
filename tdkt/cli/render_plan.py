"""`tdkt render-plan`: the Kế hoạch as a Word document."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from tdkt.cli.common import PlanArgument, LangOption, lang_of, resolve_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, load_valid_plan, render_body, write


def render_plan(
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Lập văn bản Kế hoạch (.docx, thể thức Nghị định 30) từ tệp kế hoạch."""
    from tdkt.documents import plan_document
    from tdkt.documents.render import document

    language = lang_of(lang)
    path = resolve_plan(plan, language)
    model = load_valid_plan(path, language)
    blocks = render_body(plan_document.TEMPLATE, plan_document.context(model), path, templates, language)
    rendered = document(plan_document.spec(model, blocks), plan_document.file_name(model))
    write(rendered, output, path, pdf, language)
