"""Benchmarks: time and peak memory of tdkt commands, their growth with size, and baselines.

Run from the project folder with tdkt installed (`pip install -e ".[bench]"` for docxtpl):

    python bench/run.py [--repeat 3] [--only TEXT] [--sections cases,growth,targets]
                        [--no-100k] [--before SRC]

Every command runs in its own process; a figure is the median over the repeats of the
child's CPU time (user + system, from its rusage: steady on a busy machine) with the
median wall time beside it, and the largest peak resident memory. Within a repeat the
cases alternate (tdkt, docxtpl, the engine, …), so a slow moment hits them all alike.

- cases: the fixed cases (seed plan, 20,000 people, 2,000 milestones).
- growth: validate, evaluate, render-proposal and render-registration on 1k, 5k, 20k and
  100k people (40 a department); per-person cost per step, and a NONLINEAR line when a
  step more than doubles it. `--no-100k` stops at 20k.
- targets: the 20,000-row list (`render-registration -d`) against docxtpl, python-docx's
  cell API and tdkt's table engine alone on the same rows; `render-proposal` against it;
  the peak memory of every single-unit command on a 20,000-person plan.

`--before SRC` also runs every tdkt case on another source tree (a checkout of an older
version), alternating with this one, and shows both. Each tdkt package is byte-compiled
first, as `pip install` leaves it.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "plans" / "2022.yaml"
BASELINES = Path(__file__).resolve().parent / "baselines.py"
MAKE_PLAN = Path(__file__).resolve().parent / "make_plan.py"
GROWTH_SIZES = (1_000, 5_000, 20_000, 100_000)
PEOPLE_PER_DEPARTMENT = 40
LIST_ROWS = 20_000
MEMORY_LIMIT_MB = 400


@dataclass
class Sample:
    """The repeats of one case: CPU seconds, wall seconds, peak MB, last exit code."""

    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    peak: list[float] = field(default_factory=list)
    code: int = 0

    @property
    def cpu_s(self) -> float:
        return statistics.median(self.cpu)

    @property
    def wall_s(self) -> float:
        return statistics.median(self.wall)

    @property
    def peak_mb(self) -> float:
        return max(self.peak)

    def text(self) -> str:
        flag = "" if self.code == 0 else f"  exit {self.code}"
        return f"{self.cpu_s:8.2f} s cpu {self.wall_s:8.2f} s wall {self.peak_mb:7.0f} MB{flag}"


def byte_compiled(source: Path | None) -> None:
    """Byte-compile the tdkt package a child will import, as `pip install` does.

    Without it, an editable install under PYTHONDONTWRITEBYTECODE compiles every module
    from source in every child (a tenth of a second), which the baselines, imported from
    compiled site-packages, never pay.
    """
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(source), env.get("PYTHONPATH")]))
    found = subprocess.run([sys.executable, "-P", "-c", "import os, tdkt; print(os.path.dirname(tdkt.__file__))"],
                           env=env, capture_output=True, text=True, check=True).stdout.strip()
    compileall.compile_dir(found, quiet=1)


def run_once(argv: list[str], sample: Sample, source: Path | None = None) -> None:
    """Run one child process; add its CPU time, wall time and peak memory to `sample`."""
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(source), env.get("PYTHONPATH")]))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    sample.wall.append(time.perf_counter() - start)
    sample.cpu.append(usage.ru_utime + usage.ru_stime)
    sample.peak.append(usage.ru_maxrss / 1024)
    sample.code = os.waitstatus_to_exitcode(status)


def write_plan(path: Path, departments: int, people: int, milestones: int, council: bool = False) -> str:
    """Generate a plan in a child process, so this one stays small.

    A child's peak memory (ru_maxrss) counts the parent's pages it was forked with; a
    parent that had built a 100,000-person plan in memory would inflate every figure.
    """
    subprocess.run([sys.executable, str(MAKE_PLAN), str(path), "--departments", str(departments),
                    "--people", str(people), "--milestones", str(milestones), *(["--council"] if council else [])],
                   check=True, stdout=subprocess.DEVNULL)
    return str(path)


def tdkt(*args: str) -> list[str]:
    # -P: the current folder does not shadow the tree chosen by --before
    return [sys.executable, "-P", "-m", "tdkt", *args]


def measure_all(named: dict[str, list[str]], repeat: int, sources: dict[str, Path | None]) -> dict[tuple[str, str], Sample]:
    """Each case under each source, `repeat` times, alternating; only cases run with -P
    (tdkt's commands and its engine alone) depend on the source."""
    samples: dict[tuple[str, str], Sample] = {}
    for _ in range(repeat):
        for name, argv in named.items():
            for label, source in (sources.items() if argv[1] == "-P" else [("", None)]):
                run_once(argv, samples.setdefault((name, label), Sample()), source)
    return samples


def show(samples: dict[tuple[str, str], Sample]) -> None:
    for (name, label), sample in samples.items():
        print(f"  {name:52} {label:7} {sample.text()}", flush=True)


# -- sections ---------------------------------------------------------------------------------

def cases(work: Path, args, sources) -> None:
    """The fixed cases of earlier versions of this bench."""
    large = write_plan(work / "large-500x20000.yaml", 500, 20000, 200)
    milestones = write_plan(work / "large-2000-milestones.yaml", 500, 20000, 2000)
    out = str(work / "out")
    named = {
        "validate seed": tdkt("validate", str(SEED), "--as-of", "2022-06-30"),
        "validate 500 depts / 20,000 people": tdkt("validate", large, "--as-of", "2022-06-30"),
        "validate 2,000 milestones / 20,000 people": tdkt("validate", milestones, "--as-of", "2022-06-30"),
        "render-plan seed": tdkt("render-plan", str(SEED), "-o", out),
        "report --quarter 4 seed": tdkt("report", str(SEED), "--quarter", "4", "--as-of", "2022-12-31", "-o", out),
        "report --quarter 4 2,000 milestones": tdkt("report", milestones, "--quarter", "4", "--as-of", "2022-12-31", "-o", out),
        "evaluate 20,000 people": tdkt("evaluate", large, "--format", "json"),
    }
    named = {k: v for k, v in named.items() if args.only in k}
    print("\n## cases", flush=True)
    show(measure_all(named, args.repeat, sources))


def growth(work: Path, args, sources) -> None:
    """Per-person cost of each command as the plan grows; NONLINEAR when a step doubles it."""
    sizes = [s for s in GROWTH_SIZES if not (args.no_100k and s > 20_000)]
    commands = {
        "validate": lambda p, o: tdkt("validate", p, "--as-of", "2022-12-31"),
        "evaluate": lambda p, o: tdkt("evaluate", p, "--format", "json"),
        "render-proposal": lambda p, o: tdkt("render-proposal", p, "-o", o),
        "render-registration": lambda p, o: tdkt("render-registration", p, "-o", o),
    }
    plans = {}
    for size in sizes:
        plans[size] = write_plan(work / f"growth-{size}.yaml", max(1, size // PEOPLE_PER_DEPARTMENT), size,
                                 max(10, size // 100), council=True)
    print("\n## growth (per person: CPU time / people; 40 people a department, people/100 milestones)", flush=True)
    for command, argv in commands.items():
        if args.only not in command:
            continue
        for label, source in sources.items():
            previous = None
            for size in sizes:
                # the largest size once: a 100k step can take minutes
                repeat = args.repeat if size <= 20_000 else 1
                sample = Sample()
                for _ in range(repeat):
                    run_once(argv(plans[size], str(work / "out")), sample, source)
                per_person = sample.cpu_s / size * 1e6
                line = f"  {command:20} {label:7} {size:>7,} people {sample.text()} {per_person:8.1f} µs/person"
                if previous is not None and per_person > 2 * previous:
                    line += f"   NONLINEAR: {per_person / previous:.1f}× the per-person cost of the step before"
                print(line, flush=True)
                previous = per_person


def targets(work: Path, args, sources) -> None:
    """The list against its baselines, the proposal against the list, and peak memory."""
    one = write_plan(work / "one-department-20000.yaml", 1, LIST_ROWS, 20, council=True)
    spread = write_plan(work / "spread-500x20000.yaml", 500, LIST_ROWS, 200, council=True)
    template = work / "docxtpl-template.docx"
    subprocess.run([sys.executable, str(BASELINES), "template", "0", str(template)], check=True)
    out = str(work / "out")
    py = sys.executable
    named = {
        "render-registration -d (20,000-row list)": tdkt("render-registration", one, "-d", "d0", "-o", out),
        "render-proposal (same 20,000 people)": tdkt("render-proposal", one, "-o", out),
        "engine alone, 20,000 rows": [py, "-P", str(BASELINES), "engine", str(LIST_ROWS), str(work / "e.docx")],
        "docxtpl, 20,000 rows": [py, str(BASELINES), "docxtpl", str(LIST_ROWS), str(work / "t.docx"), str(template)],
    }
    print(f"\n## targets (20,000 people; {args.repeat} alternating repeats)", flush=True)
    samples = measure_all(named, args.repeat, sources)
    if not args.no_cells:
        cells = Sample()  # minutes at 20,000 rows: once
        run_once([py, str(BASELINES), "cells", str(LIST_ROWS), str(work / "c.docx")], cells)
        samples[("python-docx cell API, 20,000 rows", "")] = cells
    show(samples)
    docxtpl = samples[("docxtpl, 20,000 rows", "")].cpu_s
    for label in sources:
        engine = samples[("engine alone, 20,000 rows", label)].cpu_s
        listing = samples[("render-registration -d (20,000-row list)", label)].cpu_s
        proposal = samples[("render-proposal (same 20,000 people)", label)].cpu_s
        verdict = lambda ok: "PASS" if ok else "FAIL"  # noqa: E731
        print(f"  [{label}] list vs docxtpl: {docxtpl / listing:.2f}× faster (target ≥ 3)  {verdict(docxtpl / listing >= 3)}")
        print(f"  [{label}] list vs engine alone: {listing / engine:.2f}× (target ≤ 2)  {verdict(listing / engine <= 2)}")
        print(f"  [{label}] proposal vs list: {proposal / listing:.2f}× (target ≤ 1.5)  {verdict(proposal / listing <= 1.5)}")
    as_of = ["--as-of", "2022-12-31"]
    single = {
        "validate": tdkt("validate", spread, *as_of),
        "evaluate --format json": tdkt("evaluate", spread, "--format", "json"),
        "status": tdkt("status", spread, *as_of),
        "render-plan": tdkt("render-plan", spread, "-o", out),
        "report --quarter 4": tdkt("report", spread, "--quarter", "4", *as_of, "-o", out),
        "render-registration (500 departments)": tdkt("render-registration", spread, "-o", out),
        "render-proposal": tdkt("render-proposal", spread, "-o", out),
    }
    print(f"\n## peak memory, single-unit commands on 500 departments / 20,000 people (limit {MEMORY_LIMIT_MB} MB)", flush=True)
    memory = measure_all(single, 1, sources)
    for (name, label), sample in memory.items():
        verdict = "PASS" if sample.peak_mb <= MEMORY_LIMIT_MB else "FAIL"
        print(f"  {name:52} {label:7} {sample.text()}  {verdict}", flush=True)


SECTIONS = {"cases": cases, "growth": growth, "targets": targets}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="run only the cases whose name contains this text")
    parser.add_argument("--sections", default="cases,growth,targets", help="which sections, comma-separated")
    parser.add_argument("--no-100k", action="store_true", help="stop the growth curve at 20,000 people")
    parser.add_argument("--no-cells", action="store_true", help="skip the python-docx cell API baseline (minutes)")
    parser.add_argument("--before", type=Path, help="also run the tdkt cases on this source tree")
    args = parser.parse_args()
    sources: dict[str, Path | None] = {"now": None}
    if args.before:
        sources = {"before": args.before.resolve(), "now": None}
    for source in sources.values():
        byte_compiled(source)
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sections.split(","):
            SECTIONS[name.strip()](Path(tmp), args, sources)


if __name__ == "__main__":
    main()
