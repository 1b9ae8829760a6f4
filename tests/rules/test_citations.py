"""Legal citations in English: the citation grammar, and every shipped text worded in English."""

from __future__ import annotations

import pytest

from tdkt.rules.catalogue import load_catalogue
from tdkt.rules.citations import cite, english, has_vietnamese
from tdkt.rules.shipped import shipped_data


@pytest.mark.parametrize(("vi", "en"), [
    ("Điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022",
     "Point a, clause 1, Article 24 of the Law on Emulation and Commendation 2022"),
    ("Khoản 1 Điều 24 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
     "Clause 1, Article 24 of the Law on Emulation and Commendation 2003 (amended 2013)"),
    ("Điều 20, Điều 24 Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013); Điều 9 Nghị định 91/2017/NĐ-CP",
     "Article 20, Article 24 of the Law on Emulation and Commendation 2003 (amended 2005, 2013); Article 9 of Decree 91/2017/NĐ-CP"),
    ("Khoản 4 Điều 27, khoản 3 Điều 28 Luật Thi đua, khen thưởng 2022",
     "Clause 4, Article 27, clause 3, Article 28 of the Law on Emulation and Commendation 2022"),
    ("Chương V Nghị định số 91/2017/NĐ-CP", "Chapter V of Decree 91/2017/NĐ-CP"),
    ("Thông tư 01/2024/TT-BNV và Quyết định 25/QĐ-UBND", "Circular 01/2024/TT-BNV and Decision 25/QĐ-UBND"),
])
def test_the_citation_grammar_in_english(vi, en):
    assert english(vi) == en


def test_words_outside_the_grammar_are_not_guessed():
    assert english("Khoản 1 Điều 75 Luật Thi đua, khen thưởng 2022; chi tiết theo quy định của tỉnh") is None
    assert cite("Điều 5 quy chế của tỉnh", "en") == "`Điều 5 quy chế của tỉnh`"
    assert cite("Điều 5 quy chế của tỉnh", "en", "Article 5 of the province's rules") == "Article 5 of the province's rules"
    assert cite("Điều 5 quy chế của tỉnh", "vi", "Article 5 of the province's rules") == "Điều 5 quy chế của tỉnh"


def test_document_numbers_are_identifiers_not_vietnamese():
    assert not has_vietnamese("Decree 98/2023/NĐ-CP, Decision 25/QĐ-TTDVVL")
    assert has_vietnamese("Decree 98/2023 đã sửa")


def _sources(data, where=""):
    """(where, source, source_en) of every `source:` in a shipped data file."""
    if isinstance(data, dict):
        if isinstance(data.get("source"), str):
            yield where, data["source"], data.get("source_en")
        elif isinstance(data.get("source"), dict):  # the catalogue: an article by regime
            yield from ((f"{where}.source.{r}", text, None) for r, text in data["source"].items())
        for key, value in data.items():
            if key != "source":
                yield from _sources(value, f"{where}.{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _sources(value, f"{where}[{i}]")


@pytest.mark.parametrize("name", ["data/criteria.yaml", "data/catalogue.yaml", "data/rewards.yaml", "data/authority.yaml"])
def test_every_shipped_source_has_an_english_wording(name):
    found = list(_sources(shipped_data(name)))
    assert found
    untranslated = [f"{where}: {vi}" for where, vi, given in found if (given or english(vi)) is None]
    assert untranslated == []
    assert [given for _, _, given in found if given and has_vietnamese(given)] == []


def test_every_catalogue_name_has_an_english_wording():
    catalogue = load_catalogue()
    for item in (*catalogue.regimes, *catalogue.entries):
        assert item.name_in("vi") == item.name
        assert item.name_in("en") and not has_vietnamese(item.name_in("en")), item.name
    assert catalogue.regime("nd98").name_in("en") == "Law on Emulation and Commendation 2022 and Decree 98/2023/NĐ-CP"
    ldtt = catalogue.lookup("LDTT", catalogue.regime("nd98"))
    assert ldtt.name_in("en") == "Advanced Worker"
    assert ldtt.source_in("nd98", "en") == "Article 19, Article 24 of the Law on Emulation and Commendation 2022"
