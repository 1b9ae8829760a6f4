"""Checks across units, each placed in the unit plan it concerns (`plan:line:col: message`).

- the same person in two units: by `cccd` when both carry one, else by name and birth date;
- a sector cap from rollup.yaml (`caps:`) exceeded by the units' proposals (or registrations)
  taken together: reported at the first one beyond the cap, units in path order;
- proposals within the units' own authority (`units_decide:`), and proposals sent past the
  roll-up office (the Tờ trình's "Kính gửi" names neither the office nor one of its aliases).
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.plan.problems import ERROR, WARNING, Finding, Problem
from tdkt.rollup.collect import Unit
from tdkt.rollup.config import Loaded
from tdkt.rollup.deciders import level_of
from tdkt.rollup.facts import UnitFacts
from tdkt.rollup.place import place
from tdkt.rules.catalogue import fold, load_catalogue
from tdkt.rules.evaluate import places

LAW_83 = "khoản 1 Điều 83 Luật Thi đua, khen thưởng 2022"


@dataclass(frozen=True)
class Counted:
    """A counted unit with its facts."""

    unit: Unit
    facts: UnitFacts


def check(counted: list[Counted], loaded: Loaded, office: str, lang: str) -> list[Finding]:
    """Every cross-unit finding (and rollup.yaml's own problems), placed and worded."""
    pending: list[tuple[Problem, Unit]] = []
    pending += _same_people(counted)
    config_problems = list(loaded.problems)
    caps, more = _caps(counted, loaded)
    pending += caps
    config_problems += more
    pending += _authority(counted, loaded, office)
    findings = [place(p, loaded.source, lang) for p in config_problems] if loaded.source else []
    findings += [place(problem, unit.source, lang) for problem, unit in pending]
    return findings


def _where(unit: Unit, loc: tuple) -> str:
    (line, column), _ = unit.source.locate(loc)
    return f"{unit.path}:{line}:{column}"


def _same_people(counted: list[Counted]) -> list[tuple[Problem, Unit]]:
    by_id: dict[str, tuple] = {}
    by_name: dict[tuple, list[tuple]] = {}
    found = []
    for item in counted:
        involved = {e.holder.id for e in (*item.facts.registrations, *item.facts.proposals) if e.holder.kind == "individual"}
        seen_here: set[str] = set()
        for person in item.facts.persons:
            if person.id in seen_here:
                continue
            seen_here.add(person.id)
            first, key = None, ""
            if person.cccd and person.cccd in by_id:
                first, key = by_id[person.cccd], "cccd"
            elif person.birth is not None:
                for other in by_name.get((fold(person.name), person.birth), []):
                    if not (person.cccd and other[1].cccd and other[1].cccd != person.cccd) and other[0] is not item:
                        first, key = other, "name"
                        break
            if first is not None and first[0] is not item:
                other_item, other_person, other_involved = first
                both = person.id in involved and other_person.id in other_involved
                found.append((Problem(f"rollup_same_person_{key}", person.loc, {
                    "name": person.name, "other": other_item.facts.name, "where": _where(other_item.unit, other_person.loc)},
                    severity=ERROR if both else WARNING), item.unit))
            record = (item, person, involved)
            if person.cccd:
                by_id.setdefault(person.cccd, record)
            if person.birth is not None:
                by_name.setdefault((fold(person.name), person.birth), []).append(record)
    return found


def _caps(counted: list[Counted], loaded: Loaded) -> tuple[list[tuple[Problem, Unit]], list[Problem]]:
    catalogue = load_catalogue()
    found, config_problems = [], []
    regime = catalogue.regime(counted[0].facts.regime) if counted else None
    for index, cap in enumerate(loaded.config.caps):
        entry = catalogue.lookup(cap.title, regime) if regime else None
        base_entry = catalogue.lookup(cap.of, regime) if regime and cap.of != "people" else None
        for ref, hit, loc in ((cap.title, entry, ("caps", index, "title")), (cap.of, base_entry, ("caps", index, "of"))):
            if regime and ref != "people" and hit is None:
                config_problems.append(Problem("unknown_title", loc, {"value": ref, "regime": regime.worded(),
                                                                      "suggestion": catalogue.suggest(ref, regime) or "…"}))
        if entry is None or (cap.of != "people" and base_entry is None) or (cap.max is None) == (cap.percent is None):
            continue
        holders = [(item, e) for item in counted
                   for e in (item.facts.proposals if cap.counts == "proposals" else item.facts.registrations)]
        capped = [(item, e) for item, e in holders if entry.code in e.codes]
        if cap.max is not None:
            limit, basis = cap.max, str(cap.max)
        else:
            base = (sum(item.facts.people for item in counted) if cap.of == "people"
                    else sum(1 for _, e in holders if base_entry.code in e.codes))
            limit = places(base, cap.percent)
            basis = f"{cap.percent}% của {base}"
        if len(capped) <= limit:
            continue
        item, e = capped[limit]
        found.append((Problem(f"rollup_over_cap_{cap.counts}", e.loc, {
            "title": entry.abbreviation, "count": limit + 1, "places": limit, "basis": basis, "total": len(capped),
            "source": cap.source, "rules": str(loaded.source.path) if loaded.source else ""}, severity=ERROR), item.unit))
    return found, config_problems


def _authority(counted: list[Counted], loaded: Loaded, office: str) -> list[tuple[Problem, Unit]]:
    catalogue, found = load_catalogue(), []
    names = [fold(n) for n in (office, *loaded.config.office.aliases) if n]
    for item in counted:
        regime = catalogue.regime(item.facts.regime)
        own = {e.code for ref in loaded.config.units_decide if (e := catalogue.lookup(ref, regime))}
        upward, first_upward = [], None
        for proposal in item.facts.proposals:
            for code, name in zip(proposal.codes, proposal.names, strict=True):
                if code in item.facts.own:  # the unit's head decides it, as its plan says: not sent upward
                    continue
                if code in own:
                    level = level_of(code)
                    found.append((Problem("rollup_own_authority", proposal.loc, {
                        "title": name, "basis": level.source, "office": office}, severity=WARNING), item.unit))
                elif name not in upward:
                    upward.append(name)
                    first_upward = first_upward or proposal.loc
        if upward and item.facts.addressee is None and office:
            found.append((Problem("rollup_no_addressee", first_upward, {
                "titles": ", ".join(upward), "office": office, "basis": LAW_83}, severity=WARNING), item.unit))
        if upward and item.facts.addressee and names:
            text, loc = item.facts.addressee
            if not any(n in fold(text) for n in names):
                found.append((Problem("rollup_wrong_level", loc, {
                    "titles": ", ".join(upward), "addressee": text, "office": office, "basis": LAW_83}, severity=ERROR),
                    item.unit))
    return found
