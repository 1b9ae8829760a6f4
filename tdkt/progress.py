"""Progress through the year, computed once from a plan: what reports and `status` show.

Cancelled milestones are left out of what is planned; a milestone is overdue when it is
planned or in progress and its due date (default: the last day of its month, quarter or
semester) is before the as-of date. A task recorded done after the as-of date was still
in progress on that date, and is counted so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from tdkt.plan.models import Milestone, Plan
from tdkt.rules.catalogue import Entry, load_catalogue

OPEN = ("planned", "in_progress")


@dataclass(frozen=True)
class MilestoneState:
    """A milestone with what follows from the as-of date."""

    milestone: Milestone
    owner: str  # owners' names, joined ('' when none)
    due: date
    overdue: bool
    part: int = 0  # the quarter, or semester, it belongs to
    status: str = ""  # its status on the as-of date


@dataclass(frozen=True)
class QuarterTally:
    """Milestone counts of one quarter."""

    quarter: int
    total: int
    planned: int  # total less cancelled
    done: int
    in_progress: int
    not_started: int
    cancelled: int
    overdue: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.planned) if self.planned else 0


@dataclass(frozen=True)
class TitleTally:
    """Registrations and results for one title or award form."""

    entry: Entry
    registered: int
    obtained: int


@dataclass(frozen=True)
class DepartmentRow:
    """A department's registration: its collective title and counts of its people's titles."""

    name: str
    collective: str  # title name, '' when none
    people: int  # members registered
    titles: dict  # code -> count


@dataclass
class Progress:
    """Everything the reports and the dashboard count, as of one date."""

    as_of: date
    states: list[MilestoneState]
    quarters: list[QuarterTally]
    titles: list[TitleTally] = field(default_factory=list)
    departments: list[DepartmentRow] = field(default_factory=list)
    results_recorded: bool = False  # the plan records `results`; else `obtained` is unknown, not 0

    def of_quarters(self, quarters: tuple[int, ...]) -> list[MilestoneState]:
        return [s for s in self.states if s.part in quarters]

    def overdue(self, quarters: tuple[int, ...] = (1, 2, 3, 4)) -> list[MilestoneState]:
        return [s for s in self.of_quarters(quarters) if s.overdue]

    def tally(self, quarters: tuple[int, ...]) -> QuarterTally:
        """The sum of several quarters (e.g. the first six months)."""
        rows = [q for q in self.quarters if q.quarter in quarters]
        return QuarterTally(0, *(sum(getattr(q, f) for q in rows) for f in
                                 ("total", "planned", "done", "in_progress", "not_started", "cancelled", "overdue")))

    @property
    def registered_people(self) -> int:
        return sum(d.people for d in self.departments)

    @property
    def registered_collectives(self) -> int:
        return sum(1 for d in self.departments if d.collective)


def compute(plan: Plan, as_of: date) -> Progress:
    """Milestone states, quarter tallies, and registrations and results per title."""
    names = {d.id: d.name for d in plan.departments}
    period = plan.period
    states = []
    for m in plan.plan.milestones:
        due = m.due_date(period)
        status = "in_progress" if m.status == "done" and m.done_on and m.done_on > as_of else m.status
        owner = "; ".join(names.get(o, o) for o in m.owner)
        states.append(MilestoneState(m, owner, due, status in OPEN and due < as_of, m.part(period), status))
    quarters = [_tally(q, [s for s in states if s.part == q]) for q in period.parts()]
    progress = Progress(as_of=as_of, states=states, quarters=quarters)
    _registrations(plan, progress, names)
    return progress


def _tally(quarter: int, states: list[MilestoneState]) -> QuarterTally:
    status = Counter(s.status for s in states)
    return QuarterTally(
        quarter=quarter,
        total=len(states),
        planned=len(states) - status["cancelled"],
        done=status["done"],
        in_progress=status["in_progress"],
        not_started=status["planned"],
        cancelled=status["cancelled"],
        overdue=sum(1 for s in states if s.overdue),
    )


def _registrations(plan: Plan, progress: Progress, names: dict) -> None:
    """What was registered by the as-of date (not people hired after it), and what was obtained."""
    catalogue = load_catalogue()
    people = plan.people()
    regime = catalogue.regime_of(plan.period.end, plan.rules.regime)

    def entry(text: str | None) -> Entry | None:
        return catalogue.lookup(text, regime) if text else None

    registered: Counter = Counter()
    obtained: Counter = Counter()
    for reg in plan.registrations if _registered_by(plan, progress.as_of) else ():
        collective = entry(reg.title)
        codes = Counter()
        present = [p for p in reg.people if _hired_by(people.get(p.person), progress.as_of)]
        for holder in (reg, *present):
            for e in filter(None, (entry(holder.title), *(entry(a) for a in holder.awards))):
                registered[e] += 1
        for person in present:
            e = entry(person.title)
            if e:
                codes[e.code] += 1
        holder = names.get(reg.department, reg.department) if reg.department else plan.unit.name
        progress.departments.append(DepartmentRow(holder,
                                                  collective.name if collective else "", len(present), dict(codes)))
    results = [r for r in plan.results if r.date is None or r.date <= progress.as_of]  # decided by the as-of date
    progress.results_recorded = bool(results)
    for result in results:
        for e in filter(None, (entry(result.title), *(entry(a) for a in result.awards))):
            obtained[e] += 1
    order = {e.code: i for i, e in enumerate(catalogue.entries)}
    for e in sorted(set(registered) | set(obtained), key=lambda e: order[e.code]):
        progress.titles.append(TitleTally(e, registered[e], obtained[e]))


def _registered_by(plan: Plan, as_of: date) -> bool:
    """Whether the unit had registered by `as_of`: not when its Bản đăng ký is dated later."""
    when = plan.registration_document.date
    return when is None or when <= as_of


def _hired_by(person, as_of: date) -> bool:
    """Whether a registered person was on the staff by `as_of` (an unknown hiring date counts)."""
    return person is None or person.hired is None or person.hired <= as_of


def quarter_started(plan: Plan, quarter: int, as_of: date) -> bool:
    """Whether the quarter (or semester) has begun by the as-of date."""
    return as_of >= plan.period.part_bounds(quarter)[0]
