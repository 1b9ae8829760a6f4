"""`tdkt schema`: the JSON Schema of the plan format, for editors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import LangOption
from tdkt.errors import UsageError
from tdkt.files import output_file

TEXTS = {
    "vi": {
        "not_json": "JSON Schema là tệp .json; không ghi vào tệp .yaml (có thể là tệp kế hoạch)",
        "not_json.hint": "vd. `-o {example}`",
        "not_a_schema": "tệp đã có và không phải JSON Schema; không ghi đè",
        "not_a_schema.hint": "chọn tên khác, vd. `-o {example}`",
    },
    "en": {
        "not_json": "a JSON Schema is a .json file; not written over a .yaml file (it may be a plan)",
        "not_json.hint": "e.g. `-o {example}`",
        "not_a_schema": "the file exists and is not a JSON Schema; not overwritten",
        "not_a_schema.hint": "choose another name, e.g. `-o {example}`",
    },
}


def schema_text() -> str:
    """The plan format's JSON Schema as text."""
    from tdkt.plan.models import Plan

    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", **Plan.model_json_schema()}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _output(value: Path | None) -> Path | None:
    """-o FILE: a .json file, never over a file that is not a schema already (a plan, say)."""
    if value is None:
        return None
    output_file(value, "schema.json")
    if value.suffix.lower() in (".yaml", ".yml"):
        raise UsageError("not_json", where=str(value), texts=TEXTS, example=value.with_suffix(".json"))
    if value.is_file() and not _is_schema(value):
        raise UsageError("not_a_schema", where=str(value), texts=TEXTS, example=value.with_name("tdkt-plan.schema.json"))
    return value


def _is_schema(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            start = handle.read(200)
    except OSError:
        return True  # writing there will say what is wrong
    return not start.strip() or b'"$schema"' in start


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
