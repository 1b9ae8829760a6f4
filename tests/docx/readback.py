"""Helpers to read a rendered .docx back as a reader (and a checker) would."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.oxml.ns import qn


def open_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


def paragraphs_in_order(document) -> list:
    """Every w:p of the body in document order, table cells included."""
    return list(document.element.body.iter(qn("w:p")))


def paragraph_text(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def full_text(document) -> str:
    return "\n".join(paragraph_text(p) for p in paragraphs_in_order(document))


def words(text: str) -> list[str]:
    return re.sub(r"\s+", " ", text).strip().split(" ")


def part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name).decode("utf-8")


def part_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.namelist()
