"""A province's or sector's own rules file: the values the law leaves to it.

    source: Quyết định 36/2017/QĐ-UBND tỉnh Sơn La     # the regulation, cited in every decision
    parameters:
      cstdcs_max_share_of_ldtt: 10                     # value, cited with `source`
      tldtt_min_ldtt_share: {value: 70, source: Điều 10 Quyết định 36/2017/QĐ-UBND}

Only parameters marked overridable in the shipped criteria may be set. Problems are
returned located in the rules file, never raised.
"""

from __future__ import annotations

import difflib
import re
from decimal import Decimal

from tdkt.plan.problems import Problem
from tdkt.plan.yamlsource import Source
from tdkt.rules.ruleset import DISCIPLINES, RATINGS, criteria_data

TRUE, FALSE = {"true", "yes", "có", "co"}, {"false", "no", "không", "khong"}
NUMBER = re.compile(r"^([0-9]{1,4})(?:[.,]([0-9]{1,4}))?%?$")  # 15, 70.5, 70,5, 15%


def read_overrides(source: Source) -> tuple[dict[str, tuple[object, str]], str | None, list[Problem]]:
    """(name → (value, source), the regulation's name, problems) of a loaded rules file."""
    data, problems, found = source.data, [], {}
    if source.fatal:
        return {}, None, []
    if not isinstance(data, dict):
        return {}, None, [Problem("rules_not_mapping", ())]
    for key in data:
        if key not in ("name", "source", "parameters", "rewards"):  # rewards: tdkt.rules.rewards
            problems.append(Problem("unknown_key_list", (key,), {"key": key, "allowed": "name, source, parameters, rewards"}, at_key=True))
    regulation = data.get("source")
    if not isinstance(regulation, str) or not regulation.strip():
        problems.append(Problem("missing", (), {"field": "source"}))
        regulation = None
    parameters = data.get("parameters")
    if parameters is None:
        return {}, regulation, problems
    if not isinstance(parameters, dict):
        return {}, regulation, problems + [Problem("expected_mapping", ("parameters",), {"field": "parameters"})]
    known = criteria_data()
    for name, raw in parameters.items():
        loc = ("parameters", name)
        spec = known.get(name)
        if spec is None:
            close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
            problems.append(Problem("unknown_rule", loc, {"key": name, "suggestion": close[0] if close else "…"}, at_key=True))
            continue
        if not spec["overridable"]:
            problems.append(Problem("rule_fixed_by_law", loc, {"key": name}, at_key=True))
            continue
        cited = regulation
        if isinstance(raw, dict):
            cited = raw.get("source") if isinstance(raw.get("source"), str) else regulation
            unknown = [k for k in raw if k not in ("value", "source")]
            for k in unknown:
                problems.append(Problem("unknown_key_list", (*loc, k), {"key": k, "allowed": "value, source"}, at_key=True))
            loc, raw = (*loc, "value"), raw.get("value")
        nullable = any(isinstance(v, dict) and v.get("value") is None for v in spec.values())
        value, error = _convert(raw, spec["type"], nullable)
        if error:
            shown = raw if isinstance(raw, str) else ""
            problems.append(Problem(error[0], loc, {"field": name, "value": shown, **error[1]}))
        elif cited:
            found[name] = (value, cited)
    return found, regulation, problems


def _convert(raw: object, kind: str, nullable: bool) -> tuple[object, tuple[str, dict] | None]:
    """The typed value of `raw` for a parameter of `kind`, or an error (code, params).

    Null ("no cap, no requirement") only where the law itself leaves one out in some regime.
    """
    if raw is None and not nullable:
        return None, ("rule_needs_value", {})
    if isinstance(raw, (dict, list)):
        return None, ("expected_text", {})
    if kind == "rating":
        return (raw, None) if raw in RATINGS else (None, ("not_one_of", {"expected": ", ".join(RATINGS)}))
    if kind == "discipline":
        return (raw, None) if raw in DISCIPLINES else (None, ("not_one_of", {"expected": ", ".join(DISCIPLINES)}))
    if kind == "bool":
        text = str(raw).strip().lower()
        if text in TRUE or text in FALSE:
            return text in TRUE, None
        return None, ("not_one_of", {"expected": "true, false"})
    if raw is None:  # no cap / no requirement
        return None, None
    match = NUMBER.match(raw.strip())
    if match is None:
        return None, ("expected_number", {})
    number = Decimal(f"{match[1]}.{match[2] or 0}")
    limit = 100 if kind == "percent" else 600
    if not 0 <= number <= limit:
        return None, ("out_of_range", {"ge": 0, "le": limit})
    return (int(number) if number == number.to_integral_value() else number), None
