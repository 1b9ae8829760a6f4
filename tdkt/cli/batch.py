"""Several plans in one command: a batch, one process per core.

A command gives `each_plan` its action: a function of one plan's path (and, for a command
that writes, of the folder to write into). Named as one file, a plan runs as it always
did (`--watch` too). Several plans, a folder (searched recursively) or a glob make a
batch: each plan is a unit run in a pool of worker processes (one per core, at most one
per plan; with one core or one plan, in this process), each loading its plans and
compiling templates once. One unit's bad plan never stops the others. At the end each
plan's output is printed grouped, then a summary table or, with `--format json`, one JSON
document; the exit code is 1 when any plan failed (3 when one met a bug).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import typer

from tdkt.cli.common import check_format, lang_of, resolve_plan
from tdkt.cli.discover import NothingMatches, expand
from tdkt.errors import UsageError

TEXTS = {
    "vi": {
        "no_match": "`{pattern}`: không có tệp kế hoạch nào",
        "no_match.hint": "chỉ tệp kế hoạch (.yaml), thư mục chứa kế hoạch, hoặc mẫu như `don-vi/*.yaml`",
        "watch_one": "--watch chỉ theo dõi một kế hoạch; hãy chỉ một tệp",
    },
    "en": {
        "no_match": "`{pattern}`: no plan file here",
        "no_match.hint": "name plan files (.yaml), folders holding plans, or a pattern such as `units/*.yaml`",
        "watch_one": "--watch follows one plan; name one file",
    },
}


def each_plan(action: Callable, plans: list[Path] | None, *, command: str, lang: str | None,
              output: Path | None = None, fmt: str = "text", unit_json: bool = False,
              watch: bool = False, templates: Path | None = None, options: Callable[[], None] | None = None) -> None:
    """Run `action` on the plans named: alone as before, or as a batch (see the module).

    `output`: the folder a writing command writes into; `unit_json`: the action prints its
    own JSON with `--format json` (then one plan alone prints it as before); `options`: checks
    of the options that need no plan, made once before a batch (a plan alone makes them in
    its action, in the order it always did).
    """
    language = lang_of(lang)
    check_format(fmt)
    try:
        named = expand(plans) if plans else None
    except NothingMatches as exc:
        raise UsageError("no_match", texts=TEXTS, pattern=str(exc)) from None
    if (named is None or not named.batch) and (unit_json or fmt != "json"):
        from tdkt.cli.watch import rerun

        bound = action if output is None else partial(action, output=output)
        rerun(bound, named.paths[0] if named else None, templates, lang, watch)
        return
    if watch:
        raise UsageError("watch_one", texts=TEXTS)
    if options is not None:
        options()
    paths = list(named.paths) if named else [resolve_plan(None, language)]
    run_batch(action, paths, command=command, lang=language, output=output, fmt=fmt, unit_json=unit_json)


def run_batch(action: Callable, paths: list[Path], *, command: str, lang: str, output: Path | None,
              fmt: str, unit_json: bool) -> None:
    """Run every unit, place what they wrote, print their outputs and the summary; exit."""
    from tdkt.cli import placing, summary

    made = output is not None and not output.exists()
    staging = placing.stage(output) if output is not None else None
    try:
        folders = [placing.unit_folder(staging, i) if staging else None for i in range(len(paths))]
        rows = _run_all(action, paths, folders, lang, command)
        apart = placing.place(rows, staging, output, lang) if staging else []
    finally:
        if staging is not None:
            placing.clear(staging, output if made else None)
    if fmt == "json":
        if command == "validate":  # its JSON has always been one document with a row per file
            print(summary.validate_json(rows))
        else:
            print(summary.as_json(command, rows, apart, unit_json))
    else:
        summary.print_outputs(rows, headers=command != "validate")
        print(summary.table(rows, apart, lang))
    raise typer.Exit(code=summary.exit_code(rows))


def cores() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _run_all(action: Callable, paths: list[Path], folders: list, lang: str, command: str) -> list:
    from tdkt.cli.unit import run_unit, thaw

    workers = min(cores(), len(paths))
    with _progress(len(paths), command) as advance:
        if workers <= 1:
            rows = []
            try:
                for path, folder in zip(paths, folders):
                    rows.append(run_unit(action, path, folder, lang))
                    advance()
            finally:
                thaw()
            return rows
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(max_workers=workers, initializer=_worker) as pool:
            futures = {pool.submit(run_unit, action, path, folder, lang): n
                       for n, (path, folder) in enumerate(zip(paths, folders))}
            rows: list = [None] * len(paths)
            try:
                for future in as_completed(futures):
                    rows[futures[future]] = future.result()
                    advance()
            except BaseException:  # Ctrl+C, or a bug raised with TDKT_DEBUG: the units under way end first
                pool.shutdown(wait=True, cancel_futures=True)
                raise
            return rows


def _worker() -> None:
    """A worker leaves Ctrl+C to the batch, which stops handing out plans and waits for the
    ones under way, so that no document is left half-written."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _progress(total: int, command: str) -> Iterator[Callable[[], None]]:
    """A progress bar on a terminal (stderr); nothing when the output goes to a file or a pipe."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn(f"tdkt {command}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(file=sys.stderr), transient=True, redirect_stdout=False, redirect_stderr=False)
    with bar:
        task = bar.add_task(command, total=total)
        yield lambda: bar.advance(task)

