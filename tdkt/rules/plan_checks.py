"""Checks of a plan's raw data against the shipped data: titles exist under the regime and fit
who holds them; the head's level (`council.decision.authority`) exists under it.

Like the plan's own checks they read the raw data, so that they run even when some fields
are malformed; a value of the wrong shape is skipped (the model check reports it).
"""

from __future__ import annotations

from tdkt.plan.dates import dmy
from tdkt.plan.problems import WARNING, Problem
from tdkt.plan.period import Period
from tdkt.plan.raw import integer, items, period_of, text
from tdkt.rules.authority import LEVELS, absence, level_name, levels_in
from tdkt.rules.catalogue import Catalogue, Entry, Regime
from tdkt.rules.citations import cite


def check_regime(data: object, catalogue: Catalogue) -> list[Problem]:
    """The regime a plan names (`rules: {regime: …}`) is in force on the day its year is weighed."""
    rules = data.get("rules") if isinstance(data, dict) else None
    regime = catalogue.regime(text(rules.get("regime")) or "") if isinstance(rules, dict) else None
    span = _period(data)
    if regime is None or span is None:
        return []
    day = span.end
    if regime.in_force(day):
        return []
    expected = catalogue.regime_for_year(day)
    return [Problem("regime_not_in_force", ("rules", "regime"), {
        "regime": regime.id, "decree": regime.worded("decree"), "date": dmy(day), "period": span.worded("label"),
        "start": dmy(regime.valid_from), "end": dmy(regime.valid_to) if regime.valid_to else "…",
        "expected": expected.id, "expected_decree": expected.worded("decree")})]


def check_authority(data: object, catalogue: Catalogue) -> list[Problem]:
    """The head's level exists and decides under the regime the plan is judged by (no `huyen` from 1/7/2025)."""
    council = data.get("council") if isinstance(data, dict) else None
    frame = council.get("decision") if isinstance(council, dict) else None
    level = text(frame.get("authority")) if isinstance(frame, dict) else None
    period = period_of(data) if level in LEVELS else None  # another value is the model check's to report
    if period is None:
        return []
    rules = data.get("rules")
    regime = catalogue.regime_of(period.end, text(rules.get("regime")) if isinstance(rules, dict) else None)
    levels = levels_in(regime.id)
    if level in levels:
        return _level_of_the_unit(data, level)
    gone = absence(regime.id, level) or {}
    why = {lang: f": {gone[key]} ({cite(gone['source'], lang)})" if gone else ""
           for lang, key in (("vi", "why"), ("en", "why_en"))}
    return [Problem("level_not_in_regime", ("council", "decision", "authority"), {
        "level": level, "decree": regime.worded("decree"), "why": why,
        "levels": {"vi": _listed(levels, "hoặc"), "en": _listed(levels, "or")}})]


PEOPLES_COMMITTEE = "ủy ban nhân dân"  # how a people's committee's name begins
COMMITTEE_LEVELS = ("huyen", "xa")  # the levels whose head is a committee's chairman (authority.yaml `levels`)
COMMUNES = ("xã", "phường", "thị trấn", "đặc khu")


def _level_of_the_unit(data: dict, level: str) -> list[Problem]:
    """A warning when the level cannot be the head's own: a committee chairman's level for a unit
    that is no people's committee (a school, a hospital), or a department head's for a commune's committee."""
    unit = data.get("unit")
    name = " ".join((text(unit.get("name")) or "").split()) if isinstance(unit, dict) else ""
    folded = name.casefold()
    committee = folded.startswith(PEOPLES_COMMITTEE)
    commune = committee and folded[len(PEOPLES_COMMITTEE):].strip().startswith(COMMUNES)
    if (level in COMMITTEE_LEVELS) == committee and not (commune and level == "co_so"):
        return []
    if not name or (level not in COMMITTEE_LEVELS and not commune):
        return []
    return [Problem("level_not_the_units", ("council", "decision", "authority"),
                    {"level": level, "name": level_name(level), "unit": name}, severity=WARNING)]


def _listed(values: tuple[str, ...], last: str) -> str:
    """`a`, `b` or `c`."""
    quoted = [f"`{v}`" for v in values]
    return f"{', '.join(quoted[:-1])} {last} {quoted[-1]}" if len(quoted) > 1 else "".join(quoted)


