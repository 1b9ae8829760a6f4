"""Benchmarks: wall time and peak memory of tdkt commands on the seed plan and large plans.

Run from the project folder with tdkt installed: `python bench/run.py [--repeat 5] [--only evaluate]`.
Each command runs in its own process; the table shows the median wall time and the
largest peak resident memory (from the child's rusage) over the repeats.
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
from make_plan import make_plan

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


def cases(work: Path) -> list[tuple[str, list[str]]]:
    """The benchmark cases (name, tdkt arguments); large plans are generated into `work`."""
    large = work / "large-500x20000.yaml"
    large.write_text(make_plan(500, 20000, 200), encoding="utf-8")
    milestones = work / "large-2000-milestones.yaml"
    milestones.write_text(make_plan(500, 20000, 2000), encoding="utf-8")
    out = work / "out"
    found = [
        ("validate seed", ["validate", str(SEED), "--as-of", "2022-06-30"]),
        ("validate 500 depts / 20,000 people", ["validate", str(large), "--as-of", "2022-06-30"]),
        ("validate 2,000 milestones / 20,000 people", ["validate", str(milestones), "--as-of", "2022-06-30"]),
    ]
    from tdkt.cli.app import app  # only to see which commands exist in this version

    names = {c.name for c in app.registered_commands}
    if "render-plan" in names:
        found.append(("render-plan seed", ["render-plan", str(SEED), "-o", str(out)]))
    if "report" in names:
        found.append(("report --quarter 4 seed", ["report", str(SEED), "--quarter", "4", "--as-of", "2022-12-31", "-o", str(out)]))
        found.append(("report --quarter 4 2,000 milestones", ["report", str(milestones), "--quarter", "4", "--as-of", "2022-12-31", "-o", str(out)]))
    if "evaluate" in names:
        found.append(("evaluate 20,000 people", ["evaluate", str(large), "--format", "json"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", default="", help="run only the cases whose name contains this text")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for name, command in cases(Path(tmp)):
            if args.only not in name:
                continue
            wall, peak, code = measure(command, args.repeat)
            rows.append((name, wall, peak, code))
            print(f"{name:45} {wall:7.3f} s {peak:8.1f} MB  exit {code}", flush=True)


if __name__ == "__main__":
    main()
