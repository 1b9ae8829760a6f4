"""Benchmarks of the Excel lists on a 500-department, 20,000-person plan.

Run from the project folder with tdkt installed: `python bench/excel.py [--repeat 3]`.
Cases: export the registration workbook; import it into the same plan (nothing differs);
import it into the plan without its registrations (20,000 rows to add), previewed and
written with --write; import a workbook changing 12,000 people's titles, written (each
written run on a fresh copy). Median wall time and largest peak
resident memory of the `tdkt` process, as in bench/run.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_plan import make_plan
from run import byte_compiled


def once(args: list[str]) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak RSS MB, exit code) of one `tdkt ARGS`."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "tdkt", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    cpu = usage.ru_utime + usage.ru_stime
    return time.perf_counter() - start, cpu, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def measure(args: list[str], repeat: int, setup=None) -> tuple[float, float, float, int]:
    """Medians of wall and CPU time (CPU time is steadier on a busy machine), largest peak memory."""
    walls, cpus, peaks, code = [], [], [], 0
    for _ in range(repeat):
        if setup:
            setup()
        wall, cpu, peak, code = once(args)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
    return statistics.median(walls), statistics.median(cpus), max(peaks), code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    byte_compiled(None)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        full = work / "full" / "2022.yaml"
        full.parent.mkdir()
        text = make_plan(500, 20000, 200)
        full.write_text(text, encoding="utf-8")
        bare_text = text[: text.index("registrations:\n")]
        pristine = work / "bare-2022.yaml"
        pristine.write_text(bare_text, encoding="utf-8")
        bare = work / "bare" / "2022.yaml"
        bare.parent.mkdir()
        book = work / "dang-ky.xlsx"
        # a workbook where 12,000 of the people change title (LDTT → CSTT), for updates in place
        changed_plan = work / "changed" / "2022.yaml"
        changed_plan.parent.mkdir()
        changed_plan.write_text(text.replace("title: LDTT}", "title: CSTT}"), encoding="utf-8")
        changed_book = work / "dang-ky-sua.xlsx"
        once(["export", "registrations", str(changed_plan), "-o", str(changed_book)])
        target = work / "target" / "2022.yaml"
        target.parent.mkdir()

        def fresh() -> None:
            shutil.copy(pristine, bare)

        def full_copy() -> None:
            shutil.copy(full, target)

        cases = [
            ("export registrations 20,000 people", ["export", "registrations", str(full), "-o", str(book)], None),
            ("import registrations 20,000 rows, nothing differs", ["import", "registrations", str(book), str(full)], None),
            ("import registrations 20,000 new rows, preview", ["import", "registrations", str(book), str(bare)], fresh),
            ("import registrations 20,000 new rows, --write", ["import", "registrations", str(book), str(bare), "--write"], fresh),
            ("import registrations 12,000 changed rows, --write",
             ["import", "registrations", str(changed_book), str(target), "--write"], full_copy),
        ]
        for name, command, setup in cases:
            wall, cpu, peak, code = measure(command, args.repeat, setup)
            print(f"{name:50} {wall:7.2f} s wall {cpu:7.2f} s CPU {peak:8.1f} MB  exit {code}", flush=True)


if __name__ == "__main__":
    main()
