"""Options and helpers shared by the commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.discover import NoPlan, default_plan
from tdkt.cli.output import say
from tdkt.plan.messages import language

PlanArgument = Annotated[Path | None, typer.Argument(help="Tệp kế hoạch (mặc định plans/<năm nay>.yaml).")]
LangOption = Annotated[str | None, typer.Option("--lang", help="vi (mặc định) hoặc en; hoặc biến TDKT_LANG.")]
AsOfOption = Annotated[str | None, typer.Option("--as-of", help="Ngày tính tiến độ (mặc định hôm nay).")]
FormatOption = Annotated[str, typer.Option("--format", help="text hoặc json.")]

USAGE = {
    "vi": {
        "using": "Dùng kế hoạch: {path}",
        "no_plan": "Không tìm thấy kế hoạch nào trong {folder}/; hãy chỉ rõ tệp, vd. `tdkt validate plans/2022.yaml`.",
        "bad_date": "--as-of: `{value}` không phải là ngày (viết 2022-06-30 hoặc 30/06/2022).",
        "bad_format": "--format chỉ nhận text hoặc json.",
        "invalid": "Tệp kế hoạch có lỗi; sửa rồi chạy lại (xem `tdkt validate`).",
    },
    "en": {
        "using": "Using plan: {path}",
        "no_plan": "No plan found in {folder}/; name one, e.g. `tdkt validate plans/2022.yaml`.",
        "bad_date": "--as-of: `{value}` is not a date (write 2022-06-30 or 30/06/2022).",
        "bad_format": "--format takes text or json.",
        "invalid": "The plan has errors; fix them and run again (see `tdkt validate`).",
    },
}


def lang_of(option: str | None) -> str:
    return language(option)


def usage_error(lang: str, key: str, **params) -> typer.Exit:
    """Print a usage message and return the exit (code 2) to raise."""
    say(USAGE[lang][key].format(**params))
    return typer.Exit(code=2)


def resolve_plan(plan: Path | None, lang: str) -> Path:
    """The named plan, or the default one (saying which was taken)."""
    if plan is not None:
        return plan
    try:
        found = default_plan()
    except NoPlan as exc:
        raise usage_error(lang, "no_plan", folder=str(exc)) from None
    say(USAGE[lang]["using"].format(path=found))
    return found


def parse_as_of(value: str | None, lang: str) -> date | None:
    if value is None:
        return None
    from tdkt.plan.dates import DateFormatError, DateRangeError, parse_date

    try:
        return parse_date(value)
    except (DateFormatError, DateRangeError):
        raise usage_error(lang, "bad_date", value=value) from None


def check_format(value: str, lang: str) -> str:
    if value not in ("text", "json"):
        raise usage_error(lang, "bad_format")
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

    A plan with errors prints its findings and exits 1; bad options exit 2.
    """
    from tdkt.cli.output import text_report
    from tdkt.checking import PlanInvalid, load_plan

    language = lang_of(lang)
    if fmt is not None:
        check_format(fmt, language)
    path = resolve_plan(plan, language)
    day = parse_as_of(as_of, language)
    try:
        checked = load_plan(path, as_of=day, lang=language)
    except PlanInvalid as exc:
        print(text_report(exc.checked, language))
        say(USAGE[language]["invalid"])
        raise typer.Exit(code=1) from None
    return Opened(language, path, day, checked)
