"""`--watch`: the render loop renders again after each save, prints mistakes located, keeps going.

The stream of file changes is replaced by a list of edits made in the test, so nothing waits.
"""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import SEED_PLAN


def _saves(monkeypatch, edits):
    """Replace the watcher: each edit is made, then reported as a batch of changed paths."""
    import tdkt.cli.watch as watch

    seen = []

    def changes_of(folders):
        seen.append(folders)
        for edit in edits:
            yield {(2, str(p)) for p in edit()}

    monkeypatch.setattr(watch, "changes_of", changes_of)
    return seen


@pytest.fixture
def plan(tmp_path):
    target = tmp_path / "2022.yaml"
    shutil.copy(SEED_PLAN, target)
    return target


def test_renders_again_after_each_save_and_survives_mistakes(run, monkeypatch, plan, tmp_path):
    good = plan.read_text(encoding="utf-8")
    out = tmp_path / "out"
    document = out / "12-KH-TTDVVL-2022.docx"

    def break_plan():
        plan.write_text(good.replace("    ownr: hcth", "    ownr: hcth").replace("      owner: bgd\n      due: 31/01/2022",
                                                                                  "      ownr: bgd\n      due: 31/01/2022"),
                        encoding="utf-8")
        return [plan]

    def fix_plan():
        plan.write_text(good.replace("subject: Thực hiện công tác thi đua - khen thưởng năm 2022",
                                     "subject: Thực hiện công tác thi đua, khen thưởng năm 2022"), encoding="utf-8")
        return [plan]

    def write_output():  # the documents a render writes are not a reason to render again
        return [document]

    seen = _saves(monkeypatch, [break_plan, write_output, fix_plan])
    result = run("render-plan", plan, "-o", out, "--watch")
    assert result.exit_code == 0
    assert seen == [[tmp_path.resolve()]]
    assert result.stdout.count(str(document)) == 2  # first render, then after the fix
    line = good.splitlines().index("      due: 31/01/2022")  # the `owner` line just above, 1-based
    assert f"2022.yaml:{line}:7: lỗi: khóa không hợp lệ `ownr`" in result.stdout
    assert result.stderr.count("Đã lưu") == 2 and "Đã dừng theo dõi." in result.stderr


def test_a_template_beside_the_plan_is_watched(run, monkeypatch, plan, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    mine = templates / "bao_cao_so_ket.j2"

    def save_broken_template():
        mine.write_text("{% if %}\n", encoding="utf-8")
        return [mine]

    def remove_it():
        mine.unlink()
        return [mine]

    _saves(monkeypatch, [save_broken_template, remove_it])
    result = run("report", "--quarter", "2", plan, "--as-of", "2022-06-30", "-o", tmp_path / "out", "--watch")
    assert result.exit_code == 0
    assert f"Đã lưu {mine}: lập lại" in result.stderr
    assert f"{mine}:1: lỗi cú pháp mẫu" in result.stderr  # located, and the watching went on
    assert result.stdout.count("45-BC-TTDVVL") == 2  # before the broken template and after it is gone


def test_without_watch_nothing_is_watched(run, monkeypatch, plan, tmp_path):
    seen = _saves(monkeypatch, [])
    assert run("render-registration", plan, "-o", tmp_path / "out").exit_code == 0
    assert seen == []
