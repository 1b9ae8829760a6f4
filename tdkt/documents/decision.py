"""Quyết định công nhận danh hiệu thi đua, tặng Giấy khen, with its Danh sách and rewards.

Only what the head of the unit may decide under the year's regime (tdkt.rules.authority),
only for holders the council decided, and only where the evaluation supports the title: a
decision the inputs do not support, or more picks than a cap allows, stops the document.
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.documents import common
from tdkt.documents.draft import AppendixDraft, Draft
from tdkt.documents.proposal import Objection, objections
from tdkt.documents.yearend import Grant, decision_day, grants, reward_of, split_reference, unit_authority
from tdkt.docx.spec import DocumentSpec
from tdkt.plan.dates import dmy, long_date, roman
from tdkt.plan.models import Plan
from tdkt.rules.authority import decision_bases
from tdkt.rules.evaluate import Evaluation
from tdkt.rules.rewards import base_salary, money

TEMPLATE = "quyet_dinh"
LIST_TEMPLATE = "danh_sach_quyet_dinh"
ABBREVIATION = "QĐ"
KIND = "Quyết định"


@dataclass(frozen=True)
class Refusal:
    """Why no decision can be made: a message code (worded by the command), its values, objections."""

    code: str
    params: dict
    objections: tuple[Objection, ...] = ()


def refusal(plan: Plan, evaluation: Evaluation, lang: str = "vi") -> Refusal | None:
    """None when the decision can be made; else the first reason it cannot."""
    ruleset = evaluation.ruleset
    if plan.council is None or not plan.council.decisions:
        return Refusal("no_council", {})
    frame = plan.council.decision
    if frame is None or frame.authority is None:
        return Refusal("no_authority", {})
    own = unit_authority(plan, ruleset)  # the plan check (check_authority) ensures the level exists under the regime
    if not own.codes:
        return Refusal("decides_nothing", {"source": own.source_in(lang)})
    found = objections(plan, evaluation, lang, only=set(own.codes))
    if found:
        return Refusal("objections", {}, tuple(found))
    if not own_grants(plan, evaluation):
        return Refusal("nothing_to_decide", {"source": own.source_in(lang)})
    return None


def own_grants(plan: Plan, evaluation: Evaluation) -> list[Grant]:
    own = unit_authority(plan, evaluation.ruleset)
    return [g for g in grants(plan, evaluation.ruleset) if own is not None and own.decides(g.entry.code)]


def groups(plan: Plan, evaluation: Evaluation) -> list[dict]:
    """The Danh sách: one group per title or award and kind of holder, with each reward."""
    ruleset, by_key = evaluation.ruleset, {}
    for grant in own_grants(plan, evaluation):
        key = (grant.entry.kind != "title", grant.holder.kind != "collective", grant.entry.code)
        by_key.setdefault(key, []).append(grant)
    found = []
    for index, key in enumerate(sorted(by_key, key=lambda k: (k[0], k[1])), start=1):
        members = by_key[key]
        entry, kind = members[0].entry, members[0].holder.kind
        rewards = [reward_of(g, plan, ruleset) for g in members]
        heading = f"DANH HIỆU “{entry.name.upper()}”" if entry.kind == "title" else entry.name.upper()
        if entry.scope == "both":
            heading += " CHO TẬP THỂ" if kind == "collective" else " CHO CÁ NHÂN"
        total = sum(r.amount for r in rewards if r)
        found.append({
            "roman": roman(index), "heading": heading, "collective": kind == "collective", "code": entry.code,
            "name": entry.name, "kind": entry.kind, "count": len(members),
            "rows": [{"name": g.holder.name, "position": g.holder.position, "amount": money(r.amount) if r else "",
                      "factor": str(r.factor).replace(".", ",") if r else ""} for g, r in zip(members, rewards)],
            "total": money(total), "total_amount": total,
            "source": next((r.cite for r in rewards if r), ""),
            "unconfirmed": any(r and not r.confirmed for r in rewards),
        })
    return found


def context(plan: Plan, evaluation: Evaluation) -> dict:
    """Plain data for the Quyết định: the head's line, bases, what is granted, the money."""
    ruleset, frame, council = evaluation.ruleset, plan.council.decision, plan.council
    head = plan.people().get(plan.unit.head)
    found = groups(plan, evaluation)
    bases = [text for text, _ in decision_bases(ruleset.regime.id)]
    if ruleset.overrides_from:
        bases.append(ruleset.overrides_from)
    own_bases = [b.text or common.citation(b) for b in frame.bases]
    number, symbol = split_reference(council.minutes)
    minutes = "Biên bản họp" + (f" số {common.reference(number, symbol)}" if symbol else "") \
        + (f" ngày {dmy(council.meeting)}" if council.meeting else "")
    base, base_source, _ = base_salary(decision_day(plan), ruleset.rewards)
    reward_sources = sorted({g["source"] for g in found if g["source"]})
    total = sum(g["total_amount"] for g in found)
    counts: dict[str, dict] = {}
    for g in found:
        label = f"Danh hiệu “{g['name']}”" if g["kind"] == "title" else g["name"]
        counts.setdefault(g["code"], {"label": label, "parts": []})["parts"].append(
            f"{g['count']:02d} {'tập thể' if g['collective'] else 'cá nhân'}")
    return {
        "year": plan.year,
        "period": plan.period.label,
        "unit": plan.unit.name,
        "head_line": f"{(head.position if head and head.position else 'Thủ trưởng')} {plan.unit.name}".upper(),
        "bases": bases + own_bases,
        "own_bases": bool(own_bases),
        "proposer": f"Hội đồng Thi đua - Khen thưởng {plan.unit.name} tại {minutes}",
        "has_award": any(g["kind"] == "award" for g in found),
        "counts": [{"label": c["label"], "text": " và ".join(c["parts"])} for c in counts.values()],
        "base": money(base), "base_source": base_source,
        "reward_source": "; ".join(reward_sources),
        "total": money(total),
        "budget": frame.budget or f"Quỹ thi đua, khen thưởng của {plan.unit.name}",
        "executors": ", ".join(frame.executors) if frame.executors else f"Các {plan.unit.terms.departments} có liên quan",
    }


