"""A file's text as the user's editor shows it, and as the YAML reader is given it.

Editors break lines at `\\n`, `\\r\\n` and `\\r` only; YAML 1.1 (PyYAML, libyaml) also breaks
at U+0085, U+2028 and U+2029, which would shift every later line number. Those three are
handed to the reader as stand-ins it treats as ordinary characters and put back in the
text read (YAML 1.2 reads them so). Characters YAML refuses (control characters) are each
reported at their place and replaced for reading, so the rest of the file is still checked.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from tdkt.plan.problems import WARNING, Problem

BREAK = re.compile(r"\r\n|\r|\n")
# what YAML 1.1 refuses in a file (its printable set, less tab, CR, LF and U+0085)
REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
UNUSUAL_BREAK = re.compile("[\x85\u2028\u2029]")
_EITHER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")  # both, in one pass
_STAND_IN = {0x85: "\U0010fffb", 0x2028: "\U0010fffc", 0x2029: "\U0010fffd"}
RESTORE = str.maketrans({v: chr(k) for k, v in _STAND_IN.items()})
MAX_REPORTED = 20  # character problems reported per kind; the first ones locate the trouble


def normalized(text: str) -> str:
    """NFC: Vietnamese typed as decomposed Unicode (Unikey's 'Unicode tổ hợp') reads as precomposed."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def split_lines(text: str) -> list[str]:
    """The lines as an editor numbers them (a final line break opens no new line)."""
    lines = BREAK.split(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


class Positions:
    """1-based (line, column) of a character index, counting breaks as an editor does."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in BREAK.finditer(text)]

    def __call__(self, index: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, index)
        return line, index - self.starts[line - 1] + 1


def for_reading(text: str) -> tuple[str, bool, list[Problem]]:
    """(the text for the YAML reader, whether stand-ins need putting back, character problems)."""
    problems: list[Problem] = []
    if _EITHER.search(text) is None:
        return text, False, problems
    refused = REFUSED.search(text)
    unusual = UNUSUAL_BREAK.search(text)
    where = Positions(text)
    if refused is not None:
        for count, match in enumerate(REFUSED.finditer(text)):
            if count < MAX_REPORTED:
                problems.append(Problem("control_character_raw", pos=where(match.start()),
                                        params={"code": f"U+{ord(match.group()):04X}"}))
        text = REFUSED.sub("\ufffd", text)
    restore = False
    if unusual is not None and not any(c in text for c in _STAND_IN.values()):
        for count, match in enumerate(UNUSUAL_BREAK.finditer(text)):
            if count < MAX_REPORTED:
                problems.append(Problem("unusual_break", pos=where(match.start()),
                                        params={"code": f"U+{ord(match.group()):04X}"}, severity=WARNING))
        text, restore = text.translate(_STAND_IN), True
    return text, restore, problems
