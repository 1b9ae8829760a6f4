"""The data shipped with tdkt, checked on load: a broken data file is reported, not crashed on.

The catalogue needs, for each regime, its id, names (Vietnamese and English) and dates, and
for each title or award its code, names, kind, scope and the articles it rests on by
regime; the titles the engine reasons about must exist in every regime. Every criterion
needs a type, a description, whether it may be overridden, and for every regime a value of
its type, the text it rests on and whether that was confirmed. Problems are located in the
data file itself.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources

import yaml

from tdkt.plan.problems import Problem
from tdkt.plan.yamlsource import Source, load_bytes

RATINGS = ("kht", "ht", "htt", "htxs")  # weakest to strongest
DISCIPLINES = ("khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec")  # mildest first
TYPES = ("rating", "discipline", "bool", "number", "percent")
CRITERIA = "data/criteria.yaml"
CATALOGUE = "data/catalogue.yaml"
ENGINE_CODES = ("LDTT", "CSTDCS", "TTLDTT", "TTLDXS")  # titles the engine and the caps name


def data_file(name: str):
    """A shipped data file (a Traversable; tests point it elsewhere)."""
    return resources.files("tdkt.rules").joinpath(name)


@cache
def shipped_problems() -> list[tuple[Source, list[Problem]]]:
    """The problems of each broken shipped data file (empty when both are sound)."""
    catalogue, source, problems = _checked(CATALOGUE, check_catalogue)
    if problems:
        return [(source, problems)]
    regimes = [r["id"] for r in catalogue["regimes"]]
    _, source, problems = _checked(CRITERIA, lambda data: check_criteria(data, regimes))
    return [(source, problems)] if problems else []


def shipped_criteria() -> dict:
    """The criteria's parameters by name (call after shipped_problems() found none)."""
    return shipped_data(CRITERIA)["parameters"]


@cache
def shipped_data(name: str) -> object:
    """A shipped data file as typed YAML data (None when it is not YAML at all); read once."""
    try:
        return yaml.load(data_file(name).read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None


def _checked(name: str, check) -> tuple[object, Source | None, list[Problem]]:
    """(the file's typed data, its source when it has problems, its problems)."""
    data = shipped_data(name)
    problems = check(data) if data is not None else []
    if data is None or problems:
        file = data_file(name)
        source = load_bytes(file.read_bytes(), Source(path=str(file)))  # reads again, with positions
        return data, source, list(source.problems) or problems or [Problem("shipped_missing", (), {"field": name})]
    return data, None, []


def check_catalogue(data: object) -> list[Problem]:
    """Every gap in the catalogue data that would stop a check or an evaluation."""
    regimes = data.get("regimes") if isinstance(data, dict) else None
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(regimes, list) or not regimes or not isinstance(entries, list):
        return [Problem("shipped_missing", (), {"field": "regimes, entries"})]
    problems: list[Problem] = []
    ids = []
    for i, regime in enumerate(regimes):
        wanted = {"id": str, "name": str, "name_en": str, "law": str, "decree": str, "valid_from": date}
        problems += _fields(regime, ("regimes", i), wanted, f"regimes[{i}]")
        if isinstance(regime, dict):
            ids.append(regime.get("id"))
            if regime.get("valid_to") is not None and not isinstance(regime.get("valid_to"), date):
                problems.append(Problem("shipped_invalid", ("regimes", i, "valid_to"),
                                        {"field": f"regimes[{i}].valid_to", "value": str(regime.get("valid_to"))}))
    kinds = {"kind": ("title", "award"), "scope": ("individual", "collective", "both")}
    for i, entry in enumerate(entries):
        loc = ("entries", i)
        wanted = {"code": str, "name": str, "name_en": str, "abbreviation": str, "source": dict}
        problems += _fields(entry, loc, wanted, f"entries[{i}]")
        if not isinstance(entry, dict):
            continue
        for key, allowed in kinds.items():
            if entry.get(key) not in allowed:
                problems.append(Problem("shipped_invalid", (*loc, key), {"field": f"entries[{i}].{key}", "value": str(entry.get(key))}))
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            problems.append(Problem("shipped_invalid", (*loc, "aliases"), {"field": f"entries[{i}].aliases", "value": str(aliases)}))
    for code in ENGINE_CODES:
        held = {r for e in entries if isinstance(e, dict) and e.get("code") == code and isinstance(e.get("source"), dict)
                for r in e["source"]}
        for regime in ids:
            if regime not in held:
                problems.append(Problem("shipped_missing", ("entries",), {"field": f"{code}.source.{regime}"}, at_key=True))
    return problems


def _fields(item: object, loc: tuple, wanted: dict, label: str) -> list[Problem]:
    if not isinstance(item, dict):
        return [Problem("shipped_missing", loc, {"field": label})]
    return [Problem("shipped_missing", (*loc, key) if key in item else loc, {"field": f"{label}.{key}"}, at_key=key in item)
            for key, kind in wanted.items() if not isinstance(item.get(key), kind)]


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
