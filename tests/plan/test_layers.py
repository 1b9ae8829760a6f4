"""The plan package stands alone: checking a plan's format never loads the legal rules."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import tdkt.plan.validate, tdkt.plan.checks, tdkt.plan.models, tdkt.plan.messages
from tdkt.plan.validate import check_file
check_file({path!r})
print(sorted(m for m in sys.modules if m.startswith("tdkt.rules")))
"""


def test_plan_package_imports_nothing_from_rules():
    from tests.conftest import SEED_PLAN

    out = subprocess.run([sys.executable, "-c", PROBE.format(path=str(SEED_PLAN))],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_plan_sources_do_not_name_the_rules_package():
    from pathlib import Path

    import tdkt.plan

    folder = Path(tdkt.plan.__file__).parent
    offenders = [p.name for p in folder.glob("*.py") if "tdkt.rules" in p.read_text(encoding="utf-8")]
    assert offenders == []
