"""Shared steps of the render commands: check the paths, write documents, convert to PDF."""

from __future__ import annotations

import gc
import subprocess
from pathlib import Path
from typing import Annotated

import typer

from tdkt.errors import UsageError, UserError
from tdkt.files import output_folder, safe_file_name


def _templates_folder(value: Path | None) -> Path | None:
    """`--templates` names an existing folder: a mistyped one is not silently ignored."""
    if value is None:
        return None
    if not value.exists():
        raise UsageError("templates_missing", path=str(value))
    if not value.is_dir():
        raise UsageError("templates_not_folder", path=str(value))
    return value


# Help texts and metavars come from tdkt.cli.help.HELP, in the chosen language.
# `-o`: a folder to write into, checked before any work (tdkt.files.output_folder).
OutOption = Annotated[Path, typer.Option("-o", "--output", callback=output_folder)]
PdfOption = Annotated[bool, typer.Option("--pdf")]
TemplatesOption = Annotated[Path | None, typer.Option("--templates", callback=_templates_folder)]


def write_drafts(drafts, plan_path: Path, out_dir: Path, pdf: bool, templates: Path | None,
                 all_or_none: bool = False) -> list[Path]:
    """Render each document kind's drafts (user templates first) and write them; a template
    mistake is a TemplateProblem (a UserError, exit 1). With `all_or_none`, every document is
    rendered before the first is written, so that such a mistake leaves no file (a dossier)."""
    documents = _rendered(drafts, plan_path, templates)
    if all_or_none:
        documents = list(documents)
    written = [write(document, out_dir, plan_path, False) for document in documents]
    if pdf:
        convert(written)
    return written


def _rendered(drafts, plan_path: Path, templates: Path | None):
    """The drafts' documents, one at a time."""
    from tdkt.documents.draft import render
    from tdkt.documents.render import Rendered
    from tdkt.markup.templates import TemplateSource

    source = TemplateSource.for_plan(plan_path, templates)
    for index, draft in enumerate(drafts):
        if index:
            # A rendered document's python-docx objects form cycles (parts <-> package) that
            # hold its whole XML tree; with the rare collections `main()` sets, hundreds of
            # documents would pile up. They are young, so collecting the younger generations
            # frees them cheaply, and only between documents: the last one goes with the process.
            gc.collect(1)
        yield Rendered(draft.name, render(draft, source))


def write(rendered, out_dir: Path, plan_path: Path, pdf: bool) -> Path:
    """Write a rendered document atomically (and its PDF on request); print the paths."""
    from tdkt.files import write_atomic

    target = out_dir / safe_file_name(rendered.name)
    if target.resolve() == plan_path.resolve():
        raise UserError("same_as_plan", where=str(plan_path))
    write_atomic(target, rendered.data)
    print(target)
    if pdf:
        convert([target])
    return target


def convert(documents: list[Path]) -> list[Path]:
    """PDFs of the written documents in one LibreOffice run (it starts slowly); print their paths."""
    from tdkt.docx.pdf import ConversionFailed, NoConverter, to_pdfs

    try:
        made = to_pdfs(documents)
    except NoConverter:
        raise UserError("no_soffice") from None
    except ConversionFailed as exc:
        raise UserError("pdf_failed", detail=str(exc)) from None
    except subprocess.TimeoutExpired as exc:
        raise UserError("pdf_timeout", seconds=exc.timeout) from None
    except OSError as exc:
        from tdkt.files import cannot_write

        raise cannot_write(documents[0].with_suffix(".pdf"), exc) from None
    for path in made:
        print(path)
    return made
