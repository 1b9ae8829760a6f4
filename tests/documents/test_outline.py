"""The general document body: numbering, lists, tables, appendices, frames of any length."""

from __future__ import annotations

import textwrap

from tests.conftest import ROOT
from tests.docx.readback import full_text, open_docx, part

MINIMAL = """\
year: 2025
unit:
  name: Ủy ban nhân dân xã An Bình
  letterhead: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]
  abbreviation: UBND
  place: An Bình
  head: ct
departments:
  - id: ld
    name: Lãnh đạo
    members:
      - {{id: ct, name: Lê Văn Chủ, position: Chủ tịch}}
      - {{id: pct, name: Hà Thị Phó, position: Phó Chủ tịch}}
plan:
  number: 3
  date: 10/01/2025
  subject: {subject}
{body}
"""


def render(run, tmp_path, body: str, subject: str = "Công tác thi đua, khen thưởng năm 2025") -> tuple[str, bytes]:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL.format(subject=subject, body=textwrap.indent(textwrap.dedent(body), "  ")), encoding="utf-8")
    result = run("render-plan", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    data = next((tmp_path / "out").glob("*.docx")).read_bytes()
    return full_text(open_docx(data)), data


def test_a_plan_with_only_its_own_outline(run, tmp_path):
    text, _ = render(run, tmp_path, """\
        body:
          - heading: MỤC ĐÍCH
            body:
              - heading: Chung
                body:
                  - points: [Một, {text: Hai, items: [x, y]}, Ba, Bốn, Năm, Sáu]
          - heading: NỘI DUNG
            body:
              - numbered: [Việc một, Việc hai]
        """)
    for line in ("I. MỤC ĐÍCH", "1. Chung", "a) Một", "b) Hai", "- x", "đ) Năm", "e) Sáu", "II. NỘI DUNG", "2. Việc hai"):
        assert line in text.split("\n"), line
    assert "MỤC ĐÍCH, YÊU CẦU" not in text  # no named-part headings when the plan has its own outline


def test_a_three_line_signature(run, tmp_path):
    text, _ = render(run, tmp_path, """\
        body: [Nội dung.]
        signer: {person: pct, on_behalf_of: Ủy ban nhân dân, authority: KT, principal: Chủ tịch}
        """)
    lines = text.split("\n")
    start = lines.index("TM. ỦY BAN NHÂN DÂN")
    assert lines[start + 1:start + 3] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert "Hà Thị Phó" in lines[start + 3:]


def test_an_appendix_with_a_landscape_table(run, tmp_path):
    text, data = render(run, tmp_path, """\
        body: [Nội dung chính.]
        appendices:
          - title: [BẢNG TỔNG HỢP, NĂM 2025]
            landscape: true
            body:
              - table:
                  numbered: true
                  columns: [STT, Đơn vị, Số người, Ghi chú]
                  rows: [[Thôn 1, "12", "-"], [Thôn 2, "08", "-"]]
                  total: [Toàn xã, "20", ""]
        """)
    lines = text.split("\n")
    assert "PHỤ LỤC" in lines and "BẢNG TỔNG HỢP" in lines
    assert "(Kèm theo Kế hoạch số 03/KH-UBND ngày 10 tháng 01 năm 2025 của Ủy ban nhân dân xã An Bình)" in lines
    assert lines.index("PHỤ LỤC") > lines.index("Lê Văn Chủ")  # after the signature
    assert "Cộng" in lines and "Toàn xã" in lines
    document = part(data, "word/document.xml")
    assert document.count("<w:sectPr") == 2 and 'w:orient="landscape"' in document


def test_a_subject_of_300_characters_renders(run, tmp_path):
    subject = ("Tổ chức phong trào thi đua yêu nước và công tác khen thưởng " * 6)[:300].strip()
    text, _ = render(run, tmp_path, "body: [Nội dung.]\n", subject=subject)
    assert subject in text


def test_letterhead_lines_as_the_unit_breaks_them(run, tmp_path):
    _, data = render(run, tmp_path, "body: [Nội dung.]\n")
    first_cell = open_docx(data).tables[0].rows[0].cells[0]
    assert [p.text for p in first_cell.paragraphs if p.text] == ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"]


def test_each_basis_on_its_own_line_with_its_lead(run, tmp_path):
    plan_text = """\
        bases:
          - {lead: Căn cứ, kind: "Luật Thi đua, khen thưởng", date: 15/06/2022}
          - {lead: Thực hiện, kind: Kế hoạch, number: 12/KH-UBND, date: 05/01/2025, issuer: UBND huyện}
        body: [Nội dung.]
        """
    text, _ = render(run, tmp_path, plan_text)
    assert "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;" in text.split("\n")
    assert "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND huyện;" in text.split("\n")


def test_paragraph_text_of_an_outline_node_is_data(run, tmp_path):
    text, _ = render(run, tmp_path, 'body: ["# **không phải đề mục**"]\n')
    assert "# **không phải đề mục**" in text.split("\n")


def test_a_view_with_nothing_to_show_leaves_a_marked_place(run, tmp_path):
    """A semester with no task, or a plan with no target, is no empty heading and no header-only table."""
    plan = tmp_path / "2025-2026.yaml"
    assert run("new", plan, "--kind", "school", "--year", "2025").exit_code == 0
    text = plan.read_text(encoding="utf-8")
    lines = [line for line in text.split("\n") if "month: 05/2026" not in line]
    start = next(i for i, line in enumerate(lines) if line.startswith("  targets:"))
    del lines[start:start + 2]  # `targets:` and its one row
    plan.write_text("\n".join(lines), encoding="utf-8")
    result = run("render-plan", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "out").glob("*.docx")
    doc = open_docx(path.read_bytes())
    paragraphs = full_text(doc).split("\n")
    assert paragraphs[paragraphs.index("2. Học kỳ II") + 1] == "[Đơn vị bổ sung: các nhiệm vụ cụ thể.]"
    assert "[Đơn vị bổ sung: các chỉ tiêu thi đua.]" in paragraphs
    assert not [t for t in doc.tables if len(t.rows) == 1 and t.rows[0].cells[0].text == "STT"]


def test_a_statistics_view_with_no_row_leaves_a_marked_place(run, tmp_path):
    source = ROOT / "examples" / "benhvien-bc-tongket-2024.yaml"
    text = source.read_text(encoding="utf-8")
    start = text.index("    awards_received:\n")
    end = text.index("    body:\n", start)
    plan = tmp_path / "2024.yaml"
    plan.write_text(text[:start] + text[end:], encoding="utf-8")
    result = run("report", "--year-end", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "out").glob("*.docx")
    doc = open_docx(path.read_bytes())
    assert "[Đơn vị bổ sung: khen thưởng đã nhận.]" in full_text(doc).split("\n")
    assert not [t for t in doc.tables if "Hình thức khen thưởng" in [c.text for c in t.rows[0].cells]]
