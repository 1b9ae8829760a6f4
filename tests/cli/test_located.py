"""Odd input is reported at its place with a hint, exit 1, never an internal error.

Each test drives the real entry point (`tdkt.cli.app.main`), so an internal error would
show as exit 3 rather than be hidden by the test runner.
"""

from __future__ import annotations

import sys

import pytest

from tests.conftest import DATA

VALID = (DATA / "valid_min.yaml").read_text(encoding="utf-8")


@pytest.fixture
def tdkt(monkeypatch, capsys):
    """Run `tdkt ARGS…` through main(); returns (exit code, stdout, stderr)."""
    from tdkt.cli.app import main

    monkeypatch.delenv("TDKT_LANG", raising=False)
    monkeypatch.delenv("TDKT_DEBUG", raising=False)

    def invoke(*args):
        monkeypatch.setattr(sys, "argv", ["tdkt", *map(str, args)])
        with pytest.raises(SystemExit) as exit_:
            main()
        out = capsys.readouterr()
        return exit_.value.code, out.out, out.err

    return invoke


def write(tmp_path, text: str, name: str = "plan.yaml"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def validate(tdkt, path, *more):
    code, out, err = tdkt("validate", path, "--as-of", "2022-03-01", *more)
    assert code == 1, out + err
    assert "lỗi nội bộ" not in out + err and "Traceback" not in out + err
    return out


@pytest.mark.parametrize(("year", "message"), [
    ("20222", "lỗi: `year` phải trong khoảng 2000–2100, không phải `20222`"),
    ("10000", "lỗi: `year` phải trong khoảng 2000–2100, không phải `10000`"),
    ("2²", "lỗi: `year` phải là số nguyên, không phải `2²`"),
    ("9" * 5000, "lỗi: `year` phải trong khoảng 2000–2100, không phải `" + "9" * 37 + "…`"),
])
def test_odd_years_are_located(tdkt, tmp_path, year, message):
    path = write(tmp_path, VALID.replace("year: 2022", f"year: {year}"))
    assert f"{path}:1:7: {message}" in validate(tdkt, path).splitlines()


def test_long_numbers_anywhere_are_located(tdkt, tmp_path):
    text = VALID.replace("quarter: 1", "quarter: " + "1" * 5000).replace("number: 1", "number: 1²")
    path = write(tmp_path, text)
    out = validate(tdkt, path)
    assert f"{path}:18:11: lỗi: `plan.number` phải là số nguyên, không phải `1²`" in out
    assert f"{path}:25:16: lỗi: `plan.milestones[0].quarter` phải trong khoảng 1–4" in out


def test_history_years_are_checked_at_the_key(tdkt, tmp_path):
    person = "{id: a, name: Vũ Văn A, position: Giám đốc}"
    history = "{id: a, name: Vũ Văn A, position: Giám đốc, history: {10000: {rating: htt}, năm trước: {rating: htt}}}"
    path = write(tmp_path, VALID.replace(person, history))
    out = validate(tdkt, path).splitlines()
    assert f"{path}:11:63: lỗi: `10000` không phải là một năm từ 1900 đến 2100" in out
    assert f"{path}:11:85: lỗi: `năm trước` không phải là một năm từ 1900 đến 2100" in out
    assert "      gợi ý: viết năm bằng 4 chữ số, vd. `2021:`" in out


@pytest.mark.parametrize("key", ["ghi-chu", "ghi[0]", "x-y[z]"])
def test_top_level_keys_with_dashes_or_brackets(tdkt, tmp_path, key):
    path = write(tmp_path, f"{key}: 1\n" + VALID)
    out = validate(tdkt, path).splitlines()
    assert f"{path}:1:1: lỗi: khóa không hợp lệ `{key}`" in out
    assert any(line.startswith("      gợi ý: các khóa hợp lệ: year, ") and ", unit, " in line for line in out)


def test_hyphenated_misspelling_points_at_the_key(tdkt, tmp_path):
    path = write(tmp_path, VALID.replace("done_on:", "done-on:"))
    out = validate(tdkt, path, "--lang", "en").splitlines()
    assert f"{path}:30:7: error: unknown key `done-on`" in out
    assert "      hint: did you mean `done_on`?" in out


def test_control_character_at_its_place_with_its_hint(tdkt, tmp_path):
    path = write(tmp_path, VALID.replace("place: Sơn La", "place: Sơn\x07 La").replace("head: a\n", "head: zz\n", 1))
    out = validate(tdkt, path).splitlines()
    assert f"{path}:5:13: lỗi: ký tự điều khiển U+0007 (vô hình) trong tệp" in out
    assert "      gợi ý: xóa ký tự này; nó thường lọt vào khi chép chữ từ Word, PDF hoặc trang web" in out
    assert f"{path}:6:9: lỗi: không có người nào mã `zz`" in out  # the rest of the file is still checked
    en = validate(tdkt, path, "--lang", "en").splitlines()
    assert f"{path}:5:13: error: the invisible control character U+0007 is in the file" in en


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_unusual_line_breaks_do_not_shift_later_lines(tdkt, tmp_path, char):
    text = VALID.replace("place: Sơn La", f"place: Sơn{char}La").replace("abbreviation: TTDVVL", f"abbreviation: TT{char}DVVL")
    path = write(tmp_path, text.replace("owner: hc", "owner: hcc"))
    out = validate(tdkt, path).split("\n")
    assert f"{path}:27:14: lỗi: không có phòng, bộ phận nào mã `hcc`" in out
    assert f"{path}:4:17: lỗi: viết tắt `TT\ufffdDVVL` không hợp lệ" in out  # shown, never printed raw
    assert "    4 |   abbreviation: TT\ufffdDVVL" in out
    assert f"{path}:5:13: cảnh báo: ký tự ngắt dòng lạ U+{ord(char):04X}: trình soạn thảo có thể không hiện ra" in out


@pytest.mark.parametrize(("tail", "column", "message"), [
    ("  - department: [tv", 17, "dấu `[` chưa có dấu `]` đóng"),
    ('  - department: "tv', 17, "ngoặc kép chưa đóng"),
    ("&a", 3, "thiếu dấu `:` sau khóa"),
])
def test_syntax_error_at_the_end_without_final_newline_is_on_the_last_line(tdkt, tmp_path, tail, column, message):
    path = write(tmp_path, VALID + tail)
    assert f"{path}:37:{column}: lỗi: lỗi cú pháp YAML: {message}" in validate(tdkt, path).splitlines()


def test_decomposed_vietnamese_reads_as_precomposed(tdkt, tmp_path):
    import unicodedata

    from tdkt.plan.yamlsource import load_file

    text = VALID.replace("{id: b, name: Lò Thị B, position: Viên chức}", "{id: b, name: Lò Thị B, position: Viên chức, gender: nữ}")
    path = write(tmp_path, unicodedata.normalize("NFD", text.replace("title: LDTT", "title: Lao động tiên tiến")))
    code, out, err = tdkt("validate", path, "--as-of", "2022-03-01")
    assert code == 0, out + err
    data = load_file(path).data
    assert data["departments"][0]["members"][1]["gender"] == "nữ"  # NFC
    assert data["unit"]["place"] == "Sơn La"


def test_the_size_cap_holds_for_devices(tdkt):
    import time

    start = time.perf_counter()
    out = validate(tdkt, "/dev/zero")
    assert "/dev/zero: lỗi: tệp quá lớn (giới hạn 64 MB)" in out
    assert time.perf_counter() - start < 10


def test_a_one_line_plan_with_thousands_of_errors_prints_little(tdkt, tmp_path):
    import json

    people = [{"id": f"X{i:06d}"} for i in range(2000)]  # each: a bad id and a missing name; and the head
    plan = {"year": "2022", "unit": {"name": "T", "abbreviation": "T", "place": "S", "head": "x0"},
            "departments": [{"id": "d", "name": "D", "members": people}],
            "plan": {"number": "1", "date": "2022-01-06", "subject": "s"}}
    path = write(tmp_path, json.dumps(plan, separators=(",", ":")))
    assert 30_000 < path.stat().st_size < 40_000
    out = validate(tdkt, path)
    assert len(out) < 100_000
    lines = out.splitlines()
    assert sum(1 for line in lines if line.startswith(f"{path}:1:")) == 200
    assert max(len(line) for line in lines if line.startswith("    1 | ")) <= 210
    assert "… và 3801 lỗi, cảnh báo khác (sửa những lỗi trên rồi chạy lại)" in lines
    assert lines[-1] == f"{path}: 4001 lỗi, 0 cảnh báo"
    code, out, _ = tdkt("validate", path, "--format", "json")
    (result,) = json.loads(out)["files"]
    assert (code, result["errors"], len(result["findings"]), result["findings_not_shown"]) == (1, 4001, 200, 3801)


def test_a_long_key_is_shortened_in_its_message(tdkt, tmp_path):
    path = write(tmp_path, "k" * 1000 + ": 1\n" + VALID)
    out = validate(tdkt, path).splitlines()
    assert f"{path}:1:1: lỗi: khóa không hợp lệ `{'k' * 59}…`" in out
    path = write(tmp_path, "k" * 10_000 + ": 1\n" + VALID)
    out = validate(tdkt, path).splitlines()
    assert f"{path}:1:10001: lỗi: lỗi cú pháp YAML: khóa dài quá 1024 ký tự" in out


def plan_with_rules(tmp_path, rules: str | None, named: str = "rules.yaml"):
    if rules is not None:
        write(tmp_path, rules, "rules.yaml")
    return write(tmp_path, VALID.replace("year: 2022\n", f"year: 2022\nrules:\n  file: {named}\n"))


@pytest.mark.parametrize(("parameters", "line", "column", "message"), [
    ("  ldtt_min_months: null", 3, 20, "`ldtt_min_months` cần một giá trị, không để trống"),
    ("  ldtt_min_months:", 3, 19, "`ldtt_min_months` cần một giá trị, không để trống"),
    ("  ldtt_excluding_discipline: null", 3, 30, "`ldtt_excluding_discipline` cần một giá trị, không để trống"),
    ("  tldtt_min_ldtt_share: {value: null}", 3, 33, "`tldtt_min_ldtt_share` cần một giá trị, không để trống"),
    ("  tldtt_min_ldtt_share: NaN", 3, 25, "`tldtt_min_ldtt_share` phải là một số, không phải `NaN`"),
    ("  tldtt_min_ldtt_share: 1e-999999999", 3, 25, "`tldtt_min_ldtt_share` phải là một số, không phải `1e-999999999`"),
    ("  tldtt_min_ldtt_share: [70]", 3, 25, "`tldtt_min_ldtt_share` phải là một đoạn chữ"),
])
def test_rules_file_values_are_located(tdkt, tmp_path, parameters, line, column, message):
    path = plan_with_rules(tmp_path, f"source: Quyết định 1/2021/QĐ-UBND\nparameters:\n{parameters}\n")
    out = validate(tdkt, path).splitlines()
    assert f"{tmp_path / 'rules.yaml'}:{line}:{column}: lỗi: {message}" in out


def test_rules_null_where_the_law_has_none_is_accepted(tdkt, tmp_path):
    path = plan_with_rules(tmp_path, "source: Quyết định 1/2021/QĐ-UBND\nparameters:\n  cstdcs_max_share_of_ldtt: null\n")
    code, out, err = tdkt("validate", path, "--as-of", "2022-03-01")
    assert code == 0, out + err


@pytest.mark.parametrize("named", ["../../etc/passwd", "/proc/self/environ", "/etc/hostname", "notes.txt", "sub/../../x.yaml"])
def test_rules_file_must_lie_beside_the_plan(tdkt, tmp_path, named):
    (tmp_path / "notes.txt").write_text("secret: 1\n", encoding="utf-8")
    path = plan_with_rules(tmp_path, None, named)
    out = validate(tdkt, path)
    assert f"{path}:3:9: lỗi: tệp quy định `{named}` phải là tệp .yaml nằm trong thư mục của tệp kế hoạch" in out.splitlines()
    assert "root:x:0" not in out and "PATH=" not in out and "secret" not in out


def test_rules_file_through_a_link_out_of_the_folder_is_refused(tdkt, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text("source: X\nparameters:\n  bí mật: 1\n", encoding="utf-8")
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "rules.yaml").symlink_to(outside)
    path = plan_with_rules(folder, None)
    out = validate(tdkt, path)
    assert "phải là tệp .yaml nằm trong thư mục của tệp kế hoạch" in out and "bí mật" not in out


def test_rules_file_in_a_subfolder_is_read(tdkt, tmp_path):
    (tmp_path / "quy-dinh").mkdir()
    write(tmp_path, "source: Quyết định 1/2021/QĐ-UBND\nparameters:\n  ldtt_min_months: mười\n", "quy-dinh/tinh.yaml")
    path = plan_with_rules(tmp_path, None, "quy-dinh/tinh.yaml")
    assert f"{tmp_path / 'quy-dinh/tinh.yaml'}:3:20: lỗi: `ldtt_min_months` phải là một số, không phải `mười`" in validate(tdkt, path)


def test_a_shipped_criteria_file_lacking_a_regime_is_reported(tdkt, tmp_path, monkeypatch):
    from tdkt.rules import shipped

    text = shipped.data_file(shipped.CRITERIA).read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    gone = next(i for i, line in enumerate(lines) if line.startswith("    nd152:"))  # the first parameter's nd152
    broken = write(tmp_path, "".join(lines[:gone] + lines[gone + 1:]), "criteria.yaml")
    real = shipped.data_file
    monkeypatch.setattr(shipped, "data_file", lambda name: broken if name == shipped.CRITERIA else real(name))
    shipped.shipped_problems.cache_clear(), shipped.shipped_data.cache_clear()
    try:
        out = validate(tdkt, write(tmp_path, VALID))
    finally:
        shipped.shipped_problems.cache_clear(), shipped.shipped_data.cache_clear()
    name_line = next(i for i in range(gone, 0, -1) if lines[i].startswith("  ") and not lines[i].startswith("   ")) + 1
    assert f"{broken}:{name_line}:3: lỗi: dữ liệu kèm theo tdkt thiếu `ldtt_min_rating.nd152`" in out.splitlines()
    assert "cài lại tdkt hoặc báo cho người bảo trì" in out


def test_a_byte_that_is_not_utf8_after_a_bom_is_placed_by_characters(tdkt, tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.replace("place: Sơn La", "place: Sơn La \udcff", 1).encode("utf-8", "surrogateescape"))
    assert f"{path}:5:17: lỗi: tệp không phải mã hóa UTF-8" in validate(tdkt, path).splitlines()


def test_a_shipped_catalogue_lacking_a_field_is_reported(tdkt, tmp_path, monkeypatch):
    from tdkt.rules import catalogue, shipped

    text = shipped.data_file(shipped.CATALOGUE).read_text(encoding="utf-8")
    broken = write(tmp_path, text.replace("    decree: Nghị định 98/2023/NĐ-CP\n", "", 1), "catalogue.yaml")
    real = shipped.data_file
    monkeypatch.setattr(shipped, "data_file", lambda name: broken if name == shipped.CATALOGUE else real(name))
    for cached in (shipped.shipped_problems, shipped.shipped_data, catalogue.load_catalogue):
        cached.cache_clear()
    try:
        out = validate(tdkt, write(tmp_path, VALID))
    finally:
        for cached in (shipped.shipped_problems, shipped.shipped_data, catalogue.load_catalogue):
            cached.cache_clear()
    line = text.splitlines().index("  - id: nd98") + 1
    assert f"{broken}:{line}:5: lỗi: dữ liệu kèm theo tdkt thiếu `regimes[1].decree`" in out.splitlines()


def test_the_size_cap_holds_for_pipes(tdkt, tmp_path):
    import os
    import subprocess

    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    feed = "import sys\nwith open(sys.argv[1], 'wb') as out:\n    [out.write(b'#' * (1 << 20)) for _ in range(80)]\n"
    writer = subprocess.Popen([sys.executable, "-c", feed, str(pipe)], stderr=subprocess.DEVNULL)  # 80 MB
    try:
        out = validate(tdkt, pipe)
    finally:
        writer.kill()
        writer.wait()
    assert f"{pipe}: lỗi: tệp quá lớn (giới hạn 64 MB)" in out


@pytest.mark.parametrize(("rewards", "line", "column", "message"), [
    ("  base_salary: ²", 3, 16, "`base_salary` phải trong khoảng 0–100000000, không phải `²`"),
    ("  base_salary: " + "9" * 5000, 3, 16, "`base_salary` phải trong khoảng 0–100000000, không phải `" + "9" * 59 + "…`"),
    ("  base_salary: null", 3, 16, "`base_salary` phải trong khoảng 0–100000000, không phải ``"),
    ("  factors:\n    GK: {individual: NaN}", 4, 22, "`individual` phải trong khoảng 0–100, không phải `NaN`"),
    ("  factors:\n    GK: {individual: null}", 4, 22, "`individual` phải trong khoảng 0–100, không phải ``"),
    ("  factors:\n    GK: {individual: 1e-999999999}", 4, 22, "`individual` phải trong khoảng 0–100, không phải `1e-999999999`"),
])
def test_rules_file_rewards_are_located(tdkt, tmp_path, rewards, line, column, message):
    path = plan_with_rules(tmp_path, f"source: Quyết định 1/2021/QĐ-UBND\nrewards:\n{rewards}\n")
    out = validate(tdkt, path).splitlines()
    assert f"{tmp_path / 'rules.yaml'}:{line}:{column}: lỗi: {message}" in out
