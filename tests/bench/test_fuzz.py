"""The fuzz script of bench/ still drives tdkt's own code: a few of its cases, checked here."""

from __future__ import annotations

import importlib.util
import sys

from tests.conftest import ROOT


def _fuzz():
    spec = importlib.util.spec_from_file_location("tdkt_bench_fuzz", ROOT / "bench" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_few_fuzz_cases_run_deep_without_internal_errors(tmp_path):
    fuzz = _fuzz()
    text = fuzz.SEED.read_text(encoding="utf-8")
    outcomes = [fuzz.run_case(fuzz.mutate(text, index, 3), str(tmp_path), deep=True) for index in range(40)]
    assert [o.error for o in outcomes if o.error] == []
    assert any(o.valid for o in outcomes) and any(not o.valid for o in outcomes)  # both paths were taken
