"""`tdkt import people`: the staff list (họ tên, chức vụ, phòng, giới tính, ngày tuyển dụng, xếp loại…).

Each row updates the person with that id (or, without an id, that name); a field left
blank keeps what the plan has. A person not in the plan is an error, or added with
--add-people (an id is made from the name when none is given).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from tdkt.excel.layout import STAFF
from tdkt.excel.merge import Change, Outcome, find, make_id
from tdkt.excel.reading import Problem, Row, open_workbook, sheets
from tdkt.plan.models import Plan
from tdkt.rules.catalogue import fold
from tdkt.rules.ruleset import DISCIPLINE_NAMES, RATING_NAMES

FIELDS = ("name", "position", "gender", "hired", "rating", "discipline")
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
GENDERS = {"nam": "nam", "nu": "nữ"}
RATINGS = {fold(code): code for code in RATING_NAMES}
RATINGS.update({fold(name): code for code, name in RATING_NAMES.items()})
RATINGS.update({fold(name.removesuffix(" nhiệm vụ")): code for code, name in RATING_NAMES.items()})
DISCIPLINES = {fold(code): code for code in DISCIPLINE_NAMES}
DISCIPLINES.update({fold(name): code for code, name in DISCIPLINE_NAMES.items()})
DISCIPLINES.update({"none": "none", "khong": "none"})


class Staff(Outcome):
    """The changes: field updates of known people, and people to add."""

    def __init__(self):
        super().__init__()
        self.updates: dict[str, dict[str, object]] = {}  # person → field → value
        self.new_people: dict[str, list[dict]] = {}  # department → [person]


def read(path: Path, plan: Plan, add_people: bool = False) -> Staff:
    out = Staff()
    people = {p.id: (p, d.id) for d in plan.departments for p in d.members}
    by_name: dict[str, list[str]] = {}
    for pid, (person, _) in people.items():
        by_name.setdefault(fold(person.name), []).append(pid)
    departments = _Departments(plan)
    taken, seen = set(people) | {d.id for d in plan.departments}, {}
    workbook = open_workbook(path)
    try:
        for sheet in sheets(workbook, STAFF, out.problems):
            sheet_dept = departments.find(sheet.name)
            for row in sheet.rows:
                _row(row, out, people, by_name, departments, sheet_dept, add_people, taken, seen)
    finally:
        workbook.close()
    if out.problems:
        out.changes.clear()
    return out


class _Departments:
    """The plan's departments, found by id or by name (accents and case aside)."""

    def __init__(self, plan: Plan):
        self.ids = [d.id for d in plan.departments]
        self.names = {fold(d.name): d.name for d in plan.departments}
        self.by_key = {d.id: d.id for d in plan.departments}
        self.by_key.update({fold(d.name): d.id for d in plan.departments})

    def find(self, text: str) -> str | None:
        """The id of the department `text` names, if any."""
        return self.by_key.get(text) or self.by_key.get(fold(text))

    def close(self, text: str) -> dict:
        """`{"suggestion": …}`: the id, else the name, closest to a text that names none."""
        import difflib

        close = difflib.get_close_matches(text, self.ids, n=1, cutoff=0.5)
        if not close:
            close = [self.names[n] for n in difflib.get_close_matches(fold(text), list(self.names), n=1, cutoff=0.6)]
        return {"suggestion": close[0]} if close else {}


