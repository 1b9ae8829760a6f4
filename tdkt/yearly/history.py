"""Past years' titles from the plan files beside a plan (`plans/2021.yaml`, …).

A year's own file says what each holder obtained that year (its results, else its
council's decisions) and what its clerk typed as earlier history. What the plan being
judged types in its own `history` stands; the files fill the years it leaves out, and a
year where the two disagree is a located warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tdkt.plan.models import Plan, YearRecord
from tdkt.rules.catalogue import Catalogue, load_catalogue
from tdkt.yearly.records import NONE, year_entries

HISTORY = "history"  # a title typed in an earlier file's own `history`
LOOK_BACK = 10  # years of files looked for


@dataclass(frozen=True)
class Found:
    """One holder's record of one past year, and which file and part of it gave it."""

    kind: str  # person | department
    id: str
    year: int
    record: YearRecord
    path: str
    origin: str  # results | council | none (rating only) | history


@dataclass(frozen=True)
class Conflict:
    """A year typed in the plan that an earlier file records otherwise."""

    found: Found
    typed: YearRecord
    loc: tuple  # where the typed year stands in the plan's data


@dataclass
class Past:
    """What the files beside a plan added to it, where they disagree, and files not used."""

    added: list[Found] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unusable: list[str] = field(default_factory=list)


def earlier_files(path: Path, year: int) -> list[tuple[int, Path]]:
    """(year, file) of the plans beside `path` for the years before `year`, newest first.

    A school year's file (`2024-2025.yaml`) counts for the year it ends in.
    """
    from tdkt.cli.discover import sibling_plan

    found = []
    for earlier in range(year - 1, year - 1 - LOOK_BACK, -1):
        candidate = sibling_plan(path, earlier) or _school_year_file(path, earlier)
        if candidate is not None:
            found.append((earlier, candidate))
    return found


def _school_year_file(path: Path, year: int) -> Path | None:
    """`2024-2025.yaml`: the school year ending in `year`."""
    for suffix in (".yaml", ".yml"):
        candidate = path.with_name(f"{year - 1}-{year}{suffix}")
        if candidate.is_file():
            return candidate
    return None


def records(path: Path, year: int, catalogue: Catalogue | None = None) -> tuple[dict[tuple, Found], list[str]]:
    """{(kind, id, year): Found} from the earlier files; a year's own file first, then later files' history."""
    from tdkt.checking import check_file

    catalogue = catalogue or load_catalogue()
    found: dict[tuple, Found] = {}
    unusable: list[str] = []
    files = earlier_files(path, year)
    loaded = []
    for file_year, file in files:
        checked = check_file(file)
        if not checked.ok or checked.plan.year != file_year:
            unusable.append(str(file))
            continue
        loaded.append((file, checked.plan))
    for file, plan in loaded:  # each year's own outcome first
        entries, origin = year_entries(plan, catalogue)
        for (kind, holder), entry in entries.items():
            if not entry.is_empty():
                record = YearRecord(rating=entry.rating, titles=entry.titles, awards=entry.awards)
                found[(kind, holder, plan.year)] = Found(kind, holder, plan.year, record, str(file), origin)
    for file, plan in loaded:  # then what later files typed about earlier years
        for dept in plan.departments:
            holders = [("department", dept.id, dept.history)] + [("person", p.id, p.history) for p in dept.members]
            for kind, holder, history in holders:
                for past_year, record in history.items():
                    found.setdefault((kind, holder, past_year), Found(kind, holder, past_year, record, str(file), HISTORY))
    return found, unusable


def fill(plan: Plan, path: Path, catalogue: Catalogue | None = None) -> Past:
    """Add to the plan's holders the past years the files beside it record and the plan does not."""
    catalogue = catalogue or load_catalogue()
    found, unusable = records(path, plan.year, catalogue)
    past = Past(unusable=unusable)
    by_holder: dict[tuple[str, str], list[Found]] = {}
    for item in found.values():
        by_holder.setdefault((item.kind, item.id), []).append(item)
    for i, dept in enumerate(plan.departments):
        holders = [("department", dept, ("departments", i))]
        holders += [("person", p, ("departments", i, "members", j)) for j, p in enumerate(dept.members)]
        for kind, holder, loc in holders:
            mine = by_holder.get((kind, holder.id))
            if not mine:
                continue
            history = dict(holder.history)
            for item in sorted(mine, key=lambda f: -f.year):
                typed = history.get(item.year)
                if typed is None:
                    history[item.year] = item.record
                    past.added.append(item)
                elif _differs(typed, item, catalogue):
                    past.conflicts.append(Conflict(item, typed, (*loc, "history", str(item.year))))
            holder.history = dict(sorted(history.items()))
    return past


def codes(record: YearRecord, year: int, catalogue: Catalogue) -> list[str]:
    regime = catalogue.regime_for_year(year)
    return [e.code for e in catalogue.held(None, [*record.titles, *record.awards], regime)]


def _differs(typed: YearRecord, item: Found, catalogue: Catalogue) -> bool:
    if typed.rating and item.record.rating and typed.rating != item.record.rating:
        return True
    if item.origin == NONE:  # that file records no titles of its year: nothing to compare
        return False
    return sorted(codes(typed, item.year, catalogue)) != sorted(codes(item.record, item.year, catalogue))
