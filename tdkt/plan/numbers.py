"""The number register: every document the plan numbers or cites as the unit's own, and its checks.

Nghị định 30/2020/NĐ-CP Điều 15: numbers run from 01 each calendar year in the order
documents are issued; a number and ký hiệu are given once a year; a council (Hội đồng)
numbers its own documents apart. Here each issuer (the unit, its council) keeps one
sequence per document type (KH, BC, QĐ, …), as most units do. The documents are those
the plan issues (plan, reports, registration, proposal, minutes, decision) and the unit's
own documents it cites (task evidence, initiative decisions); a cited document's date is
only known when the plan gives it (an evidence's date is the task's completion, taken as
approximate and left out of the date checks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tdkt.plan.dates import dmy
from tdkt.plan.models import Plan
from tdkt.plan.problems import WARNING, Problem
from tdkt.reporting import default_subject

KINDS = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định", "TC": "Thông cáo",
    "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án",
    "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện",
    "GM": "Giấy mời", "GGT": "Giấy giới thiệu", "GUQ": "Giấy ủy quyền", "ĐK": "Bản đăng ký",
}
COUNCIL_MARK = "HĐTĐKT"
REFERENCE = re.compile(r"^\s*(\d+)\s*/\s*([^\s/]+)\s*$")


@dataclass(frozen=True)
class Numbered:
    """A numbered document: number, ký hiệu, date, kind, subject, sequence, where the plan says it."""

    number: int
    symbol: str
    day: date | None
    kind: str
    subject: str
    issuer: str  # unit | council
    own: bool  # issued by this plan (not only cited)
    approximate: bool  # the date is a task's completion, not the document's
    loc: tuple

    @property
    def reference(self) -> str:
        return f"{self.number:02d}/{self.symbol}"

    @property
    def type(self) -> str:
        """The type abbreviation (`KH`), or "" for a công văn."""
        head = self.symbol.split("-")[0]
        return head if head in KINDS else ""

    def sequence(self, year: int) -> tuple[str, str, int]:
        """(issuer, type, calendar year): numbers restart each year, per issuer and type."""
        return self.issuer, self.type, self.day.year if self.day else year


def _issuer(symbol: str, unit: str) -> str | None:
    parts = symbol.upper().split("-")
    if COUNCIL_MARK in parts:
        return "council"
    return "unit" if unit.upper() in parts else None


def register(plan: Plan) -> list[Numbered]:
    """Every numbered document of the plan, in plan order (one entry per mention)."""
    unit, found = plan.unit.abbreviation, []

    def own(number, symbol, day, kind, subject, loc, issuer="unit"):
        if number:
            found.append(Numbered(number, symbol, day, kind, subject, issuer, True, False, loc))

    def cited(text, day, subject, loc, approximate=False):
        match = REFERENCE.match(text or "")
        issuer = _issuer(match.group(2), unit) if match else None
        if match and issuer and int(match.group(1)):
            symbol = match.group(2)
            kind = KINDS.get(symbol.split("-")[0], "Công văn")
            found.append(Numbered(int(match.group(1)), symbol, day, kind, subject, issuer, False, approximate, loc))

    doc = plan.plan
    own(doc.number, doc.symbol or f"KH-{unit}", doc.date, "Kế hoạch", doc.subject, ("plan", "number"))
    for key in ("q1", "q2", "q3", "q4", "hk1", "hk2"):
        report = getattr(plan.reports, key)
        if report is not None:
            subject = report.subject or default_subject(plan, int(key[-1]))
            own(report.number, f"BC-{unit}", report.date, "Báo cáo", subject, ("reports", key, "number"))
    frame = plan.registration_document
    own(frame.number, f"ĐK-{unit}", frame.date, "Bản đăng ký", frame.subject or "Đăng ký thi đua", ("registration_document", "number"))
    frame = plan.proposal
    own(frame.number, f"TTr-{unit}", frame.date, "Tờ trình", frame.subject or "Đề nghị khen thưởng", ("proposal", "number"))
    council = plan.council
    if council is not None:
        match = REFERENCE.match(council.minutes or "")
        if match and int(match.group(1)):
            found.append(Numbered(int(match.group(1)), match.group(2), council.meeting, "Biên bản",
                                  "Họp Hội đồng Thi đua - Khen thưởng", _issuer(match.group(2), unit) or "council",
                                  True, False, ("council", "minutes")))
        if council.decision is not None:
            own(council.decision.number, f"QĐ-{unit}", council.decision.date, "Quyết định",
                council.decision.subject or "Công nhận danh hiệu thi đua, khen thưởng", ("council", "decision", "number"))
    for i, milestone in enumerate(doc.milestones):
        cited(milestone.evidence, milestone.done_on, milestone.text, ("plan", "milestones", i, "evidence"), approximate=True)
    for i, dept in enumerate(plan.departments):
        for j, person in enumerate(dept.members):
            for k, initiative in enumerate(person.initiatives):
                cited(initiative.decision, initiative.date, f"Công nhận sáng kiến: {initiative.name}",
                      ("departments", i, "members", j, "initiatives", k, "decision"))
    return found


def documents(entries: list[Numbered]) -> list[Numbered]:
    """One entry per document: mentions of the same number, ký hiệu and date merged (the issued one first)."""
    merged: dict[tuple, Numbered] = {}
    for entry in sorted(entries, key=lambda e: (not e.own, e.approximate)):
        key = (entry.number, entry.symbol.upper())
        same = merged.get(key)
        if same is None or (not entry.approximate and not same.approximate and entry.day and same.day and entry.day != same.day):
            merged[(*key, entry.day) if same else key] = entry
    return sorted(merged.values(), key=lambda e: (e.issuer != "unit", e.type, e.day or date.max, e.number))


def sequences(entries: list[Numbered], year: int) -> dict[tuple, dict]:
    """For each sequence: the numbers used, the next free number, and the gaps below the highest."""
    found: dict[tuple, set[int]] = {}
    for entry in documents(entries):
        found.setdefault(entry.sequence(year), set()).add(entry.number)
    return {key: {"used": sorted(numbers), "next": max(numbers) + 1,
                  "gaps": [n for n in range(1, max(numbers)) if n not in numbers]}
            for key, numbers in sorted(found.items())}


def check_numbers(plan: Plan) -> list[Problem]:
    """Errors for a number and ký hiệu given twice in a year; warnings for numbers out of date
    order in one sequence, documents dated outside the plan's year, and numbers under 10
    written without their leading zero."""
    entries, problems, year = register(plan), [], plan.year
    seen: dict[tuple, Numbered] = {}
    reported: set[tuple] = set()
    for entry in entries:
        key = (entry.number, entry.symbol.upper(), entry.day.year if entry.day else year)
        first = seen.get(key)
        if first is None:
            seen[key] = entry
            continue
        conflict = (first.own and entry.own) or (
            first.day and entry.day and not first.approximate and not entry.approximate and first.day != entry.day)
        if conflict and (key, entry.day, entry.own) not in reported:  # a document cited twice is reported once
            reported.add((key, entry.day, entry.own))
            days = sorted([first, entry], key=lambda e: e.day or date.min)
            problems.append(Problem("number_twice", entry.loc, {
                "ref": entry.reference, "year": key[2], "first": _when(days[0]), "second": _when(days[1])}))
    dated = [e for e in documents(entries) if e.day and not e.approximate]
    by_sequence: dict[tuple, list[Numbered]] = {}
    for entry in dated:
        by_sequence.setdefault(entry.sequence(year), []).append(entry)
    for items in by_sequence.values():
        items.sort(key=lambda e: e.number)
        for before, after in zip(items, items[1:]):
            if after.number != before.number and after.day < before.day:
                problems.append(Problem("number_out_of_order", after.loc, {
                    "ref": after.reference, "date": dmy(after.day), "prev": before.reference, "prev_date": dmy(before.day)},
                    severity=WARNING))
    period = plan.period
    for entry in entries:
        if entry.own and entry.day and entry.loc != ("plan", "number") and not period.start <= entry.day <= period.end:
            problems.append(Problem("number_outside_year", entry.loc, {
                "ref": entry.reference, "date": dmy(entry.day), "period": period.label, "year": entry.day.year},
                severity=WARNING))
    for loc, text in _references(plan):
        match = REFERENCE.match(text)
        if match and len(match.group(1)) == 1 and match.group(1) != "0":
            fixed = f"0{match.group(1)}/{match.group(2)}"
            problems.append(Problem("number_no_leading_zero", loc, {"text": text.strip(), "fixed": fixed}, severity=WARNING))
    return problems


def _when(entry: Numbered) -> str:
    return dmy(entry.day) if entry.day else "—"


def _references(plan: Plan) -> list[tuple[tuple, str]]:
    """Every number written as text (`05/BB-HĐTĐKT`) in the plan, where it is."""
    found = []
    if plan.council and plan.council.minutes:
        found.append((("council", "minutes"), plan.council.minutes))
    for i, basis in enumerate(plan.plan.bases):
        if basis.number:
            found.append((("plan", "bases", i, "number"), basis.number))
    for i, milestone in enumerate(plan.plan.milestones):
        if milestone.evidence:
            found.append((("plan", "milestones", i, "evidence"), milestone.evidence))
    for i, dept in enumerate(plan.departments):
        for j, person in enumerate(dept.members):
            for k, initiative in enumerate(person.initiatives):
                if initiative.decision:
                    found.append((("departments", i, "members", j, "initiatives", k, "decision"), initiative.decision))
    for i, result in enumerate(plan.results):
        if result.decision:
            found.append((("results", i, "decision"), result.decision))
    return found
