"""Read a plan file into plain data (every scalar as text) while keeping source positions.

PyYAML's C composer builds the node tree once; we construct the data ourselves so that
YAML 1.1 typing never applies (`no`, `on`, `012` stay text), duplicate keys are reported
instead of silently overwritten, and aliases are refused (a crafted file cannot expand).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from tdkt.plan.problems import Problem

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Loader = yaml.SafeLoader

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass
class Source:
    """A plan file's text, its node tree and the data built from it."""

    path: str
    text: str = ""
    root: Node | None = None
    data: object = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def fatal(self) -> bool:
        """True when the data could not be built at all."""
        return self.root is None or any(p.fatal for p in self.problems)

    def line(self, number: int) -> str:
        """Source line by 1-based number ('' when out of range)."""
        lines = self.text.splitlines()
        return lines[number - 1] if 0 < number <= len(lines) else ""


class _Alias(Exception):
    pass


def load_file(path: str | Path) -> Source:
    """Read and compose a plan file; problems are collected, never raised."""
    source = Source(path=str(path))
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            source.problems.append(Problem("file_too_large", pos=(1, 1), params={"limit": "64 MB"}, fatal=True))
            return source
        raw = file.read_bytes()
    except FileNotFoundError:
        source.problems.append(Problem("file_missing", pos=(1, 1), fatal=True))
        return source
    except IsADirectoryError:
        source.problems.append(Problem("file_is_dir", pos=(1, 1), fatal=True))
        return source
    except OSError as exc:
        source.problems.append(Problem("file_unreadable", pos=(1, 1), params={"reason": exc.strerror or str(exc)}, fatal=True))
        return source
    return load_bytes(raw, source)


def load_bytes(raw: bytes, source: Source) -> Source:
    """Decode UTF-8 (with or without BOM), compose and build the data."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        source.problems.append(Problem("not_utf8", pos=(line, col), fatal=True))
        return source
    source.text = text
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        source.problems.append(Problem("file_empty", pos=(1, 1), fatal=True))
        return source
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = (exc.problem or "").strip()
        source.problems.append(Problem("yaml_syntax", pos=pos, params={"detail": problem}, fatal=True))
        return source
    except yaml.YAMLError as exc:  # reader errors (control characters) and the like
        mark = getattr(exc, "position", None)
        source.problems.append(Problem("yaml_syntax", pos=(1, 1), params={"detail": str(exc).splitlines()[0]}, fatal=True))
        return source
    except RecursionError:
        source.problems.append(Problem("too_deep", pos=(1, 1), params={"limit": MAX_DEPTH}, fatal=True))
        return source
    if root is None:
        source.problems.append(Problem("file_empty", pos=(1, 1), fatal=True))
        return source
    try:
        source.data = _Builder(source.problems).build(root)
    except _Alias:
        source.problems.extend(_alias_problems(text))
        return source
    source.root = root
    return source


class _Builder:
    """Turns nodes into dict/list/str/None, reporting duplicate keys and refusing aliases."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        self.seen: set[int] = set()

    def build(self, node: Node, depth: int = 0) -> object:
        if id(node) in self.seen:
            raise _Alias
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            mark = node.start_mark
            self.problems.append(Problem("too_deep", pos=(mark.line + 1, mark.column + 1), params={"limit": MAX_DEPTH}, fatal=True))
            return None
        if isinstance(node, ScalarNode):
            if node.style is None and node.value in _NULLS:
                return None
            return node.value
        if isinstance(node, SequenceNode):
            return [self.build(item, depth + 1) for item in node.value]
        assert isinstance(node, MappingNode)
        result: dict[str, object] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            if not isinstance(key_node, ScalarNode):
                self.problems.append(Problem("key_not_text", pos=(mark.line + 1, mark.column + 1)))
                continue
            key = key_node.value
            if key in result:
                self.problems.append(
                    Problem("duplicate_key", pos=(mark.line + 1, mark.column + 1), params={"key": key, "first": first_line[key]})
                )
                self.seen.add(id(value_node))
                continue
            first_line[key] = mark.line + 1
            result[key] = self.build(value_node, depth + 1)
        return result


def _alias_problems(text: str) -> list[Problem]:
    """One problem per alias (`*name`) in the text, found by a second, event-level pass."""
    problems = []
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            problems.append(Problem("alias", pos=(mark.line + 1, mark.column + 1), params={"name": event.anchor}, fatal=True))
    return problems or [Problem("alias", pos=(1, 1), params={"name": "?"}, fatal=True)]


def locate(root: Node, loc: tuple, at_key: bool = False) -> tuple[tuple[int, int], tuple]:
    """Walk `loc` (keys and indexes) through the node tree.

    Returns the 1-based (line, column) of the deepest node reached and the part of `loc`
    that exists in the source. Segments that are not in the source (Pydantic's union
    branch names, a missing key) are skipped. With `at_key`, a final mapping key is
    pointed at itself rather than at its value.
    """
    node, path = root, []
    key_mark = None
    for segment in loc:
        key_mark = None
        if isinstance(node, MappingNode) and isinstance(segment, str):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == segment:
                    key_mark, node = key_node.start_mark, value_node
                    path.append(segment)
                    break
        elif isinstance(node, SequenceNode) and isinstance(segment, int) and 0 <= segment < len(node.value):
            node = node.value[segment]
            path.append(segment)
    mark = key_mark if (at_key and key_mark is not None) else node.start_mark
    return (mark.line + 1, mark.column + 1), tuple(path)
