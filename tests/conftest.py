"""Shared fixtures: paths to the shipped plan and test data, and a CLI runner."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED_PLAN = ROOT / "plans" / "2022.yaml"


@dataclass(frozen=True)
class Result:
    """What a run of `tdkt` left: its exit code and its output."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        """Both streams, as Click's test runner gives them."""
        return self.stdout + self.stderr


@contextlib.contextmanager
def _environment(values: dict[str, str]):
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def run():
    """Run `tdkt ARGS…` through the real entry point, `tdkt.cli.app.main`, in-process.

    TDKT_DEBUG=1 makes an internal error (a bug, exit 3) raise out of `main`, so it fails
    the test with its traceback; pass `debug=False` to see the user's view of one instead.
    """
    from tdkt.cli.app import main

    def invoke(*args, env: dict | None = None, debug: bool = True, encoding: str | None = None) -> Result:
        """`encoding`: stdout and stderr are byte streams in that encoding (a console's)."""
        if encoding:
            out, err = (io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="\n") for _ in range(2))
        else:
            out, err = io.StringIO(), io.StringIO()
        values = {"TDKT_LANG": "", "TDKT_DEBUG": "1" if debug else "", **(env or {})}
        argv = ["tdkt", *(str(a) for a in args)]
        with _environment(values), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            saved, sys.argv = sys.argv, argv
            try:
                main()
            except SystemExit as exc:
                code = exc.code
            else:
                raise AssertionError("tdkt's main() returned without an exit code")
            finally:
                sys.argv = saved
        return Result(code if isinstance(code, int) else 1, _text(out), _text(err))

    return invoke


def _text(stream) -> str:
    if isinstance(stream, io.StringIO):
        return stream.getvalue()
    stream.flush()
    return stream.buffer.getvalue().decode(stream.encoding)


def run_process(*args, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `python -m tdkt ARGS…` in a fresh process (output as bytes)."""
    environ = {**os.environ, "TDKT_LANG": "", "TDKT_DEBUG": "", **(env or {})}
    return subprocess.run([sys.executable, "-m", "tdkt", *(str(a) for a in args)],
                          capture_output=True, env=environ, cwd=cwd or ROOT, timeout=120)


def over_cap_plan(folder: Path) -> Path:
    """The seed as a council that overreaches: CSTĐCS decided for both its eligible people
    (1 place of 12 LĐTT, khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP) and LĐTT for Vì Thị Linh,
    rated `ht`; written as `folder/2022.yaml`."""
    seed = SEED_PLAN.read_text(encoding="utf-8")
    old = "    - {person: vqkhai, title: LDTT, votes: 7}\n"
    assert seed.count(old) == 1
    path = folder / "2022.yaml"
    path.write_text(seed.replace(old, "    - {person: vqkhai, title: CSTDCS, votes: 7}\n"
                                      "    - {person: vtlinh, title: LDTT, votes: 7}\n"), encoding="utf-8")
    return path


def registered_school(run, folder: Path) -> Path:
    """The school starter for 2025-2026 with one tổ registered (TTLĐTT, and LĐTT for its head);
    written as `folder/2025-2026.yaml`."""
    plan = folder / "2025-2026.yaml"
    assert run("new", plan, "--kind", "school", "--year", "2025").exit_code == 0
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("registrations: []", "registrations:\n  - {department: to1, title: TTLDTT,"
                                 " people: [{person: totruong1, title: LDTT}]}"), encoding="utf-8")
    return plan


@pytest.fixture(scope="session")
def seed_plan():
    from tdkt.checking import load_plan

    return load_plan(SEED_PLAN, as_of=date(2022, 6, 30)).plan


@pytest.fixture(scope="session")
def rendered_plan(seed_plan):
    """The Kế hoạch rendered from the seed plan with the shipped templates (bytes)."""
    from tdkt.documents import plan_document
    from tdkt.documents.draft import render
    from tdkt.markup.templates import TemplateSource

    (draft,) = plan_document.drafts(seed_plan)
    return render(draft, TemplateSource.for_plan(SEED_PLAN))
