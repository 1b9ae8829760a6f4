"""`tdkt render-plan` as a user runs it."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date

import pytest

from tests.conftest import DATA, SEED_PLAN


def test_writes_the_plan_and_prints_its_path(run, tmp_path):
    before = hashlib.sha256(SEED_PLAN.read_bytes()).hexdigest()
    result = run("render-plan", SEED_PLAN, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stdout + result.stderr
    target = tmp_path / "out" / "12-KH-TTDVVL-2022.docx"
    assert result.stdout.strip() == str(target)
    assert target.read_bytes()[:2] == b"PK"
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # no temp files left
    assert hashlib.sha256(SEED_PLAN.read_bytes()).hexdigest() == before


def test_invalid_plan_reports_and_writes_nothing(run, tmp_path):
    result = run("render-plan", DATA / "broken" / "dangling_owner.yaml", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "dangling_owner.yaml:27:14: lỗi: không có phòng, bộ phận nào mã `hcc`" in result.stdout
    assert not (tmp_path / "out").exists()


def test_template_mistake_is_reported_with_its_line(run, tmp_path):
    own = tmp_path / "mau"
    own.mkdir()
    (own / "ke_hoach.j2").write_text("# I. MỤC ĐÍCH\n{{ purposes_typo }}\n", encoding="utf-8")
    result = run("render-plan", SEED_PLAN, "-o", tmp_path / "out", "--templates", own)
    assert result.exit_code == 1
    assert f"{own / 'ke_hoach.j2'}:2:" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_default_plan_is_taken_from_plans_folder(run, tmp_path, monkeypatch):
    (tmp_path / "plans").mkdir()
    shutil.copy(SEED_PLAN, tmp_path / "plans" / "2022.yaml")
    monkeypatch.chdir(tmp_path)
    result = run("render-plan")
    assert result.exit_code == 0
    assert "Dùng kế hoạch: plans/2022.yaml" in result.stderr
    assert (tmp_path / "out" / "12-KH-TTDVVL-2022.docx").is_file()


@pytest.mark.parametrize("args", [("render-plan",), ("status",), ("report", "-q", "1"), ("validate",),
                                  ("import", "people", "ds cb.xlsx")])
def test_no_plan_found_names_the_command_run_and_tdkt_new(run, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2
    typed = " ".join(a if " " not in a else f"'{a}'" for a in args)
    assert result.stderr == (f"Không tìm thấy kế hoạch nào trong plans/; hãy chỉ rõ tệp, vd. "
                             f"`tdkt {typed} plans/{date.today().year}.yaml`.\n"
                             "  gợi ý: chưa có kế hoạch thì tạo bằng `tdkt new` (trường học: `tdkt new --kind school`, "
                             "xã, phường: `tdkt new --kind commune`)\n")
    english = run("--lang", "en", *args)
    assert english.stderr.startswith(f"No plan found in plans/; name one, e.g. `tdkt {typed} plans/")
    assert "\n  hint: no plan yet? make one with `tdkt new`" in english.stderr
    assert list(tmp_path.iterdir()) == []


def test_pdf_without_libreoffice_says_how_to_install(run, tmp_path, monkeypatch):
    monkeypatch.setattr("tdkt.docx.pdf.soffice", lambda: None)
    result = run("render-plan", SEED_PLAN, "-o", tmp_path, "--pdf")
    assert result.exit_code == 1
    assert "apt-get install libreoffice-writer-nogui" in result.stderr
    assert (tmp_path / "12-KH-TTDVVL-2022.docx").is_file()
