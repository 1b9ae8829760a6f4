"""Reward money (tiền thưởng): factor × base salary in force on the decision's date, rounded up.

The factors by regime and the base salary by date are shipped data with their articles
(tdkt/rules/data/rewards.yaml); a rules file may override them (`rewards:`), as the law
leaves some values to be confirmed and a province or sector may set its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal
from functools import cache
from importlib import resources

import yaml

from tdkt.plan.problems import Problem

SCOPES = ("individual", "collective")
FACTOR = re.compile(r"^([0-9]{1,3})(?:[.,]([0-9]{1,6}))?$")  # 1,5 or 0.3 (times the base salary)


@dataclass(frozen=True)
class Reward:
    """The money for one title or award given to one holder, with what it rests on."""

    code: str
    scope: str
    factor: Decimal
    base: int
    amount: int
    source: str  # the article, for explanations
    cite: str  # as a decision cites it
    base_source: str
    confirmed: bool
    source_en: str | None = None  # the shipped English of a `source` with remarks


@cache
def rewards_data() -> dict:
    text = resources.files("tdkt.rules").joinpath("data/rewards.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def base_salary(on: date, overrides: dict | None = None) -> tuple[int, str, bool]:
    """(amount, source, confirmed) of the mức lương cơ sở in force on `on`."""
    if overrides and "base_salary" in overrides:
        amount, source = overrides["base_salary"]
        return amount, source, True
    found = None
    for row in rewards_data()["base_salary"]:
        if row["from"] <= on:
            found = row
    found = found or rewards_data()["base_salary"][0]
    return found["amount"], found["source"], bool(found["confirmed"])


def rounded(value: Decimal, step: int) -> int:
    """Up to the next multiple of `step` (10,000 đồng): 447,000 → 450,000."""
    return int((value / step).to_integral_value(rounding=ROUND_CEILING) * step) if step else int(value)


def reward(code: str, scope: str, regime_id: str, on: date, overrides: dict | None = None) -> Reward | None:
    """The reward for `code` given to an `individual` or a `collective`; None when it carries none."""
    overrides = overrides or {}
    data = rewards_data()
    regime = data["regimes"][regime_id]
    factor, source, cite, confirmed = None, regime["source"], regime["cite"], bool(regime["confirmed"])
    source_en = regime.get("source_en")
    entry = regime["factors"].get(code, {})
    if scope in entry:
        factor = Decimal(str(entry[scope]))
        confirmed = bool(entry.get("confirmed", confirmed))
    if (code, scope) in overrides.get("factors", {}):
        factor, source = overrides["factors"][(code, scope)]
        cite, confirmed, source_en = source, True, None
    if factor is None:
        return None
    base, base_source, base_confirmed = base_salary(on, overrides)
    step, step_confirmed = data["rounding"]["step"], bool(data["rounding"]["confirmed"])
    if "rounding" in overrides:
        step, step_confirmed = overrides["rounding"][0], True
    return Reward(code, scope, factor, base, rounded(factor * base, step), source, cite, base_source,
                  confirmed and base_confirmed and step_confirmed, source_en)


def money(amount: int) -> str:
    """`1.490.000` (dots between thousands, as Vietnamese documents write sums)."""
    return f"{amount:,}".replace(",", ".")


def read_reward_overrides(raw: object, regulation: str | None, known_codes: set[str]) -> tuple[dict, list[Problem]]:
    """The `rewards:` part of a rules file: factors by code and scope, base salary, rounding step."""
    if raw is None:
        return {}, []
    loc = ("rewards",)
    if not isinstance(raw, dict):
        return {}, [Problem("expected_mapping", loc, {"field": "rewards"})]
    found: dict = {"factors": {}}
    problems = []
    cited = raw.get("source") if isinstance(raw.get("source"), str) else regulation
    for key in raw:
        if key not in ("source", "base_salary", "rounding", "factors"):
            problems.append(Problem("unknown_key_list", (*loc, key), {"key": key, "allowed": "source, base_salary, rounding, factors"}, at_key=True))
    for key, limit in (("base_salary", 100_000_000), ("rounding", 1_000_000)):
        if key in raw:
            number = _whole(raw[key], limit)
            if number is None:
                shown = raw[key] if isinstance(raw[key], str) else ""
                problems.append(Problem("out_of_range", (*loc, key), {"field": key, "value": shown, "ge": 0, "le": limit}))
            else:
                found[key] = (number, cited or "")
    factors = raw.get("factors")
    if factors is not None and not isinstance(factors, dict):
        problems.append(Problem("expected_mapping", (*loc, "factors"), {"field": "factors"}))
        factors = None
    for code, scopes in (factors or {}).items():
        where = (*loc, "factors", code)
        if code not in known_codes:
            problems.append(Problem("unknown_reward_code", where, {"key": code, "allowed": ", ".join(sorted(known_codes))}, at_key=True))
            continue
        if not isinstance(scopes, dict):
            problems.append(Problem("expected_mapping", where, {"field": code}))
            continue
        for scope, value in scopes.items():
            if scope not in SCOPES:
                problems.append(Problem("unknown_key_list", (*where, scope), {"key": scope, "allowed": ", ".join(SCOPES)}, at_key=True))
                continue
            factor = _factor(value)
            if factor is None:
                shown = value if isinstance(value, str) else ""
                problems.append(Problem("out_of_range", (*where, scope), {"field": scope, "value": shown, "ge": 0, "le": 100}))
            else:
                found["factors"][(code, scope)] = (factor, cited or "")
    return found, problems


def _whole(value: object, limit: int) -> int | None:
    """A whole amount as written (`1.490.000`), ASCII digits only and not thousands of them."""
    text = value.strip().replace(".", "").replace(",", "") if isinstance(value, str) else ""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 12 and int(text) <= limit else None


def _factor(value: object) -> Decimal | None:
    """A factor as written (`1,5`, `0.3`): no NaN, no exponent, no page of digits."""
    match = FACTOR.match(value.strip()) if isinstance(value, str) else None
    number = Decimal(f"{match[1]}.{match[2] or 0}") if match else None
    return number if number is not None and number <= 100 else None
