"""What an import changes in a plan, and writing it into the plan file's text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tdkt.excel.reading import Problem
from tdkt.rules.catalogue import fold


@dataclass(frozen=True)
class Change:
    """One change to the plan, worded by the command: a code, where in the workbook, its values."""

    code: str
    where: str
    params: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass
class Outcome:
    """An import's problems (nothing is written when there are any) and its changes."""

    problems: list[Problem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


def make_id(name: str, taken: set[str]) -> str:
    """`Nguyễn Thị Hường` → `nthuong` (initials and the given name), made unique with a number."""
    words = [re.sub(r"[^a-z0-9]", "", w) for w in fold(name).split()]
    words = [w for w in words if w] or ["nguoi"]
    base = "".join(w[0] for w in words[:-1]) + words[-1]
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}{n}", n + 1
    taken.add(candidate)
    return candidate


def find(items, key: str, value: str):
    """The first mapping in a ruamel list whose `key` is `value`, or None."""
    return next((item for item in items or [] if isinstance(item, dict) and str(item.get(key)) == value), None)
