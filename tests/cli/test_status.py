"""`tdkt status` on screen: a quarter with no task has no completion rate."""

from __future__ import annotations

import re

from tests.conftest import DATA


def test_a_quarter_without_tasks_shows_no_rate(run, tmp_path):
    plan = tmp_path / "2026.yaml"
    text = (DATA / "yearend_commune.yaml").read_text(encoding="utf-8")
    old = "  purposes: [Đẩy mạnh phong trào thi đua yêu nước.]\n"
    assert old in text
    plan.write_text(text.replace(old, old + "  milestones:\n"
                                 "    - {quarter: 3, text: Kiện toàn Hội đồng., status: done, done_on: 2026-08-05}\n"),
                    encoding="utf-8")
    result = run("status", plan, "--as-of", "2026-10-01", env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert re.search(r"^  Quý I +░+  0/0     -$", result.stdout, re.M)
    assert re.search(r"^  Quý III +█+  1/1  100%$", result.stdout, re.M)
    assert "0/0    0%" not in result.stdout
