"""Dates of a plan that contradict each other or the period it covers.

The period is the calendar year of `year:`, or the school year of `school_year:`. The
council's year-end meeting (họp xét) falls in that period or shortly after: annual titles
are considered at the year-end review, the provincial files for it are due in December
(domain reference §B.5: Bắc Ninh, before 10/12), and the latest national deadline for
annual files on a year is 30 June of the next (Cờ thi đua của Chính phủ); a meeting later
than that cannot feed any proposal for the year, one before the year begins cannot weigh it.
"""

from __future__ import annotations

import re
from datetime import date

from tdkt.plan.dates import dmy
from tdkt.plan.problems import Problem
from tdkt.plan.raw import day, items, period_of

MEETING_LATEST = (6, 30)  # month, day of the year after the period: the last day a meeting on it may be held


def meeting_window(start: date, end: date) -> tuple[date, date]:
    """When a council meeting on the period may be held."""
    return start, date(end.year + 1, *MEETING_LATEST)


def check_dates(data: object) -> list[Problem]:
    """Errors: a Tờ trình dated before the meeting it cites, a basis (căn cứ) dated after the
    document citing it, a meeting outside its window, a milestone done before the period
    starts, a person hired after it ends."""
    if not isinstance(data, dict):
        return []
    found: list[Problem] = []
    council = data.get("council") if isinstance(data.get("council"), dict) else {}
    proposal = data.get("proposal") if isinstance(data.get("proposal"), dict) else {}
    meeting, proposed = day(council.get("meeting")), day(proposal.get("date"))
    if meeting and proposed and proposed < meeting:
        found.append(Problem("proposal_before_meeting", ("proposal", "date"),
                             {"date": dmy(proposed), "meeting": dmy(meeting)}))
    found += _bases_after(data.get("plan"), ("plan",))
    found += _bases_after(council.get("decision"), ("council", "decision"))
    span = period_of(data)
    if span is None:
        return found
    start, end, label = span.start, span.end, span.worded("label")
    first, last = meeting_window(start, end)
    if meeting and not first <= meeting <= last:
        found.append(Problem("meeting_outside_window", ("council", "meeting"),
                             {"date": dmy(meeting), "start": dmy(first), "end": dmy(last), "period": label,
                              "key": "school_year" if "school_year" in data else "year"}))
    for i, milestone in items(data.get("plan"), "milestones"):
        done = day(milestone.get("done_on"))
        if done and done < start:
            found.append(Problem("done_before_period", ("plan", "milestones", i, "done_on"),
                                 {"date": dmy(done), "start": dmy(start)}))
    for i, dept in items(data, "departments"):
        for j, person in items(dept, "members"):
            hired = day(person.get("hired"))
            if hired and hired > end:
                found.append(Problem("hired_after_period", ("departments", i, "members", j, "hired"),
                                     {"date": dmy(hired), "end": dmy(end), "period": label}))
    return found


def _bases_after(doc: object, path: tuple) -> list[Problem]:
    """A document cannot cite (căn cứ, thực hiện) a text issued after its own date."""
    issued = day(doc.get("date")) if isinstance(doc, dict) else None
    if issued is None:
        return []
    found = []
    for i, basis in items(doc, "bases"):
        key, cited = "date", day(basis.get("date"))
        if cited is None and "date" not in basis:  # a law cited by date in its text (the starters' bases)
            key, cited = "text", _text_date(basis.get("text"))
        if cited and cited > issued:
            found.append(Problem("basis_after_document", (*path, "bases", i, key), {"date": dmy(cited), "issued": dmy(issued)}))
    return found


_TEXT_DATE = re.compile(r"ngày\s+(\d{1,2})(?:\s+tháng\s+|/)(\d{1,2})(?:\s+năm\s+|/)(\d{4})")


def _text_date(text: object) -> date | None:
    """The first `ngày 14 tháng 6 năm 2025` (or `ngày 14/6/2025`) of a basis's text: the date it was issued."""
    match = _TEXT_DATE.search(text) if isinstance(text, str) else None
    if match is None:
        return None
    try:
        return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
