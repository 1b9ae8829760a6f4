"""What the year-end render commands share: their messages and the drafts of each kind.

Each `*_drafts` returns (drafts, lines): the drafts of one kind, or None with the lines
saying why it cannot be made (the plan lacks what the document needs, or the council's
decisions are not supported); `render-*` then exits 1, `render-dossier` lists it as not
made. The Tờ trình is the exception: decisions the evaluation does not support stop it
with `refuse_unsupported`, in `render-proposal` and `render-dossier` alike.
"""

from __future__ import annotations

from tdkt.cli.output import say
from tdkt.errors import UserError

TEXTS = {
    "vi": {
        "no_council": "Tệp kế hoạch chưa ghi kết quả họp Hội đồng (`council.decisions`).",
        "no_council.hint": "họp Hội đồng xong thì ghi từng đề nghị vào `council.decisions` (xem README, mục Cuối năm), rồi chạy lại",
        "no_minutes": "Tệp kế hoạch chưa ghi ngày họp Hội đồng (`council.meeting`); chưa thể lập biên bản.",
        "no_authority": "Chưa ghi cấp quyết định của thủ trưởng đơn vị (`council.decision.authority`: co_so, huyen, xa "
                        "hoặc none); pháp luật để tùy địa vị của đơn vị nên tdkt không tự chọn (xem README, mục Cuối năm).",
        "nothing_to_decide": "Hội đồng không đề nghị danh hiệu, hình thức nào thuộc thẩm quyền của đơn vị ({source}).",
        "decides_nothing": "Đơn vị không tự quyết định khen thưởng (`authority: none`); mọi đề nghị trình cấp trên ({source}).",
        "nothing_upward": "Hội đồng không đề nghị cấp trên khen thưởng ai.",
        "no_addressee": "Lưu ý: Tờ trình chưa ghi Kính gửi; đã để chỗ cho đơn vị bổ sung. Ghi `proposal.addressees` "
                        "(cơ quan, người có thẩm quyền khen thưởng, vd. Chủ tịch Ủy ban nhân dân tỉnh).",
        "objection": "{holder}{title} chưa đủ căn cứ:",
        "proposal_objection": "Không lập tờ trình: {holder}{title} chưa đủ căn cứ:",
        "fix": "Sửa dữ liệu xét hoặc quyết định của Hội đồng trong tệp kế hoạch (xem `tdkt evaluate`).",
        "unconfirmed_rewards": "Lưu ý: mức tiền thưởng dùng giá trị chưa đối chiếu với văn bản gốc ({names}); "
                               "kiểm tra và ghi đè trong tệp quy định riêng (mục `rewards:`) nếu cần.",
        "unconfirmed_bases": "Lưu ý: căn cứ pháp lý chưa đối chiếu ngày ban hành với văn bản gốc: {names}.",
    },
    "en": {
        "no_council": "The plan records no council decisions (`council.decisions`).",
        "no_council.hint": "after the council meets, write each of its decisions under `council.decisions` (see the README, Year end), then run again",
        "no_minutes": "The plan records no council meeting date (`council.meeting`); no minutes can be made.",
        "no_authority": "The plan does not say what level the unit's head decides at (`council.decision.authority`: "
                        "co_so, huyen, xa or none); the law leaves it to the unit's status, so tdkt does not guess (see the README, Year end).",
        "nothing_to_decide": "The council proposes nothing the unit itself decides ({source}).",
        "decides_nothing": "The unit decides no reward itself (`authority: none`); everything goes upward ({source}).",
        "nothing_upward": "The council proposes no one to a higher level.",
        "no_addressee": "Note: the proposal names no recipient; a place is left for the unit to fill in. "
                        "Write `proposal.addressees` (the body or person who decides the awards, e.g. the provincial chairman).",
        "objection": "{holder}{title} is not supported:",
        "proposal_objection": "No proposal: {holder}{title} is not supported:",
        "fix": "Correct the inputs or the council's decisions in the plan (see `tdkt evaluate`).",
        "unconfirmed_rewards": "Note: reward amounts use values not yet checked against the source text ({names}); "
                               "check them and override in the rules file (`rewards:`) if needed.",
        "unconfirmed_bases": "Note: legal bases whose dates are not yet checked against the source text: {names}.",
    },
}


_EVALUATIONS: dict[int, object] = {}


def evaluation_of(job):
    """The plan's evaluation, made once per command (the dossier asks for it several times)."""
    key = id(job.checked)
    if key not in _EVALUATIONS:
        from tdkt.rules.evaluate import evaluate

        _EVALUATIONS.clear()
        _EVALUATIONS[key] = (job.checked, evaluate(job.plan, job.checked.ruleset))
    return _EVALUATIONS[key][1]


def objection_lines(problems, lang: str, key: str = "objection") -> list[str]:
    """Each objection (worded by `key`) with its reasons beneath it."""
    lines = []
    for problem in problems:
        lines.append(TEXTS[lang][key].format(holder=f"{problem.holder} – " if problem.holder else "", title=problem.title))
        lines += [f"  - {reason}" for reason in problem.reasons]
    return lines


