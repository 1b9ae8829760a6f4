"""Every Nghị định 30 form rule the engine promises, read back from the rendered Kế hoạch."""

from __future__ import annotations

import re

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.docx.readback import open_docx, part, part_names

FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


@pytest.fixture(scope="module")
def doc(rendered_plan):
    return open_docx(rendered_plan)


def mm(length) -> float:
    return round(length.mm, 1)


def test_a4_portrait_and_margins_in_range(doc):
    section = doc.sections[0]
    assert (mm(section.page_width), mm(section.page_height)) == (210.0, 297.0)
    assert 20 <= mm(section.top_margin) <= 25 and 20 <= mm(section.bottom_margin) <= 25
    assert 30 <= mm(section.left_margin) <= 35 and 15 <= mm(section.right_margin) <= 20


def test_times_new_roman_in_every_slot_and_vietnamese_language(rendered_plan):
    styles = part(rendered_plan, "word/styles.xml")
    document = part(rendered_plan, "word/document.xml")
    for xml_text in (styles, document):
        for fonts in re.findall(r"<w:rFonts [^>]*/>", xml_text):
            for slot in FONT_SLOTS:
                assert f'{slot}="Times New Roman"' in fonts, fonts
            assert "Theme" not in fonts
    defaults = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", styles, re.DOTALL).group(0)
    assert 'w:lang w:val="vi-VN"' in defaults
    for leftover in ("Cambria", "Calibri", 'w:val="en-US"'):
        assert leftover not in styles + document


def test_no_trace_of_the_default_template(rendered_plan):
    assert not any("thumbnail" in name for name in part_names(rendered_plan))
    core = part(rendered_plan, "docProps/core.xml")
    assert "python-docx" not in core
    assert "<dc:creator>Trung tâm Dịch vụ việc làm</dc:creator>" in core


def test_body_paragraphs(doc):
    body = [p for p in doc.paragraphs if p.style.name == "TDKT Body"]
    assert len(body) > 30
    style = doc.styles["TDKT Body"]
    fmt = style.paragraph_format
    assert style.font.size == Pt(14)
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(fmt.first_line_indent.cm, 2) in (1.0, 1.27)
    assert fmt.space_after.pt >= 6
    assert 1.0 <= fmt.line_spacing <= 1.5
    for p in body:  # no paragraph overrides the style's layout or uses Word numbering
        assert p.paragraph_format.first_line_indent is None and p.paragraph_format.alignment is None
        assert p._p.pPr.numPr is None


def test_headings_bold_and_upper_for_sections(doc):
    h1 = [p.text for p in doc.paragraphs if p.style.name == "TDKT Heading 1"]
    assert h1 == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"]
    assert doc.styles["TDKT Heading 1"].font.bold and doc.styles["TDKT Heading 2"].font.bold
    h3 = [p.text for p in doc.paragraphs if p.style.name == "TDKT Heading 3"]
    assert h3 == ["2.1. Quý I/2022", "2.2. Quý II/2022", "2.3. Quý III/2022", "2.4. Quý IV/2022"]


def letterhead(doc):
    return doc.tables[0]


def test_letterhead_is_a_borderless_two_column_table_with_set_widths(doc):
    table = letterhead(doc)
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert [b.get(qn("w:val")) for b in borders] == ["nil"] * 6
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    cells = [int(c._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for c in table.rows[0].cells]
    assert grid == cells and len(grid) == 2 and grid[1] > grid[0]


def runs_of(cell):
    return [(r.text, r.font.size.pt, bool(r.bold), bool(r.italic)) for p in cell.paragraphs for r in p.runs if r.text]


def test_letterhead_cells(doc):
    (left, right), (number, date_cell) = (row.cells for row in letterhead(doc).rows)
    assert runs_of(left) == [
        ("SỞ LAO ĐỘNG - TB&XH TỈNH SƠN LA", 12, False, False),
        ("TRUNG TÂM DỊCH VỤ VIỆC LÀM", 12, True, False),
    ]
    assert runs_of(right) == [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False),
        ("Độc lập - Tự do - Hạnh phúc", 13, True, False),
    ]
    assert runs_of(number) == [("Số: 12/KH-TTDVVL", 13, False, False)]
    assert runs_of(date_cell) == [("Sơn La, ngày 06 tháng 01 năm 2022", 14, False, True)]


def rule_length_pt(paragraph, width_pt) -> float:
    fmt = paragraph.paragraph_format
    assert paragraph._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom")).get(qn("w:val")) == "single"
    return width_pt - fmt.left_indent.pt - fmt.right_indent.pt


