"""A console that cannot encode Vietnamese (cp1258, ASCII): every command still writes."""

from __future__ import annotations

import unicodedata

import pytest

from tests.conftest import DATA, SEED_PLAN, run_process

RUNS = {
    "validate": (("validate", SEED_PLAN, "--as-of", "2022-08-01"), 0, "mà chưa hoàn thành (tính đến"),
    "validate-errors": (("validate", DATA / "broken" / "bad_id.yaml"), 1, "mã `Phòng TV` không hợp lệ"),
    "status": (("status", SEED_PLAN, "--as-of", "2022-07-30"), 0, "Tiến độ nhiệm vụ theo quý"),
    "evaluate": (("evaluate", SEED_PLAN), 0, "Vượt tỷ lệ: Hội đồng Thi đua - Khen thưởng chọn 1"),
    "evaluate-json": (("evaluate", SEED_PLAN, "--format", "json"), 0, "Lường Văn Hùng"),
    "help": (("report", "--help"), 0, "Hiện hướng dẫn này rồi thoát."),
    "usage": (("report", SEED_PLAN), 2, "Chọn đúng một kỳ báo cáo"),
    "render": (("render-plan", SEED_PLAN, "-o", "{tmp}"), 0, "12-KH-TTDVVL-2022.docx"),
}


@pytest.mark.parametrize("key", RUNS)
def test_cp1258_console_gets_readable_vietnamese(run, tmp_path, key):
    args, code, words = RUNS[key]
    result = run(*(str(a).replace("{tmp}", str(tmp_path)) for a in args), encoding="cp1258")
    assert result.exit_code == code
    text = unicodedata.normalize("NFC", result.stdout + result.stderr)
    assert words in text  # written as letter + combining tone mark, read back whole


def test_ascii_console_gets_letters_without_marks(run):
    result = run("evaluate", SEED_PLAN, encoding="ascii")
    assert result.exit_code == 0
    assert "Vuot ty le: Hoi dong Thi dua - Khen thuong chon 1" in result.stdout


def test_a_real_process_with_pythonioencoding_cp1258(tmp_path):
    status = run_process("status", SEED_PLAN, "--as-of", "2022-07-30", env={"PYTHONIOENCODING": "cp1258"})
    assert status.returncode == 0 and b"Traceback" not in status.stderr
    assert "Kế hoạch 2022" in unicodedata.normalize("NFC", status.stdout.decode("cp1258"))
    error = run_process("validate", DATA / "broken" / "bad_id.yaml", "--lang", "fr", env={"PYTHONIOENCODING": "cp1258"})
    assert error.returncode == 2
    assert "--lang: không có ngôn ngữ `fr`" in unicodedata.normalize("NFC", error.stderr.decode("cp1258"))


def test_a_file_name_with_stray_bytes_is_printed(tmp_path):
    import os
    import shutil

    name = os.fsdecode(b"k\xffh.yaml")
    shutil.copy(SEED_PLAN, tmp_path / name)
    result = run_process("validate", tmp_path / name, "--as-of", "2022-06-30", env={"PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert "k?h.yaml: 0 lỗi, 0 cảnh báo — hợp lệ" in result.stdout.decode("utf-8")
