"""Text widths in Times New Roman, to size the rules Nghị định 30 draws under lines of text."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

FALLBACK = 500  # a character the table lacks counts as half an em


@cache
def _widths(style: str) -> dict[str, int]:
    raw = json.loads(resources.files("tdkt.docx").joinpath("data/tnr_widths.json").read_text(encoding="utf-8"))
    packed, table, i = raw["styles"][style], {}, 0
    while i < len(packed):
        char, j = packed[i], packed.index(",", i + 1)
        table[char] = int(packed[i + 1 : j])
        i = j + 1
    return table


def text_width_pt(text: str, size_pt: float, bold: bool = False, italic: bool = False) -> float:
    """Width of one line of text in points."""
    style = ("bold" if bold else "") + ("italic" if italic else "") or "regular"
    style = {"bolditalic": "bolditalic"}.get(style, style)
    widths = _widths(style)
    return sum(widths.get(ch, FALLBACK) for ch in text) * size_pt / 1000
