"""One plan of a batch: run a command's action on it, its output captured, its outcome recorded.

`run_unit` is what each worker process runs; its `Row` travels back to the batch whole
(plain data). While a unit runs, the command's own steps `note` what the summary needs
(the unit's name, its problems); outside a batch `note` does nothing.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.errors import INTERNAL_ERROR, UserError, internal_text


@dataclass
class Row:
    """What one plan of a batch came to."""

    path: str
    code: int = 0  # the unit's own exit code: 0 done, 1 or 2 failed, 3 internal error
    unit: str | None = None
    abbreviation: str | None = None
    problems: int = 0  # errors and warnings found in the plan (1 for a refusal without findings)
    findings: list[dict] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # written: relative to the unit's folder, then placed
    stdout: str = ""
    stderr: str = ""


_current: list[Row] = []  # the row of the unit running in this process, if any


def note(**facts: object) -> None:
    """Record facts about the unit running now (no-op outside a batch)."""
    if _current:
        for key, value in facts.items():
            setattr(_current[-1], key, value)


def run_unit(action: Callable, path: Path, folder: Path | None, lang: str) -> Row:
    """Run `action` on one plan (writing into `folder` when it writes), never raising for the
    plan's sake: a user's mistake or a bug becomes the row's code and worded message."""
    import typer

    from tdkt.cli.language import use

    use(lang)
    row = Row(str(path))
    out, err = io.StringIO(), io.StringIO()
    _current.append(row)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                action(path) if folder is None else action(path, output=folder)
            except typer.Exit as exc:
                row.code = exc.exit_code
            except UserError as exc:
                print(exc.text(lang), file=err)
                row.code = exc.exit_code
            except Exception as exc:  # a bug met on this plan: the others go on
                if os.environ.get("TDKT_DEBUG"):
                    raise
                print(internal_text(exc, lang), file=err)
                row.code = INTERNAL_ERROR
    finally:
        _current.pop()
    row.stdout, row.stderr = out.getvalue(), err.getvalue()
    if row.code and not row.problems:
        row.problems = 1
    if folder is not None and folder.is_dir():
        row.files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                           if p.is_file() and not p.name.startswith("."))
    _collect()
    return row


def _collect() -> None:
    """Free the unit's cyclic garbage before the next unit (`main` makes collections rare, which
    suits one plan but lets a worker's memory grow unit after unit: 40 plans, 257 MB against 58).
    What is alive after the first unit (modules, compiled templates, the catalogue) is frozen,
    so later collections only look at what later units made."""
    gc.collect()
    if not _frozen:
        gc.freeze()
        _frozen.append(True)


def thaw() -> None:
    """After a batch run in this process: back to ordinary collection."""
    if _frozen:
        gc.unfreeze()
        _frozen.clear()


_frozen: list[bool] = []
