"""The Danh sách đề nghị khen thưởng of a Tờ trình as a workbook, for levels above that ask for one."""

from __future__ import annotations

from datetime import datetime

HEADERS = (("STT", 6), ("Tên tập thể, họ và tên cá nhân", 34), ("Chức vụ, đơn vị công tác", 34),
           ("Danh hiệu, hình thức khen thưởng đề nghị", 30), ("Tỷ lệ phiếu", 10), ("Tóm tắt thành tích", 60))
SECTIONS = (("collectives", "I. TẬP THỂ"), ("individuals", "II. CÁ NHÂN"))


def proposal_workbook(context: dict, stamp: datetime) -> bytes:
    """The list from the proposal's context (the same one the Word document is made from)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from tdkt.excel.stable import workbook_bytes

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách đề nghị"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    sheet.append([f"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM {context['year']}"])
    note = context["attachment"]
    sheet.append([note if note.startswith("(") else f"({note})"])
    sheet.append([])
    sheet.append([h for h, _ in HEADERS])
    for n, (_, width) in enumerate(HEADERS, 1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    for cell in sheet[4]:
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet["A1"].font = bold
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    for key, heading in SECTIONS:
        rows = context[key]
        if not rows:
            continue
        sheet.append(["", heading])
        sheet.cell(sheet.max_row, 2).font = bold
        for n, row in enumerate(rows, 1):
            sheet.append([n, row["name"], row.get("position", ""), row["titles"], row["votes"], row["achievements"]])
            for cell in sheet[sheet.max_row]:
                cell.alignment = wrap
    sheet.freeze_panes = "A5"
    return workbook_bytes(book, stamp)
