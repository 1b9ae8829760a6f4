"""How findings are shown: `path:line:col: level: message` lines, or JSON."""

from __future__ import annotations

import json
import sys

from tdkt.plan.messages import SEVERITY_WORDS
from tdkt.plan.validate import Checked

LABELS = {
    "vi": {"hint": "gợi ý", "summary": "{errors} lỗi, {warnings} cảnh báo", "ok": "hợp lệ"},
    "en": {"hint": "hint", "summary": "{errors} error(s), {warnings} warning(s)", "ok": "valid"},
}


def text_report(checked: Checked, lang: str) -> str:
    """Every finding with its source line and caret, then a one-line summary."""
    words, labels = SEVERITY_WORDS[lang], LABELS[lang]
    out: list[str] = []
    for f in checked.findings:
        out.append(f"{f.path}:{f.line}:{f.column}: {words[f.severity]}: {f.message}")
        if f.source_line.strip():
            gutter = f"{f.line:>5} | "
            out.append(gutter + f.source_line.rstrip())
            out.append(" " * (len(gutter) - 2) + "| " + " " * (f.column - 1) + "^")
        if f.hint:
            out.append(f"      {labels['hint']}: {f.hint}")
    summary = labels["summary"].format(errors=len(checked.errors), warnings=len(checked.warnings))
    status = labels["ok"] if checked.ok else ""
    out.append(f"{checked.path}: {summary}" + (f" — {status}" if status else ""))
    return "\n".join(out)


def json_report(results: list[Checked]) -> str:
    """All files' findings as one JSON document."""
    payload = {
        "files": [
            {
                "path": c.path,
                "valid": c.ok,
                "errors": len(c.errors),
                "warnings": len(c.warnings),
                "findings": [f.as_dict() for f in c.findings],
            }
            for c in results
        ]
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def say(message: str) -> None:
    """A note for the person at the terminal (stderr, so stdout stays clean)."""
    print(message, file=sys.stderr)
