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
PROGRESS_KEYS = ("status", "done_on", "evidence", "outcome", "due", "note")
YEAR_INPUTS = ("rating", "discipline")  # judged anew every year

# Lines written into the new file (plan files are Vietnamese whatever the --lang)
COMMENTS = {
    "draft": "# BẢN NHÁP năm {year}, lập từ {source} bằng `tdkt next-year`: cập nhật số, ngày, căn cứ,\n"
             "# nội dung và nhiệm vụ năm {year} trước khi ban hành.",
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
    text: str
    source: str
    departments: int = 0
    people: int = 0
    with_titles: int = 0
    dropped: list[str] = field(default_factory=list)
    cleared: list[str] = field(default_factory=list)  # dotted paths of cleared issue numbers/dates
    old_year_lines: list[int] = field(default_factory=list)


def target_for(path: Path, year: int) -> Path:
    """`plans/2023.yaml` beside `plans/2022.yaml`."""
    return path.with_name(f"{year + 1}{path.suffix or '.yaml'}")


def carry(text: str, plan: Plan, source_name: str) -> Carried:
    """Next year's plan text from this year's text and its validated model."""
    entries, origin = year_entries(plan)
    done = Carried(plan.year + 1, "", origin)

    def change(values: dict) -> None:
        values["year"] = plan.year + 1
        done.departments, done.people, done.with_titles = _departments(values.get("departments"), entries, plan.year)
        if values.get("plan") is not None:
            _draft(values["plan"], done, ("plan",))
        frame = values.get("registration_document")
        if frame is not None:
            _clear(frame, ISSUE_KEYS, done, ("registration_document",))
        for key in DROPPED:
            if values.get(key) is not None:
                done.dropped.append(key)
                values[key] = None

    keys = ("year", "departments", "plan", "registration_document", *DROPPED)
    new = roundtrip.edit(text, keys, change)
    note = "\n".join([COMMENTS["draft"], COMMENTS[origin]]).format(
        year=plan.year + 1, prev=plan.year, source=source_name)
    done.text = _with_note(new, note)
    done.old_year_lines = _lines_naming(done.text, plan.year)
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


def _draft(node, done: Carried, path: tuple) -> None:
    """Clear issue numbers and dates of the plan and its bases, and progress everywhere in it."""
    _clear(node, ISSUE_KEYS, done, path)
    for k, basis in enumerate(node.get("bases") or []):
        if isinstance(basis, dict):
            _clear(basis, ISSUE_KEYS, done, (*path, "bases", k))
    _strip_progress(node)


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


def _lines_naming(text: str, year: int) -> list[int]:
    """Lines of data (not comments) that still name the old year, for the clerk to review."""
    pattern = re.compile(rf"(?<!\d){year}(?!\d)")
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
