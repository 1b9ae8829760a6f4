"""The criteria shipped with tdkt, checked on load: a broken data file is reported, not crashed on.

Every parameter needs a type, a description, whether it may be overridden, and for every
regime of the catalogue a value of its type, the text it rests on and whether that was
confirmed. Problems are located in the data file itself.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from tdkt.plan.problems import Problem
from tdkt.plan.yamlsource import Source, load_bytes

RATINGS = ("kht", "ht", "htt", "htxs")  # weakest to strongest
DISCIPLINES = ("khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec")  # mildest first
TYPES = ("rating", "discipline", "bool", "number", "percent")
CRITERIA = "data/criteria.yaml"


def criteria_file():
    """The shipped criteria file (a Traversable; tests point it elsewhere)."""
    return resources.files("tdkt.rules").joinpath(CRITERIA)


@cache
def shipped_criteria() -> tuple[dict, Source | None, list[Problem]]:
    """(parameters by name, the file's source when it has problems, its problems)."""
    from tdkt.rules.catalogue import load_catalogue

    file = criteria_file()
    raw = file.read_bytes()
    try:
        data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        data = None
    problems = check_criteria(data, [r.id for r in load_catalogue().regimes]) if data is not None else []
    if data is None or problems:
        source = load_bytes(raw, Source(path=str(file)))  # reads again, with positions
        return {}, source, list(source.problems) or problems or [Problem("rules_not_mapping", ())]
    return data["parameters"], None, []


def check_criteria(data: object, regimes: list[str]) -> list[Problem]:
    """Every gap in the criteria data that would stop an evaluation."""
    parameters = data.get("parameters") if isinstance(data, dict) else None
    if not isinstance(parameters, dict):
        return [Problem("shipped_missing", (), {"field": "parameters"})]
    problems: list[Problem] = []
    for name, spec in parameters.items():
        loc = ("parameters", name)
        if not isinstance(spec, dict):
            problems.append(Problem("shipped_missing", loc, {"field": f"{name}.type"}, at_key=True))
            continue
        kind = spec.get("type")
        if kind not in TYPES:
            problems.append(Problem("shipped_invalid", (*loc, "type"), {"field": f"{name}.type", "value": str(kind)}, at_key="type" not in spec))
            continue
        for key, wanted in (("what", str), ("overridable", bool)):
            if not isinstance(spec.get(key), wanted):
                problems.append(Problem("shipped_missing", (*loc, key), {"field": f"{name}.{key}"}, at_key=key not in spec))
        for regime in regimes:
            problems += _entry(spec.get(regime), kind, (*loc, regime), f"{name}.{regime}")
    return problems


def _entry(entry: object, kind: str, loc: tuple, label: str) -> list[Problem]:
    if not isinstance(entry, dict):  # pointed at the parameter's name when the entry is not there
        return [Problem("shipped_missing", loc if entry is not None else loc[:-1], {"field": label}, at_key=True)]
    problems = [Problem("shipped_missing", (*loc, key), {"field": f"{label}.{key}"}, at_key=True)
                for key, wanted in (("source", str), ("confirmed", bool)) if not isinstance(entry.get(key), wanted)]
    if "value" not in entry or not _fits(entry["value"], kind):
        problems.append(Problem("shipped_invalid", (*loc, "value"), {"field": f"{label}.value", "value": str(entry.get("value"))}))
    return problems


def _fits(value: object, kind: str) -> bool:
    if kind == "rating":
        return value in RATINGS
    if kind == "discipline":
        return value in DISCIPLINES
    if kind == "bool":
        return isinstance(value, bool)
    if value is None:
        return True
    limit = 100 if kind == "percent" else 600
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= limit
