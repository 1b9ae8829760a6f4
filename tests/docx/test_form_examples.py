"""The Nghị định 30 form rules, read back from every example document (not only the seed's)."""

from __future__ import annotations

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tdkt.docx.builder import SHORT_CLOSING
from tests.conftest import ROOT
from tests.docx.readback import open_docx, part

EXAMPLES = {
    "phuong-kh-2026": ("render-plan",),
    "tieuhoc-kh-2025-2026": ("render-plan",),
    "benhvien-kh-2025": ("render-plan",),
    "benhvien-bc-tongket-2024": ("report", "--quarter", "4"),
}


@pytest.fixture(scope="module", params=list(EXAMPLES))
def rendered(request, tmp_path_factory):
    from tdkt.cli.app import main

    out = tmp_path_factory.mktemp(request.param)
    with pytest.raises(SystemExit) as exit_info:
        main([*EXAMPLES[request.param], str(ROOT / "examples" / f"{request.param}.yaml"), "-o", str(out)])
    assert exit_info.value.code == 0
    (path,) = out.glob("*.docx")
    return path.read_bytes()


def runs(cell):
    return [r for p in cell.paragraphs for r in p.runs if r.text]


def test_page_fonts_and_language(rendered):
    doc = open_docx(rendered)
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert 20 <= round(section.top_margin.mm) <= 25 and 30 <= round(section.left_margin.mm) <= 35
    assert 15 <= round(section.right_margin.mm) <= 20
    styles = part(rendered, "word/styles.xml")
    assert 'w:ascii="Times New Roman"' in styles and 'w:cs="Times New Roman"' in styles and "vi-VN" in styles


def test_letterhead_lines_and_their_rule(rendered):
    from tdkt.docx.metrics import text_width_pt

    doc = open_docx(rendered)
    (left, right), (number, day) = (row.cells for row in doc.tables[0].rows)
    agency = [r for r in runs(left) if r.bold]
    assert agency and all(r.text == r.text.upper() and r.font.size == Pt(12) for r in runs(left))
    rule = left.paragraphs[-1]
    assert rule._p.pPr.find(qn("w:pBdr")) is not None
    length = left.width.pt - rule.paragraph_format.left_indent.pt - rule.paragraph_format.right_indent.pt
    longest = max(text_width_pt(r.text, 12, bold=True) for r in agency)
    assert longest / 3 <= length <= longest / 2 + 1
    assert [r.text for r in runs(right)] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert number.paragraphs[0].text.startswith("Số: ")
    assert all(r.italic for r in runs(day)) and ", ngày " in day.paragraphs[0].text


