"""The year-end report as an officer reads it: no heading without content, no rate for a
quarter with nothing planned (drives `tdkt report`)."""

from __future__ import annotations

import re

from tests.conftest import DATA, SEED_PLAN, registered_school
from tests.docx.readback import full_text, open_docx

COMMUNE = DATA / "yearend_commune.yaml"  # a commune's plan in its own outline: no nhiệm vụ trọng tâm


def _report(run, tmp_path, plan, *args):
    result = run("report", *args, plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "out").glob("*.docx")
    return open_docx(path.read_bytes())


def _numbered(text: str) -> list[str]:
    return [line for line in text.split("\n") if re.match(r"\d\. ", line)]


def test_year_end_report_leaves_out_focus_duties_the_plan_does_not_have(run, tmp_path):
    text = full_text(_report(run, tmp_path, COMMUNE, "--quarter", "4"))
    assert "nhiệm vụ trọng tâm" not in text
    assert _numbered(text)[:3] == ["1. Công tác lãnh đạo, chỉ đạo, tuyên truyền",
                                   "2. Kết quả thực hiện các nhiệm vụ theo quý",
                                   "3. Công tác đăng ký thi đua và khen thưởng"]


def test_year_end_report_keeps_the_focus_duties_of_the_seed(run, tmp_path):
    text = full_text(_report(run, tmp_path, SEED_PLAN, "--quarter", "4"))
    assert _numbered(text)[:4] == ["1. Công tác lãnh đạo, chỉ đạo, tuyên truyền",
                                   "2. Kết quả thực hiện các nhiệm vụ trọng tâm",
                                   "3. Kết quả thực hiện các nhiệm vụ theo quý",
                                   "4. Công tác đăng ký thi đua và khen thưởng"]
    assert "\n2.1. " in text


def test_a_quarter_without_tasks_has_no_completion_rate(run, tmp_path):
    plan = tmp_path / "2026.yaml"
    text = COMMUNE.read_text(encoding="utf-8")
    old = "  purposes: [Đẩy mạnh phong trào thi đua yêu nước.]\n"
    assert old in text
    plan.write_text(text.replace(old, old + "  milestones:\n"
                                 "    - {quarter: 3, text: Kiện toàn Hội đồng., status: done, done_on: 2026-08-05}\n"
                                 "    - {quarter: 4, text: Tổng kết năm.}\n"), encoding="utf-8")
    doc = _report(run, tmp_path, plan, "--quarter", "4", "--as-of", "2026-12-31")
    (summary,) = [t for t in doc.tables if t.rows[0].cells[0].text == "Quý"]
    rates = {row.cells[0].text: row.cells[-1].text for row in summary.rows[1:]}
    assert rates == {"I": "-", "II": "-", "III": "100%", "IV": "0%", "Cộng": "50%"}


def test_registrations_are_counted_only_from_the_date_of_the_registration(run, tmp_path):
    before = full_text(_report(run, tmp_path / "a", SEED_PLAN, "--quarter", "1", "--as-of", "2022-01-15"))
    assert "Chưa có phòng, bộ phận nào đăng ký thi đua." in before  # Bản đăng ký: 20/01/2022
    assert "đã đăng ký thi đua" not in before
    after = full_text(_report(run, tmp_path / "b", SEED_PLAN, "--quarter", "1", "--as-of", "2022-01-20"))
    assert "Các phòng, bộ phận đã đăng ký thi đua: 4 tập thể" in after


def test_registration_table_names_the_units_parts_in_its_own_words(run, tmp_path):
    plan = registered_school(run, tmp_path)
    doc = _report(run, tmp_path, plan, "--semester", "1", "--as-of", "2026-01-15")
    (table,) = [t for t in doc.tables if t.rows[0].cells[0].text == "STT" and t.rows[0].cells[-1].text == "Số người"]
    assert table.rows[0].cells[1].text == "Tổ chuyên môn, tổ văn phòng"
    assert "Phòng, bộ phận" not in full_text(doc)


