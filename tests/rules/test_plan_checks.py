"""The rules' checks on raw plan data never fail on years no regime covers (the model check reports those)."""

from __future__ import annotations

import pytest

from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.plan_checks import check_regime, check_titles


@pytest.mark.parametrize("year", ["20222", "10000", "0", "abc"])
def test_out_of_range_years_are_left_to_the_model_check(year):
    data = {"year": year, "rules": {"regime": "nd152"},
            "departments": [{"id": "a", "members": [{"id": "x", "history": {year: {"titles": ["CSTDCS"]}}}]}],
            "registrations": [{"department": "a", "title": "LDTT"}]}
    assert check_regime(data, load_catalogue()) == []
    assert [p.code for p in check_titles(data, load_catalogue())] == []


def test_titles_are_checked_under_the_regime_of_their_year():
    data = {"year": "2022", "departments": [{"id": "a", "members": [{"id": "x", "history": {
        "2021": {"titles": ["CSTDCS", "LDTX"]}}}]}],
            "registrations": [{"department": "a", "title": "LDTT"}]}
    problems = check_titles(data, load_catalogue())
    assert [(p.code, p.loc) for p in problems] == [
        ("unknown_title", ("departments", 0, "members", 0, "history", "2021", "titles", 1)),
        ("individual_title_for_collective", ("registrations", 0, "title"))]
