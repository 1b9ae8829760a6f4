"""The title and award catalogue by regime, and lookup by code or Vietnamese name.

Names and articles are Vietnamese, as documents print them; `name_in` and `source_in`
give them in the language of the command's output (`--lang en`).
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property, lru_cache

from tdkt.rules.citations import cite


@dataclass(frozen=True)
class Regime:
    """One legal regime (law + implementing decree) and the dates it governs."""

    id: str
    name: str
    law: str
    decree: str
    valid_from: date
    valid_to: date | None
    name_en: str = ""

    def name_in(self, lang: str) -> str:
        """The regime's name in `lang` (the Vietnamese name is the official one)."""
        return self.name if lang == "vi" else self.name_en or cite(self.name, lang)

    def worded(self, part: str = "name") -> dict[str, str]:
        """Its `name` or `decree` as a message parameter in both languages ({"vi": …, "en": …})."""
        return {"vi": getattr(self, part), "en": self.name_in("en") if part == "name" else cite(getattr(self, part), "en")}

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Entry:
    """A danh hiệu thi đua (`kind == "title"`) or hình thức khen thưởng (`"award"`)."""

    code: str
    name: str
    abbreviation: str
    kind: str
    scope: str  # individual | collective | both
    aliases: tuple[str, ...] = ()
    source: dict = field(default_factory=dict, hash=False, compare=False)  # regime id -> article
    name_en: str = ""

    def name_in(self, lang: str) -> str:
        """The title's name in `lang` (the Vietnamese name is the official one)."""
        return self.name if lang == "vi" else self.name_en or f"`{self.name}`"

    def source_in(self, regime_id: str, lang: str) -> str:
        """The articles it rests on in a regime, worded in `lang` ("" when not in that regime)."""
        return cite(self.source.get(regime_id, ""), lang)

    def fits(self, target: str) -> bool:
        """Whether it may be given to an `individual` or a `collective`."""
        return self.scope in (target, "both")


@dataclass(frozen=True)
class Catalogue:
    """All regimes and entries, with lookup keys folded for spelling variants."""

    regimes: tuple[Regime, ...]
    entries: tuple[Entry, ...]

    @cached_property
    def _index(self) -> dict[str, Entry]:
        """Folded code, name and aliases → entry."""
        return {fold(key): entry for entry in self.entries for key in (entry.code, entry.name, *entry.aliases)}

    def regime_for_year(self, year: int | date) -> Regime:
        """The regime in force at the end of the period evaluated: a year's 31/12, or a given
        last day (the end of a school year). A nonsense year still gets an answer."""
        year_end = year if isinstance(year, date) else evaluated_on(min(max(year, 1), 9999))
        return next((r for r in self.regimes if r.in_force(year_end)), self.regimes[0])

    def regime_of(self, year: int | date, named: str | None = None) -> Regime:
        """The regime a plan names (`rules.regime`), else the one in force at the end of `year`."""
        return (self.regime(named) if named else None) or self.regime_for_year(year)

    def regime(self, regime_id: str) -> Regime | None:
        return next((r for r in self.regimes if r.id == regime_id), None)

    def lookup(self, text: str, regime: Regime) -> Entry | None:
        """The entry named by code or name (any case, with or without diacritics) in a regime."""
        entry = self._index.get(fold(text))
        return entry if entry is not None and regime.id in entry.source else None

    def held(self, title: str | None, awards, regime: Regime) -> list[Entry]:
        """The entries a holder's `title` and `awards` name (unknown names skipped: validate reports them)."""
        refs = ([title] if title else []) + list(awards)
        return [e for e in (self.lookup(r, regime) for r in refs) if e is not None]

    def suggest(self, text: str, regime: Regime) -> str | None:
        """The closest code or name in the regime, for a 'did you mean' hint."""
        names = {fold(e.code): e.code for e in self.entries if regime.id in e.source}
        names.update({fold(e.name): e.name for e in self.entries if regime.id in e.source})
        close = difflib.get_close_matches(fold(text), list(names), n=1, cutoff=0.6)
        return names[close[0]] if close else None


def evaluated_on(year: int) -> date:
    """The day a year's titles are weighed by: its last day (the regime in force then governs)."""
    return date(year, 12, 31)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Fold case, diacritics, đ, quotes and spacing so `LĐTT`, `ldtt`, `“Lao động tiên tiến”` match."""
    text = unicodedata.normalize("NFD", str(text).replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.strip().strip("\"'“”‘’").lower()
    return " ".join(text.replace("_", " ").split())


@cache
def load_catalogue() -> Catalogue:
    """Read the shipped catalogue data (tdkt.rules.shipped checks it first)."""
    from tdkt.rules.shipped import CATALOGUE, shipped_data

    raw = shipped_data(CATALOGUE)
    regimes = tuple(
        Regime(
            id=r["id"], name=r["name"], law=r["law"], decree=r["decree"],
            valid_from=r["valid_from"], valid_to=r["valid_to"], name_en=r["name_en"],
        )
        for r in raw["regimes"]
    )
    entries = tuple(
        Entry(
            code=e["code"], name=e["name"], abbreviation=e["abbreviation"], kind=e["kind"], scope=e["scope"],
            source=dict(e["source"]), aliases=tuple(e.get("aliases", ())), name_en=e["name_en"],
        )
        for e in raw["entries"]
    )
    return Catalogue(regimes=regimes, entries=entries)
