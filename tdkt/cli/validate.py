"""`tdkt validate`: check plan files and report every problem."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import USAGE, AsOfOption, FormatOption, LangOption, check_format, lang_of, parse_as_of
from tdkt.cli.discover import plan_files
from tdkt.cli.output import json_report, text_report
from tdkt.errors import UsageError


def validate(
    plans: Annotated[list[Path] | None, typer.Argument(show_default=False)] = None,
    lang: LangOption = None,
    as_of: AsOfOption = None,
    format: FormatOption = "text",
) -> None:
    """Check plan files and report every problem (help: tdkt.cli.help)."""
    from tdkt.checking import check_file

    language = lang_of(lang)
    check_format(format)
    day = parse_as_of(as_of)
    files = plans or plan_files()
    if not files:
        raise UsageError("no_plan", texts=USAGE, folder="plans")
    results = [check_file(path, as_of=day, lang=language) for path in files]
    if format == "json":
        print(json_report(results))
    else:
        print("\n".join(text_report(r, language) for r in results))
    raise typer.Exit(code=0 if all(r.ok for r in results) else 1)
