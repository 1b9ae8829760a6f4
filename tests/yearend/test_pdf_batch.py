"""`--pdf` converts every document of a run in one LibreOffice call (it starts slowly)."""

from __future__ import annotations

import os
import stat

import pytest

from tests.conftest import DATA

FAKE = """#!/bin/sh
# stands in for soffice: logs the call, writes an empty PDF for each .docx into --outdir
echo "$@" >> "{log}"
out=""
prev=""
for arg in "$@"; do
  if [ "$prev" = "--outdir" ]; then out="$arg"; fi
  prev="$arg"
done
for arg in "$@"; do
  case "$arg" in *.docx) name=$(basename "$arg" .docx); printf '%%PDF-1.4' > "$out/$name.pdf";; esac
done
"""


@pytest.mark.skipif(os.name != "posix", reason="the stand-in for soffice is a shell script")
def test_dossier_pdfs_in_one_call(run, tmp_path):
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    bin_dir.mkdir()
    fake = bin_dir / "soffice"
    fake.write_text(FAKE.format(log=log), encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    env = {"TDKT_LANG": "", "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    result = run("render-dossier", DATA / "yearend_commune.yaml", "-o", tmp_path / "out", "--pdf", env=env)
    assert result.exit_code == 0, result.stdout
    calls = log.read_text(encoding="utf-8").splitlines()
    assert len(calls) == 1 and calls[0].count(".docx") == 2
    folder = tmp_path / "out" / "ho-so-2026"
    assert sorted(p.name for p in folder.glob("*.pdf")) == ["04-BB-HDTDKT-2026.pdf", "210-QD-UBND-2026.pdf"]
