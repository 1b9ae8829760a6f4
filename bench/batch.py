"""Batch runs against one process per plan: N unit plans rendered and validated both ways.

Run from the project folder with tdkt installed: `python bench/batch.py [--units 40] [--repeat 3]`.
The units are the seed plan under N names and abbreviations. "A process each" runs
`tdkt COMMAND PLAN` once per plan, one after the other as a shell loop would; "one batch
call" runs `tdkt COMMAND FOLDER` once. Each figure is the median wall time and the largest
peak resident memory (from the child's rusage); the ratio follows the pair.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import byte_compiled  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "plans" / "2022.yaml"


def measure(args: list[str], repeat: int) -> tuple[float, float, int]:
    """(median wall seconds, peak RSS MB, exit code) of `tdkt ARGS`."""
    walls, peaks, code = [], [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "tdkt", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
    return statistics.median(walls), max(peaks), code


def unit_plans(folder: Path, count: int) -> list[Path]:
    """`count` unit plans: the seed with its own unit name and abbreviation."""
    seed = SEED.read_text(encoding="utf-8")
    paths = []
    for n in range(1, count + 1):
        text = seed.replace("  name: Trung tâm Dịch vụ việc làm\n", f"  name: Đơn vị số {n}\n")
        text = text.replace("  abbreviation: TTDVVL\n", f"  abbreviation: DV{n}\n")
        paths.append(folder / f"dv{n:03d}.yaml")
        paths[-1].parent.mkdir(parents=True, exist_ok=True)
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def separate(command: list[str], plans: list[Path], extra: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MB, worst exit code) of one process per plan, one after the other."""
    start, peak, worst = time.perf_counter(), 0.0, 0
    for plan in plans:
        _, used, code = measure([*command, str(plan), *extra], 1)
        peak, worst = max(peak, used), max(worst, code)
    return time.perf_counter() - start, peak, worst


def batch_cases(work: Path, count: int, repeat: int, only: str) -> None:
    """N plans: N processes against one batch call; print both and the ratio."""
    plans = unit_plans(work / "units", count)
    for command, writes in (("render-plan", True), ("validate", False)):
        name = f"{command} {count} units"
        if only not in name:
            continue
        alone = [separate([command], plans, ["-o", str(work / "out-alone")] if writes else []) for _ in range(repeat)]
        wall = statistics.median(a[0] for a in alone)
        print(f"{name + ': a process each':45} {wall:7.3f} s {max(a[1] for a in alone):8.1f} MB  "
              f"exit {max(a[2] for a in alone)}", flush=True)
        together, peak, code = measure([command, str(work / "units"), *(["-o", str(work / "out-batch")] if writes else [])],
                                       repeat)
        print(f"{name + ': one batch call':45} {together:7.3f} s {peak:8.1f} MB  exit {code}  "
              f"({wall / together:.1f}x faster on {len(os.sched_getaffinity(0))} cores)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--units", type=int, default=40, help="plans in the batch cases")
    parser.add_argument("--only", default="", help="run only the cases whose name contains this text")
    args = parser.parse_args()
    byte_compiled(None)
    with tempfile.TemporaryDirectory() as tmp:
        batch_cases(Path(tmp), args.units, args.repeat, args.only)


if __name__ == "__main__":
    main()
