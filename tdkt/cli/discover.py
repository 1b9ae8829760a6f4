"""Which plan a command works on when none is named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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


def sibling_plan(path: Path, year: int) -> Path | None:
    """The plan file of `year` beside `path` (`2023.yaml` next to `2022.yaml`), if there is one."""
    for suffix in (".yaml", ".yml"):
        candidate = path.with_name(f"{year}{suffix}")
        if candidate.is_file():
            return candidate
    return None


def _age_key(path: Path) -> tuple:
    stem = path.stem
    return (1, int(stem), "") if stem.isdigit() else (0, 0, stem)
