"""`tdkt rollup` over school years: 12 generated schools and 3 calendar-year units in one folder."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.rollup.generate import (
    SCHOOL_OFFICE, SCHOOL_YEAR, expected_school_movements, expected_school_results, write_schools, write_units)
from tests.rollup.test_rollup import _docx_text, _form_rows

SCHOOLS, UNITS = range(1, 13), 3
OFFICE = ["--issuer", SCHOOL_OFFICE, "--place", "Ví Dụ"]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """A folder of 12 school-year plans (2025-2026) and 3 calendar-year plans (2022)."""
    units = tmp_path_factory.mktemp("mixed") / "units"
    write_schools(units, SCHOOLS)
    write_units(units, UNITS)
    return units


def _texts(out: Path) -> dict[str, str]:
    """Every document's and workbook's text, by file name."""
    from openpyxl import load_workbook

    texts = {p.name: _docx_text(p) for p in sorted(out.glob("*.docx"))}
    for path in sorted(out.glob("*.xlsx")):
        sheet = load_workbook(path, read_only=True).active
        texts[path.name] = "\n".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None)
    return texts


def test_a_school_year_roll_up(run, mixed, tmp_path):
    out = tmp_path / "out"
    result = run("rollup", mixed, "-o", out, *OFFICE)
    assert result.exit_code == 0, result.output
    assert "12/15 kế hoạch được tổng hợp (năm học 2025-2026)" in result.stdout
    assert result.stdout.count("năm 2022, không tổng hợp") == UNITS  # the calendar-year plans, left out
    names = {p.name for p in out.iterdir()}
    assert {f"tong-hop-dang-ky-{SCHOOL_YEAR}.docx", f"bieu-0601-{SCHOOL_YEAR}.xlsx", f"tong-hop-{SCHOOL_YEAR}.json"} <= names
    summary = json.loads((out / f"tong-hop-{SCHOOL_YEAR}.json").read_text(encoding="utf-8"))
    assert summary["period"] == {"kind": "school", "name": SCHOOL_YEAR, "label": "năm học 2025-2026"}
    assert summary["report"]["key"] == "hk2" and summary["totals"]["counted"] == len(SCHOOLS)

    texts = _texts(out)
    assert len(texts) == 10
    for name, text in texts.items():
        assert "năm học 2025-2026" in text, name
        # the school year is never worded as a calendar year: "năm 20xx" only on the date line, left for the
        # clerk in the year the school year ends, and for the calendar-year plans left out
        rest = re.sub(r"tháng\s+năm 2026|\(kế hoạch năm 2022\)", "", text)
        assert not re.search(r"năm 20\d\d\b", rest), (name, re.findall(r".{30}năm 20\d\d\b", rest))
    for name in (f"tong-hop-dang-ky-{SCHOOL_YEAR}.docx", f"tong-hop-de-nghi-{SCHOOL_YEAR}.docx"):
        assert texts[name].count("(kế hoạch năm 2022)") == UNITS, name
        assert ".yaml" not in texts[name] and str(tmp_path) not in texts[name]  # named by their units
    form = texts[f"bieu-0602-{SCHOOL_YEAR}.docx"]
    assert "Số liệu: năm học 2025-2026" in form and "năm báo cáo 2026, năm kết thúc năm học (chưa xác nhận" in form
    # no signer in the office's settings: a marked place for the name, never a blank or a key name
    assert "[Đơn vị bổ sung: họ và tên người ký]" in texts[f"tong-hop-dang-ky-{SCHOOL_YEAR}.docx"]
    assert "signer" not in texts[f"tong-hop-dang-ky-{SCHOOL_YEAR}.docx"]
    assert "chưa ghi người ký" in result.stderr and "`office.signer`" in result.stderr


def test_school_forms_total_the_schools_data(run, mixed, tmp_path):
    out = tmp_path / "out"
    run("rollup", mixed, "-o", out, *OFFICE)
    expected = expected_school_results(SCHOOLS)
    rows, numbers = _form_rows(out / f"bieu-0602-{SCHOOL_YEAR}.xlsx")
    bk_c, bk_i = numbers.index("7"), numbers.index("7") + 1
    assert rows["01"][bk_c] == expected[("BKTTG", "collective")] == 2 and rows["01"][bk_i] == 0
    assert rows["06"][bk_c] == 2 and rows["09"][bk_c] == "x"

    rows, numbers = _form_rows(out / f"bieu-0603-{SCHOOL_YEAR}.xlsx")
    bk, cstdt = numbers.index("2"), numbers.index("3")
    assert rows["01"][bk] == expected[("BKT", "collective")] + expected[("BKT", "individual")] == 7
    assert rows["02"][bk] == expected[("BKT", "collective")] and rows["05"][bk] == expected[("BKT", "individual")]
    assert rows["01"][cstdt] == expected[("CSTDT", "individual")] == 2

    movements = expected_school_movements(SCHOOLS)
    rows, numbers = _form_rows(out / f"bieu-0601-{SCHOOL_YEAR}.xlsx")
    unit = numbers.index("4")
    assert rows["01"][unit] == movements["total"] == 18
    assert rows["07"][unit] == len(SCHOOLS)  # the school year's own movement: "1 năm" (marked unconfirmed)
    assert rows["06"][unit] == movements["chuyen_de"] == rows["11"][unit]  # 20/11: under a year
    assert rows["12"][unit] == movements["thuong_xuyen"]
    assert "được tính ở hàng \"1 năm\" (chưa xác nhận" in _docx_text(out / f"bieu-0601-{SCHOOL_YEAR}.docx")


def test_year_chooses_the_minority(run, mixed, tmp_path):
    out = tmp_path / "out"
    (out).mkdir()
    (out / "rollup.yaml").write_text("office: {name: Sở Lao động - Thương binh và Xã hội, place: Sơn La, "
                                     "signer: {name: Nguyễn Văn A, position: Giám đốc}}\n", encoding="utf-8")
    result = run("rollup", mixed, "--year", "2022", "-o", out)
    assert result.exit_code == 0, result.output
    assert "3/15 kế hoạch được tổng hợp (năm 2022)" in result.stdout
    assert result.stdout.count("năm học 2025-2026, không tổng hợp") == len(SCHOOLS)
    assert "người ký" not in result.stderr
    text = _docx_text(out / "tong-hop-dang-ky-2022.docx")
    assert text.count("(kế hoạch năm học 2025-2026)") == len(SCHOOLS)
    assert "Tổng hợp đăng ký thi đua năm 2022 của các đơn vị" in text and "Nguyễn Văn A" in text
    summary = json.loads((out / "tong-hop-2022.json").read_text(encoding="utf-8"))
    assert summary["period"]["kind"] == "calendar" and summary["totals"]["counted"] == UNITS
    assert {u["period"] for u in summary["units"] if u["status"] == "other_year"} == {SCHOOL_YEAR}
    english = run("rollup", mixed, "--year", "2025-2026", "-o", tmp_path / "en", *OFFICE, "--lang", "en")
    assert "12/15 plans rolled up (school year 2025-2026)" in english.stdout
    assert english.stdout.count("2022, left out") == UNITS


@pytest.mark.parametrize("value", ["2025-2027", "25-26", "năm học", "1999", "2025/2026"])
def test_a_bad_year_is_a_usage_error(run, mixed, tmp_path, value):
    result = run("rollup", mixed, "--year", value, "-o", tmp_path / "out", *OFFICE)
    assert result.exit_code == 2 and not (tmp_path / "out").exists()
    assert result.stderr == (f"--year: `{value}` không phải là năm (2000 đến 2100) hay năm học\n"
                             "  gợi ý: ghi năm, vd. `--year 2022`, hoặc năm học, vd. `--year 2025-2026`\n")
    english = run("rollup", mixed, "--year", value, "-o", tmp_path / "out", *OFFICE, "--lang", "en")
    assert english.exit_code == 2
    assert english.stderr.startswith(f"--year: `{value}` is neither a year (2000 to 2100) nor a school year\n  hint: ")


def test_periods_are_read_as_plans_write_them():
    from tdkt.plan.period import Period

    assert Period.parse("2022") == Period.calendar(2022)
    assert Period.parse(" 2025 - 2026 ") == Period.school_year(2025)
    assert [Period.parse(v) for v in ("2025-2027", "1999", "２０２２", "2022.0", "")] == [None] * 5
