"""`tdkt import people`: the staff list updates people, adds new ones with --add-people, locates problems."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import pytest

from tests.conftest import SEED_PLAN


@pytest.fixture
def plan(tmp_path):
    target = tmp_path / "2022.yaml"
    shutil.copy(SEED_PLAN, target)
    return target


def _staff(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(["STT", "Họ và tên", "Mã", "Phòng", "Chức vụ", "Giới tính", "Ngày tuyển dụng", "Xếp loại"])
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_staff_list_updates_and_adds(run, plan, tmp_path):
    from tdkt.checking import load_plan
    from tests.excel.test_registrations import without_council

    without_council(plan)
    book = tmp_path / "staff.xlsx"
    _staff(book, [
        [1, "Vì Thị Linh", "vtlinh", "bhtn", "Viên chức", "Nữ", datetime(2019, 11, 18), "Hoàn thành tốt nhiệm vụ"],
        [2, "Lò Văn Mới", None, "Phòng Bảo hiểm thất nghiệp", "Viên chức", "nam", "01/02/2022", "htt"],
    ])
    unknown = run("import", "people", book, plan)
    assert unknown.exit_code == 1
    assert f"{book}:Danh sách!B3: lỗi: phòng `bhtn` không có người tên `Lò Văn Mới`" in unknown.stdout
    result = run("import", "people", book, plan, "--add-people", "--write")
    assert result.exit_code == 0, result.stdout
    assert "Danh sách!H2: Vì Thị Linh [vtlinh]: rating ht → htt" in result.stdout
    assert "thêm người mới Lò Văn Mới [lvmoi]" in result.stdout
    model = load_plan(plan, as_of=date(2022, 6, 30)).plan
    people = model.people()
    assert people["vtlinh"].rating == "htt"
    assert people["lvmoi"].hired == date(2022, 2, 1) and people["lvmoi"].gender == "nam"
    assert [p.id for p in model.department("bhtn").members][-1] == "lvmoi"
    text = plan.read_text(encoding="utf-8")
    assert "vtlinh, name: Vì Thị Linh, position: Viên chức, gender: nữ, hired: 2019-11-18, rating: htt, discipline: none}" in text
    assert "# tuyển dụng 01/3/2022" in text


def test_staff_problems_all_at_once(run, plan, tmp_path):
    book = tmp_path / "staff.xlsx"
    _staff(book, [
        [1, "Vì Thị Linh", "vtlinh", "bhtn", None, "khác", "31/02/2022", "giỏi"],
        [2, "Lò Thị Nga", "ltnga", "hcth", None, None, None, None],
    ])
    result = run("import", "people", book, plan, "--write")
    assert result.exit_code == 1
    out = result.stdout
    assert f"{book}:Danh sách!F2: lỗi: `khác` không phải giới tính hợp lệ" in out
    assert f"{book}:Danh sách!G2: lỗi: `31/02/2022` không phải là ngày" in out
    assert f"{book}:Danh sách!H2: lỗi: `giỏi` không phải xếp loại hợp lệ" in out
    assert f"{book}:Danh sách!D3: lỗi: `ltnga` đang ở phòng `bhtn`, bảng ghi phòng `hcth`" in out
    assert plan.read_bytes() == SEED_PLAN.read_bytes()  # nothing written


def test_a_misspelt_department_is_suggested(run, plan, tmp_path):
    book = tmp_path / "staff.xlsx"
    _staff(book, [
        [1, "Vì Thị Linh", "vtlinh", "hcht", None, None, None, None],
        [2, "Lò Thị Nga", "ltnga", "Phòng Bảo hiểm thất nghiệm", None, None, None, None],
        [3, "Lò Thị Mai", "ltmai", "xyz", None, None, None, None],
    ])
    result = run("import", "people", book, plan)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    at = lines.index(f"{book}:Danh sách!D2: lỗi: không có phòng, bộ phận `hcht`")
    assert lines[at + 1] == "      gợi ý: có phải ý bạn là `hcth`?"
    at = lines.index(f"{book}:Danh sách!D3: lỗi: không có phòng, bộ phận `Phòng Bảo hiểm thất nghiệm`")
    assert lines[at + 1] == "      gợi ý: có phải ý bạn là `Phòng Bảo hiểm thất nghiệp`?"
    at = lines.index(f"{book}:Danh sách!D4: lỗi: không có phòng, bộ phận `xyz`")
    assert lines[at + 1] == "      gợi ý: ghi mã hoặc tên phòng như trong tệp kế hoạch"
    english = run("import", "people", book, plan, "--lang", "en").stdout
    assert f"{book}:Danh sách!D2: error: no department `hcht`\n      hint: did you mean `hcth`?" in english


def test_a_merged_rating_is_located(run, plan, tmp_path):
    from openpyxl import load_workbook

    book = tmp_path / "staff.xlsx"
    _staff(book, [
        [1, "Vì Thị Linh", "vtlinh", "bhtn", None, None, None, "Hoàn thành tốt nhiệm vụ"],
        [2, "Lò Thị Nga", "ltnga", "bhtn", None, None, None, None],
    ])
    workbook = load_workbook(book)
    workbook.active.merge_cells("H2:H3")
    workbook.save(book)
    result = run("import", "people", book, plan, "--write")
    assert result.exit_code == 1
    assert f"{book}:Danh sách!H2: lỗi: ô gộp H2:H3" in result.stdout
    assert plan.read_bytes() == SEED_PLAN.read_bytes()


def test_a_row_without_id_or_name_says_so(run, plan, tmp_path):
    book = tmp_path / "staff.xlsx"
    _staff(book, [[1, None, None, "bhtn", "Viên chức", None, None, None]])
    result = run("import", "people", book, plan)
    assert result.exit_code == 1
    assert f"{book}:Danh sách!B2: lỗi: dòng không ghi Mã người hay Họ và tên" in result.stdout
    assert "người tên ``" not in result.stdout


def test_a_person_listed_twice_by_name_is_placed_at_the_name(run, plan, tmp_path):
    book = tmp_path / "staff.xlsx"
    _staff(book, [[1, "Vì Thị Linh", "vtlinh", "bhtn", None, None, None, None],
                  [2, "Vì Thị Linh", None, "bhtn", None, None, None, None]])
    result = run("import", "people", book, plan)
    assert result.exit_code == 1
    assert f"{book}:Danh sách!B3: lỗi: `vtlinh` đã có ở Danh sách!C2" in result.stdout
