"""Write a large synthetic plan: `python bench/make_plan.py OUT --departments 500 --people 20000`."""

from __future__ import annotations

import argparse
from pathlib import Path

TITLES = ("LDTT", "LDTT", "LDTT", "CSTDCS", "Lao động tiên tiến")
RATINGS = ("htt", "htxs", "htt", "htxs", "ht")  # year-end ratings, so `evaluate` has inputs


def make_plan(departments: int, people: int, milestones: int, year: int = 2022, council: bool = False) -> str:
    """A valid plan with the given sizes, as YAML text (people spread evenly).

    With `council`, the council proposes Lao động tiên tiến for everyone rated htt or htxs
    and the departments' registered title for each department, so `render-proposal` runs.
    """
    lines = [
        f"year: {year}",
        "unit:",
        "  name: Trung tâm Dịch vụ việc làm",
        "  parent: Sở Lao động - TB&XH tỉnh Sơn La",
        "  abbreviation: TTDVVL",
        "  place: Sơn La",
        "  head: p0",
        "departments:",
    ]
    per_dept = max(1, people // departments)
    for d in range(departments):
        lines += [f"  - id: d{d}", f"    name: Phòng chuyên môn số {d + 1}", f"    rating: {RATINGS[d % 2]}", "    members:"]
        for k in range(per_dept):
            n = d * per_dept + k
            position = "Giám đốc" if n == 0 else "Viên chức"
            extra = f", initiatives: [{{name: Sáng kiến {n}, decision: {n}/QĐ-TTDVVL, date: 2022-11-15}}]" if n % 5 == 3 else ""
            lines.append(f"      - {{id: p{n}, name: Nguyễn Văn Người {n}, position: {position}, hired: 2015-01-01, "
                         f"rating: {RATINGS[n % len(RATINGS)]}, discipline: none{extra}}}")
    lines += [
        "plan:",
        "  number: 12",
        f"  date: 06/01/{year}",
        f"  subject: Thực hiện công tác thi đua - khen thưởng năm {year}",
        "  purposes:",
        "    - Đẩy mạnh phong trào thi đua trên mọi lĩnh vực công tác.",
        "  milestones:",
    ]
    for m in range(milestones):
        quarter = m % 4 + 1
        status = "done" if quarter == 1 else "planned"
        lines += [
            f"    - id: m{m}",
            f"      quarter: {quarter}",
            f"      text: Nhiệm vụ cụ thể số {m + 1} của quý {quarter}",
            f"      owner: d{m % departments}",
            f"      status: {status}",
        ]
        if status == "done":
            lines += [f"      done_on: 15/0{3 * quarter - 1}/{year}", f"      evidence: {m + 1}/BC-TTDVVL"]
    lines += ["  recipients:", "    - Sở Lao động – TBXH (b/c)", "  filing: HCTH", "registrations:"]
    for d in range(departments):
        lines += [f"  - department: d{d}", "    title: TTLDTT", "    people:"]
        for k in range(per_dept):
            n = d * per_dept + k
            lines.append(f"      - {{person: p{n}, title: {TITLES[n % len(TITLES)]}}}")
    if council:
        lines += ["council:", "  members: 7", f"  meeting: 20/12/{year}", "  minutes: 05/BB-HĐTĐKT", "  decisions:"]
        lines += [f"    - {{department: d{d}, title: TTLDTT, votes: 7}}" for d in range(departments)]
        lines += [f"    - {{person: p{n}, title: LDTT, votes: {6 + n % 2}}}"
                  for n in range(per_dept * departments) if RATINGS[n % len(RATINGS)] in ("htt", "htxs")]
        lines += ["proposal:", "  number: 52", f"  date: 22/12/{year}", "  addressees: [Giám đốc Sở Lao động - TB&XH]"]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--departments", type=int, default=500)
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--milestones", type=int, default=200)
    parser.add_argument("--council", action="store_true", help="add council decisions and a proposal")
    args = parser.parse_args()
    args.out.write_text(make_plan(args.departments, args.people, args.milestones, council=args.council), encoding="utf-8")
    print(args.out)


if __name__ == "__main__":
    main()
