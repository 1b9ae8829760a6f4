"""`evaluate` finds past years' titles in the plan files beside the plan, says where from, warns on conflicts."""

from __future__ import annotations

import json
import shutil

from tests.conftest import SEED_PLAN

PLAN_2023 = """\
year: 2023
unit: {name: Trung tâm Dịch vụ việc làm, abbreviation: TTDVVL, place: Sơn La, head: lvhung}
departments:
  - id: tvgt
    name: Phòng Tư vấn - Giới thiệu việc làm
    rating: htxs
    members:
      - id: lvhung
        name: Lường Văn Hùng
        position: Trưởng phòng
        hired: 2009-10-01
        rating: htxs
        discipline: none
        initiatives:
          - {name: Sàn việc làm trực tuyến của tỉnh, decision: 30/QĐ-UBND, date: 2023-10-02, level: tinh}
      - id: qthoa
        name: Quàng Thị Hoa
        position: Viên chức tư vấn
        hired: 2016-05-16
        rating: htt
        discipline: none
        history:
          2022: {rating: htxs, titles: [CSTDCS]}
plan:
  subject: Thực hiện công tác thi đua - khen thưởng năm 2023
registrations:
  - department: tvgt
    people:
      - {person: lvhung, title: CSTDT}
"""


def _plans(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(SEED_PLAN, folder / "2022.yaml")
    (folder / "2023.yaml").write_text(PLAN_2023, encoding="utf-8")
    return folder


def test_titles_of_2021_and_2022_come_from_the_file_beside(run, tmp_path):
    plans = _plans(tmp_path)
    result = run("evaluate", plans / "2023.yaml", "--format", "json")
    assert result.exit_code == 0, result.stdout
    data = json.loads(result.stdout)
    past = {(p["id"], p["year"]): p for p in data["past"]}
    assert "CSTDCS" in past[("lvhung", 2022)]["codes"] and past[("lvhung", 2022)]["origin"] == "council"
    assert past[("lvhung", 2021)]["codes"] == ["CSTDCS"] and past[("lvhung", 2021)]["origin"] == "history"
    assert past[("lvhung", 2021)]["path"].endswith("2022.yaml")
    lvhung = next(p for p in data["people"] if p["id"] == "lvhung")
    cstdt = next(v for v in lvhung["verdicts"] if v["code"] == "CSTDT")
    streak = next(r for r in cstdt["reasons"] if r["code"].startswith("consecutive"))
    assert streak["state"] == "met" and "2022" in streak["text"]  # 2022 (council), 2021 and 2020 (typed in 2022.yaml)
    text = run("evaluate", plans / "2023.yaml").stdout
    assert "Lường Văn Hùng [lvhung] năm 2022: CSTDCS, BKT — " in text and "quyết định của Hội đồng" in text


def test_a_typed_year_the_file_records_otherwise_is_a_located_warning(run, tmp_path):
    plans = _plans(tmp_path)
    result = run("evaluate", plans / "2023.yaml")
    assert result.exit_code == 0
    line = PLAN_2023.splitlines().index("          2022: {rating: htxs, titles: [CSTDCS]}") + 1
    assert f"2023.yaml:{line}:11: cảnh báo: `history` năm 2022 của Quàng Thị Hoa [qthoa] ghi CSTDCS" in result.stderr
    assert "LDTT, GK" in result.stderr and "gợi ý" in result.stderr


def test_without_files_beside_nothing_is_added(run, tmp_path):
    (tmp_path / "2023.yaml").write_text(PLAN_2023, encoding="utf-8")
    data = json.loads(run("evaluate", tmp_path / "2023.yaml", "--format", "json").stdout)
    assert data["past"] == []


def test_school_year_files_count_for_the_year_they_end_in(tmp_path):
    from tdkt.yearly.history import earlier_files

    (tmp_path / "2024-2025.yaml").write_text("year: 2024-2025\n", encoding="utf-8")
    (tmp_path / "2023.yaml").write_text("year: 2023\n", encoding="utf-8")
    found = earlier_files(tmp_path / "2025-2026.yaml", 2026)
    assert [(y, p.name) for y, p in found] == [(2025, "2024-2025.yaml"), (2023, "2023.yaml")]


def test_validate_weighs_the_council_with_the_titles_of_the_files_beside(run, tmp_path):
    plans = _plans(tmp_path)
    plan = plans / "2023.yaml"
    plan.write_text(PLAN_2023 + "council:\n  members: 5\n  meeting: 20/12/2023\n  decisions:\n"
                                "    - {person: lvhung, title: CSTDT, votes: 5}\n", encoding="utf-8")
    result = run("validate", plan)
    assert "council_unsupported" not in result.stdout and "chưa đủ căn cứ" not in result.stdout, result.stdout
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "2023.yaml").write_text(plan.read_text(encoding="utf-8"), encoding="utf-8")
    assert "chưa đủ căn cứ" in run("validate", alone / "2023.yaml").stdout  # no 2021–2022 titles to count
