"""The title catalogue: regimes by year and lookup by code or name."""

from __future__ import annotations

import pytest

from tdkt.rules.catalogue import load_catalogue


@pytest.mark.parametrize(("year", "regime"), [(2022, "nd91"), (2023, "nd91"), (2024, "nd98"), (2025, "nd152"), (2030, "nd152")])
def test_regime_in_force_at_year_end(year, regime):
    assert load_catalogue().regime_for_year(year).id == regime


@pytest.mark.parametrize("text", ["LDTT", "ldtt", "LĐTT", "Lao động tiên tiến", "lao dong tien tien", "“Lao động tiên tiến”"])
def test_lookup_accepts_code_or_name(text):
    catalogue = load_catalogue()
    assert catalogue.lookup(text, catalogue.regime_for_year(2022)).code == "LDTT"


def test_every_entry_cites_an_article_for_each_regime_it_exists_in():
    catalogue = load_catalogue()
    for entry in catalogue.entries:
        assert entry.source, entry.code
        for regime_id, article in entry.source.items():
            assert catalogue.regime(regime_id) is not None
            assert "Điều" in article


def test_suggestion_for_a_typo():
    catalogue = load_catalogue()
    assert catalogue.suggest("CSTDC", catalogue.regime_for_year(2022)) == "CSTDCS"