def _row(row: Row, out: Staff, people, by_name, departments: _Departments, sheet_dept, add_people, taken, seen) -> None:
    def problem(key: str, code: str, **params) -> None:
        out.problems.append(Problem(row.sheet, row.cell(key), code, params))

    values, ok = {}, True
    for key in FIELDS:
        text = row.text(key)
        if text is None:
            continue
        value = _value(key, row.values.get(key), text)
        if value is None:
            ok = False
            if key == "hired":
                problem(key, "bad_date", value=text)
            else:
                expected = {"gender": "nam, nữ", "rating": "htxs, htt, ht, kht", "discipline": "none, " + ", ".join(DISCIPLINE_NAMES)}[key]
                problem(key, "bad_choice", value=text, what=key, expected=expected)
            continue
        values[key] = value
    dept_text = row.text("department")
    dept = departments.find(dept_text) if dept_text else sheet_dept
    if dept_text and dept is None:
        problem("department", "unknown_department", value=dept_text, **departments.close(dept_text))
        ok = False
    pid = row.text("id")
    if pid is None and values.get("name"):
        matches = by_name.get(fold(values["name"]), [])
        if len(matches) > 1:
            problem("name", "ambiguous_name", name=values["name"], ids=", ".join(matches))
            return
        pid = matches[0] if matches else None
    if pid is not None and pid in seen:  # placed where the person is named: the id, or the name it was found by
        problem("id" if row.text("id") else "name", "listed_twice", id=pid, first=seen[pid])
        return
    if pid is not None and pid in people:
        seen[pid] = f"{row.sheet}!{row.cell('id')}"
        person, home = people[pid]
        if dept is not None and dept != home:
            problem("department", "moved", id=pid, home=home, department=dept)
            return
        if ok:
            _update(row, out, person, values)
        return
    if pid is not None and not _ID.match(pid):
        problem("id", "bad_id", value=pid)
        return
    if pid is None and not values.get("name"):
        problem("name", "no_person_row")
        return
    if not add_people:
        if pid is None:
            problem("name", "unknown_name", name=values.get("name") or "", department=dept or "")
        else:
            problem("id", "unknown_person", id=pid)
        return
    if not values.get("name"):
        problem("name", "new_without_name", id=pid or "")
        return
    if dept is None:
        problem("department", "no_department_column")
        return
    if not ok:
        return
    pid = pid or make_id(values["name"], taken)
    taken.add(pid)
    seen[pid] = f"{row.sheet}!{row.cell('id')}"
    out.new_people.setdefault(dept, []).append({"id": pid, **values})
    out.changes.append(Change("add_person", f"{row.sheet}!{row.cell('name')}", {"id": pid, "name": values["name"], "department": dept}))


def _update(row: Row, out: Staff, person, values: dict) -> None:
    for key, value in values.items():
        before = getattr(person, key)
        if before != value:
            out.updates.setdefault(person.id, {})[key] = value
            out.changes.append(Change("field", f"{row.sheet}!{row.cell(key)}", {
                "id": person.id, "field": key, "before": _shown(before), "after": _shown(value)}))


def _shown(value) -> str | None:
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return value


def _value(key: str, raw: object, text: str):
    if key in ("name", "position"):
        return " ".join(text.split())
    if key == "gender":
        return GENDERS.get(fold(text))
    if key == "rating":
        return RATINGS.get(fold(text))
    if key == "discipline":
        return DISCIPLINES.get(fold(text))
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    from tdkt.plan.dates import DateFormatError, DateRangeError, parse_date

    try:
        return parse_date(text)
    except (DateFormatError, DateRangeError):
        return None


def apply(text: str, outcome: Staff) -> str:
    """The plan file's text with the staff changes made; the rest kept as written."""
    from ruamel.yaml.comments import CommentedSeq

    from tdkt.yearly import roundtrip

    def change(values: dict) -> None:
        departments = values.get("departments")
        index = {str(p.get("id")): p for d in departments or [] for p in d.get("members") or []}
        for pid, fields in outcome.updates.items():
            person = index[pid]
            for key, value in fields.items():
                roundtrip.put(person, key, value, _after(key))
        for dept_id, people in outcome.new_people.items():
            dept = find(departments, "id", dept_id)
            if dept.get("members") is None:
                dept["members"] = CommentedSeq()
            for person in people:
                dept["members"].append(roundtrip.flow(person))

    return roundtrip.edit(text, ("departments",), change)


def _after(key: str) -> tuple[str, ...]:
    """Keys a new field goes before, so it stands in the usual order (rating before history)."""
    order = ("id", "name", "position", "gender", "hired", "rating", "discipline", "initiatives", "history")
    return order[order.index(key) + 1:]
