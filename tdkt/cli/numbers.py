"""`tdkt numbers`: the number register of the year: every numbered document, next numbers, gaps."""

from __future__ import annotations

from tdkt.cli.common import FormatOption, LangOption, PlanArgument, open_plan

TEXTS = {
    "vi": {
        "title": "SỔ ĐĂNG KÝ SỐ VĂN BẢN {period} – {unit}",
        "header": ("Số", "Ký hiệu", "Ngày", "Loại", "Trích yếu", "Dãy số"),
        "issuers": {"unit": "đơn vị", "council": "Hội đồng TĐKT"},
        "cv": "công văn",
        "approximate": "≈",
        "sequences": "Dãy số (số chưa thấy có thể đã cấp cho văn bản ngoài kế hoạch):",
        "next": "số tiếp theo {next:02d}",
        "gaps": "chưa thấy {gaps}",
        "none": "Kế hoạch chưa ghi số văn bản nào.",
        "note": "≈: ngày hoàn thành nhiệm vụ, không phải ngày văn bản.",
    },
    "en": {
        "title": "NUMBER REGISTER {period} – {unit}",
        "header": ("No.", "Symbol", "Date", "Kind", "Subject", "Sequence"),
        "issuers": {"unit": "unit", "council": "council"},
        "cv": "letter",
        "approximate": "≈",
        "sequences": "Sequences (numbers not seen may belong to documents outside the plan):",
        "next": "next number {next:02d}",
        "gaps": "not seen {gaps}",
        "none": "The plan numbers no document yet.",
        "note": "≈: the task's completion date, not the document's.",
    },
}
SUBJECT_WIDTH = 48


def numbers(
    plan: PlanArgument = None,
    format: FormatOption = "text",
    lang: LangOption = None,
) -> None:
    """Print the number register of the year."""
    import json

    from tdkt.plan.dates import dmy
    from tdkt.plan.numbers import documents, register, sequences

    job = open_plan(plan, lang, fmt=format)
    texts, model = TEXTS[job.language], job.plan
    entries = documents(register(model))
    runs = sequences(entries, model.year)

    def sequence_name(key) -> str:
        issuer, kind, year = key
        return f"{texts['issuers'][issuer]} · {kind or texts['cv']} · {year}"

    if format == "json":
        data = {
            "documents": [{"number": e.number, "symbol": e.symbol, "reference": e.reference,
                           "date": e.day.isoformat() if e.day else None, "approximate_date": e.approximate,
                           "kind": e.kind, "subject": e.subject, "issuer": e.issuer,
                           "sequence": sequence_name(e.sequence(model.year))} for e in entries],
            "sequences": [{"sequence": sequence_name(k), **v} for k, v in runs.items()],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    print(texts["title"].format(period=model.period.word("label", job.language), unit=model.unit.name))
    if not entries:
        print(texts["none"])
        return
    rows = [texts["header"]]
    for e in entries:
        day = (dmy(e.day) + (texts["approximate"] if e.approximate else "")) if e.day else ""
        subject = e.subject if len(e.subject) <= SUBJECT_WIDTH else e.subject[: SUBJECT_WIDTH - 1] + "…"
        rows.append((f"{e.number:02d}", e.symbol, day, e.kind, subject, sequence_name(e.sequence(model.year))))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    print()
    print(texts["sequences"])
    for key, run in runs.items():
        parts = [texts["next"].format(next=run["next"])] + ([texts["gaps"].format(gaps=_ranges(run["gaps"]))] if run["gaps"] else [])
        print(f"  {sequence_name(key)}: {'; '.join(parts)}")
    if any(e.approximate for e in entries):
        print(texts["note"])


def _ranges(numbers: list[int]) -> str:
    """`01–11, 13` for the numbers 1..11 and 13."""
    parts, start = [], None
    for n, following in zip(numbers, [*numbers[1:], None]):
        start = n if start is None else start
        if following != n + 1:
            parts.append(f"{start:02d}" if start == n else f"{start:02d}–{n:02d}")
            start = None
    return ", ".join(parts)
