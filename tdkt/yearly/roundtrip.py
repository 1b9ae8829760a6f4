"""Editing a plan file without losing what the clerk wrote around the data.

The file is cut into its top-level sections (each with the comment lines just above its
key). Only the sections a command changes go through ruamel.yaml's round trip, which
keeps their comments, order, quoting and layout; every other line is left as it was,
byte for byte. ruamel's reader is pure Python, so this also keeps a large plan quick.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass

_TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:")
_KEY_ALONE = re.compile(r"^(\s*)[^\s#-][^:#]*:\s*(#.*)?$")


@dataclass
class Section:
    """A top-level key's lines: the comments right above it, then the key and its body."""

    key: str | None  # None: the file's opening lines before the first key
    lead: list[str]
    body: list[str]

    @property
    def text(self) -> str:
        return "".join(self.lead + self.body)


def _yaml(text: str = ""):
    """A round-trip reader and writer in the layout `text` mostly uses.

    Lists are written indented under their key (`key:\n  - item`) or level with it
    (`key:\n- item`), as most of the text does; long plain text is wrapped no shorter
    than its longest line, and a flow collection (`{id: x, history: {2022: …}}`) is
    never wrapped.
    """
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.Emitter = _emitter()
    yaml.preserve_quotes = True
    lines = text.splitlines()
    yaml.width = max([100, *(len(line) + 1 for line in lines)])
    level = indented = 0
    for above, below in zip(lines, lines[1:]):
        key = _KEY_ALONE.match(above)
        if key and below.lstrip().startswith("- "):
            gap = (len(below) - len(below.lstrip())) - len(key.group(1))
            level, indented = level + (gap == 0), indented + (gap > 0)
    if level > indented:
        yaml.indent(mapping=2, sequence=2, offset=0)
    else:
        yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


@functools.cache
def _emitter():
    """ruamel's round-trip emitter, with no line width inside a flow collection."""
    import sys

    from ruamel.yaml.emitter import RoundTripEmitter

    class OneLineFlow(RoundTripEmitter):
        @property
        def best_width(self) -> int:
            return sys.maxsize if self.flow_level else self._width

        @best_width.setter
        def best_width(self, value: int) -> None:
            self._width = value

    return OneLineFlow


def split(text: str) -> list[Section]:
    """The file's sections in order; joined back they give the text unchanged."""
    lines = text.splitlines(keepends=True)
    sections = [Section(None, [], [])]
    for line in lines:
        match = _TOP_KEY.match(line)
        if match:
            current = sections[-1].body
            lead: list[str] = []
            while current and current[-1].startswith("#"):  # comments touching the key are its own
                lead.insert(0, current.pop())
            sections.append(Section(match.group(1), lead, [line]))
        else:
            sections[-1].body.append(line)
    return sections


def join(sections: list[Section]) -> str:
    return "".join(s.text for s in sections)


def load(text: str):
    """A section's (or a whole file's) text as ruamel's commented data."""
    return _yaml(text).load(text)


def dump(data, like: str = "") -> str:
    """The data as YAML text, in the layout of `like` (the text it was read from)."""
    out = io.StringIO()
    _yaml(like).dump(data, out)
    # the writer leaves a space where it folds a long plain line; a folded line reads the same without it
    return re.sub(r"(?<=\S) +\n", "\n", out.getvalue())


def edit(text: str, keys: tuple[str, ...], change: Callable[[dict], None]) -> str:
    """Apply `change` to the named top-level sections and put them back in the text.

    `change` receives {key: value} (ruamel data; a missing section is absent) and may
    change the values in place, set new keys, or set a key to None to drop its section.
    New sections are added at the end of the file. A section that is a mapping is
    handled key by key one level down, so that its parts `change` leaves alone keep their
    lines exactly. Windows line ends stay Windows line ends.
    """
    if "\r\n" in text:
        return edit(text.replace("\r\n", "\n"), keys, change).replace("\n", "\r\n")
    sections = split(text)
    chosen = {s.key: s for s in sections if s.key in keys}
    parts = {key: _Parts.read(s) for key, s in chosen.items()}
    values = {key: part.value for key, part in parts.items()}
    change(values)
    for key, section in chosen.items():
        if values.get(key) is None:
            sections.remove(section)
        elif values[key] is parts[key].value and parts[key].children is not None:
            section.body = parts[key].write()
        else:
            section.body = _redump(key, values[key], section.body, text)
    for key, value in values.items():
        if key not in chosen and value is not None:
            tail = sections[-1].body or sections[-1].lead
            if tail and not tail[-1].endswith("\n"):
                tail[-1] += "\n"
            sections.append(Section(key, ["\n"], dump({key: value}, text).splitlines(keepends=True)))
    out = join(sections)
    return out.rstrip("\n") + "\n" if out.endswith("\n\n") and not text.endswith("\n\n") else out


