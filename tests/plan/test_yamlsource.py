"""Reading YAML: text scalars, positions, duplicate keys, aliases, encodings."""

from __future__ import annotations

from tdkt.plan.yamlsource import Source, load_bytes


def load(text: str | bytes) -> Source:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return load_bytes(raw, Source(path="t.yaml"))


def test_every_scalar_stays_text():
    source = load("a: no\nb: on\nc: 012\nd: 08\ne: 2022-03-31\nf: 1.50\n")
    assert source.data == {"a": "no", "b": "on", "c": "012", "d": "08", "e": "2022-03-31", "f": "1.50"}


def test_plain_empty_is_none_but_quoted_is_text():
    assert load("a:\nb: ~\nc: null\nd: 'null'\ne: ''\n").data == {"a": None, "b": None, "c": None, "d": "null", "e": ""}


def test_utf8_bom_is_accepted():
    assert load(b"\xef\xbb\xbfa: S\xc6\xa1n La\n").data == {"a": "Sơn La"}


def test_duplicate_key_keeps_first_and_reports_second():
    source = load("a: 1\nb: 2\na: 3\n")
    assert source.data == {"a": "1", "b": "2"}
    assert [(p.code, p.pos, p.params["first"]) for p in source.problems] == [("duplicate_key", (3, 1), 1)]


def test_alias_is_refused_even_when_harmless():
    source = load("a: &x hello\nb: *x\n")
    assert source.fatal
    assert [(p.code, p.pos) for p in source.problems] == [("alias", (2, 4))]


def test_deep_nesting_is_bounded():
    source = load("a: " + "[" * 200 + "]" * 200 + "\n")
    assert source.fatal
    assert source.problems[0].code == "too_deep"


def test_locate_walks_keys_and_indexes_and_skips_foreign_segments():
    source = load("plan:\n  items:\n    - id: a\n    - id: b\n      due: x\n")
    assert source.locate(("plan", "items", 1, "due")) == ((5, 12), ("plan", "items", 1, "due"))
    assert source.locate(("plan", "items", 1, "due", "date")) == ((5, 12), ("plan", "items", 1, "due"))
    assert source.locate(("plan", "items", 1, "due"), at_key=True)[0] == (5, 7)
    assert source.locate(("plan", "items", 0, "missing"))[0] == (3, 7)


def test_second_document_is_refused():
    source = load("a: 1\n---\nb: 2\n")
    assert [(p.code, p.pos) for p in source.problems] == [("multiple_documents", (2, 1))]


def test_mapping_as_key_is_reported_and_skipped():
    source = load("? [a, b]\n: 1\nc: 2\n")
    assert source.data == {"c": "2"}
    assert [p.code for p in source.problems] == ["key_not_text"]


def test_positions_are_read_only_when_asked_for():
    source = load("a:\n  - x\n  - y: 1\n")
    assert source._reading is None  # a clean file is read once, without positions
    assert source.locate(("a", 1, "y")) == ((3, 8), ("a", 1, "y"))


def test_a_problem_late_in_a_clean_start_is_placed():
    source = load("a: 1\nb:\n  c: 2\n  c: \"\\x07\"\n")
    assert [(p.code, p.pos) for p in source.problems] == [("control_character", (4, 6)), ("duplicate_key", (4, 3))]
    assert source.data == {"a": "1", "b": {"c": "2"}}
