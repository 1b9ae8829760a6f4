"""The line markup: structure from template text only; data is always text."""

from __future__ import annotations

import pytest

from tdkt.markup.parse import MarkupProblem, parse
from tdkt.markup.templates import inert
from tdkt.markup.tree import PageBreak, Paragraph, Run, Table


def test_line_kinds():
    blocks = parse("# I. MỤC ĐÍCH\n## 1. Mục đích\n### 2.1. Quý I\n- một\nđoạn\n@center giữa\n@pagebreak\n\n")
    assert [(b.kind, b.text) for b in blocks[:6]] == [
        ("heading1", "I. MỤC ĐÍCH"), ("heading2", "1. Mục đích"), ("heading3", "2.1. Quý I"),
        ("body", "- một"), ("body", "đoạn"), ("center", "giữa"),
    ]
    assert isinstance(blocks[6], PageBreak)


def test_inline_emphasis_in_template_text():
    (paragraph,) = parse("a **b** *c* \\*d")
    assert paragraph.runs == (Run("a "), Run("b", bold=True), Run(" "), Run("c", italic=True), Run(" *d"))


@pytest.mark.parametrize("value", ["# tiêu đề", "- gạch", "*x*", "**y**", "{{ x }}", "<w:p>&amp;", "a | b", "@pagebreak", "@table 1 2",
                                   "| a | b |"])
def test_data_never_becomes_structure(value):
    blocks = parse(inert(value))
    assert blocks == (Paragraph("body", (Run(value),)),)


def test_private_marks_inside_data_are_dropped():
    assert parse(inert("a\ue003b\ue000c\ue001")) == (Paragraph("body", (Run("abc"),)),)


def test_data_inside_a_bold_template_line_is_bold_but_literal():
    (paragraph,) = parse(f"## 1. {inert('*Phòng* # A')}")
    assert paragraph.kind == "heading2"
    assert paragraph.runs == (Run("1. *Phòng* # A"),)


def test_newline_in_data_is_a_line_break_not_a_paragraph():
    blocks = parse(f"- {inert('dòng một' + chr(10) + '# dòng hai')}")
    assert blocks == (Paragraph("body", (Run("- dòng một\n# dòng hai"),)),)


def test_table_with_data_containing_bars():
    text = "@table 1:c 4 2:r\n| STT | Nội dung | Số |\n| 1 | " + inert("a | b") + " | 3 |\nsau"
    table, after = parse(text)
    assert isinstance(table, Table)
    assert table.widths == (1.0, 4.0, 2.0) and table.align == ("center", "left", "right")
    assert [r[0].text for r in table.header] == ["STT", "Nội dung", "Số"]
    assert table.rows[0][1] == (Run("a | b"),)
    assert after.text == "sau"


def test_table_cells_with_the_same_text_read_alike():
    text = "@table 1 1\n| A | B |\n" + "".join(f"| {inert(n)} | {inert('Lao động tiên tiến')} |\n" for n in "12")
    (table,) = parse(text)
    assert [[c[0].text for c in row] for row in table.rows] == [["1", "Lao động tiên tiến"], ["2", "Lao động tiên tiến"]]


def test_table_row_with_wrong_cell_count_is_refused():
    with pytest.raises(MarkupProblem):
        parse("@table 1 1\n| a | b |\n| c |")


@pytest.mark.parametrize("widths", ["0 0", "abc", "nan", "inf", "-1", "2:x", ""])
def test_table_widths_must_be_positive_numbers(widths):
    with pytest.raises(MarkupProblem) as info:
        parse(f"a\n@table {widths}\n| x | y |\n")
    assert info.value.number == 2 and info.value.key in ("table_width", "table_no_columns")
    assert info.value.line == f"@table {widths}".rstrip()
