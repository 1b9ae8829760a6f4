"""`tdkt next-year`: next year's plan beside this one, validated, with history and comments kept."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from tests.conftest import SEED_PLAN


@pytest.fixture
def plans(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(SEED_PLAN, folder / "2022.yaml")
    return folder


def test_next_year_validates_carries_titles_and_comments(run, plans):
    from tdkt.checking import load_plan

    result = run("next-year", plans / "2022.yaml")
    assert result.exit_code == 0, result.stdout
    target = plans / "2023.yaml"
    assert "2023.yaml: 0 lỗi" in result.stdout and "hợp lệ" in result.stdout
    assert run("validate", target, "--as-of", "2023-01-01").exit_code == 0
    plan = load_plan(target, as_of=date(2023, 1, 1)).plan
    assert plan.year == 2023 and plan.plan.number is None and plan.plan.date is None
    assert not plan.registrations and plan.council is None
    people = plan.people()
    assert len(people) == 13
    lvhung = people["lvhung"].history
    assert [lvhung[y].titles for y in (2020, 2021, 2022)] == [["CSTDCS"]] * 3
    assert people["nthuong"].history[2022].awards == ["GK"] and people["nthuong"].rating is None
    assert people["vtlinh"].history[2022].rating == "ht" and not people["vtlinh"].history[2022].titles
    assert plan.department("tvgt").history[2022].titles == ["TTLDXS"]
    assert all(m.status == "planned" and m.due is None and m.done_on is None for m in plan.plan.milestones)
    text = target.read_text(encoding="utf-8")
    for comment in ("# yaml-language-server: $schema=../schema/tdkt-plan.schema.json", "    # Quý II",
                    "      # tuyển dụng 01/3/2022: vừa đủ 10 tháng", "  # I.1. Mục đích",
                    "filing: HCTH          # DỮ LIỆU MẪU"):
        assert comment in text
    assert "theo quyết định của Hội đồng Thi đua - Khen thưởng" in text  # titles from the council, said so
    assert "Cán bộ cần điền" in result.stdout and "registrations" in result.stdout


def _unwrapped(text: str) -> bool:
    """Every flow collection in the text closes on the line it opens."""
    lines = [line.split(" #")[0] for line in text.splitlines()]
    return all(line.count("{") == line.count("}") and line.count("[") == line.count("]") for line in lines)


def test_history_written_into_a_member_line_is_never_wrapped(run, plans):
    assert run("next-year", plans / "2022.yaml").exit_code == 0
    text = (plans / "2023.yaml").read_text(encoding="utf-8")
    assert ("      - {id: nthuong, name: Nguyễn Thị Hường, position: Trưởng phòng, gender: nữ, hired: 2010-07-01, "
            "history: {2022: {rating: htxs, titles: [LDTT], awards: [GK]}}}\n") in text
    assert _unwrapped(text)


def test_refuses_to_overwrite(run, plans):
    target = plans / "2023.yaml"
    target.write_text("# đã có\n", encoding="utf-8")
    result = run("next-year", plans / "2022.yaml")
    assert result.exit_code == 1 and result.stderr == (
        f"{target}: đã có tệp này; không ghi đè\n  gợi ý: đổi tên hoặc xóa tệp đó nếu muốn lập lại kế hoạch năm sau\n")
    assert target.read_text(encoding="utf-8") == "# đã có\n"


def test_a_next_plan_made_meanwhile_is_not_overwritten(run, plans, monkeypatch):
    """The file may appear while next-year works (a colleague, a second run): it is still kept."""
    from tdkt.yearly import next_year

    target, carry = plans / "2023.yaml", next_year.carry

    def meanwhile(*args, **kwargs):
        target.write_text("# vừa lập\n", encoding="utf-8")
        return carry(*args, **kwargs)

    monkeypatch.setattr(next_year, "carry", meanwhile)
    result = run("next-year", plans / "2022.yaml")
    assert result.exit_code == 1 and f"{target}: đã có tệp này" in result.stderr
    assert target.read_text(encoding="utf-8") == "# vừa lập\n"


def test_recorded_results_win_over_the_council(run, plans):
    source = plans / "2022.yaml"
    source.write_text(source.read_text(encoding="utf-8") + (
        "results:\n"
        "  - {person: lvhung, title: LDTT, decision: 150/QĐ-SLĐTBXH}\n"), encoding="utf-8")
    assert run("next-year", source).exit_code == 0
    from tdkt.checking import load_plan

    plan = load_plan(plans / "2023.yaml", as_of=date(2023, 1, 1)).plan
    assert plan.people()["lvhung"].history[2022].titles == ["LDTT"]
    assert plan.people()["qthoa"].history[2022].titles == []  # no result recorded for her
    assert "theo kết quả khen thưởng (`results`)" in (plans / "2023.yaml").read_text(encoding="utf-8")


def test_department_history_titles_are_checked(run, tmp_path):
    plan = tmp_path / "2023.yaml"
    text = (SEED_PLAN.read_text(encoding="utf-8").replace("year: 2022", "year: 2023")
            .replace("    name: Ban Giám đốc\n", "    name: Ban Giám đốc\n    history:\n      2022: {titles: [CSTDCS]}\n"))
    plan.write_text(text, encoding="utf-8")
    result = run("validate", plan, "--as-of", "2023-01-01")
    assert result.exit_code == 1
    assert "2023.yaml:29:23: lỗi: `Chiến sĩ thi đua cơ sở` là danh hiệu cá nhân, không xét cho tập thể" in result.stdout


def test_school_year_plan_moves_on_a_year_keeping_its_own_layout(run, tmp_path):
    from tests.conftest import ROOT

    source = tmp_path / "2025-2026.yaml"
    shutil.copy(ROOT / "examples" / "tieuhoc-kh-2025-2026.yaml", source)
    result = run("next-year", source)
    assert result.exit_code == 0, result.stdout
    target = tmp_path / "2026-2027.yaml"
    assert "2026-2027.yaml: 0 lỗi, 0 cảnh báo — hợp lệ" in result.stdout
    old, new = source.read_text(encoding="utf-8"), target.read_text(encoding="utf-8")
    assert "school_year: 2026-2027\n" in new and "    - month: 9/2026\n" in new and "month: 9/2025" not in new
    # the body's own layout (lists level with their key, the clerk's line breaks) is kept line for line
    body = old[old.index("  body:\n"):old.index("  body:\n") + 600]
    assert body in new
    assert "number: 06/2022/QH15" in new  # a law stays a basis with its number; the year's own documents do not
    assert "number: 118/KH-UBND" not in new
