"""Standard output that never fails on a character the console cannot show.

A Vietnamese Windows console (or a file redirected with PYTHONIOENCODING=cp1258) cannot
encode precomposed letters such as `ệ`; cp1258 writes them as a letter and a combining
tone mark instead. Characters that still cannot be written become `?`; nothing crashes.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata

HANDLER = "tdkt-replace"
TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng: combining in cp1258


def _replace(error: UnicodeEncodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return "".join(_writable(ch, error.encoding) for ch in bad), error.end


def _writable(ch: str, encoding: str) -> str:
    """`ch` as a letter plus combining tone mark when the encoding has them, else `?`."""
    parts = unicodedata.normalize("NFD", ch)
    letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
    candidate = letter + "".join(c for c in parts if c in TONES)
    try:
        candidate.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return "?"
    return candidate


def make_safe() -> None:
    """Let stdout and stderr write what they can instead of raising UnicodeEncodeError."""
    try:
        codecs.lookup_error(HANDLER)
    except LookupError:
        codecs.register_error(HANDLER, _replace)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(errors=HANDLER)
