"""The reporting calendar: which quarters each report covers, what it must say, what is due.

Shared by the report documents and `tdkt status`, so that the dashboard needs no part of
the rendering stack.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tdkt.plan.dates import roman
from tdkt.plan.models import Plan, Report

if TYPE_CHECKING:
    from tdkt.progress import Progress

PERIODS = {1: (1,), 2: (1, 2), 3: (3,), 4: (1, 2, 3, 4)}  # quarters a report covers
NEXT = {1: (2,), 2: (3, 4), 3: (4,), 4: ()}  # quarters whose tasks it looks ahead to


def default_subject(plan: Plan, quarter: int) -> str:
    year = plan.year
    if plan.period.school:
        name = plan.period.name
        if quarter == 1:
            return f"Sơ kết công tác thi đua, khen thưởng học kỳ I năm học {name}, nhiệm vụ trọng tâm học kỳ II"
        return f"Tổng kết công tác thi đua, khen thưởng năm học {name}, phương hướng, nhiệm vụ năm học {year}-{year + 1}"
    if quarter == 2:
        return f"Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {year}, nhiệm vụ trọng tâm 6 tháng cuối năm {year}"
    if quarter == 4:
        return f"Tổng kết công tác thi đua, khen thưởng năm {year}, phương hướng, nhiệm vụ năm {year + 1}"
    return f"Kết quả thực hiện công tác thi đua, khen thưởng quý {roman(quarter)} năm {year}"


# the unit's own words each kind of report asks for (Report field names)
NARRATIVE = {
    1: ("leadership", "highlights", "limitations", "causes", "proposals"),
    2: ("situation", "leadership", "highlights", "limitations", "causes", "lessons", "proposals"),
    3: ("leadership", "highlights", "limitations", "causes", "proposals"),
    4: ("situation", "leadership", "highlights", "limitations", "causes", "lessons", "proposals", "direction"),
}


def due_quarter(plan: Plan, as_of: date) -> int:
    """The quarter (or semester) whose report is due next: the one as_of falls in (the last after the period)."""
    period = plan.period
    if as_of > period.end:
        return period.parts()[-1]
    if as_of < period.start:
        return 1
    return period.part_of(as_of)


def covered(plan: Plan, part: int) -> tuple[int, ...]:
    """The quarters, or semesters, a report covers."""
    return tuple(range(1, part + 1)) if plan.period.school else PERIODS[part]


def needs(plan: Plan, quarter: int, progress: Progress, has_next_plan: bool = False) -> dict:
    """What the quarter's report still lacks: its number and date, narrative parts, open tasks."""
    school = plan.period.school
    entry = plan.reports.of(quarter, school) or Report()
    wanted = NARRATIVE[{1: 2, 2: 4}[quarter]] if school else NARRATIVE[quarter]
    missing = [] if entry.body else [f for f in wanted if not getattr(entry, f) and not (f == "direction" and has_next_plan)]
    open_tasks = [s for s in progress.of_quarters(covered(plan, quarter)) if s.status in ("planned", "in_progress")]
    return {
        "quarter": quarter,
        "subject": entry.subject or default_subject(plan, quarter),
        "number": entry.number is not None,
        "date": entry.date is not None,
        "missing_narrative": missing,
        "open_tasks": len(open_tasks),
        "results": quarter != plan.period.parts()[-1] or bool(plan.results),
    }
