"""Several plans in one command (tdkt.cli.batch): generated units, one of them broken."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEED_PLAN

SEED = SEED_PLAN.read_text(encoding="utf-8")
NAME, ABBREVIATION = "  name: Trung tâm Dịch vụ việc làm\n", "  abbreviation: TTDVVL\n"


def unit_plan(number: int, abbreviation: str | None = None, broken: bool = False) -> str:
    """The seed plan as unit `number`: its own name and abbreviation (`DV<number>` unless given)."""
    abbreviation = abbreviation or f"DV{number}"
    text = SEED.replace(NAME, f"  name: Đơn vị số {number}\n").replace(ABBREVIATION, f"  abbreviation: {abbreviation}\n")
    assert text != SEED
    return text.replace("year: 2022\n", "year: 2022\ncolour: red\n") if broken else text


@pytest.fixture
def units(tmp_path):
    """Six unit plans under units/ (the fourth broken), in two subfolders."""
    folder = tmp_path / "units"
    for n in range(1, 7):
        path = folder / ("north" if n <= 3 else "south") / f"u{n}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(unit_plan(n, broken=n == 4), encoding="utf-8")
    return folder


def _between(text: str, start: str, end: str | None) -> str:
    tail = text.split(start, 1)[1]
    return tail.split(end, 1)[0] if end else tail


def test_a_folder_renders_every_unit_and_reports_the_broken_one(run, units, tmp_path):
    out = tmp_path / "out"
    result = run("render-plan", units, "-o", out)
    assert result.exit_code == 1
    written = sorted(p.name for p in out.iterdir())
    assert written == [f"12-KH-DV{n}-2022.docx" for n in (1, 2, 3, 5, 6)]  # one folder: the names differ
    broken = units / "south" / "u4.yaml"
    own = _between(result.stdout, f"==> {broken} <==", f"==> {units / 'south' / 'u5.yaml'} <==")
    assert re.search(rf"^{re.escape(str(broken))}:\d+:\d+: lỗi: ", own, re.M)  # located, in its own group
    assert "Tệp kế hoạch có lỗi" in result.stderr
    table = result.stdout.splitlines()[-8:]
    assert table[0].split() == ["Đơn", "vị", "Kết", "quả", "Tệp", "Vấn", "đề", "Kế", "hoạch"]
    assert [line.split()[-1] for line in table[1:7]] == [str(p) for p in sorted(units.rglob("*.yaml"))]
    assert re.search(r"^Đơn vị số 1 \(DV1\)\s+xong\s+1\s+0\s+\S+u1.yaml$", result.stdout, re.M)
    assert re.search(r"^—\s+có lỗi\s+0\s+\d+\s+" + re.escape(str(broken)) + "$", result.stdout, re.M)
    assert table[-1] == "6 kế hoạch: 5 xong, 1 có lỗi."


def test_the_pool_and_one_process_print_the_same(run, units, tmp_path, monkeypatch):
    from tdkt.cli import batch

    pooled = run("evaluate", units, "--lang", "en")
    monkeypatch.setattr(batch, "cores", lambda: 1)
    alone = run("evaluate", units, "--lang", "en")
    assert pooled.exit_code == alone.exit_code == 1
    assert (pooled.stdout, pooled.stderr) == (alone.stdout, alone.stderr)
    assert "6 plans: 5 done, 1 failed." in alone.stdout


def test_json_summary_has_a_row_per_plan(run, units, tmp_path):
    plans = [units / "north" / "u1.yaml", units / "south" / "u4.yaml", units / "south" / "u5.yaml"]
    result = run("render-plan", *plans, "-o", tmp_path / "out", "--format", "json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert (payload["command"], payload["total"], payload["ok"], payload["failed"]) == ("render-plan", 3, 2, 1)
    first, broken, last = payload["plans"]
    assert (first["unit"], first["abbreviation"], first["result"], first["problems"]) == ("Đơn vị số 1", "DV1", "ok", 0)
    assert first["files"] == [str(tmp_path / "out" / "12-KH-DV1-2022.docx")] and last["files"]
    assert broken["result"] == "failed" and broken["exit_code"] == 1 and broken["files"] == []
    assert broken["findings"][0]["code"] == "unknown_key_list" and broken["findings"][0]["line"] == 14
    assert any("Tệp kế hoạch có lỗi" in m for m in broken["messages"])


def test_evaluate_json_keeps_each_plans_own_document(run, units):
    result = run("evaluate", units / "north", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)["plans"]
    assert [r["unit"] for r in rows] == ["Đơn vị số 1", "Đơn vị số 2", "Đơn vị số 3"]
    assert all({"people", "departments", "caps"} <= set(r["output"]) for r in rows)


def test_units_sharing_names_go_to_subfolders(run, tmp_path):
    units = tmp_path / "units"
    for folder, number, abbreviation in (("a", 1, "SAME"), ("b", 2, "SAME"), ("c", 3, None)):
        (units / folder).mkdir(parents=True)
        (units / folder / "2022.yaml").write_text(unit_plan(number, abbreviation), encoding="utf-8")
    out = tmp_path / "out"
    result = run("render-plan", units, "-o", out)
    assert result.exit_code == 0, result.stdout + result.stderr
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["12-KH-DV3-2022.docx", "a-2022/12-KH-SAME-2022.docx", "b-2022/12-KH-SAME-2022.docx"]
    assert f"{out / 'a-2022' / '12-KH-SAME-2022.docx'}\n" in result.stdout  # the paths printed are the final ones
    assert f"thư mục con theo tên tệp kế hoạch: {out / 'a-2022'}, {out / 'b-2022'}" in result.stdout
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_dossiers_of_two_units_never_share_a_folder(run, tmp_path):
    plans = []
    for number in (1, 2):
        plans.append(tmp_path / f"dv{number}.yaml")
        plans[-1].write_text(unit_plan(number), encoding="utf-8")
    out = tmp_path / "out"
    result = run("render-dossier", *plans, "-o", out)
    indexes = sorted(str(p.relative_to(out)) for p in out.rglob("MUC-LUC.txt"))
    assert indexes == ["dv1/ho-so-2022/MUC-LUC.txt", "dv2/ho-so-2022/MUC-LUC.txt"], result.stdout + result.stderr
    assert "Đơn vị số 2" in (out / "dv2" / "ho-so-2022" / "MUC-LUC.txt").read_text(encoding="utf-8")


def test_folder_labels_are_stems_unless_two_plans_share_one(tmp_path):
    from tdkt.cli.placing import folder_labels

    paths = [tmp_path / "a" / "2022.yaml", tmp_path / "b" / "2022.yaml", tmp_path / "b" / "truong.yaml"]
    assert list(folder_labels(paths).values()) == ["a-2022", "b-2022", "truong"]
    assert list(folder_labels(paths[1:]).values()) == ["2022", "truong"]


def test_a_quoted_glob_and_what_folders_leave_out(run, units, tmp_path):
    (units / "rollup.yaml").write_text("office: {name: Sở}\n", encoding="utf-8")
    (units / ".hidden").mkdir()
    (units / ".hidden" / "u9.yaml").write_text("year: [\n", encoding="utf-8")
    rules = units / "north" / "quy-dinh.yaml"
    rules.write_text("source: Quyết định 36/2017/QĐ-UBND\nparameters: {}\n", encoding="utf-8")
    plan = units / "north" / "u1.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + "rules:\n  file: quy-dinh.yaml  # tỉnh\n", encoding="utf-8")
    result = run("validate", units, "--format", "json")
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == [str(units / part / f"u{n}.yaml") for n, part in zip(range(1, 7), ["north"] * 3 + ["south"] * 3)]
    result = run("validate", f"{units}/*/u[12].yaml", "--as-of", "2022-06-30")
    assert result.exit_code == 0
    assert "2 kế hoạch: 2 xong, 0 có lỗi." in result.stdout


def test_usage_mistakes_of_a_batch(run, units, tmp_path):
    result = run("render-plan", f"{units}/*.yml", "-o", tmp_path / "out")
    assert result.exit_code == 2 and f"`{units}/*.yml`: không có tệp kế hoạch nào" in result.stderr
    result = run("render-plan", units, "--watch", "-o", tmp_path / "out", "--lang", "en")
    assert result.exit_code == 2 and "--watch follows one plan; name one file" in result.stderr
    result = run("report", units, "-o", tmp_path / "out")
    assert result.exit_code == 2 and "Chọn đúng một kỳ báo cáo" in result.stderr
    assert not (tmp_path / "out").exists()


def test_one_plan_prints_what_it_always_did(run, tmp_path):
    out = tmp_path / "out"
    result = run("render-plan", SEED_PLAN, "-o", out)
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"{out / '12-KH-TTDVVL-2022.docx'}\n", "")
    broken = tmp_path / "2022.yaml"
    broken.write_text(unit_plan(1, broken=True), encoding="utf-8")
    result = run("render-plan", broken, "-o", out)
    assert result.exit_code == 1 and "==>" not in result.stdout and "Đơn vị" not in result.stdout
    assert re.search(rf"{re.escape(str(broken))}: 1 lỗi, \d+ cảnh báo\n$", result.stdout)
    assert result.stderr == "Tệp kế hoạch có lỗi; sửa rồi chạy lại (xem `tdkt validate`).\n"
    from tdkt.checking import check_file
    from tdkt.cli.output import text_report

    assert run("validate", SEED_PLAN).stdout == text_report(check_file(SEED_PLAN), "vi") + "\n"
    evaluation = json.loads(run("evaluate", SEED_PLAN, "--format", "json").stdout)
    assert "plans" not in evaluation and "people" in evaluation


def test_a_batch_of_checks_loads_no_rendering_stack(units):
    code = (
        "import sys\n"
        "from tdkt.cli import batch\n"
        "from tdkt.cli.app import main\n"
        "batch.cores = lambda: 1\n"
        "for command in ('validate', 'evaluate'):\n"
        "    try:\n"
        f"        main([command, {str(units)!r}])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(sorted(m for m in ('docx', 'jinja2', 'lxml', 'rich') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_terminal_sees_a_progress_bar(units, monkeypatch, capsys):
    import io

    from tdkt.cli.app import main

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with pytest.raises(SystemExit):
        main(["validate", str(units / "north")])
    assert "tdkt validate" in terminal.getvalue() and "3/3" in terminal.getvalue()


def test_a_bug_on_one_plan_leaves_the_others_written(run, units, tmp_path, monkeypatch):
    from tdkt.cli import batch
    from tdkt.documents import plan_document

    drafts = plan_document.drafts

    def failing(plan):
        if plan.unit.abbreviation == "DV2":
            raise RuntimeError("boom")
        return drafts(plan)

    monkeypatch.setattr(batch, "cores", lambda: 1)
    monkeypatch.setattr(plan_document, "drafts", failing)
    result = run("render-plan", units / "north", "-o", tmp_path / "out", debug=False)
    assert result.exit_code == 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["12-KH-DV1-2022.docx", "12-KH-DV3-2022.docx"]
    assert "tdkt: lỗi nội bộ (lỗi của tdkt, không phải của bạn): RuntimeError: boom" in result.stderr
    assert re.search(r"^Đơn vị số 2 \(DV2\)\s+lỗi nội bộ\s+0\s+1\s+\S+u2.yaml$", result.stdout, re.M)
