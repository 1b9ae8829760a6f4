"""Biên bản họp Hội đồng Thi đua - Khen thưởng: the meeting, the votes on every proposal.

The council numbers its documents in its own sequence (Nghị định 30 Điều 15): the number
and ký hiệu come from `council.minutes` (`05/BB-HĐTĐKT`). The secretary and the chair
sign side by side. Narrative left out (place, voting method) is a marked place.
"""

from __future__ import annotations

from tdkt.documents import common
from tdkt.documents.draft import Draft
from tdkt.documents.yearend import holder, split_reference, share_text
from tdkt.docx.spec import DocumentSpec
from tdkt.plan.dates import long_date
from tdkt.plan.models import Plan, Signer
from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.evaluate import share_meets
from tdkt.rules.ruleset import RuleSet

TEMPLATE = "bien_ban_hoi_dong"
KIND = "Biên bản"
ABBREVIATION = "BB"
COUNCIL = "Hội đồng Thi đua - Khen thưởng"
VOTING = {"bo_phieu_kin": "Bỏ phiếu kín", "gio_tay": "Biểu quyết giơ tay"}


def symbol(plan: Plan) -> str:
    """The minutes' ký hiệu as the plan writes it (`BB-HĐTĐKT`), else `BB-HĐTĐKT`."""
    return split_reference(plan.council.minutes)[1] or f"{ABBREVIATION}-HĐTĐKT"


def number(plan: Plan) -> int | None:
    return split_reference(plan.council.minutes)[0]


def _member(plan: Plan, signer: Signer | None) -> dict:
    """Name (with Ông/Bà when the gender is known) and position of a council member."""
    if signer is None:
        return {"name": "", "title": "", "position": ""}
    person = plan.people().get(signer.person) if signer.person else None
    name = signer.name or (person.name if person else "")
    title = {"nam": "Ông", "nữ": "Bà"}.get(person.gender if person else None, "")
    position = signer.position or (person.position if person else "") or ""
    return {"name": name, "title": f"{title} {name}".strip(), "position": position}


def context(plan: Plan, ruleset: RuleSet) -> dict:
    council, catalogue = plan.council, load_catalogue()
    chair = _member(plan, council.chair or Signer(person=plan.unit.head))
    if (council.chair is None or council.chair.person == plan.unit.head) and chair["position"] \
            and plan.unit.name.lower() not in chair["position"].lower():
        chair["position"] += f" {plan.unit.name}"  # the head chairs as head of the unit: "Chủ tịch Ủy ban nhân dân xã …"
    rows, homes = [], {p.id: (d, p) for d in plan.departments for p in d.members}
    for decision in council.decisions:
        who = holder(plan, decision, homes)
        names = [e.name for e in catalogue.held(decision.title, decision.awards, ruleset.regime)]
        votes = decision.votes
        rows.append({"name": who.name, "position": who.position, "titles": "; ".join(names),
                     "votes": f"{votes}/{council.members}" if votes is not None else "",
                     "share": share_text(votes, council.members) if votes is not None else ""})
    quorum = ruleset["council_quorum"]
    quorum_met = None
    if quorum.value is not None and council.present is not None:
        quorum_met = share_meets(council.present, council.members, quorum.value, False)
    return {
        "year": plan.year,
        "period": plan.period.label,
        "unit": plan.unit.name,
        "day": long_date(council.meeting) if council.meeting else None,
        "time": council.time, "end": council.end, "place": council.place,
        "chair": chair, "secretary": _member(plan, council.secretary),
        "members": council.members, "present": council.present,
        "quorum": {"percent": str(quorum.value).replace(".", ","), "source": quorum.source, "met": quorum_met}
        if quorum.value is not None else None,
        "agenda": list(council.agenda),
        "voting": VOTING.get(council.voting) if council.voting else None,
        "rows": rows,
        "conclusion": list(council.conclusion),
    }


def frame(plan: Plan, chair: dict, secretary: dict) -> DocumentSpec:
    council = plan.council
    return DocumentSpec(
        parent=(plan.unit.name,), agency=COUNCIL, agency_lines=(COUNCIL,),
        number_line=common.number_line(number(plan), symbol(plan)),
        place_date=common.place_date(plan, council.meeting), kind=KIND,
        subject=f"Họp {COUNCIL} xét danh hiệu thi đua và hình thức khen thưởng {plan.period.label}",
        body=(), signature_lines=("Chủ tịch Hội đồng",), signer_name=chair["name"],
        countersign_lines=("Thư ký",), countersign_name=secretary["name"],
        issued=council.meeting or plan.plan.date,
        keywords=("thi đua", "khen thưởng", "biên bản", str(plan.year)),
    )


def file_name(plan: Plan) -> str:
    return common.file_name(number(plan), symbol(plan), plan.year)


def drafts(plan: Plan, ruleset: RuleSet) -> list[Draft]:
    data = context(plan, ruleset)
    return [Draft(file_name(plan), TEMPLATE, data, frame(plan, data["chair"], data["secretary"]))]
