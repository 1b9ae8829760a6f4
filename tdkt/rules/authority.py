"""Who decides what (thẩm quyền): the titles and awards a unit's head may decide, by regime.

Shipped data with articles (tdkt/rules/data/authority.yaml). The level of the unit's head
(co_so, huyen, xa, none) is the plan's to say, since the law leaves it to the unit's status.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from tdkt.rules.citations import cite

LEVELS = ("co_so", "huyen", "xa", "none")


@dataclass(frozen=True)
class Authority:
    """The codes a head of the given level may decide under a regime, and the article."""

    regime: str
    level: str
    codes: tuple[str, ...]
    source: str
    confirmed: bool
    source_en: str | None = None  # the shipped English of a `source` with remarks

    def source_in(self, lang: str) -> str:
        return cite(self.source, lang, self.source_en)

    def decides(self, code: str) -> bool:
        return code in self.codes


@cache
def authority_data() -> dict:
    text = resources.files("tdkt.rules").joinpath("data/authority.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def authority(regime_id: str, level: str) -> Authority | None:
    """The authority of a level in a regime; None when the level does not exist then (huyện after 30/6/2025)."""
    entry = authority_data()["regimes"].get(regime_id, {}).get(level)
    if entry is None:
        return None
    return Authority(regime_id, level, tuple(entry["codes"]), entry["source"], bool(entry["confirmed"]), entry.get("source_en"))


def levels_in(regime_id: str) -> tuple[str, ...]:
    """The levels that exist under a regime, in the data's order (no `huyen` after 30/6/2025)."""
    return tuple(authority_data()["regimes"].get(regime_id, {}))


def absence(regime_id: str, level: str) -> dict | None:
    """Why a level is gone under a regime (`why`, `why_en`, `source`), when the data says so."""
    return authority_data().get("absent", {}).get(regime_id, {}).get(level)


def level_name(level: str) -> str:
    return authority_data()["levels"][level]


def decision_bases(regime_id: str) -> list[tuple[str, bool]]:
    """The laws a reward decision cites (text, confirmed), in order."""
    return [(b["text"], bool(b["confirmed"])) for b in authority_data()["bases"][regime_id]]
