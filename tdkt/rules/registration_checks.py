"""Rule checks on registrations, run by `tdkt validate` once the plan's shape is sound."""

from __future__ import annotations

from tdkt.plan.models import Plan
from tdkt.plan.problems import WARNING, Problem
from tdkt.rules.catalogue import Catalogue
from tdkt.rules.evaluate import months_served, places
from tdkt.rules.ruleset import RuleSet

# individual titles whose holder must meet the Lao động tiên tiến standard first
NEEDS_LDTT = {"LDTT", "CSTT", "CSTDCS", "CSTDT", "CSTDTQ"}


def check_registrations(plan: Plan, ruleset: RuleSet, catalogue: Catalogue) -> list[Problem]:
    """Warnings: people hired too recently for LĐTT by year end; registrations over a ratio cap."""
    problems: list[Problem] = []
    people = plan.people()
    minimum = ruleset.value("ldtt_min_months")
    individual: list[tuple[str, tuple]] = []  # (title code, loc) of each person's registration
    collective: list[tuple[str, tuple]] = []
    for i, reg in enumerate(plan.registrations):
        entry = catalogue.lookup(reg.title, ruleset.regime) if reg.title else None
        if entry:
            collective.append((entry.code, ("registrations", i, "title")))
        for j, registered in enumerate(reg.people):
            entry = catalogue.lookup(registered.title, ruleset.regime) if registered.title else None
            if entry is None or entry.code not in NEEDS_LDTT:
                continue
            loc = ("registrations", i, "people", j, "title")
            individual.append((entry.code, loc))
            person = people.get(registered.person)
            if person and person.hired and minimum is not None:
                months = months_served(person.hired, plan.period.end)
                if months < minimum:
                    problems.append(Problem("hired_too_recently", loc, {
                        "name": person.name, "months": months, "until": plan.period.worded("until"), "minimum": minimum,
                        "source": ruleset["ldtt_min_months"].source}, severity=WARNING))
    problems += _cap(ruleset, catalogue, "cstdcs_max_share_of_ldtt", "CSTDCS", individual, len(individual))
    problems += _cap(ruleset, catalogue, "tldxs_max_share_of_tldtt", "TTLDXS", collective,
                     sum(1 for code, _ in collective if code in ("TTLDTT", "TTLDXS")))
    return problems


def _cap(ruleset: RuleSet, catalogue: Catalogue, rule: str, code: str, registered: list[tuple[str, tuple]], base: int) -> list[Problem]:
    """A warning on the first registration of `code` beyond the cap's places."""
    percent = ruleset.value(rule)
    if percent is None:
        return []
    capped = [loc for c, loc in registered if c == code]
    allowed = places(base, percent)
    if len(capped) <= allowed:
        return []
    entry = catalogue.lookup(code, ruleset.regime)
    return [Problem("over_cap", capped[allowed], {
        "count": len(capped), "title": {"vi": entry.abbreviation, "en": entry.name_in("en")}, "places": allowed,
        "percent": percent, "base": base, "source": {lang: ruleset[rule].source_in(lang) for lang in ("vi", "en")}},
        severity=WARNING)]
