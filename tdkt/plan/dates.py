"""Dates as clerks write them (`2022-03-31` or `31/03/2022`) and as Nghị định 30 prints them."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class DateFormatError(ValueError):
    """The text is not a date in either accepted form."""


class DateRangeError(ValueError):
    """The text has a date's form, but no such day exists (e.g. 30/02/2022)."""


def parse_date(value: object) -> date:
    """Parse `YYYY-MM-DD` or `DD/MM/YYYY`; raise DateFormatError or DateRangeError."""
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if len(text) == 10 and text[4] == text[7] == "-" and text.replace("-", "").isdigit() and text.isascii():
        try:  # the usual form, read in C
            return date.fromisoformat(text)
        except ValueError:
            raise DateRangeError(text) from None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _VN.match(text)
        if not match:
            raise DateFormatError(text)
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DateRangeError(text) from None


def quarter_of(day: date) -> int:
    """The quarter (1–4) a date falls in."""
    return (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a quarter."""
    return date(year, 3 * quarter - 2, 1), month_end(date(year, 3 * quarter, 1))


_MONTH = re.compile(r"(\d{1,2})/(\d{4})|(\d{4})-(\d{1,2})")


def parse_month(text: str) -> date | None:
    """`9/2025`, `09/2025` or `2025-09` → the month's first day; None for anything else."""
    match = _MONTH.fullmatch(text.strip())
    if not match:
        return None
    month, year = (int(match.group(1)), int(match.group(2))) if match.group(1) else (int(match.group(4)), int(match.group(3)))
    return date(year, month, 1) if 1 <= month <= 12 and 1900 <= year <= 2999 else None


SCHOOL_YEAR = re.compile(r"\s*(\d{4})\s*-\s*(\d{4})\s*")


def parse_school_year(text: str) -> int | None:
    """`2025-2026` → 2025, its first year; None unless the second year follows the first."""
    match = SCHOOL_YEAR.fullmatch(text)
    if not match or int(match.group(2)) != int(match.group(1)) + 1 or not 2000 <= int(match.group(1)) <= 2099:
        return None
    return int(match.group(1))


def next_month(day: date) -> date:
    """The first day of the month after `day`'s."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_end(day: date) -> date:
    """The last day of `day`'s month."""
    return date.fromordinal(next_month(day).toordinal() - 1)


def dmy(day: date) -> str:
    """`16/12/2021`, `15/6/2022`: the short form; days under 10 and months 1–2 get a zero (NĐ 30)."""
    return f"{day.day:02d}/{_month(day.month)}/{day.year}"


def _month(month: int) -> str:
    return f"{month:02d}" if month <= 2 else str(month)


def month_year(day: date) -> str:
    """`01/2026`, `9/2025`: a month as clerks cite it."""
    return f"{_month(day.month)}/{day.year}"


def long_date(day: date) -> str:
    """`ngày 06 tháng 01 năm 2022`: days under 10 and months 1–2 get a leading zero (NĐ 30)."""
    return f"ngày {day.day:02d} tháng {_month(day.month)} năm {day.year}"


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    """Roman numeral for section, part and quarter headings."""
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)
