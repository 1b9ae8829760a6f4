"""`tdkt validate`'s rule checks on registrations and the province rules file."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_PLAN

SEED = SEED_PLAN.read_text(encoding="utf-8")


def _plan(tmp_path, text: str, rules: str | None = None):
    path = tmp_path / "2022.yaml"
    path.write_text(text, encoding="utf-8")
    if rules is not None:
        (tmp_path / "rules.yaml").write_text(rules, encoding="utf-8")
    return path


def _findings(run, path):
    result = run("validate", path, "--as-of", "2022-06-30", "--format", "json")
    return result.exit_code, json.loads(result.stdout)["files"][0]["findings"]


def test_seed_registrations_keep_within_the_cap(run):
    code, findings = _findings(run, SEED_PLAN)
    assert code == 0 and findings == []


def test_registrations_over_the_15_percent_cap_warn(run, tmp_path):
    text = SEED.replace("{person: ltnga, title: LDTT}", "{person: ltnga, title: CSTDCS}")
    code, findings = _findings(run, _plan(tmp_path, text))
    assert code == 0
    (finding,) = findings
    line = text.splitlines().index("      - {person: ltnga, title: CSTDCS}") + 1
    assert (finding["severity"], finding["code"], finding["line"]) == ("warning", "over_cap", line)
    assert finding["message"] == "2 đăng ký CSTĐCS, vượt tỷ lệ: tối đa 1 (15% của 13)"
    assert "Khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP" in finding["hint"]


def test_hired_too_recently_for_ldtt_warns(run, tmp_path):
    text = SEED.replace("hired: 2022-03-01", "hired: 2022-03-02")
    code, findings = _findings(run, _plan(tmp_path, text))
    warning, tldxs, decision = findings
    assert warning["code"] == "hired_too_recently"
    assert warning["message"] == "Tòng Văn Nam công tác 9 tháng tính đến hết năm 2022, chưa đủ 10 tháng để xét Lao động tiên tiến"
    # the council's LĐTT for him, and TLĐXS for his department (2/3 LĐTT), are then what
    # render-proposal would refuse: validate says so at their lines
    assert code == 1 and tldxs["code"] == decision["code"] == "council_unsupported"
    assert "2/3 thành viên đủ tiêu chuẩn Lao động tiên tiến (67%), cần ít nhất 70%" in tldxs["message"]
    assert decision["line"] == text.splitlines().index("    - {person: tvnam, title: LDTT, votes: 6}") + 1
    assert "9 tháng tính đến hết năm 2022, cần ít nhất 10 tháng" in decision["message"]


def test_province_rules_file_lowers_the_cap(run, tmp_path):
    text = SEED.replace("year: 2022\n", "year: 2022\nrules:\n  file: rules.yaml\n", 1)
    rules = "source: Quyết định 99/2021/QĐ-UBND tỉnh Sơn La\nparameters:\n  cstdcs_max_share_of_ldtt: 5\n"
    code, findings = _findings(run, _plan(tmp_path, text, rules))
    # 5% of 13 leaves no place: the registration is warned about, the council's CSTĐCS refused, and
    # so is TLĐXS for the department whose only CSTĐCS candidate that was (Điều 27)
    assert code == 1
    assert [(f["code"], f["hint"]) for f in findings] == [
        ("over_cap", "căn cứ: Quyết định 99/2021/QĐ-UBND tỉnh Sơn La; Hội đồng cân nhắc trước khi bình xét"),
        ("council_unsupported", "`render-proposal` sẽ không lập tờ trình; xem `tdkt evaluate`, sửa dữ liệu xét hoặc quyết định của Hội đồng"),
        ("council_over_cap", "căn cứ: Quyết định 99/2021/QĐ-UBND tỉnh Sơn La; Hội đồng chọn 0 trong số: Vũ Quang Khải, Lường Văn Hùng")]


def test_rules_file_mistakes_are_located_in_that_file(run, tmp_path):
    text = SEED.replace("year: 2022\n", "year: 2022\nrules:\n  file: rules.yaml\n", 1)
    rules = ("source: QĐ tỉnh\nparameters:\n  cstdcs_max_share_of_ldt: 10\n"
             "  tldxs_min_ldtt_share: 60\n  tldtt_min_ldtt_share: bảy mươi\n")
    code, findings = _findings(run, _plan(tmp_path, text, rules))
    assert code == 1
    got = [(f["path"].endswith("rules.yaml"), f["line"], f["column"], f["code"]) for f in findings]
    assert got == [(True, 3, 3, "unknown_rule"), (True, 4, 3, "rule_fixed_by_law"), (True, 5, 25, "expected_number")]
    assert findings[0]["hint"] == "có phải ý bạn là `cstdcs_max_share_of_ldtt`? (danh sách ở README)"


def test_missing_rules_file(run, tmp_path):
    text = SEED.replace("year: 2022\n", "year: 2022\nrules:\n  file: khong-co.yaml\n", 1)
    code, findings = _findings(run, _plan(tmp_path, text))
    line = text.splitlines().index("  file: khong-co.yaml") + 1
    assert code == 1 and [(f["line"], f["column"], f["code"]) for f in findings] == [(line, 9, "rules_file_missing")]


@pytest.mark.parametrize("regime, codes", [
    ("nd91", []),  # the regime in force on 31/12/2022: accepted
    ("nd98", ["regime_not_in_force"]),  # from 01/01/2024: would drop the 15 % cap silently
    ("nd152", ["regime_not_in_force"]),  # from 01/07/2025
])
def test_a_named_regime_must_be_in_force_on_the_evaluated_date(run, tmp_path, regime, codes):
    text = SEED.replace("year: 2022\n", f"year: 2022\nrules:\n  regime: {regime}\n", 1)
    code, findings = _findings(run, _plan(tmp_path, text))
    assert [f["code"] for f in findings] == codes and code == (1 if codes else 0)
    for finding in findings:
        assert (finding["line"], finding["column"]) == (text.splitlines().index(f"  regime: {regime}") + 1, 11)
        assert finding["message"].startswith(f"`{regime}` (Nghị định ") and "năm xét tính đến 31/12/2022" in finding["message"]
        assert finding["hint"] == "ghi `regime: nd91` (Nghị định 91/2017/NĐ-CP) hoặc bỏ dòng này để chọn theo năm"


def test_named_regime_also_governs_the_title_catalogue(run, tmp_path):
    text = SEED.replace("year: 2022\n", "year: 2022\nrules:\n  regime: nd98\n", 1).replace(
        "{person: ltnga, title: LDTT}", "{person: ltnga, title: LDTX}")
    code, findings = _findings(run, _plan(tmp_path, text))
    assert code == 1
    assert [f["message"] for f in findings][1:] == ["không có danh hiệu, hình thức khen thưởng `LDTX` theo Nghị định 98/2023/NĐ-CP"]
