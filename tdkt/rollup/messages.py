"""The roll-up's own messages, in Vietnamese and English, in the shape of tdkt.plan.messages.

Codes not found here (a mistake in rollup.yaml's shape: `missing`, `unknown_key`, …) are
worded by the plan's table.
"""

from __future__ import annotations

from tdkt.plan import messages as plan_messages

MESSAGES: dict[str, tuple[str, str, str, str]] = {
    "rollup_same_person_cccd": (
        "{name} cũng có ở {other} ({where}), cùng số CCCD",
        "{name} is also listed by {other} ({where}), with the same national id",
        "một người chỉ được bình xét ở một đơn vị: kiểm tra điều động, biệt phái hoặc nhập trùng",
        "a person is considered by one unit only: check for a transfer or a double entry"),
    "rollup_same_person_name": (
        "{name} cũng có ở {other} ({where}), cùng họ tên và ngày sinh",
        "{name} is also listed by {other} ({where}), with the same name and birth date",
        "một người chỉ được bình xét ở một đơn vị: kiểm tra điều động, biệt phái hoặc nhập trùng; ghi `cccd` để phân biệt",
        "a person is considered by one unit only: check for a transfer or a double entry; add `cccd` to tell people apart"),
    "rollup_unit_failed": ("không đọc được kế hoạch này: {detail}", "this plan could not be read: {detail}", "", ""),
    "rollup_over_cap_proposals": (
        "{title}: đề nghị thứ {count} trong ngành, vượt trần {places} ({basis})",
        "{title}: the sector's proposal number {count}, over the cap of {places} ({basis})",
        "căn cứ: {source} (tệp {rules}); ngành có {total} đề nghị {title}",
        "basis: {source} (file {rules}); the sector has {total} proposals of {title}"),
    "rollup_over_cap_registrations": (
        "{title}: đăng ký thứ {count} trong ngành, vượt trần {places} ({basis})",
        "{title}: the sector's registration number {count}, over the cap of {places} ({basis})",
        "căn cứ: {source} (tệp {rules}); ngành có {total} đăng ký {title}",
        "basis: {source} (file {rules}); the sector has {total} registrations of {title}"),
    "rollup_own_authority": (
        "{title} do thủ trưởng đơn vị quyết định ({basis}), không đề nghị lên {office}",
        "{title} is decided by the unit's own head ({basis}), not proposed to {office}",
        "đơn vị tự ra quyết định; bỏ khỏi tờ trình gửi cấp trên", "the unit decides it itself; leave it out of the proposal sent up"),
    "rollup_wrong_level": (
        "tờ trình đề nghị {titles} gửi `{addressee}`, không qua {office}",
        "the proposal of {titles} is addressed to `{addressee}`, not through {office}",
        "đề nghị gửi cấp quản lý trực tiếp để xét hoặc trình tiếp ({basis})",
        "send proposals to the direct managing level, which decides or forwards them ({basis})"),
    "rollup_no_addressee": (
        "tờ trình đề nghị {titles} chưa ghi Kính gửi (`proposal.addressees`)",
        "the proposal of {titles} names no recipient (`proposal.addressees`)",
        "ghi {office}, cấp quản lý trực tiếp xét hoặc trình tiếp ({basis})",
        "write {office}, the direct managing level that decides or forwards it ({basis})"),
    "rollup_cap_shape": (
        "trần `{title}` cần đúng một trong `max` hoặc `percent`",
        "the cap on `{title}` needs exactly one of `max` or `percent`", "", ""),
}


def word(code: str, params: dict, lang: str) -> tuple[str, str]:
    """The message and hint for a code, in `lang`, from this table or the plan's."""
    if code not in MESSAGES:
        return plan_messages.word(code, params, lang)
    vi, en, hint_vi, hint_en = MESSAGES[code]
    message = (vi if lang == "vi" else en).format(**params)
    template = hint_vi if lang == "vi" else hint_en
    return message, template.format(**params) if template else ""
