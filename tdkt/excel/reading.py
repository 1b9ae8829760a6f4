"""Reading a clerk's workbook: sheets, the header row, rows with their cell addresses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from tdkt.excel.layout import LISTS_SHEET, Column, match_headers
from tdkt.rules.catalogue import fold

HEADER_ROWS = 10  # the header may sit under a title of a few rows


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
        header, found = 0, {}
        for number, cells in enumerate(rows, 1):
            if number > HEADER_ROWS:
                break
            found = match_headers(list(cells), columns)
            if len(found) >= 2:
                header = number
                break
        if not header:
            problems.append(Problem(worksheet.title, "A1", "no_headers",
                                    {"expected": ", ".join(c.header for c in columns if c.key != "stt")}))
            continue
        keys = tuple(found.items())
        data = []
        for number, cells in enumerate(rows, header + 1):
            values = {key: cells[index] if index < len(cells) else None for key, index in keys}
            if all(as_text(v) is None for k, v in values.items() if k != "stt"):
                continue  # an empty row (or one with only its STT)
            data.append(Row(worksheet.title, number, values, found))
        yield Sheet(worksheet.title, header, found, data)


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
