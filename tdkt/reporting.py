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
SUBJECTS = {  # a report's subject (trích yếu) when the plan gives none; documents use the Vietnamese
    "vi": {
        "school_1": "Sơ kết công tác thi đua, khen thưởng học kỳ I năm học {name}, nhiệm vụ trọng tâm học kỳ II",
        "school_2": "Tổng kết công tác thi đua, khen thưởng năm học {name}, phương hướng, nhiệm vụ năm học {year}-{next}",
        "half": "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm {year}, nhiệm vụ trọng tâm 6 tháng cuối năm {year}",
        "year": "Tổng kết công tác thi đua, khen thưởng năm {year}, phương hướng, nhiệm vụ năm {next}",
        "quarter": "Kết quả thực hiện công tác thi đua, khen thưởng quý {roman} năm {year}",
    },
    "en": {
        "school_1": "Review of emulation and commendation work in semester I of school year {name}, key tasks for semester II",
        "school_2": "Review of emulation and commendation work in school year {name}, direction and tasks for school year {year}-{next}",
        "half": "Review of emulation and commendation work in the first half of {year}, key tasks for the second half of {year}",
        "year": "Review of emulation and commendation work in {year}, direction and tasks for {next}",
        "quarter": "Results of emulation and commendation work in quarter {roman} of {year}",
    },
}


def default_subject(plan: Plan, quarter: int, lang: str = "vi") -> str:
    """The subject of a quarter's (or semester's) report, in `lang` (documents: Vietnamese)."""
    if plan.period.school:
        key = "school_1" if quarter == 1 else "school_2"
    else:
        key = {2: "half", 4: "year"}.get(quarter, "quarter")
    year = plan.year
    return SUBJECTS[lang][key].format(name=plan.period.name, year=year, next=year + 1, roman=roman(quarter))


# the unit's own words each kind of report asks for (Report field names)
NARRATIVE = {
    1: ("leadership", "highlights", "limitations", "causes", "proposals"),
    2: ("situation", "leadership", "highlights", "limitations", "causes", "lessons", "proposals"),
    3: ("leadership", "highlights", "limitations", "causes", "proposals"),
    4: ("situation", "leadership", "highlights", "limitations", "causes", "lessons", "proposals", "direction"),
}
NARRATIVE_LABELS = {  # what a screen calls each narrative part (the report's own headings)
    "vi": {
        "situation": "đặc điểm tình hình",
        "leadership": "công tác lãnh đạo, chỉ đạo, tuyên truyền",
        "highlights": "ưu điểm, kết quả nổi bật",
        "limitations": "tồn tại, hạn chế",
        "causes": "nguyên nhân của hạn chế",
        "lessons": "bài học kinh nghiệm",
        "proposals": "đề xuất, kiến nghị",
        "direction": "phương hướng, nhiệm vụ kỳ sau",
    },
    "en": {
        "situation": "the situation",
        "leadership": "leadership and communication",
        "highlights": "strengths and results",
        "limitations": "shortcomings",
        "causes": "their causes",
        "lessons": "lessons learnt",
        "proposals": "proposals",
        "direction": "direction for the next period",
    },
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


def needs(plan: Plan, quarter: int, progress: Progress, has_next_plan: bool = False, lang: str = "vi") -> dict:
    """What the quarter's report still lacks: its number and date, narrative parts, open tasks."""
    school = plan.period.school
    entry = plan.reports.of(quarter, plan.period) or Report()
    wanted = NARRATIVE[{1: 2, 2: 4}[quarter]] if school else NARRATIVE[quarter]
    missing = [] if entry.body else [f for f in wanted if not getattr(entry, f) and not (f == "direction" and has_next_plan)]
    open_tasks = [s for s in progress.of_quarters(covered(plan, quarter)) if s.status in ("planned", "in_progress")]
    return {
        "quarter": quarter,
        "key": plan.period.report_key(quarter),
        "subject": entry.subject or default_subject(plan, quarter, lang),
        "number": entry.number is not None,
        "date": entry.date is not None,
        "missing_narrative": missing,
        "open_tasks": len(open_tasks),
        "results": quarter != plan.period.parts()[-1] or bool(plan.results),
    }