def default_subject(plan: Plan, has_award: bool) -> str:
    award = " và tặng Giấy khen" if has_award else ""
    return f"Về việc công nhận danh hiệu thi đua{award} {plan.period.label}"


def symbol(plan: Plan) -> str:
    return common.symbol(ABBREVIATION, plan)


def frame(plan: Plan, has_award: bool) -> DocumentSpec:
    doc = plan.council.decision
    end = common.closing(plan, doc)
    return DocumentSpec(
        **{**end, "recipients": ("Như Điều 3", *end["recipients"])},
        **common.letterhead(plan),
        number_line=common.number_line(doc.number, symbol(plan)),
        place_date=common.place_date(plan, doc.date), kind=KIND,
        subject=doc.subject or default_subject(plan, has_award), body=(),
        issued=doc.date or plan.plan.date,
        keywords=("thi đua", "khen thưởng", "quyết định", str(plan.year)),
    )


def file_name(plan: Plan) -> str:
    return common.file_name(plan.council.decision.number, symbol(plan), plan.year)


def drafts(plan: Plan, evaluation: Evaluation) -> list[Draft]:
    """The decision and its attached list (call `refusal` first)."""
    data = context(plan, evaluation)
    doc, head = plan.council.decision, plan.people().get(plan.unit.head)
    day = long_date(doc.date) if doc.date else f"ngày      tháng      năm {plan.year}"
    position = head.position if head and head.position else "Thủ trưởng"
    note = f"(Kèm theo Quyết định số {common.reference(doc.number, symbol(plan))} {day} của {position} {plan.unit.name})"
    found = groups(plan, evaluation)
    title = ("TẬP THỂ, CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU THI ĐUA" + (" VÀ TẶNG GIẤY KHEN" if data["has_award"] else "")
             + f" {plan.period.label.upper()}",)
    listing = AppendixDraft("DANH SÁCH", title, note, {"groups": found, "total": data["total"]}, template=LIST_TEMPLATE)
    return [Draft(file_name(plan), TEMPLATE, data, frame(plan, data["has_award"]), (listing,))]
