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


def _movement(heading: str, kind: str, start: str, end: str) -> dict:
    return {"heading": heading, "movement": {"kind": kind, "start": start, "end": end}}


def movements(number: int) -> list[dict]:
    """Headings marked as movements: a yearly one in every unit, a themed one in every other."""
    found = [_movement("Phong trào thi đua thường xuyên", "thuong_xuyen", "01/2022", "12/2022")]
    if number % 2 == 0:
        found.append(_movement("Đợt thi đua chào mừng", "chuyen_de", "01/03/2022", "30/06/2022"))
    if number % 10 == 0:  # years only: no duration can be told
        found.append(_movement("Phong trào giai đoạn 2021-2025", "chuyen_de", "2021", "2025"))
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


def _counted(each_unit) -> Counter:
    counts = Counter()
    for found in each_unit:
        for result in found:
            kind = "collective" if "department" in result else "individual"
            for code in [result.get("title"), *result.get("awards", [])]:
                if code:
                    counts[(code, kind)] += 1
    return counts


def _kinds(each_unit) -> Counter:
    counts = Counter()
    for found in each_unit:
        for m in found:
            counts[m["movement"]["kind"]] += 1
            counts["total"] += 1
    return counts


def expected_results(numbers) -> Counter:
    """(code, collective|individual) → count over the units."""
    return _counted(results(n) for n in numbers)


def expected_movements(numbers) -> Counter:
    return _kinds(movements(n) for n in numbers)


# -- school-year units (a commune's or a sector's schools) ---------------------------------

SCHOOL_YEAR = "2025-2026"
SCHOOL_OFFICE = "Ủy ban nhân dân phường Ví Dụ"  # the schools' managing level, named in their Kính gửi


def school_results(number: int) -> list[dict]:
    """The year-end results of school `number` (holders of `school_text`)."""
    found = [{"department": "to1", "title": "TTLDXS"}, {"department": "to2", "title": "TTLDTT"},
             {"person": "totruong1", "title": "CSTDCS"}, {"person": "gv1a", "title": "LDTT", "awards": ["GK"]}]
    if number % 2 == 0:
        found.append({"person": "gv2a", "title": "LDTT"})
    if number % 3 == 0:
        found.append({"person": "hieutruong", "awards": ["BKT"]})
    if number % 4 == 0:
        found.append({"department": "to1", "awards": ["BKT"]})
    if number % 5 == 0:
        found.append({"person": "totruong2", "title": "CSTDT"})
    if number % 6 == 0:
        found.append({"department": "to2", "awards": ["BKTTG"]})
    return found


def school_movements(number: int) -> list[dict]:
    """The school year's movement in every school; a themed one for 20/11 in every other."""
    found = [_movement("Phong trào thi đua “Dạy tốt - Học tốt”", "thuong_xuyen", "09/2025", "05/2026")]
    if number % 2 == 0:
        found.append(_movement("Đợt thi đua chào mừng Ngày Nhà giáo Việt Nam", "chuyen_de", "01/10/2025", "20/11/2025"))
    return found


def school_text(number: int) -> str:
    """A primary school's plan for the school year 2025-2026: the `tdkt new --kind school` starter
    with its own name, staff, registrations, council decisions, results and movements."""
    from tdkt.cli.new import starter_text

    data = yaml.safe_load(starter_text("school", 2025))
    name = f"Trường Tiểu học số {number:02d}"
    data["unit"].update(name=name, letterhead=["TRƯỜNG TIỂU HỌC", f"SỐ {number:02d}"], abbreviation=f"TH{number:02d}",
                        parent="UBND PHƯỜNG VÍ DỤ", place="Ví Dụ")
    def person(id_: str, name_: str, position: str, **more) -> dict:
        return {"id": id_, "name": f"{name_} {number:02d}", "position": position, "hired": "2015-09-01",
                "rating": "htxs", "discipline": "none", **more}

    initiative = {"name": "Đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học", "decision": "12/QĐ-TH",
                  "date": "15/04/2026"}
    data["departments"] = [
        {"id": "bgh", "name": "Ban Giám hiệu", "rating": "htxs", "members": [
            person("hieutruong", "Nguyễn Thị An", "Hiệu trưởng"), person("phohieutruong", "Lê Văn Bình", "Phó Hiệu trưởng")]},
        {"id": "to1", "name": "Tổ 1", "head": "totruong1", "rating": "htxs", "members": [
            person("totruong1", "Trần Thị Cúc", "Tổ trưởng", initiatives=[initiative]),
            person("gv1a", "Phạm Văn Dũng", "Giáo viên")]},
        {"id": "to2", "name": "Tổ 2", "head": "totruong2", "rating": "htt", "members": [
            person("totruong2", "Hoàng Thị Em", "Tổ trưởng"), person("gv2a", "Vũ Văn Giang", "Giáo viên")]},
    ]
    for milestone in data["plan"]["milestones"]:
        month, year = milestone["month"].split("/")
        milestone.update(status="done", done_on=f"20/{month}/{year}")
    data["plan"]["body"] += [{**m, "body": ["Nội dung phong trào."]} for m in school_movements(number)]
    data["registrations"] = [
        {"department": "to1", "title": "TTLDXS", "people": [{"person": "totruong1", "title": "CSTDCS"},
                                                          {"person": "gv1a", "title": "LDTT"}]},
        {"department": "to2", "title": "TTLDTT", "people": [{"person": "totruong2", "title": "LDTT"},
                                                          {"person": "gv2a", "title": "LDTT"}]},
    ]
    data["council"] = {"members": 5, "meeting": "25/05/2026", "decisions": [
        {"department": "to1", "title": "TTLDXS", "votes": 5},
        {"person": "totruong1", "title": "CSTDCS", "votes": 5},
        {"person": "gv1a", "title": "LDTT", "awards": ["GK"], "votes": 5}]}
    data["proposal"] = {"addressees": [f"Chủ tịch {SCHOOL_OFFICE}"]}
    data["results"] = school_results(number)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def write_schools(folder: Path, numbers) -> list[Path]:
    paths = []
    for number in numbers:
        path = folder / f"truong-{number:02d}" / f"{SCHOOL_YEAR}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(school_text(number), encoding="utf-8")
        paths.append(path)
    return paths


def expected_school_results(numbers) -> Counter:
    """(code, collective|individual) → count over the schools."""
    return _counted(school_results(n) for n in numbers)


def expected_school_movements(numbers) -> Counter:
    return _kinds(school_movements(n) for n in numbers)
