"""The four quarter reports from the seed plan: structure, numbers, frame."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from tests.conftest import SEED_PLAN
from tests.docx.readback import full_text, open_docx


def render_report(plan, quarter: int, as_of: date, next_plan=None) -> bytes:
    from tdkt.documents import report
    from tdkt.documents.draft import render
    from tdkt.markup.templates import TemplateSource
    from tdkt.progress import compute

    job = report.ReportJob(plan, quarter, compute(plan, as_of), next_plan)
    (draft,) = report.drafts(job)
    return render(draft, TemplateSource.for_plan(SEED_PLAN))


def headings(doc, level: int) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == f"TDKT Heading {level}"]


@pytest.fixture(scope="module")
def midyear(seed_plan):
    return open_docx(render_report(seed_plan, 2, date(2022, 6, 28)))


def test_midyear_outline(midyear):
    assert headings(midyear, 1) == [
        "I. ĐẶC ĐIỂM TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2022", "III. ĐÁNH GIÁ CHUNG",
        "IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2022", "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]


def test_midyear_frame(midyear):
    text = full_text(midyear)
    assert "Số: 45/BC-TTDVVL" in text and "Sơn La, ngày 28 tháng 6 năm 2022" in text
    assert "Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Sơn La." in text
    assert "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2022, nhiệm vụ trọng tâm 6 tháng cuối năm 2022" in text
    left, right = midyear.tables[-1].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text][-1] == "- Lưu: VT, HCTH."
    assert [p.text for p in right.paragraphs if p.text] == ["GIÁM ĐỐC", "Vũ Quang Khải"]


def test_midyear_numbers_equal_the_file(midyear):
    raw = [m for m in yaml.safe_load(SEED_PLAN.read_text(encoding="utf-8"))["plan"]["milestones"] if m["quarter"] in (1, 2)]
    done = sum(1 for m in raw if m.get("status") == "done")
    text = full_text(midyear)
    assert f"Trong kỳ, Kế hoạch đề ra {len(raw)} nhiệm vụ cụ thể." in text
    assert f"hoàn thành {done}/{len(raw)} nhiệm vụ ({round(100 * done / len(raw))}%)" in text
    detail = midyear.tables[2]  # letterhead, quarter summary, milestone details
    assert [c.text for c in detail.rows[0].cells][:2] == ["STT", "Nhiệm vụ"]
    assert len(detail.rows) - 1 == len(raw)
    assert [row.cells[1].text for row in detail.rows[1:]] == [" ".join(m["text"].split()) for m in raw]
    summary = midyear.tables[1]
    assert [c.text for c in summary.rows[-1].cells][:3] == ["Cộng", str(len(raw)), str(done)]


def test_midyear_looks_ahead_to_q3_and_q4_once_each(seed_plan, midyear):
    later = list(dict.fromkeys(m.text for m in seed_plan.plan.milestones if m.quarter in (3, 4)))
    paragraphs = [p.text for p in midyear.paragraphs]
    start = paragraphs.index("IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2022")
    assert paragraphs[start + 1 : start + 1 + len(later)] == [f"- {t}" for t in later]


def test_missing_narrative_leaves_marked_places(seed_plan):
    doc = open_docx(render_report(seed_plan, 3, date(2022, 9, 30)))
    text = full_text(doc)
    assert text.count("[Đơn vị bổ sung:") == 5
    assert headings(doc, 1) == ["I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "III. NHIỆM VỤ QUÝ TỚI", "IV. ĐỀ XUẤT, KIẾN NGHỊ"]
    assert "Số:       /BC-TTDVVL" in text and "Sơn La, ngày      tháng      năm 2022" in text


def test_annual_report_with_results_and_next_year_plan(seed_plan):
    from tdkt.plan.models import Result

    plan = seed_plan.model_copy(deep=True)
    plan.results = [Result(person="nthuong", title="CSTDCS", decision="150/QĐ-SLĐTBXH"),
                    Result(department="hcth", title="TTLDTT")]
    nxt = seed_plan.model_copy(deep=True)
    nxt.year = 2023
    doc = open_docx(render_report(plan, 4, date(2022, 12, 31), next_plan=nxt))
    assert headings(doc, 1)[-2:] == ["IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023", "V. ĐỀ XUẤT, KIẾN NGHỊ"]
    results = doc.tables[-2]
    rows = {r.cells[1].text: (r.cells[2].text, r.cells[3].text) for r in results.rows[1:]}
    assert rows["Chiến sĩ thi đua cơ sở"] == ("1", "1")
    assert rows["Tập thể lao động tiên tiến"] == ("3", "1")
    text = full_text(doc)
    assert "[Đơn vị bổ sung: kết quả khen thưởng" not in text
    assert "- " + nxt.plan.focus_duties[1].text in text.split("\n")


def test_quarterly_reports_render_with_form(seed_plan):
    for quarter in (1, 3, 4):
        doc = open_docx(render_report(seed_plan, quarter, date(2022, 12, 31)))
        section = doc.sections[0]
        assert round(section.page_width.mm) == 210 and section.different_first_page_header_footer
        assert doc.tables[0].rows[0].cells[1].paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        assert "BÁO CÁO" in full_text(doc)
