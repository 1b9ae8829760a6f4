"""`tdkt new`: a starter plan per kind of unit, valid as written, never over an existing file."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest


@pytest.mark.parametrize("kind", ["agency", "school", "commune"])
def test_each_starter_validates_and_renders(run, tmp_path, kind):
    plan = tmp_path / "plans" / f"{kind}.yaml"
    result = run("new", plan, "--kind", kind, "--year", "2026")
    assert result.exit_code == 0, result.output
    text = plan.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=tdkt-plan.schema.json")
    assert "(sửa)" in text and "__YEAR__" not in text
    assert (tmp_path / "plans" / "tdkt-plan.schema.json").exists()
    assert run("validate", plan, "--as-of", "2026-01-01").exit_code == 0
    result = run("render-plan", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output


def test_never_overwrites(run, tmp_path):
    plan = tmp_path / "2026.yaml"
    plan.write_text("# mine\n", encoding="utf-8")
    result = run("new", plan, "--kind", "agency", "--year", "2026")
    assert result.exit_code == 1 and result.stderr == (
        f"Không ghi đè: {plan} đã có. Chọn tên tệp khác.\n"
        "  gợi ý: ghi tên tệp khác sau `tdkt new`, hoặc tạo trong thư mục khác, vd. `tdkt new don-vi-b/2026.yaml`\n")
    assert plan.read_text(encoding="utf-8") == "# mine\n"


def test_unknown_kind_is_a_usage_error(run, tmp_path):
    assert run("new", tmp_path / "x.yaml", "--kind", "hospital").exit_code == 2


@pytest.mark.parametrize("kind, year", [("agency", 2023), ("agency", 2025), ("school", 2023), ("school", 2025),
                                        ("commune", 2025), ("commune", 2027)])
def test_a_starter_cites_only_texts_in_force_on_its_date(run, tmp_path, kind, year):
    plan = tmp_path / f"{kind}.yaml"
    assert run("new", plan, "--kind", kind, "--year", str(year)).exit_code == 0
    result = run("validate", plan, "--as-of", f"{year}-01-01", "--format", "json")
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert result.exit_code == 0 and not [f for f in findings if f["severity"] == "error"], findings
    text = plan.read_text(encoding="utf-8")
    issued = date(*reversed([int(x) for x in re.search(r"^  date: (\S+)", text, re.M).group(1).split("/")]))
    decree = {2023: "Nghị định số 91/2017/NĐ-CP", 2025: "Nghị định số 98/2023/NĐ-CP" if issued < date(2025, 7, 1)
              else "Nghị định số 152/2025/NĐ-CP", 2027: "Nghị định số 152/2025/NĐ-CP"}[year]
    assert decree in text and text.count("Nghị định số") == 1


def test_a_commune_plan_begins_with_the_two_level_communes(run, tmp_path):
    plan = tmp_path / "2025.yaml"
    assert run("new", plan, "--kind", "commune", "--year", "2025").exit_code == 0
    assert re.search(r"^  date: 15/07/2025 ", plan.read_text(encoding="utf-8"), re.M)
    result = run("new", tmp_path / "2024.yaml", "--kind", "commune", "--year", "2024")
    assert result.exit_code == 2 and "01/7/2025" in result.output and not (tmp_path / "2024.yaml").exists()


def test_basis_dated_after_its_document_is_an_error(run, tmp_path):
    plan = tmp_path / "2026.yaml"
    assert run("new", plan, "--kind", "commune", "--year", "2026").exit_code == 0
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("date: 16/06/2025}", "date: 16/06/2026}"), encoding="utf-8")
    result = run("validate", plan, "--format", "json")
    (found,) = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["code"] == "basis_after_document"]
    assert result.exit_code == 1 and found["message"] == "căn cứ ngày 16/6/2026 ban hành sau văn bản dẫn nó (ngày 14/01/2026)"


def test_a_school_is_made_for_its_school_year_written_either_way(run, tmp_path):
    for year in ("2025", "2025-2026"):
        plan = tmp_path / year / "plan.yaml"
        result = run("new", plan, "--kind", "school", "--year", year)
        assert result.exit_code == 0, result.output
        assert "school_year: 2025-2026" in plan.read_text(encoding="utf-8")
    for kind, year in (("agency", "2025-2026"), ("school", "2025-2027"), ("school", "1999")):
        result = run("new", tmp_path / "x.yaml", "--kind", kind, "--year", year)
        assert result.exit_code == 2 and year in result.stderr and "\n  gợi ý: " in result.stderr


def test_a_school_is_managed_by_the_level_of_its_time(run, tmp_path):
    import yaml

    parents = {}
    for year in ("2024-2025", "2025-2026"):
        plan = tmp_path / f"{year}.yaml"
        assert run("new", plan, "--kind", "school", "--year", year).exit_code == 0
        parents[year] = yaml.safe_load(plan.read_text(encoding="utf-8"))["unit"]["parent"]
        assert run("validate", plan).exit_code == 0
    assert parents == {"2024-2025": "PHÒNG GD&ĐT HUYỆN VÍ DỤ", "2025-2026": "UBND XÃ VÍ DỤ"}


def test_a_school_year_for_an_agency_or_a_bad_year_says_what_to_write(run, tmp_path):
    result = run("new", tmp_path / "x.yaml", "--kind", "agency", "--year", "2025-2026")
    assert result.exit_code == 2 and result.stderr == (
        "--year: `2025-2026` là năm học, nhưng kế hoạch --kind agency lập theo năm\n"
        "  gợi ý: ghi năm, vd. `--year 2025`; kế hoạch của trường học thì thêm `--kind school`\n")
    english = run("--lang", "en", "new", tmp_path / "x.yaml", "--kind", "commune", "--year", "2025-2026")
    assert english.exit_code == 2 and "is a school year, but a --kind commune plan runs by calendar year" in english.stderr
    bad = run("new", tmp_path / "x.yaml", "--kind", "school", "--year", "2025-2027")
    assert bad.exit_code == 2 and "\n  gợi ý: ghi năm bằng 4 chữ số" in bad.stderr
    kind = run("new", tmp_path / "x.yaml", "--kind", "hospital")
    assert "không nhận `hospital`" in kind.stderr
    assert not list(tmp_path.iterdir())


def test_a_law_cited_by_date_in_its_text_after_the_plan_is_an_error(run, tmp_path):
    plan = tmp_path / "2026.yaml"
    assert run("new", plan, "--kind", "agency", "--year", "2026").exit_code == 0
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("date: 10/01/2026 ", "date: 10/01/2025 "), encoding="utf-8")
    result = run("validate", plan)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025" in row)
    assert result.exit_code == 1
    assert f"{plan}:{line}:28: lỗi: căn cứ ngày 14/6/2025 ban hành sau văn bản dẫn nó (ngày 10/01/2025)" in result.stdout
    english = run("--lang", "en", "validate", plan)
    assert "the basis is dated 14/6/2025, after the document citing it (10/01/2025)" in english.stdout


def test_the_last_year_a_plan_may_have_is_the_last_a_starter_takes(run, tmp_path):
    for kind, year in (("agency", "2100"), ("school", "2099-2100")):
        plan = tmp_path / kind / "plan.yaml"
        assert run("new", plan, "--kind", kind, "--year", year).exit_code == 0
        assert run("validate", plan).exit_code == 0
    assert run("new", tmp_path / "x.yaml", "--kind", "agency", "--year", "2101").exit_code == 2
