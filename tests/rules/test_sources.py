"""Every reason names its article and clause; a line resting on an unconfirmed value or clause is marked."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import SEED_PLAN
from tdkt.rules.ruleset import criteria_data

CLAUSE = re.compile(r"\b[Kk]hoản \d+ Điều \d+")
SEED = SEED_PLAN.read_text(encoding="utf-8")


@pytest.mark.parametrize("regime", ["nd91", "nd98", "nd152"])
def test_every_criterion_names_a_clause_or_says_it_is_unchecked(regime):
    for name, spec in criteria_data().items():
        entry = spec[regime]
        if entry["value"] is None or not entry.get("cited", True):
            continue
        assert CLAUSE.search(entry["source"]), (name, regime, entry["source"])


@pytest.mark.parametrize("regime, rule, source, cited", [
    # quoted statute text: Luật 2022 Điều 24 khoản 1 điểm a; Điều 23 khoản 1, 2; Điều 22, 21 khoản 1 điểm a, b
    ("nd98", "ldtt_min_rating", "Điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022", True),
    ("nd98", "cstdcs_needs_ldtt", "Khoản 1 Điều 23 Luật Thi đua, khen thưởng 2022", True),
    ("nd98", "cstdcs_needs_initiative", "Khoản 2 Điều 23 Luật Thi đua, khen thưởng 2022", True),
    ("nd98", "cstdt_consecutive_cstdcs", "Điểm a khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022", True),
    ("nd98", "cstdtq_wide_initiative", "Điểm b khoản 1 Điều 21 Luật Thi đua, khen thưởng 2022", True),
    ("nd98", "cstdcs_min_vote", "Khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP", True),
    ("nd98", "bkt_consecutive_cstdcs", "Điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng 2022", True),
    ("nd91", "cstdcs_max_share_of_ldtt", "Khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP", True),
    # the 2003 law's clauses and Điều 27, 28 of the 2022 law were not checked against the text
    ("nd91", "cstdcs_needs_initiative", "Khoản 2 Điều 23 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)", False),
    ("nd98", "tldxs_needs_cstdcs", "Khoản 4 Điều 27 Luật Thi đua, khen thưởng 2022", False),
])
def test_sources_by_regime(regime, rule, source, cited):
    from tdkt.rules.ruleset import build_ruleset, regime_of

    found = build_ruleset(regime_of({"nd91": 2022, "nd98": 2024, "nd152": 2025}[regime]))[rule]
    assert (found.source, found.cited) == (source, cited)


def _reasons(run, path):
    data = json.loads(run("evaluate", path, "--format", "json").stdout)
    return [r for h in data["people"] + data["departments"] for v in h["verdicts"] for r in v["reasons"]]


def test_no_reason_on_the_seed_lacks_a_clause_unmarked(run):
    reasons = _reasons(run, SEED_PLAN)
    unmarked = [r["source"] for r in reasons if r["cited"] and r["confirmed"] and not CLAUSE.search(r["source"])]
    assert reasons and unmarked == []


def test_each_evaluate_line_on_an_unconfirmed_value_is_marked(run):
    lines = run("evaluate", SEED_PLAN).stdout.splitlines()
    months = next(line for line in lines if "công tác" in line and "tháng" in line)
    assert months.endswith("(chưa đối chiếu điều, khoản)")  # Nghị định 91/2017: article not checked
    gk = next(line for line in lines if "cần hoàn thành tốt nhiệm vụ trở lên — Khoản 1 Điều 75" in line)
    assert gk.endswith("(chưa đối chiếu)")  # gk_min_rating: the value itself is unconfirmed
    reason_lines = [line for line in lines if line.startswith("      ") and " — " in line]
    for line in reason_lines:
        assert CLAUSE.search(line) or line.endswith(("(chưa đối chiếu)", "(chưa đối chiếu điều, khoản)")), line


def test_marks_in_english(run):
    out = run("evaluate", SEED_PLAN, "--lang", "en").stdout
    assert "(article, clause unconfirmed)" in out and "(unconfirmed)" in out
