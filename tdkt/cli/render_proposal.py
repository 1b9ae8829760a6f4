"""`tdkt render-proposal`: the Tờ trình đề nghị khen thưởng and its Danh sách."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.batch import each_plan
from tdkt.cli.common import FormatOption, LangOption, PlansArgument, open_plan
from tdkt.cli.output import say
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, write_drafts
from tdkt.cli.watch import WatchOption
from tdkt.errors import UserError

TEXTS = {
    "vi": {
        "no_council": "Tệp kế hoạch chưa ghi kết quả họp Hội đồng (`council.decisions`); chưa thể lập tờ trình.",
        "objection": "Không lập tờ trình: {holder}{title} chưa đủ căn cứ:",
        "fix": "Sửa dữ liệu xét hoặc quyết định của Hội đồng trong tệp kế hoạch (xem `tdkt evaluate`).",
    },
    "en": {
        "no_council": "The plan records no council decisions (`council.decisions`); no proposal can be made yet.",
        "objection": "No proposal: {holder}{title} is not supported:",
        "fix": "Correct the inputs or the council's decisions in the plan (see `tdkt evaluate`).",
    },
}


def render_proposal(
    plans: PlansArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    xlsx: Annotated[bool, typer.Option("--xlsx")] = False,
    watch: WatchOption = False,
    lang: LangOption = None,
    format: FormatOption = "text",
) -> None:
    """Render the award proposal and its list, after checking the council's decisions."""
    each_plan(partial(_render, pdf=pdf, templates=templates, xlsx=xlsx, lang=lang), plans, command="render-proposal",
              lang=lang, output=output, fmt=format, watch=watch, templates=templates)


def _render(plan: Path | None, output: Path, pdf: bool, templates: Path | None, xlsx: bool, lang: str | None) -> None:
    from tdkt.cli.yearend import with_past
    from tdkt.documents import proposal
    from tdkt.rules.evaluate import evaluate

    job = with_past(open_plan(plan, lang))
    model, path, language = job.plan, job.path, job.language
    texts = TEXTS[language]
    if model.council is None or not model.council.decisions:
        raise UserError("no_council", texts=TEXTS)
    evaluation = evaluate(model, job.checked.ruleset)
    problems = proposal.objections(model, evaluation, language)
    if problems:
        for problem in problems:
            say(texts["objection"].format(holder=f"{problem.holder} – " if problem.holder else "", title=problem.title))
            for reason in problem.reasons:
                say(f"  - {reason}")
        raise UserError("fix", texts=TEXTS)
    (target, *_) = write_drafts(proposal.drafts(model, evaluation), path, output, pdf, templates)
    if xlsx:
        _write_list(proposal.context(model, evaluation), model, target)


def _write_list(context: dict, model, docx: Path) -> None:
    """The Danh sách beside the Word document: `<name>-danh-sach.xlsx`."""
    from datetime import datetime

    from tdkt.excel.proposal_list import proposal_workbook
    from tdkt.files import write_atomic

    day = model.proposal.date
    stamp = datetime(day.year, day.month, day.day) if day else datetime(model.year, 1, 1)
    target = docx.with_name(f"{docx.stem}-danh-sach.xlsx")
    write_atomic(target, proposal_workbook(context, stamp))
    print(target)
