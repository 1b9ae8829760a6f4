"""Which titles and awards each person and department's inputs support, and why.

Every decision is a list of reasons, each naming the criterion (and so the article) it
rests on. A missing input makes a title undecided, never guessed. Ratio caps are reported
with the candidates when they leave more eligible people than places: the council picks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction
from functools import cache
from math import floor

from tdkt.plan.dates import next_month
from tdkt.plan.models import Department, Person, Plan
from tdkt.plan.period import Period
from tdkt.rules.catalogue import Catalogue, load_catalogue
from tdkt.rules.reasons import Named
from tdkt.rules.ruleset import (
    DISCIPLINE_NAMES,
    RATING_NAMES,
    RuleSet,
    discipline_at_least,
    discipline_name,
    rating_at_least,
    rating_name,
)

MET, FAILED, MISSING, PENDING = "met", "failed", "missing", "pending"
COUNCIL = "council"  # rests on a choice the council has still to make (a capped title)
ELIGIBLE, NOT_ELIGIBLE, UNDECIDED, NOT_CHECKED = "eligible", "not_eligible", "undecided", "not_checked"
AWAITS_COUNCIL = "awaits_council"
_CRITERION_STATE = {ELIGIBLE: MET, NOT_ELIGIBLE: FAILED}  # a title's verdict as a criterion of another
INDIVIDUAL_BASE = ("LDTT", "CSTDCS")  # weighed for everyone: they feed caps and collective shares
COLLECTIVE_BASE = ("TTLDTT", "TTLDXS")


@dataclass(slots=True)
class Reason:
    """One criterion checked: its wording code and values, the outcome, the rule it rests on."""

    code: str
    state: str
    rule: str | None = None  # criteria name (source in the RuleSet) or None for the title's own article
    params: dict = field(default_factory=dict)
    words: dict = field(default_factory=dict)  # param -> reasons.WORDS key


@dataclass(slots=True)
class Verdict:
    """A title or award for one holder: eligible, not eligible, undecided, or for the council."""

    code: str
    status: str
    reasons: tuple[Reason, ...]


@dataclass
class Holder:
    """A person or department and the verdicts on what was weighed for it."""

    kind: str  # individual | collective
    id: str
    name: str
    department: str
    registered: tuple[str, ...] = ()
    verdicts: dict[str, Verdict] = field(default_factory=dict)


@dataclass(frozen=True)
class Cap:
    """A ratio cap and how the eligible candidates stand against it."""

    code: str
    rule: str
    percent: object
    base: int
    places: int
    candidates: tuple[str, ...]
    dependents: tuple[str, ...] = ()  # holders whose title waits on who is chosen within the cap


    @property
    def over(self) -> bool:
        return len(self.candidates) > self.places


@dataclass
class Evaluation:
    ruleset: RuleSet
    year: int
    people: list[Holder]
    departments: list[Holder]
    caps: list[Cap]
    period: Period  # the year or school year weighed


def evaluate(plan: Plan, ruleset: RuleSet, catalogue: Catalogue | None = None) -> Evaluation:
    """Weigh every person and department of the plan against the rules in force."""
    catalogue = catalogue or load_catalogue()
    judge = _Judge(plan, ruleset, catalogue)
    members = [(p, d) for d in plan.departments for p in d.members]
    people = [judge.person(p, d) for p, d in members]  # the base titles first: the caps rest on them
    cstdcs = judge.cap("cstdcs_max_share_of_ldtt", "CSTDCS", "LDTT", people)
    judge.caps = {cstdcs.code: cstdcs} if cstdcs else {}
    for (person, _), holder in zip(members, people):
        judge.person_rest(person, holder)
    by_id = {h.id: h for h in people}
    departments = [judge.department(d, [by_id[p.id] for p in d.members]) for d in plan.departments]
    if cstdcs is not None:
        waiting = tuple(h.id for h in departments
                        if any(r.state == COUNCIL for v in h.verdicts.values() for r in v.reasons))
        cstdcs = replace(cstdcs, dependents=waiting)
    caps = [c for c in (cstdcs, judge.cap("tldxs_max_share_of_tldtt", "TTLDXS", "TTLDTT", departments)) if c is not None]
    return Evaluation(ruleset, plan.year, people, departments, caps, plan.period)


def status_of(reasons: list[Reason]) -> str:
    states = {r.state for r in reasons}
    if FAILED in states:
        return NOT_ELIGIBLE
    if MISSING in states:
        return UNDECIDED
    if COUNCIL in states:
        return AWAITS_COUNCIL
    return ELIGIBLE


def share_meets(count: int, total: int, percent, strict: bool) -> bool:
    """count/total against percent%, exactly (no floating point): `strict` means 'more than'."""
    if total <= 0:
        raise ZeroDivisionError("a share of no one")  # callers weigh only holders that have members
    limit = _share(percent)
    share = count * limit.denominator, limit.numerator * total  # count/total against the limit, in whole numbers
    return share[0] > share[1] if strict else share[0] >= share[1]


@cache
def _share(percent) -> Fraction:
    """percent% as an exact fraction (`15` → 3/20, `66.67` → 6667/10000)."""
    return Fraction(str(percent)) / 100


def months_served(hired, year: int | date) -> int:
    """Whole months from the hire date to the end of the period: 31/12 of `year`, or a given
    last day such as a school year's 31/5 (hired 1/3 → 10 months to 31/12)."""
    end = year if isinstance(year, date) else date(year, 12, 31)
    following = next_month(end)  # the month after the period
    months = (following.year - hired.year) * 12 + (following.month - hired.month)
    return months - 1 if hired.day > 1 else months


