"""Boundary cases of the legal criteria, per regime, each naming the article it rests on."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.plan.models import Plan
from tdkt.rules.evaluate import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    UNDECIDED,
    evaluate,
    months_served,
    places,
)
from tdkt.rules.ruleset import build_ruleset, regime_of

YEAR_OF = {"nd91": 2022, "nd98": 2024, "nd152": 2025}


def person(pid: str, **fields) -> dict:
    base = {"id": pid, "name": f"Người {pid}", "hired": "2010-01-01", "rating": "htt", "discipline": "none"}
    return base | fields


def plan_with(year: int, members: list[dict], dept: dict | None = None, council: dict | None = None) -> Plan:
    data = {
        "year": year,
        "unit": {"name": "Trung tâm A", "abbreviation": "TTA", "place": "Sơn La", "head": members[0]["id"]},
        "departments": [{"id": "p1", "name": "Phòng 1", "rating": "htt", **(dept or {}), "members": members}],
        "plan": {"number": 1, "date": f"{year}-01-05", "subject": "Thi đua"},
    }
    if council:
        data["council"] = council
    return Plan.model_validate(data)


def run(plan: Plan, regime_id: str, **overrides):
    ruleset = build_ruleset(regime_of(plan.year, regime_id), {k: (v, "Quy định thử") for k, v in overrides.items()})
    return evaluate(plan, ruleset)


def verdict(evaluation, holder_id: str, code: str):
    holders = {h.id: h for h in [*evaluation.people, *evaluation.departments]}
    return holders[holder_id].verdicts[code]


def initiative(year: int, level: str = "co_so") -> dict:
    return {"name": "Sáng kiến", "decision": "1/QĐ-TTA", "date": f"{year}-11-01", "level": level}


# -- Lao động tiên tiến: service before year end -----------------------------------------------

@pytest.mark.parametrize("regime, hired, status, article", [
    # Nghị định 91/2017/NĐ-CP: not for those recruited less than 10 months before
    ("nd91", "2022-03-01", ELIGIBLE, "Nghị định 91/2017/NĐ-CP"),  # exactly 10 months
    ("nd91", "2022-03-02", NOT_ELIGIBLE, "Nghị định 91/2017/NĐ-CP"),  # 9 months and some days
    ("nd91", "2022-04-01", NOT_ELIGIBLE, "Nghị định 91/2017/NĐ-CP"),  # 9 months
    # Thông tư 01/2024/TT-BNV: less than 6 months
    ("nd98", "2024-07-01", ELIGIBLE, "Thông tư 01/2024/TT-BNV"),  # exactly 6 months
    ("nd98", "2024-08-01", NOT_ELIGIBLE, "Thông tư 01/2024/TT-BNV"),  # 5 months
])
def test_ldtt_months_of_service(regime, hired, status, article):
    plan = plan_with(YEAR_OF[regime], [person("a", hired=hired)])
    result = verdict(run(plan, regime), "a", "LDTT")
    assert result.status == status
    months = next(r for r in result.reasons if r.code == "months")
    assert build_ruleset(regime_of(plan.year, regime))[months.rule].source.startswith(article)


def test_months_served_counts_whole_months_to_year_end():
    assert months_served(date(2022, 3, 1), 2022) == 10
    assert months_served(date(2022, 3, 2), 2022) == 9
    assert months_served(date(2022, 2, 28), 2022) == 10
    assert months_served(date(2020, 1, 1), 2022) == 36


@pytest.mark.parametrize("discipline, status", [("none", ELIGIBLE), ("khien_trach", NOT_ELIGIBLE), ("canh_cao", NOT_ELIGIBLE)])
def test_ldtt_discipline_nd91(discipline, status):
    plan = plan_with(2022, [person("a", discipline=discipline)])
    assert verdict(run(plan, "nd91"), "a", "LDTT").status == status


def test_missing_input_is_undecided_and_says_what():
    plan = plan_with(2022, [person("a", rating=None)])
    result = verdict(run(plan, "nd91"), "a", "LDTT")
    assert result.status == UNDECIDED
    assert any(r.code == "missing" and r.params["field"] == "rating" for r in result.reasons)


# -- Chiến sĩ thi đua cơ sở: sáng kiến before 2024, not after; Điều 23 ----------------------------

@pytest.mark.parametrize("regime, rating, initiatives, status", [
    ("nd91", "htxs", 0, NOT_ELIGIBLE),  # Luật 2013 Điều 23: sáng kiến mandatory
    ("nd91", "htt", 1, ELIGIBLE),
    ("nd98", "htxs", 0, ELIGIBLE),  # Luật 2022 Điều 23: HTXS or sáng kiến
    ("nd98", "htt", 1, ELIGIBLE),
    ("nd98", "htt", 0, NOT_ELIGIBLE),
    ("nd152", "htxs", 0, ELIGIBLE),
])
def test_cstdcs_initiative(regime, rating, initiatives, status):
    year = YEAR_OF[regime]
    member = person("a", rating=rating, initiatives=[initiative(year)] * initiatives)
    plan = plan_with(year, [member], council={"members": 5, "decisions": [{"person": "a", "title": "CSTDCS", "votes": 5}]})
    result = verdict(run(plan, regime), "a", "CSTDCS")
    assert result.status == status
    rule = next(r.rule for r in result.reasons if r.code in ("initiative", "htxs_or_initiative"))
    assert "Điều 23" in build_ruleset(regime_of(year, regime))[rule].source


@pytest.mark.parametrize("votes, status", [(4, ELIGIBLE), (3, NOT_ELIGIBLE)])
def test_cstdcs_vote_nd98_article_30(votes, status):
    """Khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP: at least 80 % of the council's members (4 of 5)."""
    member = person("a", rating="htxs")
    plan = plan_with(2024, [member], council={"members": 5, "decisions": [{"person": "a", "title": "CSTDCS", "votes": votes}]})
    assert verdict(run(plan, "nd98"), "a", "CSTDCS").status == status


