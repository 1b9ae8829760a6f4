"""`tdkt evaluate` on the seed plan's sample year-end inputs."""

from __future__ import annotations

import io
import json

from tests.conftest import SEED_PLAN, over_cap_plan


def test_json_verdicts_reasons_and_articles(run):
    result = run("evaluate", SEED_PLAN, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["regime"]["id"] == "nd91"
    people = {p["id"]: {v["code"]: v for v in p["verdicts"]} for p in data["people"]}
    assert people["tvnam"]["LDTT"]["status"] == "eligible"  # hired 1/3: exactly 10 months
    assert people["vtlinh"]["LDTT"]["status"] == "not_eligible"  # rated ht
    assert people["ltmai"]["CSTDCS"]["status"] == "not_eligible"
    reason = next(r for r in people["ltmai"]["CSTDCS"]["reasons"] if r["code"] == "initiative")
    assert reason["source"] == "Khoản 2 Điều 23 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)"
    assert (reason["confirmed"], reason["cited"]) == (True, False)  # the clause of the 2003 law: not checked
    departments = {d["id"]: {v["code"]: v for v in d["verdicts"]} for d in data["departments"]}
    assert departments["tvgt"]["TTLDXS"]["status"] == "eligible"
    assert departments["bhtn"]["TTLDXS"]["status"] == "not_eligible"


def test_cap_lists_candidates_and_never_picks(run):
    data = json.loads(run("evaluate", SEED_PLAN, "--format", "json").stdout)
    (cap,) = data["caps"]
    assert (cap["code"], cap["base"], cap["places"], cap["over"]) == ("CSTDCS", 12, 1, True)
    assert [c["id"] for c in cap["candidates"]] == ["vqkhai", "lvhung"]
    text = run("evaluate", SEED_PLAN).stdout
    assert "Vượt tỷ lệ: Hội đồng Thi đua - Khen thưởng chọn 1 trong số: Vũ Quang Khải [vqkhai], Lường Văn Hùng [lvhung]" in text


def test_english(run):
    text = run("evaluate", SEED_PLAN, "--lang", "en").stdout
    assert "Over the cap: the council chooses 1 among" in text
    assert "meets the criteria" in text


def test_invalid_plan_exits_1_without_traceback(run, tmp_path):
    bad = tmp_path / "2022.yaml"
    bad.write_text("year: 2022\n", encoding="utf-8")
    result = run("evaluate", bad)
    assert result.exit_code == 1 and "Traceback" not in result.stdout


def test_json_is_written_piecewise_as_one_document(run):
    from tdkt.cli.evaluate import write_json

    data = json.loads(run("evaluate", SEED_PLAN, "--format", "json").stdout)
    out = io.StringIO()
    write_json(data, out)
    assert out.getvalue() == json.dumps(data, ensure_ascii=False) + "\n"


def test_rewards_of_unsupported_decisions_are_named_and_not_counted(run, tmp_path):
    plan = over_cap_plan(tmp_path)
    text = run("evaluate", plan).stdout
    for line in ("Vì Thị Linh – Lao động tiên tiến: 450.000 đồng", "Lường Văn Hùng – Chiến sĩ thi đua cơ sở: 1.490.000 đồng",
                 "Vũ Quang Khải – Chiến sĩ thi đua cơ sở: 1.490.000 đồng",
                 "Phòng Tư vấn - Giới thiệu việc làm – Tập thể lao động xuất sắc: 2.240.000 đồng"):
        (found,) = [ln for ln in text.splitlines() if ln.strip().startswith(line)]
        assert found.endswith("— quyết định chưa đủ căn cứ (xem trên), không tính vào tổng")
    assert "  Tổng cộng: 10.500.000 đồng; trong đó đơn vị quyết định: 9.010.000 đồng" in text
    data = json.loads(run("evaluate", plan, "--format", "json").stdout)["rewards"]
    assert data["total"] == 10_500_000 and sum(i["amount"] for i in data["items"] if i["supported"]) == data["total"]
    assert {i["name"] for i in data["items"] if not i["supported"]} == {
        "Vì Thị Linh", "Lường Văn Hùng", "Vũ Quang Khải", "Phòng Tư vấn - Giới thiệu việc làm"}
    seed = run("evaluate", SEED_PLAN).stdout
    assert "chưa đủ căn cứ (xem trên)" not in seed and "  Tổng cộng: 14.680.000 đồng" in seed
