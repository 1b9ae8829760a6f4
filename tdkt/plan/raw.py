"""Reading a plan's raw data (dicts, lists, text) where its shape may be wrong.

Checks that run before, or despite, the model check read values through these: a value
of the wrong shape reads as None (the model check reports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from tdkt.plan.dates import DateFormatError, DateRangeError, parse_date


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
