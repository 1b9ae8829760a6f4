"""Bản đăng ký thi đua: one per department, and the unit's summary of all of them."""

from __future__ import annotations

from tdkt.documents import common
from tdkt.documents.draft import Draft
from tdkt.docx.spec import DocumentSpec
from tdkt.plan.models import Department, Plan
from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.ruleset import regime_of

TEMPLATE = "dang_ky_thi_dua"
ABBREVIATION = "ĐK"


def context(plan: Plan, department: Department | None = None) -> dict:
    """Plain data for the template: the collectives' and the individuals' registrations.

    With a department, only its own registration; without, the whole unit's.
    """
    catalogue, regime = load_catalogue(), regime_of(plan.period.end, plan.rules.regime)
    (people, departments), doc = _index(plan), plan.plan

    def names(title, awards) -> tuple[str, str]:
        def name(ref):
            entry = catalogue.lookup(ref, regime)
            return entry.name if entry else ref
        return (name(title) if title else "", ", ".join(name(a) for a in awards))

    collectives, individuals = [], []
    for reg in plan.registrations:
        if department is not None and reg.department != department.id:
            continue
        dept = departments[reg.department] if reg.department else None
        if reg.title or reg.awards:
            title, awards = names(reg.title, reg.awards)
            collectives.append({"name": dept.name if dept else plan.unit.name, "title": title, "awards": awards})
        for entry in reg.people:
            person = people[entry.person]
            title, awards = names(entry.title, entry.awards)
            position = ", ".join(p for p in (person.position, dept.name) if p)
            individuals.append({"name": person.name, "position": position, "title": title, "awards": awards})
    totals: dict[str, int] = {}
    for row in individuals:
        if row["title"]:
            totals[row["title"]] = totals.get(row["title"], 0) + 1
    return {
        "year": plan.year,
        "period": {"school": plan.period.school, "name": plan.period.name, "label": plan.period.label},
        "holder": department.name if department else plan.unit.name,
        "unit": plan.unit.name,
        "terms": plan.unit.terms.model_dump(),
        "scope": "department" if department else "unit",
        "plan_citation": f"Kế hoạch số {common.reference(doc.number, doc.symbol or common.symbol('KH', plan))} "
                         f"ngày {common.cited_date(doc.date, plan.period.start.year)} của {plan.unit.name}",
        "collectives": collectives,
        "individuals": individuals,
        "totals_text": (", trong đó " + "; ".join(f"{n} {t}" for t, n in totals.items())) if totals else "",
    }


def drafts(plan: Plan, departments: list[Department | None]) -> list[Draft]:
    """One registration per department asked for; None stands for the unit's summary."""
    return [Draft(file_name(plan, d), TEMPLATE, context(plan, d), frame(plan, d)) for d in departments]


def frame(plan: Plan, department: Department | None = None) -> DocumentSpec:
    """The frame: the unit's summary as the unit's document; a department's signed by its head."""
    frame = plan.registration_document
    kind = f"Bản đăng ký thi đua {plan.period.label}"
    issued = common.issued(frame.date or plan.plan.date, plan.year)
    if department is None:
        number = common.number_line(frame.number, common.symbol(ABBREVIATION, plan)) if frame.number else ""
        return DocumentSpec(
            **common.letterhead(plan), **common.closing(plan, frame), number_line=number,
            place_date=common.place_date(plan, frame.date, opening=True), kind=kind,
            subject="Danh hiệu thi đua, hình thức khen thưởng của các tập thể, cá nhân",
            body=(), issued=issued,
            addressees=tuple(frame.addressees),
            keywords=("thi đua", "đăng ký", str(plan.year)),
        )
    head = _head(plan, department)
    return DocumentSpec(
        parent=(plan.unit.name,), agency=department.name, number_line="",
        place_date=common.place_date(plan, frame.date, opening=True), kind=kind, subject=f"của {department.name}",
        body=(), signature_lines=((head.position if head and head.position else "Trưởng phòng"),),
        signer_name=head.name if head else "", issued=issued,
        addressees=(f"Hội đồng Thi đua - Khen thưởng {plan.unit.name}",),
        recipients=("Như trên",), filing=f"Lưu: {department.name}.",
        keywords=("thi đua", "đăng ký", department.id, str(plan.year)),
    )


def _head(plan: Plan, department: Department):
    """Who signs for a department: its `head`, else the unit's head when a member (Ban Giám đốc)."""
    members = {p.id: p for p in department.members}
    return members.get(department.head or plan.unit.head) or _index(plan)[0].get(department.head or "")


_last: list = []  # [plan, (people, departments)]: one department's document after another


def _index(plan: Plan) -> tuple[dict, dict]:
    """People by id (as `Plan.people`) and departments by id (the first, as `Plan.department`).

    Built once per plan, not once per department's document: that was quadratic.
    """
    if not _last or _last[0] is not plan:
        departments: dict = {}
        for dept in plan.departments:
            departments.setdefault(dept.id, dept)
        _last[:] = [plan, (plan.people(), departments)]
    return _last[1]


def file_name(plan: Plan, department: Department | None = None) -> str:
    extra = department.id if department else ""
    return common.file_name(None, common.symbol(ABBREVIATION, plan), plan.period.name, extra)