def test_a_plan_that_records_no_registration_leaves_the_place_marked(run, tmp_path):
    school = SEED_PLAN.parent.parent / "examples" / "tieuhoc-kh-2025-2026.yaml"  # no `registrations:`
    text = full_text(_report(run, tmp_path, school, "--semester", "1", "--as-of", "2026-01-15"))
    assert "[Đơn vị bổ sung: kết quả đăng ký thi đua của các phòng, bộ phận.]" in text
    assert "nào đăng ký thi đua" not in text


def test_a_plan_that_records_no_task_leaves_the_place_marked(run, tmp_path):
    ward = SEED_PLAN.parent.parent / "examples" / "phuong-kh-2026.yaml"  # tasks in its prose, no `milestones:`
    text = full_text(_report(run, tmp_path, ward, "--quarter", "2", "--as-of", "2026-06-30"))
    assert "[Đơn vị bổ sung: kết quả thực hiện các nhiệm vụ theo Kế hoạch.]" in text
    assert "không đề ra nhiệm vụ" not in text


def test_a_task_done_after_the_report_shows_neither_its_date_nor_its_document(run, tmp_path):
    doc = _report(run, tmp_path, SEED_PLAN, "--quarter", "1", "--as-of", "2022-01-15")
    text = full_text(doc)
    # done 06/01/2022 (12/KH-TTDVVL); the others in 21/01 – 31/3/2022, after the report's day
    assert "Các văn bản đã ban hành để thực hiện Kế hoạch: 12/KH-TTDVVL." in text
    (detail,) = [t for t in doc.tables if [c.text for c in t.rows[0].cells][:2] == ["STT", "Nhiệm vụ"]
                 and t.rows[0].cells[-1].text == "Văn bản, ghi chú"]
    for row in detail.rows[1:]:
        result, evidence = row.cells[4].text, row.cells[5].text
        assert result == "Hoàn thành (06/01/2022)" or ("2022)" not in result and "TTDVVL" not in evidence), (result, evidence)


def test_results_decided_after_the_report_are_not_counted(run, tmp_path):
    text = SEED_PLAN.read_text(encoding="utf-8")
    plan = tmp_path / "2022.yaml"
    plan.write_text(text + "\nresults:\n  - {person: lvhung, title: CSTDCS, decision: 60/QĐ-TTDVVL, date: 26/12/2022}\n",
                    encoding="utf-8")
    before = full_text(_report(run, tmp_path / "a", plan, "--quarter", "4", "--as-of", "2022-12-20"))
    assert "Chưa có kết quả" in before and "[Đơn vị bổ sung: kết quả khen thưởng năm 2022.]" in before
    after = full_text(_report(run, tmp_path / "b", plan, "--quarter", "4", "--as-of", "2022-12-31"))
    assert "Chưa có kết quả" not in after


def test_a_report_in_its_own_outline_counts_results_as_of_its_date(run, tmp_path):
    text = SEED_PLAN.read_text(encoding="utf-8")
    old = "reports:\n  q1:\n"
    assert old in text
    text = text.replace(old, "reports:\n  q4:\n    body:\n      - heading: KẾT QUẢ\n        body:\n"
                             "          - statistics: titles\n" + old[len("reports:\n"):], 1)
    plan = tmp_path / "2022.yaml"
    plan.write_text(text + "\nresults:\n  - {person: lvhung, title: CSTDCS, decision: 60/QĐ-TTDVVL, date: 26/12/2022}\n",
                    encoding="utf-8")

    def cstdcs_row(as_of: str, folder: str) -> list[str]:
        doc = _report(run, tmp_path / folder, plan, "--quarter", "4", "--as-of", as_of)
        (table,) = [t for t in doc.tables if t.rows[0].cells[1].text == "Danh hiệu, hình thức"]
        return next([c.text for c in row.cells] for row in table.rows if row.cells[1].text == "Chiến sĩ thi đua cơ sở")

    assert cstdcs_row("2022-12-20", "a")[2:4] == ["01", "Chưa có kết quả"]
    assert cstdcs_row("2022-12-31", "b")[2:4] == ["01", "01"]
