"""The criteria in force for a year: shipped data by regime, with a province's overrides."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

import yaml

from tdkt.rules.catalogue import Regime, load_catalogue

RATINGS = ("kht", "ht", "htt", "htxs")  # weakest to strongest
RATING_NAMES = {
    "htxs": "hoàn thành xuất sắc nhiệm vụ",
    "htt": "hoàn thành tốt nhiệm vụ",
    "ht": "hoàn thành nhiệm vụ",
    "kht": "không hoàn thành nhiệm vụ",
}
DISCIPLINES = ("khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec")  # mildest first
DISCIPLINE_NAMES = {
    "khien_trach": "khiển trách",
    "canh_cao": "cảnh cáo",
    "ha_bac_luong": "hạ bậc lương",
    "giang_chuc": "giáng chức",
    "cach_chuc": "cách chức",
    "buoc_thoi_viec": "buộc thôi việc",
}
TYPES = ("rating", "discipline", "bool", "number", "percent")


@dataclass(frozen=True)
class Rule:
    """One criterion's value in a regime, with the text it rests on."""

    name: str
    what: str
    type: str
    value: object
    source: str
    confirmed: bool
    overridable: bool
    overridden: bool = False
    cited: bool = True  # the article, clause and point in `source` checked against the text


@dataclass(frozen=True)
class RuleSet:
    """The regime of a year and the value of every criterion in it."""

    regime: Regime
    rules: dict[str, Rule]
    overrides_from: str | None = None  # the province/sector regulation applied, if any
    rewards: dict = field(default_factory=dict)  # reward overrides of the rules file (tdkt.rules.rewards)

    def __getitem__(self, name: str) -> Rule:
        return self.rules[name]

    def value(self, name: str):
        return self.rules[name].value


@cache
def criteria_data() -> dict:
    """The shipped criteria (tdkt/rules/data/criteria.yaml) as plain data."""
    text = resources.files("tdkt.rules").joinpath("data/criteria.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["parameters"]


def regime_of(year: int | date, regime_id: str | None = None) -> Regime:
    """The regime named in the plan, else the one in force at the end of `year`."""
    return load_catalogue().regime_of(year, regime_id)


def build_ruleset(regime: Regime, overrides: dict[str, tuple[object, str]] | None = None,
                  overrides_from: str | None = None, rewards: dict | None = None) -> RuleSet:
    """Every criterion of `regime`; `overrides` maps a name to (value, source) from a rules file."""
    rules = {}
    for name, spec in criteria_data().items():
        entry = spec[regime.id]
        rule = Rule(
            name=name, what=spec["what"], type=spec["type"], value=entry["value"], source=entry["source"],
            confirmed=bool(entry["confirmed"]), overridable=bool(spec["overridable"]), cited=bool(entry.get("cited", True)),
        )
        if overrides and name in overrides:
            value, source = overrides[name]
            rule = Rule(name, rule.what, rule.type, value, source, True, rule.overridable, overridden=True)
        rules[name] = rule
    return RuleSet(regime=regime, rules=rules, overrides_from=overrides_from, rewards=rewards or {})


def rating_at_least(rating: str, minimum: str) -> bool:
    return RATINGS.index(rating) >= RATINGS.index(minimum)


def discipline_at_least(discipline: str, threshold: str) -> bool:
    return DISCIPLINES.index(discipline) >= DISCIPLINES.index(threshold)
