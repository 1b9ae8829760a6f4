"""Consecutive titles and ratings, and titles that wait on a capped choice (issue: legal engine).

Each case names the article it rests on. A run of N consecutive titles that ended in the
year before the evaluated one counts; the evaluated year counts only when its title is
within reach (eligible and inside its cap); otherwise the verdict waits for the council.
"""

from __future__ import annotations

import json

import pytest

from tdkt.plan.models import Plan
from tdkt.rules.evaluate import AWAITS_COUNCIL, ELIGIBLE, NOT_ELIGIBLE, UNDECIDED, evaluate
from tdkt.rules.ruleset import build_ruleset, regime_of


def person(pid: str, **fields) -> dict:
    return {"id": pid, "name": f"Người {pid}", "hired": "2010-01-01", "rating": "htt", "discipline": "none"} | fields


def plan(year: int, departments: list[dict], council: list[dict] | None = None, registered: list[dict] | None = None) -> Plan:
    first = departments[0]["members"][0]["id"]
    data = {
        "year": year,
        "unit": {"name": "Trung tâm A", "abbreviation": "TTA", "place": "Sơn La", "head": first},
        "departments": [{"name": f"Phòng {d['id']}", "rating": "htxs"} | d for d in departments],
        "plan": {"number": 1, "date": f"{year}-01-05", "subject": "Thi đua"},
        "registrations": registered or [],
    }
    if council is not None:
        data["council"] = {"members": 5, "decisions": council}
    return Plan.model_validate(data)


def initiative(year: int, level: str = "co_so") -> dict:
    return {"name": "Sáng kiến", "decision": "1/QĐ-TTA", "date": f"{year}-11-01", "level": level}


def judge(model: Plan, regime: str | None = None):
    return evaluate(model, build_ruleset(regime_of(model.year, regime)))


def verdict(evaluation, holder: str, code: str):
    return {h.id: h for h in [*evaluation.people, *evaluation.departments]}[holder].verdicts[code]


# -- điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng 2022: 02 consecutive CSTĐCS (nd152, 2025) --

@pytest.mark.parametrize("history, rating, status, code, count", [
    # CSTĐCS 2023 and 2024, HTT in 2025: the run ended last year and counts
    ({2023: {"titles": ["CSTDCS"]}, 2024: {"titles": ["CSTDCS"]}}, "htt", ELIGIBLE, "consecutive_before", 2),
    # CSTĐCS 2024 and within reach in 2025 (htxs, no cap under Luật 2022): this year counts
    ({2023: {"titles": ["LDTT"]}, 2024: {"titles": ["CSTDCS"]}}, "htxs", ELIGIBLE, "consecutive", 2),
    # CSTĐCS 2024 only, not within reach in 2025
    ({2023: {"titles": ["LDTT"]}, 2024: {"titles": ["CSTDCS"]}}, "htt", NOT_ELIGIBLE, "consecutive_before", 1),
    # a run that ended two years before does not count
    ({2023: {"titles": ["CSTDCS"]}, 2024: {"titles": ["LDTT"]}}, "htxs", NOT_ELIGIBLE, "consecutive_before", 0),
    # 2025 undecided (no rating) and it would complete the run: cannot tell
    ({2023: {"titles": ["LDTT"]}, 2024: {"titles": ["CSTDCS"]}}, None, UNDECIDED, "missing", None),
    # 2023 not recorded: the run up to 2024 cannot be told
    ({2024: {"titles": ["CSTDCS"]}}, "htt", UNDECIDED, "missing", None),
])
def test_bang_khen_two_consecutive_cstdcs(history, rating, status, code, count):
    member = person("a", rating=rating, history=history) | ({"initiatives": []})
    model = plan(2025, [{"id": "p1", "members": [member]}], council=[{"person": "a", "awards": ["BKT"]}])
    result = verdict(judge(model), "a", "BKT")
    streak = result.reasons[1]
    assert (result.status, streak.code) == (status, code)
    if count is not None:
        assert streak.params["count"] == count
    assert build_ruleset(regime_of(2025))[streak.rule].source.startswith("Điểm d khoản 1 Điều 74")


@pytest.mark.parametrize("ratings, status", [
    # điểm d khoản 1 Điều 74: 2 consecutive years htxs with 2 initiatives, ended in 2024
    ({2023: "htxs", 2024: "htxs"}, ELIGIBLE),
    ({2023: "htt", 2024: "htxs"}, NOT_ELIGIBLE),
])
def test_bang_khen_htxs_years_ended_last_year(ratings, status):
    history = {y: {"rating": r, "titles": ["LDTT"]} for y, r in ratings.items()}
    member = person("a", history=history, initiatives=[initiative(2023), initiative(2024)])
    model = plan(2025, [{"id": "p1", "members": [member]}], council=[{"person": "a", "awards": ["BKT"]}])
    result = verdict(judge(model), "a", "BKT")
    assert result.status == status and result.reasons[2].params["last"].vi == "năm 2024"


# -- Điều 22 Luật 2003 (CSTĐ tỉnh: 3 × CSTĐCS) with khoản 3 Điều 9 Nghị định 91/2017 (15 % cap) ----

