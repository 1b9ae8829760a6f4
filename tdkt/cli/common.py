"""Options and helpers shared by the commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.discover import NoPlan, default_plan
from tdkt.cli.language import chosen
from tdkt.cli.output import say
from tdkt.errors import UsageError, UserError

# Help texts and metavars come from tdkt.cli.help.HELP, in the chosen language.
PlanArgument = Annotated[Path | None, typer.Argument(show_default=False)]
PlansArgument = Annotated[list[Path] | None, typer.Argument(show_default=False)]  # files, folders, globs: tdkt.cli.batch
LangOption = Annotated[str | None, typer.Option("--lang")]
AsOfOption = Annotated[str | None, typer.Option("--as-of")]
FormatOption = Annotated[str, typer.Option("--format")]

USAGE = {
    "vi": {
        "using": "Dùng kế hoạch: {path}",
        "no_plan": "Không tìm thấy kế hoạch nào trong {folder}/; hãy chỉ rõ tệp, vd. `{example}`.",
        "no_plan.hint": "chưa có kế hoạch thì tạo bằng `tdkt new` (trường học: `tdkt new --kind school`, "
        "xã, phường: `tdkt new --kind commune`)",
        "bad_date": "--as-of: `{value}` không phải là ngày",
        "bad_date.hint": "viết 2022-06-30 hoặc 30/06/2022",
        "no_such_day": "--as-of: không có ngày `{value}`",
        "no_such_day.hint": "kiểm tra lại ngày và tháng",
        "bad_format": "--format chỉ nhận text hoặc json, không nhận `{value}`.",
        "invalid": "Tệp kế hoạch có lỗi; sửa rồi chạy lại (xem `tdkt validate`).",
    },
    "en": {
        "using": "Using plan: {path}",
        "no_plan": "No plan found in {folder}/; name one, e.g. `{example}`.",
        "no_plan.hint": "no plan yet? make one with `tdkt new` (a school: `tdkt new --kind school`, "
        "a commune: `tdkt new --kind commune`)",
        "bad_date": "--as-of: `{value}` is not a date",
        "bad_date.hint": "write 2022-06-30 or 30/06/2022",
        "no_such_day": "--as-of: there is no such day as `{value}`",
        "no_such_day.hint": "check the day and month",
        "bad_format": "--format takes text or json, not `{value}`.",
        "invalid": "The plan has errors; fix them and run again (see `tdkt validate`).",
    },
}


def lang_of(option: str | None) -> str:
    """`vi` or `en` from `--lang` or TDKT_LANG; another language is a usage error."""
    return chosen(option)


def resolve_plan(plan: Path | None, lang: str) -> Path:
    """The named plan, or the default one (saying which was taken)."""
    if plan is not None:
        return plan
    try:
        found = default_plan()
    except NoPlan as exc:
        raise no_plan(str(exc)) from None
    say(USAGE[lang]["using"].format(path=found))
    return found


def no_plan(folder: str) -> UsageError:
    """No plan named and none in `folder`: how to name one to the command run, or make one."""
    import shlex

    from tdkt.cli.help import running

    example = shlex.join([*running(), f"{folder}/{date.today().year}.yaml"])
    return UsageError("no_plan", texts=USAGE, folder=folder, example=example)


def parse_as_of(value: str | None) -> date | None:
    if value is None:
        return None
    from tdkt.plan.dates import DateFormatError, DateRangeError, parse_date

    try:
        return parse_date(value)
    except DateFormatError:
        raise UsageError("bad_date", texts=USAGE, value=value) from None
    except DateRangeError:
        raise UsageError("no_such_day", texts=USAGE, value=value) from None


def check_format(value: str) -> str:
    if value not in ("text", "json"):
        raise UsageError("bad_format", texts=USAGE, value=value)
    return value


@dataclass(frozen=True)
class Opened:
    """A command's plan, checked and valid: the language, the file, `--as-of`, the result."""

    language: str
    path: Path
    as_of: date | None
    checked: object  # tdkt.plan.validate.Checked

    @property
    def plan(self):
        return self.checked.plan


def open_plan(plan: Path | None, lang: str | None, *, as_of: str | None = None, fmt: str | None = None) -> Opened:
    """The steps every command on one plan starts with: language, options, plan, check.

    A plan with errors prints its findings and raises a UserError (exit 1); bad options
    raise a UsageError (exit 2).
    """
    from tdkt.cli.output import text_report
    from tdkt.checking import PlanInvalid, load_plan

    language = lang_of(lang)
    if fmt is not None:
        check_format(fmt)
    day = parse_as_of(as_of)
    path = resolve_plan(plan, language)
    try:
        checked = load_plan(path, as_of=day, lang=language)
    except PlanInvalid as exc:
        print(text_report(exc.checked, language))
        noted(exc.checked)
        raise UserError("invalid", texts=USAGE) from None
    noted(checked)
    return Opened(language, path, day, checked)


def noted(checked) -> None:
    """What a batch's summary says of this plan: the unit, or the problems found (tdkt.cli.unit)."""
    from tdkt.cli.output import MAX_SHOWN
    from tdkt.cli.unit import note

    if checked.plan is not None:
        note(unit=checked.plan.unit.name, abbreviation=checked.plan.unit.abbreviation)
    if not checked.ok:
        note(problems=checked.error_count + checked.warning_count,
             findings=[f.as_dict() for f in checked.findings[:MAX_SHOWN]])
