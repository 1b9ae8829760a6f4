"""Wording an evaluation: every reason worded as if alone, even when wording is shared."""

from __future__ import annotations

from tdkt.checking import load_plan
from tdkt.rules.evaluate import evaluate
from tdkt.rules.explain import explain, reason_text
from tests.conftest import SEED_PLAN


def test_shared_wording_matches_each_reason():
    checked = load_plan(SEED_PLAN, lang="vi")
    evaluation = evaluate(checked.plan, checked.ruleset)
    for lang in ("vi", "en"):
        data = explain(evaluation, lang)
        worded = {(h["id"], v["code"]): [r["text"] for r in v["reasons"]] for h in data["people"] for v in h["verdicts"]}
        for holder in evaluation.people:
            for verdict in holder.verdicts.values():
                assert worded[holder.id, verdict.code] == [reason_text(r, lang) for r in verdict.reasons]


def test_reasons_differing_only_in_a_value_are_worded_apart():
    checked = load_plan(SEED_PLAN, lang="vi")
    data = explain(evaluate(checked.plan, checked.ruleset), "vi")
    months = {r["text"] for h in data["people"] for v in h["verdicts"] for r in v["reasons"] if r["code"] == "months"}
    assert len(months) > 1
