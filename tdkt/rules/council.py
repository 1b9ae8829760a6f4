"""The council's decisions weighed against the evaluation: what a proposal cannot carry.

One answer for `tdkt validate` (located findings) and `render-proposal` (which refuses):
a decision for a title the holder's inputs do not support, and more decisions for a
capped title than the cap's places.
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.plan.models import Plan
from tdkt.rules.catalogue import Catalogue, load_catalogue
from tdkt.rules.evaluate import ELIGIBLE, NOT_CHECKED, Cap, Evaluation, Holder, Verdict

SUPPORTED = (ELIGIBLE, NOT_CHECKED)  # not checked: the law leaves it to the council


@dataclass(frozen=True)
class Unsupported:
    """A decision for a title its holder's inputs do not support."""

    loc: tuple  # where the title is named in the plan
    holder: Holder
    verdict: Verdict


@dataclass(frozen=True)
class OverCap:
    """More decisions for a capped title than its places; `locs` are the decisions', in order."""

    cap: Cap
    locs: tuple[tuple, ...]


def decided(plan: Plan, evaluation: Evaluation, catalogue: Catalogue | None = None) -> list[tuple[tuple, tuple[str, str], str]]:
    """(where, holder key, title code) of every title and award the council decided."""
    catalogue = catalogue or load_catalogue()
    regime = evaluation.ruleset.regime
    found = []
    for i, decision in enumerate(plan.council.decisions if plan.council else []):
        key = ("collective", decision.department) if decision.department else ("individual", decision.person)
        named = [(("council", "decisions", i, "title"), decision.title)] if decision.title else []
        named += [(("council", "decisions", i, "awards", k), a) for k, a in enumerate(decision.awards)]
        for loc, name in named:
            entry = catalogue.lookup(name, regime)
            if entry is not None:
                found.append((loc, key, entry.code))
    return found


def objections(plan: Plan, evaluation: Evaluation, catalogue: Catalogue | None = None) -> list[Unsupported | OverCap]:
    """Decisions the evaluation does not support, then caps the decisions exceed."""
    return _objections(evaluation, decided(plan, evaluation, catalogue))


def _objections(evaluation: Evaluation, choices: list[tuple[tuple, tuple[str, str], str]]) -> list[Unsupported | OverCap]:
    holders = {(h.kind, h.id): h for h in [*evaluation.people, *evaluation.departments]}
    found: list[Unsupported | OverCap] = []
    for loc, key, code in choices:
        holder = holders[key]
        verdict = holder.verdicts[code]
        if verdict.status not in SUPPORTED:
            found.append(Unsupported(loc, holder, verdict))
    for cap in evaluation.caps:
        locs = tuple(loc for loc, _, code in choices if code == cap.code)
        if len(locs) > cap.places:
            found.append(OverCap(cap, locs))
    return found


def unsupported(plan: Plan, evaluation: Evaluation, catalogue: Catalogue | None = None) -> set[tuple[str, str, str]]:
    """(holder kind, holder id, title code) of the decisions that stand on no ground: those the
    evaluation does not support, and every decision for a capped title decided beyond its places."""
    choices = decided(plan, evaluation, catalogue)
    found = _objections(evaluation, choices)
    over = {item.cap.code for item in found if isinstance(item, OverCap)}
    keys = {(item.holder.kind, item.holder.id, item.verdict.code) for item in found if isinstance(item, Unsupported)}
    return keys | {(*key, code) for _, key, code in choices if code in over}
