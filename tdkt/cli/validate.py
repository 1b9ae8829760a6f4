"""`tdkt validate`: check plan files and report every problem."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.batch import each_plan
from tdkt.cli.common import AsOfOption, FormatOption, LangOption, check_format, lang_of, no_plan, parse_as_of
from tdkt.cli.discover import PLANS_DIR, plan_files


def validate(
    plans: Annotated[list[Path] | None, typer.Argument(show_default=False)] = None,
    lang: LangOption = None,
    as_of: AsOfOption = None,
    format: FormatOption = "text",
) -> None:
    """Check plan files and report every problem (help: tdkt.cli.help)."""
    language = lang_of(lang)
    check_format(format)
    day = parse_as_of(as_of)
    files = plans or plan_files()
    if not files:
        raise no_plan(str(PLANS_DIR))
    each_plan(partial(_check, as_of=day, lang=language, format=format), files, command="validate", lang=lang,
              fmt=format, unit_json=True)


def _check(path: Path, as_of, lang: str, format: str) -> None:
    """One plan's report, as text or JSON; exit 1 when it has errors."""
    from tdkt.checking import check_file
    from tdkt.cli.common import noted
    from tdkt.cli.output import json_report, text_report
    from tdkt.cli.unit import note

    checked = check_file(path, as_of=as_of, lang=lang)
    noted(checked)
    note(problems=checked.error_count + checked.warning_count)
    print(json_report([checked]) if format == "json" else text_report(checked, lang))
    raise typer.Exit(code=0 if checked.ok else 1)
