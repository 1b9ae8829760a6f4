"""Read a plan file into plain data (every scalar as text) while keeping source positions.

The data is built straight from libyaml's event stream: no implicit typing ever applies
(`no`, `on`, `012` stay text), duplicate keys are reported instead of silently
overwritten, aliases are refused (a crafted file cannot expand), and each mapping and
list remembers where its keys and items stand, for `locate`. Skipping PyYAML's composer
and resolver makes this several times faster than `yaml.compose`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tdkt.plan.problems import Problem

# characters Word cannot store (XML 1.0 forbids them); YAML lets "\x01" escapes through
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Loader = yaml.SafeLoader

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
MAX_ALIAS_REPORTS = 3
_NULLS = {"", "~", "null", "Null", "NULL"}
_BAD_KEY = object()


@dataclass
class Source:
    """A plan file's text, the data built from it, and where each part stands.

    `marks` maps id(dict) → {key: (key position, value position)} and id(list) → [item
    positions]; positions are 1-based (line, column).
    """

    path: str
    text: str = ""
    data: object = None
    root_pos: tuple[int, int] = (1, 1)
    marks: dict[int, object] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    loaded: bool = False
    _lines: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def fatal(self) -> bool:
        """True when the data could not be built at all."""
        return not self.loaded or any(p.fatal for p in self.problems)

    def line(self, number: int) -> str:
        """Source line by 1-based number ('' when out of range)."""
        if self._lines is None:
            self._lines = self.text.splitlines()
        lines = self._lines
        return lines[number - 1] if 0 < number <= len(lines) else ""

    def locate(self, loc: tuple, at_key: bool = False) -> tuple[tuple[int, int], tuple]:
        """Walk `loc` (keys and indexes) through the data.

        Returns the (line, column) of the deepest part reached and the part of `loc` that
        exists in the file. Segments not in the file (Pydantic's union branch names, a
        missing key) are skipped. With `at_key`, a final mapping key is pointed at itself
        rather than at its value.
        """
        node, pos, path, key_pos = self.data, self.root_pos, [], None
        for segment in loc:
            key_pos = None
            marks = self.marks.get(id(node))
            if isinstance(node, dict) and isinstance(segment, str) and segment in node:
                key_pos, pos = marks[segment]
                node = node[segment]
            elif isinstance(node, list) and isinstance(segment, int) and 0 <= segment < len(node):
                pos = marks[segment]
                node = node[segment]
            else:
                continue
            path.append(segment)
        return (key_pos if at_key and key_pos else pos), tuple(path)


def load_file(path: str | Path) -> Source:
    """Read and build a plan file; problems are collected, never raised."""
    source = Source(path=str(path))
    file = Path(path)
    try:
        if file.stat().st_size > MAX_BYTES:
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
    """Decode UTF-8 (with or without BOM) and build the data from the YAML events."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        source.problems.append(Problem("not_utf8", pos=(line, col), fatal=True))
        return source
    source.text = text
    if all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        source.problems.append(Problem("file_empty", pos=(1, 1), fatal=True))
        return source
    try:
        _Builder(source).run(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        problem = (exc.problem or "").strip()
        # an unclosed quote or bracket is reported at the end of the file: point at its start
        at_end = "end of stream" in problem and exc.context_mark is not None
        mark = exc.context_mark if at_end else (exc.problem_mark or exc.context_mark)
        pos = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        source.problems.append(Problem("yaml_syntax", pos=pos, params={"detail": problem}, fatal=True))
    except yaml.YAMLError as exc:  # reader errors (control characters) and the like
        source.problems.append(Problem("yaml_syntax", pos=(1, 1), params={"detail": str(exc).splitlines()[0]}, fatal=True))
    return source


class _Frame:
    """A mapping or list being built."""

    __slots__ = ("container", "marks", "start", "key", "key_pos", "first_line")

    def __init__(self, container, marks, start):
        self.container, self.marks, self.start = container, marks, start
        self.key = None  # for mappings: the key waiting for its value (None: expecting a key)
        self.key_pos = None
        self.first_line: dict[str, int] = {}


class _Builder:
    """Consumes parser events into dicts, lists and text, with positions."""

    def __init__(self, source: Source):
        self.source = source
        self.stack: list[_Frame] = []
        self.documents = 0

    def run(self, events) -> None:
        source = self.source
        for event in events:
            kind = type(event)
            mark = event.start_mark
            if kind is yaml.ScalarEvent:
                pos = (mark.line + 1, mark.column + 1)
                if _CONTROL.search(event.value):
                    bad = _CONTROL.search(event.value).group()
                    source.problems.append(Problem("control_character", pos=pos, params={"code": f"U+{ord(bad):04X}"}))
                if self._awaiting_key():
                    self._add(event.value, pos)
                elif not event.style and event.value in _NULLS:
                    self._add(None, pos)
                else:
                    self._add(event.value, pos)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if len(self.stack) >= MAX_DEPTH:
                    source.problems.append(Problem("too_deep", pos=(mark.line + 1, mark.column + 1), params={"limit": MAX_DEPTH}, fatal=True))
                    return
                container = {} if kind is yaml.MappingStartEvent else []
                marks = {} if kind is yaml.MappingStartEvent else []
                self.stack.append(_Frame(container, marks, (mark.line + 1, mark.column + 1)))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = self.stack.pop()
                source.marks[id(frame.container)] = frame.marks
                self._add(frame.container, frame.start)
            elif kind is yaml.AliasEvent:
                self._aliases(event, events)
                return
            elif kind is yaml.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    source.problems.append(Problem("multiple_documents", pos=(mark.line + 1, mark.column + 1), fatal=True))
                    return
        source.loaded = True

    def _awaiting_key(self) -> bool:
        return bool(self.stack) and isinstance(self.stack[-1].container, dict) and self.stack[-1].key is None

    def _add(self, value, pos) -> None:
        if not self.stack:
            self.source.data, self.source.root_pos = value, pos
            return
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            frame.container.append(value)
            frame.marks.append(pos)
        elif frame.key is None:  # this value is a key
            if isinstance(value, (dict, list)):
                self.source.problems.append(Problem("key_not_text", pos=pos))
                frame.key = _BAD_KEY
            else:
                frame.key, frame.key_pos = value, pos
        else:
            key, key_pos = frame.key, frame.key_pos
            frame.key = None
            if key is _BAD_KEY:
                return
            if key in frame.container:
                self.source.problems.append(
                    Problem("duplicate_key", pos=key_pos, params={"key": key, "first": frame.first_line[key]})
                )
                return
            frame.container[key] = value
            frame.marks[key] = (key_pos, pos)
            frame.first_line[key] = key_pos[0]

    def _aliases(self, first, events) -> None:
        """Report the first aliases of the file (the rest is not read)."""
        found = [first]
        try:
            for event in events:
                if type(event) is yaml.AliasEvent:
                    found.append(event)
                    if len(found) == MAX_ALIAS_REPORTS:
                        break
        except yaml.YAMLError:
            pass
        for event in found:
            mark = event.start_mark
            self.source.problems.append(
                Problem("alias", pos=(mark.line + 1, mark.column + 1), params={"name": event.anchor}, fatal=True)
            )

