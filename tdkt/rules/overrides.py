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
from decimal import Decimal, InvalidOperation

from tdkt.plan.problems import Problem
from tdkt.plan.yamlsource import Source
from tdkt.rules.ruleset import DISCIPLINES, RATINGS, criteria_data

TRUE, FALSE = {"true", "yes", "có", "co"}, {"false", "no", "không", "khong"}


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
        value, error = _convert(raw, spec["type"])
        if error:
            problems.append(Problem(error[0], loc, {"field": name, "value": raw, **error[1]}))
        elif cited:
            found[name] = (value, cited)
    return found, regulation, problems


def _convert(raw: object, kind: str) -> tuple[object, tuple[str, dict] | None]:
    """The typed value of `raw` for a parameter of `kind`, or an error (code, params)."""
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
    try:
        number = Decimal(str(raw).strip().rstrip("%"))
    except InvalidOperation:
        return None, ("expected_number", {})
    limit = 100 if kind == "percent" else 600
    if not 0 <= number <= limit:
        return None, ("out_of_range", {"ge": 0, "le": limit})
    return (int(number) if number == number.to_integral_value() else number), None
