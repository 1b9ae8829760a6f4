"""Reading a plan's raw data (dicts, lists, text) where its shape may be wrong.

Checks that run before, or despite, the model check read values through these: a value
of the wrong shape reads as None (the model check reports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import re

from tdkt.plan.dates import DateFormatError, DateRangeError, parse_date
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
    found = text(value)
    return int(found) if found and found.isdigit() else None


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
    match = re.fullmatch(r"(\d{4})\s*-\s*(\d{4})", school or "")
    if match and int(match.group(2)) == int(match.group(1)) + 1 and 2000 <= int(match.group(1)) <= 2099:
        return Period.school_year(int(match.group(1)))
    year = integer(data.get("year"))
    return Period.calendar(year) if year and 2000 <= year <= 2100 and school is None else None
