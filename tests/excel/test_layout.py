"""Workbook columns: award cells parted into awards."""

from __future__ import annotations

import pytest

from tdkt.excel.layout import split_awards

KNOWN = {"GK", "BKT", "Giấy khen", "Bằng khen cấp bộ, ngành, tỉnh"}


@pytest.mark.parametrize(("text", "awards"), [
    ("GK; BKT", ["GK", "BKT"]),
    ("GK, BKT", ["GK", "BKT"]),
    ("Giấy khen\nBKT", ["Giấy khen", "BKT"]),
    ("Bằng khen cấp bộ, ngành, tỉnh", ["Bằng khen cấp bộ, ngành, tỉnh"]),
    ("GK; Bằng khen cấp bộ, ngành, tỉnh", ["GK", "Bằng khen cấp bộ, ngành, tỉnh"]),
    (" ; ,", []),
])
def test_awards_are_parted_but_a_name_with_commas_stays_whole(text, awards):
    assert split_awards(text, KNOWN.__contains__) == awards
