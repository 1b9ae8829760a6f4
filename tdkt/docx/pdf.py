"""Converting a .docx to PDF with LibreOffice, when it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT_S = 180


class NoConverter(Exception):
    """LibreOffice (soffice) is not installed."""


class ConversionFailed(Exception):
    """LibreOffice ran but produced no PDF."""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx: Path) -> Path:
    """Write `<name>.pdf` beside `docx` (atomically) and return its path."""
    return to_pdfs([docx])[0]


def to_pdfs(documents: list[Path]) -> list[Path]:
    """Write `<name>.pdf` beside each document, all in one LibreOffice run (it starts slowly)."""
    program = soffice()
    if program is None:
        raise NoConverter()
    if not documents:
        return []
    names = [d.with_suffix(".pdf").name for d in documents]
    if len(set(names)) != len(names):  # one output folder: convert same-named files apart
        return [p for d in documents for p in to_pdfs([d])]
    with tempfile.TemporaryDirectory(prefix="tdkt-pdf-") as work:
        profile = Path(work, "profile").as_uri()  # own profile: parallel runs do not collide
        result = subprocess.run(
            [program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", work,
             *(str(d) for d in documents)],
            capture_output=True, text=True, timeout=TIMEOUT_S * len(documents),
        )
        targets = []
        for docx, name in zip(documents, names):
            produced = Path(work, name)
            if not produced.is_file():
                raise ConversionFailed((result.stderr or result.stdout).strip()[:500] or name)
            target = docx.with_suffix(".pdf")
            tmp = target.with_name(f".{target.name}.tmp")
            shutil.copyfile(produced, tmp)
            os.replace(tmp, target)
            targets.append(target)
    return targets
