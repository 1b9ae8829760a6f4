"""The period a plan covers: a calendar year, or a school year (năm học) with two semesters.

Evaluation uses the period's last day: it chooses the legal regime in force and counts
months of service. Tasks are placed in the period by quarter, semester, month or date.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from tdkt.plan.dates import dmy, next_month, parse_school_year, quarter_bounds

SCHOOL_START_MONTH = 9  # a school year runs from September …
SCHOOL_END = (5, 31)  # … to the end of May (the year's tổng kết and awards)
FIRST_SEMESTER_LAST_MONTH = 1  # học kỳ I ends in January
YEARS = (2000, 2100)  # the calendar years a plan may have (Plan.year)

# how each kind of period is worded; `{name}` is `2022` or `2025-2026`, `{end}` the last day
WORDS = {
    "vi": {
        "calendar": {"label": "năm {name}", "title": "Năm {name}", "heading": "{name}",
                     "until": "hết năm {name}", "part": "quý", "Part": "Quý"},
        "school": {"label": "năm học {name}", "title": "Năm học {name}", "heading": "năm học {name}",
                   "until": "{end}", "part": "học kỳ", "Part": "Học kỳ"},
    },
    "en": {
        "calendar": {"label": "{name}", "title": "Year {name}", "heading": "{name}",
                     "until": "the end of {name}", "part": "quarter", "Part": "Quarter"},
        "school": {"label": "school year {name}", "title": "School year {name}", "heading": "for school year {name}",
                   "until": "{end}", "part": "semester", "Part": "Semester"},
    },
}


@dataclass(frozen=True)
class Period:
    """A plan's period: its kind, first and last day, and the year it is evaluated in."""

    kind: str  # "calendar" | "school"
    start: date
    end: date

    @classmethod
    def calendar(cls, year: int) -> Period:
        return cls("calendar", date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def school_year(cls, first_year: int) -> Period:
        return cls("school", date(first_year, SCHOOL_START_MONTH, 1), date(first_year + 1, *SCHOOL_END))

    @classmethod
    def parse(cls, text: str) -> Period | None:
        """`2022` (a calendar year) or `2025-2026` (a school year), as a plan writes them; None otherwise."""
        text = text.strip()
        if text.isascii() and text.isdigit() and len(text) == 4:
            return cls.calendar(int(text)) if YEARS[0] <= int(text) <= YEARS[1] else None
        first = parse_school_year(text)
        return cls.school_year(first) if first is not None else None

    @property
    def school(self) -> bool:
        return self.kind == "school"

    @property
    def year(self) -> int:
        """The year evaluated: the calendar year, or the year the school year ends in."""
        return self.end.year

    @property
    def name(self) -> str:
        """`2022` or `2025-2026`, as the documents write it after "năm" / "năm học"."""
        return f"{self.start.year}-{self.end.year}" if self.school else str(self.year)

    @property
    def label(self) -> str:
        """`năm 2022` or `năm học 2025-2026`."""
        return self.word("label")

    def word(self, key: str, lang: str = "vi") -> str:
        """The period worded by WORDS[lang][kind][key]: its label, title, heading, `until`, or part (quý, học kỳ; `Part` to begin a line)."""
        return _word(self, key, lang)

    def worded(self, key: str) -> dict[str, str]:
        """`word(key)` in both languages, for a message worded later in the reader's language."""
        return dict(_worded(self, key))

    def next(self) -> Period:
        """The period after this one, of the same kind (2023 after 2022; 2026-2027 after 2025-2026)."""
        return Period.school_year(self.start.year + 1) if self.school else Period.calendar(self.year + 1)

    def ending_in(self, year: int) -> Period:
        """The period of the same kind that ends in `year` (năm 2024; năm học 2023-2024), as the
        `history` of a plan counts its years."""
        return Period.school_year(year - 1) if self.school else Period.calendar(year)

    def year_of(self, day: date) -> int:
        """The year, as `history` counts them, of the period of this kind a day falls in (in a
        school's summer break: the school year just ended): 2025 for 10/10/2025, or for a school
        2026 (năm học 2025-2026)."""
        return day.year + 1 if self.school and day.month >= SCHOOL_START_MONTH else day.year

    def report_key(self, part: int) -> str:
        """The `reports:` key of a part's report: `q1`–`q4`, or `hk1`, `hk2`."""
        return f"hk{part}" if self.school else f"q{part}"

    def months(self) -> list[date]:
        """The first day of every month of the period, in order."""
        out, day = [], date(self.start.year, self.start.month, 1)
        while day <= self.end:
            out.append(day)
            day = next_month(day)
        return out

    def parts(self) -> tuple[int, ...]:
        """The reporting parts: quarters 1–4, or semesters 1–2."""
        return (1, 2) if self.school else (1, 2, 3, 4)

    def part_of(self, day: date) -> int:
        """The quarter, or the semester, a day falls in."""
        if self.school:
            return 1 if day.month >= SCHOOL_START_MONTH or day.month <= FIRST_SEMESTER_LAST_MONTH else 2
        return (day.month - 1) // 3 + 1

    def part_bounds(self, part: int) -> tuple[date, date]:
        """First and last day of a quarter or semester."""
        if not self.school:
            return quarter_bounds(self.year, part)
        if part == 1:
            return self.start, date(self.end.year, FIRST_SEMESTER_LAST_MONTH, 31)
        return date(self.end.year, FIRST_SEMESTER_LAST_MONTH + 1, 1), self.end

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


# A reason or a message per person words the period: once per period and key is enough.
@functools.lru_cache(maxsize=256)
def _word(period: Period, key: str, lang: str) -> str:
    return WORDS[lang][period.kind][key].format(name=period.name, end=dmy(period.end))


@functools.lru_cache(maxsize=256)
def _worded(period: Period, key: str) -> tuple[tuple[str, str], ...]:
    return tuple((lang, _word(period, key, lang)) for lang in WORDS)
