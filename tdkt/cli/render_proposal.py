"""`tdkt render-proposal`: the Tờ trình đề nghị khen thưởng and its Danh sách."""

from __future__ import annotations

from pathlib import Path

from tdkt.cli.common import LangOption, PlanArgument, open_plan
from tdkt.cli.output import say
from tdkt.cli.render import OutOption, PdfOption, TemplatesOption, write_drafts
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
    plan: PlanArgument = None,
    output: OutOption = Path("out"),
    pdf: PdfOption = False,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Render the award proposal and its list, after checking the council's decisions."""
    from tdkt.documents import proposal
    from tdkt.rules.evaluate import evaluate

    job = open_plan(plan, lang)
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
    write_drafts(proposal.drafts(model, evaluation), path, output, pdf, templates)
