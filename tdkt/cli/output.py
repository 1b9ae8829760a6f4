"""How findings are shown: `path:line:col: level: message` lines, or JSON."""

from __future__ import annotations

import json
import sys

from tdkt.plan.messages import SEVERITY_WORDS, visible
from tdkt.plan.validate import Checked

LABELS = {
    "vi": {"hint": "gợi ý", "summary": "{errors} lỗi, {warnings} cảnh báo", "ok": "hợp lệ",
           "more": "… và {count} lỗi, cảnh báo khác (sửa những lỗi trên rồi chạy lại)"},
    "en": {"hint": "hint", "summary": "{errors} error(s), {warnings} warning(s)", "ok": "valid",
           "more": "… and {count} more (fix the ones above and run again)"},
}
MAX_SHOWN = 200  # findings printed per file; the rest are counted
EXCERPT = 200  # characters of a source line echoed (a one-line plan can be megabytes long)


def text_report(checked: Checked, lang: str) -> str:
    """The first findings with their source line and caret, then a one-line summary."""
    words, labels = SEVERITY_WORDS[lang], LABELS[lang]
    out: list[str] = []
    findings = checked.findings
    for f in findings[:MAX_SHOWN]:
        place = f"{f.path}:{f.line}:{f.column}" if f.line else f.path  # line 0: the file as a whole
        out.append(f"{place}: {words[f.severity]}: {f.message}")
        shown, caret = excerpt(f.source_line, f.column)
        if shown.strip():
            gutter = f"{f.line:>5} | "
            out.append(gutter + shown.rstrip())
            out.append(" " * (len(gutter) - 2) + "| " + " " * caret + "^")
        if f.hint:
            out.append(f"      {labels['hint']}: {f.hint}")
    hidden = checked.error_count + checked.warning_count - min(len(findings), MAX_SHOWN)
    if hidden > 0:
        out.append(labels["more"].format(count=hidden))
    summary = labels["summary"].format(errors=checked.error_count, warnings=checked.warning_count)
    status = labels["ok"] if checked.ok else ""
    out.append(f"{checked.path}: {summary}" + (f" — {status}" if status else ""))
    return "\n".join(out)


def excerpt(line: str, column: int, width: int = EXCERPT) -> tuple[str, int]:
    """At most `width` characters of `line` around `column`, made printable, and the caret's offset."""
    start = 0 if len(line) <= width else max(0, min(column - 1 - width // 3, len(line) - width))
    shown = visible(line[start:start + width]).replace("\t", " ")
    caret = column - 1 - start
    if start > 0:
        shown, caret = "…" + shown, caret + 1
    if start + width < len(line):
        shown += "…"
    return shown, caret


def json_report(results: list[Checked]) -> str:
    """All files' findings as one JSON document."""
    payload = {
        "files": [
            {
                "path": c.path,
                "valid": c.ok,
                "errors": c.error_count,
                "warnings": c.warning_count,
                "findings": [f.as_dict() for f in c.findings[:MAX_SHOWN]],
                "findings_not_shown": c.error_count + c.warning_count - min(len(c.findings), MAX_SHOWN),
            }
            for c in results
        ]
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def say(message: str) -> None:
    """A note for the person at the terminal (stderr, so stdout stays clean)."""
    print(message, file=sys.stderr)