# -- the 15 % cap (khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP) ------------------------------------

@pytest.mark.parametrize("eligible, over", [(3, False), (4, True)])
def test_cstdcs_cap_exactly_15_percent_and_one_over(eligible, over):
    members = [person(f"p{i}", initiatives=[initiative(2022)] if i < eligible else []) for i in range(20)]
    evaluation = run(plan_with(2022, members), "nd91")
    (cap,) = evaluation.caps
    assert (cap.base, cap.places, len(cap.candidates), cap.over) == (20, 3, eligible, over)
    assert evaluation.ruleset[cap.rule].source == "Khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP"


def test_no_cap_under_the_2022_law():
    members = [person(f"p{i}", rating="htxs") for i in range(10)]
    assert run(plan_with(2024, members), "nd98").caps == []


def test_province_may_lower_the_cap():
    members = [person(f"p{i}", initiatives=[initiative(2022)] if i < 3 else []) for i in range(20)]
    (cap,) = run(plan_with(2022, members), "nd91", cstdcs_max_share_of_ldtt=10).caps
    assert (cap.places, cap.over) == (2, True)


def test_places_round_down():
    assert places(20, 15) == 3
    assert places(13, 15) == 1
    assert places(0, 15) == 0


# -- Chiến sĩ thi đua cấp tỉnh: three consecutive CSTĐCS (Điều 22) ----------------------------

@pytest.mark.parametrize("history, status", [
    ({2020: {"titles": ["LDTT"]}, 2021: {"titles": ["CSTDCS"]}}, NOT_ELIGIBLE),  # two in a row, counting 2022
    ({2020: {"titles": ["CSTDCS"]}, 2021: {"titles": ["CSTDCS"]}}, ELIGIBLE),  # three
    ({2020: {"titles": ["CSTDCS"]}, 2021: {"titles": ["LDTT"]}}, NOT_ELIGIBLE),  # broken streak
])
def test_cstdt_consecutive_cstdcs(history, status):
    member = person("a", initiatives=[initiative(2022, "tinh")], history=history)
    plan = plan_with(2022, [member], council={"members": 5, "decisions": [{"person": "a", "title": "CSTDT", "votes": 5}]})
    result = verdict(run(plan, "nd91", cstdcs_max_share_of_ldtt=None), "a", "CSTDT")  # one person: no 15 % cap here
    assert result.status == status
    streak = next(r for r in result.reasons if r.code.startswith("consecutive") or r.code == "missing")
    assert "Điều 22" in build_ruleset(regime_of(2022, "nd91"))[streak.rule].source


