"""Figures as Vietnamese documents write them: `178.642`, `105,1`, `≥ 95`, `02`.

Values the unit writes are kept as written; the number inside is read to compute shares
(thực hiện / kế hoạch) and whether a bound (`≥ 95`) was met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_COMPARATORS = {"≥": "ge", ">=": "ge", "≤": "le", "<=": "le", ">": "gt", "<": "lt"}
_NUMBER = re.compile(r"^\s*(≥|>=|≤|<=|>|<)?\s*([0-9][0-9.,]*)\s*(%?)\s*$")


@dataclass(frozen=True)
class Reading:
    """The number in a written value and the bound it states, if any."""

    value: Decimal
    bound: str | None  # ge, le, gt, lt


@dataclass(frozen=True)
class Ratio:
    """Achieved against planned: a percentage, or whether a stated bound was met."""

    percent: Decimal | None = None
    met: bool | None = None


def read_number(text: str | None) -> Reading | None:
    """`170.000` → 170000, `97,3` → 97.3, `≥ 3,40` → (3.40, ge); None for anything else."""
    if text is None:
        return None
    match = _NUMBER.match(str(text))
    if not match:
        return None
    sign, digits, _ = match.groups()
    if "," in digits:
        whole, _, fraction = digits.rpartition(",")
        digits = whole.replace(".", "") + "." + fraction
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):
        digits = digits.replace(".", "")
    try:
        return Reading(Decimal(digits), _COMPARATORS.get(sign) if sign else None)
    except InvalidOperation:
        return None


def ratio(planned: str | None, achieved: str | None) -> Ratio:
    """The share achieved of planned, or with a bound whether it was met; empty when unknown."""
    plan, done = read_number(planned), read_number(achieved)
    if plan is None or done is None:
        return Ratio()
    if plan.bound is not None:
        compare = {"ge": done.value >= plan.value, "le": done.value <= plan.value,
                   "gt": done.value > plan.value, "lt": done.value < plan.value}
        return Ratio(met=compare[plan.bound])
    if plan.value == 0:
        return Ratio()
    return Ratio(percent=done.value * 100 / plan.value)


def percent(value: Decimal | float | None) -> str:
    """`105,1`; one decimal, and a whole hundred as `100`."""
    if value is None:
        return ""
    rounded = Decimal(value).quantize(Decimal("0.1"), rounding="ROUND_HALF_UP")
    if rounded == 100:
        return "100"
    return f"{rounded:.1f}".replace(".", ",")


def count(value: int | None) -> str:
    """`02` for counts under ten (as clerks write them), `0` for none, `1.146` above a thousand."""
    if value is None:
        return ""
    if 0 < value < 10:
        return f"{value:02d}"
    return f"{value:,}".replace(",", ".")
