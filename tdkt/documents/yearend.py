"""What the council decided, split by who decides it, with the reward each grant carries.

Shared by the year-end documents (minutes, decision, achievement reports, dossier): each
council decision becomes grants (one title or award for one holder); a grant is the unit's
own when the head's level may decide it under the year's regime, else it goes upward.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tdkt.plan.models import CouncilDecision, Department, Person, Plan
from tdkt.rules.authority import Authority, authority
from tdkt.rules.catalogue import Entry, load_catalogue
from tdkt.rules.rewards import Reward, reward
from tdkt.rules.ruleset import RuleSet

REFERENCE = re.compile(r"^\s*(\d+)\s*/\s*(\S+?)\s*$")


@dataclass(frozen=True)
class Holder:
    """A person or department a council decision names, as documents write it."""

    kind: str  # individual | collective
    id: str
    name: str
    position: str  # "Trưởng phòng, Phòng Tư vấn - Giới thiệu việc làm"; the unit for a department
    department: Department
    person: Person | None


@dataclass(frozen=True)
class Grant:
    """One title or award for one holder, as the council decided it."""

    entry: Entry
    holder: Holder
    decision: CouncilDecision


def holder(plan: Plan, decision: CouncilDecision, homes: dict | None = None) -> Holder:
    """The holder a decision names; `homes` (person id → (department, person)) saves a search."""
    if decision.department:
        dept = plan.department(decision.department)
        return Holder("collective", dept.id, dept.name, plan.unit.name, dept, None)
    dept, person = (homes or _homes(plan))[decision.person]
    position = ", ".join(p for p in (person.position, dept.name) if p)
    return Holder("individual", person.id, person.name, position, dept, person)


def _homes(plan: Plan) -> dict[str, tuple[Department, Person]]:
    return {p.id: (d, p) for d in plan.departments for p in d.members}


def grants(plan: Plan, ruleset: RuleSet) -> list[Grant]:
    """Every (title or award, holder) the council decided, in the council's order."""
    catalogue, found, homes = load_catalogue(), [], _homes(plan)
    for decision in plan.council.decisions if plan.council else []:
        who = holder(plan, decision, homes)
        for entry in catalogue.held(decision.title, decision.awards, ruleset.regime):
            found.append(Grant(entry, who, decision))
    return found


def unit_authority(plan: Plan, ruleset: RuleSet) -> Authority | None:
    """What the unit's head may decide, when the plan says the head's level (else None)."""
    frame = plan.council.decision if plan.council else None
    if frame is None or frame.authority is None:
        return None
    return authority(ruleset.regime.id, frame.authority)


def upward(plan: Plan, ruleset: RuleSet) -> list[Grant]:
    """Grants the unit proposes above itself: all of them when the head's level is not given."""
    own = unit_authority(plan, ruleset)
    return [g for g in grants(plan, ruleset) if own is None or not own.decides(g.entry.code)]


def decision_day(plan: Plan) -> date:
    """The day whose base salary the rewards use: the decision's, else the meeting's, else year end."""
    frame = plan.council.decision if plan.council else None
    return (frame.date if frame and frame.date else None) or (plan.council.meeting if plan.council else None) \
        or date(plan.year, 12, 31)


def reward_of(grant: Grant, plan: Plan, ruleset: RuleSet) -> Reward | None:
    return reward(grant.entry.code, grant.holder.kind, ruleset.regime.id, decision_day(plan), ruleset.rewards)


def split_reference(text: str | None) -> tuple[int | None, str | None]:
    """`05/BB-HĐTĐKT` → (5, "BB-HĐTĐKT"); anything else → (None, None)."""
    match = REFERENCE.match(text or "")
    return (int(match.group(1)), match.group(2)) if match else (None, None)


def share_text(votes: int, members: int) -> str:
    """`85,7%` (one decimal, Vietnamese comma; whole numbers without decimals)."""
    tenths = round(votes * 1000 / members) if members else 0
    whole, rest = divmod(tenths, 10)
    return f"{whole}%" if rest == 0 else f"{whole},{rest}%"
