"""What the builder needs to know of a document besides its body: plain data, no YAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tdkt.markup.tree import Block

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


@dataclass(frozen=True)
class AppendixSpec:
    """A phụ lục after the signature: heading lines, the "(Kèm theo …)" note, its body."""

    heading: str  # "PHỤ LỤC" or "PHỤ LỤC I"
    title: tuple[str, ...]
    note: str
    body: tuple[Block, ...]
    landscape: bool = False


@dataclass(frozen=True)
class DocumentSpec:
    """One official document: letterhead, title, body, recipients and signature.

    Text is given as it should read; the builder applies the case and emphasis that
    Nghị định 30 fixes for each component (e.g. agency names in upper case).
    """

    agency: str  # tên cơ quan ban hành
    number_line: str  # "Số: 12/KH-TTDVVL"
    place_date: str  # "Sơn La, ngày 06 tháng 01 năm 2022"
    kind: str  # tên loại: "Kế hoạch", "Báo cáo", …
    subject: str  # trích yếu
    body: tuple[Block, ...]
    signature_lines: tuple[str, ...]  # quyền hạn, chức vụ: ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    signer_name: str
    issued: date
    parent: tuple[str, ...] = ()  # tên cơ quan chủ quản, as many lines as the unit writes
    agency_lines: tuple[str, ...] = ()  # the issuer as printed, line by line (default: `agency`)
    addressees: tuple[str, ...] = ()  # Kính gửi
    recipients: tuple[str, ...] = ()  # Nơi nhận (without the Lưu line)
    filing: str = "Lưu: VT."  # the last line of Nơi nhận
    attachment_note: str | None = None  # "(Kèm theo …)" under the subject of an attached list
    # a second signature block on the left, in place of Nơi nhận (minutes: thư ký | chủ tịch)
    countersign_lines: tuple[str, ...] = ()
    countersign_name: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    appendices: tuple[AppendixSpec, ...] = ()
