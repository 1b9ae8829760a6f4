"""What each person and department obtained in a plan's year, and on what record."""

from __future__ import annotations

from dataclasses import dataclass, field

from tdkt.plan.models import Plan
from tdkt.rules.catalogue import Catalogue, load_catalogue

RESULTS, COUNCIL, NONE = "results", "council", "none"


@dataclass
class YearEntry:
    """One holder's rating, titles and awards of the year (codes)."""

    rating: str | None = None
    titles: list[str] = field(default_factory=list)
    awards: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.rating or self.titles or self.awards)


def year_entries(plan: Plan, catalogue: Catalogue | None = None) -> tuple[dict[tuple[str, str], YearEntry], str]:
    """{("person"|"department", id): entry} and where the titles come from.

    The recorded results (`results`) when there are any; else the council's decisions
    (`council.decisions`), which are proposals not yet decided above; else none.
    """
    catalogue = catalogue or load_catalogue()
    regime = catalogue.regime_of(plan.year, plan.rules.regime)
    entries: dict[tuple[str, str], YearEntry] = {}
    for dept in plan.departments:
        entries[("department", dept.id)] = YearEntry(rating=dept.rating)
        for person in dept.members:
            entries[("person", person.id)] = YearEntry(rating=person.rating)
    if plan.results:
        source, items = RESULTS, plan.results
    elif plan.council and plan.council.decisions:
        source, items = COUNCIL, plan.council.decisions
    else:
        return entries, NONE
    for item in items:
        key = ("department", item.department) if item.department else ("person", item.person)
        entry = entries.setdefault(key, YearEntry())
        for held in catalogue.held(item.title, item.awards, regime):
            slot = entry.titles if held.kind == "title" else entry.awards
            if held.code not in slot:
                slot.append(held.code)
    return entries, source
