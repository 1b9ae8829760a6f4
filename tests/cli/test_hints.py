"""Every plan, rollup.yaml and template mistake says what to do (`gợi ý` / `hint`)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.cli.test_templates import render_with
from tests.conftest import SEED_PLAN


def _plan(tmp_path, old: str, new: str):
    text = SEED_PLAN.read_text(encoding="utf-8")
    assert old in text
    plan = tmp_path / "2022.yaml"
    plan.write_text(text.replace(old, new, 1), encoding="utf-8")
    return plan


def _hint_after(output: str, message: str) -> str:
    """The hint line that follows the finding whose message holds `message`."""
    lines = output.splitlines()
    at = next(i for i, line in enumerate(lines) if message in line)
    hint = next(line for line in lines[at + 1:at + 5] if line.strip().startswith(("gợi ý:", "hint:")))
    return hint.strip()


@pytest.mark.parametrize(("old", "new", "message", "vi", "en"), [
    ("{department: hcth, title: TTLDTT, votes: 7}", "{department: hcth, title: TTLDTT, votes: 9}",
     ("9 phiếu đồng ý nhiều hơn số thành viên Hội đồng (7)", "9 votes in favour"),
     "gợi ý: kiểm tra số thành viên Hội đồng (`council.members`) hoặc số phiếu đồng ý (`votes`)",
     "hint: check the number of council members (`council.members`) or the vote count (`votes`)"),
    ("\nyear: 2022\n", "\nyear: twenty\n", ("`year` phải là số nguyên", "`year` must be a whole number"),
     "gợi ý: viết bằng chữ số, vd. `2022`", "hint: write it in digits, e.g. `2022`"),
    ("{person: lvhung, title: CSTDCS}", "{person: nobody, title: CSTDCS}",
     ("không có người nào mã `nobody`", "no person has the id `nobody`"),
     "gợi ý: dùng một mã trong `departments[].members[].id`",
     "hint: use an id from `departments[].members[].id`"),
    ("{department: hcth, title: TTLDTT, votes: 7}", "{department: hcth, person: nthuong, title: TTLDTT, votes: 7}",
     ("mỗi đề nghị ghi đúng một trong", "each decision names exactly one of"),
     "gợi ý: ghi `department: <mã phòng>` cho tập thể hoặc `person: <mã người>` cho cá nhân",
     "hint: write `department: <id>` for a collective or `person: <id>` for a person"),
    ("  name: Trung tâm Dịch vụ việc làm\n", '  name: ""\n', ("`unit.name` không được để trống", "`unit.name` must not be empty"),
     "gợi ý: ghi nội dung sau dấu `:`", "hint: write a value after the `:`"),
    ("\n  members: 7\n", "\n  members: -3\n", ("`council.members` phải trong khoảng 1–999", "`council.members` must be from 1 to 999"),
     "gợi ý: kiểm tra lại số đã gõ", "hint: check the number typed"),
])
def test_plan_mistakes_have_hints(run, tmp_path, old, new, message, vi, en):
    plan = _plan(tmp_path, old, new)
    result = run("validate", plan, "--as-of", "2022-12-31")
    assert result.exit_code == 1
    assert _hint_after(result.stdout, message[0]).startswith(vi)
    english = run("validate", plan, "--as-of", "2022-12-31", "--lang", "en")
    assert _hint_after(english.stdout, message[1]).startswith(en)


def test_a_near_match_is_still_suggested(run, tmp_path):
    plan = _plan(tmp_path, "{person: lvhung, title: CSTDCS}", "{person: lvhunq, title: CSTDCS}")
    result = run("validate", plan, "--as-of", "2022-12-31")
    assert _hint_after(result.stdout, "không có người nào mã `lvhunq`") == "gợi ý: có phải ý bạn là `lvhung`?"


def test_rollup_yaml_number_mistakes_have_hints(run, tmp_path):
    units = tmp_path / "units"
    units.mkdir()
    (units / "2022.yaml").write_text(SEED_PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    (units / "rollup.yaml").write_text(
        "office: {name: Sở X, place: Sơn La}\n"
        "caps:\n"
        "  - {title: CSTDCS, percent: abc, of: LDTT, source: x}\n"
        "  - {title: BKT, max: many, source: x}\n", encoding="utf-8")
    result = run("rollup", units, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert f"{units / 'rollup.yaml'}:3:30: lỗi: `caps[0].percent` phải là một số, không phải `abc`" in result.stdout
    assert _hint_after(result.stdout, "`caps[0].percent`") == "gợi ý: viết một số bằng chữ số, vd. `15` hoặc `12.5`"
    assert _hint_after(result.stdout, "`caps[1].max`") == "gợi ý: viết bằng chữ số, vd. `7`"
    english = run("rollup", units, "-o", tmp_path / "out", "--lang", "en")
    assert _hint_after(english.stdout, "`caps[0].percent`") == "hint: write a number in digits, e.g. `15` or `12.5`"


def test_an_unknown_template_variable_lists_the_variables(run, tmp_path):
    result, own = render_with(run, tmp_path, "{{ khong_co }}\n")
    assert result.stderr.startswith(f"{own / 'ke_hoach.j2'}:1: không có biến `khong_co`")
    hint = _hint_after(result.stderr, "không có biến")
    assert hint.startswith("gợi ý: kiểm tra chính tả; mẫu này nhận các biến: ")
    assert {"unit", "year", "purposes", "quarters"} <= set(hint.split(": ")[-1].split(", "))
    english, _ = render_with(run, tmp_path, "{{ unit.khong_co }}\n", "--lang", "en")
    assert _hint_after(english.stderr, "there is no field").startswith("hint: check the spelling; the shipped template")


def test_a_folder_given_to_a_one_plan_command_has_a_hint(run, tmp_path):
    result = run("status", tmp_path)
    assert result.exit_code == 1
    assert _hint_after(result.stdout, "đây là thư mục, không phải tệp kế hoạch").startswith("gợi ý: lệnh này nhận một tệp")
    english = run("--lang", "en", "next-year", tmp_path)
    assert _hint_after(english.stdout, "this is a folder, not a plan file").startswith("hint: this command takes one file")


def test_every_plan_message_has_a_hint_in_both_languages():
    from tdkt.plan.messages import FALLBACK_HINTS, MESSAGES

    assert [code for code, (_, _, vi, en) in MESSAGES.items() if not (vi and en) and code not in FALLBACK_HINTS] == []
    for texts in MESSAGES.values():  # each fills with str.format: a literal brace is doubled
        for text in texts:
            text.format_map(defaultdict(str))


def test_an_empty_rules_file_or_rollup_yaml_is_not_told_to_start_from_a_plan(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED_PLAN.read_text(encoding="utf-8") + "rules: {file: tinh.yaml}\n", encoding="utf-8")
    (tmp_path / "tinh.yaml").write_text("# quy định của tỉnh\n", encoding="utf-8")
    result = run("validate", plan, "--as-of", "2022-12-31")
    assert result.exit_code == 1
    assert f"{tmp_path / 'tinh.yaml'}:1:1: lỗi: tệp quy định rỗng" in result.stdout
    assert _hint_after(result.stdout, "tệp quy định rỗng").startswith("gợi ý: ghi `source:` (văn bản quy định) rồi `parameters:`")
    (tmp_path / "rollup.yaml").write_text("", encoding="utf-8")
    (tmp_path / "tinh.yaml").unlink()
    plan.write_text(SEED_PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("--lang", "en", "rollup", tmp_path, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert _hint_after(result.stdout, "rollup.yaml is empty") == (
        "hint: write `office: {name: …, place: …}` (see the README, Tổng hợp ngành), or delete this file")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("text", "vi", "hint"), [
    ("year: 2022\nunit:\n\tname: X\n", "3:1: lỗi: lỗi cú pháp YAML: thụt lề bằng phím Tab",
     "gợi ý: YAML chỉ thụt lề bằng dấu cách: thay Tab bằng dấu cách"),
    ("year: 2022\nunit: @x\n", "2:7: lỗi: lỗi cú pháp YAML: ký tự không được đứng đầu giá trị", "gợi ý: đặt giá trị trong ngoặc kép"),
])
def test_a_character_yaml_cannot_start_with_is_named(run, tmp_path, text, vi, hint):
    plan = tmp_path / "2022.yaml"
    plan.write_text(text, encoding="utf-8")
    result = run("validate", plan)
    assert result.exit_code == 1 and f"{plan}:{vi}\n" in result.stdout
    assert _hint_after(result.stdout, vi) == hint


def test_a_pattern_given_to_a_one_plan_command_says_so(run, tmp_path):
    pattern = tmp_path / "*.yaml"
    result = run("status", pattern)
    assert result.exit_code == 1
    assert f"{pattern}: lỗi: không có tệp tên này; lệnh này nhận một tệp, không nhận mẫu `*`" in result.stdout
    assert _hint_after(result.stdout, "không nhận mẫu").startswith("gợi ý: ghi tên một tệp kế hoạch")
    english = run("--lang", "en", "numbers", pattern)
    assert _hint_after(english.stdout, "not a `*` pattern").startswith("hint: name one plan file")
