"""The quarter reports (BC): quarterly (Q1, Q3), sơ kết 6 tháng (Q2), tổng kết năm (Q4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tdkt.documents import common, outline
from tdkt.documents.draft import Draft, appendix_drafts
from tdkt.docx.spec import DocumentSpec
from tdkt.plan.dates import dmy, long_date, roman
from tdkt.plan.models import Plan, Report
from tdkt.plan.period import Period
from tdkt.progress import MilestoneState, Progress, QuarterTally
from tdkt.reporting import NEXT, covered, default_subject

KIND = "Báo cáo"
ABBREVIATION = "BC"
TEMPLATES = {1: "bao_cao_quy", 2: "bao_cao_so_ket", 3: "bao_cao_quy", 4: "bao_cao_tong_ket"}
SCHOOL_TEMPLATES = {1: "bao_cao_so_ket", 2: "bao_cao_tong_ket"}
OUTLINE_TEMPLATE = "bao_cao"  # a report written in the unit's own outline


@dataclass(frozen=True)
class ReportJob:
    """What one report is made of."""

    plan: Plan
    quarter: int
    progress: Progress
    next_plan: Plan | None = None  # next year's plan, for the tổng kết's direction

    @property
    def entry(self) -> Report:
        return self.plan.reports.of(self.quarter, self.plan.period) or Report()

    @property
    def template(self) -> str:
        if self.entry.body:
            return OUTLINE_TEMPLATE
        return (SCHOOL_TEMPLATES if self.plan.period.school else TEMPLATES)[self.quarter]

    @property
    def quarters(self) -> tuple[int, ...]:
        """The quarters (or semesters) the report covers."""
        return covered(self.plan, self.quarter)


def context(job: ReportJob) -> dict:
    """Plain data for the report templates; every number comes from `job.progress`."""
    plan, progress, entry, quarter = job.plan, job.progress, job.entry, job.quarter
    period = job.quarters
    doc = plan.plan
    span = plan.period
    return {
        "year": plan.year,
        "next_year": plan.year + 1,
        "period": dict(_period(span), next=_period(span.next())),
        "style": plan.style.model_dump(),
        "blocks": outline.blocks(plan, entry.body, report=entry, progress=progress),
        "quarter": quarter,
        "quarter_roman": roman(quarter),
        "as_of": dmy(progress.as_of),
        "unit": {"name": plan.unit.name, "departments": len(plan.departments), "staff": plan.unit.staff,
                 "terms": plan.unit.terms.model_dump()},
        "plan": {
            "citation": f"Kế hoạch số {common.reference(doc.number, _plan_symbol(plan))} "
                        f"ngày {common.cited_date(doc.date, plan.period.start.year)} "
                        f"của {plan.unit.name} về {doc.subject[0].lower() + doc.subject[1:]}",
        },
        "tally": dict(_tally(progress.tally(period)), recorded=bool(doc.milestones)),
        "quarters": [dict(_tally(q), roman=roman(q.quarter)) for q in progress.quarters if q.quarter in period],
        "milestones": [_milestone(s) for s in progress.of_quarters(period)],
        "overdue": [_milestone(s) for s in progress.overdue(period)],
        "documents": [s.milestone.evidence for s in progress.of_quarters(period)
                      if s.status == "done" and s.milestone.evidence],  # done by the as-of date
        "focus_duties": [{"text": d.text, "outcome": d.outcome} for d in doc.focus_duties],
        "registrations": dict(_registrations(progress), recorded=bool(plan.registrations)),
        "narrative": {k: list(getattr(entry, k)) for k in
                      ("situation", "leadership", "highlights", "limitations", "causes", "lessons", "proposals", "direction")},
        "next": _next(job),
    }


def _period(span: Period) -> dict:
    """A period as the templates word it: `school`, `name` (2022, 2025-2026), `label` (năm 2022,
    năm học 2025-2026) and `part`, what it reports by (quý, học kỳ)."""
    return {"school": span.school, "name": span.name, "label": span.label, "part": span.word("part")}


def _plan_symbol(plan: Plan) -> str:
    return plan.plan.symbol or common.symbol("KH", plan)


def _tally(t: QuarterTally) -> dict:
    return {"planned": t.planned, "done": t.done, "in_progress": t.in_progress, "not_started": t.not_started,
            "cancelled": t.cancelled, "overdue": t.overdue, "percent": t.percent, "total": t.total}


def _milestone(s: MilestoneState) -> dict:
    """A task as of the report's date: a task done later shows neither that day nor its document."""
    m, done = s.milestone, s.status == "done"
    return {
        "text": m.text, "quarter_roman": roman(s.part), "owner": s.owner, "due": dmy(s.due),
        "status": s.status, "overdue": s.overdue, "done_on": dmy(m.done_on) if m.done_on and done else "",
        "evidence": (m.evidence or "") if done or m.status != "done" else "", "note": m.note or "",
    }


