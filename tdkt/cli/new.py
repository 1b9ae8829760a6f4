"""`tdkt new`: a starter plan for an agency, a school or a commune, valid as written."""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import LangOption, lang_of
from tdkt.cli.output import say
from tdkt.errors import UsageError, UserError
from tdkt.plan.dates import dmy
from tdkt.plan.period import Period
from tdkt.plan_files import SCHEMA_NAME

KINDS = ("agency", "school", "commune")
TEXTS = {
    "vi": {
        "bad_kind": "--kind chỉ nhận agency (cơ quan, đơn vị), school (trường học) hoặc commune (xã, phường), không nhận `{value}`.",
        "bad_year": "--year: năm từ 2000 đến 2100 (trường học: hoặc năm học, vd. 2025-2026), không phải {value}",
        "bad_year.hint": "ghi năm bằng 4 chữ số, vd. `--year 2026`; trường học có thể ghi năm học, vd. `--year 2025-2026`",
        "school_year_for": "--year: `{value}` là năm học, nhưng kế hoạch --kind {kind} lập theo năm",
        "school_year_for.hint": "ghi năm, vd. `--year {year}`; kế hoạch của trường học thì thêm `--kind school`",
        "commune_before": "--kind commune là xã, phường của chính quyền địa phương hai cấp, có từ {start}: --year từ {year} trở đi, không phải {value}",
        "exists": "Không ghi đè: {path} đã có. Chọn tên tệp khác.",
        "exists.hint": "ghi tên tệp khác sau `tdkt new`, hoặc tạo trong thư mục khác, vd. `tdkt new don-vi-b/{name}`",
        "written": "Đã tạo {path}. Sửa các chỗ ghi \"(sửa)\", rồi chạy: tdkt validate {path}",
        "schema": "Đã ghi {path} để trình soạn thảo gợi ý khóa.",
    },
    "en": {
        "bad_kind": "--kind takes agency, school or commune, not `{value}`.",
        "bad_year": "--year: a year from 2000 to 2100 (a school: or its school year, e.g. 2025-2026), not {value}",
        "bad_year.hint": "write the year in 4 digits, e.g. `--year 2026`; a school may give its school year, e.g. `--year 2025-2026`",
        "school_year_for": "--year: `{value}` is a school year, but a --kind {kind} plan runs by calendar year",
        "school_year_for.hint": "write a year, e.g. `--year {year}`; for a school's plan add `--kind school`",
        "commune_before": "--kind commune is a commune of the two-level local government, which began on {start}: --year from {year} on, not {value}",
        "exists": "Not overwritten: {path} exists. Choose another file name.",
        "exists.hint": "name another file after `tdkt new`, or make it in another folder, e.g. `tdkt new unit-b/{name}`",
        "written": "Created {path}. Fill in the places marked `(sửa)`, then run: tdkt validate {path}",
        "schema": "Wrote {path} so that editors can suggest keys.",
    },
}


ISSUED = {"agency": (1, 10), "school": (9, 8), "commune": (1, 14)}  # month, day a starter plan is dated
COMMUNE_FIRST_PLAN = 15  # day of the month the two-level local government began in: a commune's first plan


def issued_on(kind: str, year: int) -> date:
    """The date a starter plan carries: early in its period, and for a commune (a two-level
    commune, from the month the district level was abolished) not before the commune exists."""
    issued = date(year, *ISSUED[kind])
    if kind == "commune":
        begins = two_level_start()
        if issued < begins:
            issued = date(begins.year, begins.month, COMMUNE_FIRST_PLAN)
    return issued


@cache
def two_level_start() -> date:
    """The first day of the first regime with no district level (tdkt/rules/data/authority.yaml)."""
    from tdkt.rules.authority import levels_in
    from tdkt.rules.catalogue import load_catalogue

    return next(r.valid_from for r in load_catalogue().regimes if "huyen" not in levels_in(r.id))


def _bases(issued: date) -> str:
    """The TĐKT law and decree in force on the plan's date, as its first "Căn cứ" lines."""
    from tdkt.rules.authority import decision_bases
    from tdkt.rules.catalogue import load_catalogue

    regime = load_catalogue().regime_for_year(issued)
    return "\n".join(f'    - {{lead: Căn cứ, text: "{text}"}}' for text, _ in decision_bases(regime.id))


# who manages a school (its letterhead's first line): before the district level was abolished
# its district's education office, from then on its commune's or ward's people's committee
SCHOOL_PARENT = {True: "UBND XÃ VÍ DỤ", False: "PHÒNG GD&ĐT HUYỆN VÍ DỤ"}


def starter_text(kind: str, year: int) -> str:
    """The starter plan of a kind, for the calendar year or the school year starting in `year`."""
    text = resources.files("tdkt.starters").joinpath(f"{kind}.yaml").read_text(encoding="utf-8")
    issued = issued_on(kind, year)
    text = text.replace("__DATE__", issued.strftime("%d/%m/%Y")).replace("__BASES__", _bases(issued))
    text = text.replace("__PARENT__", SCHOOL_PARENT[issued >= two_level_start()])
    return text.replace("__PREV__", str(year - 1)).replace("__NEXT__", str(year + 1)).replace("__YEAR__", str(year))


def _year(value: str | None) -> str | None:
    if value is not None and _first_year(value, school=True) is None and _first_year(value, school=False) is None:
        raise UsageError("bad_year", texts=TEXTS, value=value)
    return value


def _first_year(value: str, school: bool) -> int | None:
    """A year (2026), or for a school its school year (2025-2026, or 2025 for the one it starts
    in), read as the year it starts; within the years a plan may have (Period.parse)."""
    period = Period.parse(value)
    if period is not None and school and not period.school:
        period = Period.parse(f"{period.start.year}-{period.start.year + 1}")
    return period.start.year if period is not None and period.school == school else None


def new(
    file: Annotated[Path | None, typer.Argument(show_default=False)] = None,
    kind: Annotated[str, typer.Option("--kind")] = "agency",
    year: Annotated[str | None, typer.Option("--year", callback=_year)] = None,
    lang: LangOption = None,
) -> None:
    """Write a starter plan (help: tdkt.cli.help)."""
    from tdkt.files import write_new

    language = lang_of(lang)
    texts = TEXTS[language]
    if kind not in KINDS:
        raise UsageError("bad_kind", texts=TEXTS, value=kind)
    today = date.today()
    if year is None:
        year = today.year if kind != "school" or today.month >= 7 else today.year - 1
    elif (first := _first_year(year, kind == "school")) is None:
        if (start := _first_year(year, school=True)) is not None:
            raise UsageError("school_year_for", texts=TEXTS, value=year, kind=kind, year=start)
        raise UsageError("bad_year", texts=TEXTS, value=year)
    else:
        year = first
    if kind == "commune" and year < two_level_start().year:
        start = two_level_start()
        raise UsageError("commune_before", texts=TEXTS, start=dmy(start), year=start.year, value=year)
    name = f"{year}-{year + 1}.yaml" if kind == "school" else f"{year}.yaml"
    target = file or Path("plans") / name
    if not write_new(target, starter_text(kind, year).encode("utf-8")):
        raise UserError("exists", texts=TEXTS, path=target, name=name)
    schema_file = target.parent / SCHEMA_NAME
    if not schema_file.exists():
        from tdkt.cli.schema import schema_text

        write_new(schema_file, schema_text().encode("utf-8"))
        say(texts["schema"].format(path=schema_file))
    say(texts["written"].format(path=target))
