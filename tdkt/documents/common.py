"""Pieces every document kind shares: number line, date line, signature, citations, file names."""

from __future__ import annotations

import unicodedata
from datetime import date

from tdkt.plan.dates import dmy, long_date
from tdkt.plan.models import LegalBasis, Plan, Signer


def reference(number: int | None, symbol: str) -> str:
    """`12/KH-TTDVVL`: numbers under 10 get a leading zero; no number leaves a blank."""
    shown = f"{number:02d}" if number else "      "
    return f"{shown}/{symbol}"


def number_line(number: int | None, symbol: str) -> str:
    """`Số: 12/KH-TTDVVL`."""
    return f"Số: {reference(number, symbol)}"


def place_date(plan: Plan, day: date | None, opening: bool = False) -> str:
    """`Sơn La, ngày 06 tháng 01 năm 2022`; no day leaves blanks for the clerk, in the year the
    period ends (a school year's opening documents, `opening`: the year it begins)."""
    if day is None:
        return f"{plan.unit.place}, ngày      tháng      năm {plan.period.start.year if opening else plan.year}"
    return f"{plan.unit.place}, {long_date(day)}"


def long_date_or_blank(day: date | None, year: int) -> str:
    """`ngày 06 tháng 01 năm 2022`, or the same with blanks for a document not issued yet."""
    return long_date(day) if day else f"ngày      tháng      năm {year}"


def cited_date(day: date | None, year: int) -> str:
    """`16/12/2021` when known; blanks for the clerk when the document is not issued yet."""
    return dmy(day) if day else f"    /    /{year}"


def issued(day: date | None, year: int) -> date:
    """The date a document's properties carry: its own, else 1 January of its year."""
    return day or date(year, 1, 1)


def symbol(kind_abbreviation: str, plan: Plan) -> str:
    """`KH-TTDVVL`: the type abbreviation and the unit's."""
    return f"{kind_abbreviation}-{plan.unit.abbreviation}"


def signature(plan: Plan, signer: Signer | None) -> tuple[tuple[str, ...], str]:
    """The quyền hạn/chức vụ lines and the name of who signs (default: the head of unit).

    "TM. <tập thể>" first when the signer signs on behalf of a collective; then "KT.",
    "TL.", "TUQ." with the principal's title and the signer's own position, or "Q." alone.
    """
    people = plan.people()
    signer = signer or Signer(person=plan.unit.head)
    person = people.get(signer.person) if signer.person else None
    name = signer.name or (person.name if person else "")
    position = signer.position or (person.position if person else None) or ""
    head = people.get(plan.unit.head)
    principal = signer.principal or (head.position if head else None) or ""
    lines = [f"TM. {signer.on_behalf_of}"] if signer.on_behalf_of else []
    if signer.authority == "Q":
        lines.append(f"Q. {principal}")
    elif signer.authority is not None:
        lines += [f"{signer.authority}. {principal}", position]
    else:
        lines.append(position)
    return tuple(lines), name


def closing(plan: Plan, frame) -> dict:
    """A document's signature, Nơi nhận and Lưu line: its own frame's, else the plan's."""
    lines, name = signature(plan, frame.signer or plan.plan.signer)
    recipients = frame.recipients if frame.recipients is not None else plan.plan.recipients
    return {"signature_lines": lines, "signer_name": name, "recipients": tuple(recipients),
            "filing": filing_line(frame.filing or plan.plan.filing)}


def letterhead(plan: Plan) -> dict:
    """The issuer's lines: its parent agencies and its own name as the unit breaks them."""
    return {"parent": tuple(plan.unit.parent), "agency": plan.unit.name,
            "agency_lines": tuple(plan.unit.letterhead) or (plan.unit.name,)}


def period_label(plan: Plan) -> str:
    """`năm 2022` or `năm học 2025-2026`."""
    return plan.period.label


def filing_line(unit_abbreviation: str | None, copies: int | None = None) -> str:
    """`Lưu: VT, HCTH (2).` — the last line of Nơi nhận."""
    text = "Lưu: VT"
    if unit_abbreviation:
        text += f", {unit_abbreviation}"
    if copies:
        text += f" ({copies})"
    return text + "."


def citation(basis: LegalBasis) -> str:
    """`Kế hoạch số 289/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân tỉnh Sơn La về …`."""
    parts = [basis.kind]
    if basis.number:
        parts.append(f"số {basis.number}")
    if basis.date:
        parts.append(f"ngày {dmy(basis.date)}")
    if basis.issuer:
        parts.append(f"của {basis.issuer}")
    if basis.subject:
        parts.append(basis.subject)
    return " ".join(parts)


def file_name(number: int | None, symbol_text: str, year: int | str, extra: str = "") -> str:
    """A stable ASCII file name: `12-KH-TTDVVL-2022.docx`."""
    stem = f"{number:02d}-{symbol_text}" if number else symbol_text
    stem = f"{stem}-{year}{('-' + extra) if extra else ''}"
    ascii_stem = unicodedata.normalize("NFD", stem.replace("Đ", "D").replace("đ", "d"))
    ascii_stem = "".join(ch for ch in ascii_stem if ch.isascii() and (ch.isalnum() or ch in "-_"))
    return ascii_stem + ".docx"
