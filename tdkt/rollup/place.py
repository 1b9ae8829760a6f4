"""A roll-up problem placed in the file it concerns (a unit's plan or rollup.yaml) and worded."""

from __future__ import annotations

from tdkt.plan.problems import Finding, Problem
from tdkt.plan.validate import place_problem
from tdkt.plan.yamlsource import Source
from tdkt.rollup.messages import word


def place(problem: Problem, source: Source, lang: str) -> Finding:
    """`problem` at its line and column in `source`, worded from the roll-up's messages in `lang`."""
    return place_problem(problem, source, lang, word)
