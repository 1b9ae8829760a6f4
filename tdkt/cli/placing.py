"""Where a batch's documents go: file names that never collide between units.

Each unit writes into its own hidden staging folder inside the output folder. Once every
unit is done, a unit whose files' names no other unit also wrote goes straight into the
output folder; a unit sharing a name with another (two units with one abbreviation and
year, the same person's id in two units' achievement reports, two dossiers) goes whole
into a subfolder named from its plan file's stem (`truong-a.yaml` → `truong-a/`; two
`2022.yaml` in `a/` and `b/` → `a-2022/`, `b-2022/`). The decision depends on the names
only, never on which unit finished first. Each file is moved with one rename (atomic).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from tdkt.cli.unit import Row
from tdkt.files import cannot_write, safe_file_name

STAGING_PREFIX = ".tdkt-batch-"


def stage(output: Path) -> Path:
    """A fresh hidden folder inside `output` (made if missing) for the units to write into."""
    try:
        output.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=output))
    except OSError as exc:
        raise cannot_write(output, exc) from None


def clear(staging: Path, made: Path | None) -> None:
    """Remove the staging folder, and the output folder made for the batch when nothing was written."""
    shutil.rmtree(staging, ignore_errors=True)
    if made is not None:
        with contextlib.suppress(OSError):
            made.rmdir()  # only when empty


def unit_folder(staging: Path, index: int) -> Path:
    return staging / f"{index:05d}"


def place(rows: list[Row], staging: Path, output: Path, lang: str) -> list[str]:
    """Move each unit's files to their place, rewrite the paths it printed, and return the
    subfolders used for units whose names would collide (empty when none did)."""
    owners = Counter(name for row in rows for name in set(row.files))
    apart = [any(owners[name] > 1 for name in row.files) for row in rows]
    labels = folder_labels([Path(r.path) for r, away in zip(rows, apart) if away])
    used = []
    for index, (row, away) in enumerate(zip(rows, apart)):
        source = unit_folder(staging, index)
        target = output / labels[Path(row.path)] if away else output
        if away:
            used.append(str(target))
        _move(row, source, target, lang)
    return used


def _move(row: Row, source: Path, target: Path, lang: str) -> None:
    placed = []
    for name in row.files:
        destination = target / name
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source / name, destination)
        except OSError as exc:
            row.stderr += cannot_write(destination, exc).text(lang) + "\n"
            row.code = row.code or 1
            continue
        placed.append(str(destination))
    before, after = str(source) + os.sep, str(target) + os.sep
    row.stdout, row.stderr = row.stdout.replace(before, after), row.stderr.replace(before, after)
    row.files = placed


def folder_labels(paths: list[Path]) -> dict[Path, str]:
    """A distinct folder name for each plan: its stem, else its path below the plans' common
    folder with `-` for `/` (`a/2022.yaml` → `a-2022`), else numbered."""
    stems = Counter(p.stem for p in paths)
    base = Path(os.path.commonpath([p.resolve().parent for p in paths])) if paths else Path()
    labels: dict[Path, str] = {}
    taken: set[str] = set()
    for path in paths:
        label = path.stem
        if stems[label] > 1:
            relative = path.resolve().relative_to(base).with_suffix("")
            label = "-".join(relative.parts)
        label = safe_file_name(label)
        candidate, n = label, 1
        while candidate in taken:
            n += 1
            candidate = f"{label}-{n}"
        taken.add(candidate)
        labels[path] = candidate
    return labels
