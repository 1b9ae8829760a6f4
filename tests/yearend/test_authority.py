"""Who decides what, per regime and level of the unit's head, each naming its article."""

from __future__ import annotations

import pytest

from tdkt.rules.authority import authority, decision_bases
from tests.conftest import DATA, ROOT, SEED_PLAN
from tdkt.rules.catalogue import load_catalogue


@pytest.mark.parametrize("regime, level, code, decides, article", [
    ("nd91", "co_so", "LDTT", True, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "co_so", "CSTDCS", True, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "co_so", "TTLDTT", True, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "co_so", "TTLDXS", False, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "co_so", "BKT", False, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "xa", "GK", True, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "xa", "CSTDCS", False, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd91", "none", "LDTT", False, "Điều 43 Nghị định 91/2017/NĐ-CP"),
    ("nd98", "co_so", "CSTDCS", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "co_so", "GK", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "co_so", "CSTDT", False, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "huyen", "TTLDTT", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "xa", "LDTT", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "xa", "CSTDCS", False, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd98", "none", "GK", False, "Khoản 1 Điều 83 Luật Thi đua, khen thưởng 2022"),
    ("nd152", "co_so", "LDTT", True, "Điều 80 Luật Thi đua, khen thưởng 2022"),
    ("nd152", "xa", "CSTDCS", True, "Nghị định 129/2025/NĐ-CP"),
    ("nd152", "xa", "TTLDTT", True, "Nghị định 129/2025/NĐ-CP"),
    ("nd152", "xa", "TTLDXS", False, "Nghị định 129/2025/NĐ-CP"),
    ("nd152", "none", "LDTT", False, "Khoản 1 Điều 83 Luật Thi đua, khen thưởng 2022"),
])
def test_who_decides_what(regime, level, code, decides, article):
    found = authority(regime, level)
    assert found.decides(code) is decides
    assert article in found.source


def test_no_district_level_after_june_2025():
    assert authority("nd152", "huyen") is None


def test_every_code_decided_exists_in_its_regime():
    catalogue = load_catalogue()
    for regime in catalogue.regimes:
        for level in ("co_so", "huyen", "xa", "none"):
            found = authority(regime.id, level)
            for code in found.codes if found else ():
                assert catalogue.lookup(code, regime) is not None, (regime.id, level, code)


def test_decision_bases_by_regime():
    assert "Nghị định số 91/2017/NĐ-CP" in decision_bases("nd91")[1][0]
    assert [confirmed for _, confirmed in decision_bases("nd152")] == [True, True]


# The head's level read against the regime the plan is judged by: validate is the gate, so
# every year-end render refuses with the same located message.

def _with_level(tmp_path, source, level, name="2026.yaml"):
    text = (ROOT / source).read_text(encoding="utf-8")
    assert "authority: xa" in text
    path = tmp_path / name
    path.write_text(text.replace("authority: xa", f"authority: {level}"), encoding="utf-8")
    return path


def _located(path) -> str:
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "authority: huyen" in row)
    return f"{path}:{line}:16:"


def test_validate_places_a_district_level_after_june_2025(run, tmp_path):
    plan = _with_level(tmp_path, "examples/phuong-kh-2026.yaml", "huyen")
    result = run("validate", str(plan))
    assert result.exit_code == 1, result.output
    assert f"{_located(plan)} lỗi: cấp `huyen` không tồn tại hoặc không có thẩm quyền khen thưởng " \
           "theo Nghị định 152/2025/NĐ-CP: không còn cấp huyện từ ngày 01/7/2025" in result.output
    assert "gợi ý: ghi cấp có theo Nghị định 152/2025/NĐ-CP: `co_so`, `xa` hoặc `none`" in result.output
    english = run("validate", "--lang", "en", str(plan))
    assert english.exit_code == 1
    assert "error: level `huyen` does not exist or decides nothing under Decree 152/2025/NĐ-CP: " \
           "there is no district level from 1 July 2025" in english.output
    assert "hint: write a level that exists under Decree 152/2025/NĐ-CP: `co_so`, `xa` or `none`" in english.output


def test_school_year_ending_in_2026_has_no_district_level(run, tmp_path):
    plan = _with_level(tmp_path, "tests/data/yearend_school.yaml", "huyen")
    result = run("validate", str(plan))
    assert result.exit_code == 1 and "cấp `huyen` không tồn tại" in result.output, result.output


@pytest.mark.parametrize("command", ["render-decision", "render-proposal", "render-dossier"])
def test_year_end_renders_refuse_a_level_gone_from_the_regime(run, tmp_path, command):
    plan, out = _with_level(tmp_path, "examples/phuong-kh-2026.yaml", "huyen"), tmp_path / "out"
    result = run(command, str(plan), "-o", str(out))
    assert result.exit_code == 1, result.output
    assert f"{_located(plan)} lỗi: cấp `huyen` không tồn tại" in result.output
    assert "`co_so`, `xa` hoặc `none`" in result.output
    assert not out.exists() or not any(out.rglob("*.docx"))


def test_district_level_stands_before_july_2025(run, tmp_path):
    text = (DATA / "yearend_commune.yaml").read_text(encoding="utf-8")
    assert "year: 2026" in text
    plan = tmp_path / "2024.yaml"
    plan.write_text(text.replace("2026", "2024").replace("authority: xa", "authority: huyen"), encoding="utf-8")
    assert run("validate", str(plan)).exit_code == 0
    result = run("render-decision", str(plan), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output


def test_the_levels_listed_come_from_the_authority_data(run, tmp_path, monkeypatch):
    from tdkt.rules import authority as module

    data = module.authority_data()
    regimes = {**data["regimes"], "nd152": {k: v for k, v in data["regimes"]["nd152"].items() if k != "xa"}}
    monkeypatch.setattr(module, "authority_data", lambda: {**data, "regimes": regimes})
    plan = _with_level(tmp_path, "examples/phuong-kh-2026.yaml", "huyen")
    result = run("validate", str(plan))
    assert "gợi ý: ghi cấp có theo Nghị định 152/2025/NĐ-CP: `co_so` hoặc `none`" in result.output, result.output


def test_a_level_that_cannot_be_the_units_own_warns(run, tmp_path):
    """`xa` is a commune chairman's level: not a school principal's; `co_so` is no commune's."""
    school = run("validate", DATA / "yearend_school.yaml")
    assert school.exit_code == 0
    assert ("cấp `xa` (Chủ tịch Ủy ban nhân dân cấp xã) không phải cấp của thủ trưởng Trường Tiểu học Hòa An"
            in school.output)
    commune = run("validate", DATA / "yearend_commune.yaml")
    assert "không phải cấp của thủ trưởng" not in commune.output
    plan = _with_level(tmp_path, "tests/data/yearend_commune.yaml", "co_so")
    result = run("validate", plan)
    assert "cấp `co_so`" in result.output and "không phải cấp của thủ trưởng Ủy ban nhân dân phường Hòa Đông" in result.output
    assert "không phải cấp của thủ trưởng" not in run("validate", SEED_PLAN).output  # a centre under a Sở: co_so
