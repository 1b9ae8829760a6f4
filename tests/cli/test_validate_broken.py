"""Acceptance: every broken plan in tests/data/broken is refused with its exact place and message."""

from __future__ import annotations

import hashlib

import pytest

from tests.conftest import DATA

BROKEN = DATA / "broken"

# (file, line, column, code, message): each position checked by hand against the file.
CASES = [
    ("alias_bomb", 2, 8, "alias", "không dùng tham chiếu YAML (alias `*a`)"),
    ("award_in_title", 36, 28, "award_in_title", "`Giấy khen` là hình thức khen thưởng, không phải danh hiệu thi đua"),
    ("bad_abbreviation", 4, 17, "bad_abbreviation", "viết tắt `ttdvvl` không hợp lệ"),
    ("bad_id", 13, 9, "bad_id", "mã `Phòng TV` không hợp lệ"),
    ("bad_symbol", 19, 11, "bad_symbol", "ký hiệu `kh/ttdvvl` không đúng thể thức"),
    ("collective_title_for_person", 36, 28, "collective_title_for_person", "`Tập thể lao động xuất sắc` là danh hiệu tập thể, không xét cho cá nhân"),
    ("comments_only", 1, 1, "file_empty", "tệp rỗng"),
    ("council_dangling_secretary", 39, 23, "unknown_person", "không có người nào mã `bb`"),
    ("council_two_holders", 40, 7, "council_holder", "mỗi đề nghị ghi đúng một trong `department` hoặc `person`"),
    ("control_character", 20, 12, "control_character", "chữ có ký tự điều khiển U+0007, Word không lưu được"),
    ("dangling_department_head", 15, 11, "unknown_person", "không có người nào mã `cc`"),
    ("dangling_department", 32, 17, "unknown_department", "không có phòng, bộ phận nào mã `kt`"),
    ("dangling_head", 6, 9, "unknown_person", "không có người nào mã `z`"),
    ("dangling_owner", 27, 14, "unknown_department", "không có phòng, bộ phận nào mã `hcc`"),
    ("dangling_person", 36, 18, "unknown_person", "không có người nào mã `bb`"),
    ("date_bad_form", 28, 12, "date_form", "`2022/01/15` không phải là ngày"),
    ("date_not_exist", 19, 9, "date_not_exist", "không có ngày `30/02/2022`"),
    ("date_outside_year", 19, 9, "date_outside_year", "ngày văn bản 06/01/2020 không hợp với kế hoạch năm 2022"),
    ("done_on_not_done", 30, 16, "done_on_not_done", "có `done_on` nhưng trạng thái là `in_progress`"),
    ("due_outside_quarter", 28, 12, "due_outside_quarter", "hạn 15/5/2022 không thuộc quý 1/2022 (01/01/2022 – 31/3/2022)"),
    ("duplicate_department_id", 13, 9, "duplicate_id", "mã `hc` bị trùng (đã dùng ở dòng 8)"),
    ("duplicate_key", 6, 3, "duplicate_key", "khóa `place` bị lặp (đã có ở dòng 5)"),
    ("duplicate_key_nested", 28, 7, "duplicate_key", "khóa `owner` bị lặp (đã có ở dòng 27)"),
    ("duplicate_milestone_id", 31, 12, "duplicate_id", "mã `m1` bị trùng (đã dùng ở dòng 24)"),
    ("duplicate_person_id", 16, 14, "duplicate_id", "mã `a` bị trùng (đã dùng ở dòng 11)"),
    ("empty_file", 1, 1, "file_empty", "tệp rỗng"),
    ("empty_required", 5, 9, "empty", "`unit.place` không được để trống"),
    ("expected_list", 21, 13, "expected_list", "`plan.purposes` phải là một danh sách"),
    ("expected_mapping", 2, 7, "expected_mapping", "`unit` phải là một mục có các khóa"),
    ("expected_text", 21, 5, "expected_text", "`plan.subject` phải là một đoạn chữ"),
    ("individual_title_for_collective", 33, 12, "individual_title_for_collective", "`Lao động tiên tiến` là danh hiệu cá nhân, không xét cho tập thể"),
    ("missing_required", 3, 3, "missing", "thiếu trường bắt buộc `name`"),
    ("missing_section", 1, 1, "missing", "thiếu trường bắt buộc `plan`"),
    ("not_member", 36, 18, "not_member", "`c` không thuộc phòng `hc`"),
    ("not_utf8", 12, 24, "not_utf8", "tệp không phải mã hóa UTF-8"),
    ("number_twice", 39, 16, "number_twice", "số, ký hiệu 03/BC-TTDVVL dùng cho hai văn bản trong năm 2022 (ngày 31/3/2022 và 28/6/2022)"),
    ("number_zero", 18, 11, "out_of_range", "`plan.number` phải trong khoảng 1–99999, không phải `0`"),
    ("present_over_members", 39, 12, "present_over_members", "6 thành viên có mặt, nhiều hơn tổng số 5 thành viên Hội đồng"),
    ("quarter_out_of_range", 25, 16, "out_of_range", "`plan.milestones[0].quarter` phải trong khoảng 1–4, không phải `5`"),
    ("registered_twice", 37, 18, "registered_twice", "`a` đã đăng ký ở dòng 35"),
    ("root_is_list", 1, 1, "root_not_mapping", "tệp kế hoạch phải gồm các khóa `year:`, `unit:`, `plan:`…"),
    ("signer_tm_without_principal", 21, 11, "principal_missing", "ký `TM.` cần ghi `principal` (tập thể hoặc chức vụ được ký thay)"),
    ("status_invalid", 29, 15, "not_one_of", "`plan.milestones[0].status` không nhận giá trị `xong`"),
    ("syntax_bad_indent", 4, 17, "yaml_syntax", "lỗi cú pháp YAML: dấu `:` không đúng chỗ hoặc thụt lề không khớp"),
    ("syntax_missing_colon", 6, 3, "yaml_syntax", "lỗi cú pháp YAML: thiếu dấu `:` sau khóa"),
    ("syntax_tab_indent", 5, 1, "yaml_syntax", "lỗi cú pháp YAML: dùng phím Tab để thụt lề"),
    ("syntax_unclosed_quote", 20, 12, "yaml_syntax", "lỗi cú pháp YAML: ngoặc kép chưa đóng"),
    ("unknown_key_milestone", 27, 7, "unknown_key", "khóa không hợp lệ `ownr`"),
    ("unknown_key_top", 1, 1, "unknown_key", "khóa không hợp lệ `yeaar`"),
    ("unknown_title", 36, 28, "unknown_title", "không có danh hiệu, hình thức khen thưởng `LDTX` theo Nghị định 91/2017/NĐ-CP"),
    ("unknown_title_in_history", 19, 27, "unknown_title", "không có danh hiệu, hình thức khen thưởng `CSTDCX` theo Nghị định 91/2017/NĐ-CP"),
    ("votes_over_members", 40, 39, "votes_over_members", "6 phiếu đồng ý nhiều hơn số thành viên Hội đồng (5)"),
    ("year_not_integer", 1, 7, "expected_integer", "`year` phải là số nguyên, không phải `năm 2022`"),
]


def test_every_broken_file_has_a_case():
    assert {p.stem for p in BROKEN.glob("*.yaml")} == {c[0] for c in CASES}


@pytest.mark.parametrize(("name", "line", "column", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_broken_plan_is_refused_at_its_place(run, name, line, column, code, message):
    path = BROKEN / f"{name}.yaml"
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("validate", path, "--as-of", "2022-03-01")
    assert result.exit_code == 1
    assert f"{path}:{line}:{column}: lỗi: {message}" in result.stdout.splitlines()
    assert "Traceback" not in result.stdout + result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(("name", "line", "column", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_broken_plan_json_names_the_code(run, name, line, column, code, message):
    import json

    result = run("validate", BROKEN / f"{name}.yaml", "--format", "json", "--as-of", "2022-03-01")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert {"line": line, "column": column, "code": code} in [
        {k: f[k] for k in ("line", "column", "code")} for f in findings
    ]
