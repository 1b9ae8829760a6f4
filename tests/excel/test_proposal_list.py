"""`render-proposal --xlsx`: the Danh sách đề nghị also as a workbook."""

from __future__ import annotations

from tests.conftest import SEED_PLAN


def test_proposal_list_as_xlsx(run, tmp_path):
    from openpyxl import load_workbook

    result = run("render-proposal", SEED_PLAN, "-o", tmp_path, "--xlsx")
    assert result.exit_code == 0, result.stdout + result.stderr
    target = tmp_path / "52-TTr-TTDVVL-2022-danh-sach.xlsx"
    assert str(target) in result.stdout
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2022"
    assert rows[1][0].startswith("(Kèm theo Tờ trình số 52/TTr-TTDVVL ngày 22 tháng 12 năm 2022")
    assert rows[3][:2] == ("STT", "Tên tập thể, họ và tên cá nhân")
    assert sheet.freeze_panes == "A5"
    names = [row[1] for row in rows[4:]]
    assert names[0] == "I. TẬP THỂ" and "II. CÁ NHÂN" in names
    lvhung = next(row for row in rows if row[1] == "Lường Văn Hùng")
    assert lvhung[2] == "Trưởng phòng, Phòng Tư vấn - Giới thiệu việc làm" and lvhung[3] and lvhung[4] == "100%"
    first = target.read_bytes()
    run("render-proposal", SEED_PLAN, "-o", tmp_path, "--xlsx")
    assert target.read_bytes() == first


def test_without_xlsx_no_workbook(run, tmp_path):
    assert run("render-proposal", SEED_PLAN, "-o", tmp_path).exit_code == 0
    assert not list(tmp_path.glob("*.xlsx"))
