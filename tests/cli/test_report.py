"""`tdkt report` edge cases, as a user meets them."""

from __future__ import annotations

import json
import shutil

import yaml

from tests.conftest import DATA, SEED_PLAN
from tests.docx.readback import full_text, open_docx


def test_all_four_reports(run, tmp_path):
    names = []
    for quarter in (1, 2, 3, 4):
        result = run("report", "--quarter", quarter, SEED_PLAN, "--as-of", "2022-12-31", "-o", tmp_path)
        assert result.exit_code == 0, result.stdout + result.stderr
        names.append(result.stdout.strip().rsplit("/", 1)[-1])
    assert names == ["18-BC-TTDVVL-2022-Q1.docx", "45-BC-TTDVVL-2022-Q2.docx", "BC-TTDVVL-2022-Q3.docx", "BC-TTDVVL-2022-Q4.docx"]


def test_report_before_its_quarter_has_begun(run, tmp_path):
    result = run("report", "--quarter", "3", SEED_PLAN, "--as-of", "2022-06-30", "-o", tmp_path)
    assert result.exit_code == 1
    assert f"{SEED_PLAN}: Chưa đến quý 3/2022 (bắt đầu 01/7/2022)" in result.stderr
    assert "\n  gợi ý: báo cáo kỳ này lập được từ ngày 01/7/2022; ngày tính tiến độ lấy từ --as-of, không có thì từ `reports.q3.date`" in result.stderr
    assert not list(tmp_path.iterdir())
    english = run("--lang", "en", "report", "--quarter", "3", SEED_PLAN, "--as-of", "2022-06-30", "-o", tmp_path)
    assert english.exit_code == 1 and f"{SEED_PLAN}: The quarter 3/2022 has not begun" in english.stderr
    assert "\n  hint: this report can be made from 01/7/2022 on" in english.stderr


def test_as_of_before_the_plan_year_is_refused(run, tmp_path):
    result = run("report", "--quarter", "1", SEED_PLAN, "--as-of", "2021-12-31", "-o", tmp_path)
    assert result.exit_code == 1 and "Chưa đến quý 1/2022" in result.stderr


def test_as_of_after_the_plan_year_counts_everything_open_as_overdue(run, tmp_path):
    result = run("report", "--quarter", "4", SEED_PLAN, "--as-of", "2023-01-15", "-o", tmp_path)
    assert result.exit_code == 0
    text = full_text(open_docx((tmp_path / "BC-TTDVVL-2022-Q4.docx").read_bytes()))
    raw = yaml.safe_load(SEED_PLAN.read_text(encoding="utf-8"))["plan"]["milestones"]
    open_items = sum(1 for m in raw if m.get("status", "planned") in ("planned", "in_progress"))
    assert f"quá hạn {open_items}." in text


