"""The `tdkt` command: one small module per subcommand, imported only when used."""

from __future__ import annotations

import gc
import os
import signal
import sys

import typer

from tdkt.cli.evaluate import evaluate
from tdkt.cli.render_plan import render_plan
from tdkt.cli.render_proposal import render_proposal
from tdkt.cli.render_registration import render_registration
from tdkt.cli.report import report
from tdkt.cli.schema import schema
from tdkt.cli.status import status
from tdkt.cli.validate import validate

app = typer.Typer(
    name="tdkt",
    help="Thi đua – khen thưởng: kế hoạch, báo cáo và đề nghị khen thưởng từ một tệp YAML.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command("validate")(validate)
app.command("render-plan")(render_plan)
app.command("report")(report)
app.command("status")(status)
app.command("evaluate")(evaluate)
app.command("render-registration")(render_registration)
app.command("render-proposal")(render_proposal)
app.command("schema")(schema)


def main() -> None:
    """Entry point: run the app; an unexpected failure is one line, not a traceback."""
    # A command builds one large tree of plain data and exits: with the default thresholds
    # the cycle collector re-scans that growing tree again and again (a third of the time
    # of `evaluate` on 20,000 people). Collect rarely instead; commands that write many
    # documents free each one's cycles as it is written (tdkt.cli.render.write).
    gc.set_threshold(100_000, 50, 100)
    if hasattr(signal, "SIGPIPE"):  # `tdkt evaluate | head` ends quietly, as other Unix tools do
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # an internal error, not the user's
        if os.environ.get("TDKT_DEBUG"):
            raise
        print(f"tdkt: lỗi nội bộ / internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("Chạy lại với TDKT_DEBUG=1 để xem chi tiết.", file=sys.stderr)
        sys.exit(3)
