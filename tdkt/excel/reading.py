"""Reading a clerk's workbook: sheets, the header row, rows with their cell addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from tdkt.excel.layout import LISTS_SHEET, Column, match_headers
from tdkt.rules.catalogue import fold

HEADER_ROWS = 10  # the header may sit under a title of a few rows
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


@dataclass(frozen=True)
class Problem:
    """What is wrong in a workbook and at which cell (`Sheet!C7`): a message code and its values."""

    sheet: str
    cell: str
    code: str
    params: dict = field(default_factory=dict, hash=False, compare=False)


class Unreadable(Exception):
    """The file is not a workbook openpyxl can read."""


@dataclass
class Row:
    """A data row: its number and the cells of the known columns, by key."""

    sheet: str
    number: int
    values: dict[str, object]
    columns: dict[str, int]

    def cell(self, key: str) -> str:
        """`E7`: where a column's value of this row stands (column A when the column is missing)."""
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.columns.get(key, 0) + 1)}{self.number}"

    def text(self, key: str) -> str | None:
        return as_text(self.values.get(key))


@dataclass
class Sheet:
    name: str
    header_row: int
    columns: dict[str, int]
    rows: list[Row]


def open_workbook(path: Path):
    from openpyxl import load_workbook

    if path.is_dir():
        raise Unreadable("folder")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (FileNotFoundError, IsADirectoryError):
        raise Unreadable("missing") from None
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException: not an .xlsx
        raise Unreadable(type(exc).__name__) from None


def sheets(workbook, columns: tuple[Column, ...], problems: list[Problem]) -> Iterator[Sheet]:
    """Each visible sheet with a recognisable header row; one without is a problem."""
    for worksheet in workbook.worksheets:
        if fold(worksheet.title) == fold(LISTS_SHEET) or getattr(worksheet, "sheet_state", "visible") != "visible":
            continue
        rows = worksheet.iter_rows(values_only=True)
        header, found, titles = 0, {}, ()
        for number, cells in enumerate(rows, 1):
            if number > HEADER_ROWS:
                break
            found = match_headers(list(cells), columns)
            if len(found) >= 2:
                header, titles = number, cells
                break
        if not header:
            problems.append(Problem(worksheet.title, "A1", "no_headers",
                                    {"expected": ", ".join(c.header for c in columns if c.key != "stt")}))
            continue
        problems.extend(_merged_data(worksheet, header, set(found.values())))
        keys = tuple(found.items())
        data, unnamed = [], {index for index, title in enumerate(titles) if as_text(title) is None}
        for number, cells in enumerate(rows, header + 1):
            for index in [i for i in unnamed if i < len(cells) and as_text(cells[i]) is not None]:
                problems.append(Problem(worksheet.title, _cell(index, header), "unnamed_column", {"first": _cell(index, number)}))
                unnamed.discard(index)
            values = {key: cells[index] if index < len(cells) else None for key, index in keys}
            if all(as_text(v) is None for k, v in values.items() if k != "stt"):
                continue  # an empty row (or one with only its STT)
            data.append(Row(worksheet.title, number, values, found))
        yield Sheet(worksheet.title, header, found, data)


def _cell(index: int, row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(index + 1)}{row}"


def _merged_data(worksheet, header: int, columns: set[int]) -> list[Problem]:
    """A problem for each merged range below the header over a known column: Excel keeps the
    value in its first cell only, so the rows under it would read as blank."""
    from openpyxl.utils import range_boundaries

    found = []
    for ref in merged_ranges(worksheet):
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if max_row > header and any(min_col - 1 <= index <= max_col - 1 for index in columns):
            found.append(Problem(worksheet.title, ref.split(":")[0], "merged", {"range": ref}))
    return found


def merged_ranges(worksheet) -> list[str]:
    """`["E2:E3", …]`: a sheet's merged ranges (a read-only sheet's, from its XML)."""
    ranges = getattr(worksheet, "merged_cells", None)
    if ranges is not None:
        return [str(r) for r in ranges.ranges]
    with worksheet._get_source() as source:  # openpyxl's read-only sheets do not parse them
        return [m.decode("ascii") for m in _MERGE.findall(source.read())]


def as_text(value: object) -> str | None:
    """A cell as text: numbers without `.0`, dates as 31/12/2022, blanks as None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    text = str(value).strip()
    return text or None
