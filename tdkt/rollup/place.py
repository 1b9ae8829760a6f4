"""A roll-up problem placed in the file it concerns (a unit's plan or rollup.yaml) and worded."""

from __future__ import annotations

from tdkt.plan.problems import Finding, Problem
from tdkt.plan.yamlsource import Source
from tdkt.rollup.messages import word


def place(problem: Problem, source: Source, lang: str) -> Finding:
    """`problem` at its line and column in `source`, worded in `lang`."""
    if problem.pos is not None:
        (line, column), path = problem.pos, problem.loc
    else:
        (line, column), path = source.locate(problem.loc, at_key=problem.at_key)
    message, hint = word(problem.code, problem.params, lang)
    return Finding(path=source.path, line=line, column=column, severity=problem.severity, code=problem.code,
                   message=message, hint=hint, source_line=source.line(line),
                   field=".".join(str(s) for s in path))
