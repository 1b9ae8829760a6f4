"""`tdkt validate`: check plan files and report every problem."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import (
    AsOfOption,
    FormatOption,
    LangOption,
    check_format,
    lang_of,
    parse_as_of,
    usage_error,
)
from tdkt.cli.discover import plan_files
from tdkt.cli.output import json_report, text_report


def validate(
    plans: Annotated[list[Path] | None, typer.Argument(help="Tệp kế hoạch; mặc định mọi tệp trong plans/.")] = None,
    lang: LangOption = None,
    as_of: AsOfOption = None,
    format: FormatOption = "text",
) -> None:
    """Kiểm tra tệp kế hoạch: cú pháp, khóa, kiểu, ngày, tham chiếu, danh hiệu."""
    from tdkt.checking import check_file

    language = lang_of(lang)
    check_format(format, language)
    day = parse_as_of(as_of, language)
    files = plans or plan_files()
    if not files:
        raise usage_error(language, "no_plan", folder="plans")
    results = [check_file(path, as_of=day, lang=language) for path in files]
    if format == "json":
        print(json_report(results))
    else:
        print("\n".join(text_report(r, language) for r in results))
    raise typer.Exit(code=0 if all(r.ok for r in results) else 1)
