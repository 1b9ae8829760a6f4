"""A batch's end: each plan's output grouped, then a table (unit, result, files, problems), or
one JSON document with a row per plan for scripts."""

from __future__ import annotations

import json
import sys

from tdkt.cli.unit import Row
from tdkt.errors import INTERNAL_ERROR

TEXTS = {
    "vi": {
        "columns": {"unit": "Đơn vị", "result": "Kết quả", "files": "Tệp", "problems": "Vấn đề", "plan": "Kế hoạch"},
        "results": {"ok": "xong", "failed": "có lỗi", "internal": "lỗi nội bộ"},
        "total": "{total} kế hoạch: {ok} xong, {failed} có lỗi.",
        "apart": "Văn bản của {count} đơn vị trùng tên với văn bản của đơn vị khác nên được ghi vào thư mục con "
                 "theo tên tệp kế hoạch: {folders}",
    },
    "en": {
        "columns": {"unit": "Unit", "result": "Result", "files": "Files", "problems": "Problems", "plan": "Plan"},
        "results": {"ok": "done", "failed": "failed", "internal": "internal error"},
        "total": "{total} plans: {ok} done, {failed} failed.",
        "apart": "{count} units' documents share names with another unit's, so they were written into subfolders "
                 "named from the plan files: {folders}",
    },
}
UNIT_WIDTH = 40  # characters of a unit's name shown in the table


def result(row: Row) -> str:
    return "ok" if row.code == 0 else "internal" if row.code == INTERNAL_ERROR else "failed"


def exit_code(rows: list[Row]) -> int:
    """3 when a plan met a bug, else 1 when any plan failed, else 0."""
    if any(r.code == INTERNAL_ERROR for r in rows):
        return INTERNAL_ERROR
    return 1 if any(r.code for r in rows) else 0


def print_outputs(rows: list[Row], headers: bool) -> None:
    """Each plan's own output in turn, as it would print alone: stdout, then its messages."""
    for row in rows:
        if headers:
            print(f"==> {row.path} <==")
        sys.stdout.write(row.stdout)
        sys.stdout.flush()
        sys.stderr.write(row.stderr)
        sys.stderr.flush()


def table(rows: list[Row], apart: list[str], lang: str) -> str:
    """The summary: a line per plan, the totals, and where colliding units were written."""
    texts = TEXTS[lang]
    columns, results = texts["columns"], texts["results"]
    lines = [(_unit(row), results[result(row)], str(len(row.files)), str(row.problems), row.path) for row in rows]
    head = (columns["unit"], columns["result"], columns["files"], columns["problems"], columns["plan"])
    widths = [max(len(line[i]) for line in [head, *lines]) for i in range(4)]
    right = (False, False, True, True)
    out = []
    for line in [head, *lines]:
        cells = [cell.rjust(w) if r else cell.ljust(w) for cell, w, r in zip(line, widths, right)]
        out.append("  ".join([*cells, line[4]]).rstrip())
    failed = sum(1 for row in rows if row.code)
    out.append(texts["total"].format(total=len(rows), ok=len(rows) - failed, failed=failed))
    if apart:
        out.append(texts["apart"].format(count=len(apart), folders=", ".join(apart)))
    return "\n".join(out)


def _unit(row: Row) -> str:
    if not row.unit:
        return "—"
    name = row.unit if len(row.unit) <= UNIT_WIDTH else row.unit[:UNIT_WIDTH - 1] + "…"
    return f"{name} ({row.abbreviation})" if row.abbreviation else name


def as_json(command: str, rows: list[Row], apart: list[str], unit_json: bool) -> str:
    """One document: a row per plan (`output`: the plan's own JSON, for a command that prints one)."""
    plans = []
    for row in rows:
        item = {"path": row.path, "unit": row.unit, "abbreviation": row.abbreviation, "result": result(row),
                "exit_code": row.code, "files": row.files, "problems": row.problems, "findings": row.findings}
        output = own_json(row.stdout) if unit_json else None
        if output is not None:
            item["output"] = output
        written = set(row.files)
        shown = [] if output is not None else [line for line in row.stdout.splitlines() if line.strip() and line not in written]
        item["messages"] = shown + row.stderr.splitlines()
        plans.append(item)
    failed = sum(1 for row in rows if row.code)
    payload = {"command": command, "plans": plans, "total": len(rows), "ok": len(rows) - failed, "failed": failed,
               "subfolders": apart}
    return json.dumps(payload, ensure_ascii=False, indent=2)


def own_json(text: str):
    """The plan's own JSON output, or None (a plan with errors prints its findings as text)."""
    try:
        return json.loads(text) if text.strip() else None
    except ValueError:
        return None


def validate_json(rows: list[Row]) -> str:
    """`validate`'s own document, as it has always been: `files`, a row per plan."""
    files = []
    for row in rows:
        own = own_json(row.stdout)
        files += own["files"] if own else [{"path": row.path, "valid": False, "errors": row.problems,
                                             "warnings": 0, "findings": [], "findings_not_shown": 0,
                                             "messages": row.stderr.splitlines()}]
    return json.dumps({"files": files}, ensure_ascii=False, indent=2)
