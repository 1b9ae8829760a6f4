"""The language tdkt speaks: `--lang`, else the TDKT_LANG variable, else Vietnamese."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from tdkt.errors import UsageError

LANGUAGES = ("vi", "en")
DEFAULT = "vi"
_FORM = re.compile(r"(vi|en)(?:[_.@-].*)?", re.IGNORECASE)  # `en`, `EN`, `en_US.UTF-8`
_of_run: list[str] = []  # the language `main` read from the whole command line


def chosen(option: str | None) -> str:
    """`vi` or `en`; a language tdkt does not speak is a usage error, never ignored."""
    if option is not None:
        return _read(option, "bad_lang")
    if _of_run:
        return _of_run[-1]
    env = os.environ.get("TDKT_LANG", "").strip()
    return _read(env, "bad_env_lang") if env else DEFAULT


def in_arguments(argv: Sequence[str]) -> str:
    """The language a command line asks for, read before the command line is parsed
    (so help and Click's own messages are worded in it too)."""
    option = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            option = argv[i + 1]
        elif arg.startswith("--lang="):
            option = arg.removeprefix("--lang=")
    _of_run.clear()
    language = chosen(option)
    _of_run.append(language)  # `tdkt --lang en validate` reaches the command too
    return language


def use(lang: str) -> None:
    """Speak `lang` from now on (a batch's worker process: the language its batch chose)."""
    _of_run[:] = [lang]


def forget() -> None:
    """End of a run: commands called afterwards read `--lang` and TDKT_LANG afresh."""
    _of_run.clear()


def _read(value: str, key: str) -> str:
    found = _FORM.fullmatch(value.strip())
    if found is None:
        raise UsageError(key, value=value)
    return found.group(1).lower()
