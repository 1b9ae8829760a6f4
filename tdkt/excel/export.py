"""`tdkt export registrations`: a workbook the departments fill in with their đăng ký thi đua.

A summary sheet (Tổng hợp) holds the unit's own collective title (its first row, named
by the unit, without an id) and each department's; one sheet per
department (named by its id) lists its people with their titles. Headers are Vietnamese
and frozen, ids are text, and the title and award cells offer the year's regime's
names in a drop-down (a code typed instead is accepted with a warning by Excel).
"""

from __future__ import annotations

from datetime import datetime

from tdkt.excel.layout import DEPARTMENT_REGISTRATION, LISTS_SHEET, PEOPLE_REGISTRATION, SUMMARY_SHEET, Column
from tdkt.plan.models import Plan
from tdkt.rules.catalogue import Catalogue, load_catalogue

LIST_COLUMNS = ("individual", "collective", "award_individual", "award_collective")  # of the hidden sheet
SPARE_ROWS = 50  # rows under the list where a department may add people, with the same drop-downs
TEXTS = {
    "title_prompt": "Chọn trong danh sách hoặc ghi mã (vd. LDTT)",
    "awards_prompt": "Chọn hoặc ghi nhiều hình thức, cách nhau bằng dấu ;",
    "not_listed": "Không có trong danh mục của năm; tdkt sẽ báo khi nhập lại.",
}


def registrations_workbook(plan: Plan, catalogue: Catalogue | None = None) -> bytes:
    """The registration workbook of a plan, as .xlsx bytes (the same plan gives the same bytes)."""
    from openpyxl import Workbook

    from tdkt.excel.stable import workbook_bytes

    catalogue = catalogue or load_catalogue()
    regime = catalogue.regime_of(plan.year, plan.rules.regime)
    names = {e.code: e.name for e in catalogue.entries if regime.id in e.source}

    def name_of(ref: str | None) -> str:
        entry = catalogue.lookup(ref, regime) if ref else None
        return entry.name if entry else (ref or "")

    lists = {
        "individual": [e.name for e in catalogue.entries if e.kind == "title" and e.fits("individual") and e.code in names],
        "collective": [e.name for e in catalogue.entries if e.kind == "title" and e.fits("collective") and e.code in names],
        "award_individual": [e.name for e in catalogue.entries if e.kind == "award" and e.fits("individual") and e.code in names],
        "award_collective": [e.name for e in catalogue.entries if e.kind == "award" and e.fits("collective") and e.code in names],
    }
    workbook = Workbook(write_only=True)
    summary = workbook.create_sheet(SUMMARY_SHEET)
    registered = {r.department: r for r in plan.registrations}
    own = registered.get(None)  # the unit's own collective registration: the first row, without an id
    rows = [["", "", plan.unit.name, name_of(own.title) if own else "",
             "; ".join(name_of(a) for a in own.awards) if own else "", ""]]
    for n, dept in enumerate(plan.departments, 1):
        reg = registered.get(dept.id)
        count = sum(1 for p in reg.people if p.title or p.awards) if reg else 0
        rows.append([n, dept.id, dept.name, name_of(reg.title) if reg else "",
                     "; ".join(name_of(a) for a in reg.awards) if reg else "", count])
    _sheet(summary, DEPARTMENT_REGISTRATION, rows, {"title": "collective", "awards": "award_collective"})
    for dept in plan.departments:
        reg = registered.get(dept.id)
        entries = {e.person: e for e in reg.people} if reg else {}
        rows = []
        for n, person in enumerate(dept.members, 1):
            entry = entries.get(person.id)
            rows.append([n, person.id, person.name, person.position or "",
                         name_of(entry.title) if entry else "",
                         "; ".join(name_of(a) for a in entry.awards) if entry else ""])
        _sheet(workbook.create_sheet(_sheet_title(dept.id)), PEOPLE_REGISTRATION, rows,
               {"title": "individual", "awards": "award_individual"})
    _lists(workbook.create_sheet(LISTS_SHEET), lists)
    return workbook_bytes(workbook, datetime(plan.year, 1, 1))


def _sheet(sheet, columns: tuple[Column, ...], rows: list[list], choices: dict[str, str]) -> None:
    """Widths, frozen header, id columns as text, drop-downs on the title and award columns, then the rows.

    The workbook is written as a stream (openpyxl's write-only mode): a 20,000-person
    plan exports in a few seconds.
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    last = len(rows) + 1 + SPARE_ROWS
    for index, column in enumerate(columns, 1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        if column.text:  # what is typed in the column stays text (`012` stays `012`)
            sheet.column_dimensions[letter].number_format = "@"
        if column.key in choices:
            list_letter = get_column_letter(LIST_COLUMNS.index(choices[column.key]) + 1)
            several = column.key == "awards"
            check = DataValidation(type="list", formula1=f"='{LISTS_SHEET}'!${list_letter}$2:${list_letter}$20",
                                   allow_blank=True, showErrorMessage=not several, errorStyle="warning",
                                   promptTitle=column.header, prompt=TEXTS["awards_prompt" if several else "title_prompt"],
                                   error=TEXTS["not_listed"])
            check.showInputMessage = True
            check.add(f"{letter}2:{letter}{last}")
            sheet.data_validations.append(check)
    sheet.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font, cell.fill, cell.alignment = bold, fill, centre
        header.append(cell)
    sheet.append(header)
    text_columns = [i for i, c in enumerate(columns) if c.text]
    for row in rows:
        for i in text_columns:
            cell = WriteOnlyCell(sheet, str(row[i]))
            cell.number_format = "@"
            row[i] = cell
        sheet.append(row)


def _lists(sheet, lists: dict[str, list[str]]) -> None:
    """The hidden sheet the drop-downs read from."""
    headers = ("Danh hiệu cá nhân", "Danh hiệu tập thể", "Khen thưởng cá nhân", "Khen thưởng tập thể")
    columns = [lists[key] for key in LIST_COLUMNS]
    for letter in "ABCD":
        sheet.column_dimensions[letter].width = 40
    sheet.sheet_state = "hidden"
    sheet.append(list(headers))
    for row in range(max(len(c) for c in columns)):
        sheet.append([c[row] if row < len(c) else None for c in columns])


def _sheet_title(dept_id: str) -> str:
    """A department's sheet: its id (Excel allows 31 characters and no `[]:*?/\\`)."""
    return "".join(ch for ch in dept_id if ch not in "[]:*?/\\")[:31]
