"""Date parsing and Nghị định 30 date wording."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.plan.dates import (
    DateFormatError,
    DateRangeError,
    long_date,
    parse_date,
    quarter_bounds,
    quarter_of,
    roman,
)


@pytest.mark.parametrize("text", ["2022-03-31", "31/03/2022", "2022-3-31", "31/3/2022", " 31/03/2022 "])
def test_both_forms_parse(text):
    assert parse_date(text) == date(2022, 3, 31)


def test_impossible_day_and_bad_form_are_told_apart():
    with pytest.raises(DateRangeError):
        parse_date("30/02/2022")
    with pytest.raises(DateRangeError):
        parse_date("2022-02-30")
    for text in ("2022/02/10", "2022-0a-10", "20220210", "2022-W01-1"):
        with pytest.raises(DateFormatError):
            parse_date(text)


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2022, 1, 6), "ngày 06 tháng 01 năm 2022"),
        (date(2022, 2, 28), "ngày 28 tháng 02 năm 2022"),
        (date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (date(2022, 12, 5), "ngày 05 tháng 12 năm 2022"),
    ],
)
def test_long_date_pads_days_under_10_and_months_1_2(day, text):
    assert long_date(day) == text


def test_quarters():
    assert quarter_bounds(2022, 1) == (date(2022, 1, 1), date(2022, 3, 31))
    assert quarter_bounds(2024, 4) == (date(2024, 10, 1), date(2024, 12, 31))
    assert [quarter_of(date(2022, m, 1)) for m in (1, 4, 7, 12)] == [1, 2, 3, 4]
    assert [roman(n) for n in (1, 2, 3, 4)] == ["I", "II", "III", "IV"]
