"""Who decides each title or award (thẩm quyền), from tdkt/rollup/data/deciders.yaml.

The roll-up office decides the titles of the cơ sở level (Điều 80 Luật Thi đua, khen
thưởng 2022: Giám đốc Sở, Chủ tịch UBND cấp huyện, xã) and forwards the rest upward;
what the units' own heads decide is the office's to say (`units_decide` in rollup.yaml),
since it depends on each unit's legal status.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Level:
    id: str
    name: str
    source: str
    confirmed: bool


@cache
def _data() -> dict:
    text = resources.files("tdkt.rollup").joinpath("data/deciders.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def level_of(code: str) -> Level:
    """The level that decides `code` (cơ sở when the data does not name one)."""
    level_id = _data()["codes"].get(code, "co_so")
    entry = _data()["levels"][level_id]
    return Level(level_id, entry["name"], entry["source"], bool(entry["confirmed"]))


def rank(level_id: str) -> int:
    return _data()["order"].index(level_id)
