"""The consolidated lists as plain rows: registrations by unit, proposals by deciding level and unit.

The .docx templates and the .xlsx writer read the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.rollup.deciders import Level, level_of, rank
from tdkt.rollup.facts import COLLECTIVE, Entry, UnitFacts
from tdkt.rules.catalogue import load_catalogue


@dataclass(frozen=True)
class ListRow:
    unit: str
    kind: str  # Tập thể | Cá nhân
    name: str
    position: str
    titles: str
    awards: str
    votes: str = ""
    achievements: str = ""


@dataclass(frozen=True)
class Group:
    """Proposals decided at one level: the office's own, or a level above it."""

    key: str
    heading: str
    basis: str
    units: tuple[tuple[str, tuple[ListRow, ...]], ...]  # (unit name, rows)


def _split(entry: Entry, codes: tuple[str, ...]) -> tuple[str, str]:
    """The names of `codes` in `entry`: titles, then award forms."""
    catalogue = load_catalogue()
    kinds = {e.code: e.kind for e in catalogue.entries}
    named = dict(zip(entry.codes, entry.names, strict=True))
    titles = "; ".join(named[c] for c in codes if kinds.get(c) == "title")
    awards = "; ".join(named[c] for c in codes if kinds.get(c) != "title")
    return titles, awards


def _row(unit: str, entry: Entry, codes: tuple[str, ...]) -> ListRow:
    titles, awards = _split(entry, codes)
    kind = "Tập thể" if entry.holder.kind == COLLECTIVE else "Cá nhân"
    return ListRow(unit, kind, entry.holder.name, entry.holder.position, titles, awards, entry.votes, entry.achievements)


def registrations(units: list[UnitFacts]) -> list[tuple[str, tuple[ListRow, ...]]]:
    """Each unit's registrations, collectives first, in the plan's order."""
    out = []
    for unit in units:
        ordered = sorted(unit.registrations, key=lambda e: e.holder.kind != COLLECTIVE)
        out.append((unit.name, tuple(_row(unit.name, e, e.codes) for e in ordered)))
    return out


def proposals(units: list[UnitFacts], office: str, office_level: str, units_decide: set[str]) -> list[Group]:
    """The council decisions of every unit, grouped by who decides each title or award."""
    groups: dict[str, dict[tuple[int, str], list[ListRow]]] = {}  # units by position: two may share a name
    bases: dict[str, dict[str, Level]] = {}
    for position, unit in enumerate(units):
        for entry in sorted(unit.proposals, key=lambda e: e.holder.kind != COLLECTIVE):
            by_key: dict[str, list[str]] = {}
            for code in entry.codes:
                level = level_of(code)
                own = code in units_decide or code in unit.own
                key = "unit" if own else ("office" if rank(level.id) <= rank(office_level) else level.id)
                bases.setdefault(key, {})[level.id] = level
                by_key.setdefault(key, []).append(code)
            for key, codes in by_key.items():
                groups.setdefault(key, {}).setdefault((position, unit.name), []).append(_row(unit.name, entry, tuple(codes)))
    above = sorted((k for k in groups if k not in ("unit", "office")), key=rank)
    out = []
    for key in [k for k in ("unit", "office") if k in groups] + above:
        levels = sorted(bases[key].values(), key=lambda lv: rank(lv.id))
        basis = "; ".join(lv.source + ("" if lv.confirmed else " (chưa xác nhận)") for lv in levels)
        if key == "unit":
            heading = "Thuộc thẩm quyền thủ trưởng các đơn vị (đơn vị tự quyết định, không cần đề nghị)"
        elif key == "office":
            heading = f"Thuộc thẩm quyền {office}"
        else:
            heading = f"Đề nghị {levels[0].name} xét, quyết định"
        out.append(Group(key, heading, basis, tuple((name, tuple(rows)) for (_, name), rows in groups[key].items())))
    return out