def refusal_lines(refusal, lang: str) -> list[str]:
    """Why a document cannot be made, with each objection's reasons."""
    texts = TEXTS[lang]
    if refusal.code != "objections":
        return [texts[refusal.code].format(**refusal.params)]
    return objection_lines(refusal.objections, lang) + [texts["fix"]]


def refuse_unsupported(job, lang: str) -> None:
    """Stop (exit 1, nothing written) when a council decision is unsupported or exceeds a cap.

    The Tờ trình rests on the council's minutes as a whole, so `render-proposal` and
    `render-dossier` both weigh every decision, not only those going upward.
    """
    from tdkt.documents.proposal import objections

    problems = objections(job.plan, evaluation_of(job), lang)
    if problems:
        for line in objection_lines(problems, lang, "proposal_objection"):
            say(line)
        raise UserError("fix", texts=TEXTS)


def decision_drafts(job, lang: str):
    from tdkt.documents import decision
    from tdkt.rules.catalogue import load_catalogue
    from tdkt.rules.explain import title_name

    evaluation = evaluation_of(job)
    refusal = decision.refusal(job.plan, evaluation, lang)
    if refusal is not None:
        return None, refusal_lines(refusal, lang)
    unconfirmed = [title_name(g["code"], evaluation, load_catalogue(), lang)
                   for g in decision.groups(job.plan, evaluation) if g["unconfirmed"]]
    notes = [TEXTS[lang]["unconfirmed_rewards"].format(names=", ".join(dict.fromkeys(unconfirmed)))] if unconfirmed else []
    return decision.drafts(job.plan, evaluation), notes + _unconfirmed_bases(evaluation, lang)


def _unconfirmed_bases(evaluation, lang: str) -> list[str]:
    """A note naming the cited laws whose dates are not yet checked (the decision and the Tờ trình cite them)."""
    from tdkt.rules.authority import decision_bases
    from tdkt.rules.citations import cite

    bases = [cite(text.split(";")[0], lang) for text, confirmed in decision_bases(evaluation.ruleset.regime.id) if not confirmed]
    return [TEXTS[lang]["unconfirmed_bases"].format(names="; ".join(bases))] if bases else []


def minutes_drafts(job, lang: str):
    from tdkt.documents import minutes

    return minutes.drafts(job.plan, job.checked.ruleset), []


def achievement_drafts(job, lang: str):
    from tdkt.documents import achievement

    found = achievement.drafts(job.plan, job.checked.ruleset)
    if not found:
        return None, [TEXTS[lang]["nothing_upward"]]
    refused = upward_objections(job, lang)
    if refused:
        return None, refused
    return found, []


def upward_objections(job, lang: str) -> list[str]:
    """Why what the council proposes upward is not supported (empty when it is)."""
    from tdkt.documents.decision import Refusal
    from tdkt.documents.proposal import objections
    from tdkt.documents.yearend import upward

    codes = {g.entry.code for g in upward(job.plan, job.checked.ruleset)}
    found = objections(job.plan, evaluation_of(job), lang, only=codes)
    return refusal_lines(Refusal("objections", {}, tuple(found)), lang) if found else []


def proposal_drafts(job, lang: str):
    """The Tờ trình as a draft, for `render-proposal` and the dossier; unsupported decisions stop it."""
    from tdkt.documents import proposal
    from tdkt.documents.yearend import upward

    plan = job.plan
    refuse_unsupported(job, lang)
    if not upward(plan, job.checked.ruleset):
        return None, [TEXTS[lang]["nothing_upward"]]
    evaluation = evaluation_of(job)
    notes = [] if plan.proposal.addressees else [TEXTS[lang]["no_addressee"]]
    return proposal.drafts(plan, evaluation), notes + _unconfirmed_bases(evaluation, lang)


def with_past(job):
    """The job with past years' titles from the plan files beside it, as evaluate, validate and
    render-proposal read them, so that every year-end document weighs the same history."""
    from tdkt.yearly.history import fill

    fill(job.plan, job.path)
    return job


def run_kind(make, job, output, pdf, templates) -> list:
    """One `render-*` command: make the drafts (or say why not, exit 1) and write them; the paths written.

    A plan without council decisions is refused here (and by render-dossier) before any
    `*_drafts` is asked: they may count on the decisions."""
    import typer

    from tdkt.cli.render import write_drafts

    council = job.plan.council
    if council is None or not council.decisions:
        raise UserError("no_council", where=str(job.path), texts=TEXTS)
    drafts, lines = make(with_past(job), job.language)
    if drafts is None and lines:  # why not, placed at the plan (a batch runs many)
        lines = [f"{job.path}: {lines[0]}", *lines[1:]]
    for line in lines:
        say(line)
    if drafts is None:
        raise typer.Exit(code=1)
    return write_drafts(drafts, job.path, output, pdf, templates)
