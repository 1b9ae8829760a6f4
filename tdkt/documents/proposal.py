"""Tờ trình đề nghị khen thưởng with its Danh sách, from the council's decisions.

Every proposed title must be supported by the evaluation (or be one the law leaves to the
council); a decision the inputs do not support, or more proposals than a cap's places,
stops the document with the reasons instead of sending a proposal that will be refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.documents import common
from tdkt.docx.spec import DocumentSpec
from tdkt.markup.tree import Block
from tdkt.plan.dates import dmy
from tdkt.plan.models import Plan
from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.evaluate import ELIGIBLE, NOT_CHECKED, Evaluation, percent_text
from tdkt.rules.explain import reason_text, title_name
from tdkt.rules.ruleset import RATING_NAMES

TEMPLATE = "to_trinh"
ABBREVIATION = "TTr"


@dataclass(frozen=True)
class Objection:
    """Why a council decision cannot be proposed as it stands."""

    holder: str
    title: str
    reasons: tuple[str, ...]


def objections(plan: Plan, evaluation: Evaluation, lang: str = "vi") -> list[Objection]:
    """Decisions the evaluation does not support, and caps the decisions exceed."""
    catalogue = load_catalogue()
    holders = {(h.kind, h.id): h for h in [*evaluation.people, *evaluation.departments]}
    found = []
    for decision in plan.council.decisions if plan.council else []:
        key = ("collective", decision.department) if decision.department else ("individual", decision.person)
        holder = holders[key]
        for code in _codes(decision, evaluation):
            verdict = holder.verdicts[code]
            if verdict.status not in (ELIGIBLE, NOT_CHECKED):
                failed = tuple(reason_text(r, lang) for r in verdict.reasons if r.state in ("failed", "missing"))
                found.append(Objection(holder.name, title_name(code, evaluation, catalogue), failed))
    for cap in evaluation.caps:
        chosen = [d for d in (plan.council.decisions if plan.council else []) if cap.code in _codes(d, evaluation)]
        if len(chosen) > cap.places:
            found.append(Objection("", title_name(cap.code, evaluation, catalogue), (
                f"{len(chosen)} đề nghị, tối đa {cap.places} ({cap.percent}% của {cap.base}) — "
                f"{evaluation.ruleset[cap.rule].source}",)))
    return found


def _codes(decision, evaluation: Evaluation) -> list[str]:
    return [e.code for e in load_catalogue().held(decision.title, decision.awards, evaluation.ruleset.regime)]


def context(plan: Plan, evaluation: Evaluation) -> dict:
    """Plain data for the Tờ trình and its list: what is proposed for whom, on what grounds."""
    catalogue, council, frame = load_catalogue(), plan.council, plan.proposal
    people = plan.people()
    departments: dict = {}
    department_of: dict = {}  # person id -> the first department listing them, as plan order says
    for dept in plan.departments:
        departments.setdefault(dept.id, dept)
        for member in dept.members:
            department_of.setdefault(member.id, dept)
    collectives, individuals, counts = [], [], {}
    for decision in council.decisions:
        codes = _codes(decision, evaluation)
        names = [title_name(c, evaluation, catalogue) for c in codes]
        for code, name in zip(codes, names):
            counts.setdefault(code, {"name": name, "collectives": 0, "people": 0})
            counts[code]["collectives" if decision.department else "people"] += 1
        votes = f"{percent_text(decision.votes, council.members)}%" if decision.votes is not None else ""
        if decision.department:
            dept = departments[decision.department]
            collectives.append({"name": dept.name, "titles": "; ".join(names), "votes": votes,
                                "achievements": decision.achievements or _grounds(dept.rating, [])})
        else:
            person = people[decision.person]
            dept = department_of[person.id]
            recognised = [i.decision for i in person.initiatives if i.decision and (i.date is None or i.date.year == plan.year)]
            individuals.append({"name": person.name, "position": ", ".join(p for p in (person.position, dept.name) if p),
                                "titles": "; ".join(names), "votes": votes,
                                "achievements": decision.achievements or _grounds(person.rating, recognised)})
    regime, rules = evaluation.ruleset.regime, evaluation.ruleset
    bases = [regime.law, regime.decree] + ([rules.overrides_from] if rules.overrides_from else [])
    minutes = "Biên bản họp Hội đồng Thi đua - Khen thưởng"
    if council.minutes:
        minutes += f" số {council.minutes}"
    if council.meeting:
        minutes += f" ngày {dmy(council.meeting)}"
    symbol = common.symbol(ABBREVIATION, plan)
    return {
        "year": plan.year,
        "unit": plan.unit.name,
        "addressee": frame.addressees[0] if frame.addressees else "cấp có thẩm quyền",
        "bases": bases,
        "minutes": minutes + f" của {plan.unit.name}",
        "counts": [dict(c, text=_count_text(c)) for c in counts.values()],
        "collectives": collectives,
        "individuals": individuals,
        "attachment": f"Kèm theo Tờ trình số {common.reference(frame.number, symbol)} "
                      f"ngày {dmy(frame.date) if frame.date else '    /    /' + str(plan.year)} của {plan.unit.name}",
    }


def _count_text(count: dict) -> str:
    """`01 tập thể và 02 cá nhân`."""
    parts = [f"{count[k]:02d} {label}" for k, label in (("collectives", "tập thể"), ("people", "cá nhân")) if count[k]]
    return " và ".join(parts)


def _grounds(rating: str | None, decisions: list[str]) -> str:
    parts = [RATING_NAMES[rating].capitalize()] if rating else []
    parts += [f"sáng kiến được công nhận tại Quyết định số {d}" for d in decisions]
    return "; ".join(parts)


def default_subject(plan: Plan) -> str:
    return f"Về việc đề nghị công nhận danh hiệu thi đua và khen thưởng năm {plan.year}"


def spec(plan: Plan, body: tuple[Block, ...]) -> DocumentSpec:
    frame = plan.proposal
    lines, name = common.signature(plan, frame.signer or plan.plan.signer)
    return DocumentSpec(
        **common.letterhead(plan),
        number_line=common.number_line(frame.number, common.symbol(ABBREVIATION, plan)),
        place_date=common.place_date(plan, frame.date), kind="Tờ trình",
        subject=frame.subject or default_subject(plan), body=body,
        signature_lines=lines, signer_name=name, issued=frame.date or plan.plan.date,
        addressees=tuple(frame.addressees),
        recipients=tuple(frame.recipients if frame.recipients is not None else plan.plan.recipients),
        filing=common.filing_line(frame.filing or plan.plan.filing),
        keywords=("thi đua", "khen thưởng", "tờ trình", str(plan.year)),
    )


def file_name(plan: Plan) -> str:
    return common.file_name(plan.proposal.number, common.symbol(ABBREVIATION, plan), plan.year)
