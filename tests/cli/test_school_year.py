"""A school-year plan (năm học, two semesters) is worded as one by `status`, `report`,
`evaluate` and `validate`; a calendar-year plan keeps its wording."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.conftest import ROOT, SEED_PLAN
from tests.docx.readback import full_text, open_docx

SCHOOL = ROOT / "examples" / "tieuhoc-kh-2025-2026.yaml"
WIDE = {"COLUMNS": "400"}  # one line per item on the status screen
REPORT_KEYS = ("situation", "leadership", "highlights", "limitations", "causes", "lessons", "proposals", "direction")


def _status(run, plan, *args):
    result = run("status", plan, *args, env=WIDE)
    assert result.exit_code == 0, result.output
    return result.stdout


def _report(run, tmp_path, plan, *args) -> str:
    result = run("report", *args, plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "out").glob("*.docx")
    return full_text(open_docx(path.read_bytes()))


def _prose_keys(text: str) -> set[str]:
    """Report keys shown as words: outside backticks."""
    bare = re.sub(r"`[^`]*`", "", text)
    return {key for key in REPORT_KEYS if re.search(rf"\b{key}\b", bare)}


def _with(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def test_status_of_a_school_year_speaks_of_semesters_and_its_reports(run):
    screen = _status(run, SCHOOL, "--as-of", "2026-05-31")
    assert screen.startswith("Kế hoạch năm học 2025-2026 — ")
    assert "Tiến độ nhiệm vụ theo học kỳ" in screen
    assert re.search(r"^  Học kỳ I +\S", screen, re.M) and re.search(r"^  Học kỳ II +\S", screen, re.M)
    assert not re.search(r"^  Quý", screen, re.M) and "Kế hoạch 2026" not in screen
    assert "`reports.hk2.number`" in screen and "`reports.hk2.date`" in screen
    assert "reports.q" not in screen
    assert "còn thiếu: đặc điểm tình hình; công tác lãnh đạo, chỉ đạo, tuyên truyền;" in screen
    assert _prose_keys(screen) == set()


def test_status_of_a_school_year_in_the_first_semester_asks_for_its_report(run):
    screen = _status(run, SCHOOL, "--as-of", "2025-10-15")
    assert "`reports.hk1.number`" in screen and "hk2" not in screen


def test_status_in_english_names_semesters(run):
    screen = _status(run, SCHOOL, "--as-of", "2026-05-31", "--lang", "en")
    assert screen.startswith("Plan for school year 2025-2026 — ")
    assert "Milestones by semester" in screen and "Semester II" in screen and "Quarter" not in screen
    assert "`reports.hk2.number`" in screen
    assert "narrative still missing (under `reports.hk2`): the situation; leadership and communication;" in screen


def test_status_of_a_calendar_year_keeps_its_quarters_and_shows_no_keys_as_words(run):
    screen = _status(run, SEED_PLAN, "--as-of", "2022-12-31")
    assert screen.startswith("Kế hoạch 2022 — ")
    assert "Tiến độ nhiệm vụ theo quý" in screen and re.search(r"^  Quý IV +\S", screen, re.M)
    assert "`reports.q4.number`" in screen
    assert _prose_keys(screen) == set()


def test_year_end_report_of_a_school_year_is_by_semester_and_names_the_school_years(run, tmp_path):
    text = _report(run, tmp_path, SCHOOL, "--semester", "2")
    assert "2. Kết quả thực hiện các nhiệm vụ theo học kỳ" in text and "nhiệm vụ trọng tâm" not in text
    assert "\nHọc kỳ\nNhiệm vụ\n" in text and "theo quý" not in text and "\nQuý\n" not in text
    assert "II. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM HỌC 2025-2026" in text
    assert "hình thức khen thưởng năm học 2025-2026 so với đăng ký" in text
    assert "kết quả khen thưởng năm học 2025-2026.]" in text
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2026-2027" in text
    assert "phương hướng, nhiệm vụ năm học 2026-2027.]" in text
    for wrong in ("NĂM 2026", "NĂM 2027", "khen thưởng năm 2026", "nhiệm vụ năm 2027"):
        assert wrong not in text


def test_first_semester_report_names_the_semester(run, tmp_path):
    text = _report(run, tmp_path, SCHOOL, "--semester", "1")
    assert "thuận lợi, khó khăn trong học kỳ I năm học 2025-2026.]" in text
    assert "6 tháng" not in text


def test_year_end_report_takes_its_direction_from_the_next_school_years_plan(run, tmp_path):
    plan = tmp_path / "2025-2026.yaml"
    shutil.copy(SCHOOL, plan)
    assert run("next-year", plan).exit_code == 0
    assert (tmp_path / "2026-2027.yaml").is_file()
    result = run("report", "--semester", "2", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "Phương hướng năm học 2026-2027: lấy từ" in result.stderr
    (path,) = (tmp_path / "out").glob("*.docx")
    direction = full_text(open_docx(path.read_bytes())).split("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2026-2027")[1]
    assert "\n- Học kỳ I: " in direction and "\n- Học kỳ II: " in direction and "Quý" not in direction
    screen = _status(run, plan, "--as-of", "2026-05-31")
    assert "phương hướng, nhiệm vụ kỳ sau" not in screen  # the next plan gives it


def test_next_year_of_a_school_year_names_the_school_years(run, tmp_path):
    plan = tmp_path / "2025-2026.yaml"
    shutil.copy(SCHOOL, plan)
    result = run("next-year", plan)
    assert result.exit_code == 0, result.output
    assert "(bản nháp năm học 2026-2027)" in result.stdout
    assert "căn cứ năm học 2026-2027" in result.stdout and "đăng ký thi đua năm học 2026-2027" in result.stdout
    assert "năm 2026-2027" not in result.stdout and "năm 2025-2026" not in result.stdout


@pytest.mark.parametrize(("lang", "line"), [("vi", "Năm học 2025-2026: "), ("en", "School year 2025-2026: ")])
def test_evaluate_names_the_school_year_and_counts_service_to_its_last_day(run, tmp_path, lang, line):
    plan = tmp_path / "plan.yaml"
    plan.write_text(_with(SCHOOL.read_text(encoding="utf-8"), "hired: 2003-09-05", "hired: 2025-10-01"), encoding="utf-8")
    result = run("evaluate", plan, "--lang", lang)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(line)
    until = "công tác 8 tháng tính đến 31/5/2026," if lang == "vi" else "8 months of service by 31/5/2026;"
    assert until in result.stdout and not re.search(r"\b(Năm|Year) 2026", result.stdout)


def test_evaluate_of_a_calendar_year_keeps_its_wording(run):
    result = run("evaluate", SEED_PLAN)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Năm 2022: ") and "tính đến hết năm 2022" in result.stdout


def test_validate_words_a_school_years_dates_by_the_school_year(run, tmp_path):
    text = SCHOOL.read_text(encoding="utf-8")
    text = _with(text, "hired: 2003-09-05", "hired: 2026-07-01")
    text = _with(text, "meeting: 22/05/2026", "meeting: 22/08/2027")
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = run("validate", plan)
    assert result.exit_code == 1
    assert "ngày tuyển dụng 01/7/2026 sau khi kỳ xét năm học 2025-2026 kết thúc (31/5/2026)" in result.output
    assert "Hội đồng họp ngày 22/8/2027, ngoài thời gian xét năm học 2025-2026 (01/9/2025 – 30/6/2027)" in result.output
    assert "kiểm tra `council.meeting` và `school_year`" in result.output
    assert "năm 2025" not in result.output


def test_validate_counts_a_registrants_service_to_the_school_years_last_day(run, tmp_path):
    text = _with(SCHOOL.read_text(encoding="utf-8"), "hired: 2003-09-05", "hired: 2026-01-05")
    text += "registrations:\n  - department: bgh\n    people:\n      - {person: dtmphuong, title: LDTT}\n"
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = run("validate", plan)
    assert "Đinh Thị Mai Phương công tác 4 tháng tính đến 31/5/2026, chưa đủ 6 tháng" in result.output


def test_validate_checks_a_school_years_titles_and_regime(run, tmp_path):
    text = SCHOOL.read_text(encoding="utf-8")
    text = _with(text, "school_year: 2025-2026\n", "school_year: 2025-2026\nrules: {regime: nd91}\n")
    text += "registrations:\n  - department: bgh\n    title: Tập thể không có thật\n"
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = run("validate", plan)
    assert result.exit_code == 1
    assert "không áp dụng cho năm học 2025-2026" in result.output and "năm xét tính đến 31/5/2026" in result.output
    assert "Tập thể không có thật" in result.output


def test_registration_of_a_school_year_names_it_and_is_dated_at_its_start(run, tmp_path):
    text = SCHOOL.read_text(encoding="utf-8")
    text += "registrations:\n  - department: bgh\n    title: TTLDTT\n    people:\n      - {person: dtmphuong, title: LDTT}\n"
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = run("render-registration", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    for path in (tmp_path / "out").glob("*.docx"):
        document = full_text(open_docx(path.read_bytes()))
        assert "đăng ký danh hiệu thi đua, hình thức khen thưởng năm học 2025-2026 như sau:" in document
        assert "Bắc Thành, ngày      tháng      năm 2025" in document


def test_a_semester_not_begun_is_named_a_semester(run, tmp_path):
    result = run("report", "--semester", "2", SCHOOL, "--as-of", "2025-10-01", "-o", tmp_path)
    assert result.exit_code == 1
    assert "Chưa đến học kỳ 2/2025-2026 (bắt đầu 01/02/2026)" in result.stderr and "báo cáo học kỳ này" in result.stderr
    assert "quý" not in result.stderr


def test_initiatives_count_when_recognised_within_the_school_year(run, tmp_path):
    member = "hired: 2003-09-05, rating: htxs, discipline: none}"
    initiative = "hired: 2003-09-05, rating: htxs, discipline: none, initiatives: [{name: Dạy đọc, date: 2025-11-20}]}"
    plan = tmp_path / "plan.yaml"
    plan.write_text(_with(SCHOOL.read_text(encoding="utf-8"), member, initiative), encoding="utf-8")
    result = run("evaluate", plan)
    assert result.exit_code == 0, result.output
    assert "1 sáng kiến được công nhận trong năm" in result.stdout  # 20/11/2025 is in the school year 2025-2026


def test_a_schools_past_years_and_initiatives_are_counted_by_school_year(run, tmp_path):
    from tests.conftest import DATA

    text = (DATA / "yearend_school.yaml").read_text(encoding="utf-8")
    old = ("        history:\n"
           "          2024: {rating: htxs, titles: [CSTDCS]}\n"
           "          2025: {rating: htxs, titles: [CSTDCS]}\n")
    new = ("        initiatives:\n"
           "          - {name: Dạy đọc, date: 2023-10-15}\n"   # năm học 2023-2024 (counted as 2024)
           "          - {name: Dạy viết, date: 2025-03-10}\n"  # năm học 2024-2025
           "        history:\n"
           "          2024: {rating: htxs}\n"
           "          2025: {rating: htxs}\n")
    plan = tmp_path / "2025-2026.yaml"
    plan.write_text(_with(text, old, new), encoding="utf-8")
    result = run("evaluate", plan, env=WIDE)
    assert result.exit_code == 0, result.output
    assert ("+ 2 năm liên tục hoàn thành xuất sắc nhiệm vụ đến hết năm học 2024-2025 với 2 sáng kiến; "
            "cần 2 năm và 2 sáng kiến") in result.stdout
    assert "0 năm liên tục đạt Chiến sĩ thi đua cơ sở đến hết năm học 2024-2025, cần 2" in result.stdout
    assert "đến hết năm 2025" not in result.stdout and "sáng kiến được công nhận trong năm học 2025-2026" in result.stdout


def test_a_school_year_before_the_hiring_ends_a_run_without_asking_for_it(run, tmp_path):
    from tests.conftest import DATA

    text = (DATA / "yearend_school.yaml").read_text(encoding="utf-8")
    old = ("        hired: 2008-09-01\n        rating: htxs\n        discipline: none\n        history:\n"
           "          2024: {rating: htxs, titles: [CSTDCS]}\n")
    new = "        hired: 2024-10-01\n        rating: ht\n        discipline: none\n        history:\n"  # hired in 2024-2025
    plan = tmp_path / "2025-2026.yaml"
    plan.write_text(_with(text, old, new), encoding="utf-8")
    result = run("evaluate", plan, env=WIDE)
    assert "1 năm liên tục đạt Chiến sĩ thi đua cơ sở đến hết năm học 2024-2025, cần 2" in result.stdout
    assert "history.2024" not in result.stdout


def test_a_semester_report_dated_before_its_semester_says_semester(run, tmp_path):
    from tests.conftest import DATA

    text = (DATA / "yearend_school.yaml").read_text(encoding="utf-8")
    plan = tmp_path / "2025-2026.yaml"
    plan.write_text(text + "reports:\n  hk2: {number: 30, date: 15/01/2026}\n", encoding="utf-8")
    result = run("validate", plan)
    assert result.exit_code == 1
    assert "báo cáo ngày 15/01/2026 trước khi học kỳ bắt đầu (01/02/2026)" in result.output
    assert "quý" not in result.output
    english = run("validate", plan, "--lang", "en")
    assert "the report is dated 15/01/2026, before its semester begins (01/02/2026)" in english.output
