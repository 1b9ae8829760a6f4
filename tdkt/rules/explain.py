"""An evaluation as plain, worded data: every verdict with its reasons and their articles."""

from __future__ import annotations

from tdkt.rules.catalogue import Catalogue, load_catalogue
from tdkt.rules.evaluate import Cap, Evaluation, Holder, Reason, Verdict
from tdkt.rules.reasons import say, status_word, word


def explain(evaluation: Evaluation, lang: str = "vi", catalogue: Catalogue | None = None) -> dict:
    """The evaluation as JSON-ready data, worded in `lang`."""
    catalogue = catalogue or load_catalogue()
    rules = evaluation.ruleset
    return {
        "year": evaluation.year,
        "regime": {"id": rules.regime.id, "name": rules.regime.name},
        "overrides": rules.overrides_from,
        "unconfirmed": sorted(name for name, rule in rules.rules.items() if not rule.confirmed),
        "people": [_holder(h, evaluation, lang, catalogue) for h in evaluation.people],
        "departments": [_holder(h, evaluation, lang, catalogue) for h in evaluation.departments],
        "caps": [_cap(c, evaluation, lang, catalogue) for c in evaluation.caps],
    }


def reason_text(reason: Reason, lang: str) -> str:
    params = dict(reason.params)
    params.update({key: word(value, lang) for key, value in reason.words.items()})
    return say(reason.code, params, lang)


def title_name(code: str, evaluation: Evaluation, catalogue: Catalogue) -> str:
    entry = catalogue.lookup(code, evaluation.ruleset.regime)
    return entry.name if entry else code


def _holder(holder: Holder, evaluation: Evaluation, lang: str, catalogue: Catalogue) -> dict:
    return {
        "kind": holder.kind,
        "id": holder.id,
        "name": holder.name,
        "department": holder.department,
        "registered": list(holder.registered),
        "verdicts": [_verdict(v, evaluation, lang, catalogue) for v in holder.verdicts.values()],
    }


def _verdict(verdict: Verdict, evaluation: Evaluation, lang: str, catalogue: Catalogue) -> dict:
    return {
        "code": verdict.code,
        "title": title_name(verdict.code, evaluation, catalogue),
        "status": verdict.status,
        "status_text": status_word(verdict.status, lang),
        "reasons": [_reason(r, verdict, evaluation, catalogue) | {"text": reason_text(r, lang)} for r in verdict.reasons],
    }


def _reason(reason: Reason, verdict: Verdict, evaluation: Evaluation, catalogue: Catalogue) -> dict:
    rule = evaluation.ruleset.rules.get(reason.rule) if reason.rule else None
    if rule is not None:
        source, confirmed = rule.source, rule.confirmed
    else:
        entry = catalogue.lookup(verdict.code, evaluation.ruleset.regime)
        source, confirmed = (entry.source.get(evaluation.ruleset.regime.id, "") if entry else ""), True
    return {"state": reason.state, "code": reason.code, "source": source, "confirmed": confirmed}


def _cap(cap: Cap, evaluation: Evaluation, lang: str, catalogue: Catalogue) -> dict:
    names = {h.id: h.name for h in [*evaluation.people, *evaluation.departments]}
    return {
        "code": cap.code,
        "title": title_name(cap.code, evaluation, catalogue),
        "percent": str(cap.percent),
        "base": cap.base,
        "places": cap.places,
        "candidates": [{"id": c, "name": names[c]} for c in cap.candidates],
        "over": cap.over,
        "source": evaluation.ruleset[cap.rule].source,
    }
