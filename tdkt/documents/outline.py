"""A plan's outline (body nodes) as plain data for the templates, in reading order.

Headings get their numbers here (by depth, in the plan's numbering style); lists, tables
and the views of structured data (tasks, targets, statistics) become blocks that carry
values, dates and counts, which the templates word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tdkt.documents.figures import Ratio, ratio, read_number
from tdkt.plan.body import Node, StatisticsView, TargetsView, TasksView
from tdkt.plan.dates import roman
from tdkt.plan.models import Milestone, Plan, Report, Target

if TYPE_CHECKING:
    from tdkt.progress import Progress

VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"
PART_ORDINALS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")


def letter(index: int) -> str:
    """The n-th điểm letter in Vietnamese alphabet order: a, b, c, d, đ, e, g, …; then aa, ab, …"""
    letters = VIETNAMESE_LETTERS
    index -= 1
    return letters[index] if index < len(letters) else letter(index // len(letters)) + letters[index % len(letters)]


def part_ordinal(index: int) -> str:
    """`nhất`, `hai`, … for "Phần thứ …"."""
    return PART_ORDINALS[index - 1] if index <= len(PART_ORDINALS) else str(index)


@dataclass
class _Walk:
    plan: Plan
    report: Report | None
    progress: Progress | None = None  # a report's counts as of its date
    blocks: list[dict] = field(default_factory=list)
    parts: int = 0

    def label(self, style: str, chain: list[int]) -> str:
        number = chain[-1]
        if style == "I.":
            return f"{roman(number)}."
        if style == "1.":
            return f"{number}."
        if style == "1)":
            return f"{number})"
        if style == "A.":
            return f"{chr(ord('A') + number - 1)}." if number <= 26 else f"{number}."
        if style == "1.1.":
            return "".join(f"{n}." for n in chain[-2:]) if len(chain) > 1 else f"{number}."
        if style == "a)":
            return f"{letter(number)})"
        return style

    def style_at(self, depth: int) -> str:
        numbering = self.plan.style.numbering or ["I.", "1.", "a)", "-"]
        return numbering[min(depth, len(numbering)) - 1]

    def nodes(self, nodes: list[Node], depth: int, chain: list[int]) -> None:
        count = 0
        for node in nodes:
            shape = node.shape
            if shape == "part":
                self.parts += 1
                self.blocks.append({"kind": "part", "ordinal": part_ordinal(self.parts), "number": self.parts,
                                    "title": node.part, "movement": None})
                self.nodes(node.body, 1, [])
                continue
            if shape == "heading":
                count += 1
                here = [*chain, count]
                label = node.label if node.label is not None else self.label(self.style_at(depth), here)
                self.blocks.append({"kind": "heading", "depth": depth, "label": label, "text": node.heading,
                                    "runin": node.text, "emphasis": node.emphasis,
                                    "movement": node.movement.model_dump() if node.movement else None})
                self.lists(node, depth, here)
                self.nodes(node.body, depth + 1, here)
                continue
            if shape == "text":
                self.paragraph(node, node.label)
                self.lists(node, depth, chain)
                self.nodes(node.body, depth, chain)
                continue
            if shape in ("items", "points", "numbered"):
                self.lists(node, depth, chain)
                continue
            self.view(node)

    def lists(self, node: Node, depth: int, chain: list[int], dash: str = "-") -> None:
        for item in node.items:
            self.paragraph(item, item.label if item.label is not None else dash)
            self.lists(item, depth, chain, "+")
            self.nodes(item.body, depth, chain)
        for index, point in enumerate(node.points, start=1):
            self.paragraph(point, point.label if point.label is not None else f"{letter(index)})")
            self.lists(point, depth, chain)
            self.nodes(point.body, depth, chain)
        for index, entry in enumerate(node.numbered, start=1):
            self.paragraph(entry, entry.label if entry.label is not None else f"{index}.")
            self.lists(entry, depth, chain)
            self.nodes(entry.body, depth, chain)

    def paragraph(self, node: Node, label: str | None) -> None:
        text = node.text if node.text is not None else (node.heading or "")
        self.blocks.append({"kind": "paragraph", "label": label or None, "text": text, "emphasis": node.emphasis,
                            "align": node.align, "movement": node.movement.model_dump() if node.movement else None})

    def view(self, node: Node) -> None:
        if node.table is not None:
            t = node.table
            columns = [{"title": c.title, "width": c.width or _width(t, i), "align": c.align or _align(t, i)}
                       for i, c in enumerate(t.columns)]
            self.blocks.append({"kind": "table", "columns": columns, "rows": [list(r) for r in t.rows],
                                "total": list(t.total) if t.total else None, "numbered": t.numbered,
                                "landscape": t.landscape})
        elif node.tasks is not None:
            self.blocks.append(tasks_block(self.plan, node.tasks))
        elif node.targets is not None:
            self.blocks.append(targets_block(self.plan, node.targets, reporting=self.report is not None))
        elif node.statistics is not None:
            self.blocks.append(statistics_block(self.plan, self.report, node.statistics, self.progress))


def _cells(table, index: int) -> list[str]:
    offset = 1 if table.numbered else 0
    column = [table.columns[index].title]
    if index >= offset:
        column += [row[index - offset] for row in [*table.rows, *([table.total] if table.total else [])]]
    return column


def _width(table, index: int) -> float:
    """A column's relative width from its longest word and its average text."""
    if table.numbered and index == 0:
        return 8
    cells = _cells(table, index)
    longest_word = max((len(w) for c in cells for w in c.split()), default=1)
    body = cells[1:] or cells
    average = sum(len(c) for c in body) / len(body)
    return float(round(min(60, max(6, longest_word + 2, average * 0.8)), 1))


