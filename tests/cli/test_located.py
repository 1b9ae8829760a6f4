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
    assert f"{path}:11:63: lỗi: `10000` không phải là một năm" in out
    assert f"{path}:11:85: lỗi: `năm trước` không phải là một năm" in out
    assert "      gợi ý: viết năm bằng 4 chữ số, vd. `2021:`" in out


@pytest.mark.parametrize("key", ["ghi-chu", "ghi[0]", "x-y[z]"])
def test_top_level_keys_with_dashes_or_brackets(tdkt, tmp_path, key):
    path = write(tmp_path, f"{key}: 1\n" + VALID)
    out = validate(tdkt, path).splitlines()
    assert f"{path}:1:1: lỗi: khóa không hợp lệ `{key}`" in out
    assert any(line.startswith("      gợi ý: các khóa hợp lệ: year, rules, unit") for line in out)


def test_hyphenated_misspelling_points_at_the_key(tdkt, tmp_path):
    path = write(tmp_path, VALID.replace("done_on:", "done-on:"))
    out = validate(tdkt, path, "--lang", "en").splitlines()
    assert f"{path}:30:7: error: unknown key `done-on`" in out
    assert "      hint: did you mean `done_on`?" in out
