"""A plan checked whole: the plan package's own checks composed with the legal rules' checks.

`tdkt.plan` knows the file format and nothing of the law; `tdkt.rules` knows the law. This
module, above both, gives commands one `check_file` and one `load_plan` that run both.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tdkt.plan import validate
from tdkt.plan.models import Plan
from tdkt.plan.problems import Problem
from tdkt.plan.validate import Checked, Extra, PlanInvalid

__all__ = ["Checked", "PlanInvalid", "check_file", "load_plan"]


class RuleChecks:
    """The rules' checks, as an extension of the plan's: titles on the raw data; rule set and caps on a sound plan.

    With `gate`, also what `render-proposal` would refuse: council decisions the rules or a
    cap do not support. Commands that only read the plan leave it out, so that `evaluate`
    still explains such a plan.
    """

    def __init__(self, gate: bool = False):
        self.gate = gate

    def check_data(self, data: dict) -> list[Problem]:
        from tdkt.rules.catalogue import load_catalogue
        from tdkt.rules.plan_checks import check_authority, check_regime, check_titles

        catalogue = load_catalogue()
        return check_regime(data, catalogue) + check_titles(data, catalogue) + check_authority(data, catalogue)

    def check_plan(self, plan: Plan, path: Path) -> Extra:
        from tdkt.rules.catalogue import load_catalogue
        from tdkt.rules.load import ruleset_for_plan
        from tdkt.rules.registration_checks import check_registrations

        rules = ruleset_for_plan(plan, path)
        problems = rules.in_plan + check_registrations(plan, rules.ruleset, load_catalogue())
        if self.gate and plan.council and plan.council.decisions and not any(found for _, found in rules.in_files):
            from tdkt.yearly.history import fill

            fill(plan, path)  # past titles from the plan files beside it, as evaluate and render-proposal read them
            problems += council_problems(plan, rules.ruleset)
        return Extra(rules.ruleset, problems, rules.in_files)


def council_problems(plan: Plan, ruleset) -> list[Problem]:
    """Each council decision a proposal could not carry, at the line naming the title."""
    from tdkt.rules import council
    from tdkt.rules.catalogue import load_catalogue
    from tdkt.rules.evaluate import evaluate
    from tdkt.rules.explain import reason_text, title_name

    catalogue = load_catalogue()
    evaluation = evaluate(plan, ruleset, catalogue)
    names = {h.id: h.name for h in [*evaluation.people, *evaluation.departments]}
    found = []
    for item in council.objections(plan, evaluation, catalogue):
        if isinstance(item, council.Unsupported):
            failed = [r for r in item.verdict.reasons if r.state not in ("met", "pending")]
            found.append(Problem("council_unsupported", item.loc, {
                "title": {lang: title_name(item.verdict.code, evaluation, catalogue, lang) for lang in ("vi", "en")},
                "holder": item.holder.name,
                "why": {lang: "; ".join(reason_text(r, lang) for r in failed) for lang in ("vi", "en")}}))
        else:
            cap = item.cap
            found.append(Problem("council_over_cap", item.locs[cap.places], {
                "count": len(item.locs), "title": {lang: title_name(cap.code, evaluation, catalogue, lang) for lang in ("vi", "en")},
                "places": cap.places, "percent": cap.percent, "base": cap.base,
                "source": {lang: ruleset[cap.rule].source_in(lang) for lang in ("vi", "en")},
                "names": ", ".join(names[c] for c in cap.candidates)}))
    return found


def check_file(path: str | Path, *, as_of: date | None = None, lang: str = "vi") -> Checked:
    """Every problem of a plan file, the rules' and the proposal's included, placed and worded in `lang`."""
    return _checked(path, as_of, lang, RuleChecks(gate=True))


def load_plan(path: str | Path, *, as_of: date | None = None, lang: str = "vi") -> Checked:
    """Check a plan whole and return it; raise PlanInvalid when it has errors."""
    checked = _checked(path, as_of, lang, RuleChecks())
    if not checked.ok:
        raise PlanInvalid(checked)
    return checked


def _checked(path, as_of: date | None, lang: str, extension: RuleChecks) -> Checked:
    from tdkt.rules.shipped import shipped_problems

    if shipped_problems():  # tdkt's own data is broken: say where, check nothing against it
        return validate.shipped_broken(path, shipped_problems(), lang)
    return validate.check_file(path, as_of=as_of, lang=lang, extension=extension)
