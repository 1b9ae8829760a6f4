"""`tdkt schema`: the JSON Schema of the plan format, for editors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import LangOption
from tdkt.files import output_file


def schema_text() -> str:
    """The plan format's JSON Schema as text."""
    from tdkt.plan.models import Plan

    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", **Plan.model_json_schema()}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _output(value: Path | None) -> Path | None:
    return None if value is None else output_file(value, "schema.json")


def schema(
    output: Annotated[Path | None, typer.Option("-o", "--output", callback=_output)] = None,
    lang: LangOption = None,
) -> None:
    """Print the plan format's JSON Schema (`--lang` words its messages; the schema's own
    descriptions are the plan format's, in Vietnamese)."""
    text = schema_text()
    if output is None:
        print(text, end="")
        return
    from tdkt.files import write_atomic

    write_atomic(output, text.encode("utf-8"))
    print(output)