def test_quarter_without_milestones_and_all_cancelled(run, tmp_path):
    text = (DATA / "valid_min.yaml").read_text(encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = run("report", "-q", "3", plan, "--as-of", "2022-09-30", "-o", tmp_path / "a")
    assert result.exit_code == 0
    doc = full_text(open_docx((tmp_path / "a" / "BC-TTDVVL-2022-Q3.docx").read_bytes()))
    assert "Trong kỳ, Kế hoạch không đề ra nhiệm vụ cụ thể nào." in doc
    plan.write_text(text.replace("      status: done\n      done_on: 2022-01-10\n", "      status: cancelled\n"), encoding="utf-8")
    result = run("report", "-q", "1", plan, "--as-of", "2022-03-31", "-o", tmp_path / "b")
    assert result.exit_code == 0
    doc = full_text(open_docx((tmp_path / "b" / "BC-TTDVVL-2022-Q1.docx").read_bytes()))
    assert "Trong kỳ, Kế hoạch đề ra 1 nhiệm vụ cụ thể, trong đó 1 nhiệm vụ không thực hiện.\n" in doc
    assert "0/0" not in doc and "(0%)" not in doc  # nothing left to carry out: no rate


def test_annual_report_takes_direction_from_next_year_plan(run, tmp_path):
    shutil.copy(SEED_PLAN, tmp_path / "2022.yaml")
    nxt = SEED_PLAN.read_text(encoding="utf-8").replace("year: 2022", "year: 2023").replace("/2022", "/2023")
    nxt = nxt.replace("Tổ chức triển khai thực hiện các phong trào thi đua yêu nước", "Phong trào thi đua năm 2023 riêng")
    (tmp_path / "2023.yaml").write_text(nxt, encoding="utf-8")
    result = run("report", "-q", "4", tmp_path / "2022.yaml", "--as-of", "2022-12-31", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Phương hướng năm 2023: lấy từ" in result.stderr
    text = full_text(open_docx((tmp_path / "out" / "BC-TTDVVL-2022-Q4.docx").read_bytes()))
    assert "- Phong trào thi đua năm 2023 riêng" in text.split("\n")


def test_quarter_out_of_range_is_a_usage_error(run):
    assert run("report", "--quarter", "5", SEED_PLAN).exit_code == 2


def test_status_json_and_text(run):
    result = run("status", SEED_PLAN, "--as-of", "2022-08-15", "--format", "json")
    data = json.loads(result.stdout)
    assert [q["done"] for q in data["quarters"]] == [5, 2, 0, 0]
    assert [o["id"] for o in data["overdue"]] == ["q2-van-ban"]
    assert data["next_report"]["quarter"] == 3 and not data["next_report"]["number"]
    text = run("status", SEED_PLAN, "--as-of", "2022-08-15").stdout
    assert "Quý II" in text and "1 quá hạn" in text and "Báo cáo tiếp theo" in text


def test_a_school_year_reports_by_semester(run, tmp_path):
    from tests.conftest import ROOT
    from tests.docx.readback import full_text, open_docx

    plan = ROOT / "examples" / "tieuhoc-kh-2025-2026.yaml"
    result = run("report", "--semester", "1", plan, "--as-of", "2026-01-20", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob("*HK1.docx")
    text = full_text(open_docx(path.read_bytes()))
    assert "học kỳ I năm học 2025-2026" in text
    assert run("report", "--quarter", "2", plan, "-o", tmp_path).exit_code == 2


def test_year_end_without_recorded_results_says_so(run, tmp_path):
    from tests.docx.readback import full_text, open_docx

    result = run("report", "--year-end", SEED_PLAN, "--as-of", "2022-12-31", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    text = full_text(open_docx(next(tmp_path.glob("*Q4.docx")).read_bytes()))
    assert "Chưa có kết quả" in text
    assert "\n0\n0%" not in text and "`results`" not in text


def test_report_as_of_never_passes_the_period_reported_on(run, tmp_path):
    from tests.docx.readback import full_text, open_docx

    result = run("report", "--quarter", "3", SEED_PLAN, "-o", tmp_path)  # no date recorded for Q3
    assert result.exit_code == 0, result.output
    text = full_text(open_docx(next(tmp_path.glob("*Q3.docx")).read_bytes()))
    assert "30/9/2022" in text and "/2026" not in text


def test_status_without_results_never_shows_zero_obtained(run):
    result = run("status", SEED_PLAN, "--as-of", "2022-12-31", "--format", "json")
    data = json.loads(result.stdout)
    assert data["results_recorded"] is False and data["titles"]
    assert all(t["obtained"] is None for t in data["titles"])
    text = run("status", SEED_PLAN, "--as-of", "2022-12-31").stdout
    row = next(line for line in text.splitlines() if "Lao động tiên tiến" in line and "Tập thể" not in line)
    assert "Chưa có kết quả" in row and " 0 " not in row
    english = run("status", SEED_PLAN, "--as-of", "2022-12-31", "--lang", "en").stdout
    assert "No results yet" in english


def test_status_counts_recorded_results(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED_PLAN.read_text(encoding="utf-8") + (
        "results:\n"
        "  - {person: lvhung, title: LDTT, decision: 150/QĐ-SLĐTBXH}\n"), encoding="utf-8")
    result = run("status", plan, "--as-of", "2022-12-31", "--format", "json")
    assert result.exit_code == 0, result.output
    titles = {t["code"]: t["obtained"] for t in json.loads(result.stdout)["titles"]}
    assert titles["LDTT"] == 1 and titles["GK"] == 0
    assert "Chưa có kết quả" not in run("status", plan, "--as-of", "2022-12-31").stdout


def test_no_report_for_a_quarter_that_ended_before_the_plan_was_issued(run, tmp_path):
    plan = tmp_path / "2025.yaml"  # a commune's first plan: dated 15/07/2025
    assert run("new", plan, "--kind", "commune", "--year", "2025").exit_code == 0
    result = run("report", "--quarter", "2", plan, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert f"{plan}: Quý 2/2025 kết thúc ngày 30/6/2025, trước khi Kế hoạch ban hành (15/7/2025)" in result.output
    assert "\n  gợi ý: báo cáo các kỳ từ khi Kế hoạch ban hành; nếu ngày ban hành ghi sai thì sửa `plan.date`" in result.output
    assert not list(tmp_path.glob("out/*.docx"))
    result = run("report", "--quarter", "3", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output


def test_a_quarter_may_be_written_in_roman_numerals(run, tmp_path):
    result = run("report", "--quarter", "IV", SEED_PLAN, "--as-of", "2022-12-31", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("BC-TTDVVL-2022-Q4.docx")
