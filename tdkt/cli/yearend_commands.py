"""The year-end render commands (minutes, decision, achievement reports, the dossier).

They differ only in what they make of one plan; one factory declares them, so their
options, batch handling and errors stay alike.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from tdkt.cli.batch import each_plan
from tdkt.cli.common import FormatOption, LangOption, PlansArgument, open_plan
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption


def document_command(command: str, summary: str, one):
    """`tdkt COMMAND`: run `one(plan, output, pdf=…, templates=…, lang=…)` for each plan named
    (`one` is module-level, or a partial of such, so that a batch's workers can run it)."""

    def render(
        plans: PlansArgument = None,
        output: OutOption = Path("out"),
        pdf: PdfOption = False,
        templates: TemplatesOption = None,
        lang: LangOption = None,
        format: FormatOption = "text",
    ) -> None:
        each_plan(partial(one, pdf=pdf, templates=templates, lang=lang), plans,
                  command=command, lang=lang, output=output, fmt=format)

    render.__name__ = render.__qualname__ = command.replace("-", "_")
    render.__doc__ = summary
    return render


def render_one(plan: Path | None, output: Path, drafts: str, pdf: bool, templates: Path | None, lang: str | None) -> None:
    """One plan's documents of one kind: `tdkt.cli.yearend.<drafts>`."""
    from tdkt.cli import yearend

    yearend.run_kind(getattr(yearend, drafts), open_plan(plan, lang), output, pdf, templates)


render_minutes = document_command(
    "render-minutes", "Render the council meeting's minutes.", partial(render_one, drafts="minutes_drafts"))
render_decision = document_command(
    "render-decision", "Render the head's reward decision and its list, for what the unit decides itself.",
    partial(render_one, drafts="decision_drafts"))
render_achievement = document_command(
    "render-achievement", "Render an achievement report for each holder proposed above the unit.",
    partial(render_one, drafts="achievement_drafts"))
