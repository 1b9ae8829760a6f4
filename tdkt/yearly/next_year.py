"""Next year's plan from this year's: people and text carried over, the year's titles into history.

The plan text is carried as a draft: numbers, dates and progress are cleared, the
sections of the year's outcome (registrations, reports, council, proposal, results)
dropped. Each person's and department's rating, titles and awards of the year are added
to their `history`, so next year's checks of consecutive titles need no retyping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.plan.models import Plan
from tdkt.yearly import roundtrip
from tdkt.yearly.records import COUNCIL, NONE, RESULTS, YearEntry, year_entries

DROPPED = ("registrations", "reports", "council", "proposal", "results")
ISSUE_KEYS = ("number", "date")  # of a document not issued yet
PROGRESS_KEYS = ("status", "done_on", "evidence", "outcome", "due", "note", "achieved")
LASTING_KINDS = ("luat", "bo luat", "nghi dinh", "thong tu", "nghi quyet", "phap lenh")  # in force beyond a year
SHIFTED_KEYS = ("month", "start", "end")  # a task's or a movement's time: the same time next year
YEAR_INPUTS = ("rating", "discipline")  # judged anew every year

# Lines written into the new file (plan files are Vietnamese whatever the --lang)
COMMENTS = {
    "draft": "# BẢN NHÁP {label}, lập từ {source} bằng `tdkt next-year`: cập nhật số, ngày, căn cứ,\n"
             "# nội dung và nhiệm vụ trước khi ban hành (thời gian các nhiệm vụ đã lùi một năm).",
    RESULTS: "# Danh hiệu năm {prev} trong `history` lấy theo kết quả khen thưởng (`results`) của {source}.",
    COUNCIL: "# Danh hiệu năm {prev} trong `history` lấy theo quyết định của Hội đồng Thi đua - Khen thưởng\n"
             "# (`council`) của {source}, vì tệp đó chưa ghi kết quả khen thưởng (`results`): sửa lại khi có\n"
             "# quyết định khen thưởng của cấp trên.",
    NONE: "# {source} chưa ghi kết quả khen thưởng hay quyết định của Hội đồng: `history` năm {prev} chỉ có xếp loại.",
}


@dataclass
class Carried:
    """The new plan's text and what was carried, for the summary shown to the clerk."""

    year: int
    label: str  # `2023` or `2026-2027`
    text: str
    source: str
    departments: int = 0
    people: int = 0
    with_titles: int = 0
    dropped: list[str] = field(default_factory=list)
    cleared: list[str] = field(default_factory=list)  # dotted paths of cleared issue numbers/dates
    old_year_lines: list[int] = field(default_factory=list)


def next_label(plan: Plan) -> str:
    """`2023` after 2022; `2026-2027` after the school year 2025-2026."""
    return plan.period.next().name


def target_for(path: Path, plan: Plan) -> Path:
    """`plans/2023.yaml` beside `plans/2022.yaml` (`2026-2027.yaml` for a school year)."""
    return path.with_name(f"{next_label(plan)}{path.suffix or '.yaml'}")


def carry(text: str, plan: Plan, source_name: str) -> Carried:
    """Next year's plan text from this year's text and its validated model."""
    entries, origin = year_entries(plan)
    label = next_label(plan)
    done = Carried(plan.year + 1, label, "", origin)

    def change(values: dict) -> None:
        if plan.school_year is not None:
            values["school_year" if values.get("school_year") is not None else "year"] = label
        else:
            values["year"] = plan.year + 1
        done.departments, done.people, done.with_titles = _departments(values.get("departments"), entries, plan.year)
        if values.get("plan") is not None:
            _draft(values["plan"], done, ("plan",), plan)
        frame = values.get("registration_document")
        if frame is not None:
            _clear(frame, ISSUE_KEYS, done, ("registration_document",))
        for key in DROPPED:
            if values.get(key) is not None:
                done.dropped.append(key)
                values[key] = None

    keys = ("year", "school_year", "departments", "plan", "registration_document", *DROPPED)
    new = roundtrip.edit(text, keys, change)
    kind = "năm học" if plan.school_year is not None else "năm"
    note = "\n".join([COMMENTS["draft"], COMMENTS[origin]]).format(
        label=f"{kind} {label}", prev=plan.year, source=source_name)
    done.text = _with_note(new, note)
    done.old_year_lines = _lines_naming(done.text, plan.period.name)
    return done


def _departments(departments, entries: dict[tuple[str, str], YearEntry], year: int) -> tuple[int, int, int]:
    """Move each holder's year into its `history`; (departments, people, holders with titles)."""
    counts = [0, 0, 0]
    for dept in departments or []:
        counts[0] += 1
        counts[2] += _to_history(dept, entries.get(("department", str(dept.get("id")))), year)
        for person in dept.get("members") or []:
            counts[1] += 1
            counts[2] += _to_history(person, entries.get(("person", str(person.get("id")))), year)
    return counts[0], counts[1], counts[2]


