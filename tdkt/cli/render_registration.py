"""`tdkt render-registration`: the Bản đăng ký thi đua of each department and of the unit."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.output import say
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, render_body, write

TEXTS = {
    "vi": {"unknown": "Không có phòng, bộ phận nào mã `{id}`."},
    "en": {"unknown": "No department has the id `{id}`."},
}


def render_registration(
    plan: PlanArgument = None,
    department: Annotated[str | None, typer.Option("--department", "-d", help="Chỉ lập bản đăng ký của một phòng (mã).")] = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Lập bản đăng ký thi đua của từng phòng đã đăng ký và bản tổng hợp của đơn vị."""
    from tdkt.documents import registration
    from tdkt.documents.render import document

    job = open_plan(plan, lang)
    model, path, language = job.plan, job.path, job.language
    by_id = {}
    for dept in model.departments:
        by_id.setdefault(dept.id, dept)
    registered = [by_id[r.department] for r in model.registrations]
    if department is not None:
        chosen = model.department(department)
        if chosen is None:
            say(TEXTS[language]["unknown"].format(id=department))
            raise typer.Exit(code=2)
        jobs = [chosen]
    else:
        jobs = [*registered, None]  # None: the unit's summary
    for dept in jobs:
        blocks = render_body(registration.TEMPLATE, registration.context(model, dept), path, templates, language)
        write(document(registration.spec(model, blocks, dept), registration.file_name(model, dept)), output, path, pdf, language)
