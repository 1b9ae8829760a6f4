"""`tdkt new`: a starter plan per kind of unit, valid as written, never over an existing file."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("kind", ["agency", "school", "commune"])
def test_each_starter_validates_and_renders(run, tmp_path, kind):
    plan = tmp_path / "plans" / f"{kind}.yaml"
    result = run("new", plan, "--kind", kind, "--year", "2026")
    assert result.exit_code == 0, result.output
    text = plan.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=tdkt-plan.schema.json")
    assert "(sửa)" in text and "__YEAR__" not in text
    assert (tmp_path / "plans" / "tdkt-plan.schema.json").exists()
    assert run("validate", plan, "--as-of", "2026-01-01").exit_code == 0
    result = run("render-plan", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output


def test_never_overwrites(run, tmp_path):
    plan = tmp_path / "2026.yaml"
    plan.write_text("# mine\n", encoding="utf-8")
    result = run("new", plan, "--kind", "agency", "--year", "2026")
    assert result.exit_code == 1 and "Không ghi đè" in result.output
    assert plan.read_text(encoding="utf-8") == "# mine\n"


def test_unknown_kind_is_a_usage_error(run, tmp_path):
    assert run("new", tmp_path / "x.yaml", "--kind", "hospital").exit_code == 2
