"""Checks across the plan that a field-by-field model cannot make.

They read the raw data (dicts, lists, text) rather than the validated model, so that they
run even when some fields are malformed and every problem of a file is reported at once.
A value of the wrong shape is skipped here: the model check already reports it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from datetime import date

from tdkt.plan.dates import dmy, month_end, parse_month, quarter_bounds
from tdkt.plan.problems import WARNING, Problem
from tdkt.plan.raw import day as _date
from tdkt.plan.raw import integer as _int
from tdkt.plan.raw import items as _items
from tdkt.plan.raw import period_of
from tdkt.plan.raw import text as _text

SYMBOL = re.compile(r"^[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ0-9]+)+$")
ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def check(data: object, as_of: date, line_of) -> list[Problem]:
    """All cross-field problems of a plan's raw data.

    `line_of(loc)` gives the source line of a data path (for "first used at line N").
    """
    if not isinstance(data, dict):
        return []
    ctx = _Context(data, as_of, line_of)
    steps = (_ids, _unit, _departments, _plan_document, _milestones, _assignments, _registrations, _reports,
             _frames, _council, _results)
    for step in steps:
        step(ctx)
    return ctx.problems


class _Context:
    def __init__(self, data: dict, as_of: date, line_of):
        self.data = data
        self.as_of = as_of
        self.line_of = line_of
        self.problems: list[Problem] = []
        self.period = period_of(data)
        self.year = self.period.year if self.period else None
        self.departments = {d: loc for d, loc in _ids_at(data, ("departments",))}
        self.people: dict[str, tuple[str, tuple]] = {}  # person id -> (department id, loc)
        for i, dept in _items(data, "departments"):
            dept_id = _text(dept.get("id"))
            for j, person in _items(dept, "members"):
                pid = _text(person.get("id"))
                if pid and pid not in self.people:
                    self.people[pid] = (dept_id or "", ("departments", i, "members", j, "id"))

    def add(self, code: str, loc: tuple, **params) -> None:
        self.problems.append(Problem(code, loc, params))

    def warn(self, code: str, loc: tuple, **params) -> None:
        self.problems.append(Problem(code, loc, params, severity=WARNING))

    def reference(self, kind: str, value: object, loc: tuple) -> None:
        """Report a department or person id that resolves to nothing."""
        ref = _text(value)
        known = self.departments if kind == "department" else self.people
        if ref is None or ref in known:
            return
        close = difflib.get_close_matches(ref, list(known), n=1, cutoff=0.5)
        self.add(f"unknown_{kind}", loc, id=ref, **({"suggestion": close[0]} if close else {}))

    def person_position(self, person_id: str) -> str | None:
        dept_id, loc = self.people.get(person_id, (None, None))
        if loc is None:
            return None
        person = self.data["departments"][loc[1]]["members"][loc[3]]
        return _text(person.get("position"))


def _month_end(value: object) -> date | None:
    """The last day of a month written `9/2025` or `2025-09`."""
    month = parse_month(_text(value) or "")
    return month_end(month) if month else None


def _ids_at(data: dict, path: tuple) -> Iterator[tuple[str, tuple]]:
    holder: object = data
    for key in path[:-1]:
        holder = holder.get(key) if isinstance(holder, dict) else None
    for index, item in _items(holder, path[-1]):
        value = _text(item.get("id"))
        if value:
            yield value, (*path, index, "id")


def _ids(ctx: _Context) -> None:
    """Department, person, milestone and duty ids are unique in the file."""
    groups = [
        list(_ids_at(ctx.data, ("departments",))),
        [(pid, (*loc, )) for pid, loc in _all_person_ids(ctx.data)],
        list(_ids_at(ctx.data, ("plan", "milestones"))),
        list(_ids_at(ctx.data, ("plan", "focus_duties"))),
    ]
    for group in groups:
        first: dict[str, tuple] = {}
        for value, loc in group:
            if value in first:
                ctx.add("duplicate_id", loc, id=value, first=ctx.line_of(first[value]))
            else:
                first[value] = loc


def _all_person_ids(data: dict) -> Iterator[tuple[str, tuple]]:
    for i, dept in _items(data, "departments"):
        for j, person in _items(dept, "members"):
            value = _text(person.get("id"))
            if value:
                yield value, ("departments", i, "members", j, "id")


def _unit(ctx: _Context) -> None:
    unit = ctx.data.get("unit")
    if isinstance(unit, dict):
        ctx.reference("person", unit.get("head"), ("unit", "head"))


def _plan_document(ctx: _Context) -> None:
    """Number, symbol and date fit the plan's year; the signer resolves."""
    doc = ctx.data.get("plan")
    if not isinstance(doc, dict):
        return
    symbol = _text(doc.get("symbol"))
    if symbol and not SYMBOL.match(symbol):
        ctx.add("bad_symbol", ("plan", "symbol"), value=symbol)
    issued = _date(doc.get("date"))
    if issued and ctx.year and issued.year not in (ctx.year - 1, ctx.year):
        ctx.add("date_outside_year", ("plan", "date"), date=dmy(issued), period=ctx.period.worded("label"),
                year=ctx.year, prev=ctx.year - 1)
    signer = doc.get("signer")
    unit = ctx.data.get("unit") if isinstance(ctx.data.get("unit"), dict) else {}
    if isinstance(signer, dict):
        ctx.reference("person", signer.get("person"), ("plan", "signer", "person"))
        authority = _text(signer.get("authority"))
        if authority == "TM" and not _text(signer.get("principal")):
            ctx.add("principal_missing", ("plan", "signer"), authority=authority)
        person = _text(signer.get("person"))
    else:
        person = _text(unit.get("head"))
    if person in ctx.people and not ctx.person_position(person):
        ctx.add("no_position", ctx.people[person][1], id=person)


