"""`tdkt render-dossier`: every year-end document that applies, in one folder with an index."""

from __future__ import annotations

from pathlib import Path

from tdkt.cli.common import open_plan
from tdkt.cli.output import say
from tdkt.cli.yearend_commands import document_command
from tdkt.errors import UserError

INDEX = "MUC-LUC.txt"
TEXTS = {
    "vi": {
        "title": "HỒ SƠ KHEN THƯỞNG {period} – {unit}",
        "made": "Văn bản đã lập:",
        "not_made": "Chưa lập:",
        "kinds": {"minutes": "Biên bản họp Hội đồng Thi đua - Khen thưởng", "decision": "Quyết định khen thưởng của thủ trưởng đơn vị",
                  "proposal": "Tờ trình đề nghị cấp trên khen thưởng", "achievement": "Báo cáo thành tích"},
        "nothing": "Không có văn bản cuối năm nào lập được từ tệp kế hoạch này.",
    },
    "en": {
        "title": "REWARD DOSSIER {period} – {unit}",
        "made": "Documents made:",
        "not_made": "Not made:",
        "kinds": {"minutes": "Council minutes", "decision": "Head's reward decision",
                  "proposal": "Proposal to the higher level", "achievement": "Achievement report"},
        "nothing": "No year-end document can be made from this plan.",
    },
}


def _render(plan: Path | None, output: Path, pdf: bool, templates: Path | None, lang: str | None) -> None:
    """Every document that applies, then the index; a council decision the rules do not support
    stops the whole dossier as it stops `render-proposal` (same words, exit 1, nothing written)."""
    from tdkt.cli.render import convert, write_drafts
    from tdkt.cli.yearend import TEXTS as YEAREND
    from tdkt.cli.yearend import (
        achievement_drafts,
        decision_drafts,
        minutes_drafts,
        proposal_drafts,
        refuse_unsupported,
        with_past,
    )
    from tdkt.files import write_atomic

    job = with_past(open_plan(plan, lang))
    language = job.language
    texts = TEXTS[language]
    if job.plan.council is None or not job.plan.council.decisions:
        raise UserError("no_council", where=str(job.path), texts=YEAREND)
    refuse_unsupported(job, language)
    folder = output / f"ho-so-{job.plan.period.name}"
    kinds, missing, said = [], [], set()
    steps = (("minutes", minutes_drafts), ("decision", decision_drafts), ("proposal", proposal_drafts),
             ("achievement", achievement_drafts))
    for kind, make in steps:  # every draft made before any file is written
        drafts, lines = make(job, language)
        for line in lines:
            if line not in said:  # a note two documents share (e.g. unconfirmed bases) is said once
                say(line)
                said.add(line)
        if drafts is None:
            missing.append((texts["kinds"][kind], lines))
        else:
            kinds.append((texts["kinds"][kind], drafts))
    if not kinds:
        raise UserError("nothing", where=str(job.path), texts=TEXTS)
    every = [(kind, draft) for kind, drafts in kinds for draft in drafts]
    written = write_drafts([draft for _, draft in every], job.path, folder, False, templates, all_or_none=True)
    made = [(path, kind, draft.frame) for path, (kind, draft) in zip(written, every)]
    if pdf:
        convert([path for path, _, _ in made])
    write_atomic(folder / INDEX, index_text(job.plan, made, missing, language).encode("utf-8"))
    print(folder / INDEX)


def index_text(plan, made: list, missing: list, language: str) -> str:
    """MUC-LUC.txt: the documents made, then those not made with every line of why."""
    texts = TEXTS[language]
    index = [texts["title"].format(period=plan.period.word("label", language), unit=plan.unit.name), "", texts["made"]]
    for n, (path, kind, frame) in enumerate(made, start=1):
        number = frame.number_line.removeprefix("Số: ").strip()
        detail = " – ".join(p for p in (number if number and not number.startswith("/") else "", frame.subject) if p)
        index.append(f"{n:2d}. {path.name}: {kind}{' (' + detail + ')' if detail else ''}")
    if missing:
        index += ["", texts["not_made"]]
        for kind, lines in missing:
            first, *rest = lines or [""]
            index.append(f"  - {kind}: {first}")
            index += [f"    {line}" for line in rest]
    return "\n".join(index) + "\n"


render_dossier = document_command(
    "render-dossier", "Render every year-end document that applies into one folder, with an index.", _render)
