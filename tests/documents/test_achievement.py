"""The báo cáo thành tích names past years as the plan counts them (drives `tdkt render-achievement`)."""

from __future__ import annotations

from tests.conftest import DATA, SEED_PLAN
from tests.docx.readback import full_text, open_docx


def _achievement(run, tmp_path, plan, who: str):
    result = run("render-achievement", plan, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob(f"BCTT-*-{who}.docx")
    return open_docx(path.read_bytes())


def test_a_school_years_history_is_worded_as_school_years(run, tmp_path):
    doc = _achievement(run, tmp_path, DATA / "yearend_school.yaml", "lan")  # history 2024, 2025: school years ending then
    text = full_text(doc)
    assert ("Kết quả đánh giá, xếp loại: năm học 2023-2024: hoàn thành xuất sắc nhiệm vụ; năm học 2024-2025: "
            "hoàn thành xuất sắc nhiệm vụ; năm học 2025-2026: hoàn thành xuất sắc nhiệm vụ.") in text
    (titles,) = [t for t in doc.tables if t.rows[0].cells[1].text == "Danh hiệu thi đua"]
    assert [[c.text for c in row.cells[:2]] for row in titles.rows] == [
        ["Năm học", "Danh hiệu thi đua"], ["2023-2024", "Chiến sĩ thi đua cơ sở"], ["2024-2025", "Chiến sĩ thi đua cơ sở"]]
    assert "năm 2024" not in text and "năm 2025" not in text


def test_a_calendar_years_history_keeps_its_years(run, tmp_path):
    doc = _achievement(run, tmp_path, SEED_PLAN, "lvhung")
    text = full_text(doc)
    assert "xếp loại: năm 2020: hoàn thành xuất sắc nhiệm vụ; năm 2021: hoàn thành xuất sắc nhiệm vụ; năm 2022:" in text
    (titles,) = [t for t in doc.tables if t.rows[0].cells[0].text == "Năm"]
    assert [row.cells[0].text for row in titles.rows[1:]] == ["2020", "2021"]


def test_a_collectives_past_titles_come_from_its_departments_history(run, tmp_path):
    text = SEED_PLAN.read_text(encoding="utf-8")
    old = "  - id: tvgt\n    name: Phòng Tư vấn - Giới thiệu việc làm\n"
    assert old in text
    plan = tmp_path / "2022.yaml"
    plan.write_text(text.replace(old, old + "    history:\n      2021: {rating: htxs, titles: [TTLDTT]}\n"), encoding="utf-8")
    doc = _achievement(run, tmp_path, plan, "tvgt")
    (titles,) = [t for t in doc.tables if t.rows[0].cells[1].text == "Danh hiệu thi đua"]
    assert [[c.text for c in row.cells[:2]] for row in titles.rows[1:]] == [["2021", "Tập thể lao động tiên tiến"]]
    assert "danh hiệu thi đua các năm trước" not in full_text(doc)
