"""The one "as of" date a command reasons with, chosen once and passed down.

`--as-of` when given; else the date the document itself records (a report's date); else
today, but never after the end of the period reported on, so that a past year's report
says what was true at its end and marks nothing overdue that was not.
"""

from __future__ import annotations

from datetime import date


def as_of(explicit: date | None, recorded: date | None, period_end: date | None, today: date | None = None) -> date:
    """The as-of date: explicit, else recorded, else today capped at the period's end."""
    if explicit is not None:
        return explicit
    if recorded is not None:
        return recorded
    today = today or date.today()
    return min(today, period_end) if period_end else today
