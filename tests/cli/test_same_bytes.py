"""Every rendering command: the same plan gives the same bytes, run after run."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_PLAN


@pytest.mark.parametrize("command", [
    ["render-plan"],
    ["report", "--quarter", "4", "--as-of", "2022-12-31"],
    ["render-registration"],
    ["render-proposal"],
    ["render-dossier"],  # minutes, decision, proposal and achievement reports
])
def test_rendering_twice_gives_the_same_bytes(run, tmp_path, command):
    for out in ("a", "b"):
        assert run(*command, SEED_PLAN, "-o", tmp_path / out).exit_code == 0
    first = {p.name: p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    second = {p.name: p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert first and first == second
