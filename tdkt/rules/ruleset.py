"""The criteria in force for a year: shipped data by regime, with a province's overrides."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tdkt.rules.catalogue import Regime, load_catalogue
from tdkt.rules.citations import cite
from tdkt.rules.reasons import Named
from tdkt.rules.shipped import DISCIPLINES, RATINGS, TYPES, shipped_criteria

__all__ = ["DISCIPLINES", "RATINGS", "TYPES", "RuleSet", "Rule", "build_ruleset", "criteria_data", "regime_of"]
RATING_NAMES = {
    "htxs": "hoàn thành xuất sắc nhiệm vụ",
    "htt": "hoàn thành tốt nhiệm vụ",
    "ht": "hoàn thành nhiệm vụ",
    "kht": "không hoàn thành nhiệm vụ",
}
RATING_NAMES_EN = {
    "htxs": "excellent performance of duties",
    "htt": "good performance of duties",
    "ht": "satisfactory performance of duties",
    "kht": "failure to perform duties",
}
DISCIPLINE_NAMES = {
    "khien_trach": "khiển trách",
    "canh_cao": "cảnh cáo",
    "ha_bac_luong": "hạ bậc lương",
    "giang_chuc": "giáng chức",
    "cach_chuc": "cách chức",
    "buoc_thoi_viec": "buộc thôi việc",
}
DISCIPLINE_NAMES_EN = {
    "khien_trach": "reprimand",
    "canh_cao": "warning",
    "ha_bac_luong": "salary grade reduction",
    "giang_chuc": "demotion",
    "cach_chuc": "removal from office",
    "buoc_thoi_viec": "dismissal",
}


def rating_name(code: str) -> Named:
    """A rating's name in both languages (as a reason's parameter)."""
    return Named(RATING_NAMES[code], RATING_NAMES_EN[code])


def discipline_name(code: str) -> Named:
    """A discipline's name in both languages (as a reason's parameter); `none` is none."""
    if code == "none":
        return Named("không", "none")
    return Named(DISCIPLINE_NAMES[code], DISCIPLINE_NAMES_EN[code])


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
    source_en: str | None = None  # the shipped English of a `source` with remarks

    def source_in(self, lang: str) -> str:
        """`source` in `lang`; a rules file's own text is kept as written, quoted in English."""
        return cite(self.source, lang, self.source_en)


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


def criteria_data() -> dict:
    """The shipped criteria (tdkt/rules/data/criteria.yaml) as plain data (checked by validate)."""
    return shipped_criteria()


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
            source_en=entry.get("source_en"),
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
