"""Shared steps of the render commands: load the plan, write documents, convert to PDF."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.output import say

OutOption = Annotated[Path, typer.Option("-o", "--output", help="Thư mục ghi văn bản (mặc định out/).")]
PdfOption = Annotated[bool, typer.Option("--pdf", help="Chuyển thêm sang PDF bằng LibreOffice.")]
TemplatesOption = Annotated[Path | None, typer.Option("--templates", help="Thư mục mẫu văn bản riêng.")]

TEXTS = {
    "vi": {
        "template": "Lỗi mẫu văn bản: {problem}",
        "no_soffice": "Chưa cài LibreOffice nên không chuyển được sang PDF. Cài bằng: "
        "sudo apt-get install libreoffice-writer-nogui (Debian/Ubuntu), hoặc tải tại libreoffice.org.",
        "pdf_failed": "LibreOffice không chuyển được sang PDF: {detail}",
        "same_as_plan": "Không ghi đè tệp kế hoạch: {path}",
    },
    "en": {
        "template": "Template error: {problem}",
        "no_soffice": "LibreOffice is not installed, so no PDF was made. Install it with: "
        "sudo apt-get install libreoffice-writer-nogui (Debian/Ubuntu), or from libreoffice.org.",
        "pdf_failed": "LibreOffice could not convert to PDF: {detail}",
        "same_as_plan": "Refusing to overwrite the plan file: {path}",
    },
}


def render_body(template: str, context: dict, plan_path: Path, templates: Path | None, lang: str):
    """The content tree of a template (user templates first); a template mistake exits 1."""
    from tdkt.documents.render import body
    from tdkt.markup.templates import TemplateProblem, TemplateSource

    try:
        return body(template, context, TemplateSource.for_plan(plan_path, templates))
    except TemplateProblem as exc:
        raise template_failure(exc, lang) from None


def write_drafts(drafts, plan_path: Path, out_dir: Path, pdf: bool, templates: Path | None, lang: str) -> list[Path]:
    """Render each document kind's drafts (user templates first) and write them; a template mistake exits 1."""
    from tdkt.documents.draft import render
    from tdkt.documents.render import Rendered
    from tdkt.markup.templates import TemplateProblem, TemplateSource

    source = TemplateSource.for_plan(plan_path, templates)
    written = []
    for draft in drafts:
        try:
            data = render(draft, source)
        except TemplateProblem as exc:
            raise template_failure(exc, lang) from None
        written.append(write(Rendered(draft.name, data), out_dir, plan_path, pdf, lang))
    return written


def template_failure(problem, lang: str) -> typer.Exit:
    say(TEXTS[lang]["template"].format(problem=problem))
    return typer.Exit(code=1)


def write(rendered, out_dir: Path, plan_path: Path, pdf: bool, lang: str) -> Path:
    """Write a rendered document atomically (and its PDF on request); print the paths."""
    from tdkt.files import write_atomic

    target = out_dir / rendered.name
    if target.resolve() == plan_path.resolve():
        say(TEXTS[lang]["same_as_plan"].format(path=plan_path))
        raise typer.Exit(code=1)
    write_atomic(target, rendered.data)
    print(target)
    # The document's python-docx objects form cycles (parts <-> package) that hold its whole
    # XML tree; with the rare collections `main()` sets, hundreds of documents would pile up.
    # Their objects are young, so a collection of the younger generations frees them cheaply.
    gc.collect(1)
    if pdf:
        from tdkt.docx.pdf import ConversionFailed, NoConverter, to_pdf

        try:
            print(to_pdf(target))
        except NoConverter:
            say(TEXTS[lang]["no_soffice"])
            raise typer.Exit(code=1) from None
        except ConversionFailed as exc:
            say(TEXTS[lang]["pdf_failed"].format(detail=exc))
            raise typer.Exit(code=1) from None
    return target