def _registrations(progress: Progress) -> dict:
    individual = [t for t in progress.titles if t.entry.kind == "title" and t.entry.scope == "individual"]
    return {
        "people": progress.registered_people,
        "collectives": progress.registered_collectives,
        "individual_titles": [{"code": t.entry.code, "abbreviation": t.entry.abbreviation, "name": t.entry.name}
                              for t in individual],
        "departments": [
            {"name": d.name, "collective": d.collective, "people": d.people,
             "counts": [d.titles.get(t.entry.code, 0) for t in individual]}
            for d in progress.departments
        ],
        "titles": [
            {"name": t.entry.name, "kind": t.entry.kind, "registered": t.registered, "obtained": t.obtained,
             "percent": round(100 * t.obtained / t.registered) if t.registered else None}
            for t in progress.titles
        ],
        "results_recorded": progress.results_recorded,
    }


def _next(job: ReportJob) -> dict:
    """The tasks a report looks ahead to: later quarters, or next year's plan at year end."""
    if job.quarter != job.plan.period.parts()[-1]:
        later = [s.milestone for s in job.progress.states if s.part in NEXT[job.quarter]]
        texts = list(dict.fromkeys(m.text for m in later))  # a task repeated each quarter is listed once
        return {"milestones": [{"text": t} for t in texts], "duties": [], "from_next_plan": False}
    if job.next_plan is not None:
        nxt = job.next_plan.plan
        return {"milestones": [{"text": m.text, "quarter_roman": roman(m.part(job.next_plan.period))} for m in nxt.milestones],
                "duties": [d.text for d in nxt.focus_duties], "from_next_plan": True}
    return {"milestones": [], "duties": [], "from_next_plan": False}


def frame(job: ReportJob) -> DocumentSpec:
    """The report's frame: its own number and date, recipients and signer (defaults: the plan's)."""
    plan, entry = job.plan, job.entry
    return DocumentSpec(
        **common.letterhead(plan),
        **common.closing(plan, entry),
        number_line=common.number_line(entry.number, common.symbol(ABBREVIATION, plan)),
        place_date=common.place_date(plan, entry.date),
        kind=KIND,
        subject=entry.subject or default_subject(plan, job.quarter),
        body=(),
        issued=entry.date or job.progress.as_of,
        addressees=tuple(entry.addressees),
        keywords=("thi đua", "khen thưởng", "báo cáo", plan.period.name),
    )


def file_name(job: ReportJob) -> str:
    part = f"HK{job.quarter}" if job.plan.period.school else f"Q{job.quarter}"
    return common.file_name(job.entry.number, common.symbol(ABBREVIATION, job.plan), job.plan.period.name, part)


def drafts(job: ReportJob) -> list[Draft]:
    """The report, with its appendices."""
    entry, plan = job.entry, job.plan
    issued = entry.date or job.progress.as_of
    appendices = appendix_drafts(plan, entry.appendices, KIND, common.reference(entry.number, common.symbol(ABBREVIATION, plan)),
                                 long_date(issued), lambda body: outline.blocks(plan, body, report=entry))
    return [Draft(file_name(job), job.template, context(job), frame(job), appendices)]


def as_of(plan: Plan, quarter: int, explicit: date | None, today: date | None = None) -> date:
    """--as-of; else the report's own date; else today, never after the period reported on."""
    from tdkt import clock

    entry = plan.reports.of(quarter, plan.period)
    return clock.as_of(explicit, entry.date if entry else None, plan.period.part_bounds(quarter)[1], today)


