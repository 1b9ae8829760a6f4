"""Template → markup → content tree → .docx, the same way for every document kind."""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.markup.parse import MarkupProblem, parse
from tdkt.markup.templates import TemplateSource, markup_problem, render
from tdkt.markup.tree import Block


@dataclass(frozen=True)
class Rendered:
    """A finished document: its file name and bytes."""

    name: str
    data: bytes


def body(template: str, context: dict, source: TemplateSource) -> tuple[Block, ...]:
    """The content tree a template produces for a context."""
    text = render(template, context, source)
    try:
        return parse(text)
    except MarkupProblem as exc:
        raise markup_problem(template, source, exc) from None
