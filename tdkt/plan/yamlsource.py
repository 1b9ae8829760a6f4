"""Read a plan file into plain data (every scalar as text) while keeping source positions.

The data is built straight from libyaml's event stream: no implicit typing ever applies
(`no`, `on`, `012` stay text), duplicate keys are reported instead of silently
overwritten, aliases are refused (a crafted file cannot expand), and each mapping and
list can tell where its keys and items stand, for `locate`. Skipping PyYAML's composer
and resolver makes this several times faster than `yaml.compose`.

Positions cost a third of the reading time and much memory on a large plan, and are
needed only when there is something to report. So a file is first read without them;
the first problem met while reading, or the first `locate`, reads it again with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tdkt.plan.problems import Problem
from tdkt.plan.text import RESTORE, Positions, for_reading, normalized, split_lines

# characters Word cannot store (XML 1.0 forbids them); YAML lets "\x01" escapes through
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Loader = yaml.SafeLoader

MAX_BYTES = 64 * 1024 * 1024
WHOLE_FILE = (0, 0)  # the position of a problem with the file itself (missing, unreadable): no line
MAX_DEPTH = 64
MAX_ALIAS_REPORTS = 3
_NULLS = {"", "~", "null", "Null", "NULL"}
_BAD_KEY = object()


@dataclass
class Source:
    """A plan file's text, the data built from it, and where each part stands."""

    path: str
    text: str = ""
    data: object = None
    problems: list[Problem] = field(default_factory=list)
    loaded: bool = False
    _reading: _Reading | None = field(default=None, repr=False, compare=False)
    _lines: list[str] | None = field(default=None, repr=False, compare=False)
    _for_yaml: tuple[str, bool] | None = field(default=None, repr=False, compare=False)

    @property
    def fatal(self) -> bool:
        """True when the data could not be built at all."""
        return not self.loaded or any(p.fatal for p in self.problems)

    def line(self, number: int) -> str:
        """Source line by 1-based number ('' when out of range)."""
        if self._lines is None:
            self._lines = split_lines(self.text)
        lines = self._lines
        return lines[number - 1] if 0 < number <= len(lines) else ""

    def locate(self, loc: tuple, at_key: bool = False) -> tuple[tuple[int, int], tuple]:
        """Walk `loc` (keys and indexes) through the data.

        Returns the (line, column) of the deepest part reached and the part of `loc` that
        exists in the file. Segments not in the file (Pydantic's union branch names, a
        missing key) are skipped. With `at_key`, a final mapping key is pointed at itself
        rather than at its value.
        """
        if self._reading is None:  # read cleanly without positions: read again with them
            text, restore = self._for_yaml or (self.text, False)
            self._reading = _read(text, positions=True, restore=restore) if self.loaded else _Reading(positions=True)
        reading = self._reading
        node, pos, path, key_pos = reading.data, reading.root_pos, [], None
        for segment in loc:
            key_pos = None
            marks = reading.marks.get(id(node))
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


@dataclass
class _Reading:
    """One pass over the text: the data, and with `positions` where each part stands.

    `marks` maps id(dict) → {key: (key position, value position)} and id(list) → [item
    positions]; positions are 1-based (line, column).
    """

    positions: bool
    data: object = None
    root_pos: tuple[int, int] = (1, 1)
    marks: dict[int, object] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    loaded: bool = False


