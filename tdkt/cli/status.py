"""`tdkt status`: where the year stands, in the terminal (Rich) or as JSON."""

from __future__ import annotations

import json
from datetime import date

from tdkt import clock
from tdkt.cli.common import (
    AsOfOption,
    FormatOption,
    LangOption,
    PlanArgument,
    open_plan,
)
from tdkt.cli.discover import sibling_plan

BAR = 24
LABELS = {
    "vi": {
        "title": "Kế hoạch {period} — {unit} (tính đến {as_of})",
        "quarters": "Tiến độ nhiệm vụ theo {part}", "done": "Xong", "overdue": "quá hạn",
        "overdue_title": "Nhiệm vụ quá hạn", "task": "Nhiệm vụ", "owner": "Chủ trì", "due": "Hạn", "state": "Tình trạng",
        "none_overdue": "Không có nhiệm vụ quá hạn.",
        "titles": "Đăng ký thi đua", "title_col": "Danh hiệu, hình thức", "registered": "Đăng ký", "obtained": "Đạt",
        "no_results": "Chưa có kết quả",
        "no_registrations": "Chưa có đăng ký thi đua.",
        "next": "Báo cáo tiếp theo: {subject}",
        "need_number": "cần ghi số báo cáo vào `reports.{key}.number`",
        "need_date": "cần ghi ngày báo cáo vào `reports.{key}.date`",
        "need_narrative": "phần đơn vị tự viết (trong `reports.{key}`) còn thiếu: {fields}",
        "need_tasks": "{n} nhiệm vụ trong kỳ chưa hoàn thành",
        "need_results": "cần ghi kết quả khen thưởng vào `results`",
        "ready": "đã đủ dữ liệu",
        "status": {"planned": "chưa thực hiện", "in_progress": "đang thực hiện", "done": "hoàn thành", "cancelled": "không thực hiện"},
    },
    "en": {
        "title": "Plan {period} — {unit} (as of {as_of})",
        "quarters": "Milestones by {part}", "done": "Done", "overdue": "overdue",
        "overdue_title": "Overdue milestones", "task": "Milestone", "owner": "Owner", "due": "Due", "state": "State",
        "none_overdue": "Nothing is overdue.",
        "titles": "Registrations", "title_col": "Title or award", "registered": "Registered", "obtained": "Obtained",
        "no_results": "No results yet",
        "no_registrations": "No registrations yet.",
        "next": "Next report: {subject}",
        "need_number": "needs its number: write `reports.{key}.number`",
        "need_date": "needs its date: write `reports.{key}.date`",
        "need_narrative": "narrative still missing (under `reports.{key}`): {fields}",
        "need_tasks": "{n} milestones of the period not done",
        "need_results": "needs the period's results: write `results`",
        "ready": "all data present",
        "status": {"planned": "planned", "in_progress": "in progress", "done": "done", "cancelled": "cancelled"},
    },
}


def status(
    plan: PlanArgument = None,
    as_of: AsOfOption = None,
    format: FormatOption = "text",
    lang: LangOption = None,
) -> None:
    """Show where the year stands."""
    from tdkt.progress import compute
    from tdkt.reporting import due_quarter, needs

    job = open_plan(plan, lang, as_of=as_of, fmt=format)
    model, language = job.plan, job.language
    day = clock.as_of(job.as_of, None, model.period.end)
    progress = compute(model, day)
    quarter = due_quarter(model, day)
    has_next = sibling_plan(job.path, model.period.next().name) is not None
    summary = _summary(model, progress, needs(model, quarter, progress, has_next, language), language)
    if format == "json":
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        _show(summary, LABELS[language], model.period, language)


def _summary(plan, progress, need: dict, lang: str) -> dict:
    from tdkt.plan.dates import dmy

    return {
        "year": plan.year,
        "period": {"kind": plan.period.kind, "name": plan.period.name},
        "unit": plan.unit.name,
        "as_of": progress.as_of.isoformat(),
        "quarters": [
            {"quarter": q.quarter, "planned": q.planned, "done": q.done, "in_progress": q.in_progress,
             "not_started": q.not_started, "cancelled": q.cancelled, "overdue": q.overdue, "percent": q.percent}
            for q in progress.quarters
        ],
        "overdue": [
            {"id": s.milestone.id, "text": s.milestone.text, "owner": s.owner, "due": dmy(s.due), "status": s.milestone.status}
            for s in progress.overdue()
        ],
        "results_recorded": progress.results_recorded,
        "titles": [{"code": t.entry.code, "name": t.entry.name_in(lang), "registered": t.registered,
                    "obtained": t.obtained if progress.results_recorded else None}
                   for t in progress.titles],
        "next_report": need,
    }


def _show(summary: dict, labels: dict, period, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tdkt.plan.dates import roman
    from tdkt.reporting import NARRATIVE_LABELS

    console = Console(highlight=False)
    as_of = date.fromisoformat(summary["as_of"]).strftime("%d/%m/%Y")
    part = period.word("part", lang)
    console.print(Text(labels["title"].format(period=period.word("heading", lang), unit=summary["unit"], as_of=as_of),
                       style="bold"))
    console.print()
    console.print(Text(labels["quarters"].format(part=part), style="bold"))
    for q in summary["quarters"]:
        filled = round(BAR * q["done"] / q["planned"]) if q["planned"] else 0
        line = Text(f"  {period.word('Part', lang)} {roman(q['quarter']):<4} ")
        line.append("█" * filled, style="green")
        line.append("░" * (BAR - filled), style="dim")
        rate = f"{q['percent']:>3}%" if q["planned"] else "   -"  # nothing planned: no rate, not 0%
        line.append(f"  {q['done']}/{q['planned']}  {rate}")
        if q["overdue"]:
            line.append(f"  {q['overdue']} {labels['overdue']}", style="bold red")
        console.print(line)
    console.print()
    if summary["overdue"]:
        table = Table(title=labels["overdue_title"], title_style="bold red", title_justify="left")
        for column in (labels["task"], labels["owner"], labels["due"], labels["state"]):
            table.add_column(column)
        for item in summary["overdue"]:
            table.add_row(item["text"], item["owner"], item["due"], labels["status"][item["status"]], style="red")
        console.print(table)
    else:
        console.print(labels["none_overdue"], style="green")
    console.print()
    if summary["titles"]:
        table = Table(title=labels["titles"], title_style="bold", title_justify="left")
        table.add_column(labels["title_col"])
        table.add_column(labels["registered"], justify="right")
        table.add_column(labels["obtained"], justify="right")
        for t in summary["titles"]:
            obtained = labels["no_results"] if t["obtained"] is None else str(t["obtained"])
            table.add_row(t["name"], str(t["registered"]), obtained)
        console.print(table)
    else:
        console.print(labels["no_registrations"])
    console.print()
    need = summary["next_report"]
    console.print(Text(labels["next"].format(subject=need["subject"]), style="bold"))
    items = []
    if not need["number"]:
        items.append(labels["need_number"].format(key=need["key"]))
    if not need["date"]:
        items.append(labels["need_date"].format(key=need["key"]))
    if need["missing_narrative"]:
        fields = "; ".join(NARRATIVE_LABELS[lang][f] for f in need["missing_narrative"])
        items.append(labels["need_narrative"].format(key=need["key"], fields=fields))
    if need["open_tasks"]:
        items.append(labels["need_tasks"].format(n=need["open_tasks"]))
    if not need["results"]:
        items.append(labels["need_results"])
    for item in items or [labels["ready"]]:
        console.print(f"  - {item}")
