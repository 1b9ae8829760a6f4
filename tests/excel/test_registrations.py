"""Excel registrations: export, import back, located problems, merge keeping the plan's comments."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from tests.conftest import SEED_PLAN


@pytest.fixture
def plan(tmp_path):
    target = tmp_path / "2022.yaml"
    shutil.copy(SEED_PLAN, target)
    return target


def _registrations(path) -> dict:
    """Registrations as codes: {department: (title, awards, {person: (title, awards)})}."""
    from tdkt.checking import load_plan
    from tdkt.rules.catalogue import load_catalogue

    model = load_plan(path, as_of=date(2022, 6, 30)).plan
    catalogue = load_catalogue()
    regime = catalogue.regime_for_year(model.year)

    def codes(title, awards):
        return (catalogue.lookup(title, regime).code if title else None, [catalogue.lookup(a, regime).code for a in awards])

    return {r.department: (codes(r.title, r.awards), {p.person: codes(p.title, p.awards) for p in r.people})
            for r in model.registrations}


def test_export_sheets_headers_lists_and_text_ids(run, plan, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "dk.xlsx"
    result = run("export", "registrations", plan, "-o", out)
    assert result.exit_code == 0, result.stdout
    book = load_workbook(out)
    assert book.sheetnames == ["Tổng hợp", "bgd", "hcth", "tvgt", "ttld", "bhtn", "Danh mục"]
    sheet = book["tvgt"]
    assert [c.value for c in sheet[1]] == ["STT", "Mã người", "Họ và tên", "Chức vụ", "Danh hiệu thi đua", "Hình thức khen thưởng"]
    assert sheet.freeze_panes == "A2" and sheet["B2"].number_format == "@" and sheet["B2"].value == "lvhung"
    assert sheet["E2"].value == "Chiến sĩ thi đua cơ sở" and sheet.column_dimensions["C"].width == 28
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists["E2"] == "='Danh mục'!$A$2:$A$20"
    assert book["Danh mục"].sheet_state == "hidden"
    assert "Lao động tiên tiến" in [c.value for c in book["Danh mục"]["A"]]
    summary = book["Tổng hợp"]
    assert [c.value for c in summary[2]][:4] == [None, None, "Trung tâm Dịch vụ việc làm", None]  # the unit's own row
    assert summary["B5"].value == "tvgt" and summary["D5"].value == "Tập thể lao động xuất sắc"
    first = out.read_bytes()
    run("export", "registrations", plan, "-o", out)
    assert out.read_bytes() == first  # deterministic


def test_round_trip_gives_the_same_plan_data(run, plan, tmp_path):
    from tdkt.yearly import roundtrip

    out = tmp_path / "dk.xlsx"
    run("export", "registrations", plan, "-o", out)
    original = plan.read_bytes()
    result = run("import", "registrations", out, plan, "--write")
    assert result.exit_code == 0 and "không có gì khác" in result.stdout
    assert plan.read_bytes() == original  # nothing differs: the file is left as it was
    # into a plan without registrations: the same registrations come back
    bare = tmp_path / "bare" / "2022.yaml"
    bare.parent.mkdir()
    sections = [s for s in roundtrip.split(original.decode("utf-8")) if s.key != "registrations"]
    bare.write_text(roundtrip.join(sections), encoding="utf-8")
    result = run("import", "registrations", out, bare, "--write")
    assert result.exit_code == 0, result.stdout
    assert _registrations(bare) == _registrations(plan)


def test_the_units_own_registration_goes_out_and_comes_back(run, plan, tmp_path):
    from openpyxl import load_workbook

    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("registrations:\n", "registrations:\n  - {title: TTLDXS, awards: [BKT]}\n", 1), encoding="utf-8")
    out = tmp_path / "dk.xlsx"
    assert run("export", "registrations", plan, "-o", out).exit_code == 0
    book = load_workbook(out)
    assert [c.value for c in book["Tổng hợp"][2]][2:5] == ["Trung tâm Dịch vụ việc làm", "Tập thể lao động xuất sắc",
                                                           "Bằng khen cấp bộ, ngành, tỉnh"]
    same = run("import", "registrations", out, plan)
    assert same.exit_code == 0 and "không có gì khác" in same.stdout
    # the unit's row filled in a workbook for a plan that has no registration of its own
    plan.write_text(text, encoding="utf-8")
    result = run("import", "registrations", out, plan, "--write")
    assert result.exit_code == 0, result.stdout
    assert "registrations:\n  - title: TTLDXS\n    awards: [BKT]\n  - department: bgd\n" in plan.read_text(encoding="utf-8")
    assert _registrations(plan)[None] == (("TTLDXS", ["BKT"]), {})


def _hand_made(path, misspelt: str = "Lao dong tien tein", unknown: str | None = "xyz"):
    """Headers under a title row, in another order and spelling; an empty row; problems to find."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "hcth"
    sheet.append(["BẢNG ĐĂNG KÝ THI ĐUA NĂM 2022 - PHÒNG HÀNH CHÍNH - TỔNG HỢP"])
    sheet.append(["danh hieu", "HỌ VÀ TÊN", "Mã Người", "hình thức khen thưởng"])
    sheet.append(["Chien si thi dua co so", "Nguyễn Thị Hường", "nthuong", None])  # row 3: no diacritics
    sheet.append([misspelt, "Cầm Văn Tuấn", "cvtuan", None])  # row 4: misspelt title
    sheet.append([None, None, None, None])  # row 5: empty
    if unknown:
        sheet.append(["LDTT", "Người Mới", unknown, None])  # row 6: not in the plan
    sheet.append(["Lao động tiên tiến", "Đinh Thị Lan", "dtlan", "Giấy khen"])
    book.save(path)


