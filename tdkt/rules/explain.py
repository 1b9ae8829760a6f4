"""An evaluation as plain, worded data: every verdict with its reasons and their articles."""

from __future__ import annotations

from tdkt.rules.catalogue import Catalogue, load_catalogue
from tdkt.rules.evaluate import Cap, Evaluation, Holder, Reason, Verdict
from tdkt.rules.reasons import say, status_word, word


def explain(evaluation: Evaluation, lang: str = "vi", catalogue: Catalogue | None = None) -> dict:
    """The evaluation as JSON-ready data, worded in `lang`.

    Identical reasons (most people share "rated htt, needs htt or better") are worded
    once and their dict is shared between holders: treat the result as read-only.
    """
    wording = _Wording(evaluation, lang, catalogue or load_catalogue())
    rules = evaluation.ruleset
    return {
        "year": evaluation.year,
        "period": _period(evaluation, lang),
        "regime": {"id": rules.regime.id, "name": rules.regime.name_in(lang)},
        "overrides": rules.overrides_from,
        "unconfirmed": sorted(name for name, rule in rules.rules.items() if not rule.confirmed),
        "people": [wording.holder(h) for h in evaluation.people],
        "departments": [wording.holder(h) for h in evaluation.departments],
        "caps": [wording.cap(c) for c in evaluation.caps],
    }


def _period(evaluation: Evaluation, lang: str) -> dict:
    """The period weighed: its kind, name and title (`Năm 2022`, `Năm học 2025-2026`)."""
    period = evaluation.period
    return {"kind": period.kind, "name": period.name, "title": period.word("title", lang)}


def reason_text(reason: Reason, lang: str) -> str:
    params = dict(reason.params)
    params.update({key: word(value, lang) for key, value in reason.words.items()})
    return say(reason.code, params, lang)


def title_name(code: str, evaluation: Evaluation, catalogue: Catalogue, lang: str = "vi") -> str:
    entry = catalogue.lookup(code, evaluation.ruleset.regime)
    return entry.name_in(lang) if entry else code


class _Wording:
    """Words one evaluation, remembering what it has already worded."""

    def __init__(self, evaluation: Evaluation, lang: str, catalogue: Catalogue):
        self.evaluation, self.lang, self.catalogue = evaluation, lang, catalogue
        self.titles: dict[str, str] = {}
        self.reasons: dict[tuple, dict] = {}

    def holder(self, holder: Holder) -> dict:
        return {
            "kind": holder.kind,
            "id": holder.id,
            "name": holder.name,
            "department": holder.department,
            "registered": list(holder.registered),
            "verdicts": [self.verdict(v) for v in holder.verdicts.values()],
        }

    def verdict(self, verdict: Verdict) -> dict:
        return {
            "code": verdict.code,
            "title": self.title(verdict.code),
            "status": verdict.status,
            "status_text": status_word(verdict.status, self.lang),
            "reasons": [self.reason(r, verdict.code) for r in verdict.reasons],
        }

    def title(self, code: str) -> str:
        if code not in self.titles:
            self.titles[code] = title_name(code, self.evaluation, self.catalogue, self.lang)
        return self.titles[code]

    def reason(self, reason: Reason, title: str) -> dict:
        key = (title, reason.rule, reason.code, reason.state, *reason.params.items(), None, *reason.words.items())
        try:
            found = self.reasons.get(key)
        except TypeError:  # a value that cannot be a key: word it every time
            key, found = None, None
        if found is None:
            found = {**self._source(reason, title), "text": reason_text(reason, self.lang)}
            if key is not None:
                self.reasons[key] = found
        return found

    def _source(self, reason: Reason, title: str) -> dict:
        rules = self.evaluation.ruleset
        rule = rules.rules.get(reason.rule) if reason.rule else None
        if rule is not None:
            source, confirmed, cited = rule.source_in(self.lang), rule.confirmed, rule.cited
        else:  # the title's own articles, named without their clauses
            entry = self.catalogue.lookup(title, rules.regime)
            source, confirmed, cited = (entry.source_in(rules.regime.id, self.lang) if entry else ""), True, False
        return {"state": reason.state, "code": reason.code, "source": source, "confirmed": confirmed, "cited": cited}

    def cap(self, cap: Cap) -> dict:
        evaluation = self.evaluation
        names = {h.id: h.name for h in [*evaluation.people, *evaluation.departments]}
        return {
            "code": cap.code,
            "title": self.title(cap.code),
            "percent": str(cap.percent),
            "base": cap.base,
            "places": cap.places,
            "candidates": [{"id": c, "name": names[c]} for c in cap.candidates],
            "over": cap.over,
            "dependents": [{"id": d, "name": names[d]} for d in cap.dependents],
            "source": evaluation.ruleset[cap.rule].source_in(self.lang),
            "confirmed": evaluation.ruleset[cap.rule].confirmed,
            "cited": evaluation.ruleset[cap.rule].cited,
        }