def load_file(path: str | Path, empty: str = "file_empty") -> Source:
    """Read and build a plan file (or a rules or rollup.yaml file: `empty` is the message
    code of one with nothing in it); problems are collected, never raised."""
    source = Source(path=str(path))
    file = Path(path)
    try:
        size, raw = file.stat().st_size, b""
        if size <= MAX_BYTES:  # pipes and devices say 0: read no more than the cap
            with file.open("rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
        if size > MAX_BYTES or len(raw) > MAX_BYTES:
            source.problems.append(Problem("file_too_large", pos=WHOLE_FILE, params={"limit": "64 MB"}, fatal=True))
            return source
    except FileNotFoundError:  # a pattern (`don-vi/*.yaml`) reaches here only from a one-plan command
        code = "file_missing_pattern" if any(c in file.name for c in "*?[") else "file_missing"
        source.problems.append(Problem(code, pos=WHOLE_FILE, fatal=True))
        return source
    except IsADirectoryError:
        source.problems.append(Problem("file_is_dir", pos=WHOLE_FILE, fatal=True))
        return source
    except OSError as exc:
        source.problems.append(Problem("file_unreadable", pos=WHOLE_FILE, params={"reason": exc.strerror or str(exc)}, fatal=True))
        return source
    return load_bytes(raw, source, empty)


def load_bytes(raw: bytes, source: Source, empty: str = "file_empty") -> Source:
    """Decode UTF-8 (with or without BOM) and build the data from the YAML events."""
    body = raw.removeprefix(b"\xef\xbb\xbf")  # a BOM is allowed, and not counted in positions
    if body.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):  # a zip (.xlsx, .docx) or an old Office file
        source.problems.append(Problem("file_is_office", pos=WHOLE_FILE, fatal=True))
        return source
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:  # placed by characters, on the text as far as it can be read
        source.text = body.decode("utf-8", errors="replace")
        source.problems.append(Problem("not_utf8", pos=Positions(source.text)(len(body[: exc.start].decode("utf-8"))), fatal=True))
        return source
    source.text = text = normalized(text)
    if all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        source.problems.append(Problem(empty, pos=(1, 1), fatal=True))
        return source
    for_yaml, restore, found = for_reading(text)
    source.problems += found
    if for_yaml is not text:
        source._for_yaml = (for_yaml, restore)
    try:
        reading = _read(for_yaml, False, restore) or _read(for_yaml, True, restore)
    except yaml.MarkedYAMLError as exc:
        detail = (exc.problem or "").strip()
        if detail.startswith("mapping values") and exc.problem_mark and exc.problem_mark.column >= 1024:
            detail = "key longer than 1024 characters"  # YAML's limit on a plain key
        mark = exc.problem_mark
        if "cannot start any token" in detail and mark is not None and for_yaml[mark.index:mark.index + 1] == "\t":
            detail = "a tab where YAML wants spaces"
        source.problems.append(Problem("yaml_syntax", pos=_syntax_pos(exc, text), params={"detail": detail}, fatal=True))
        return source
    except yaml.YAMLError as exc:  # reader errors and the like
        index = getattr(exc, "position", 0) or 0
        source.problems.append(Problem("yaml_syntax", pos=_within(Positions(text)(index), text),
                                       params={"detail": str(exc).splitlines()[0]}, fatal=True))
        return source
    source.data, source.loaded = reading.data, reading.loaded
    source.problems += reading.problems
    if reading.positions:
        source._reading = reading
    return source


def _syntax_pos(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int]:
    """Where a syntax error is: an unclosed quote or bracket at the end points at its opening."""
    context, mark = exc.context or "", exc.problem_mark or exc.context_mark
    opened = context.startswith(("while scanning a quoted", "while parsing a flow"))
    if exc.context_mark is not None and opened and (mark is None or mark.index >= len(text.rstrip())):
        mark = exc.context_mark
    return _within((mark.line + 1, mark.column + 1) if mark else (1, 1), text)


def _within(pos: tuple[int, int], text: str) -> tuple[int, int]:
    """`pos`, or the end of the last line when it lies past it (a file without a final newline)."""
    lines = split_lines(text)
    line, column = pos
    if line > len(lines):
        line, column = len(lines), len(lines[-1]) + 1
    return line, min(column, len(lines[line - 1]) + 1)


def _read(text: str, positions: bool, restore: bool = False) -> _Reading | None:
    """Build the data from the YAML events; without `positions`, None at the first problem."""
    reading = _Reading(positions)
    loader = _Loader(text)  # the pure-Python reader checks characters here already
    try:
        # get_event returns None after the stream's end; cheaper than yaml.parse's generator
        _Builder(reading, restore).run(iter(loader.get_event, None))
    except _PositionsNeeded:
        return None
    finally:
        loader.dispose()
    return reading


def _pos(mark) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


