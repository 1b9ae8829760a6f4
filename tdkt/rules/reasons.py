"""Wording of evaluation reasons and verdicts, in Vietnamese and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Named:
    """A name given in both languages (a title's, a rating's), filled into a reason by language."""

    vi: str
    en: str

    def in_(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en

# code -> (vi, en); parameters are filled with str.format
REASONS = {
    "rating": ("xếp loại {rating}, cần {minimum} trở lên", "rating: {rating}; needs {minimum} or better"),
    "rating_exact": ("xếp loại {rating}, cần {minimum}", "rating: {rating}; needs {minimum}"),
    "months": ("công tác {months} tháng tính đến {until}, cần ít nhất {minimum} tháng",
               "{months} months of service by {until}; needs at least {minimum}"),
    "discipline": ("kỷ luật: {discipline}; không xét khi bị kỷ luật từ {threshold} trở lên",
                   "discipline: {discipline}; {threshold} or heavier excludes"),
    "ldtt": ("tiêu chuẩn Lao động tiên tiến: {state}", "Advanced Worker standard: {state}"),
    "initiative": ("{count} sáng kiến được công nhận trong {period}{decisions}, cần ít nhất 1",
                   "recognised initiatives in {period}: {count}{decisions}; needs at least 1"),
    "htxs_or_initiative": ("xếp loại {rating}, {count} sáng kiến được công nhận trong {period}; cần hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến",
                           "rating: {rating}; recognised initiatives in {period}: {count}; needs an excellent rating or an initiative"),
    "vote": ("{votes}/{members} phiếu đồng ý ({share}%), cần ít nhất {minimum}%",
             "{votes}/{members} votes in favour ({share}%); needs at least {minimum}%"),
    "vote_pending": ("cần ít nhất {minimum}% phiếu đồng ý của Hội đồng (chưa có kết quả bỏ phiếu)",
                     "needs at least {minimum}% of the council's votes (no vote recorded yet)"),
    "consecutive": ("{count} năm liên tục đạt {title} (tính cả {year}), cần {minimum}",
                    "{count} consecutive years of {title} (counting {year}); needs {minimum}"),
    "consecutive_before": ("{count} năm liên tục đạt {title} đến hết {last}, cần {minimum}",
                           "{count} consecutive years of {title} up to {last}; needs {minimum}"),
    "consecutive_council": ("{count} năm liên tục đạt {title} đến hết {last}, cần {minimum}: {year} chỉ được tính "
                            "khi Hội đồng chọn người này trong {places} suất {title} ({candidates} người đủ tiêu chuẩn)",
                            "{count} consecutive years of {title} up to {last}; needs {minimum}: {year} counts only if "
                            "the council picks this person for one of the {places} {title} places ({candidates} eligible)"),
    "initiative_level": ("{count} sáng kiến, đề tài có phạm vi ảnh hưởng {level}, cần ít nhất 1",
                         "initiatives with {level}-wide influence: {count}; needs at least 1"),
    "htxs_years": ("{years} năm liên tục hoàn thành xuất sắc nhiệm vụ đến hết {last} với {count} sáng kiến; cần {minimum} năm và {minimum} sáng kiến",
                   "{years} consecutive excellent years up to {last} with {count} initiatives; needs {minimum} years and {minimum} initiatives"),
    "either": ("đạt ít nhất một trong hai trường hợp dưới đây", "meets at least one of the two cases below"),
    "neither": ("không đạt trường hợp nào dưới đây", "meets neither case below"),
    "dept_rating": ("tập thể xếp loại {rating}, cần {minimum}", "the collective's rating: {rating}; needs {minimum}"),
    "members_complete": ("{done}/{total} thành viên hoàn thành nhiệm vụ trở lên, cần 100%",
                         "{done}/{total} members completed their duties; needs 100%"),
    "ldtt_share": ("{count}/{total} thành viên đủ tiêu chuẩn Lao động tiên tiến ({share}%), cần {relation} {minimum}%",
                   "{count}/{total} members meet Advanced Worker ({share}%); needs {relation} {minimum}%"),
    "has_cstdcs_council": ("{count} thành viên đủ tiêu chuẩn Chiến sĩ thi đua cơ sở nhưng tỷ lệ chỉ cho {places} suất "
                           "trong {candidates} người đủ tiêu chuẩn của đơn vị: chờ Hội đồng chọn",
                           "members meeting Grassroots Emulation Fighter: {count}, but the cap allows {places} of the "
                           "unit's {candidates} eligible: awaits the council's choice"),
    "has_cstdcs_not_chosen": ("{count} thành viên đủ tiêu chuẩn Chiến sĩ thi đua cơ sở nhưng Hội đồng không chọn trong tỷ lệ, cần ít nhất 1",
                              "members meeting Grassroots Emulation Fighter: {count}, but the council chose others within the cap; needs at least 1"),
    "has_cstdcs": ("{count} thành viên đủ tiêu chuẩn Chiến sĩ thi đua cơ sở, cần ít nhất 1",
                   "members meeting Grassroots Emulation Fighter: {count}; needs at least 1"),
    "members_discipline": ("{count} thành viên bị kỷ luật từ {threshold} trở lên", "members disciplined with {threshold} or heavier: {count}"),
    "members_undecided": ("chưa xét được Lao động tiên tiến của {count} thành viên", "members whose Advanced Worker is undecided: {count}"),
    "no_members": ("thiếu danh sách thành viên", "the member list is missing"),
    "not_checked": ("tiêu chuẩn do {who} quy định chi tiết; tdkt không tự xét, Hội đồng xem xét",
                    "the detailed criteria are set by {who}; tdkt does not decide, the council does"),
    "missing": ("thiếu `{field}`", "`{field}` missing"),
    "province_detail": ("tiêu chuẩn chi tiết theo quy định của bộ, ngành, tỉnh", "detailed criteria set by the ministry, sector or province"),
}

STATUS = {
    "eligible": ("đủ tiêu chuẩn", "meets the criteria"),
    "not_eligible": ("không đủ tiêu chuẩn", "does not meet the criteria"),
    "undecided": ("chưa xét được", "cannot decide"),
    "not_checked": ("Hội đồng xem xét", "for the council"),
    "awaits_council": ("chờ Hội đồng chọn trong tỷ lệ", "awaits the council's choice within a cap"),
}

WORDS = {
    "met": ("đạt", "met"),
    "failed": ("không đạt", "not met"),
    "missing": ("thiếu dữ liệu", "data missing"),
    "pending": ("chờ", "pending"),
    "more_than": ("trên", "more than"),
    "at_least": ("ít nhất", "at least"),
    "tinh": ("cấp tỉnh, bộ, ngành", "province"),
    "toan_quoc": ("toàn quốc", "nation"),
    "competent": ("cấp có thẩm quyền", "the competent authority"),
    "province": ("bộ, ngành, tỉnh", "the ministry, sector or province"),
}


def say(code: str, params: dict, lang: str) -> str:
    """The reason worded in `lang`; a `Named` parameter gives its name in that language."""
    vi, en = REASONS[code]
    params = {key: value.in_(lang) if isinstance(value, Named) else value for key, value in params.items()}
    return (vi if lang == "vi" else en).format(**params)


def status_word(status: str, lang: str) -> str:
    return STATUS[status][0 if lang == "vi" else 1]


def word(key: str, lang: str) -> str:
    return WORDS[key][0 if lang == "vi" else 1]