def test_hand_made_workbook_problems_are_located_and_nothing_is_written(run, plan, tmp_path):
    book = tmp_path / "hcth.xlsx"
    _hand_made(book)
    original = plan.read_bytes()
    result = run("import", "registrations", book, plan, "--write")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{book}:hcth!A4: lỗi: không có danh hiệu, hình thức khen thưởng `Lao dong tien tein` theo Nghị định 91/2017/NĐ-CP" in lines
    assert "      gợi ý: có phải ý bạn là `Lao động tiên tiến`?" in lines
    assert f"{book}:hcth!C6: lỗi: không có người nào mã `xyz`" in lines
    assert sum(1 for line in lines if ": lỗi: " in line) == 2  # all at once, the empty row is no problem
    assert "2 lỗi; chưa ghi gì" in result.stderr
    assert plan.read_bytes() == original
    english = run("import", "registrations", book, plan, "--lang", "en")
    assert f"{book}:hcth!C6: error: no person has the id `xyz`" in english.stdout


def test_fixed_workbook_shows_changes_then_merges_keeping_comments(run, plan, tmp_path):
    book = tmp_path / "hcth.xlsx"
    _hand_made(book, misspelt="Lao dong tien tien", unknown=None)
    original = plan.read_bytes()
    preview = run("import", "registrations", book, plan)
    assert preview.exit_code == 0, preview.stdout
    assert "hcth!A3: Nguyễn Thị Hường [nthuong]: LDTT; GK → CSTDCS" in preview.stdout
    assert "hcth!A6: Đinh Thị Lan [dtlan]: LDTT → LDTT; GK" in preview.stdout
    assert "cvtuan" not in preview.stdout  # `Lao dong tien tien` is the plan's `Lao động tiên tiến`
    assert "--write" in preview.stderr and plan.read_bytes() == original
    result = run("import", "registrations", book, plan, "--write")
    assert result.exit_code == 0, result.stdout
    text = plan.read_text(encoding="utf-8")
    assert "      - {person: nthuong, title: CSTDCS}\n" in text
    assert "      - {person: cvtuan, title: Lao động tiên tiến}\n" in text  # unchanged, as the clerk wrote it
    assert "      - {person: dtlan, title: LDTT, awards: [GK]}\n" in text
    for comment in ("# DỮ LIỆU MẪU: đăng ký thi đua năm 2022 của các phòng", "    # Quý II",
                    "# yaml-language-server: $schema="):
        assert comment in text
    changed = [line for line in text.splitlines() if line not in original.decode("utf-8").splitlines()]
    assert len(changed) == 2
    assert run("validate", plan, "--as-of", "2022-06-30").exit_code == 0


def without_council(plan) -> None:
    """The plan before the council met: a new member cannot upset a decision already taken."""
    from tdkt.yearly import roundtrip

    sections = roundtrip.split(plan.read_text(encoding="utf-8"))
    plan.write_text(roundtrip.join([s for s in sections if s.key != "council"]), encoding="utf-8")


