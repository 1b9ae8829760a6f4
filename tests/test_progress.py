"""Progress counts on the seed plan, checked against the YAML read independently."""

from __future__ import annotations

from datetime import date

import yaml

from tdkt.progress import compute
from tests.conftest import SEED_PLAN


def raw_milestones():
    return yaml.safe_load(SEED_PLAN.read_text(encoding="utf-8"))["plan"]["milestones"]


def test_quarter_tallies_match_the_file(seed_plan):
    progress = compute(seed_plan, date(2022, 8, 15))
    for tally in progress.quarters:
        items = [m for m in raw_milestones() if m["quarter"] == tally.quarter]
        assert tally.total == len(items)
        assert tally.done == sum(1 for m in items if m.get("status") == "done")
        assert tally.in_progress == sum(1 for m in items if m.get("status") == "in_progress")
    assert [s.milestone.id for s in progress.overdue()] == ["q2-van-ban"]


def test_cancelled_is_not_planned_and_never_overdue(seed_plan):
    plan = seed_plan.model_copy(deep=True)
    for m in plan.plan.milestones:
        if m.quarter == 3:
            m.status = "cancelled"
    tally = compute(plan, date(2022, 12, 31)).quarters[2]
    assert (tally.total, tally.planned, tally.cancelled, tally.overdue, tally.percent) == (2, 0, 2, 0, 0)


def test_registrations_counted_by_title(seed_plan):
    raw = yaml.safe_load(SEED_PLAN.read_text(encoding="utf-8"))["registrations"]
    progress = compute(seed_plan, date(2022, 6, 30))
    counts = {t.entry.code: t.registered for t in progress.titles}
    people = [p for r in raw for p in r.get("people", [])]
    assert counts["CSTDCS"] == sum(1 for p in people if p["title"] == "CSTDCS")
    assert counts["LDTT"] == sum(1 for p in people if p["title"] in ("LDTT", "Lao động tiên tiến"))
    assert progress.registered_people == len(people)


def test_people_hired_after_the_date_are_not_yet_registered(seed_plan):
    plan = seed_plan.model_copy(deep=True)
    registered = [p.person for r in plan.registrations for p in r.people]
    newcomer = plan.people()[registered[0]]
    newcomer.hired = date(2022, 6, 1)
    early, late = compute(plan, date(2022, 3, 31)), compute(plan, date(2022, 12, 31))
    assert late.registered_people == len(registered)
    assert early.registered_people == len(registered) - 1
    assert sum(t.registered for t in early.titles) == sum(t.registered for t in late.titles) - 1
