"""Shared fixtures: paths to the shipped plan and test data, and a CLI runner."""

from __future__ import annotations

from datetime import date
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


@pytest.fixture(scope="session")
def seed_plan():
    from tdkt.plan.validate import load_plan

    return load_plan(SEED_PLAN, as_of=date(2022, 6, 30)).plan


@pytest.fixture(scope="session")
def rendered_plan(seed_plan):
    """The Kế hoạch rendered from the seed plan with the shipped templates (bytes)."""
    from tdkt.documents import plan_document
    from tdkt.documents.draft import render
    from tdkt.markup.templates import TemplateSource

    (draft,) = plan_document.drafts(seed_plan)
    return render(draft, TemplateSource.for_plan(SEED_PLAN))