def check_titles(data: object, catalogue: Catalogue) -> list[Problem]:
    """Every title and award a plan names: in past years' history, registrations, council decisions, results."""
    if not isinstance(data, dict):
        return []
    span = _period(data)
    rules = data.get("rules")
    named = text(rules.get("regime")) if isinstance(rules, dict) else None
    regime = catalogue.regime_of(span.end, named) if span else None
    found: list[Problem] = []

    def titles(holder: dict, loc: tuple, target: str, in_regime: Regime | None = regime, slot: str = "title") -> None:
        if in_regime is not None:
            found.extend(_titles(catalogue, holder, loc, target, in_regime, slot))

    def past(holder: dict, loc: tuple, target: str) -> None:
        history = holder.get("history")
        if isinstance(history, dict):
            for year_of, record in history.items():
                if isinstance(record, dict) and _dated(integer(year_of)):
                    titles(record, (*loc, "history", year_of), target, catalogue.regime_for_year(integer(year_of)), "titles")

    for i, dept in items(data, "departments"):
        past(dept, ("departments", i), "collective")  # a department's history holds collective titles
        for j, person in items(dept, "members"):
            past(person, ("departments", i, "members", j), "individual")
    for i, reg in items(data, "registrations"):
        titles(reg, ("registrations", i), "collective")
        for j, entry in items(reg, "people"):
            titles(entry, ("registrations", i, "people", j), "individual")
    council = data.get("council")
    holders = [(("council", "decisions", i), d) for i, d in items(council, "decisions")]
    holders += [(("results", i), r) for i, r in items(data, "results")]
    for loc, item in holders:
        dept, person = text(item.get("department")), text(item.get("person"))
        if bool(dept) != bool(person):
            titles(item, loc, "collective" if dept else "individual")
    return found


def _period(data: object) -> Period | None:
    """The period a plan's titles are weighed in (a year or a school year); a calendar year
    out of the model's range is still weighed, its range being the model check's to report."""
    if not isinstance(data, dict):
        return None
    year = integer(data.get("year"))
    return period_of(data) or (Period.calendar(year) if _dated(year) else None)


def _dated(year: int | None) -> bool:
    """A year a regime can be found for (a year out of range is the model check's to report)."""
    return year is not None and 1 <= year <= 9999


def _titles(catalogue: Catalogue, holder: dict, loc: tuple, target: str, regime: Regime, slot: str) -> list[Problem]:
    """`title` (or a list `titles`) names danh hiệu for this kind of holder; `awards` name hình thức khen thưởng."""
    named = holder.get(slot)
    if slot == "title":
        refs = [("title", named, (*loc, "title"))]
    else:
        refs = [("title", value, (*loc, slot, k)) for k, value in enumerate(named)] if isinstance(named, list) else []
    awards = holder.get("awards")
    if isinstance(awards, list):
        refs += [("award", value, (*loc, "awards", k)) for k, value in enumerate(awards)]
    found = []
    for kind, value, where in refs:
        name = text(value)
        if name is None:
            continue
        entry = catalogue.lookup(name, regime)
        if entry is None:
            suggestion = catalogue.suggest(name, regime)
            found.append(Problem("unknown_title", where, {"value": name, "regime": regime.worded("decree"),
                                                          **({"suggestion": suggestion} if suggestion else {})}))
        else:
            found += _fits(catalogue, entry, kind, target, where, regime)
    return found


def _fits(catalogue: Catalogue, entry: Entry, slot: str, target: str, where: tuple, regime: Regime) -> list[Problem]:
    if slot == "title" and entry.kind != "title":
        return [Problem("award_in_title", where, {"name": entry.name})]
    if slot == "award" and entry.kind != "award":
        return [Problem("title_in_awards", where, {"name": entry.name})]
    if not entry.fits(target):
        allowed = ", ".join(
            e.code for e in catalogue.entries
            if e.kind == entry.kind and e.fits(target) and regime.id in e.source
        )
        code = "individual_title_for_collective" if target == "collective" else "collective_title_for_person"
        return [Problem(code, where, {"name": entry.name, "allowed": allowed})]
    return []
