"""Which plan a command works on when none is named; which plans the arguments name."""

from __future__ import annotations

import glob
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tdkt.plan_files import plans_under

PLANS_DIR = Path("plans")


class NoPlan(Exception):
    """No plan was named and none could be found."""


def plan_files(folder: Path = PLANS_DIR) -> list[Path]:
    """Plan files in a folder, oldest year first."""
    try:
        files = [p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()]
    except OSError:  # no such folder, or one that cannot be read: no plans found there
        return []
    return sorted(files, key=_age_key)


def default_plan(folder: Path = PLANS_DIR, today: date | None = None) -> Path:
    """`plans/<this year>.yaml`, else the newest plan in `plans/`."""
    year = (today or date.today()).year
    for suffix in (".yaml", ".yml"):
        candidate = folder / f"{year}{suffix}"
        if candidate.is_file():
            return candidate
    files = plan_files(folder)
    if not files:
        raise NoPlan(str(folder))
    return files[-1]


def sibling_plan(path: Path, year: int | str) -> Path | None:
    """The plan file of `year` beside `path` (`2023.yaml` next to `2022.yaml`; a school year's
    name, `2026-2027.yaml` next to `2025-2026.yaml`), if there is one."""
    for suffix in (".yaml", ".yml"):
        candidate = path.with_name(f"{year}{suffix}")
        if candidate.is_file():
            return candidate
    return None


def _age_key(path: Path) -> tuple:
    stem = path.stem
    return (1, int(stem), "") if stem.isdigit() else (0, 0, stem)


# --- plans named on the command line: files, folders, globs ---------------------------------

GLOB_MARKS = frozenset("*?[")
@dataclass(frozen=True)
class Named:
    """The plan files the arguments name, and whether they make a batch (several plans, a
    folder or a glob) rather than today's one-plan run."""

    paths: tuple[Path, ...]
    batch: bool


class NothingMatches(Exception):
    """A glob that matches no file, or a folder holding no plan (the argument is `args[0]`)."""


def expand(arguments: list[Path]) -> Named:
    """Each argument as it is when it is a file (or names no file: the check reports it),
    every plan under it when it is a folder, what it matches when it is a glob."""
    found: list[Path] = []
    batch = len(arguments) > 1
    for argument in arguments:
        if argument.is_dir():
            more, batch = plans_under(argument), True
        elif not argument.exists() and GLOB_MARKS & set(str(argument)):
            more, batch = _matches(str(argument)), True
        else:
            more = [argument]
        if not more:
            raise NothingMatches(str(argument))
        found += more
    unique = list(dict.fromkeys(found))
    return Named(tuple(unique), batch or len(unique) > 1)


def _matches(pattern: str) -> list[Path]:
    """The plan files a glob matches (`**` for any depth); a folder it matches counts as above."""
    found = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        found += plans_under(path) if path.is_dir() else [path] if path.is_file() else []
    return found
