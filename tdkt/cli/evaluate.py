"""`tdkt evaluate`: which titles and awards each person's and department's inputs support."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from tdkt.cli.common import FormatOption, LangOption, PlanArgument, open_plan

MARKS = {"eligible": "✓", "not_eligible": "✗", "undecided": "?", "not_checked": "•"}
STATE_MARKS = {"met": "+", "failed": "-", "missing": "?", "pending": "…", "not_checked": "•"}
TEXTS = {
    "vi": {
        "regime": "Năm {year}: {regime}",
        "overrides": "Quy định riêng áp dụng: {name}",
        "unconfirmed": "Tiêu chuẩn chưa đối chiếu được với văn bản gốc (xem README, mục Quy định riêng): {names}",
        "people": "CÁ NHÂN",
        "departments": "TẬP THỂ",
        "cap": "{title}: {count} người đủ tiêu chuẩn, tối đa {places} suất ({percent}% của {base}) — {source}",
        "cap_over": "  Vượt tỷ lệ: Hội đồng Thi đua - Khen thưởng chọn {places} trong số: {names}",
        "summary": "{title}: {eligible} đủ tiêu chuẩn, {not_eligible} không đủ, {undecided} chưa xét được",
        "registered": "đăng ký",
    },
    "en": {
        "regime": "Year {year}: {regime}",
        "overrides": "Local rules applied: {name}",
        "unconfirmed": "Criteria not yet checked against the source text (see the README, Local rules): {names}",
        "people": "INDIVIDUALS",
        "departments": "COLLECTIVES",
        "cap": "{title}: {count} eligible, at most {places} places ({percent}% of {base}) — {source}",
        "cap_over": "  Over the cap: the council chooses {places} among: {names}",
        "summary": "{title}: {eligible} eligible, {not_eligible} not eligible, {undecided} undecided",
        "registered": "registered",
    },
}


def evaluate(
    plan: PlanArgument = None,
    format: FormatOption = "text",
    lang: LangOption = None,
) -> None:
    """Print which titles and awards each holder's inputs support, with the articles."""
    from tdkt.rules.evaluate import evaluate as run
    from tdkt.rules.explain import explain

    job = open_plan(plan, lang, fmt=format)
    language = job.language
    data = explain(run(job.plan, job.checked.ruleset), language)
    if format == "json":
        write_json(data, sys.stdout)
    else:
        print(as_text(data, language))


def write_json(data: dict, out: TextIO) -> None:
    """`data` as one compact JSON document, written an item of each list at a time.

    The same text as `json.dumps(data, ensure_ascii=False)`, but a 20,000-person
    evaluation is never held in memory a second time as one string.
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode
    out.write("{")
    for n, (key, value) in enumerate(data.items()):
        out.write(f"{', ' if n else ''}{encode(key)}: ")
        if isinstance(value, list):
            out.write("[")
            out.writelines(f"{', ' if i else ''}{encode(item)}" for i, item in enumerate(value))
            out.write("]")
        else:
            out.write(encode(value))
    out.write("}\n")


def as_text(data: dict, lang: str) -> str:
    """A reader's view: each holder, each verdict with its reasons and their articles."""
    texts = TEXTS[lang]
    out = [texts["regime"].format(year=data["year"], regime=data["regime"]["name"])]
    if data["overrides"]:
        out.append(texts["overrides"].format(name=data["overrides"]))
    for section in ("departments", "people"):
        out += ["", texts[section]]
        for holder in data[section]:
            out.append(f"{holder['name']} [{holder['id']}]")
            for verdict in holder["verdicts"]:
                flag = f" ({texts['registered']})" if verdict["code"] in holder["registered"] else ""
                out.append(f"  {MARKS[verdict['status']]} {verdict['title']}{flag}: {verdict['status_text']}")
                for reason in verdict["reasons"]:
                    out.append(f"      {STATE_MARKS[reason['state']]} {reason['text']} — {reason['source']}")
    out.append("")
    for cap in data["caps"]:
        out.append(texts["cap"].format(count=len(cap["candidates"]), **{k: cap[k] for k in ("title", "places", "percent", "base", "source")}))
        if cap["over"]:
            names = ", ".join(f"{c['name']} [{c['id']}]" for c in cap["candidates"])
            out.append(texts["cap_over"].format(places=cap["places"], names=names))
    out += _summary(data, texts)
    if data["unconfirmed"]:
        out += ["", texts["unconfirmed"].format(names=", ".join(data["unconfirmed"]))]
    return "\n".join(out)


def _summary(data: dict, texts: dict) -> list[str]:
    counts: dict[str, dict[str, int]] = {}
    titles: dict[str, str] = {}
    for holder in [*data["departments"], *data["people"]]:
        for verdict in holder["verdicts"]:
            titles[verdict["code"]] = verdict["title"]
            tally = counts.setdefault(verdict["code"], {"eligible": 0, "not_eligible": 0, "undecided": 0, "not_checked": 0})
            tally[verdict["status"]] += 1
    return [texts["summary"].format(title=titles[code], **tally) for code, tally in counts.items()]
