"""The render commands of one year-end document kind each (minutes, decision, achievement reports).

They differ only in the kind of document; one factory declares them, so their options,
batch handling and errors stay alike.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from tdkt.cli.batch import each_plan
from tdkt.cli.common import FormatOption, LangOption, PlansArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption


def document_command(command: str, drafts: str, summary: str):
    """`tdkt COMMAND`: render the drafts that `tdkt.cli.yearend.<drafts>` makes, for each plan."""

    def render(
        plans: PlansArgument = None,
        output: OutOption = Path("out"),
        pdf: PdfOption = False,
        templates: TemplatesOption = None,
        lang: LangOption = None,
        format: FormatOption = "text",
    ) -> None:
        each_plan(partial(render_one, drafts=drafts, pdf=pdf, templates=templates, lang=lang), plans,
                  command=command, lang=lang, output=output, fmt=format)

    render.__name__ = render.__qualname__ = command.replace("-", "_")
    render.__doc__ = summary
    return render


def render_one(plan: Path | None, output: Path, drafts: str, pdf: bool, templates: Path | None, lang: str | None) -> None:
    """One plan's documents of the kind (module-level, so that a batch's workers can run it)."""
    from tdkt.cli import yearend

    yearend.run_kind(getattr(yearend, drafts), open_plan(plan, lang), output, pdf, templates)


render_minutes = document_command("render-minutes", "minutes_drafts", "Render the council meeting's minutes.")
render_decision = document_command(
    "render-decision", "decision_drafts", "Render the head's reward decision and its list, for what the unit decides itself.")
render_achievement = document_command(
    "render-achievement", "achievement_drafts", "Render an achievement report for each holder proposed above the unit.")
