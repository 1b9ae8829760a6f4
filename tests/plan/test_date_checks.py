"""`tdkt validate` reports dates that contradict each other, at their line (issue: validate is the gate)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED_PLAN

SEED = SEED_PLAN.read_text(encoding="utf-8")


def _validate(run, tmp_path, text: str, lang: str = "vi"):
    path = tmp_path / "2022.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("validate", path, "--as-of", "2022-12-31", "--format", "json", "--lang", lang)
    return result.exit_code, json.loads(result.stdout)["files"][0]["findings"]


def _line(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


@pytest.mark.parametrize("old, new, code, message", [
    # a Tờ trình cites the council's minutes: it cannot be dated before the meeting
    ("  date: 22/12/2022\n  addressees", "  date: 19/12/2022\n  addressees", "proposal_before_meeting",
     "tờ trình ngày 19/12/2022 lập trước cuộc họp Hội đồng ngày 20/12/2022 mà nó dẫn"),
    # the year-end meeting weighs the year: not before it begins …
    ("  meeting: 20/12/2022", "  meeting: 20/12/2021", "meeting_outside_window",
     "Hội đồng họp ngày 20/12/2021, ngoài thời gian xét năm 2022 (01/01/2022 – 30/6/2023)"),
    # … nor after the last annual deadline of the next year (30 June)
    ("  meeting: 20/12/2022", "  meeting: 01/07/2023", "meeting_outside_window",
     "Hội đồng họp ngày 01/7/2023, ngoài thời gian xét năm 2022 (01/01/2022 – 30/6/2023)"),
    # a task of the 2022 plan done in 2021
    ("done_on: 25/02/2022", "done_on: 25/02/2021", "done_before_period",
     "ngày hoàn thành 25/02/2021 trước khi kỳ kế hoạch bắt đầu (01/01/2022)"),
    # someone hired after the year cannot be weighed for it
    ("hired: 2022-03-01", "hired: 2023-01-02", "hired_after_period",
     "ngày tuyển dụng 02/01/2023 sau khi kỳ xét năm 2022 kết thúc (31/12/2022)"),
])
def test_contradicting_dates_are_errors_at_their_line(run, tmp_path, old, new, code, message):
    assert old in SEED
    text = SEED.replace(old, new, 1)
    exit_code, findings = _validate(run, tmp_path, text)
    found = [f for f in findings if f["code"] == code]
    assert exit_code == 1 and len(found) == 1
    assert found[0]["severity"] == "error" and found[0]["message"] == message and found[0]["hint"]
    assert found[0]["line"] == _line(text, new.split("\n")[0].strip())


@pytest.mark.parametrize("old, new, code", [
    ("  date: 22/12/2022\n  addressees", "  date: 20/12/2022\n  addressees", "proposal_before_meeting"),  # same day
    ("  meeting: 20/12/2022", "  meeting: 30/06/2023", "meeting_outside_window"),  # the window's last day
    ("  meeting: 20/12/2022", "  meeting: 01/01/2022", "meeting_outside_window"),
    ("done_on: 25/02/2022", "done_on: 01/01/2022", "done_before_period"),
    ("hired: 2022-03-01", "hired: 2022-12-31", "hired_after_period"),
])
def test_dates_on_the_bounds_are_accepted(run, tmp_path, old, new, code):
    assert old in SEED
    _, findings = _validate(run, tmp_path, SEED.replace(old, new, 1))
    assert code not in {f["code"] for f in findings}


def test_date_messages_in_english(run, tmp_path):
    text = SEED.replace("  meeting: 20/12/2022", "  meeting: 20/12/2023", 1)
    _, findings = _validate(run, tmp_path, text, "en")
    (found,) = [f for f in findings if f["code"] == "meeting_outside_window"]
    assert found["message"] == "the council meets on 20/12/2023, outside the time for weighing 2022 (01/01/2022 – 30/6/2023)"
    assert found["hint"] == "the year-end meeting is held in 2022 or by 30/6/2023; check `council.meeting` and `year`"
