"""`tdkt import registrations`: the departments' filled-in workbook merged into the plan.

The summary sheet gives the unit's own collective title (the row named by the unit, without
an id) and each department's, each department's sheet its people's. A person listed with neither title nor award is not registered; people a
sheet leaves out keep what the plan has. Titles match by code or name, with or without
diacritics, as in the plan file; a value equal to the plan's (`LDTT` for `Lao động tiên
tiến`) is no change, so the plan's own spelling stays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tdkt.excel.layout import DEPARTMENT_REGISTRATION, PEOPLE_REGISTRATION, SUMMARY_SHEET, split_awards
from tdkt.excel.merge import Change, Outcome, find, make_id
from tdkt.excel.reading import Problem, Row, open_workbook, sheets
from tdkt.plan.models import Plan
from tdkt.rules.catalogue import Catalogue, Regime, fold, load_catalogue


@dataclass
class Wanted:
    """A holder's title and award codes as the workbook gives them, and the row they came from."""

    title: str | None
    awards: list[str]
    row: Row

    @property
    def empty(self) -> bool:
        return self.title is None and not self.awards

    def over(self, before: tuple[str | None, list[str]]) -> tuple[str | None, list[str]]:
        """What the holder ends with: a column the sheet lacks keeps the plan's value."""
        return (self.title if "title" in self.row.columns else before[0],
                self.awards if "awards" in self.row.columns else before[1])


@dataclass
class Registrations(Outcome):
    departments: dict[str | None, Wanted] = field(default_factory=dict)  # None: the unit's own
    people: dict[str, dict[str, Wanted]] = field(default_factory=dict)  # department → person → wanted
    new_people: dict[str, list[dict]] = field(default_factory=dict)  # department → [{id, name, position}]
    order: list[str] = field(default_factory=list)  # the plan's departments, for new registrations


def read(path: Path, plan: Plan, add_people: bool = False, catalogue: Catalogue | None = None) -> Registrations:
    """Every problem of the workbook against the plan, or the changes it makes."""
    catalogue = catalogue or load_catalogue()
    reader = _Reader(plan, catalogue, add_people)
    workbook = open_workbook(path)
    try:
        summary_key = fold(SUMMARY_SHEET)
        for sheet in sheets(workbook, PEOPLE_REGISTRATION + DEPARTMENT_REGISTRATION[1:], reader.out.problems):
            if fold(sheet.name) == summary_key or ("department" in sheet.columns and "person" not in sheet.columns):
                reader.summary(sheet)
            else:
                reader.department_sheet(sheet)
    finally:
        workbook.close()
    reader.compare()
    return reader.out


