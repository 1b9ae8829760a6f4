"""The content tree: what a document says, with no layout (the docx builder lays it out)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    """A stretch of text with one emphasis. `\\n` inside is a line break in the paragraph."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a kind: body, heading1–3 (I. / 1. / 1.1.), center, note."""

    kind: str
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Table:
    """A table: relative column widths, one header row, body rows; cells are runs."""

    widths: tuple[float, ...]
    header: tuple[tuple[Run, ...], ...]
    rows: tuple[tuple[tuple[Run, ...], ...], ...] = field(default_factory=tuple)
    align: tuple[str, ...] = ()  # per column: left | center | right


@dataclass(frozen=True)
class PageBreak:
    """Start a new page (e.g. before an attached list)."""


@dataclass(frozen=True)
class Section:
    """Start a new page in portrait or landscape (a wide table, an appendix)."""

    landscape: bool


Block = Paragraph | Table | PageBreak | Section