def test_cstdt_history_gap_is_undecided():
    member = person("a", initiatives=[initiative(2022, "tinh")], history={2021: {"titles": ["CSTDCS"]}})
    plan = plan_with(2022, [member], council={"members": 5, "decisions": [{"person": "a", "title": "CSTDT"}]})
    result = verdict(run(plan, "nd91"), "a", "CSTDT")
    assert result.status == UNDECIDED  # 2020 not recorded: cannot tell


def test_cstdt_needs_a_province_wide_initiative():
    member = person("a", initiatives=[initiative(2022)],
                    history={2020: {"titles": ["CSTDCS"]}, 2021: {"titles": ["CSTDCS"]}})
    plan = plan_with(2022, [member], council={"members": 5, "decisions": [{"person": "a", "title": "CSTDT"}]})
    assert verdict(run(plan, "nd91"), "a", "CSTDT").status == NOT_ELIGIBLE


# -- collectives: TLĐXS 69 % vs 70 % LĐTT (Điều 27); TLĐTT more than 50 % (Điều 28) ------------

def _collective(ldtt: int, total: int, rating: str = "htxs", extra: dict | None = None):
    members = [person(f"m{i}", rating="htt" if i < ldtt else "ht") for i in range(total)]
    members[0] |= {"rating": "htxs", "initiatives": [initiative(2022)]}  # one CSTĐCS
    return plan_with(2022, members, dept={"rating": rating, **(extra or {})})


@pytest.mark.parametrize("ldtt, total, status", [(69, 100, NOT_ELIGIBLE), (70, 100, ELIGIBLE)])
def test_tldxs_share_of_ldtt(ldtt, total, status):
    result = verdict(run(_collective(ldtt, total), "nd91"), "p1", "TTLDXS")
    assert result.status == status
    share = next(r for r in result.reasons if r.code == "ldtt_share")
    assert "Điều 27" in build_ruleset(regime_of(2022, "nd91"))[share.rule].source


@pytest.mark.parametrize("ldtt, total, status", [(5, 10, NOT_ELIGIBLE), (6, 10, ELIGIBLE)])
def test_tldtt_more_than_half(ldtt, total, status):
    assert verdict(run(_collective(ldtt, total, "htt"), "nd91"), "p1", "TTLDTT").status == status


def test_tldtt_share_configurable_to_70_percent():
    plan = _collective(6, 10, "htt")
    result = verdict(run(plan, "nd98", tldtt_min_ldtt_share=70, tldtt_share_strict=False), "p1", "TTLDTT")
    assert result.status == NOT_ELIGIBLE


def test_tldxs_needs_a_cstdcs_and_no_reprimand():
    plan = _collective(10, 10)
    plan.departments[0].members[0].initiatives = []
    assert verdict(run(plan, "nd91"), "p1", "TTLDXS").status == NOT_ELIGIBLE
    plan = _collective(10, 10)
    plan.departments[0].members[3].discipline = "canh_cao"
    assert verdict(run(plan, "nd91"), "p1", "TTLDXS").status == NOT_ELIGIBLE


# -- Bằng khen cấp tỉnh (điểm d khoản 1 Điều 74 Luật 2022) -----------------------------------

@pytest.mark.parametrize("member, status", [
    ({"rating": "htxs", "history": {2023: {"titles": ["CSTDCS"]}}}, ELIGIBLE),  # two CSTĐCS running
    ({"rating": "htxs", "history": {2023: {"rating": "htxs"}}, "initiatives": [initiative(2023), initiative(2024)]}, ELIGIBLE),
    ({"rating": "htxs", "history": {2023: {"rating": "htt"}}}, NOT_ELIGIBLE),
])
def test_bang_khen_tinh_nd98(member, status):
    plan = plan_with(2024, [person("a", **member)], council={"members": 5, "decisions": [{"person": "a", "awards": ["BKT"]}]})
    assert verdict(run(plan, "nd98"), "a", "BKT").status == status
