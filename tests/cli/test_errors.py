"""One mechanism for mistakes: UserError/UsageError worded by `main`, exit 1/2; bugs exit 3."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.conftest import DATA, SEED_PLAN
from tdkt.errors import UsageError, UserError


def test_a_user_error_is_worded_in_the_chosen_language_with_its_place_and_hint():
    error = UserError("write_denied", where="out/x.docx")
    assert error.exit_code == 1 and UsageError("bad_lang", value="fr").exit_code == 2
    assert error.text("vi") == "out/x.docx: không có quyền ghi vào đây\n  gợi ý: chọn thư mục khác bằng -o, hoặc cấp quyền ghi"
    assert error.text("en").startswith("out/x.docx: no permission to write here\n  hint: ")


def test_an_internal_error_is_one_short_message_and_exit_3(run, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("tdkt.cli.evaluate.as_text", broken)
    result = run("evaluate", SEED_PLAN, debug=False)
    assert result.exit_code == 3
    assert result.stderr.startswith("tdkt: lỗi nội bộ") and "RuntimeError: a bug" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert len(result.stderr.splitlines()) == 2


def test_the_run_fixture_lets_a_bug_fail_the_test(run, monkeypatch):
    monkeypatch.setattr("tdkt.cli.evaluate.as_text", lambda *a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        run("evaluate", SEED_PLAN)


@pytest.mark.parametrize(("args", "code", "words"), [
    (("report", SEED_PLAN), 2, "Chọn đúng một kỳ báo cáo: --quarter N, --semester N hoặc --year-end."),
    (("report", "-s", "3", SEED_PLAN), 2, "--semester: học kỳ là 1 hoặc 2, không phải 3"),
    (("report", "-s", "1", SEED_PLAN), 2, f"{SEED_PLAN}: Kế hoạch năm 2022 báo cáo theo quý: dùng --quarter 1–4"),
    (("report", "-q", "5", SEED_PLAN), 2, "--quarter: quý là 1, 2, 3 hoặc 4, không phải 5"),
    (("report", "-q", "x", SEED_PLAN), 2, "--quarter: quý là 1, 2, 3 hoặc 4, không phải x\n  gợi ý: vd. `--quarter 2`"),
    (("report", "-s", "III", SEED_PLAN), 2, "--semester: học kỳ là 1 hoặc 2, không phải III\n  gợi ý: vd. `--semester 1`"),
    (("validate", "--nope"), 2, "Không có tùy chọn --nope"),
    (("valdate",), 2, "Không có lệnh 'valdate'"),
    (("validate", SEED_PLAN, "--format", "xml"), 2, "--format chỉ nhận text hoặc json, không nhận `xml`."),
    (("validate", SEED_PLAN, "--as-of", "31/13/2022"), 2, "--as-of: không có ngày `31/13/2022`\n  gợi ý: kiểm tra lại ngày và tháng"),
    (("status", SEED_PLAN, "--as-of", "31/02/2022"), 2, "--as-of: không có ngày `31/02/2022`\n  gợi ý: kiểm tra lại ngày và tháng"),
    (("report", "-q", "1", SEED_PLAN, "--as-of", "hôm nay"), 2, "--as-of: `hôm nay` không phải là ngày\n  gợi ý: viết 2022-06-30 hoặc 30/06/2022"),
    (("render-registration", SEED_PLAN, "-d", "khong_co"), 2, "Không có phòng, bộ phận nào mã `khong_co`."),
    (("evaluate", DATA / "broken" / "bad_id.yaml"), 1, "Tệp kế hoạch có lỗi; sửa rồi chạy lại"),
])
def test_exit_codes_and_messages(run, tmp_path, args, code, words):
    result = run(*args, "-o", tmp_path) if args[0] == "render-registration" else run(*args)
    assert result.exit_code == code, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


# --- paths --------------------------------------------------------------------------------

def test_output_naming_an_existing_file_is_a_usage_error(run, tmp_path):
    existing = tmp_path / "a.docx"
    existing.write_bytes(b"keep")
    result = run("render-plan", SEED_PLAN, "-o", existing)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{existing}: đây là một tệp, không phải thư mục để ghi văn bản")
    assert existing.read_bytes() == b"keep"


def test_output_under_a_file_is_refused(run, tmp_path):
    (tmp_path / "a").write_bytes(b"")
    result = run("report", "-q", "1", SEED_PLAN, "--as-of", "2022-12-31", "-o", tmp_path / "a" / "b")
    assert result.exit_code == 2
    assert result.stderr == (f"{tmp_path / 'a' / 'b'}: `{tmp_path / 'a'}` là một tệp, không phải thư mục, "
                             "nên không ghi vào đây được\n  gợi ý: chọn đường dẫn khác sau -o, vd. `-o out`\n")


# Every command's -o goes through one check (tdkt.files): the path as given, exit 2, a hint,
# before any work; nothing is written.
OFFICE = ("--issuer", "Sở X", "--place", "Sơn La")


@pytest.mark.parametrize(("args", "output", "words"), [
    (("rollup", SEED_PLAN.parent, *OFFICE), "afile", "afile: đây là một tệp, không phải thư mục để ghi văn bản"),
    (("rollup", SEED_PLAN.parent, *OFFICE), "afile/b", "afile/b: `afile` là một tệp, không phải thư mục"),
    (("render-plan", SEED_PLAN), "afile/b", "afile/b: `afile` là một tệp, không phải thư mục"),
    (("render-dossier", SEED_PLAN), "afile", "afile: đây là một tệp, không phải thư mục để ghi văn bản"),
    (("export", "registrations", SEED_PLAN), "afile/x.xlsx", "afile/x.xlsx: `afile` là một tệp, không phải thư mục"),
    (("schema",), "afile/x.json", "afile/x.json: `afile` là một tệp, không phải thư mục"),
    (("schema",), "afile/b/x.json", "afile/b/x.json: `afile` là một tệp, không phải thư mục"),
])
def test_every_output_option_names_the_path_given(run, tmp_path, monkeypatch, args, output, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_bytes(b"keep")
    result = run(*args, "-o", output)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith(words)
    assert "\n  gợi ý: " in result.stderr and result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"] and (tmp_path / "afile").read_bytes() == b"keep"


@pytest.mark.parametrize(("args", "example"), [(("schema",), "schema.json"),
                                               (("export", "registrations", SEED_PLAN), "dang-ky-thi-dua.xlsx")])
def test_a_file_output_onto_a_folder(run, tmp_path, args, example):
    result = run(*args, "-o", tmp_path, "--lang", "en") if args[0] != "schema" else run("--lang", "en", *args, "-o", tmp_path)
    assert result.exit_code == 2
    assert result.stderr == (f"{tmp_path}: this is a folder, not a file to write\n"
                             f"  hint: name a file after -o, e.g. `-o {tmp_path / example}`\n")
    assert list(tmp_path.iterdir()) == []


def test_output_name_too_long(run, tmp_path):
    result = run("render-plan", SEED_PLAN, "-o", tmp_path / ("x" * 300), "--lang", "en")
    assert result.exit_code == 2
    assert "the name is too long\n  hint: shorten the folder or file name" in result.stderr


def test_read_only_folder(run, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # root writes anywhere: make the system refuse instead
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr("tempfile.mkstemp", refuse)
    try:
        result = run("render-plan", SEED_PLAN, "-o", folder)
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 1
    assert f"{folder / '12-KH-TTDVVL-2022.docx'}: không có quyền ghi vào đây" in result.stderr
    assert list(folder.iterdir()) == []


def test_disk_full_leaves_no_partial_file(run, tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fd, mode):
            self.handle = real_fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("tdkt.files.os.fdopen", Full)
    result = run("render-plan", SEED_PLAN, "-o", tmp_path, "--lang", "en")
    assert result.exit_code == 1 and "the disk is full\n  hint: free some space on the disk" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: None, "--templates: không có thư mục"),
    (lambda p: p.write_text("x", encoding="utf-8"), "là một tệp, không phải thư mục"),
])
def test_templates_folder_must_exist(run, tmp_path, make, words):
    templates = tmp_path / "mau"
    make(templates)
    result = run("render-plan", SEED_PLAN, "-o", tmp_path / "out", "--templates", templates)
    assert result.exit_code == 2 and words in result.stderr
    assert "\n  gợi ý: ghi thư mục chứa các mẫu .j2" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("env", [{}, {"TDKT_LANG": "en"}])
def test_unknown_language_is_a_usage_error(run, tmp_path, env):
    result = run("validate", SEED_PLAN, "--lang", "fr", env=env)
    assert result.exit_code == 2
    assert "--lang: " in result.stderr and "`fr`" in result.stderr


def test_unknown_language_in_the_environment(run):
    result = run("validate", SEED_PLAN, env={"TDKT_LANG": "fr"})
    assert result.exit_code == 2 and "TDKT_LANG: không có ngôn ngữ `fr`" in result.stderr
    assert run("validate", SEED_PLAN, "--as-of", "2022-06-30", env={"TDKT_LANG": "en_US.UTF-8"}).stdout.endswith("— valid\n")


def test_language_before_the_command(run):
    result = run("--lang", "en", "validate", DATA / "broken" / "bad_id.yaml")
    assert result.exit_code == 1 and "error: invalid id" in result.stdout


# --- file names ---------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "safe"), [
    ("12-KH-TTDVVL-2022.docx", "12-KH-TTDVVL-2022.docx"),
    ("../../etc/passwd", ".._.._etc_passwd"),
    ("..", "___"),
    ("a/b\\c:d.docx", "a_b_c_d.docx"),
    ("x" * 400 + ".docx", "x" * 230 + ".docx"),
])
def test_file_names_never_leave_their_folder(name, safe):
    from tdkt.files import safe_file_name

    assert safe_file_name(name) == safe
    assert "/" not in safe and "\\" not in safe and safe not in (".", "..")


def test_file_names_built_from_plan_values_stay_in_the_output_folder(run, tmp_path):
    text = (DATA / "valid_min.yaml").read_text(encoding="utf-8").replace("id: hc", "id: ..").replace("department: hc", "department: ..")
    text = text.replace("hc}", "..}").replace("owner: hc", "owner: ..")
    plan = tmp_path / "2022.yaml"
    plan.write_text(text, encoding="utf-8")
    out = tmp_path / "deep" / "out"
    result = run("render-registration", plan, "-o", out)
    if result.exit_code == 1:  # the plan format refuses such an id: nothing to write
        assert "mã `..` không hợp lệ" in result.stdout
        return
    assert result.exit_code == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines()]
    assert written and all(p.parent == out for p in written)


def test_pdf_conversion_that_hangs(run, tmp_path, monkeypatch):
    import subprocess

    def hang(documents):
        raise subprocess.TimeoutExpired(["soffice"], 180)

    monkeypatch.setattr("tdkt.docx.pdf.to_pdfs", hang)  # every document of a run in one call
    result = run("render-plan", SEED_PLAN, "-o", tmp_path, "--pdf")
    assert result.exit_code == 1
    assert "LibreOffice chưa chuyển xong sang PDF sau 180 giây; đã dừng" in result.stderr


def test_new_plan_year_out_of_range_and_unwritable_place(run, tmp_path):
    result = run("new", tmp_path / "x.yaml", "--year", "1999")
    assert result.exit_code == 2 and "--year: năm từ 2000 đến 2100 (trường học: hoặc năm học, vd. 2025-2026), không phải 1999" in result.stderr
    (tmp_path / "file").write_text("", encoding="utf-8")
    result = run("new", tmp_path / "file" / "x.yaml")
    assert result.exit_code == 1 and "một phần của đường dẫn là tệp, không phải thư mục\n  gợi ý: chọn đường dẫn khác" in result.stderr


def test_schema_is_never_written_over_a_plan(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_bytes(SEED_PLAN.read_bytes())
    result = run("schema", "-o", plan)
    assert result.exit_code == 2
    assert result.stderr == (f"{plan}: JSON Schema là tệp .json; không ghi vào tệp .yaml (có thể là tệp kế hoạch)\n"
                             f"  gợi ý: vd. `-o {tmp_path / '2022.json'}`\n")
    other = tmp_path / "notes.json"
    other.write_text('{"mine": 1}\n', encoding="utf-8")
    english = run("schema", "-o", other, "--lang", "en")
    assert english.exit_code == 2 and english.stderr.startswith(f"{other}: the file exists and is not a JSON Schema; not overwritten\n")
    assert plan.read_bytes() == SEED_PLAN.read_bytes() and other.read_text(encoding="utf-8") == '{"mine": 1}\n'
    schema = tmp_path / "tdkt-plan.schema.json"
    assert run("schema", "-o", schema).exit_code == 0 and run("schema", "-o", schema).exit_code == 0  # its own is replaced