def percent_text(count: int, total: int) -> str:
    """A share for display (the decisions themselves compare exact fractions)."""
    return f"{100 * count / total:.0f}" if total else "0"


class _Judge:
    def __init__(self, plan: Plan, ruleset: RuleSet, catalogue: Catalogue):
        self.plan, self.rules, self.catalogue, self.year = plan, ruleset, catalogue, plan.year
        self.period = plan.period
        # the period's words, named once and shared by every reason that cites them
        self.until, self.label = Named(**self.period.worded("until")), Named(**self.period.worded("label"))
        self.registered: dict[str, list[str]] = {}
        for reg in plan.registrations:
            self.registered[("d", reg.department)] = self._codes(reg.title, reg.awards)
            for entry in reg.people:
                self.registered[("p", entry.person)] = self._codes(entry.title, entry.awards)
        self.caps: dict[str, Cap] = {}  # caps on individual titles, once the base titles are weighed
        self.decided: dict[tuple, dict[str, object]] = {}
        self.decisions: dict[str, int] = {}  # how many of the council's decisions name each code
        if plan.council:
            for decision in plan.council.decisions:
                key = ("d", decision.department) if decision.department else ("p", decision.person)
                for code in self._codes(decision.title, decision.awards):
                    self.decided.setdefault(key, {})[code] = decision.votes
                    self.decisions[code] = self.decisions.get(code, 0) + 1

    def _codes(self, title, awards) -> list[str]:
        return [e.code for e in self.catalogue.held(title, awards, self.rules.regime)]

    def _history_codes(self, person: Person, year: int) -> set[str] | None:
        record = person.history.get(year)
        if record is None:
            return None
        regime = self.catalogue.regime_for_year(year)
        return {e.code for e in self.catalogue.held(None, [*record.titles, *record.awards], regime)}

    # -- individuals ------------------------------------------------------------------------

    def person(self, person: Person, dept: Department) -> Holder:
        """A person with the base titles weighed (`person_rest` weighs the others, once the caps are known)."""
        registered = tuple(self.registered.get(("p", person.id), ()))
        holder = Holder("individual", person.id, person.name, dept.id, registered)
        for code in INDIVIDUAL_BASE:
            holder.verdicts[code] = self._individual(code, person, holder)
        return holder

    def person_rest(self, person: Person, holder: Holder) -> None:
        """The titles and awards registered for or decided on, beyond the base ones."""
        for code in dict.fromkeys([*holder.registered, *self.decided.get(("p", person.id), {})]):
            if code not in holder.verdicts:
                holder.verdicts[code] = self._individual(code, person, holder)

    def within_cap(self, key: tuple, code: str) -> bool | None:
        """Whether an eligible holder gets `code` as far as its cap goes: None while the council must choose.

        The council has chosen when it decided `code` for some, but no more than the cap's places;
        more decisions than places are no choice within the cap, so the council must still make one.
        """
        cap = self.caps.get(code)
        if cap is None or not cap.over:
            return True
        if cap.places == 0:
            return False
        if 0 < self.decisions.get(code, 0) <= cap.places:  # the council has chosen within the cap
            return code in self.decided.get(key, {})
        return None

    def _individual(self, code: str, person: Person, holder: Holder) -> Verdict:
        if code in ("LDTT", "CSTT"):
            return self._ldtt(person, code)
        if code == "CSTDCS":
            return self._cstdcs(person, holder)
        if code == "CSTDT":
            return self._consecutive_title(person, holder, "CSTDT", "CSTDCS", "cstdt_consecutive_cstdcs", "tinh",
                                           "cstdt_wide_initiative")
        if code == "CSTDTQ":
            return self._consecutive_title(person, holder, "CSTDTQ", "CSTDT", "cstdtq_consecutive_cstdt", "toan_quoc",
                                           "cstdtq_wide_initiative")
        if code == "GK":
            return self._giay_khen(person.rating)
        if code == "BKT":
            return self._bang_khen(person, holder)
        return Verdict(code, NOT_CHECKED, (Reason("not_checked", NOT_CHECKED, words={"who": "competent"}),))

    def _ldtt(self, person: Person, code: str = "LDTT") -> Verdict:
        reasons = [self._rating(person.rating, "ldtt_min_rating")]
        minimum = self.rules.value("ldtt_min_months")
        if person.hired is None:
            reasons.append(Reason("missing", MISSING, "ldtt_min_months", {"field": "hired"}))
        elif minimum is not None:
            months = months_served(person.hired, self.period.end)
            state = MET if months >= minimum else FAILED
            reasons.append(Reason("months", state, "ldtt_min_months", {"months": months, "until": self.until, "minimum": minimum}))
        reasons.append(self._discipline(person.discipline, "ldtt_excluding_discipline"))
        return Verdict(code, status_of(reasons), tuple(reasons))

    def _cstdcs(self, person: Person, holder: Holder) -> Verdict:
        ldtt = holder.verdicts.get("LDTT") or self._ldtt(person)
        state = _CRITERION_STATE.get(ldtt.status, MISSING)
        reasons = [Reason("ldtt", state, "cstdcs_needs_ldtt", {}, {"state": state})]
        initiatives = [i for i in person.initiatives if i.date is None or self.period.contains(i.date)]
        decisions = ", ".join(i.decision for i in initiatives if i.decision)
        if self.rules.value("cstdcs_needs_initiative"):
            reasons.append(Reason("initiative", MET if initiatives else FAILED, "cstdcs_needs_initiative",
                                  {"count": len(initiatives), "period": self.label,
                                   "decisions": f" ({decisions})" if decisions else ""}))
        elif person.rating is None and not initiatives:
            reasons.append(Reason("missing", MISSING, "cstdcs_needs_initiative", {"field": "rating"}))
        else:
            state = MET if person.rating == "htxs" or initiatives else FAILED
            reasons.append(Reason("htxs_or_initiative", state, "cstdcs_needs_initiative",
                                  {"rating": rating_name(person.rating) if person.rating in RATING_NAMES else "—", "count": len(initiatives),
                                   "period": self.label}))
        reasons += self._vote(("p", person.id), "CSTDCS", "cstdcs_min_vote")
        return Verdict("CSTDCS", status_of(reasons), tuple(reasons))

    def _consecutive_title(self, person, holder, code, lower, rule, level, wide_rule) -> Verdict:
        """CSTĐ tỉnh (3 × CSTĐCS) and CSTĐ toàn quốc (2 × CSTĐ tỉnh), with a wide-reaching initiative."""
        current = holder.verdicts.get(lower) or self._individual(lower, person, holder)
        minimum = self.rules.value(rule)
        reasons = [self._streak(person, lower, current, minimum, rule)]
        levels = ("tinh", "toan_quoc") if level == "tinh" else ("toan_quoc",)
        wide = [i for i in person.initiatives if i.level in levels]
        reasons.append(Reason("initiative_level", MET if wide else FAILED, wide_rule, {"count": len(wide)}, {"level": level}))
        return Verdict(code, status_of(reasons), tuple(reasons))

    def _streak(self, person: Person, code: str, current: Verdict, minimum: int, rule: str) -> Reason:
        """N consecutive years holding `code`: a run that ended last year counts; this year counts when within reach.

        This year's title is within reach when its verdict is eligible and inside its cap;
        eligible but over a cap the council has not yet chosen within, the criterion waits for it.
        """
        entry = self.catalogue.lookup(code, self.rules.regime)
        title = Named(entry.name, entry.name_in("en")) if entry else Named(code, code)

        def held(year: int) -> bool | None:
            codes = self._history_codes(person, year)
            return None if codes is None else code in codes

        prior, gap = self._run_before(person, held, minimum)
        params = {"title": title, "minimum": minimum, "year": self._label(self.year), "last": self._label(self.year - 1)}
        if prior >= minimum:
            return Reason("consecutive_before", MET, rule, {**params, "count": prior})
        reach = {ELIGIBLE: True, NOT_ELIGIBLE: False}.get(current.status)
        if reach and code in self.caps:
            reach = self.within_cap(("p", person.id), code)
        if reach and prior + 1 >= minimum:
            return Reason("consecutive", MET, rule, {**params, "count": prior + 1})
        if gap is not None:
            return Reason("missing", MISSING, rule, {"field": f"history.{gap}"})
        if prior + 1 < minimum or reach is False:
            return Reason("consecutive_before", FAILED, rule, {**params, "count": prior})
        if current.status == UNDECIDED:
            return Reason("missing", MISSING, rule, {"field": Named(f"{title.vi} {self.year}", f"{title.en} {self.year}")})
        cap = self.caps[code]
        return Reason("consecutive_council", COUNCIL, rule, {**params, "count": prior, "places": cap.places,
                                                              "candidates": len(cap.candidates)})

    def _run_before(self, person: Person, held, minimum: int) -> tuple[int, int | None]:
        """(consecutive years up to last year for which `held(year)` is true, the year left unknown or None).

        A year with no record is unknown, unless the person was hired after it (the run ends there).
        """
        count, year = 0, self.year - 1
        while count < minimum:
            found = held(year)
            if found is None:
                if person.hired and person.hired > self.plan.period.ending_in(year).end:  # not yet on the staff
                    return count, None
                return count, year
            if not found:
                return count, None
            count += 1
            year -= 1
        return count, None

    def _giay_khen(self, rating) -> Verdict:
        reasons = [self._rating(rating, "gk_min_rating"), Reason("province_detail", PENDING, "gk_min_rating")]
        return Verdict("GK", status_of(reasons), tuple(reasons))

    def _bang_khen(self, person: Person, holder: Holder) -> Verdict:
        minimum = self.rules.value("bkt_consecutive_cstdcs")
        if minimum is None:
            reason = Reason("not_checked", NOT_CHECKED, "bkt_consecutive_cstdcs", words={"who": "province"})
            return Verdict("BKT", NOT_CHECKED, (reason,))
        cstdcs = holder.verdicts.get("CSTDCS") or self._cstdcs(person, holder)
        streak = self._streak(person, "CSTDCS", cstdcs, minimum, "bkt_consecutive_cstdcs")
        htxs = self._htxs_years(person, self.rules.value("bkt_htxs_years_with_initiatives"))
        if MET in (streak.state, htxs.state):
            return Verdict("BKT", ELIGIBLE, (Reason("either", MET, "bkt_consecutive_cstdcs"), streak, htxs))
        states = {streak.state, htxs.state}
        state = MISSING if MISSING in states else COUNCIL if COUNCIL in states else FAILED
        neither = Reason("neither", state, "bkt_consecutive_cstdcs")
        return Verdict("BKT", status_of([neither]), (neither, streak, htxs))

    def _label(self, year: int) -> Named:
        """A year as the plan counts them, worded: năm 2021, or năm học 2024-2025."""
        return Named(**self.plan.period.ending_in(year).worded("label"))

    def _htxs_years(self, person: Person, needed: int) -> Reason:
        """N consecutive years rated htxs with N initiatives over them: ended last year, or this year included."""
        def htxs(year: int) -> bool | None:
            record = person.history.get(year)
            return None if record is None or record.rating is None else record.rating == "htxs"

        prior, gap = self._run_before(person, htxs, needed)
        if prior < needed and person.rating == "htxs":
            years, last = prior + 1, self.year
        else:
            years, last = prior, self.year - 1
        span = range(last - years + 1, last + 1)
        year_of = self.plan.period.year_of  # a school's initiative counts in its school year
        count = sum(1 for i in person.initiatives if i.date is not None and year_of(i.date) in span)
        met = years >= needed and count >= needed
        reachable = sum(1 for i in person.initiatives if i.date is not None and self.year - needed <= year_of(i.date) <= self.year)
        if not met and gap is not None and years < needed and reachable >= needed:
            return Reason("missing", MISSING, "bkt_htxs_years_with_initiatives", {"field": f"history.{gap}.rating"})
        if not met and person.rating is None and prior + 1 >= needed and reachable >= needed:
            return Reason("missing", MISSING, "bkt_htxs_years_with_initiatives", {"field": "rating"})
        return Reason("htxs_years", MET if met else FAILED, "bkt_htxs_years_with_initiatives",
                      {"years": years, "count": count, "minimum": needed, "last": self._label(last)})

    # -- collectives -------------------------------------------------------------------------

    def department(self, dept: Department, members: list[Holder]) -> Holder:
        registered = tuple(self.registered.get(("d", dept.id), ()))
        holder = Holder("collective", dept.id, dept.name, dept.id, registered)
        weighed = list(dict.fromkeys([*COLLECTIVE_BASE, *registered, *self.decided.get(("d", dept.id), {})]))
        for code in weighed:
            if code in ("TTLDTT", "DVTT"):
                verdict = self._tldtt(dept, members, code)
            elif code in ("TTLDXS", "DVQT"):
                verdict = self._tldxs(dept, members, code)
            elif code == "GK":
                verdict = self._giay_khen(dept.rating)
            else:
                verdict = Verdict(code, NOT_CHECKED, (Reason("not_checked", NOT_CHECKED, words={"who": "competent"}),))
            holder.verdicts[code] = verdict
        return holder

    def _tldtt(self, dept: Department, members: list[Holder], code: str) -> Verdict:
        reasons = [self._rating(dept.rating, "tldtt_min_rating", "dept_rating")]
        if not members:
            reasons.append(self._no_members("tldtt_min_ldtt_share"))
        else:
            reasons += self._ldtt_share(dept, members, "tldtt_min_ldtt_share", self.rules.value("tldtt_share_strict"))
            reasons.append(self._members_discipline(dept))
        return Verdict(code, status_of(reasons), tuple(reasons))

    def _tldxs(self, dept: Department, members: list[Holder], code: str) -> Verdict:
        reasons = []
        if dept.rating is None:
            reasons.append(Reason("missing", MISSING, "tldxs_min_rating", {"field": "rating"}))
        else:
            minimum = self.rules.value("tldxs_min_rating")
            reasons.append(Reason("rating_exact", MET if dept.rating == minimum else FAILED, "tldxs_min_rating",
                                  {"rating": rating_name(dept.rating), "minimum": rating_name(minimum)}))
        if not members:
            reasons.append(self._no_members("tldxs_min_ldtt_share"))
            return Verdict(code, status_of(reasons), tuple(reasons))
        ratings = [p.rating for p in dept.members]
        if None in ratings:
            reasons.append(Reason("missing", MISSING, "tldxs_members_complete", {"field": "rating"}))
        else:
            done = sum(1 for r in ratings if rating_at_least(r, "ht"))
            reasons.append(Reason("members_complete", MET if done == len(ratings) else FAILED, "tldxs_members_complete",
                                  {"done": done, "total": len(ratings)}))
        reasons += self._ldtt_share(dept, members, "tldxs_min_ldtt_share", False)
        reasons.append(self._has_cstdcs(members))
        reasons.append(self._members_discipline(dept))
        return Verdict(code, status_of(reasons), tuple(reasons))

    def _has_cstdcs(self, members: list[Holder]) -> Reason:
        """A member holds CSTĐCS this year: eligible and, where a cap is over, chosen within it."""
        eligible = [m for m in members if m.verdicts["CSTDCS"].status == ELIGIBLE]
        chosen = [m for m in eligible if self.within_cap(("p", m.id), "CSTDCS")]
        waiting = [m for m in eligible if self.within_cap(("p", m.id), "CSTDCS") is None]
        undecided = [m for m in members if m.verdicts["CSTDCS"].status == UNDECIDED]
        if chosen:
            return Reason("has_cstdcs", MET, "tldxs_needs_cstdcs", {"count": len(chosen)})
        if waiting:
            cap = self.caps["CSTDCS"]
            return Reason("has_cstdcs_council", COUNCIL, "tldxs_needs_cstdcs", {
                "count": len(waiting), "places": cap.places, "candidates": len(cap.candidates)})
        if eligible:  # eligible, but the council chose others within the cap
            return Reason("has_cstdcs_not_chosen", FAILED, "tldxs_needs_cstdcs", {"count": len(eligible)})
        return Reason("has_cstdcs", MISSING if undecided else FAILED, "tldxs_needs_cstdcs", {"count": 0})

    @staticmethod
    def _no_members(rule: str) -> Reason:
        """A department without a member list: nothing resting on its members can be judged."""
        return Reason("no_members", MISSING, rule)

    def _ldtt_share(self, dept: Department, members: list[Holder], rule: str, strict: bool) -> list[Reason]:
        undecided = sum(1 for m in members if m.verdicts["LDTT"].status == UNDECIDED)
        if undecided:
            return [Reason("members_undecided", MISSING, rule, {"count": undecided})]
        count, total, minimum = sum(1 for m in members if m.verdicts["LDTT"].status == ELIGIBLE), len(members), self.rules.value(rule)
        state = MET if share_meets(count, total, minimum, strict) else FAILED
        return [Reason("ldtt_share", state, rule, {"count": count, "total": total, "share": percent_text(count, total), "minimum": minimum},
                       {"relation": "more_than" if strict else "at_least"})]

    def _members_discipline(self, dept: Department) -> Reason:
        threshold = self.rules.value("collective_excluding_discipline")
        if any(p.discipline is None for p in dept.members):
            return Reason("missing", MISSING, "collective_excluding_discipline", {"field": "discipline"})
        count = sum(1 for p in dept.members if p.discipline != "none" and discipline_at_least(p.discipline, threshold))
        return Reason("members_discipline", FAILED if count else MET, "collective_excluding_discipline",
                      {"count": count, "threshold": discipline_name(threshold)})

    # -- shared criteria ---------------------------------------------------------------------

    def _rating(self, rating, rule: str, code: str = "rating") -> Reason:
        minimum = self.rules.value(rule)
        if rating is None:
            return Reason("missing", MISSING, rule, {"field": "rating"})
        return Reason(code, MET if rating_at_least(rating, minimum) else FAILED, rule,
                      {"rating": rating_name(rating), "minimum": rating_name(minimum)})

    def _discipline(self, discipline, rule: str) -> Reason:
        threshold = self.rules.value(rule)
        if discipline is None:
            return Reason("missing", MISSING, rule, {"field": "discipline"})
        excluded = discipline != "none" and threshold is not None and discipline_at_least(discipline, threshold)
        return Reason("discipline", FAILED if excluded else MET, rule,
                      {"discipline": discipline_name(discipline if discipline in DISCIPLINE_NAMES else "none"),
                       "threshold": discipline_name(threshold) if threshold in DISCIPLINE_NAMES else "—"})

    def _vote(self, key: tuple, code: str, rule: str) -> list[Reason]:
        minimum = self.rules.value(rule)
        if minimum is None:
            return []
        votes = self.decided.get(key, {}).get(code)
        if votes is None or self.plan.council is None:
            return [Reason("vote_pending", PENDING, rule, {"minimum": minimum})]
        members = self.plan.council.members
        state = MET if share_meets(votes, members, minimum, False) else FAILED
        return [Reason("vote", state, rule, {"votes": votes, "members": members, "share": percent_text(votes, members), "minimum": minimum})]

    # -- caps --------------------------------------------------------------------------------

    def cap(self, rule: str, code: str, base_code: str, holders: list[Holder]) -> Cap | None:
        """`code` held by at most `rule`% of those eligible for `base_code`; None when uncapped."""
        percent = self.rules.value(rule)
        if percent is None:
            return None
        base = sum(1 for h in holders if h.verdicts[base_code].status == ELIGIBLE)
        candidates = tuple(h.id for h in holders if h.verdicts[code].status == ELIGIBLE)
        return Cap(code, rule, percent, base, places(base, percent), candidates)


def places(base: int, percent) -> int:
    """How many may hold a capped title: percent% of base, rounded down (15% of 20 → 3)."""
    return floor(base * _share(percent))