def _milestones(ctx: _Context) -> None:
    """Owners resolve; due dates fall in their quarter; progress is consistent."""
    for i, milestone in _items(ctx.data.get("plan"), "milestones"):
        loc = ("plan", "milestones", i)
        owners = milestone.get("owner")
        for j, owner in enumerate(owners) if isinstance(owners, list) else [(None, owners)]:
            if isinstance(owner, str) and ID.match(owner.strip()):  # a name with spaces is free text
                ctx.reference("department", owner, (*loc, "owner") if j is None else (*loc, "owner", j))
        quarter = _int(milestone.get("quarter")) if ctx.period and not ctx.period.school else None
        semester = _int(milestone.get("semester")) if ctx.period and ctx.period.school else None
        due = _date(milestone.get("due"))
        if due and ctx.year and quarter in (1, 2, 3, 4):
            start, end = quarter_bounds(ctx.year, quarter)
            if not start <= due <= end:
                ctx.add("due_outside_quarter", (*loc, "due"), due=dmy(due), quarter=quarter, year=ctx.year,
                        start=dmy(start), end=dmy(end))
        status = _text(milestone.get("status")) or "planned"
        done_on = _date(milestone.get("done_on"))
        if done_on and status != "done":
            ctx.add("done_on_not_done", (*loc, "done_on"), status=status)
        if status == "done" and milestone.get("done_on") is None:
            ctx.warn("done_without_date", (*loc, "status"))
        if done_on and done_on > ctx.as_of and status == "done":
            ctx.warn("done_in_future", (*loc, "done_on"), done=dmy(done_on), as_of=dmy(ctx.as_of))
        deadline = due or _month_end(milestone.get("month"))
        if deadline is None and ctx.period and (quarter in (1, 2, 3, 4) or semester in (1, 2)):
            deadline = ctx.period.part_bounds(quarter or semester)[1]
        if deadline and status in ("planned", "in_progress"):
            if deadline < ctx.as_of:
                ctx.warn("overdue", (*loc, "status"), due=dmy(deadline), as_of=dmy(ctx.as_of))


def _assignments(ctx: _Context) -> None:
    for i, assignment in _items(ctx.data.get("plan"), "assignments"):
        ctx.reference("department", assignment.get("department"), ("plan", "assignments", i, "department"))


