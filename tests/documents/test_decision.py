"""The Quyết định khen thưởng names the unit's parts in its own words (drives `tdkt render-decision`)."""

from __future__ import annotations

from tests.conftest import DATA
from tests.docx.readback import full_text, open_docx


def test_article_3_names_the_units_parts_in_its_own_words(run, tmp_path):
    plan = tmp_path / "2025-2026.yaml"
    text = (DATA / "yearend_school.yaml").read_text(encoding="utf-8")
    old = "  head: hieu\n"
    assert text.count(old) == 1
    plan.write_text(text.replace(old, old + "  terms: {departments: tổ chuyên môn, staff: giáo viên}\n"), encoding="utf-8")
    result = run("render-decision", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "out").glob("*-QD-*.docx")
    text = full_text(open_docx(path.read_bytes()))
    assert ("Quyết định này có hiệu lực kể từ ngày ký. Các tổ chuyên môn có liên quan, các tập thể và cá nhân"
            " có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.") in text
    assert "phòng, bộ phận" not in text
