"""Legal citations in English, translated by their grammar.

`Điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022` becomes `Point a, clause 1,
Article 24 of the Law on Emulation and Commendation 2022`. Document numbers such as
`98/2023/NĐ-CP` are identifiers and stay as written. A text with words outside this
grammar (a remark) is not guessed at: shipped data gives its English beside it
(`source_en`), and a province's own text (a rules file) is quoted as given, in backticks.
"""

from __future__ import annotations

import re

VIETNAMESE = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", re.IGNORECASE)
IDENTIFIER = re.compile(r"\b\d+(?:/\d{4})?/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*")  # 98/2023/NĐ-CP, 06/2022/QH15

# (pattern, English), applied in order; a capital in the source keeps its capital
GRAMMAR = (
    (r"Luật Thi đua, khen thưởng (\d{4})", r"Law on Emulation and Commendation \1"),
    (r"\(sửa đổi ([\d, ]+)\)", r"(amended \1)"),
    (r"Nghị định (?:số )?", "Decree "),
    (r"Thông tư (?:số )?", "Circular "),
    (r"Quyết định (?:số )?", "Decision "),
    (r"([Cc])hương ([IVXLC]+)\b", r"\1hapter \2"),
    (r"Điều (\d+)", r"Article \1"),
    (r"([Kk])hoản (\d+)", lambda m: f"{'C' if m[1] == 'K' else 'c'}lause {m[2]}"),
    (r"([Đđ])iểm ([a-zđ])\b", lambda m: f"{'P' if m[1] == 'Đ' else 'p'}oint {m[2]}"),
    (r"((?:[Pp]oint [a-zđ]|[Cc]lause \d+)) (?=[Cc]lause|Article)", r"\1, "),
    (r"((?:Article|Chapter) \w+) (?=Law )", r"\1 of the "),
    (r"((?:Article|Chapter) \w+) (?=(?:Decree|Circular|Decision) )", r"\1 of "),
    (r" và ", " and "),
)
RULES = tuple((re.compile(pattern), english) for pattern, english in GRAMMAR)


def has_vietnamese(text: str) -> bool:
    """Whether `text` holds a Vietnamese letter outside document numbers."""
    return bool(VIETNAMESE.search(IDENTIFIER.sub("", text)))


def english(text: str) -> str | None:
    """The citation in English, or None when it holds words outside the citation grammar."""
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return None if has_vietnamese(text) else text


def cite(text: str, lang: str, given: str | None = None) -> str:
    """`text` in `lang`: in English the `given` wording, else its translation, else `text` quoted."""
    if lang == "vi" or not text:
        return text
    return given or english(text) or f"`{text}`"
