"""Reading a plan's raw data (dicts, lists, text) where its shape may be wrong.

Checks that run before, or despite, the model check read values through these: a value
of the wrong shape reads as None (the model check reports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from tdkt.plan.dates import DateFormatError, DateRangeError, parse_date, parse_school_year
from tdkt.plan.period import Period


def items(holder: object, key: str) -> Iterator[tuple[int, dict]]:
    """(index, item) for the dict items of a list at holder[key]; anything else is skipped."""
    found = holder.get(key) if isinstance(holder, dict) else None
    if isinstance(found, list):
        for index, item in enumerate(found):
            if isinstance(item, dict):
                yield index, item


def text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def integer(value: object) -> int | None:
    """A plain whole number (ASCII digits, not `²` or thousands of digits); else None: the model reports it."""
    found = text(value)
    return int(found) if found and len(found) <= 9 and found.isascii() and found.isdigit() else None


def day(value: object) -> date | None:
    found = text(value)
    if found is None:
        return None
    try:
        return parse_date(found)
    except (DateFormatError, DateRangeError):
        return None


def period_of(data: dict) -> Period | None:
    """The plan's period from its raw data (a school year, else the calendar year)."""
    school = text(data.get("school_year")) or (text(data.get("year")) if "-" in (text(data.get("year")) or "") else None)
    first = parse_school_year(school or "")
    if first is not None:
        return Period.school_year(first)
    year = integer(data.get("year"))
    return Period.calendar(year) if year and 2000 <= year <= 2100 and school is None else None