def _to_history(holder, entry: YearEntry | None, year: int) -> int:
    anchor = next((k for k in (*YEAR_INPUTS, "members", "initiatives") if k in holder), None)
    for key in YEAR_INPUTS:
        if key in holder:
            anchor = _next_key(holder, key, anchor)
            roundtrip.delete(holder, key)
    if entry is None or entry.is_empty():
        return 0
    record = {"rating": entry.rating} if entry.rating else {}
    if entry.titles:
        record["titles"] = roundtrip.flow_list(entry.titles)
    if entry.awards:
        record["awards"] = roundtrip.flow_list(entry.awards)
    history = holder.get("history")
    if history is None:
        from ruamel.yaml.comments import CommentedMap

        history = CommentedMap()
        if getattr(holder, "fa", None) is not None and holder.fa.flow_style():
            history.fa.set_flow_style()
        roundtrip.put(holder, "history", history, (anchor,) if anchor else ())
    history[year] = roundtrip.flow(record)
    return 1 if entry.titles or entry.awards else 0


def _next_key(mapping, key: str, anchor: str | None) -> str | None:
    """The key that takes the place of `key` when it is removed (if `key` was the anchor)."""
    if anchor != key:
        return anchor
    keys = list(mapping)
    following = keys[keys.index(key) + 1:]
    return next((k for k in following if k not in YEAR_INPUTS), None)


def _draft(node, done: Carried, path: tuple, plan: Plan) -> None:
    """Clear the plan's number and date, those of the year's own bases, and progress everywhere in it.

    A basis of the year (a plan or guidance from above, issued in this period or the year
    before it) is renewed every year: its number and date are cleared. Laws, decrees,
    circulars and older documents stay as they are.
    """
    _clear(node, ISSUE_KEYS, done, path)
    for k, (basis, model) in enumerate(zip(node.get("bases") or [], plan.plan.bases)):
        if isinstance(basis, dict) and _of_the_year(model, plan):
            _clear(basis, ISSUE_KEYS, done, (*path, "bases", k))
    _strip_progress(node)
    _shift(node)


def _of_the_year(basis, plan: Plan) -> bool:
    from tdkt.rules.catalogue import fold

    if basis.date is None or fold(basis.kind or "").startswith(LASTING_KINDS):
        return False
    return basis.date.year >= plan.period.start.year - 1


def _shift(node) -> None:
    """Months and dates of tasks and movements moved one year on (`9/2025` → `9/2026`)."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if key in SHIFTED_KEYS and value is not None:
                node[key] = _year_on(value)
            else:
                _shift(value)
    elif isinstance(node, list):
        for item in node:
            _shift(item)


def _year_on(value):
    from datetime import date

    if isinstance(value, date):
        try:
            return value.replace(year=value.year + 1)
        except ValueError:  # 29 February
            return value.replace(year=value.year + 1, day=28)
    text = str(value)
    shifted = re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda m: str(int(m.group(1)) + 1), text, count=1)
    return type(value)(shifted) if isinstance(value, str) else shifted


def _clear(mapping, keys: tuple[str, ...], done: Carried, path: tuple) -> None:
    for key in keys:
        if key in mapping:
            roundtrip.delete(mapping, key)
            done.cleared.append(_dotted((*path, key)))


def _strip_progress(node) -> None:
    if isinstance(node, dict):
        for key in [k for k in node if k in PROGRESS_KEYS]:
            roundtrip.delete(node, key)
        for value in node.values():
            _strip_progress(value)
    elif isinstance(node, list):
        for item in node:
            _strip_progress(item)


def _with_note(text: str, note: str) -> str:
    """The note as comment lines just above the first key (after the file's opening comments)."""
    sections = roundtrip.split(text)
    first = next(s for s in sections if s.key is not None)
    first.lead = [line + "\n" for line in note.splitlines()] + ["\n"] + first.lead
    return roundtrip.join(sections)


def _lines_naming(text: str, name: str) -> list[int]:
    """Lines of data (not comments) that still name the old year, for the clerk to review."""
    year = name.split("-")[-1]
    pattern = re.compile(rf"(?<![\d-]){re.escape(name)}(?![\d])" if "-" in name else rf"(?<!\d){year}(?!\d)")
    return [n for n, line in enumerate(text.splitlines(), 1)
            if pattern.search(line.split(" #")[0]) and not line.lstrip().startswith("#")
            and not _history_line(line, year)]


def _history_line(line: str, year: int) -> bool:
    stripped = line.strip()
    return stripped.startswith(f"{year}:") or f"{{{year}:" in stripped or "hired:" in stripped or "date:" in stripped


def _dotted(path: tuple) -> str:
    text = ""
    for segment in path:
        text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else str(segment))
    return text
