"""The number register and its checks, read through `tdkt numbers` and `tdkt validate`."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_PLAN

SEED = SEED_PLAN.read_text(encoding="utf-8")


def test_register_of_the_seed(run):
    result = run("numbers", SEED_PLAN, "--format", "json")
    assert result.exit_code == 0, result.stdout
    data = json.loads(result.stdout)
    refs = {d["reference"]: d for d in data["documents"]}
    assert {"12/KH-TTDVVL", "18/BC-TTDVVL", "45/BC-TTDVVL", "52/TTr-TTDVVL", "60/QĐ-TTDVVL", "25/QĐ-TTDVVL",
            "05/BB-HĐTĐKT", "05/BB-TTDVVL"} <= set(refs)
    assert refs["05/BB-HĐTĐKT"]["sequence"] == "Hội đồng TĐKT · BB · 2022"  # the council's own sequence
    assert refs["05/BB-TTDVVL"]["sequence"] == "đơn vị · BB · 2022"
    assert refs["20/KH-TTDVVL"]["approximate_date"] is True
    assert len([r for r in data["documents"] if r["reference"] == "25/QĐ-TTDVVL"]) == 1  # cited twice, one document
    runs = {s["sequence"]: s for s in data["sequences"]}
    assert runs["đơn vị · QĐ · 2022"]["next"] == 61
    assert runs["đơn vị · QĐ · 2022"]["gaps"][:2] == [1, 2] and 25 not in runs["đơn vị · QĐ · 2022"]["gaps"]


def test_register_as_text(run):
    result = run("numbers", SEED_PLAN)
    assert result.exit_code == 0
    assert "  đơn vị · KH · 2022: số tiếp theo 99; chưa thấy 01–11, 13–19, 21–97" in result.stdout
    assert "05  BB-HĐTĐKT" in result.stdout
    english = run("--lang", "en", "numbers", SEED_PLAN)
    assert english.stdout.startswith("NUMBER REGISTER 2022 – Trung tâm Dịch vụ việc làm\n")


def test_seed_register_is_clean(run):
    result = run("validate", SEED_PLAN, "--as-of", "2022-06-30")
    assert "số" not in "".join(l for l in result.stdout.splitlines() if "cảnh báo:" in l or "lỗi:" in l)


@pytest.mark.parametrize("old, new, severity, said", [
    # the head's decision takes the number of the initiatives' decision, on another day
    ("    authority: co_so\n    number: 60\n", "    authority: co_so\n    number: 25\n", "lỗi",
     "số, ký hiệu 25/QĐ-TTDVVL dùng cho hai văn bản trong năm 2022 (ngày 15/11/2022 và 26/12/2022)"),
    # a lower number issued after a higher one in the same sequence
    ("    authority: co_so\n    number: 60\n", "    authority: co_so\n    number: 20\n", "cảnh báo",
     "số 25/QĐ-TTDVVL ngày 15/11/2022 lớn hơn số 20/QĐ-TTDVVL nhưng ngày sớm hơn (26/12/2022)"),
    # the quarter-two report dated in the next year
    ("    number: 45\n    date: 28/06/2022\n", "    number: 45\n    date: 05/01/2023\n", "cảnh báo",
     "văn bản 45/BC-TTDVVL ngày 05/01/2023 nằm ngoài năm 2022: số này thuộc dãy số năm 2023"),
    # a number under 10 without its leading zero
    ("  minutes: 05/BB-HĐTĐKT\n", "  minutes: 5/BB-HĐTĐKT\n", "cảnh báo",
     "số nhỏ hơn 10 viết thiếu số 0 ở đầu: `5/BB-HĐTĐKT`"),
])
def test_register_checks(run, tmp_path, old, new, severity, said):
    assert old in SEED
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED.replace(old, new, 1), encoding="utf-8")
    result = run("validate", plan, "--as-of", "2022-06-30")
    lines = [line for line in result.stdout.splitlines() if said in line]
    assert lines and f": {severity}: " in lines[0], result.stdout
    assert result.exit_code == (1 if severity == "lỗi" else 0)


def test_register_checks_in_english(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED.replace("  minutes: 05/BB-HĐTĐKT\n", "  minutes: 5/BB-HĐTĐKT\n"), encoding="utf-8")
    result = run("validate", plan, "--as-of", "2022-06-30", "--lang", "en")
    assert "a number under 10 lacks its leading zero: `5/BB-HĐTĐKT`" in result.stdout
    assert "write `05/BB-HĐTĐKT`" in result.stdout
