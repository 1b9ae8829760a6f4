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
        "rewards": "TIỀN THƯỞNG (theo quyết định của Hội đồng, mức lương cơ sở ngày {day}: {base} đồng, {base_source})",
        "reward": "  {name} – {title}: {amount} đồng ({factor} × lương cơ sở; {source}){mark}",
        "reward_none": "  {name} – {title}: không kèm tiền thưởng",
        "by": {"unit": " [đơn vị quyết định]", "upward": " [cấp trên quyết định]", None: ""},
        "reward_total": "  Tổng cộng: {total} đồng; trong đó đơn vị quyết định: {own} đồng",
        "reward_unconfirmed": "  (*) mức chưa đối chiếu với văn bản gốc; ghi đè trong tệp quy định riêng, mục `rewards:`",
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
        "rewards": "REWARDS (for the council's decisions, base salary on {day}: {base} VND, {base_source})",
        "reward": "  {name} – {title}: {amount} VND ({factor} × base salary; {source}){mark}",
        "reward_none": "  {name} – {title}: no reward money",
        "by": {"unit": " [decided by the unit]", "upward": " [decided above]", None: ""},
        "reward_total": "  Total: {total} VND; decided by the unit: {own} VND",
        "reward_unconfirmed": "  (*) value not yet checked against the source text; override in the rules file, `rewards:`",
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
    data["rewards"] = rewards(job.plan, job.checked.ruleset)
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
    out += _rewards(data["rewards"], texts)
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


def rewards(plan, ruleset) -> dict | None:
    """The reward money of every title and award the council decided, and who pays it."""
    from tdkt.documents.yearend import decision_day, grants, reward_of, unit_authority
    from tdkt.plan.dates import dmy
    from tdkt.rules.rewards import base_salary, money

    found = grants(plan, ruleset)
    if not found:
        return None
    own = unit_authority(plan, ruleset)
    base, base_source, _ = base_salary(decision_day(plan), ruleset.rewards)
    items, total, own_total = [], 0, 0
    for grant in found:
        paid = reward_of(grant, plan, ruleset)
        by = None if own is None else ("unit" if own.decides(grant.entry.code) else "upward")
        amount = paid.amount if paid else 0
        total += amount
        own_total += amount if by == "unit" else 0
        items.append({"id": grant.holder.id, "name": grant.holder.name, "code": grant.entry.code, "title": grant.entry.name,
                      "by": by, "amount": amount, "amount_text": money(amount) if paid else None,
                      "factor": str(paid.factor).replace(".", ",") if paid else None,
                      "source": paid.source if paid else None, "confirmed": paid.confirmed if paid else True})
    return {"day": dmy(decision_day(plan)), "base": base, "base_text": money(base), "base_source": base_source,
            "items": items, "total": total, "total_text": money(total), "own_total": own_total, "own_total_text": money(own_total)}


def _rewards(data: dict | None, texts: dict) -> list[str]:
    if not data:
        return []
    out = [texts["rewards"].format(day=data["day"], base=data["base_text"], base_source=data["base_source"])]
    for item in data["items"]:
        if item["amount_text"] is None:
            out.append(texts["reward_none"].format(**item))
            continue
        mark = texts["by"][item["by"]] + ("" if item["confirmed"] else " (*)")
        out.append(texts["reward"].format(name=item["name"], title=item["title"], amount=item["amount_text"],
                                          factor=item["factor"], source=item["source"], mark=mark))
    out.append(texts["reward_total"].format(total=data["total_text"], own=data["own_total_text"]))
    if any(not item["confirmed"] for item in data["items"]):
        out.append(texts["reward_unconfirmed"])
    return out + [""]