class _Reader:
    def __init__(self, plan: Plan, catalogue: Catalogue, add_people: bool):
        self.plan, self.catalogue, self.add_people = plan, catalogue, add_people
        self.regime: Regime = catalogue.regime_of(plan.year, plan.rules.regime)
        self.out = Registrations(order=[d.id for d in plan.departments])
        self.home = {p.id: d.id for d in plan.departments for p in d.members}
        self.names = {d.id: d.name for d in plan.departments}
        self.seen: dict[str, str] = {}  # person → where first listed
        self.taken = set(self.home) | set(self.names)

    def problem(self, row_or_sheet, cell: str, code: str, **params) -> None:
        sheet = row_or_sheet.sheet if isinstance(row_or_sheet, Row) else row_or_sheet
        self.out.problems.append(Problem(sheet, cell, code, params))

    # -- sheets ------------------------------------------------------------------------------

    def columns_missing(self, sheet, columns) -> bool:
        """A problem when the sheet has neither a title nor an award column: nothing to import.
        (With one of them, the other keeps the plan's values: `Wanted.over`.)"""
        if "title" in sheet.columns or "awards" in sheet.columns:
            return False
        self.problem(sheet.name, f"A{sheet.header_row}", "missing_column",
                     header=" / ".join(c.header for c in columns if c.key in ("title", "awards")))
        return True

    def summary(self, sheet) -> None:
        if self.columns_missing(sheet, DEPARTMENT_REGISTRATION):
            return
        by_name = {fold(name): dept for dept, name in self.names.items()}
        unit = fold(self.plan.unit.name)
        for row in sheet.rows:
            dept = row.text("department")
            if dept is None and row.text("department_name"):
                named = fold(row.text("department_name"))
                if named == unit and named not in by_name:  # the unit's own row
                    wanted = self._refs(row, "collective")
                    if wanted is not None:
                        self.out.departments[None] = wanted
                    continue
                dept = by_name.get(named)
            if dept not in self.names:
                self.problem(row, row.cell("department" if row.text("department") else "department_name"), "unknown_department",
                             value=row.text("department") or row.text("department_name") or "", **self._close(dept, self.names))
                continue
            wanted = self._refs(row, "collective")
            if wanted is not None:
                self.out.departments[dept] = wanted

    def department_sheet(self, sheet) -> None:
        dept = self._sheet_department(sheet.name)
        if dept is None:
            self.problem(sheet.name, "A1", "unknown_sheet", value=sheet.name, **self._close(sheet.name, self.names))
            return
        if "person" not in sheet.columns and "name" not in sheet.columns:
            self.problem(sheet.name, f"A{sheet.header_row}", "no_person_column")
            return
        if self.columns_missing(sheet, PEOPLE_REGISTRATION):
            return
        members = {p.id: p for p in self.plan.department(dept).members}
        wanted_here = self.out.people.setdefault(dept, {})
        for row in sheet.rows:
            person = self._person(row, dept, members)
            wanted = self._refs(row, "individual")
            if person is None or wanted is None:
                continue
            named = row.cell("person" if row.text("person") else "name")  # where the person is named
            if person in self.seen:
                self.problem(row, named, "listed_twice", id=person, first=self.seen[person])
                continue
            self.seen[person] = f"{row.sheet}!{named}"
            wanted_here[person] = wanted

    # -- cells -------------------------------------------------------------------------------

    def _sheet_department(self, name: str) -> str | None:
        if name in self.names:
            return name
        folded = fold(name)
        return next((d for d, n in self.names.items() if fold(d) == folded or fold(n) == folded), None)

    def _person(self, row: Row, dept: str, members: dict) -> str | None:
        person, name = row.text("person"), row.text("name")
        if person is None:
            if name is None:
                self.problem(row, row.cell("name"), "no_person")
                return None
            matches = [p.id for p in members.values() if fold(p.name) == fold(name)]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                self.problem(row, row.cell("name"), "ambiguous_name", name=name, ids=", ".join(matches))
                return None
            if not self.add_people:
                self.problem(row, row.cell("name"), "unknown_name", name=name, department=dept)
                return None
            person = make_id(name, self.taken)
            self._add(dept, person, name, row)
            return person
        if person in members:
            return person
        if person in self.home:
            self.problem(row, row.cell("person"), "other_department", id=person, department=dept, home=self.home[person])
            return None
        if not self.add_people:
            self.problem(row, row.cell("person"), "unknown_person", id=person, **self._close(person, self.home))
            return None
        if name is None:
            self.problem(row, row.cell("name"), "new_without_name", id=person)
            return None
        if any(p["id"] == person for p in self.out.new_people.get(dept, [])):
            return person
        self.taken.add(person)
        self._add(dept, person, name, row)
        return person

    def _add(self, dept: str, person: str, name: str, row: Row) -> None:
        entry = {"id": person, "name": name}
        if row.text("position"):
            entry["position"] = row.text("position")
        self.out.new_people.setdefault(dept, []).append(entry)
        self.out.changes.append(Change("add_person", f"{row.sheet}!{row.cell('person')}", {"id": person, "name": name, "department": dept}))

    def _refs(self, row: Row, target: str) -> Wanted | None:
        """The row's title and awards as codes; None (with problems) when one is wrong."""
        ok, title = True, None
        text = row.text("title")
        if text is not None:
            entry = self._entry(row, "title", text)
            if entry is None:
                ok = False
            elif entry.kind != "title":
                self.problem(row, row.cell("title"), "award_in_title", name=entry.name)
                ok = False
            elif not entry.fits(target):
                self.problem(row, row.cell("title"), f"wrong_scope_{target}", name=entry.name, allowed=self._allowed("title", target))
                ok = False
            else:
                title = entry.code
        awards = []
        for part in split_awards(row.text("awards") or "", lambda name: self.catalogue.lookup(name, self.regime) is not None):
            entry = self._entry(row, "awards", part)
            if entry is None:
                ok = False
            elif entry.kind != "award":
                self.problem(row, row.cell("awards"), "title_in_awards", name=entry.name)
                ok = False
            elif entry.code not in awards:
                awards.append(entry.code)
        return Wanted(title, awards, row) if ok else None

    def _entry(self, row: Row, key: str, text: str):
        entry = self.catalogue.lookup(text, self.regime)
        if entry is None:
            suggestion = self.catalogue.suggest(text, self.regime)
            self.problem(row, row.cell(key), "unknown_title", value=text, regime=self.regime.worded("decree"),
                         **({"suggestion": suggestion} if suggestion else {}))
        return entry

    def _allowed(self, kind: str, target: str) -> str:
        return ", ".join(e.code for e in self.catalogue.entries if e.kind == kind and e.fits(target) and self.regime.id in e.source)

    @staticmethod
    def _close(value: str | None, known) -> dict:
        import difflib

        close = difflib.get_close_matches(value or "", list(known), n=1, cutoff=0.5)
        return {"suggestion": close[0]} if close else {}

    # -- against the plan ------------------------------------------------------------------

    def compare(self) -> None:
        if self.out.problems:
            return
        current = {r.department: r for r in self.plan.registrations}
        for dept, wanted in self.out.departments.items():
            reg = current.get(dept)
            before = self._codes(reg.title, reg.awards) if reg else (None, [])
            after = wanted.over(before)
            if before != after:
                self.out.changes.append(Change("department", f"{wanted.row.sheet}!{wanted.row.cell('title')}", {
                    "department": dept, "before": before, "after": after}))
        for dept, people in self.out.people.items():
            reg = current.get(dept)
            entries = {e.person: e for e in reg.people} if reg else {}
            for person, wanted in people.items():
                entry = entries.get(person)
                before = self._codes(entry.title, entry.awards) if entry else (None, [])
                after = wanted.over(before)
                if before != after:
                    self.out.changes.append(Change("person", f"{wanted.row.sheet}!{wanted.row.cell('title')}", {
                        "department": dept, "id": person, "before": before, "after": after}))

    def _codes(self, title, awards) -> tuple[str | None, list[str]]:
        lookup = self.catalogue.lookup
        entry = lookup(title, self.regime) if title else None
        return (entry.code if entry else title), [e.code if e else a for a, e in ((a, lookup(a, self.regime)) for a in awards)]