def _align(table, index: int) -> str:
    """Numbers (and the STT column) centred, text left."""
    cells = _cells(table, index)[1:]
    if table.numbered and index == 0:
        return "center"
    numeric = bool(cells) and all(read_number(c) is not None or c in ("-", "") for c in cells)
    return "center" if numeric else "left"


def blocks(plan: Plan, nodes: list[Node], report: Report | None = None, progress: Progress | None = None) -> list[dict]:
    """The outline's blocks in reading order; a report's counts are those of `progress` (as of its date)."""
    walk = _Walk(plan, report, progress)
    walk.nodes(nodes, 1, [])
    return walk.blocks


# -- views of structured data -----------------------------------------------------------------

def owner_names(plan: Plan, owners: list[str]) -> list[str]:
    """Department ids become their names; other owners are written as given."""
    names = {d.id: d.name for d in plan.departments}
    return [names.get(o, o) for o in owners]


def task(plan: Plan, m: Milestone) -> dict:
    """A task as data: its text, when (month, quarter, semester, dates), owners and progress."""
    period = plan.period
    return {"text": m.text, "month": m.month, "quarter": m.quarter if not period.school else None,
            "semester": m.semester if period.school else None, "start": m.start, "due": m.due,
            "part": m.part(period), "owners": owner_names(plan, m.owner), "status": m.status,
            "done_on": m.done_on, "evidence": m.evidence, "school": period.school, "year": period.year}


def _group_key(t: dict, group: str) -> tuple:
    if group == "month":
        day = t["month"] or t["due"] or t["start"]
        return ("month", day.replace(day=1) if day else None)
    if group in ("quarter", "semester"):
        return (group, t["part"])
    return ("none", None)


def tasks_block(plan: Plan, view: TasksView) -> dict:
    """The tasks a view selects, in plan order, grouped by month, quarter or semester."""
    selected = []
    for m in plan.plan.milestones:
        t = task(plan, m)
        if view.quarter is not None and (plan.period.school or t["part"] != view.quarter):
            continue
        if view.semester is not None and (not plan.period.school or t["part"] != view.semester):
            continue
        selected.append(t)
    groups: dict[tuple, list[dict]] = {}
    for t in selected:
        groups.setdefault(_group_key(t, view.group), []).append(t)
    columns = view.columns or {"period": "Thời gian", "text": "Nội dung công việc", "owner": "Đơn vị thực hiện"}
    return {"kind": "tasks", "show": view.show, "group": view.group, "columns": list(columns.items()),
            "groups": [{"by": key[0], "value": key[1], "school": plan.period.school, "year": plan.period.year,
                        "tasks": tasks} for key, tasks in groups.items()]}


