"""The roll-up's documents as Drafts: the two consolidated lists and one per statistics form.

The frame is the roll-up office's (rollup.yaml `office:`, or --issuer/--place): its
letterhead, a blank number and date for the clerk, and its head's signature (a marked place
for the name when rollup.yaml gives none, as the unit documents mark what is missing).
Every document words the roll-up's period, a calendar year or a school year, as Period does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tdkt.documents import common
from tdkt.documents.draft import Draft
from tdkt.docx.spec import DocumentSpec
from tdkt.plan.period import Period
from tdkt.rollup.forms import CIRCULAR, Form
from tdkt.rollup.lists import Group, ListRow

LIST_ABBREVIATION = "DS"  # Danh sách (Phụ lục III Nghị định 30/2020/NĐ-CP)
SIGNER_TO_FILL = "[Đơn vị bổ sung: họ và tên người ký]"  # no `office.signer.name` in rollup.yaml
ISSUED = (12, 15)  # the date in the documents' properties: the forms' receiving day, 15/12


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


def frame(office: Office, period: Period, kind: str, subject: str, numbered: bool, keywords: tuple[str, ...]) -> DocumentSpec:
    """Letterhead, number, a date line left blank in the year the period ends, the signature."""
    symbol = f"{LIST_ABBREVIATION}-{office.abbreviation}" if office.abbreviation else LIST_ABBREVIATION
    return DocumentSpec(
        agency=office.name, parent=office.parent, agency_lines=(office.name,),
        number_line=common.number_line(None, symbol) if numbered else "",
        place_date=f"{office.place}, {common.long_date_or_blank(None, period.year)}",
        kind=kind, subject=subject, body=(), signature_lines=(office.signer_position,),
        signer_name=office.signer_name or SIGNER_TO_FILL, issued=date(period.year, *ISSUED), recipients=(),
        filing="Lưu: VT.", keywords=("thi đua", "khen thưởng", "tổng hợp", period.name, *keywords),
    )


def file_name(stem: str, period: Period) -> str:
    """`tong-hop-dang-ky-2022.docx`, `bieu-0601-2025-2026.docx`."""
    return common.file_name(None, stem, period.name)


def _period(period: Period) -> dict:
    """The period as the templates read it: `period.label`, `period.name`, `period.school`."""
    return {"label": period.label, "name": period.name, "school": period.school}


def _rows(rows: tuple[ListRow, ...]) -> list[dict]:
    return [dict(vars(r)) for r in rows]


def registration_title(period: Period) -> str:
    return f"Tổng hợp đăng ký thi đua {period.label} của các đơn vị"


def proposal_title(period: Period) -> str:
    return f"Tổng hợp đề nghị công nhận danh hiệu thi đua và khen thưởng {period.label} của các đơn vị"


def registration_draft(office: Office, period: Period, units: list[tuple[str, tuple[ListRow, ...]]],
                       left_out: list[dict]) -> Draft:
    context = {"office": office.name, "year": period.year, "period": _period(period), "left_out": left_out,
               "units": [{"name": name, "rows": _rows(rows)} for name, rows in units]}
    spec = frame(office, period, "Danh sách", registration_title(period), True, ("đăng ký",))
    return Draft(file_name("tong-hop-dang-ky", period), "tong_hop_dang_ky", context, spec)


def proposal_draft(office: Office, period: Period, groups: list[Group], units_count: int, left_out: list[dict]) -> Draft:
    context = {"office": office.name, "year": period.year, "period": _period(period), "units_count": units_count,
               "left_out": left_out,
               "groups": [{"heading": g.heading, "basis": g.basis,
                           "units": [{"name": name, "rows": _rows(rows)} for name, rows in g.units]} for g in groups]}
    spec = frame(office, period, "Danh sách", proposal_title(period), True, ("đề nghị",))
    return Draft(file_name("tong-hop-de-nghi", period), "tong_hop_de_nghi", context, spec)


def form_draft(office: Office, period: Period, form: Form) -> Draft:
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
               "measure": form.measure, "covers": form.covers, "notes": list(form.notes), "landscape": landscape, "widths": widths,
               "header": header, "numbers": numbers, "rows": rows, "preparer": office.preparer}
    spec = frame(office, period, f"Biểu số {form.number}", form.title, False, ("thống kê", form.number))
    return Draft(file_name(form.slug, period), "bieu_thong_ke", context, spec)