def apply(text: str, outcome: Registrations) -> str:
    """The plan file's text with the changes made; everything else is kept as written."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from tdkt.yearly import roundtrip

    def change(values: dict) -> None:
        if outcome.new_people:
            _add_people(values.get("departments"), outcome.new_people)
        registrations = values.get("registrations")
        if registrations is None:
            registrations = values["registrations"] = CommentedSeq()
        index = {_department_of(r): r for r in registrations if isinstance(r, dict)}
        changed = {item.params["department"] for item in outcome.changes if item.code in ("department", "person")}
        for dept_id in [None, *outcome.order]:  # new registrations: the unit's own, then the departments' in order
            if dept_id in changed and dept_id not in index:
                index[dept_id] = CommentedMap({} if dept_id is None else {"department": dept_id})
                if dept_id is None:
                    registrations.insert(0, index[dept_id])
                else:
                    registrations.append(index[dept_id])
        entries: dict[str, dict] = {}
        for item in outcome.changes:
            if item.code in ("department", "person"):
                _apply(index[item.params["department"]], item, entries)

    keys = ("registrations", "departments") if outcome.new_people else ("registrations",)
    return roundtrip.edit(text, keys, change)


def _department_of(registration) -> str | None:
    """A registration's department id as text; None for the unit's own."""
    dept = registration.get("department")
    return None if dept is None else str(dept)


def _add_people(departments, new_people: dict[str, list[dict]]) -> None:
    from ruamel.yaml.comments import CommentedSeq

    from tdkt.yearly import roundtrip

    for dept_id, people in new_people.items():
        dept = find(departments, "id", dept_id)
        if dept.get("members") is None:
            dept["members"] = CommentedSeq()
        for person in people:
            dept["members"].append(roundtrip.flow(person))


def _apply(reg, item: Change, entries: dict[str, dict]) -> None:
    """One change to a department's registration (`entries`: its people's entries by id, built once)."""
    from ruamel.yaml.comments import CommentedSeq

    from tdkt.yearly import roundtrip

    dept_id, (title, awards) = item.params["department"], item.params["after"]
    if item.code == "department":
        _set_refs(reg, title, awards, item.params["before"])
        return
    people = reg.get("people")
    if people is None:
        people = reg["people"] = CommentedSeq()
    if dept_id not in entries:
        entries[dept_id] = {str(e.get("person")): e for e in people if isinstance(e, dict)}
    mine = entries[dept_id]
    entry = mine.get(item.params["id"])
    if title is None and not awards:
        if entry is not None:
            people.remove(entry)
            del mine[item.params["id"]]
        return
    if entry is None:
        entry = mine[item.params["id"]] = roundtrip.flow({"person": item.params["id"]})
        people.append(entry)
    _set_refs(entry, title, awards, item.params["before"])


def _set_refs(holder, title: str | None, awards: list[str], before: tuple) -> None:
    """Set only what differs, so the plan's own spelling of an unchanged title stays."""
    from tdkt.yearly import roundtrip

    if title != before[0]:
        if title is None:
            roundtrip.delete(holder, "title")
        else:
            roundtrip.put(holder, "title", title, ("awards", "people"))
    if awards != before[1]:
        if not awards:
            if "awards" in holder:
                roundtrip.delete(holder, "awards")
        else:
            roundtrip.put(holder, "awards", roundtrip.flow_list(awards), ("people",))