def target(t: Target) -> dict:
    """A target as data: values as written, with the share achieved when both are numbers."""
    result: Ratio = ratio(t.planned, t.achieved)
    return {"text": t.text, "subject": t.subject, "unit": t.unit, "planned": t.planned, "achieved": t.achieved,
            "note": t.note, "percent": result.percent, "met": result.met}


def targets_block(plan: Plan, view: TargetsView, reporting: bool) -> dict:
    """The targets of a group (or all) as table rows; a report adds achieved and share."""
    label = plan.period.label
    default = {"text": "Chỉ tiêu", "unit": "Đơn vị tính", "planned": f"Kế hoạch {label}"}
    if reporting:
        default |= {"achieved": f"Thực hiện {label}", "ratio": "Tỷ lệ (%)"}
    columns = view.columns or default
    rows = [target(t) for t in plan.plan.targets if view.group is None or t.group == view.group]
    return {"kind": "targets", "numbered": view.numbered, "columns": list(columns.items()), "targets": rows}


def statistics_block(plan: Plan, report: Report | None, view: StatisticsView, progress: Progress | None = None) -> dict:
    """Titles registered against achieved, or awards received, as recorded or counted."""
    if view.of == "awards":
        columns = view.columns or {"name": "Hình thức khen thưởng", "collectives": "Tập thể", "individuals": "Cá nhân",
                                   "note": "Ghi chú"}
        rows = [{"name": a.award, "collectives": a.collectives, "individuals": a.individuals, "note": a.note}
                for a in (report.awards_received if report else [])]
        return {"kind": "statistics", "of": "awards", "numbered": view.numbered, "columns": list(columns.items()),
                "rows": rows}
    columns = view.columns or {"name": "Danh hiệu, hình thức", "registered": "Số đăng ký", "achieved": "Số đạt",
                               "ratio": "Tỷ lệ (%)"}
    return {"kind": "statistics", "of": "titles", "numbered": view.numbered, "columns": list(columns.items()),
            "rows": title_rows(plan, report, progress)}


def title_rows(plan: Plan, report: Report | None, progress: Progress | None = None) -> list[dict]:
    """Per title: registered and achieved counts, recorded by the unit or counted from the plan.

    Counted achievements come from the recorded results only; with none recorded the
    achieved count is unknown (None), never 0.
    """
    from tdkt.rules.catalogue import load_catalogue
    from tdkt.rules.ruleset import regime_of

    catalogue, regime = load_catalogue(), regime_of(plan.period.end, plan.rules.regime)

    def name(ref: str) -> str:
        entry = catalogue.lookup(ref, regime)
        return entry.name if entry else ref

    if report and report.title_counts:
        rows = []
        for c in report.title_counts:
            share = ratio(str(c.registered), None if c.achieved is None else str(c.achieved))
            rows.append({"name": c.label or name(c.title), "registered": c.registered, "achieved": c.achieved,
                         "percent": share.percent})
        return rows
    if progress is not None:  # counted as of the report's date: registered by then, decided by then
        return [{"name": t.entry.name, "registered": t.registered,
                 "achieved": t.obtained if progress.results_recorded else None,
                 "percent": ratio(str(t.registered), str(t.obtained) if progress.results_recorded else None).percent}
                for t in progress.titles]
    registered: dict[str, int] = {}
    for reg in plan.registrations:
        for ref in [*([reg.title] if reg.title else []), *reg.awards]:
            registered[name(ref)] = registered.get(name(ref), 0) + 1
        for entry in reg.people:
            for ref in [*([entry.title] if entry.title else []), *entry.awards]:
                registered[name(ref)] = registered.get(name(ref), 0) + 1
    achieved: dict[str, int] | None = None
    if plan.results:
        achieved = {}
        for result in plan.results:
            for ref in [*([result.title] if result.title else []), *result.awards]:
                achieved[name(ref)] = achieved.get(name(ref), 0) + 1
    rows = []
    for title, count in registered.items():
        got = None if achieved is None else achieved.get(title, 0)
        rows.append({"name": title, "registered": count, "achieved": got,
                     "percent": ratio(str(count), None if got is None else str(got)).percent})
    return rows

