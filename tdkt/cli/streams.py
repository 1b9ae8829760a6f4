"""Standard output that never fails on a character the console cannot show.

A Vietnamese Windows console (or a file redirected with PYTHONIOENCODING=cp1258) cannot
encode precomposed letters such as `ệ`; cp1258 writes them as a letter and a combining
tone mark instead; an encoding without Vietnamese gets the bare letter, a few symbols get
ASCII stand-ins, and what is left becomes `?`. Nothing crashes.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata

FALLBACK = {"█": "#", "░": "-", "—": "-", "–": "-", "✓": "v", "✗": "x", "•": "*", "…": "...", "≤": "<=", "≥": ">="}
TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng: combining in cp1258


def _writable(ch: str, encoding: str) -> str:
    """`ch` as a letter plus combining tone mark when the encoding has them, else `?`."""
    parts = unicodedata.normalize("NFD", ch)
    letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
    bare = "".join(c for c in parts if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
    for candidate in (letter + "".join(c for c in parts if c in TONES), bare, FALLBACK.get(ch, "?")):
        try:
            candidate.encode(encoding)
        except UnicodeEncodeError:
            continue
        return candidate
    return "?"


def _handler(encoding: str) -> str:
    """The name of an error handler for `encoding` (the codec reports only `charmap`)."""
    name = f"tdkt-replace-{codecs.lookup(encoding).name}"
    try:
        codecs.lookup_error(name)
    except LookupError:
        def replace(error: UnicodeEncodeError) -> tuple[str, int]:
            bad = error.object[error.start:error.end]
            return "".join(_writable(ch, encoding) for ch in bad), error.end

        codecs.register_error(name, replace)
    return name


def make_safe() -> None:
    """Let stdout and stderr write what they can instead of raising UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = getattr(stream, "encoding", None) or "utf-8"
        utf8 = codecs.lookup(encoding).name == "utf-8"
        if reconfigure is not None and (not utf8 or stream.errors == "strict"):  # strict: a file name's stray bytes
            reconfigure(errors=_handler(encoding))
