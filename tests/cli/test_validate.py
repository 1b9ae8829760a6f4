"""`tdkt validate` on valid plans, on several problems at once, and its options."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import DATA, ROOT, SEED_PLAN


def test_seed_plan_is_valid(run):
    result = run("validate", SEED_PLAN, "--as-of", "2022-06-30")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.strip().endswith("0 lỗi, 0 cảnh báo — hợp lệ")


def test_warnings_do_not_fail(run):
    result = run("validate", SEED_PLAN, "--as-of", "2022-08-01")
    assert result.exit_code == 0
    assert "cảnh báo: quá hạn 30/6/2022 mà chưa hoàn thành (tính đến 01/8/2022)" in result.stdout
    assert "0 lỗi, 1 cảnh báo — hợp lệ" in result.stdout


def test_all_problems_of_a_file_at_once(run, tmp_path):
    text = (DATA / "valid_min.yaml").read_text(encoding="utf-8")
    text = text.replace("      owner: hc", "      ownr: hc").replace("  date: 2022-01-06", "  date: 31/04/2022")
    text = text.replace("{person: b, title: LDTT}", "{person: x, title: LDTX}")
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("validate", path, "--as-of", "2022-03-01")
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if ": lỗi: " in line]
    assert [e.split(": lỗi: ")[0] for e in errors] == [
        f"{path}:19:9", f"{path}:27:7", f"{path}:36:18", f"{path}:36:28",
    ]
    assert result.stdout.strip().endswith("4 lỗi, 0 cảnh báo")


def test_source_line_caret_and_hint_are_shown(run):
    result = run("validate", DATA / "broken" / "unknown_key_milestone.yaml")
    lines = result.stdout.splitlines()
    at = lines.index(next(line for line in lines if "khóa không hợp lệ `ownr`" in line))
    assert lines[at + 1] == "   27 |       ownr: hc"
    assert lines[at + 2] == "      |       ^"
    assert lines[at + 3].strip() == "gợi ý: có phải ý bạn là `owner`?"


def test_english_on_request(run):
    result = run("validate", DATA / "broken" / "unknown_key_milestone.yaml", "--lang", "en")
    assert "27:7: error: unknown key `ownr`" in result.stdout
    assert "hint: did you mean `owner`?" in result.stdout


def test_english_from_environment(run):
    result = run("validate", DATA / "broken" / "date_not_exist.yaml", env={"TDKT_LANG": "en"})
    assert "error: there is no such day as `30/02/2022`" in result.stdout


def test_json_format(run):
    result = run("validate", SEED_PLAN, DATA / "broken" / "duplicate_key.yaml", "--format", "json", "--as-of", "2022-06-30")
    payload = json.loads(result.stdout)
    assert result.exit_code == 1
    assert [f["valid"] for f in payload["files"]] == [True, False]
    assert payload["files"][1]["findings"][0]["code"] == "duplicate_key"


def test_default_checks_every_plan_in_plans_folder(run, tmp_path, monkeypatch):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2022.yaml").write_bytes(SEED_PLAN.read_bytes())
    (tmp_path / "plans" / "2021.yaml").write_bytes((DATA / "broken" / "empty_file.yaml").read_bytes())
    monkeypatch.chdir(tmp_path)
    result = run("validate", "--as-of", "2022-06-30")
    assert result.exit_code == 1
    assert "plans/2021.yaml: 1 lỗi" in result.stdout
    assert "plans/2022.yaml: 0 lỗi, 0 cảnh báo — hợp lệ" in result.stdout


def test_usage_errors_exit_2(run, tmp_path, monkeypatch):
    assert run("validate", SEED_PLAN, "--as-of", "31/13/2022").exit_code == 2
    assert run("validate", SEED_PLAN, "--format", "xml").exit_code == 2
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    assert result.exit_code == 2
    assert "Không tìm thấy kế hoạch" in result.stderr


def test_missing_file_is_a_finding(run, tmp_path):
    result = run("validate", tmp_path / "none.yaml")
    assert result.exit_code == 1
    assert "none.yaml: lỗi: không tìm thấy tệp" in result.stdout  # no line: the file itself is missing
    located = run("validate", tmp_path / "none.yaml", "--format", "json")
    (finding,) = json.loads(located.stdout)["files"][0]["findings"]
    assert (finding["line"], finding["column"], finding["code"]) == (None, None, "file_missing")


@pytest.mark.parametrize("command", ["validate", "numbers", "evaluate"])
def test_validate_does_not_import_the_rendering_stack(command):
    code = (
        "import sys\n"
        "from tdkt.cli.app import main\n"
        "try:\n"
        f"    main([{command!r}, {str(SEED_PLAN)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "try:\n"
        f"    main([{command!r}, '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('docx', 'jinja2', 'lxml') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_schema_lists_the_plan_keys(run, tmp_path):
    result = run("schema")
    schema = json.loads(result.stdout)
    assert {"year", "unit", "departments", "plan", "registrations"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False
    out = tmp_path / "schema.json"
    assert run("schema", "-o", out).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == schema


def test_shipped_schema_file_is_current():
    from tdkt.cli.schema import schema_text

    assert (ROOT / "schema" / "tdkt-plan.schema.json").read_text(encoding="utf-8") == schema_text()


def test_the_readme_example_is_what_validate_prints(run, tmp_path, monkeypatch):
    """The README's example of a mistake: the same lines, for the same misspelt key in the shipped plan."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("Ví dụ một lỗi:\n\n```\n", 1)[1].split("```", 1)[0]
    line = int(example.split(":", 2)[1])
    lines = SEED_PLAN.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[line - 1].strip().startswith("owner:")
    lines[line - 1] = lines[line - 1].replace("owner:", "ownr:", 1)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2022.yaml").write_text("".join(lines), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("validate", "plans/2022.yaml", "--as-of", "2022-06-30").stdout == example