def test_kind_and_subject_centred_bold_and_body_justified(rendered):
    doc = open_docx(rendered)
    kind = next(p for p in doc.paragraphs if p.text in ("KẾ HOẠCH", "BÁO CÁO"))
    subject = kind._p.getnext()
    for p in (kind, doc.paragraphs[[x._p for x in doc.paragraphs].index(subject)]):
        assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER and all(r.bold and r.font.size == Pt(14) for r in p.runs)
    body = [p for p in doc.paragraphs if p.style.name == "TDKT Body"]
    assert len(body) > 20 and doc.styles["TDKT Body"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert all(p._p.pPr.numPr is None for p in body)  # numbering is text, never Word's list numbering
    assert doc.styles["TDKT Heading 1"].font.bold and doc.styles["TDKT Heading 1"].paragraph_format.keep_with_next


def test_recipients_and_signature(rendered):
    doc = open_docx(rendered)
    table = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")
    left, right = table.rows[0].cells
    label, *items = [p for p in left.paragraphs if p.text]
    assert label.runs[0].bold and label.runs[0].italic and label.runs[0].font.size == Pt(12)
    assert all(p.text.startswith("- ") for p in items) and items[-1].text.startswith("- Lưu: VT")
    assert all(p.text.endswith(";") for p in items[:-1]) and items[-1].text.endswith(".")
    signed = [p for p in right.paragraphs if p.text]
    assert all(p.text == p.text.upper() for p in signed[:-1])
    assert all(r.bold and r.font.size == Pt(14) for p in signed for r in p.runs)
    assert len(right.paragraphs) - len(signed) >= 4  # room to sign and seal


def test_page_numbers_from_page_two(rendered):
    section = open_docx(rendered).sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in "".join(t.text for t in section.header._element.iter(qn("w:instrText")))


def test_tables_keep_their_caption_header_and_end_together(rendered):
    doc = open_docx(rendered)
    body = doc.element.body
    for table in body.iter(qn("w:tbl")):
        rows = table.findall(qn("w:tr"))
        if len(rows) < 4 or table.getparent() is not body or table is body.find(qn("w:tbl")):
            continue  # the letterhead and the signature are layout, not lists
        keeps = [r.find(".//" + qn("w:keepNext")) is not None for r in rows]
        assert keeps[0] and keeps[1] and keeps[-2] and not keeps[-1], keeps
        before = table.getprevious()
        if before is not None and before.tag == qn("w:p") and "".join(t.text or "" for t in before.iter(qn("w:t"))):
            properties = before.find(qn("w:pPr"))
            style = properties.find(qn("w:pStyle"))
            direct = properties.find(qn("w:keepNext")) is not None
            assert direct or style.get(qn("w:val")).startswith("TDKTHeading")


def test_the_signature_takes_its_closing_and_only_a_short_closing_takes_one_more(run, tmp_path):
    from tests.conftest import SEED_PLAN

    assert run("render-decision", SEED_PLAN, "-o", tmp_path).exit_code == 0
    doc = open_docx(next(tmp_path.glob("*QD*.docx")).read_bytes())
    signature = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")._tbl
    closing = signature.getprevious()
    assert closing.find(qn("w:pPr")).find(qn("w:keepNext")) is not None
    text = "".join(t.text or "" for t in closing.iter(qn("w:t")))
    assert text.startswith("Điều 3.") and len(text) > SHORT_CLOSING
    assert closing.getprevious().find(qn("w:pPr")).find(qn("w:keepNext")) is None  # Điều 2 stays on its page

    one_line = _closing_keeps(("Nội dung thứ nhất của văn bản.", "Nơi nào có ý kiến thì gửi về./."))
    assert one_line == [True, True]
    assert _closing_keeps(("Nội dung thứ nhất.", "Câu kết dài " * 12 + "./.")) == [False, True]


def _closing_keeps(paragraphs: tuple[str, ...]) -> list[bool]:
    """Whether the last two body paragraphs keep with the next, in a document ending with `paragraphs`."""
    from datetime import date

    from tdkt.docx.builder import build
    from tdkt.docx.spec import DocumentSpec
    from tdkt.markup.tree import Paragraph, Run

    spec = DocumentSpec(agency="Trung tâm A", number_line="Số: 1/BC-A", place_date="Sơn La, ngày 01 tháng 01 năm 2022",
                        kind="Báo cáo", subject="Thử", body=tuple(Paragraph("body", (Run(p),)) for p in paragraphs),
                        signature_lines=("GIÁM ĐỐC",), signer_name="Nguyễn Văn A", issued=date(2022, 1, 1))
    body = [p for p in open_docx(build(spec)).paragraphs if p.text in paragraphs]
    return [p._p.find(qn("w:pPr")) is not None and p._p.find(qn("w:pPr")).find(qn("w:keepNext")) is not None
            for p in body]


def _recipient_lines(addressees: tuple[str, ...], recipients: tuple[str, ...]) -> list[str]:
    from datetime import date

    from tdkt.docx.builder import build
    from tdkt.docx.spec import DocumentSpec

    spec = DocumentSpec(agency="Trung tâm A", number_line="Số: 1/BC-A", place_date="Sơn La, ngày 01 tháng 01 năm 2022",
                        kind="Báo cáo", subject="Thử", body=(), signature_lines=("GIÁM ĐỐC",), signer_name="Nguyễn Văn A",
                        issued=date(2022, 1, 1), addressees=addressees, recipients=recipients, filing="Lưu: VT.")
    doc = open_docx(build(spec))
    cell = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:").rows[0].cells[0]
    return [p.text for p in cell.paragraphs[1:]]


def test_an_addressed_document_sends_to_its_addressees_first():
    assert _recipient_lines(("Sở Y tế",), ("Ban Giám đốc",)) == ["- Như trên;", "- Ban Giám đốc;", "- Lưu: VT."]
    assert _recipient_lines(("Sở Y tế",), ("Như trên", "Ban Giám đốc")) == ["- Như trên;", "- Ban Giám đốc;", "- Lưu: VT."]
    assert _recipient_lines((), ("Ban Giám đốc",)) == ["- Ban Giám đốc;", "- Lưu: VT."]
