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
    """The rules' checks, as an extension of the plan's: titles on the raw data; rule set and caps on a sound plan."""

    def check_data(self, data: dict) -> list[Problem]:
        from tdkt.rules.catalogue import load_catalogue
        from tdkt.rules.plan_checks import check_titles

        return check_titles(data, load_catalogue())

    def check_plan(self, plan: Plan, path: Path) -> Extra:
        from tdkt.rules.catalogue import load_catalogue
        from tdkt.rules.load import ruleset_for_plan
        from tdkt.rules.registration_checks import check_registrations

        ruleset, rules_source, in_plan, in_rules = ruleset_for_plan(plan, path)
        problems = in_plan + check_registrations(plan, ruleset, load_catalogue())
        return Extra(ruleset, problems, rules_source, in_rules)


def check_file(path: str | Path, *, as_of: date | None = None, lang: str = "vi") -> Checked:
    """Every problem of a plan file, the rules' included, placed and worded in `lang`."""
    return validate.check_file(path, as_of=as_of, lang=lang, extension=RuleChecks())


def load_plan(path: str | Path, *, as_of: date | None = None, lang: str = "vi") -> Checked:
    """Check a plan whole and return it; raise PlanInvalid when it has errors."""
    return validate.load_plan(path, as_of=as_of, lang=lang, extension=RuleChecks())
