"""The line markup that templates produce, parsed into the content tree.

One line, one paragraph. At the start of a line of template text:
  `# ` … `#### `     headings by depth (I. / 1. / a) / deeper)
  `- `               an item, written with its dash as text
  `@center `        a centred paragraph
  `@pagebreak`      a new page
  `@landscape`      a new landscape page (a wide table); `@portrait` returns to portrait
  `@table 6:c 40 …` a table: relative column widths, `:c`/`:r` to centre/right-align;
                    the following `| a | b |` lines are its rows, the first one the header
Inline, in template text only: `**bold**`, `*italic*`, `\\*` for a literal star.
Data (sentinel-wrapped by the template environment) is always plain text.
"""

from __future__ import annotations

import math
import re

from tdkt.markup.templates import DATA_BAR, DATA_CLOSE, DATA_NEWLINE, DATA_OPEN
from tdkt.markup.tree import Block, PageBreak, Paragraph, Run, Section, Table

HEADINGS = (("#### ", "heading4"), ("### ", "heading3"), ("## ", "heading2"), ("# ", "heading1"))
ALIGN = {"c": "center", "r": "right", "l": "left"}
MAX_WIDTH = 10_000  # a column's relative width
_DATA_MARKS = str.maketrans("", "", DATA_OPEN + DATA_CLOSE)
_SENTINEL = re.compile(f"([{DATA_OPEN}{DATA_CLOSE}])")
_IN_DATA = re.compile(f"[{DATA_NEWLINE}{DATA_BAR}]")
_FROM_DATA = {DATA_NEWLINE: "\n", DATA_BAR: "|"}


class MarkupProblem(ValueError):
    """A malformed markup line: a key of tdkt.markup.templates.TEXTS, and the rendered
    line (its number and text, to find it in the template)."""

    def __init__(self, key: str, number: int, line: str, **params: object):
        super().__init__(key)
        self.key, self.number, self.line, self.params = key, number, line, params


def parse(text: str) -> tuple[Block, ...]:
    """The content tree of a rendered template."""
    blocks: list[Block] = []
    table: dict | None = None
    cells_seen: dict[str, tuple[Run, ...]] = {}  # a list repeats its cells (titles, positions, blanks)
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip()
        literal = not line.startswith(DATA_OPEN)
        if table is not None and literal and line.startswith("|"):
            cells = []
            for cell in line.strip().removeprefix("|").removesuffix("|").split("|"):  # a value's bars are sentinels
                runs = cells_seen.get(cell)
                if runs is None:
                    runs = cells_seen[cell] = _inline(cell.strip())
                cells.append(runs)
            cells = tuple(cells)
            if len(cells) != len(table["widths"]):
                raise MarkupProblem("table_columns", number, line, expected=len(table["widths"]), found=len(cells))
            table["rows"].append(cells)
            continue
        if table is not None:
            blocks.append(_finish_table(table))
            table = None
        if not _visible(line):
            continue
        if literal and line.startswith("@table"):
            table = {"widths": [], "align": [], "rows": [], "at": (number, line)}
            for spec in line.translate(_DATA_MARKS).split()[1:]:
                width, how = _column(spec, number, line)
                table["widths"].append(width)
                table["align"].append(how)
            if not table["widths"]:
                raise MarkupProblem("table_no_columns", number, line)
            continue
        if literal and line.startswith("@pagebreak"):
            blocks.append(PageBreak())
            continue
        if literal and line.strip() in ("@landscape", "@portrait"):
            blocks.append(Section(landscape=line.strip() == "@landscape"))
            continue
        kind, rest = "body", line
        if literal:
            for prefix, heading in HEADINGS:
                if line.startswith(prefix):
                    kind, rest = heading, line[len(prefix):]
                    break
            else:
                if line.startswith("@center "):
                    kind, rest = "center", line[len("@center "):]
        runs = _inline(rest)
        if runs:
            blocks.append(Paragraph(kind, runs))
    if table is not None:
        blocks.append(_finish_table(table))
    return tuple(blocks)


def _column(spec: str, number: int, line: str) -> tuple[float, str]:
    """`40`, `6:c`, `20:r`: a positive relative width and an alignment."""
    width, _, how = spec.partition(":")
    try:
        value = float(width)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value <= MAX_WIDTH) or how not in ("", *ALIGN):
        raise MarkupProblem("table_width", number, line, value=spec)
    return value, ALIGN[how or "l"]


def _finish_table(table: dict) -> Table:
    if not table["rows"]:
        raise MarkupProblem("table_no_header", *table["at"])
    header, *rows = table["rows"]
    return Table(widths=tuple(table["widths"]), header=header, rows=tuple(rows), align=tuple(table["align"]))


def _visible(line: str) -> bool:
    return bool(line.replace(DATA_OPEN, "").replace(DATA_CLOSE, "").strip())


def _inline(text: str) -> tuple[Run, ...]:
    """Runs of a line: emphasis marks act in template text; data is taken as it is.

    Text is taken a stretch at a time (data, or template text without stars); only template
    text with stars is read a character at a time.
    """
    if text[:1] == DATA_OPEN and text[-1:] == DATA_CLOSE and text.count(DATA_OPEN) == 1 and text.count(DATA_CLOSE) == 1:
        data = _from_data(text[1:-1])  # one value alone, the usual table cell
        return (Run(data),) if data else ()
    runs: list[Run] = []
    bold = italic = in_data = False
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            runs.append(Run("".join(buffer), bold, italic))
            buffer.clear()

    for piece in _SENTINEL.split(text):
        if not piece:
            continue
        if piece == DATA_OPEN or piece == DATA_CLOSE:
            in_data = piece == DATA_OPEN
        elif in_data:
            buffer.append(_from_data(piece))
        elif "*" not in piece:
            buffer.append(piece)
        else:
            i = 0
            while i < len(piece):
                ch = piece[i]
                if piece.startswith("\\*", i):
                    buffer.append("*")
                    i += 1
                elif piece.startswith("**", i):
                    flush()
                    bold = not bold
                    i += 1
                elif ch == "*":
                    flush()
                    italic = not italic
                else:
                    buffer.append(ch)
                i += 1
    flush()
    return _merge(runs)


def _from_data(text: str) -> str:
    """A value's own line breaks and bars, back from their sentinels."""
    return _IN_DATA.sub(lambda m: _FROM_DATA[m.group()], text) if _IN_DATA.search(text) else text


def _merge(runs: list[Run]) -> tuple[Run, ...]:
    """Join neighbouring runs of the same emphasis (data and template text alike)."""
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    return tuple(r for r in merged if r.text)
