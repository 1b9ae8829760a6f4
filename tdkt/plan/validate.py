"""Check a plan file completely: syntax, shape, references, dates; place and word each problem.

This package knows nothing of the legal rules: checks that need them (titles, the rule
set, the council's decisions) come in as an `Extension` from above (tdkt.checking).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from tdkt import clock
from tdkt.plan import checks
from tdkt.plan.date_checks import check_dates
from tdkt.plan.messages import word
from tdkt.plan.numbers import check_numbers
from tdkt.plan.models import Plan
from tdkt.plan.problems import ERROR, WARNING, Finding, Problem
from tdkt.plan.yamlsource import Source, load_file


@dataclass
class Extra:
    """What checks from above found on a sound plan: a context for commands (the rule set), and problems.

    `others` are problems placed in other files the plan names (a rules file): (file, problems).
    """

    context: object = None
    problems: list[Problem] = field(default_factory=list)
    others: list[tuple[Source, list[Problem]]] = field(default_factory=list)


class Extension(Protocol):
    """Checks a caller adds: on the raw data (always), and on the plan once it is sound."""

    def check_data(self, data: dict) -> list[Problem]: ...

    def check_plan(self, plan: Plan, path: Path) -> Extra: ...


PLACED = 2000  # problems of a file placed and worded; beyond, only counted (a file can hold millions)


@dataclass
class Checked:
    """The outcome of checking one file: the plan when valid, and every finding.

    Findings are placed (line:column, source line, wording) when first asked for: placing
    them may read the file again for positions, which a command that only needs the
    valid plan never has to pay for.
    """

    path: str
    plan: Plan | None
    ruleset: object = None  # the Extra context: the rule set the plan is judged by
    place: Callable[[], list[Finding]] = field(default=list, repr=False)
    has_errors: bool = False
    errors_found: int | None = None  # every error found, placed or not (see PLACED); None: count the findings
    warnings_found: int | None = None
    _findings: list[Finding] | None = field(default=None, repr=False)

    @property
    def findings(self) -> list[Finding]:
        """The first PLACED problems, in file order."""
        if self._findings is None:
            self._findings = self.place()
        return self._findings

    def shown_as(self, path: str) -> Checked:
        """The same outcome with this file's findings named `path` (a copy checked under another name)."""
        from dataclasses import replace

        findings = [replace(f, path=path) if f.path == self.path else f for f in self.findings]
        return replace(self, path=path, place=lambda: findings, _findings=None)

    @property
    def error_count(self) -> int:
        return len(self.errors) if self.errors_found is None else self.errors_found

    @property
    def warning_count(self) -> int:
        return len(self.warnings) if self.warnings_found is None else self.warnings_found

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def ok(self) -> bool:
        return self.plan is not None and not self.has_errors


class PlanInvalid(Exception):
    """Raised by `load_plan` when a plan has errors; carries the check result."""

    def __init__(self, checked: Checked):
        super().__init__(checked.path)
        self.checked = checked


def check_file(path: str | Path, *, as_of: date | None = None, lang: str = "vi",
               extension: Extension | None = None) -> Checked:
    """Every problem of a plan file, placed at line:column and worded in `lang`."""
    source = load_file(path)
    problems = list(source.problems)
    plan, extra, unplaced = None, Extra(), 0
    if not source.fatal:
        period = checks.period_of(source.data) if isinstance(source.data, dict) else None
        plan, more, unplaced = _validate(source, clock.as_of(as_of, None, period.end if period else None), extension)
        problems += more
        if plan is not None:
            problems += check_numbers(plan)
    if extension is not None and plan is not None and not any(p.severity == ERROR for p in problems):
        extra = extension.check_plan(plan, Path(path))
        problems += extra.problems
    ruleset, in_files = extra.context, extra.others
    every = [*problems, *(p for _, found in in_files for p in found)]
    errors = sum(1 for p in every if p.severity == ERROR) + unplaced
    source.data = None  # the models hold what commands need; placing reads positions from the text

    def place() -> list[Finding]:
        others = [place_problem(p, other, lang) for other, found in in_files for p in found[:PLACED]]
        placed = sorted((place_problem(p, source, lang) for p in problems[:PLACED]), key=lambda f: (f.line, f.column))
        return others + placed

    return Checked(path=str(path), plan=None if errors else plan, ruleset=ruleset, place=place, has_errors=bool(errors),
                   errors_found=errors, warnings_found=len(every) + unplaced - errors)


def shipped_broken(path, broken: list[tuple[Source, list[Problem]]], lang: str) -> Checked:
    findings = [place_problem(p, source, lang) for source, found in broken for p in found[:PLACED]]
    errors = sum(len(found) for _, found in broken)
    return Checked(path=str(path), plan=None, place=lambda: findings, has_errors=True, errors_found=errors, warnings_found=0)


def load_plan(path: str | Path, *, as_of: date | None = None, lang: str = "vi",
              extension: Extension | None = None) -> Checked:
    """Check a plan and return it; raise PlanInvalid when it has errors."""
    checked = check_file(path, as_of=as_of, lang=lang, extension=extension)
    if not checked.ok:
        raise PlanInvalid(checked)
    return checked


def _validate(source: Source, as_of: date, extension: Extension | None) -> tuple[Plan | None, list[Problem], int]:
    """(the plan when its shape is right, its problems, how many more shape errors were only counted)."""
    from tdkt.plan.pydantic_errors import translate

    if not isinstance(source.data, dict):
        return None, [Problem("root_not_mapping", ())], 0
    problems: list[Problem] = []
    plan, unplaced = None, 0
    try:
        plan = Plan.model_validate(source.data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        unplaced = max(0, len(errors) - PLACED)  # a file of errors: count the rest, do not word them
        problems += translate(errors[:PLACED], Plan, source.data)

    def line_of(loc: tuple) -> int:
        return source.locate(loc)[0][0]

    problems += checks.check(source.data, as_of, line_of) + check_dates(source.data)
    if extension is not None and isinstance(source.data, dict):
        problems += extension.check_data(source.data)
    return plan, problems, unplaced


def place_problem(problem: Problem, source: Source, lang: str, wording: Callable = word) -> Finding:
    """`problem` at its line and column in `source`, worded in `lang` by `wording` (the plan's
    messages, or another table that falls back to them, as the roll-up's does)."""
    if problem.pos is not None:
        (line, column), path = problem.pos, problem.loc
    else:
        (line, column), path = source.locate(problem.loc, at_key=problem.at_key)
    message, hint = wording(problem.code, problem.params, lang)
    return Finding(
        path=source.path,
        line=line,
        column=column,
        severity=problem.severity,
        code=problem.code,
        message=message,
        hint=hint,
        source_line=source.line(line),
        field=_dotted(problem.loc),
    )


def _dotted(loc: tuple) -> str:
    text = ""
    for segment in loc:
        text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else str(segment))
    return text
