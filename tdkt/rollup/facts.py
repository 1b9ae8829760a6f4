"""What each unit's plan says that the roll-up totals: registrations, proposals, results, movements.

Plain data with the place of each item in the plan (a data path for `Source.locate`), so
the lists, the forms, the checks and the JSON summary all read the same facts.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from tdkt.documents.yearend import share_text
from tdkt.plan.body import Node
from tdkt.plan.dates import DateFormatError, DateRangeError, parse_date
from tdkt.plan.models import Plan
from tdkt.plan.period import Period
from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.authority import authority
from tdkt.rules.ruleset import regime_of

COLLECTIVE, INDIVIDUAL = "collective", "individual"


@dataclass(frozen=True)
class Holder:
    """A department (tập thể) or a person (cá nhân) of a unit."""

    kind: str
    id: str
    name: str
    position: str = ""  # a person's position and department


@dataclass(frozen=True)
class Entry:
    """Titles and awards for one holder: registered, proposed by the council, or obtained."""

    holder: Holder
    codes: tuple[str, ...]
    names: tuple[str, ...]
    loc: tuple
    votes: str = ""
    achievements: str = ""


@dataclass(frozen=True)
class Movement:
    """A phong trào thi đua that a heading of the unit's plan names (`movement:`)."""

    name: str
    kind: str  # thuong_xuyen | chuyen_de
    start: date | None
    end: date | None
    school_year: bool = False  # it runs exactly its plan's school year: counted as "1 năm" (unconfirmed)

    @property
    def duration(self) -> str | None:
        """under_1, 1, 1_3, 3_5, 5_plus (Biểu 0601 rows 06–10), or None without both dates."""
        if self.start is None or self.end is None or self.end < self.start:
            return None
        if self.school_year:
            return "1"
        after = date.fromordinal(self.end.toordinal() + 1)
        def years(n: int) -> date:
            day = min(self.start.day, monthrange(self.start.year + n, self.start.month)[1])
            return date(self.start.year + n, self.start.month, day)
        if after < years(1):
            return "under_1"
        if after == years(1):
            return "1"
        if after < years(3):
            return "1_3"
        return "3_5" if after < years(5) else "5_plus"


@dataclass(frozen=True)
class Person:
    """Who a person is, for finding them in two units."""

    id: str
    name: str
    cccd: str | None
    birth: date | None
    loc: tuple


@dataclass(frozen=True)
class UnitFacts:
    name: str
    abbreviation: str
    regime: str
    people: int
    persons: tuple[Person, ...]
    registrations: tuple[Entry, ...]
    proposals: tuple[Entry, ...]
    results: tuple[Entry, ...]
    movements: tuple[Movement, ...]
    addressee: tuple[str, tuple] | None  # the Tờ trình's first "Kính gửi" and its place
    own: frozenset[str] = frozenset()  # codes the unit's head decides (its plan gives the level), not proposed upward


def facts(plan: Plan) -> UnitFacts:
    """The facts of one valid plan."""
    catalogue, regime = load_catalogue(), regime_of(plan.period.end, plan.rules.regime)
    holders: dict[tuple[str, str], Holder] = {}
    persons = []
    for d_index, dept in enumerate(plan.departments):
        holders[(COLLECTIVE, dept.id)] = Holder(COLLECTIVE, dept.id, dept.name)
        for p_index, person in enumerate(dept.members):
            position = ", ".join(p for p in (person.position, dept.name) if p)
            holders[(INDIVIDUAL, person.id)] = Holder(INDIVIDUAL, person.id, person.name, position)
            persons.append(Person(person.id, person.name, person.cccd, person.birth,
                                  ("departments", d_index, "members", p_index)))

    def entry(kind: str, holder_id: str, title, awards, loc: tuple, **more) -> Entry:
        held = catalogue.held(title, awards, regime)
        holder = holders.get((kind, holder_id)) or Holder(kind, holder_id, holder_id)  # validate reports unknown ids
        return Entry(holder, tuple(e.code for e in held), tuple(e.name for e in held), loc, **more)

    registrations = []
    for r_index, reg in enumerate(plan.registrations):
        if reg.title or reg.awards:
            registrations.append(entry(COLLECTIVE, reg.department, reg.title, reg.awards, ("registrations", r_index)))
        for p_index, person in enumerate(reg.people):
            registrations.append(entry(INDIVIDUAL, person.person, person.title, person.awards,
                                       ("registrations", r_index, "people", p_index)))
    proposals = []
    council = plan.council
    for index, decision in enumerate(council.decisions if council else []):
        kind, holder_id = (COLLECTIVE, decision.department) if decision.department else (INDIVIDUAL, decision.person)
        votes = share_text(decision.votes, council.members) if decision.votes is not None else ""
        proposals.append(entry(kind, holder_id, decision.title, decision.awards, ("council", "decisions", index),
                               votes=votes, achievements=decision.achievements or ""))
    results = []
    for index, result in enumerate(plan.results):
        kind, holder_id = (COLLECTIVE, result.department) if result.department else (INDIVIDUAL, result.person)
        results.append(entry(kind, holder_id, result.title, result.awards, ("results", index)))
    addressees = plan.proposal.addressees
    level = council.decision.authority if council and council.decision else None
    decided = authority(regime.id, level) if level else None
    return UnitFacts(
        own=frozenset(decided.codes) if decided else frozenset(),
        name=plan.unit.name, abbreviation=plan.unit.abbreviation, regime=regime.id,
        people=plan.unit.staff if plan.unit.staff is not None else len(persons), persons=tuple(persons),
        registrations=tuple(registrations), proposals=tuple(proposals), results=tuple(results),
        movements=tuple(movements(plan.plan.body, plan.period)),
        addressee=(addressees[0], ("proposal", "addressees", 0)) if addressees else None,
    )


def movements(nodes: list[Node], period: Period | None = None) -> list[Movement]:
    """Every node marked `movement:` in an outline, in reading order; in a school-year plan, those
    running from the school year's first day to its last are marked as running the school year."""
    found = []
    for node in nodes:
        if node.movement is not None:
            name = node.heading or node.part or node.text or ""
            start, end = _day(node.movement.start, first=True), _day(node.movement.end, first=False)
            whole = period is not None and period.school and (start, end) == (period.start, period.end)
            found.append(Movement(name, node.movement.kind, start, end, whole))
        for children in (node.body, node.items, node.points, node.numbered):
            found += movements(children, period)
    return found


def _day(text: str | None, first: bool) -> date | None:
    """A date, or a month (`9/2025`, `2025-09`) as its first or last day; None when not readable."""
    if not text:
        return None
    try:
        return parse_date(text)
    except (DateFormatError, DateRangeError):
        pass
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{4})\s*", text) or re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text)
    if not match:
        return None
    a, b = (int(g) for g in match.groups())
    year, month = (b, a) if "/" in text else (a, b)
    if not (1 <= month <= 12 and 1900 <= year <= 2999):
        return None
    return date(year, month, 1 if first else monthrange(year, month)[1])
