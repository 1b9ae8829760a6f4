"""The reporting calendar: which report is due and what it still lacks."""

from __future__ import annotations

from datetime import date

from tdkt.progress import compute
from tdkt.reporting import NARRATIVE, due_quarter, needs


def test_due_quarter_follows_the_as_of_date(seed_plan):
    assert due_quarter(seed_plan, date(2022, 3, 31)) == 1
    assert due_quarter(seed_plan, date(2022, 4, 1)) == 2
    assert due_quarter(seed_plan, date(2022, 12, 31)) == 4
    assert due_quarter(seed_plan, date(2023, 1, 10)) == 4
    assert due_quarter(seed_plan, date(2021, 12, 1)) == 1


def test_needs_of_the_seed_reports(seed_plan):
    q2 = needs(seed_plan, 2, compute(seed_plan, date(2022, 6, 30)))
    assert q2["number"] and q2["date"]
    assert set(q2["missing_narrative"]) < set(NARRATIVE[2])
    q4 = needs(seed_plan, 4, compute(seed_plan, date(2022, 12, 31)))
    assert not q4["number"] and not q4["date"] and q4["missing_narrative"] == list(NARRATIVE[4])
    assert q4["results"] is False  # the seed records no year-end results yet
    assert "direction" not in needs(seed_plan, 4, compute(seed_plan, date(2022, 12, 31)), has_next_plan=True)["missing_narrative"]


def test_default_subjects_in_both_languages(seed_plan):
    from tdkt.reporting import default_subject

    assert default_subject(seed_plan, 3) == "Kết quả thực hiện công tác thi đua, khen thưởng quý III năm 2022"
    assert default_subject(seed_plan, 3, "en") == "Results of emulation and commendation work in quarter III of 2022"
    assert default_subject(seed_plan, 2) == ("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2022, "
                                             "nhiệm vụ trọng tâm 6 tháng cuối năm 2022")
    assert default_subject(seed_plan, 4) == "Tổng kết công tác thi đua, khen thưởng năm 2022, phương hướng, nhiệm vụ năm 2023"
    assert default_subject(seed_plan, 4, "en") == "Review of emulation and commendation work in 2022, direction and tasks for 2023"
