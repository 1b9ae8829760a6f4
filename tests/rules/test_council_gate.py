"""`tdkt validate` is the gate: what render-proposal would refuse is an error at the decision's line."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_PLAN, over_cap_plan

SEED = SEED_PLAN.read_text(encoding="utf-8")


@pytest.mark.parametrize("old, new, code, column, message", [
    # Khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP: CSTĐCS for at most 15 % of LĐTT (1 place of 12)
    ("    - {person: vqkhai, title: LDTT, votes: 7}", "    - {person: vqkhai, title: CSTDCS, votes: 7}",
     "council_over_cap", 31, "2 đề nghị Chiến sĩ thi đua cơ sở, vượt tỷ lệ: tối đa 1 (15% của 12)"),
    # Điều 24 Luật Thi đua, khen thưởng 2003: LĐTT needs a rating of htt or better
    ("    - {person: bvthanh, title: LDTT, votes: 7}", "    - {person: vtlinh, title: LDTT, votes: 7}",
     "council_unsupported", 31, "Hội đồng đề nghị Lao động tiên tiến cho Vì Thị Linh nhưng chưa đủ căn cứ: "
                                "xếp loại hoàn thành nhiệm vụ, cần hoàn thành tốt nhiệm vụ trở lên"),
    # a Giấy khen is weighed too: an award the inputs do not support
    ("    - {person: cvtuan, title: LDTT, votes: 7}", "    - {person: vtlinh, title: LDTT, awards: [GK], votes: 7}",
     "council_unsupported", 46, "Hội đồng đề nghị Giấy khen cho Vì Thị Linh nhưng chưa đủ căn cứ: "
                                "xếp loại hoàn thành nhiệm vụ, cần hoàn thành tốt nhiệm vụ trở lên"),
])
def test_validate_refuses_what_render_proposal_refuses(run, tmp_path, old, new, code, column, message):
    assert old in SEED
    text = SEED.replace(old, new, 1)
    path = tmp_path / "2022.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("validate", path, "--as-of", "2022-12-31", "--format", "json")
    found = [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["code"].startswith("council_")]
    assert result.exit_code == 1
    assert [(f["code"], f["line"], f["column"], f["severity"]) for f in found][-1] == (
        code, text.splitlines().index(new) + 1, column, "error")
    assert found[-1]["message"] == message
    assert run("render-proposal", path, "-o", tmp_path / "out").exit_code == 1
    # the plan stays readable: evaluate still explains it
    assert run("evaluate", path).exit_code == 0


def test_the_seed_council_passes_the_gate(run):
    result = run("validate", SEED_PLAN, "--as-of", "2022-12-31", "--format", "json")
    assert result.exit_code == 0
    assert not [f for f in json.loads(result.stdout)["files"][0]["findings"] if f["severity"] == "error"]


def test_more_decisions_than_places_are_no_choice_within_the_cap(run, tmp_path):
    """Khoản 4 Điều 27 Luật 2003: TLĐXS needs a member holding CSTĐCS; with 2 decided for 1 place
    neither holds it yet, so the collective titles resting on them await the council."""
    path = over_cap_plan(tmp_path)
    result = run("evaluate", path, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    status = {d["id"]: {v["code"]: v["status"] for v in d["verdicts"]} for d in data["departments"]}
    assert (status["tvgt"]["TTLDXS"], status["bgd"]["TTLDXS"]) == ("awaits_council", "awaits_council")
    (cap,) = [c for c in data["caps"] if c["code"] == "CSTDCS"]
    assert [d["id"] for d in cap["dependents"]] == ["bgd", "tvgt"]
    text = run("evaluate", path).stdout
    assert "Tập thể lao động xuất sắc (đăng ký): chờ Hội đồng chọn trong tỷ lệ" in text
    assert "1 thành viên đủ tiêu chuẩn Chiến sĩ thi đua cơ sở, cần ít nhất 1" not in text