def test_add_people_adds_the_unknown_person_and_says_so(run, plan, tmp_path):
    without_council(plan)
    book = tmp_path / "hcth.xlsx"
    _hand_made(book, misspelt="LDTT", unknown="nvmoi")
    result = run("import", "registrations", book, plan, "--add-people", "--write")
    assert result.exit_code == 0, result.stdout
    assert "thêm người mới Người Mới [nvmoi] vào phòng `hcth` (--add-people)" in result.stdout
    text = plan.read_text(encoding="utf-8")
    assert "      - {id: nvmoi, name: Người Mới}\n" in text and "{person: nvmoi, title: LDTT}" in text
    assert run("validate", plan, "--as-of", "2022-06-30").exit_code == 0


def test_not_a_workbook(run, plan, tmp_path):
    bad = tmp_path / "dk.xlsx"
    bad.write_text("not excel", encoding="utf-8")
    result = run("import", "registrations", bad, plan)
    assert result.exit_code == 1 and "không đọc được tệp Excel" in result.stdout and "Traceback" not in result.stdout


def test_windows_line_ends_are_kept(run, plan, tmp_path):
    plan.write_bytes(plan.read_bytes().replace(b"\n", b"\r\n"))
    book = tmp_path / "hcth.xlsx"
    _hand_made(book, misspelt="LDTT", unknown=None)
    assert run("import", "registrations", book, plan, "--write").exit_code == 0
    data = plan.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") and b"{person: nthuong, title: CSTDCS}\r\n" in data


def test_a_merge_that_would_break_the_plan_is_not_written(run, plan, tmp_path):
    book = tmp_path / "hcth.xlsx"
    _hand_made(book, misspelt="LDTT", unknown="nvmoi")  # a new member, unrated: the council's TTLDTT for hcth no longer holds
    original = plan.read_bytes()
    result = run("import", "registrations", book, plan, "--add-people", "--write")
    assert result.exit_code == 1
    assert "Sau khi nhập, tệp kế hoạch sẽ có lỗi; chưa ghi gì" in result.stderr
    findings = [line for line in result.stdout.splitlines() if ": lỗi: " in line]
    assert findings and all(line.startswith(f"{plan}:") for line in findings)  # the plan, not the copy checked
    assert f"{plan}: " in result.stdout and ".2022." not in result.stdout
    assert plan.read_bytes() == original and not list(tmp_path.glob(".2022.*"))


def test_a_long_new_member_line_is_not_wrapped(run, plan, tmp_path):
    from openpyxl import Workbook

    without_council(plan)
    book = Workbook()
    sheet = book.active
    sheet.title = "hcth"
    sheet.append(["Mã người", "Họ và tên", "Chức vụ", "Danh hiệu thi đua"])
    position = ("Phó Trưởng phòng Hành chính - Tổng hợp, phụ trách công tác thi đua, khen thưởng, tổ chức cán bộ"
                " và cải cách hành chính của Trung tâm")  # longer than any line of the plan
    sheet.append(["nvmoi", "Nguyễn Văn Mới", position, "LDTT"])
    book.save(tmp_path / "hcth.xlsx")
    result = run("import", "registrations", tmp_path / "hcth.xlsx", plan, "--add-people", "--write")
    assert result.exit_code == 0, result.output
    text = plan.read_text(encoding="utf-8")
    (line,) = [line for line in text.splitlines() if "{id: nvmoi," in line]
    assert position in line and line.endswith("}")


def _exported(run, plan, tmp_path, edit):
    """The plan's exported workbook, edited as a clerk might by `edit(book)`."""
    from openpyxl import load_workbook

    out = tmp_path / "dk.xlsx"
    run("export", "registrations", plan, "-o", out)
    book = load_workbook(out)
    edit(book)
    book.save(out)
    return out


def test_merged_cells_are_located_not_read_as_blank(run, plan, tmp_path):
    book = _exported(run, plan, tmp_path, lambda b: b["hcth"].merge_cells("E2:E3"))
    original = plan.read_bytes()
    result = run("import", "registrations", book, plan, "--write")
    assert result.exit_code == 1
    assert f"{book}:hcth!E2: lỗi: ô gộp E2:E3: Excel chỉ giữ giá trị ở ô đầu" in result.stdout
    assert "gợi ý: bỏ gộp ô" in result.stdout and plan.read_bytes() == original
    english = run("--lang", "en", "import", "registrations", book, plan)
    assert f"{book}:hcth!E2: error: merged cells E2:E3" in english.stdout and "hint: unmerge" in english.stdout


