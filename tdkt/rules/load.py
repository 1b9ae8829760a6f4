"""The rule set a plan is judged by: its regime, and its province's rules file if it names one."""

from __future__ import annotations

from pathlib import Path

from tdkt.plan.models import Plan
from tdkt.plan.problems import Problem
from tdkt.plan.yamlsource import Source, load_file
from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.overrides import read_overrides
from tdkt.rules.rewards import read_reward_overrides
from tdkt.rules.ruleset import RuleSet, build_ruleset, regime_of


def ruleset_for_plan(plan: Plan, plan_path: str | Path) -> tuple[RuleSet, Source | None, list[Problem], list[Problem]]:
    """(rule set, the rules file's source, problems in the plan, problems in the rules file)."""
    regime = regime_of(plan.period.end, plan.rules.regime)
    if not plan.rules.file:
        return build_ruleset(regime), None, [], []
    path = Path(plan_path).parent / plan.rules.file
    if not path.is_file():
        return build_ruleset(regime), None, [Problem("rules_file_missing", ("rules", "file"), {"path": plan.rules.file})], []
    source = load_file(path)
    overrides, regulation, problems = read_overrides(source)
    rewards, more = [{}, []] if source.fatal or not isinstance(source.data, dict) else read_reward_overrides(
        source.data.get("rewards"), regulation, {e.code for e in load_catalogue().entries})
    problems = list(source.problems) + problems + more
    return build_ruleset(regime, overrides, regulation, rewards), source, [], problems
