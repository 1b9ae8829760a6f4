"""The roll-up's documents as Drafts: the two consolidated lists and one per statistics form.

The frame is the roll-up office's (rollup.yaml `office:`, or --issuer/--place): its
letterhead, a blank number and date for the clerk, and its head's signature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tdkt.documents import common
from tdkt.documents.draft import Draft
from tdkt.docx.spec import DocumentSpec
from tdkt.rollup.forms import CIRCULAR, Form
from tdkt.rollup.lists import Group, ListRow

LIST_ABBREVIATION = "DS"  # Danh sách (Phụ lục III Nghị định 30/2020/NĐ-CP)


@dataclass(frozen=True)
class Office:
    """Who issues the roll-up documents."""

    name: str
    place: str
    parent: tuple[str, ...] = ()
    abbreviation: str | None = None
    receiver: str | None = None
    signer_name: str = ""
    signer_position: str = "Thủ trưởng đơn vị"
    preparer: str | None = None


def frame(office: Office, year: int, kind: str, subject: str, numbered: bool, keywords: tuple[str, ...]) -> DocumentSpec:
    symbol = f"{LIST_ABBREVIATION}-{office.abbreviation}" if office.abbreviation else LIST_ABBREVIATION
    return DocumentSpec(
        agency=office.name, parent=office.parent, agency_lines=(office.name,),
        number_line=common.number_line(None, symbol) if numbered else "",
        place_date=f"{office.place}, ngày      tháng      năm {year}",
        kind=kind, subject=subject, body=(), signature_lines=(office.signer_position,),
        signer_name=office.signer_name, issued=date(year, 12, 15), recipients=(), filing="Lưu: VT.",
        keywords=("thi đua", "khen thưởng", "tổng hợp", str(year), *keywords),
    )


def file_name(stem: str, year: int) -> str:
    return common.file_name(None, stem, year)


def _rows(rows: tuple[ListRow, ...]) -> list[dict]:
    return [dict(vars(r)) for r in rows]


def registration_draft(office: Office, year: int, units: list[tuple[str, tuple[ListRow, ...]]], left_out: list[dict]) -> Draft:
    context = {"office": office.name, "year": year, "left_out": left_out,
               "units": [{"name": name, "rows": _rows(rows)} for name, rows in units]}
    spec = frame(office, year, "Danh sách", f"Tổng hợp đăng ký thi đua năm {year} của các đơn vị", True, ("đăng ký",))
    return Draft(file_name("tong-hop-dang-ky", year), "tong_hop_dang_ky", context, spec)


def proposal_draft(office: Office, year: int, groups: list[Group], units_count: int, left_out: list[dict]) -> Draft:
    context = {"office": office.name, "year": year, "units_count": units_count, "left_out": left_out,
               "groups": [{"heading": g.heading, "basis": g.basis,
                           "units": [{"name": name, "rows": _rows(rows)} for name, rows in g.units]} for g in groups]}
    spec = frame(office, year, "Danh sách",
                 f"Tổng hợp đề nghị công nhận danh hiệu thi đua và khen thưởng năm {year} của các đơn vị", True, ("đề nghị",))
    return Draft(file_name("tong-hop-de-nghi", year), "tong_hop_de_nghi", context, spec)


def form_draft(office: Office, year: int, form: Form) -> Draft:
    """One statistics form: its header lines and notes, then the table (landscape when wide)."""
    has_measure = not form.measure
    header = ["", "Mã số", *(["Đơn vị tính"] if has_measure else []),
              *(form.heading(c) for c in form.columns)]
    numbers = ["A", "B", *(["C"] if has_measure else []), *(c.number for c in form.columns)]
    rows = []
    for row in form.rows:
        label = row.label + (" (*)" if row.unconfirmed else "")
        if row.kind == "section":
            rows.append({"label": label, "bold": True, "cells": [""] * (len(numbers) - 1)})
            continue
        values = [form.cell(row, c).text() for c in form.columns]
        rows.append({"label": label, "bold": row.kind == "total",
                     "cells": [row.code, *([row.measure] if has_measure else []), *values]})
    landscape = len(form.columns) > 6
    label, code, measure, data = (50, 8, 13, 14) if landscape else (44, 8, 17, 18)
    widths = " ".join([str(label), f"{code}:c", *([f"{measure}:c"] if has_measure else []),
                       *([f"{data}:c"] * len(form.columns))])
    context = {"number": form.number, "circular": CIRCULAR, "office": office.name, "receiver": office.receiver,
               "measure": form.measure, "notes": list(form.notes), "landscape": landscape, "widths": widths,
               "header": header, "numbers": numbers, "rows": rows, "preparer": office.preparer}
    spec = frame(office, year, f"Biểu số {form.number}", form.title, False, ("thống kê", form.number))
    return Draft(file_name(form.slug, year), "bieu_thong_ke", context, spec)
