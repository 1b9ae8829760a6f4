"""The seed plan as a model: it carries the seed's structure."""

from __future__ import annotations

from datetime import date

from tdkt.checking import load_plan
from tests.conftest import SEED_PLAN


def test_seed_plan_loads_with_its_structure():
    plan = load_plan(SEED_PLAN, as_of=date(2022, 6, 30)).plan
    assert plan.year == 2022
    assert plan.plan.number == 12 and plan.plan.date == date(2022, 1, 6)
    assert len(plan.plan.purposes) == 4
    assert len(plan.plan.focus_duties) == 7
    assert [sum(1 for m in plan.plan.milestones if m.quarter == q) for q in (1, 2, 3, 4)] == [5, 3, 2, 5]
    assert plan.people()["vqkhai"].name == "Vũ Quang Khải"
    assert [a.heading for a in plan.plan.assignments][0].startswith("Giao Phòng Hành chính")


def test_due_date_defaults_to_quarter_end():
    plan = load_plan(SEED_PLAN, as_of=date(2022, 6, 30)).plan
    milestone = next(m for m in plan.plan.milestones if m.id == "q3-van-ban")
    assert milestone.due is None
    assert milestone.due_date(plan.year) == date(2022, 9, 30)
