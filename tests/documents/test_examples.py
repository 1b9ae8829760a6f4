"""Each example plan renders its reference document word for word with the shipped templates."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.conftest import ROOT
from tests.docx.readback import full_text, open_docx

EXAMPLES = ROOT / "examples"
REFERENCES = ROOT / "tests" / "data" / "examples"
CASES = [
    ("phuong-kh-2026", ["render-plan"]),
    ("tieuhoc-kh-2025-2026", ["render-plan"]),
    ("benhvien-kh-2025", ["render-plan"]),
    ("benhvien-bc-tongket-2024", ["report", "--quarter", "4"]),
]


def reference_words(name: str) -> list[str]:
    """The reference text's words (its metadata header and layout markers left out)."""
    text = (REFERENCES / f"{name}.txt").read_text(encoding="utf-8")
    body = text.split("\n\n", 1)[1]
    body = re.sub(r"^\[(bảng|hết bảng|sang trang)\]$", "", body, flags=re.M)
    return words(body)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())


@pytest.mark.parametrize(("name", "command"), CASES, ids=[c[0] for c in CASES])
def test_example_renders_its_reference_word_for_word(run, tmp_path, name, command):
    result = run(*command, EXAMPLES / f"{name}.yaml", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (docx_path,) = tmp_path.glob("*.docx")
    rendered = words(full_text(open_docx(docx_path.read_bytes())))
    assert rendered == reference_words(name)


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_example_validates_without_errors(run, name):
    result = run("validate", EXAMPLES / f"{name}.yaml")
    assert result.exit_code == 0, result.output


def test_school_year_is_evaluated_at_its_end(tmp_path):
    from tdkt.checking import load_plan
    from tdkt.rules.ruleset import regime_of

    plan = load_plan(EXAMPLES / "tieuhoc-kh-2025-2026.yaml").plan
    assert plan.period.school and plan.period.end.isoformat() == "2026-05-31"
    assert plan.year == 2026
    assert regime_of(plan.year, plan.rules.regime).id == "nd152"


def test_a_report_states_the_staff_count_only_when_the_plan_gives_it(run, tmp_path):
    seed = (ROOT / "plans" / "2022.yaml").read_text(encoding="utf-8")
    counted = tmp_path / "counted" / "2022.yaml"
    counted.parent.mkdir()
    counted.write_text(seed.replace("  head: vqkhai\n", "  head: vqkhai\n  staff: 14\n", 1), encoding="utf-8")
    for plan, out in ((ROOT / "plans" / "2022.yaml", tmp_path / "a"), (counted, tmp_path / "b")):
        result = run("report", "--quarter", "4", plan, "--as-of", "2022-12-31", "-o", out)
        assert result.exit_code == 0, result.output
    unknown = full_text(open_docx(next((tmp_path / "a").glob("*.docx")).read_bytes()))
    known = full_text(open_docx(next((tmp_path / "b").glob("*.docx")).read_bytes()))
    assert "viên chức, người lao động." not in unknown.split("II. KẾT QUẢ")[0]
    assert "với 14 cán bộ, viên chức, người lao động." in known
