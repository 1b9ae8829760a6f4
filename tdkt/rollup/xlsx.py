"""The roll-up's lists and statistics forms as .xlsx workbooks (openpyxl, imported here only).

Counts are numbers; a lower bound is a number shown as `≥ n` (number format); "not
available" is the text `…` and "not applicable" `x`, as in the .docx forms.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from tdkt.plan.period import Period
from tdkt.rollup.documents import ISSUED, proposal_title, registration_title
from tdkt.rollup.forms import CIRCULAR, Form
from tdkt.rollup.lists import Group, ListRow

LOWER_BOUND_FORMAT = '"≥ "0'
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _workbook(title: str, period: Period):
    from openpyxl import Workbook

    book = Workbook()
    stamp = datetime(period.year, *ISSUED)  # the same date as the .docx documents
    book.properties.created = book.properties.modified = stamp
    book.properties.title = title
    book.properties.creator = book.properties.lastModifiedBy = "tdkt"
    return book, book.active


def _bytes(book) -> bytes:
    """The workbook's bytes, the same for the same content: openpyxl stamps the save time into
    docProps/core.xml and the zip entries, so both are set back to the workbook's own date."""
    raw = io.BytesIO()
    book.save(raw)
    stamp = book.properties.created.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(), data)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)
    return out.getvalue()


def _header(sheet, lines: list[str], columns: list[tuple[str, int]]) -> int:
    from openpyxl.styles import Alignment, Font

    for index, line in enumerate(lines, start=1):
        sheet.cell(index, 1, line).font = Font(bold=index == 1)
    row = len(lines) + 2
    for col, (label, width) in enumerate(columns, start=1):
        cell = sheet.cell(row, col, label)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[cell.column_letter].width = width
    sheet.freeze_panes = sheet.cell(row + 1, 1)
    return row + 1


def registrations(office: str, period: Period, units: list[tuple[str, tuple[ListRow, ...]]]) -> bytes:
    title = registration_title(period)
    book, sheet = _workbook(title, period)
    sheet.title = "Đăng ký"
    row = _header(sheet, [title, office], [("STT", 6), ("Đơn vị", 36), ("Tập thể, cá nhân", 12), ("Tên", 30),
                                           ("Chức vụ, đơn vị", 36), ("Danh hiệu thi đua", 30), ("Hình thức khen thưởng", 30)])
    number = 0
    for _, rows in units:
        for r in rows:
            number += 1
            for col, value in enumerate((number, r.unit, r.kind, r.name, r.position, r.titles, r.awards), start=1):
                sheet.cell(row, col, value)
            row += 1
    return _bytes(book)


def proposals(office: str, period: Period, groups: list[Group]) -> bytes:
    title = proposal_title(period)
    book, sheet = _workbook(title, period)
    sheet.title = "Đề nghị"
    row = _header(sheet, [title, office], [("STT", 6), ("Cấp quyết định", 40), ("Căn cứ thẩm quyền", 30), ("Đơn vị", 36),
                                           ("Tập thể, cá nhân", 12), ("Tên", 30), ("Chức vụ, đơn vị", 36),
                                           ("Danh hiệu thi đua", 30), ("Hình thức khen thưởng", 30), ("Tỷ lệ phiếu", 10),
                                           ("Tóm tắt thành tích", 50)])
    number = 0
    for group in groups:
        for _, rows in group.units:
            for r in rows:
                number += 1
                values = (number, group.heading, group.basis, r.unit, r.kind, r.name, r.position, r.titles, r.awards,
                          r.votes, r.achievements)
                for col, value in enumerate(values, start=1):
                    sheet.cell(row, col, value)
                row += 1
    return _bytes(book)


def form(office: str, receiver: str | None, period: Period, form: Form) -> bytes:
    """One form: its header lines, the column heads and numbers, the rows, then the notes."""
    from openpyxl.styles import Font

    book, sheet = _workbook(f"Biểu số {form.number}: {form.title}", period)
    sheet.title = "Biểu " + form.number.split(".")[0]
    has_measure = not form.measure
    heads = [("", 48), ("Mã số", 8), *([("Đơn vị tính", 12)] if has_measure else []),
             *((form.heading(c), 16) for c in form.columns)]
    lines = [f"Biểu số: {form.number} (*)", form.title.upper(), f"Ban hành theo {CIRCULAR}",
             "Ngày nhận báo cáo: ngày 15 tháng 12 năm báo cáo", form.covers, f"Đơn vị báo cáo: {office}",
             f"Đơn vị nhận báo cáo: {receiver or '…'}"] + ([f"Đơn vị tính: {form.measure}"] if form.measure else [])
    row = _header(sheet, lines, heads)
    numbers = ["A", "B", *(["C"] if has_measure else []), *(c.number for c in form.columns)]
    for col, value in enumerate(numbers, start=1):
        sheet.cell(row, col, value).font = Font(bold=True)
    row += 1
    first = 3 + (1 if has_measure else 0)
    for r in form.rows:
        label = r.label + (" (*)" if r.unconfirmed else "")
        sheet.cell(row, 1, label).font = Font(bold=r.kind in ("total", "section"))
        if r.kind != "section":
            sheet.cell(row, 2, r.code)
            if has_measure:
                sheet.cell(row, 3, r.measure)
            for offset, column in enumerate(form.columns):
                cell = form.cell(r, column)
                target = sheet.cell(row, first + offset)
                if cell.applies and cell.value is not None:
                    target.value = cell.value
                    if cell.partial:
                        target.number_format = LOWER_BOUND_FORMAT
                else:
                    target.value = cell.text()
        row += 1
    row += 1
    for note in form.notes:
        sheet.cell(row, 1, note)
        row += 1
    return _bytes(book)