def test_rules_under_agency_motto_and_subject(doc):
    from tdkt.docx.metrics import text_width_pt

    (left, right), _ = (row.cells for row in letterhead(doc).rows)
    agency_rule = rule_length_pt(left.paragraphs[-1], left.width.pt)
    agency = text_width_pt("TRUNG TÂM DỊCH VỤ VIỆC LÀM", 12, bold=True)
    assert agency / 3 <= agency_rule <= agency / 2
    motto_rule = rule_length_pt(right.paragraphs[-1], right.width.pt)
    assert motto_rule == pytest.approx(text_width_pt("Độc lập - Tự do - Hạnh phúc", 13, bold=True), abs=1)
    title = [p for p in doc.paragraphs if p.text == "Thực hiện công tác thi đua - khen thưởng năm 2022"][0]
    following = title._p.getnext()
    subject = text_width_pt(title.text, 14, bold=True)
    from docx.shared import Emu
    from docx.text.paragraph import Paragraph

    section = doc.sections[0]
    width = Emu(section.page_width - section.left_margin - section.right_margin).pt

    rule = rule_length_pt(Paragraph(following, title._parent), width)
    assert subject / 3 <= rule <= subject / 2


def test_document_type_and_subject_centred_bold(doc):
    texts = [p.text for p in doc.paragraphs]
    at = texts.index("KẾ HOẠCH")
    kind, subject = doc.paragraphs[at], doc.paragraphs[at + 1]
    assert subject.text == "Thực hiện công tác thi đua - khen thưởng năm 2022"
    for p in (kind, subject):
        assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert all(r.bold and r.font.size == Pt(14) for r in p.runs)


def test_page_number_field_from_page_two(doc, rendered_plan):
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert "".join(p.text for p in section.first_page_header.paragraphs).strip() == ""
    header_xml = section.header._element.xml
    assert "PAGE" in "".join(t.text for t in section.header._element.iter(qn("w:instrText")))
    assert section.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert 'w:fldCharType="begin"' in header_xml and 'w:fldCharType="end"' in header_xml


def test_recipients_and_signature(doc):
    left, right = doc.tables[-1].rows[0].cells
    label, *items = [p for p in left.paragraphs if p.text]
    assert label.text == "Nơi nhận:"
    assert label.runs[0].bold and label.runs[0].italic and label.runs[0].font.size == Pt(12)
    assert [p.text for p in items] == [
        "- Sở Lao động – TBXH (b/c);",
        "- Lãnh đạo Trung tâm;",
        "- Các phòng, bộ phận chuyên môn;",
        "- Lưu: VT, HCTH.",
    ]
    assert all(r.font.size == Pt(11) for p in items for r in p.runs)
    signed = [p for p in right.paragraphs if p.text]
    assert [p.text for p in signed] == ["GIÁM ĐỐC", "Vũ Quang Khải"]
    assert all(r.bold and r.font.size == Pt(14) for p in signed for r in p.runs)
    assert len(right.paragraphs) - len(signed) >= 4  # room to sign


def test_same_input_same_bytes(seed_plan, rendered_plan):
    from tdkt.documents import plan_document
    from tdkt.documents.draft import render
    from tdkt.markup.templates import TemplateSource
    from tests.conftest import SEED_PLAN

    again = render(plan_document.drafts(seed_plan)[0], TemplateSource.for_plan(SEED_PLAN))
    assert again == rendered_plan


def test_core_properties_are_fixed(doc):
    props = doc.core_properties
    assert props.author == "Trung tâm Dịch vụ việc làm"
    assert props.title == "Kế hoạch Thực hiện công tác thi đua - khen thưởng năm 2022"
    assert props.created.date().isoformat() == "2022-01-06" == props.modified.date().isoformat()


def test_row_properties_are_bare_and_no_theme_fonts_remain(run, tmp_path):
    import re

    from tests.conftest import SEED_PLAN
    from tests.docx.readback import part

    assert run("render-proposal", SEED_PLAN, "-o", tmp_path).exit_code == 0
    data = next(tmp_path.glob("*.docx")).read_bytes()
    document, styles = part(data, "word/document.xml"), part(data, "word/styles.xml")
    assert "<w:cantSplit/>" in document and "<w:tblHeader/>" in document
    assert 'w:val="true"' not in document
    assert not re.search(r"<w:rFonts[^>]*[tT]heme", styles)
