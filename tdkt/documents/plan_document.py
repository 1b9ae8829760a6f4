"""The Kế hoạch (KH): context for `templates/ke_hoach.j2` and the document's frame."""

from __future__ import annotations

from tdkt.documents import common
from tdkt.docx.spec import DocumentSpec
from tdkt.markup.tree import Block
from tdkt.plan.dates import roman
from tdkt.plan.models import Plan

TEMPLATE = "ke_hoach"
KIND = "Kế hoạch"
ABBREVIATION = "KH"


def context(plan: Plan) -> dict:
    """Plain data the template words: no models, nothing it would have to compute."""
    doc = plan.plan
    quarters = []
    for number in (1, 2, 3, 4):
        items = [m for m in doc.milestones if m.quarter == number]
        if items:
            quarters.append({"number": number, "roman": roman(number), "milestones": [{"text": m.text} for m in items]})
    return {
        "year": plan.year,
        "unit": {"name": plan.unit.name, "parent": plan.unit.parent},
        "bases": [{"citation": common.citation(b)} for b in doc.bases],
        "introduction": doc.introduction,
        "purposes": list(doc.purposes),
        "requirements": list(doc.requirements),
        "focus_duties": [{"text": d.text, "points": list(d.points)} for d in doc.focus_duties],
        "quarters": quarters,
        "assignments": [
            {"heading": a.heading, "paragraphs": list(a.paragraphs), "points": list(a.points)}
            for a in doc.assignments
        ],
        "closing": doc.closing,
    }


def symbol(plan: Plan) -> str:
    return plan.plan.symbol or common.symbol(ABBREVIATION, plan)


def spec(plan: Plan, body: tuple[Block, ...]) -> DocumentSpec:
    """The Kế hoạch's frame: letterhead, title, recipients, signature."""
    doc = plan.plan
    lines, name = common.signature(plan, doc.signer)
    return DocumentSpec(
        parent=plan.unit.parent,
        agency=plan.unit.name,
        number_line=common.number_line(doc.number, symbol(plan)),
        place_date=common.place_date(plan, doc.date),
        kind=KIND,
        subject=doc.subject,
        body=body,
        signature_lines=lines,
        signer_name=name,
        issued=common.issued(doc.date, plan.year),
        recipients=tuple(doc.recipients),
        filing=common.filing_line(doc.filing, doc.filing_copies),
        keywords=("thi đua", "khen thưởng", str(plan.year)),
    )


def file_name(plan: Plan) -> str:
    return common.file_name(plan.plan.number, symbol(plan), plan.year)
