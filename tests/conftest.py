"""Shared fixtures: paths to the shipped plan and test data, and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED_PLAN = ROOT / "plans" / "2022.yaml"


@pytest.fixture
def run():
    """Run `tdkt ARGS…` in-process; returns the click Result (exit_code, stdout, stderr)."""
    from tdkt.cli.app import app

    runner = CliRunner()

    def invoke(*args: str, env: dict | None = None):
        return runner.invoke(app, [str(a) for a in args], env=env or {"TDKT_LANG": ""}, catch_exceptions=False)

    return invoke
