"""Editing a plan file without losing what the clerk wrote around the data.

The file is cut into its top-level sections (each with the comment lines just above its
key). Only the sections a command changes go through ruamel.yaml's round trip, which
keeps their comments, order, quoting and layout; every other line is left as it was,
byte for byte. ruamel's reader is pure Python, so this also keeps a large plan quick.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

_TOP_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:")


@dataclass
class Section:
    """A top-level key's lines: the comments right above it, then the key and its body."""

    key: str | None  # None: the file's opening lines before the first key
    lead: list[str]
    body: list[str]

    @property
    def text(self) -> str:
        return "".join(self.lead + self.body)


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


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
    return _yaml().load(text)


def dump(data) -> str:
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def edit(text: str, keys: tuple[str, ...], change: Callable[[dict], None]) -> str:
    """Apply `change` to the named top-level sections and put them back in the text.

    `change` receives {key: value} (ruamel data; a missing section is absent) and may
    change the values in place, set new keys, or set a key to None to drop its section.
    New sections are added at the end of the file. Windows line ends stay Windows line ends.
    """
    if "\r\n" in text:
        return edit(text.replace("\r\n", "\n"), keys, change).replace("\n", "\r\n")
    sections = split(text)
    chosen = {s.key: s for s in sections if s.key in keys}
    loaded = {key: load("".join(s.body))[key] for key, s in chosen.items()}
    values = dict(loaded)
    change(values)
    for key, section in chosen.items():
        if values.get(key) is None:
            sections.remove(section)
        else:
            section.body = _redump(key, values[key], section.body)
    for key, value in values.items():
        if key not in chosen and value is not None:
            tail = sections[-1].body or sections[-1].lead
            if tail and not tail[-1].endswith("\n"):
                tail[-1] += "\n"
            sections.append(Section(key, ["\n"], dump({key: value}).splitlines(keepends=True)))
    out = join(sections)
    return out.rstrip("\n") + "\n" if out.endswith("\n\n") and not text.endswith("\n\n") else out


def _redump(key: str, value, old: list[str]) -> list[str]:
    """The section dumped again, with the blank lines that ended it before."""
    blanks = len(old) - len(list(_rstrip_blank(old)))
    lines = list(_rstrip_blank(dump({key: value}).splitlines(keepends=True)))
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
