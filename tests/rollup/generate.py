"""Generated units for the roll-up tests: the seed plan with another unit name, movements and results.

The seed is dumped once; each unit is that text with its own name and abbreviation, and a
few lines of results and movements that vary with the unit's number. The expected totals
are computed here from the same choices, independently of tdkt's own counting.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import yaml

from tests.conftest import SEED_PLAN

NAME, ABBREVIATION = "Trung tâm Dịch vụ việc làm", "TTDVVL"


@cache
def _base() -> str:
    from tdkt.plan.yamlsource import load_file

    data = load_file(SEED_PLAN).data  # every scalar as text, as tdkt reads it
    data["plan"]["body"] = "__BODY__"
    data["results"] = "__RESULTS__"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)


def results(number: int) -> list[dict]:
    """The year-end results of unit `number` (holders of the seed plan)."""
    found = [{"department": "tvgt", "title": "TTLDXS"}, {"person": "lvhung", "title": "CSTDCS"},
             {"person": "nthuong", "title": "LDTT", "awards": ["GK"]}]
    if number % 3 == 0:
        found.append({"person": "vqkhai", "awards": ["BKT"]})
    if number % 4 == 0:
        found.append({"department": "hcth", "awards": ["BKT"]})
    if number % 5 == 0:
        found.append({"department": "ttld", "awards": ["BKTTG"]})
    if number % 7 == 0:
        found.append({"person": "lvhung", "title": "CSTDT"})
    if number % 11 == 0:
        found.append({"department": "bhtn", "title": "CTDT"})
    if number % 13 == 0:
        found.append({"person": "qthoa", "title": "CSTDTQ", "awards": ["BKTTG"]})
    return found


def movements(number: int) -> list[dict]:
    """Headings marked as movements: a yearly one in every unit, a themed one in every other."""
    def movement(heading: str, kind: str, start: str, end: str) -> dict:
        return {"heading": heading, "movement": {"kind": kind, "start": start, "end": end}}

    found = [movement("Phong trào thi đua thường xuyên", "thuong_xuyen", "01/2022", "12/2022")]
    if number % 2 == 0:
        found.append(movement("Đợt thi đua chào mừng", "chuyen_de", "01/03/2022", "30/06/2022"))
    if number % 10 == 0:  # years only: no duration can be told
        found.append(movement("Phong trào giai đoạn 2021-2025", "chuyen_de", "2021", "2025"))
    return found


def unit_text(number: int) -> str:
    body = [{**m, "body": ["Nội dung phong trào."]} for m in movements(number)]
    flow = {"default_flow_style": True, "allow_unicode": True, "width": 100000}
    text = _base().replace(NAME, f"Trung tâm số {number:02d}").replace(ABBREVIATION, f"TT{number:02d}")
    text = text.replace("__BODY__", yaml.safe_dump(body, **flow).strip())
    return text.replace("__RESULTS__", yaml.safe_dump(results(number), **flow).strip())


def write_units(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(1, count + 1):
        path = folder / f"don-vi-{number:02d}" / "2022.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(unit_text(number), encoding="utf-8")
        paths.append(path)
    return paths


def expected_results(numbers) -> Counter:
    """(code, collective|individual) → count over the units."""
    counts = Counter()
    for number in numbers:
        for result in results(number):
            kind = "collective" if "department" in result else "individual"
            for code in [result.get("title"), *result.get("awards", [])]:
                if code:
                    counts[(code, kind)] += 1
    return counts


def expected_movements(numbers) -> Counter:
    counts = Counter()
    for number in numbers:
        for m in movements(number):
            counts[m["movement"]["kind"]] += 1
            counts["total"] += 1
    return counts
