"""The rendered plan as a reader sees it: opened by LibreOffice, read back from the PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.conftest import SEED_PLAN

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(
        not (shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("pdffonts")),
        reason="LibreOffice and poppler-utils are not installed",
    ),
]


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    from typer.testing import CliRunner

    from tdkt.cli.app import app

    out = tmp_path_factory.mktemp("pdf")
    result = CliRunner().invoke(app, ["render-plan", str(SEED_PLAN), "-o", str(out), "--pdf"])
    assert result.exit_code == 0, result.stdout + result.stderr
    return out / "12-KH-TTDVVL-2022.pdf"


def page_text(pdf, page: int) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_opens_as_a4_with_several_pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "595.3" in info and "841.89" in info  # A4 in points
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])
    assert pages >= 2


def test_page_one_has_no_number_and_page_two_shows_2_at_the_top(pdf):
    first = page_text(pdf, 1)
    assert first[0].startswith("SỞ LAO ĐỘNG") and not first[0].isdigit()
    assert page_text(pdf, 2)[0] == "2"


def test_vietnamese_diacritics_survive(pdf):
    text = " ".join(page_text(pdf, 1))
    for phrase in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sơn La, ngày 06 tháng 01 năm 2022",
                   "I. MỤC ĐÍCH, YÊU CẦU", "Phát huy những kết quả đạt được trong năm 2021"):
        assert phrase in text


def test_font_is_times_new_roman_or_its_metric_twin(pdf):
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    names = {line.split()[0].split("+")[-1] for line in fonts}
    assert names and all(n.startswith(("TimesNewRoman", "LiberationSerif")) for n in names), names