def _registrations(ctx: _Context) -> None:
    """Departments and people resolve and register once; titles exist and fit who holds them."""
    first_department: dict[str, tuple] = {}
    first_person: dict[str, tuple] = {}
    for i, reg in _items(ctx.data, "registrations"):
        loc = ("registrations", i)
        dept_id = _text(reg.get("department"))
        ctx.reference("department", dept_id, (*loc, "department"))
        if "department" not in reg and isinstance(reg.get("people"), list) and reg["people"]:
            ctx.add("unit_registration_people", (*loc, "people"))
        where = (*loc, "department") if "department" in reg else loc
        holder = dept_id if "department" in reg else "(unit)"  # the unit's own registration
        if holder in first_department:
            unit = ctx.data.get("unit") if isinstance(ctx.data.get("unit"), dict) else {}
            ctx.add("registered_twice", where, id=dept_id or _text(unit.get("abbreviation")) or "",
                    first=ctx.line_of(first_department[holder]))
        elif holder:
            first_department[holder] = where
        for j, entry in _items(reg, "people"):
            ploc = (*loc, "people", j)
            pid = _text(entry.get("person"))
            ctx.reference("person", pid, (*ploc, "person"))
            if pid in first_person:
                ctx.add("registered_twice", (*ploc, "person"), id=pid, first=ctx.line_of(first_person[pid]))
            elif pid:
                first_person[pid] = (*ploc, "person")
            home = ctx.people.get(pid, (None,))[0] if pid else None
            if home and dept_id in ctx.departments and home != dept_id:
                ctx.add("not_member", (*ploc, "person"), person=pid, department=dept_id, home=home)


def _reports(ctx: _Context) -> None:
    """Report signers resolve; a report's date is not before its quarter begins."""
    reports = ctx.data.get("reports")
    if not isinstance(reports, dict):
        return
    for key, report in reports.items():
        school = bool(ctx.period and ctx.period.school)
        if not isinstance(report, dict) or key not in (("hk1", "hk2") if school else ("q1", "q2", "q3", "q4")):
            continue
        signer = report.get("signer")
        if isinstance(signer, dict):
            ctx.reference("person", signer.get("person"), ("reports", key, "signer", "person"))
        day = _date(report.get("date"))
        if day and ctx.period:
            start = ctx.period.part_bounds(int(key[-1]))[0]
            if day < start:
                ctx.add("report_before_quarter", ("reports", key, "date"), date=dmy(day), start=dmy(start),
                        part=ctx.period.worded("part"))


def _results(ctx: _Context) -> None:
    for i, result in _items(ctx.data, "results"):
        _holder(ctx, result, ("results", i), "result_holder")


def _council(ctx: _Context) -> None:
    """Each decision has one holder with fitting titles, and no more votes than members; the
    chair, secretary and the decision's signer resolve; no more present than members."""
    council = ctx.data.get("council")
    if not isinstance(council, dict):
        return
    members = _int(council.get("members"))
    for role in ("chair", "secretary"):
        if isinstance(council.get(role), dict):
            ctx.reference("person", council[role].get("person"), ("council", role, "person"))
    present = _int(council.get("present"))
    if members and present is not None and present > members:
        ctx.add("present_over_members", ("council", "present"), present=present, members=members)
    frame = council.get("decision")
    if isinstance(frame, dict) and isinstance(frame.get("signer"), dict):
        ctx.reference("person", frame["signer"].get("person"), ("council", "decision", "signer", "person"))
    for i, decision in _items(council, "decisions"):
        loc = ("council", "decisions", i)
        _holder(ctx, decision, loc, "council_holder")
        votes = _int(decision.get("votes"))
        if members and votes is not None and votes > members:
            ctx.add("votes_over_members", (*loc, "votes"), votes=votes, members=members)


def _holder(ctx: _Context, item: dict, loc: tuple, code: str) -> None:
    """An item naming exactly one department or person, which resolves (its titles are checked with the rules)."""
    dept, person = _text(item.get("department")), _text(item.get("person"))
    if bool(dept) == bool(person):
        ctx.add(code, loc)
        return
    if dept:
        ctx.reference("department", dept, (*loc, "department"))
    else:
        ctx.reference("person", person, (*loc, "person"))


def _departments(ctx: _Context) -> None:
    """A department's head resolves."""
    for i, dept in _items(ctx.data, "departments"):
        ctx.reference("person", dept.get("head"), ("departments", i, "head"))


def _frames(ctx: _Context) -> None:
    """The signers of the registration and the proposal resolve."""
    for key in ("registration_document", "proposal"):
        frame = ctx.data.get(key)
        signer = frame.get("signer") if isinstance(frame, dict) else None
        if isinstance(signer, dict):
            ctx.reference("person", signer.get("person"), (key, "signer", "person"))
