"""`tdkt new`: a starter plan for an agency, a school or a commune, valid as written."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import LangOption, lang_of
from tdkt.cli.output import say
from tdkt.errors import UsageError, UserError

KINDS = ("agency", "school", "commune")
from tdkt.plan_files import SCHEMA_NAME
TEXTS = {
    "vi": {
        "bad_kind": "--kind chỉ nhận agency (cơ quan, đơn vị), school (trường học) hoặc commune (xã, phường).",
        "bad_year": "--year: năm từ 2000 đến 2099, không phải {value}",
        "exists": "Không ghi đè: {path} đã có. Chọn tên tệp khác.",
        "written": "Đã tạo {path}. Sửa các chỗ ghi \"(sửa)\", rồi chạy: tdkt validate {path}",
        "schema": "Đã ghi {path} để trình soạn thảo gợi ý khóa.",
    },
    "en": {
        "bad_kind": "--kind takes agency, school or commune.",
        "bad_year": "--year: a year from 2000 to 2099, not {value}",
        "exists": "Not overwritten: {path} exists. Choose another file name.",
        "written": "Created {path}. Fill in the places marked `(sửa)`, then run: tdkt validate {path}",
        "schema": "Wrote {path} so that editors can suggest keys.",
    },
}


def starter_text(kind: str, year: int) -> str:
    """The starter plan of a kind, for the calendar year or the school year starting in `year`."""
    text = resources.files("tdkt.starters").joinpath(f"{kind}.yaml").read_text(encoding="utf-8")
    return text.replace("__PREV__", str(year - 1)).replace("__NEXT__", str(year + 1)).replace("__YEAR__", str(year))


def _year(value: int | None) -> int | None:
    if value is not None and not 2000 <= value <= 2099:
        raise UsageError("bad_year", texts=TEXTS, value=value)
    return value


def new(
    file: Annotated[Path | None, typer.Argument(show_default=False)] = None,
    kind: Annotated[str, typer.Option("--kind")] = "agency",
    year: Annotated[int | None, typer.Option("--year", callback=_year)] = None,
    lang: LangOption = None,
) -> None:
    """Write a starter plan (help: tdkt.cli.help)."""
    from tdkt.files import write_new

    language = lang_of(lang)
    texts = TEXTS[language]
    if kind not in KINDS:
        raise UsageError("bad_kind", texts=TEXTS)
    today = date.today()
    year = year or (today.year if kind != "school" or today.month >= 7 else today.year - 1)
    name = f"{year}-{year + 1}.yaml" if kind == "school" else f"{year}.yaml"
    target = file or Path("plans") / name
    if not write_new(target, starter_text(kind, year).encode("utf-8")):
        raise UserError("exists", texts=TEXTS, path=target)
    schema_file = target.parent / SCHEMA_NAME
    if not schema_file.exists():
        from tdkt.cli.schema import schema_text

        write_new(schema_file, schema_text().encode("utf-8"))
        say(texts["schema"].format(path=schema_file))
    say(texts["written"].format(path=target))
