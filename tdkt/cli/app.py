"""The `tdkt` command: one small module per subcommand, imported only when used.

`main` is the one place that turns what a command raises into output and an exit code:
0 done, 1 the input is wrong (a `tdkt.errors.UserError`), 2 the command line is wrong (a
`UsageError`, or Click's own usage errors), 3 an internal error (a bug: anything else).
"""

from __future__ import annotations

import gc
import io
import os
import signal
import sys
from collections.abc import Sequence

import typer

from tdkt.cli import help as helptext
from tdkt.cli.common import LangOption
from tdkt.cli.evaluate import evaluate
from tdkt.cli.excel import export_app, import_app
from tdkt.cli.language import DEFAULT, forget, in_arguments
from tdkt.cli.new import new
from tdkt.cli.next_year import next_year
from tdkt.cli.numbers import numbers
from tdkt.cli.output import say
from tdkt.cli.render_dossier import render_dossier
from tdkt.cli.render_plan import render_plan
from tdkt.cli.render_proposal import render_proposal
from tdkt.cli.render_registration import render_registration
from tdkt.cli.report import report
from tdkt.cli.rollup import rollup
from tdkt.cli.schema import schema
from tdkt.cli.status import status
from tdkt.cli.streams import make_safe
from tdkt.cli.validate import validate
from tdkt.cli.yearend_commands import render_achievement, render_decision, render_minutes
from tdkt.errors import INTERNAL_ERROR, UserError, internal_text

app = typer.Typer(
    name="tdkt",
    cls=helptext.Group,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
for _name, _function in (
    ("new", new), ("validate", validate), ("render-plan", render_plan), ("report", report), ("status", status),
    ("evaluate", evaluate), ("render-registration", render_registration),
    ("render-proposal", render_proposal), ("render-minutes", render_minutes), ("render-decision", render_decision),
    ("render-achievement", render_achievement), ("render-dossier", render_dossier), ("numbers", numbers),
    ("schema", schema), ("rollup", rollup), ("next-year", next_year),
):
    app.command(_name, cls=helptext.Command)(_function)
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")


@app.callback()
def tdkt(lang: LangOption = None) -> None:
    """The group: `--lang` may also come before the command (it is read by `main`)."""


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the command line and exit with its code."""
    sys.exit(run(sys.argv[1:] if argv is None else list(argv)))


def run(argv: list[str]) -> int:
    """Run one command line; word whatever it raises; return the exit code."""
    # A command builds one large tree of plain data and exits: with the default thresholds
    # the cycle collector re-scans that growing tree again and again (a third of the time
    # of `evaluate` on 20,000 people). Collect rarely instead; commands that write many
    # documents free each one's cycles before the next (tdkt.cli.render.write_drafts).
    gc.set_threshold(100_000, 50, 100)
    if hasattr(signal, "SIGPIPE"):  # `tdkt evaluate | head` ends quietly, as other Unix tools do
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    make_safe()
    try:
        return _run(argv)
    finally:
        forget()


def _run(argv: list[str]) -> int:
    """The one handler: a UserError is worded (exit 1 or 2), Click's own errors too (2), anything
    else is an internal error (exit 3; raised as it is with TDKT_DEBUG=1)."""
    lang = DEFAULT
    try:
        lang = in_arguments(argv)
        command = typer.main.get_command(app)
        helptext.localise(command, lang)
        result = command.main(args=argv, prog_name="tdkt", standalone_mode=False)
        return result if isinstance(result, int) else 0
    except UserError as exc:
        say(exc.text(lang))
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if _from_click(exc):
            return _show_click(exc, lang)
        if os.environ.get("TDKT_DEBUG"):
            raise
        say(internal_text(exc, lang))
        return INTERNAL_ERROR


def _from_click(exc: Exception) -> bool:
    """Click's own exceptions (usage errors, abort), whichever copy of Click Typer uses."""
    return type(exc).__name__ == "Abort" or (hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int))


def _show_click(exc: Exception, lang: str) -> int:
    if type(exc).__name__ == "Abort":
        say(helptext.translate("Aborted!", lang))
        return 1
    shown = io.StringIO()
    exc.show(file=shown)
    say(helptext.translate(shown.getvalue().rstrip("\n"), lang))
    return exc.exit_code
