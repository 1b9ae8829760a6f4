"""One way of building the same N-row table as a .docx, run as its own process by bench/run.py.

`python bench/baselines.py KIND ROWS OUT [TEMPLATE]`, KIND one of (`template`: write the
docxtpl template to OUT):
- `engine`: tdkt's builder alone (one Table block in a document frame, no plan, no template);
- `docxtpl`: docxtpl filling a `{%tr for %}` row of TEMPLATE (made by `make_template`);
- `cells`: python-docx's cell API (`add_row`, `cell.text`), the way most scripts do it.
The rows are those of a registration list: STT, name, position, title, awards, note.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HEADER = ("STT", "Họ và tên", "Chức vụ, đơn vị", "Danh hiệu thi đua", "Hình thức khen thưởng", "Ghi chú")
WIDTHS = (13, 45, 55, 40, 35, 18)


def rows(count: int) -> list[tuple[str, ...]]:
    """The list's rows, as plain strings."""
    return [(str(n + 1), f"Nguyễn Văn Người {n}", "Viên chức, Phòng chuyên môn số 1", "Lao động tiên tiến", "", "")
            for n in range(count)]


def make_template(path: Path) -> None:
    """A docxtpl template: the header row, then one row repeated for each item."""
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=4, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER):
        cell.text = text
    table.rows[1].cells[0].text = "{%tr for r in rows %}"
    for cell, i in zip(table.rows[2].cells, range(len(HEADER))):
        cell.text = f"{{{{ r[{i}] }}}}"
    table.rows[3].cells[0].text = "{%tr endfor %}"
    doc.save(str(path))


def engine(count: int, out: Path) -> None:
    from tdkt.docx.builder import build
    from tdkt.docx.spec import DocumentSpec
    from tdkt.markup.tree import Run, Table

    table = Table(WIDTHS, tuple((Run(h),) for h in HEADER),
                  tuple(tuple((Run(c),) if c else () for c in row) for row in rows(count)),
                  ("center", "left", "left", "left", "left", "left"))
    spec = DocumentSpec(agency="Trung tâm", number_line="Số: 1/ĐK", place_date="Sơn La, ngày 01 tháng 01 năm 2022",
                        kind="Danh sách", subject="Danh sách", body=(table,), signature_lines=("GIÁM ĐỐC",),
                        signer_name="Nguyễn Văn A", issued=date(2022, 1, 1))
    out.write_bytes(build(spec))


def docxtpl(count: int, out: Path, template: Path) -> None:
    from docxtpl import DocxTemplate

    doc = DocxTemplate(str(template))
    doc.render({"rows": rows(count)})
    doc.save(str(out))


def cells(count: int, out: Path) -> None:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADER):
        cell.text = text
    for row in rows(count):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.save(str(out))


def main() -> None:
    kind, count, out = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    if kind == "template":
        make_template(out)
    elif kind == "docxtpl":
        docxtpl(count, out, Path(sys.argv[4]))
    else:
        {"engine": engine, "cells": cells}[kind](count, out)


if __name__ == "__main__":
    main()
