"""Data tables: the builder writes body rows as raw XML, so check what a reader gets back."""

from __future__ import annotations

import io
from datetime import date

import docx
from docx.shared import Emu

from tdkt.docx.base import TEXT_WIDTH
from tdkt.docx.builder import build
from tdkt.docx.spec import DocumentSpec
from tdkt.markup.tree import Run, Table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _document(rows):
    table = Table(
        widths=(1, 3, 2),
        header=((Run("TT"),), (Run("Nội dung"),), (Run("Kết quả"),)),
        rows=rows,
        align=("center", "left", "right"),
    )
    spec = DocumentSpec(
        agency="Trung tâm A", number_line="Số: 1/BC-A", place_date="Sơn La, ngày 01 tháng 01 năm 2022",
        kind="Báo cáo", subject="Thử bảng", body=(table,), signature_lines=("GIÁM ĐỐC",),
        signer_name="Nguyễn Văn A", issued=date(2022, 1, 1),
    )
    return docx.Document(io.BytesIO(build(spec)))


def test_rows_keep_text_as_text_and_emphasis():
    tricky = "# a & <w:p> *x* {{ y }}"
    doc = _document((
        ((Run("1"),), (Run(tricky),), (Run("Đạt", bold=True),)),
        ((Run("2"),), (Run("dòng một\ndòng hai\tcột"),), (Run("Chưa", italic=True),)),
    ))
    table = doc.tables[1]
    assert [c.text for c in table.rows[1].cells] == ["1", tricky, "Đạt"]
    assert table.rows[2].cells[1].text == "dòng một\ndòng hai\tcột"
    assert table.rows[1].cells[2].paragraphs[0].runs[0].bold
    assert table.rows[2].cells[2].paragraphs[0].runs[0].italic


def test_rows_have_style_alignment_width_and_do_not_split():
    doc = _document(tuple(((Run(str(i)),), (Run("việc"),), (Run("x"),)) for i in range(1, 51)))
    table = doc.tables[1]
    assert len(table.rows) == 51
    widths = [int(TEXT_WIDTH * share / 6) for share in (1, 3, 2)]
    for row in table.rows[1:]:
        assert row._tr.find(f"{W}trPr/{W}cantSplit") is not None
        for cell, width, jc in zip(row.cells, widths, ("center", "left", "right")):
            paragraph = cell.paragraphs[0]
            assert paragraph.style.name == "TDKT Table"
            assert paragraph._p.find(f"{W}pPr/{W}jc").get(f"{W}val") == jc
            assert abs(cell.width - Emu(width)) < Emu(635 * 2)  # within a twip or so
    assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None


def test_a_row_naming_a_group_keeps_with_the_group():
    plain = ((Run("1"),), (Run("người"),), (Run("x"),))
    group = ((Run("2", bold=True),), (Run("Trung tâm B", bold=True),), ())
    full_bold = ((Run("3", bold=True),), (Run("Cộng", bold=True),), (Run("9", bold=True),))
    doc = _document((plain,) * 5 + (group,) + (plain,) * 5 + (full_bold,) + (plain,) * 5)
    rows = doc.tables[1].rows[1:]
    kept = [i for i, row in enumerate(rows) if row.cells[0].paragraphs[0]._p.find(f"{W}pPr/{W}keepNext") is not None]
    # the first row, the group's name, the last two (the table ends the body: they go with the
    # signature); not the filled bold row
    assert kept == [0, 5, 15, 16]


def test_control_characters_are_dropped_not_fatal():
    doc = _document((((Run("1"),), (Run("a\x01b\x0bc"),), (Run(""),)),))
    assert doc.tables[1].rows[1].cells[1].text == "abc"


TRICKY = ["", "a & b < c > d \" ' e", "dòng\r\nhai", "\x01\x0b\x1f\ufffe\uffff", "tab\tthen\nline", "😀 Đ ữ",
          "<!--tdkt-splice-0-->", "]]> &amp;", " leading and trailing "]


def test_row_text_is_what_lxml_would_write():
    """Rows are spliced in as text: it must equal lxml's own serialization of the same elements."""
    from lxml import etree

    from tdkt.docx.xml import table_rows_xml

    rows = [tuple((Run(t, bold=b, italic=i),) for t in TRICKY) for b in (False, True) for i in (False, True)]
    rows.append(tuple(() for _ in TRICKY))  # empty cells
    text = table_rows_xml(rows, [100] * len(TRICKY), ["center"] * len(TRICKY), "TDKTTable")
    root = etree.fromstring(f'<w:tbl xmlns:w="{W[1:-1]}">{text}</w:tbl>'.encode())
    again = b"".join(etree.tostring(child, encoding="UTF-8").replace(f' xmlns:w="{W[1:-1]}"'.encode(), b"")
                     for child in root)
    assert again.decode() == text


def test_spliced_rows_read_back_and_user_text_never_looks_like_a_marker():
    doc = _document(tuple(((Run(str(n)),), (Run(t),), (Run("x"),)) for n, t in enumerate(TRICKY)))
    cells = [row.cells[1].text for row in doc.tables[1].rows[1:]]
    assert cells[6] == "<!--tdkt-splice-0-->" and cells[1] == "a & b < c > d \" ' e"
    assert len(cells) == len(TRICKY)