class _PositionsNeeded(Exception):
    """A problem met while reading without positions: read again with them."""


class _Frame:
    """A mapping or list being built; `marks` is None when positions are not kept."""

    __slots__ = ("container", "is_map", "key", "key_mark", "marks", "start")

    def __init__(self, is_map: bool, start, positions: bool):
        self.container = {} if is_map else []
        self.marks = ({} if is_map else []) if positions else None
        self.start, self.is_map = start, is_map
        self.key = None  # for mappings: the key waiting for its value (None: expecting a key)
        self.key_mark = None


class _Builder:
    """Consumes parser events into dicts, lists and text (with positions when asked).

    The loop runs once per event (half a million on a 20,000-person plan), so it keeps its
    names local and keeps libyaml's marks, turning them into positions only when needed.
    """

    def __init__(self, reading: _Reading, restore: bool = False):
        self.reading, self.positions, self.restore = reading, reading.positions, restore
        self.stack: list[_Frame] = []
        self.documents = 0

    def problem(self, code: str, mark, params: dict | None = None, fatal: bool = False) -> None:
        if not self.positions:
            raise _PositionsNeeded
        self.reading.problems.append(Problem(code, pos=_pos(mark), params=params or {}, fatal=fatal))

    def run(self, events) -> None:
        reading, stack, positions = self.reading, self.stack, self.positions
        control = _CONTROL.search
        scalar_event, alias_event, document_start = yaml.ScalarEvent, yaml.AliasEvent, yaml.DocumentStartEvent
        opening = {yaml.MappingStartEvent: True, yaml.SequenceStartEvent: False}
        closing = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        restore = RESTORE if self.restore else None
        for event in events:
            kind = type(event)
            if kind is scalar_event:
                value, style = event.value, event.style
                if restore is not None:
                    value = value.translate(restore)
                # the reader refuses raw control characters; only "\x01"-style escapes remain
                if style == '"' and control(value):
                    self.problem("control_character", event.start_mark, {"code": f"U+{ord(control(value).group()):04X}"})
                frame = stack[-1] if stack else None
                if frame is not None and frame.is_map and frame.key is None:  # a key: always text
                    frame.key, frame.key_mark = value, event.start_mark
                else:
                    self._add(None if not style and value in _NULLS else value, event.start_mark)
            elif kind in opening:
                if len(stack) >= MAX_DEPTH:
                    self.problem("too_deep", event.start_mark, {"limit": MAX_DEPTH}, fatal=True)
                    return
                stack.append(_Frame(opening[kind], event.start_mark, positions))
            elif kind in closing:
                frame = stack.pop()
                if positions:
                    reading.marks[id(frame.container)] = frame.marks
                self._add(frame.container, frame.start)
            elif kind is alias_event:
                self._aliases(event, events)
                return
            elif kind is document_start:
                self.documents += 1
                if self.documents > 1:
                    self.problem("multiple_documents", event.start_mark, fatal=True)
                    return
        reading.loaded = True

    def _add(self, value, mark) -> None:
        stack = self.stack
        if not stack:
            self.reading.data, self.reading.root_pos = value, _pos(mark)
            return
        frame = stack[-1]
        if not frame.is_map:
            frame.container.append(value)
            if frame.marks is not None:
                frame.marks.append(_pos(mark))
        elif frame.key is None:  # a mapping or list where a key belongs
            self.problem("key_not_text", mark)
            frame.key = _BAD_KEY
        else:
            key = frame.key
            frame.key = None
            if key is _BAD_KEY:
                return
            if key in frame.container:
                if not self.positions:
                    raise _PositionsNeeded
                first = frame.marks[key][0][0]
                self.problem("duplicate_key", frame.key_mark, {"key": key, "first": first})
                return
            frame.container[key] = value
            if frame.marks is not None:
                frame.marks[key] = (_pos(frame.key_mark), _pos(mark))

    def _aliases(self, first, events) -> None:
        """Report the first aliases of the file (the rest is not read)."""
        if not self.positions:
            raise _PositionsNeeded
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
            self.problem("alias", event.start_mark, {"name": event.anchor}, fatal=True)
