"""Who decides what, per regime and level of the unit's head, each naming its article."""

from __future__ import annotations

import pytest

from tdkt.rules.authority import authority, decision_bases
from tdkt.rules.catalogue import load_catalogue


@pytest.mark.parametrize("regime, level, code, decides, article", [
    ("nd91", "co_so", "LDTT", True, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "co_so", "CSTDCS", True, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "co_so", "TTLDTT", True, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "co_so", "TTLDXS", False, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "co_so", "BKT", False, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "xa", "GK", True, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "xa", "CSTDCS", False, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "none", "LDTT", False, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd98", "co_so", "CSTDCS", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "co_so", "GK", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "co_so", "CSTDT", False, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "huyen", "TTLDTT", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "xa", "LDTT", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "xa", "CSTDCS", False, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "none", "GK", False, "Khoản 1 Điều 83 Luật Thi đua, khen thưởng 2022"),
    ("nd152", "co_so", "LDTT", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd152", "xa", "CSTDCS", True, "Nghị định 129/2025/NĐ-CP"),
    ("nd152", "xa", "TTLDTT", True, "Nghị định 129/2025/NĐ-CP"),
    ("nd152", "xa", "TTLDXS", False, "Nghị định 129/2025/NĐ-CP"),
    ("nd152", "none", "LDTT", False, "Khoản 1 Điều 83 Luật Thi đua, khen thưởng 2022"),
])
def test_who_decides_what(regime, level, code, decides, article):
    found = authority(regime, level)
    assert found.decides(code) is decides
    assert article in found.source


def test_no_district_level_after_june_2025():
    assert authority("nd152", "huyen") is None


def test_every_code_decided_exists_in_its_regime():
    catalogue = load_catalogue()
    for regime in catalogue.regimes:
        for level in ("co_so", "huyen", "xa", "none"):
            found = authority(regime.id, level)
            for code in found.codes if found else ():
                assert catalogue.lookup(code, regime) is not None, (regime.id, level, code)


def test_decision_bases_by_regime():
    assert "Nghị định số 91/2017/NĐ-CP" in decision_bases("nd91")[1][0]
    assert [confirmed for _, confirmed in decision_bases("nd152")] == [True, True]
