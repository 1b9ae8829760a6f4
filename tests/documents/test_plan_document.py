"""The Kế hoạch rendered from plans/2022.yaml says what the seed says, word for word."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import DATA
from tests.docx.readback import full_text, open_docx, words

SEED_TEXT = DATA / "seed_2022_ke_hoach.txt"  # the original plan as issued, as text
# the only differences allowed: the seed's typos fixed in plans/2022.yaml, and the drafting
# unit added to the archive line as Nghị định 30 requires
FIXES = (
    ("20254", "2025"),
    ("2022của", "2022 của"),
    ("02KH-SLĐTBXH", "02/KH-SLĐTBXH"),
    ("thi đua , góp", "thi đua, góp"),
    ("Lưu: VT.", "Lưu: VT, HCTH."),
)


def seed_words() -> list[str]:
    text = Path(SEED_TEXT).read_text(encoding="utf-8")
    text = re.sub(r"(?<=\S-)\s*\n\s*", "", text)  # a word broken after a hyphen at a line end
    text = re.sub(r"\s+", " ", text)
    for old, new in FIXES:
        assert old in text, old
        text = text.replace(old, new)
    return words(text)


def test_rendered_text_equals_the_seed_word_for_word(rendered_plan):
    rendered = words(full_text(open_docx(rendered_plan)))
    start = rendered.index("KẾ")  # the seed text starts at the document type
    assert rendered[start:] == seed_words()


def test_letterhead_reads_as_issued(rendered_plan):
    text = full_text(open_docx(rendered_plan))
    lines = text.split("\n")
    assert lines[:3] == ["SỞ LAO ĐỘNG - TB&XH TỈNH SƠN LA", "TRUNG TÂM DỊCH VỤ VIỆC LÀM", ""]
    assert "Số: 12/KH-TTDVVL" in lines
    assert "Sơn La, ngày 06 tháng 01 năm 2022" in lines


def test_file_name_is_stable(seed_plan):
    from tdkt.documents import plan_document

    assert plan_document.file_name(seed_plan) == "12-KH-TTDVVL-2022.docx"
