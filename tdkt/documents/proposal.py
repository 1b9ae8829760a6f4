"""Tờ trình đề nghị khen thưởng with its Danh sách, from the council's decisions.

When the plan says what the unit's head decides (`council.decision.authority`), only the
rest is proposed upward; the head's own decision covers the former (tdkt.documents.decision).

Every proposed title must be supported by the evaluation (or be one the law leaves to the
council); a decision the inputs do not support, or more proposals than a cap's places,
stops the document with the reasons instead of sending a proposal that will be refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.documents import common
from tdkt.documents.draft import AppendixDraft, Draft
from tdkt.documents.yearend import share_text, unit_authority
from tdkt.docx.spec import DocumentSpec
from tdkt.plan.dates import dmy, long_date
from tdkt.plan.models import Plan
from tdkt.rules import council as council_rules
from tdkt.rules.authority import decision_bases
from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.evaluate import Evaluation
from tdkt.rules.explain import reason_text, title_name
from tdkt.rules.ruleset import RATING_NAMES

TEMPLATE = "to_trinh"
LIST_TEMPLATE = "danh_sach_de_nghi"
ABBREVIATION = "TTr"
# Kính gửi when `proposal.addressees` is not written: left for the unit to fill in, as its
# other marked places are (Nghị định 30 gives every Tờ trình a recipient)
ADDRESSEE_TO_FILL = "[Đơn vị bổ sung: cơ quan, người có thẩm quyền khen thưởng]"
TEXTS = {
    "vi": {"over_cap": "{count} đề nghị, tối đa {places} ({percent}% của {base}) — {source}"},
    "en": {"over_cap": "{count} proposed, at most {places} ({percent}% of {base}) — {source}"},
}


@dataclass(frozen=True)
class Objection:
    """Why a council decision cannot be proposed as it stands."""

    holder: str
    title: str
    reasons: tuple[str, ...]


def objections(plan: Plan, evaluation: Evaluation, lang: str = "vi", only: set[str] | None = None) -> list[Objection]:
    """Decisions the evaluation does not support, and caps the decisions exceed (of the `only` codes, if given)."""
    catalogue = load_catalogue()
    found = []
    for item in council_rules.objections(plan, evaluation, catalogue):
        if isinstance(item, council_rules.Unsupported):
            if only is not None and item.verdict.code not in only:
                continue
            failed = tuple(reason_text(r, lang) for r in item.verdict.reasons if r.state in ("failed", "missing", "council"))
            found.append(Objection(item.holder.name, title_name(item.verdict.code, evaluation, catalogue, lang), failed))
        else:
            cap = item.cap
            if only is not None and cap.code not in only:
                continue
            found.append(Objection("", title_name(cap.code, evaluation, catalogue, lang), (TEXTS[lang]["over_cap"].format(
                count=len(item.locs), places=cap.places, percent=cap.percent, base=cap.base,
                source=evaluation.ruleset[cap.rule].source_in(lang)),)))
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
    own = unit_authority(plan, evaluation.ruleset)  # what the unit decides itself is not proposed upward
    for decision in council.decisions:
        codes = [c for c in _codes(decision, evaluation) if own is None or not own.decides(c)]
        if not codes:
            continue
        names = [title_name(c, evaluation, catalogue) for c in codes]
        for code, name in zip(codes, names):
            counts.setdefault(code, {"name": name, "collectives": 0, "people": 0})
            counts[code]["collectives" if decision.department else "people"] += 1
        votes = share_text(decision.votes, council.members) if decision.votes is not None else ""
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
    rules = evaluation.ruleset
    # the same dated laws the head's decision cites
    bases = [text for text, _ in decision_bases(rules.regime.id)] + ([rules.overrides_from] if rules.overrides_from else [])
    minutes = "Biên bản họp Hội đồng Thi đua - Khen thưởng"
    if council.minutes:
        minutes += f" số {council.minutes}"
    if council.meeting:
        minutes += f" ngày {dmy(council.meeting)}"
    symbol = common.symbol(ABBREVIATION, plan)
    kinds = {e.kind for e in (catalogue.lookup(code, evaluation.ruleset.regime) for code in counts) if e}
    return {
        "year": plan.year,
        "period_label": plan.period.label,
        "proposed": _proposed(kinds),
        "unit": plan.unit.name,
        "addressee": frame.addressees[0] if frame.addressees else "cấp có thẩm quyền",
        "bases": bases,
        "minutes": minutes + f" của {plan.unit.name}",
        "counts": [dict(c, text=_count_text(c)) for c in counts.values()],
        "collectives": collectives,
        "individuals": individuals,
        "attachment": f"(Kèm theo Tờ trình số {common.reference(frame.number, symbol)} "
                      f"{long_date(frame.date) if frame.date else 'ngày      tháng      năm ' + str(plan.year)} "
                      f"của {plan.unit.name})",
    }


def _count_text(count: dict) -> str:
    """`01 tập thể và 02 cá nhân`."""
    parts = [f"{count[k]:02d} {label}" for k, label in (("collectives", "tập thể"), ("people", "cá nhân")) if count[k]]
    return " và ".join(parts)


def _grounds(rating: str | None, decisions: list[str]) -> str:
    parts = [RATING_NAMES[rating].capitalize()] if rating else []
    parts += [f"sáng kiến được công nhận tại Quyết định số {d}" for d in decisions]
    return "; ".join(parts)


def _proposed(kinds: set[str]) -> str:
    """What is asked for: titles are recognised (công nhận), awards given (khen thưởng); both when both."""
    if kinds == {"award"}:
        return "khen thưởng"
    if kinds == {"title"}:
        return "công nhận danh hiệu thi đua"
    return "công nhận danh hiệu thi đua và khen thưởng"


def default_subject(plan: Plan, proposed: str = _proposed(set())) -> str:
    return f"Về việc đề nghị {proposed} {plan.period.label}"


def drafts(plan: Plan, evaluation: Evaluation) -> list[Draft]:
    """The Tờ trình, signed at its own end, and its Danh sách on a landscape page after it."""
    data = context(plan, evaluation)
    title = f"ĐỀ NGHỊ {data['proposed'].upper()} {plan.period.label.upper()}"
    listing = AppendixDraft("DANH SÁCH", (title,), data["attachment"], data, landscape=True, template=LIST_TEMPLATE)
    return [Draft(file_name(plan), TEMPLATE, data, frame(plan, data["proposed"]), (listing,))]


def frame(plan: Plan, proposed: str = _proposed(set())) -> DocumentSpec:
    frame = plan.proposal
    return DocumentSpec(
        **common.closing(plan, frame),
        **common.letterhead(plan),
        number_line=common.number_line(frame.number, common.symbol(ABBREVIATION, plan)),
        place_date=common.place_date(plan, frame.date), kind="Tờ trình",
        subject=frame.subject or default_subject(plan, proposed), body=(),
        issued=common.issued(frame.date or plan.plan.date, plan.year),
        addressees=tuple(frame.addressees) or (ADDRESSEE_TO_FILL,),  # a Tờ trình is always addressed
        keywords=("thi đua", "khen thưởng", "tờ trình", str(plan.year)),
    )


def file_name(plan: Plan) -> str:
    return common.file_name(plan.proposal.number, common.symbol(ABBREVIATION, plan), plan.year)
