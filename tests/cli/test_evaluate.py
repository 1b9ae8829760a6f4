"""`tdkt evaluate` on the seed plan's sample year-end inputs."""

from __future__ import annotations

import io
import json

from tests.conftest import ROOT, SEED_PLAN, over_cap_plan


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


def _section(output: str, heading: str) -> str:
    """The lines of one holder's block in `evaluate`'s text output."""
    lines = output.splitlines()
    start = lines.index(heading)
    end = next((i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" ")), len(lines))
    return "\n".join(lines[start:end])


def test_department_without_a_member_list_is_undecided_not_failed(run):
    result = run("evaluate", ROOT / "examples" / "tieuhoc-kh-2025-2026.yaml")
    assert result.exit_code == 0, result.output
    block = _section(result.stdout, "Tổ 1 [to1]")
    assert "? Tập thể lao động tiên tiến: chưa xét được" in block
    assert "? Tập thể lao động xuất sắc: chưa xét được" in block
    assert block.count("? thiếu danh sách thành viên — Khoản 3 Điều 2") == 2
    assert "không đủ" not in block and "0 thành viên" not in block and "phòng chưa có thành viên" not in block
    assert "Tập thể lao động tiên tiến: 0 đủ tiêu chuẩn, 0 không đủ, 6 chưa xét được" in result.stdout
    english = run("evaluate", "--lang", "en", ROOT / "examples" / "tieuhoc-kh-2025-2026.yaml")
    assert english.stdout.count("the member list is missing") == 2 * 5  # Tổ 1 … Tổ Văn phòng, two titles each
    assert "members disciplined with" in english.stdout  # Ban Giám hiệu lists its member: still weighed on them


def test_department_without_members_still_fails_on_its_own_rating(run, tmp_path):
    text = (ROOT / "examples" / "tieuhoc-kh-2025-2026.yaml").read_text(encoding="utf-8")
    assert "{id: to1, name: Tổ 1}" in text and "{id: to23, name: Tổ 2-3}" in text
    plan = tmp_path / "plan.yaml"
    plan.write_text(text.replace("{id: to1, name: Tổ 1}", "{id: to1, name: Tổ 1, rating: ht}")
                    .replace("{id: to23, name: Tổ 2-3}", "{id: to23, name: Tổ 2-3, rating: htt}"), encoding="utf-8")
    data = json.loads(run("evaluate", plan, "--format", "json").stdout)
    verdicts = {(d["id"], v["code"]): v for d in data["departments"] for v in d["verdicts"]}
    rated_low, rated_well = verdicts[("to1", "TTLDTT")], verdicts[("to23", "TTLDTT")]
    assert rated_low["status"] == "not_eligible"  # its own rating is enough to refuse
    assert [(r["code"], r["state"]) for r in rated_low["reasons"]] == [("dept_rating", "failed"), ("no_members", "missing")]
    assert rated_well["status"] == "undecided"  # rated well, but its members cannot be weighed
    assert [(r["code"], r["state"]) for r in rated_well["reasons"]] == [("dept_rating", "met"), ("no_members", "missing")]
