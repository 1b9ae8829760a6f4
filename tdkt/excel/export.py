"""`tdkt export registrations`: a workbook the departments fill in with their đăng ký thi đua.

A summary sheet (Tổng hợp) holds each department's collective title; one sheet per
department (named by its id) lists its people with their titles. Headers are Vietnamese
and frozen, ids are text, and the title and award cells offer the year's regime's
names in a drop-down (a code typed instead is accepted with a warning by Excel).
"""

from __future__ import annotations

from datetime import datetime

from tdkt.excel.layout import DEPARTMENT_REGISTRATION, LISTS_SHEET, PEOPLE_REGISTRATION, SUMMARY_SHEET, Column
from tdkt.plan.models import Plan
from tdkt.rules.catalogue import Catalogue, load_catalogue

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
    workbook = Workbook()
    summary = workbook.active
    summary.title = SUMMARY_SHEET
    registered = {r.department: r for r in plan.registrations}
    rows = []
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
    """Header, rows, widths, frozen header, text ids, and drop-downs on the title and award columns."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet.append([c.header for c in columns])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in rows:
        sheet.append(row)
    last = len(rows) + 1 + SPARE_ROWS
    for index, column in enumerate(columns, 1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        if column.text:
            for (cell,) in sheet.iter_rows(min_row=2, max_row=last, min_col=index, max_col=index):
                cell.number_format = "@"
                if cell.value is not None:
                    cell.value = str(cell.value)
        if column.key in choices:
            kind = choices[column.key]
            count = {"individual": 0, "collective": 1, "award_individual": 2, "award_collective": 3}[kind]
            list_letter = get_column_letter(count + 1)
            several = column.key == "awards"
            check = DataValidation(type="list", formula1=f"='{LISTS_SHEET}'!${list_letter}$2:${list_letter}$20",
                                   allow_blank=True, showErrorMessage=not several, errorStyle="warning",
                                   promptTitle=column.header, prompt=TEXTS["awards_prompt" if several else "title_prompt"],
                                   error=TEXTS["not_listed"])
            check.showInputMessage = True
            check.add(f"{letter}2:{letter}{last}")
            sheet.add_data_validation(check)
    sheet.freeze_panes = "A2"


def _lists(sheet, lists: dict[str, list[str]]) -> None:
    """The hidden sheet the drop-downs read from."""
    headers = ("Danh hiệu cá nhân", "Danh hiệu tập thể", "Khen thưởng cá nhân", "Khen thưởng tập thể")
    columns = list(lists.values())
    sheet.append(list(headers))
    for row in range(max(len(c) for c in columns)):
        sheet.append([c[row] if row < len(c) else None for c in columns])
    for letter in "ABCD":
        sheet.column_dimensions[letter].width = 40
    sheet.sheet_state = "hidden"


def _sheet_title(dept_id: str) -> str:
    """A department's sheet: its id (Excel allows 31 characters and no `[]:*?/\\`)."""
    return "".join(ch for ch in dept_id if ch not in "[]:*?/\\")[:31]
