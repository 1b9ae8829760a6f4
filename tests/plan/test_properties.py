"""Properties of reading and checking a plan, over generated changes to a small valid plan.

Whatever is changed, checking never fails inside, every finding stands on a line and
column of its file, and the reports can be written. A few changes have a known place:
a misspelt key, a control character, a line break editors do not show.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tdkt.cli.output import json_report, text_report
from tdkt.plan.text import split_lines
from tdkt.checking import check_file
from tests.conftest import DATA

VALID = (DATA / "valid_min.yaml").read_text(encoding="utf-8")
LINES = VALID.split("\n")
# few examples keep the suite quick; TDKT_PROPERTY_EXAMPLES=2000 searches harder
FAST = settings(max_examples=int(os.environ.get("TDKT_PROPERTY_EXAMPLES", "40")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
ODD = "\x00\x07\x0b\x1b\x7f\x85\x9f\u2028\u2029\ufeff\u200b\ufffe\t\r\n:#-[]{}&*!|'\"%@`²\u0303đ😀 "
PIECES = st.text(alphabet=st.sampled_from(ODD) | st.characters(codec="utf-8"), max_size=12)
SCALARS = st.one_of(
    PIECES,
    st.integers(min_value=-10**6, max_value=10**6).map(str),
    st.sampled_from(["", "null", "~", "[]", "{}", "- x", "2²", "9" * 5000, "20222", "2022-02-30", "a: b", "&x y", "*x"]),
)


def check_text(data: bytes):
    """Check `data` as a plan file; return the result and the file's lines (as findings count them)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.yaml"
        path.write_bytes(data)
        checked = check_file(path, as_of=date(2022, 6, 30))
        findings = checked.findings
        text_report(checked, "vi"), text_report(checked, "en"), json_report([checked])
    text = unicodedata.normalize("NFC", data.decode("utf-8-sig", errors="replace"))
    return checked, findings, split_lines(text) or [""]


def assert_placed(findings, lines):
    for f in findings:
        assert 1 <= f.line <= len(lines), (f.code, f.line, len(lines))
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, (f.code, f.line, f.column)
        assert f.message and "\n" not in f.message


@FAST
@given(line=st.integers(0, len(LINES) - 1), value=SCALARS)
def test_any_value_anywhere_is_checked_and_placed(line, value):
    lines = list(LINES)
    head, sep, _ = lines[line].partition(": ")
    lines[line] = head + sep + value if sep else lines[line] + value
    checked, findings, text_lines = check_text("\n".join(lines).encode("utf-8"))
    assert_placed(findings, text_lines)
    assert checked.ok == (not checked.errors)


@FAST
@given(line=st.integers(0, len(LINES) - 1), column=st.integers(0, 40), piece=PIECES)
def test_any_characters_inserted_are_checked_and_placed(line, column, piece):
    lines = list(LINES)
    column = min(column, len(lines[line]))
    lines[line] = lines[line][:column] + piece + lines[line][column:]
    _, findings, text_lines = check_text("\n".join(lines).encode("utf-8"))
    assert_placed(findings, text_lines)


@FAST
@given(cut=st.integers(1, len(VALID.encode("utf-8")) - 1), junk=st.binary(max_size=4), bom=st.booleans())
def test_truncated_or_broken_bytes_are_checked_and_placed(cut, junk, bom):
    data = VALID.encode("utf-8")
    _, findings, text_lines = check_text((b"\xef\xbb\xbf" if bom else b"") + data[:cut] + junk)
    assert_placed(findings, text_lines)


KEYED = [(i, line.index(line.strip().removeprefix("- ").split(":")[0]))
         for i, line in enumerate(LINES) if ":" in line and "{" not in line and line.strip().removeprefix("- ").split(":")[0].isidentifier()]


@FAST
@given(where=st.sampled_from(KEYED), extra=st.sampled_from(["-", "x", "[0]", "-on", "Đ"]))
def test_a_misspelt_key_is_reported_on_its_line(where, extra):
    i, column = where
    lines = list(LINES)
    key = lines[i][column:].split(":")[0]
    new = key.replace("_", "-") if "_" in key and extra == "-" else key + extra
    lines[i] = lines[i][:column] + new + lines[i][column + len(key):]
    _, findings, text_lines = check_text("\n".join(lines).encode("utf-8"))
    assert_placed(findings, text_lines)
    assert any(f.line == i + 1 for f in findings), (new, [(f.line, f.code) for f in findings])


@FAST
@given(line=st.integers(0, 30), char=st.sampled_from(["\u2028", "\u2029", "\x85", "\x07", "\x1b"]))
def test_odd_characters_keep_later_lines_in_place(line, char):
    lines = list(LINES)
    lines[line] = lines[line] + " " + char + "x" if ": " in lines[line] else lines[line]
    lines[34] = lines[34].replace("person: a", "person: zz")  # a known error on line 35
    _, findings, text_lines = check_text("\n".join(lines).encode("utf-8"))
    assert_placed(findings, text_lines)
    if not any(f.code == "yaml_syntax" for f in findings):
        assert [f.code for f in findings if f.line == 35] == ["unknown_person"]


@FAST
@given(form=st.sampled_from(["NFD", "NFC"]), newline=st.sampled_from(["\n", "\r\n"]), bom=st.booleans())
def test_the_same_plan_in_any_encoding_form_is_the_same(form, newline, bom):
    text = unicodedata.normalize(form, VALID).replace("\n", newline)
    checked, findings, _ = check_text((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    assert checked.ok and [(f.line, f.code) for f in findings] == [(35, "over_cap")]
    assert checked.plan.departments[0].members[0].name == "Vũ Văn A"