def _capped(council: list[dict] | None):
    """10 LĐTT, 2 eligible for CSTĐCS, 1 place; `a` has CSTĐCS 2020 and 2021 and registers for CSTĐ tỉnh."""
    history = {2020: {"titles": ["CSTDCS"]}, 2021: {"titles": ["CSTDCS"]}}
    members = [person("a", hired="2020-01-01", history=history, initiatives=[initiative(2022, "tinh")]),
               person("b", initiatives=[initiative(2022)])] + [person(f"m{i}") for i in range(8)]
    registered = [{"department": "p1", "people": [{"person": "a", "title": "CSTDT"}]}]
    return plan(2022, [{"id": "p1", "members": members}], council, registered)


@pytest.mark.parametrize("council, status, code", [
    (None, AWAITS_COUNCIL, "consecutive_council"),  # over the cap, no choice yet: waits for the council
    ([{"person": "a", "title": "CSTDCS", "votes": 5}], ELIGIBLE, "consecutive"),  # chosen: 2022 counts
    ([{"person": "b", "title": "CSTDCS", "votes": 5}], NOT_ELIGIBLE, "consecutive_before"),  # not chosen
    # both decided for 1 place: no choice within the cap, so it still waits for the council
    ([{"person": "a", "title": "CSTDCS", "votes": 5}, {"person": "b", "title": "CSTDCS", "votes": 5}],
     AWAITS_COUNCIL, "consecutive_council"),
])
def test_the_evaluated_year_counts_only_within_the_cap(council, status, code):
    evaluation = judge(_capped(council))
    (cap,) = evaluation.caps
    assert (cap.places, cap.candidates) == (1, ("a", "b"))
    result = verdict(evaluation, "a", "CSTDT")
    assert (result.status, result.reasons[0].code) == (status, code)
    assert "Điều 22" in build_ruleset(regime_of(2022))[result.reasons[0].rule].source


# -- Điều 27 Luật 2003: TLĐXS needs a member with CSTĐCS, which the 15 % cap limits --------------

def _two_departments(council: list[dict] | None):
    """Two departments of 5, each with one member eligible for CSTĐCS: 10 LĐTT, one place."""
    depts = [{"id": d, "members": [person(f"{d}a", rating="htxs", position="Trưởng phòng", initiatives=[initiative(2022)])]
              + [person(f"{d}{i}") for i in range(4)]} for d in ("d1", "d2")]
    return plan(2022, depts, council)


@pytest.mark.parametrize("council, d1, d2, dependents", [
    (None, AWAITS_COUNCIL, AWAITS_COUNCIL, ("d1", "d2")),
    ([{"person": "d1a", "title": "CSTDCS", "votes": 5}], ELIGIBLE, NOT_ELIGIBLE, ()),
    # both decided for 1 place: the council has not chosen within the cap
    ([{"person": "d1a", "title": "CSTDCS", "votes": 5}, {"person": "d2a", "title": "CSTDCS", "votes": 5}],
     AWAITS_COUNCIL, AWAITS_COUNCIL, ("d1", "d2")),
])
def test_collective_titles_resting_on_a_capped_title_say_so(council, d1, d2, dependents):
    evaluation = judge(_two_departments(council))
    (cap,) = evaluation.caps
    assert (cap.places, cap.dependents) == (1, dependents)
    assert (verdict(evaluation, "d1", "TTLDXS").status, verdict(evaluation, "d2", "TTLDXS").status) == (d1, d2)
    reason = next(r for r in verdict(evaluation, "d2", "TTLDXS").reasons if r.code.startswith("has_cstdcs"))
    assert reason.code == ("has_cstdcs_not_chosen" if d2 == NOT_ELIGIBLE else "has_cstdcs_council")
    assert "Điều 27" in build_ruleset(regime_of(2022))[reason.rule].source


def test_evaluate_prints_the_dependency_on_the_cap(run, tmp_path):
    import yaml

    path = tmp_path / "2022.yaml"
    path.write_text(yaml.safe_dump(_two_departments(None).model_dump(mode="json", exclude_none=True),
                                   allow_unicode=True), encoding="utf-8")
    result = run("evaluate", path)
    assert result.exit_code == 0, result.stdout
    assert ("  Danh hiệu tập thể cần thành viên đạt Chiến sĩ thi đua cơ sở, chờ Hội đồng chọn trong 1 suất: "
            "Phòng d1 [d1], Phòng d2 [d2]") in result.stdout
    assert "… Tập thể lao động xuất sắc: chờ Hội đồng chọn trong tỷ lệ" in result.stdout
    assert "Tập thể lao động xuất sắc: 0 đủ tiêu chuẩn, 0 không đủ, 0 chưa xét được, 2 chờ Hội đồng chọn" in result.stdout
    data = json.loads(run("evaluate", path, "--format", "json").stdout)
    assert [d["id"] for d in data["caps"][0]["dependents"]] == ["d1", "d2"]


def test_a_decision_on_a_title_awaiting_the_council_is_refused_with_its_reason():
    from tdkt.documents.proposal import objections
    from tdkt.rules.ruleset import build_ruleset as rules_of

    model = _capped([{"person": "a", "title": "CSTDT", "votes": 5}])  # CSTĐCS places not yet chosen
    evaluation = evaluate(model, rules_of(regime_of(2022)))
    (objection,) = objections(model, evaluation)
    assert objection.title == "Chiến sĩ thi đua cấp bộ, ngành, tỉnh"
    assert objection.reasons == ("2 năm liên tục đạt Chiến sĩ thi đua cơ sở đến hết năm 2021, cần 3: năm 2022 chỉ được tính "
                                 "khi Hội đồng chọn người này trong 1 suất Chiến sĩ thi đua cơ sở (2 người đủ tiêu chuẩn)",)