class _Parts:
    """A top-level section read whole, or (a mapping) key by key with each key's own lines."""

    def __init__(self, section: Section, value, children):
        self.section, self.value, self.children = section, value, children

    @classmethod
    def read(cls, section: Section) -> _Parts:
        from ruamel.yaml.comments import CommentedMap

        body = section.body
        children = _children(body[1:]) if body and body[0].rstrip().endswith(":") else None
        if not children:
            return cls(section, load("".join(body))[section.key], None)
        value = CommentedMap()
        for child in children:
            loaded = load(child.text)
            child.value = loaded[child.key] if loaded else None
            child.before = dump({child.key: child.value}, child.text)
            value[child.key] = child.value
        return cls(section, value, children)

    def write(self) -> list[str]:
        lines = [self.section.body[0]]
        known = set()
        for child in self.children:
            known.add(child.key)
            if child.key not in self.value:
                continue
            now = dump({child.key: self.value[child.key]}, child.text)
            lines += child.lines if now == child.before else child.lead + _indent(_rstrip_blank(
                now.splitlines(keepends=True)), child.indent) + child.blank
        for key, value in self.value.items():
            if key not in known:
                lines += _indent(dump({key: value}, "".join(lines)).splitlines(keepends=True), self.children[0].indent)
        return lines


class _Child:
    """One key of a top-level mapping: its lines, and the same text moved to column 1."""

    def __init__(self, key: str, lines: list[str], indent: int):
        self.key, self.lines, self.indent = key, lines, indent
        lead = 0
        while lead < len(lines) and lines[lead].lstrip().startswith("#"):
            lead += 1
        self.lead = lines[:lead]
        rest = lines[lead:]
        kept = _rstrip_blank(rest)
        self.blank = rest[len(kept):]
        self.text = "".join(line[indent:] if line[:indent].strip() == "" else line.lstrip() for line in kept)
        self.value = self.before = None


def _children(lines: list[str]) -> list[_Child] | None:
    """The keys of a mapping's body (`  number: 12`, `  bases:` …), with the comments above each."""
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), None)
    if first is None or first.lstrip().startswith("- "):
        return None
    indent = len(first) - len(first.lstrip())
    key = re.compile(rf"^ {{{indent}}}([^\s#-][^:]*?)\s*:(\s|$)")
    children: list[_Child] = []
    current: list[str] = []
    name = None
    for line in lines:
        match = key.match(line)
        if match:
            pending: list[str] = []
            while current and current[-1].lstrip().startswith("#") and current[-1].startswith(" " * indent + "#"):
                pending.insert(0, current.pop())
            if name is not None:
                children.append(_Child(name, current, indent))
            elif current:
                return None  # lines before the first key that are not its comments
            name, current = match.group(1), pending + [line]
        else:
            current.append(line)
    if name is None:
        return None
    children.append(_Child(name, current, indent))
    return children


def _indent(lines: list[str], indent: int) -> list[str]:
    return [(" " * indent + line) if line.strip() else line for line in lines]


def _redump(key: str, value, old: list[str], whole: str) -> list[str]:
    """The section dumped again in its own layout, with the blank lines that ended it before."""
    blanks = len(old) - len(list(_rstrip_blank(old)))
    like = "".join(old) if any(line.lstrip().startswith("- ") for line in old) else whole
    lines = list(_rstrip_blank(dump({key: value}, like).splitlines(keepends=True)))
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines + ["\n"] * blanks


def _rstrip_blank(lines: list[str]) -> list[str]:
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def delete(mapping, key) -> None:
    """Remove a key, keeping the comment lines that followed its value (`# Quý II` above the next item)."""
    keys = list(mapping)
    at = keys.index(key)
    token = mapping.ca.items.pop(key, None)
    del mapping[key]
    comment = token[2] if token and len(token) > 2 else None
    if comment is None or at == 0:
        return
    value = comment.value
    rest = value if value.startswith("\n") else value[value.find("\n"):] if "\n" in value else ""
    if rest in ("", "\n"):
        return
    holder, last = mapping, keys[at - 1]
    while isinstance(holder[last], dict) and len(holder[last]):  # the comment follows the deepest last value
        holder = holder[last]
        last = list(holder)[-1]
    if isinstance(holder[last], list):
        return
    slot = holder.ca.items.setdefault(last, [None, None, None, None])
    if slot[2] is None:
        comment.value = rest
        slot[2] = comment
    else:
        slot[2].value = slot[2].value.rstrip("\n") + rest


def put(mapping, key, value, before: tuple[str, ...] = ()) -> None:
    """Set a key; a new key goes before the first of `before` present, else at the end."""
    if key in mapping:
        mapping[key] = value
        return
    at = next((list(mapping).index(k) for k in before if k in mapping), len(mapping))
    mapping.insert(at, key, value)


def flow(mapping: dict):
    """A mapping written on one line, `{person: x, title: LDTT}`, as the plan files do."""
    from ruamel.yaml.comments import CommentedMap

    data = CommentedMap(mapping)
    data.fa.set_flow_style()
    return data


def flow_list(items: list):
    from ruamel.yaml.comments import CommentedSeq

    data = CommentedSeq(items)
    data.fa.set_flow_style()
    return data
