"""The rule set a plan is judged by: its regime, and its province's rules file if it names one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tdkt.plan.models import Plan
from tdkt.plan.problems import Problem
from tdkt.plan.yamlsource import Source, load_file
from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.overrides import read_overrides
from tdkt.rules.rewards import read_reward_overrides
from tdkt.rules.ruleset import RuleSet, build_ruleset, regime_of

RULES_SUFFIXES = (".yaml", ".yml")


@dataclass
class PlanRules:
    """The rule set, problems in the plan, and problems per rules file."""

    ruleset: RuleSet
    in_plan: list[Problem] = field(default_factory=list)
    in_files: list[tuple[Source, list[Problem]]] = field(default_factory=list)


def ruleset_for_plan(plan: Plan, plan_path: str | Path) -> PlanRules:
    """The plan's rule set, with its own rules file checked (the shipped data is checked before)."""
    regime = regime_of(plan.period.end, plan.rules.regime)
    if not plan.rules.file:
        return PlanRules(build_ruleset(regime))
    path, problem = rules_path(plan.rules.file, Path(plan_path).parent)
    if problem:
        return PlanRules(build_ruleset(regime), [problem])
    source = load_file(path, empty="rules_file_empty")
    overrides, regulation, problems = read_overrides(source)
    rewards, more = [{}, []] if source.fatal or not isinstance(source.data, dict) else read_reward_overrides(
        source.data.get("rewards"), regulation, {e.code for e in load_catalogue().entries})
    problems = list(source.problems) + problems + more
    return PlanRules(build_ruleset(regime, overrides, regulation, rewards), in_files=[(source, problems)])


def rules_path(named: str, folder: Path) -> tuple[Path, Problem | None]:
    """The rules file a plan names: a .yaml file in the plan's folder or below it, nothing else."""
    loc, params = ("rules", "file"), {"path": named}
    path = folder / named
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        inside = False
    if Path(named).is_absolute() or ".." in Path(named).parts or not inside or path.suffix.lower() not in RULES_SUFFIXES:
        return path, Problem("rules_file_outside", loc, params)
    if not path.is_file():
        return path, Problem("rules_file_missing", loc, params)
    return path, None
