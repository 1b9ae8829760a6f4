"""A problem found in a plan file, before and after it is placed and worded."""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """What is wrong and where: a message code with parameters, at a data path or a position.

    `loc` is a path into the plan's data (keys and list indexes); `pos` a (line, column)
    when the position is known directly (syntax errors). `at_key` points at a mapping key
    rather than its value (unknown and duplicate keys).
    """

    code: str
    loc: tuple = ()
    params: dict = field(default_factory=dict, hash=False, compare=False)
    severity: str = ERROR
    pos: tuple[int, int] | None = None
    at_key: bool = False
    fatal: bool = False


@dataclass(frozen=True)
class Finding:
    """A problem placed in a file and worded in one language, ready to print."""

    path: str
    line: int
    column: int
    severity: str
    code: str
    message: str
    hint: str
    source_line: str
    field: str = ""

    def as_dict(self) -> dict:
        """Plain data for `--format json`."""
        return {
            "path": self.path,
            "line": self.line or None,  # None: the file as a whole (missing, unreadable)
            "column": self.column or None,
            "severity": self.severity,
            "code": self.code,
            "field": self.field,
            "message": self.message,
            "hint": self.hint,
        }
