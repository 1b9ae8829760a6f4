"""Báo cáo thành tích: one for each individual and collective the council proposes upward.

Facts come from the plan (personal data, position, service, ratings by year, initiatives
with their decisions, past titles and awards); the narrative parts are the officer's
(`council.decisions[].report`), or a marked place when missing: tdkt writes no praise.
The sections follow the report forms of the regime's decree as far as they could be
confirmed (see the README, Year end); the template can be overridden.
"""

from __future__ import annotations

from tdkt.documents import common
from tdkt.documents.draft import Draft
from tdkt.documents.yearend import Grant, Holder, grants, upward
from tdkt.docx.spec import DocumentSpec
from tdkt.plan.dates import dmy
from tdkt.plan.models import AchievementReport, Plan
from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.evaluate import months_served
from tdkt.rules.ruleset import RATING_NAMES, RuleSet

TEMPLATE = "bao_cao_thanh_tich"
KIND = "Báo cáo thành tích"
LEVELS = {"co_so": "cơ sở", "tinh": "tỉnh", "toan_quoc": "toàn quốc"}


def proposed(plan: Plan, ruleset: RuleSet) -> list[tuple[Holder, list[Grant]]]:
    """Each holder proposed upward, with what is proposed, in the council's order."""
    found: dict[tuple, list[Grant]] = {}
    for grant in upward(plan, ruleset):
        found.setdefault((grant.holder.kind, grant.holder.id), []).append(grant)
    return [(items[0].holder, items) for items in found.values()]


def subject(items: list[Grant]) -> str:
    names = [f"danh hiệu “{g.entry.name}”" if g.entry.kind == "title" else g.entry.name for g in items]
    return "Đề nghị tặng " + " và ".join(names)


def _history_rows(history: dict, regime_of, period) -> list[dict]:
    """Past titles and awards; a year is named as the plan counts it (2024, or the school year 2023-2024)."""
    catalogue, rows = load_catalogue(), []
    for year in sorted(history):
        record = history[year]
        regime = regime_of(year)
        name = lambda ref: (catalogue.lookup(ref, regime).name if catalogue.lookup(ref, regime) else ref)  # noqa: E731
        when = period.ending_in(year).name
        for ref in record.titles:
            rows.append({"year": when, "kind": "title", "name": name(ref)})
        for ref in record.awards:
            rows.append({"year": when, "kind": "award", "name": name(ref)})
    return rows


def context(plan: Plan, ruleset: RuleSet, who: Holder, items: list[Grant]) -> dict:
    catalogue = load_catalogue()
    report = items[0].decision.report or AchievementReport()
    head = plan.people().get(plan.unit.head)
    data = {
        "year": plan.year, "period": plan.period.label, "school": plan.period.school, "unit": plan.unit.name, "terms": plan.unit.terms.model_dump(), "kind": who.kind, "name": who.name,
        "proposed": subject(items), "department": who.department.name,
        "situation": list(report.situation), "duties": list(report.duties), "achievements": list(report.achievements),
        "summary": items[0].decision.achievements,
        "head": {"name": head.name if head else "", "position": head.position if head and head.position else ""},
    }
    if who.kind == "individual":
        person = who.person
        ratings = {year: record.rating for year, record in person.history.items() if record.rating}
        if person.rating:
            ratings[plan.year] = person.rating
        service = months_served(person.hired, plan.period.end) if person.hired else None
        data.update({
            "gender": {"nam": "Nam", "nữ": "Nữ"}.get(person.gender or "", ""),
            "born": dmy(report.born) if report.born else None, "hometown": report.hometown,
            "education": report.education, "position": person.position or "",
            "hired": dmy(person.hired) if person.hired else None,
            "service": f"{service // 12} năm {service % 12} tháng" if service is not None else None,
            "ratings": [{"year": y, "label": plan.period.ending_in(y).label, "rating": RATING_NAMES[r]}
                        for y, r in sorted(ratings.items())],
            "served_to": dmy(plan.period.end),
            "initiatives": [{"name": i.name, "decision": i.decision or "", "date": dmy(i.date) if i.date else "",
                             "level": LEVELS[i.level]} for i in person.initiatives],
            "history": _history_rows(person.history, catalogue.regime_for_year, plan.period),
        })
    else:
        dept = who.department
        members = {p.id for p in dept.members}
        counts: dict[str, dict] = {}
        for grant in grants(plan, ruleset):
            if grant.holder.kind == "individual" and grant.holder.id in members and grant.entry.kind == "title":
                counts.setdefault(grant.entry.code, {"name": grant.entry.name, "count": 0})["count"] += 1
        dept_head = plan.people().get(dept.head) if dept.head else None
        data.update({
            "members": len(dept.members), "rating": RATING_NAMES.get(dept.rating or "", None),
            "dept_head": {"name": dept_head.name if dept_head else "", "position": dept_head.position if dept_head else ""},
            "member_titles": list(counts.values()),
            # the department's own record (`departments[].history`), unless the report writes its own
            "history": _history_rows({**dept.history, **report.history}, catalogue.regime_for_year, plan.period),
        })
    return data


def frame(plan: Plan, who: Holder, items: list[Grant], data: dict) -> DocumentSpec:
    report = items[0].decision.report or AchievementReport()
    head = data["head"]
    confirm = ("Xác nhận của thủ trưởng đơn vị", head["position"] or "Thủ trưởng đơn vị")
    if who.kind == "individual":
        letter = {"parent": tuple(plan.unit.parent), "agency": plan.unit.name,
                  "agency_lines": tuple(plan.unit.letterhead) or (plan.unit.name,)}
        lines, name = ("Người báo cáo thành tích",), who.name
        if who.person and who.person.id == plan.unit.head:  # the head's own report is confirmed above
            confirm, head = ("Xác nhận của cấp trên trực tiếp",), {"name": ""}
    else:
        letter = {"parent": (plan.unit.name,), "agency": who.name, "agency_lines": (who.name,)}
        lines, name = (data["dept_head"]["position"] or "Thủ trưởng đơn vị",), data["dept_head"]["name"]
    return DocumentSpec(
        **letter, number_line="", place_date=common.place_date(plan, report.date), kind=KIND,
        subject=data["proposed"], body=(), signature_lines=lines, signer_name=name,
        countersign_lines=confirm, countersign_name=head["name"],
        issued=report.date or plan.council.meeting or plan.plan.date,
        keywords=("thi đua", "khen thưởng", "báo cáo thành tích", str(plan.year)),
    )


def file_name(plan: Plan, who: Holder) -> str:
    return common.file_name(None, "BCTT", plan.year, who.id)


def drafts(plan: Plan, ruleset: RuleSet) -> list[Draft]:
    """One report for each holder proposed upward (none when the council proposes nobody above the unit)."""
    found = []
    for who, items in proposed(plan, ruleset):
        data = context(plan, ruleset, who, items)
        found.append(Draft(file_name(plan, who), TEMPLATE, data, frame(plan, who, items, data)))
    return found
