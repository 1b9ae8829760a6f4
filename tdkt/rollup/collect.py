"""Find and check every unit plan under the folders; one broken plan never stops the others.

A roll-up covers one period, a calendar year or a school year (`Plan.period`): plans of
another period are listed but not counted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.plan.period import Period
from tdkt.plan.problems import ERROR, Finding
from tdkt.checking import Checked, check_file
from tdkt.plan_files import plans_under
from tdkt.plan.yamlsource import Source, load_file

OK, INVALID, OTHER_YEAR = "ok", "invalid", "other_year"  # other_year: a plan of another period


@dataclass
class Unit:
    """One unit's plan file, its check (the same as `tdkt validate`) and its place in the roll-up."""

    path: Path
    checked: Checked
    status: str = OK
    _source: Source | None = field(default=None, repr=False)

    @property
    def plan(self):
        return self.checked.plan

    @property
    def name(self) -> str:
        return self.plan.unit.name if self.plan is not None else self.path.stem

    @property
    def errors(self) -> int:
        """The plan's error count (0 for a valid plan: its warnings are not placed, which costs a re-read)."""
        return self.checked.error_count if self.checked.has_errors or self.plan is None else 0

    @property
    def source(self) -> Source:
        """The file read again with positions, only when a cross-unit finding is to be placed."""
        if self._source is None:
            self._source = load_file(self.path)
        return self._source


@dataclass
class Collected:
    period: Period | None
    units: list[Unit]

    @property
    def counted(self) -> list[Unit]:
        """The valid units of the roll-up's period, in path order."""
        return [u for u in self.units if u.status == OK]

    def periods(self) -> Counter:
        """How many valid plans each period has."""
        return Counter(u.plan.period for u in self.units if u.status != INVALID)


def most_common(periods: Counter) -> Period | None:
    """The period most plans have; at a tie, the one that ends last."""
    return max(periods, key=lambda p: (periods[p], p.end, p.start), default=None)


def plan_paths(folders: list[Path]) -> list[Path]:
    """The unit plans under the folders (as a batch run finds them), or the files named, sorted."""
    found: set[Path] = set()
    for folder in folders:
        found.update([folder] if folder.is_file() else plans_under(folder))
    return sorted(found)


def _check(path: Path, lang: str) -> Checked:
    """`tdkt validate`'s check; a plan that breaks the checker itself is reported, not raised."""
    try:
        return check_file(path, lang=lang)
    except Exception as exc:  # one unit's file must not stop the roll-up of the others
        from tdkt.rollup.messages import word

        message, _ = word("rollup_unit_failed", {"detail": f"{type(exc).__name__}: {exc}"}, lang)
        finding = Finding(str(path), 0, 0, ERROR, "rollup_unit_failed", message, "", "")
        return Checked(path=str(path), plan=None, place=lambda: [finding], has_errors=True)


def collect(folders: list[Path], period: Period | None = None, lang: str = "vi") -> Collected:
    """Check each plan; the roll-up's period is `period`, else the most common period of the plans read.

    A plan's own rules file (`rules.file`) found under the folders is not a unit.
    """
    checked = [Unit(path, _check(path, lang)) for path in plan_paths(folders)]
    rules_files = {(u.path.parent / u.plan.rules.file).resolve() for u in checked if u.plan is not None and u.plan.rules.file}
    units = [u for u in checked if u.path.resolve() not in rules_files]
    if period is None:
        period = most_common(Counter(u.plan.period for u in units if u.plan is not None))
    for unit in units:
        if unit.plan is None or not unit.checked.ok:
            unit.status = INVALID
        elif unit.plan.period != period:
            unit.status = OTHER_YEAR
    return Collected(period, units)
