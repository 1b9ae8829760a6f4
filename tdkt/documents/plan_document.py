"""The Kế hoạch (KH): its template data, frame and appendices, as one Draft."""

from __future__ import annotations

from tdkt.documents import common, outline
from tdkt.documents.draft import Draft, appendix_drafts
from tdkt.docx.spec import DocumentSpec
from tdkt.plan.dates import roman
from tdkt.plan.models import Plan

TEMPLATE = "ke_hoach"
KIND = "Kế hoạch"
ABBREVIATION = "KH"


def context(plan: Plan) -> dict:
    """Plain data the template words: the opening, then the unit's outline or the named parts."""
    doc = plan.plan
    quarters = []
    for number in (1, 2, 3, 4):
        items = [m for m in doc.milestones if not plan.period.school and m.part(plan.period) == number]
        if items:
            quarters.append({"number": number, "roman": roman(number), "milestones": [{"text": m.text} for m in items]})
    return {
        "year": plan.year,
        "period": {"label": plan.period.label, "name": plan.period.name, "school": plan.period.school},
        "style": plan.style.model_dump(),
        "unit": {"name": plan.unit.name, "parent": list(plan.unit.parent)},
        "bases": [b.model_dump() for b in doc.bases],
        "introduction": doc.introduction,
        "blocks": outline.blocks(plan, doc.body),
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


def frame(plan: Plan) -> DocumentSpec:
    """The Kế hoạch's frame: letterhead, title, recipients, signature."""
    doc = plan.plan
    lines, name = common.signature(plan, doc.signer)
    return DocumentSpec(
        **common.letterhead(plan),
        number_line=common.number_line(doc.number, symbol(plan)),
        place_date=common.place_date(plan, doc.date, opening=True),
        kind=KIND,
        subject=doc.subject,
        body=(),
        signature_lines=lines,
        signer_name=name,
        issued=common.issued(doc.date, plan.year),
        addressees=tuple(doc.addressees),
        recipients=tuple(doc.recipients),
        filing=common.filing_line(doc.filing, doc.filing_copies),
        keywords=("thi đua", "khen thưởng", plan.period.name),
    )


def file_name(plan: Plan) -> str:
    return common.file_name(plan.plan.number, symbol(plan), plan.period.name)


def drafts(plan: Plan) -> list[Draft]:
    """The plan document, with its appendices."""
    doc = plan.plan
    issued = common.long_date_or_blank(doc.date, plan.period.start.year)
    appendices = appendix_drafts(plan, doc.appendices, KIND, common.reference(doc.number, symbol(plan)), issued,
                                 lambda body: outline.blocks(plan, body))
    return [Draft(file_name(plan), TEMPLATE, context(plan), frame(plan), appendices)]
