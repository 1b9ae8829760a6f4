"""`tdkt render-registration`: the Bản đăng ký thi đua of each department and of the unit."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.batch import each_plan
from tdkt.cli.common import FormatOption, LangOption, PlansArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, write_drafts
from tdkt.cli.watch import WatchOption
from tdkt.errors import UsageError, UserError

TEXTS = {
    "vi": {
        "unknown": "Không có phòng, bộ phận nào mã `{id}`.",
        "unknown.hint": "mã các phòng: {ids}",
        "unknown_close": "Không có phòng, bộ phận nào mã `{id}`.",
        "unknown_close.hint": "có phải ý bạn là `-d {suggestion}`?",
        "nothing": "Tệp kế hoạch chưa ghi đăng ký thi đua nào (`registrations`): không lập bản đăng ký.",
        "nothing.hint": "ghi đăng ký vào `registrations`, hoặc nhập bảng Excel của các phòng: tdkt import registrations",
        "nothing_for": "`{id}` chưa có đăng ký thi đua trong `registrations`: không lập bản đăng ký của phòng này.",
        "nothing_for.hint": "thêm `- department: {id}` với danh hiệu, người đăng ký vào `registrations`",
    },
    "en": {
        "unknown": "No department has the id `{id}`.",
        "unknown.hint": "the departments' ids: {ids}",
        "unknown_close": "No department has the id `{id}`.",
        "unknown_close.hint": "did you mean `-d {suggestion}`?",
        "nothing": "The plan records no registration (`registrations`): no registration is made.",
        "nothing.hint": "write the registrations under `registrations`, or import the departments' sheets: tdkt import registrations",
        "nothing_for": "`{id}` has no registration in `registrations`: none is made for it.",
        "nothing_for.hint": "add `- department: {id}` with its titles and people under `registrations`",
    },
}
SHOWN_IDS = 12  # ids listed in the hint when none is close


def render_registration(
    plans: PlansArgument = None,
    department: Annotated[str | None, typer.Option("--department", "-d")] = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    watch: WatchOption = False,
    lang: LangOption = None,
    format: FormatOption = "text",
) -> None:
    """Render the registration of each registered department and the unit's summary."""
    each_plan(partial(_render, department=department, pdf=pdf, templates=templates, lang=lang), plans,
              command="render-registration", lang=lang, output=output, fmt=format, watch=watch, templates=templates)


def _render(plan: Path | None, department: str | None, output: Path, pdf: bool, templates: Path | None,
            lang: str | None) -> None:
    from tdkt.documents import registration

    job = open_plan(plan, lang)
    model, path = job.plan, job.path
    by_id = {}
    for dept in model.departments:
        by_id.setdefault(dept.id, dept)
    registered = [by_id[r.department] for r in model.registrations if r.department]
    if not model.registrations:  # a form listing nothing, "committed to what was registered", is no document
        raise UserError("nothing", texts=TEXTS, where=str(path))
    if department is not None:
        chosen = model.department(department)
        if chosen is None:
            raise _unknown(department, list(by_id))
        if chosen not in registered:
            raise UserError("nothing_for", texts=TEXTS, where=str(path), id=department)
        jobs = [chosen]
    else:
        jobs = [*registered, None]  # None: the unit's summary
    write_drafts(registration.drafts(model, jobs), path, output, pdf, templates)


def _unknown(department: str, ids: list[str]) -> UsageError:
    """`-d` names no department: the close id, else the ids there are."""
    import difflib

    close = difflib.get_close_matches(department, ids, n=1, cutoff=0.5)
    if close:
        return UsageError("unknown_close", texts=TEXTS, id=department, suggestion=close[0])
    shown = ", ".join(ids[:SHOWN_IDS]) + (", …" if len(ids) > SHOWN_IDS else "")
    return UsageError("unknown", texts=TEXTS, id=department, ids=shown)