def test_a_deleted_header_is_located(run, plan, tmp_path):
    def clear(book):
        book["hcth"]["E1"] = None

    book = _exported(run, plan, tmp_path, clear)
    result = run("import", "registrations", book, plan, "--write")
    assert result.exit_code == 1
    assert f"{book}:hcth!E1: lỗi: cột có số liệu (từ ô E2) nhưng ô tiêu đề để trống" in result.stdout


def test_a_deleted_title_column_keeps_the_titles(run, plan, tmp_path):
    book = _exported(run, plan, tmp_path, lambda b: b["hcth"].delete_cols(5))
    original = plan.read_bytes()
    result = run("import", "registrations", book, plan, "--write")
    assert result.exit_code == 0 and "không có gì khác" in result.stdout, result.output
    assert plan.read_bytes() == original


def test_a_sheet_without_title_and_award_columns_is_a_problem(run, plan, tmp_path):
    book = _exported(run, plan, tmp_path, lambda b: b["hcth"].delete_cols(5, 2))
    result = run("import", "registrations", book, plan)
    assert result.exit_code == 1
    assert f"{book}:hcth!A1: lỗi: thiếu cột Danh hiệu thi đua / Hình thức khen thưởng" in result.stdout


def test_write_leaves_a_read_only_plan_alone(run, plan, tmp_path):
    book = _exported(run, plan, tmp_path, lambda b: b["hcth"].cell(3, 5, "Chiến sĩ thi đua cơ sở"))
    original = plan.read_bytes()
    plan.chmod(0o444)
    try:
        result = run("import", "registrations", book, plan, "--write")
        english = run("--lang", "en", "import", "registrations", book, plan, "--write")
    finally:
        plan.chmod(0o644)
    assert result.exit_code == 1 and english.exit_code == 1
    assert f"{plan}: tệp chỉ đọc nên không ghi vào được" in result.stderr and "gợi ý: bỏ thuộc tính chỉ đọc" in result.stderr
    assert f"{plan}: the file is read-only" in english.stderr
    assert plan.read_bytes() == original and sorted(p.name for p in tmp_path.iterdir()) == ["2022.yaml", "dk.xlsx"]


def test_a_folder_for_the_workbook_and_a_wrong_export_name(run, plan, tmp_path):
    result = run("import", "registrations", tmp_path, plan)
    assert result.exit_code == 1
    assert f"{tmp_path}: lỗi: đây là thư mục, không phải tệp Excel\n      gợi ý: ghi tên tệp .xlsx" in result.stdout
    out = tmp_path / "dk.csv"
    result = run("export", "registrations", plan, "-o", out, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == f"{out}: the output must end in .xlsx\n  hint: e.g. `-o {tmp_path / 'dk.xlsx'}`\n"
    assert not out.exists()


def test_the_workbook_and_the_plan_swapped(run, plan, tmp_path):
    book = tmp_path / "dk.xlsx"
    run("export", "registrations", plan, "-o", book)
    original = plan.read_bytes()
    result = run("import", "registrations", plan, book, "--write")
    assert result.exit_code == 2
    assert result.stderr == f"tệp Excel ghi trước, tệp kế hoạch ghi sau\n  gợi ý: chạy `tdkt import registrations {book} {plan}`\n"
    english = run("--lang", "en", "import", "people", plan, book)
    assert english.stderr == f"the Excel file comes first, the plan second\n  hint: run `tdkt import people {book} {plan}`\n"
    assert plan.read_bytes() == original
    checked = run("validate", book)  # a workbook named as a plan
    assert checked.exit_code == 1
    assert f"{book}: lỗi: đây là tệp Excel, Word (hay tệp nén), không phải tệp văn bản YAML" in checked.stdout
    assert "\ufffd" not in checked.stdout  # no binary shown as text


def test_a_person_listed_twice_by_name_is_placed_at_the_names(run, plan, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "hcth"
    sheet.append(["Mã người", "Họ và tên", "Danh hiệu thi đua"])
    sheet.append([None, "Cầm Văn Tuấn", "LDTT"])
    sheet.append([None, "Cầm Văn Tuấn", "CSTDCS"])
    book.save(tmp_path / "hcth.xlsx")
    result = run("import", "registrations", tmp_path / "hcth.xlsx", plan)
    assert result.exit_code == 1
    assert f"{tmp_path / 'hcth.xlsx'}:hcth!B3: lỗi: `cvtuan` đã có ở hcth!B2" in result.stdout
