"""The one shape every document kind produces: a Draft, rendered by one function.

A kind (plan, report, registration, proposal, …) is a module with a `drafts(...)`
function: for each document, the template and its data, the frame (letterhead, title,
recipients, signature) and the file name. `render` turns a Draft into .docx bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tdkt.docx.spec import AppendixSpec, DocumentSpec
from tdkt.plan.dates import roman

APPENDIX_TEMPLATE = "phu_luc"


@dataclass(frozen=True)
class AppendixDraft:
    """A phụ lục: its heading, title lines, "(Kèm theo …)" note and the data of its outline."""

    heading: str
    title: tuple[str, ...]
    note: str
    context: dict
    landscape: bool = False
    template: str = APPENDIX_TEMPLATE


@dataclass(frozen=True)
class Draft:
    """One document before layout: the template and its data, the frame, the file name."""

    name: str
    template: str
    context: dict
    frame: DocumentSpec  # its body is filled in by `render`
    appendices: tuple[AppendixDraft, ...] = ()


def appendix_drafts(plan, appendices, document: str, reference: str, date_text: str, blocks_of) -> tuple[AppendixDraft, ...]:
    """Phụ lục I, II … (or one "PHỤ LỤC") of a document, each with its attachment note."""
    note = f"(Kèm theo {document} số {reference} {date_text} của {plan.unit.name})"
    drafts = []
    for index, appendix in enumerate(appendices, start=1):
        heading = "PHỤ LỤC" if len(appendices) == 1 else f"PHỤ LỤC {roman(index)}"
        drafts.append(AppendixDraft(heading, tuple(appendix.title), note,
                                    {"blocks": blocks_of(appendix.body), "style": plan.style.model_dump()},
                                    appendix.landscape))
    return tuple(drafts)


def render(draft: Draft, source) -> bytes:
    """The document's bytes: the template's body and each appendix's, laid out in its frame."""
    from tdkt.docx.builder import build
    from tdkt.documents.render import body

    main = body(draft.template, draft.context, source)
    appendices = tuple(
        AppendixSpec(a.heading, a.title, a.note, body(a.template, a.context, source), a.landscape)
        for a in draft.appendices)
    return build(replace(draft.frame, body=main, appendices=appendices))
