"""The columns of tdkt's workbooks: Vietnamese headers out, any spelling of them back in."""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.rules.catalogue import fold

SUMMARY_SHEET = "Tổng hợp"
LISTS_SHEET = "Danh mục"
AWARD_SEPARATORS = (";", "\n")


@dataclass(frozen=True)
class Column:
    """A column: the key it fills, its header, its width, and other headers that mean it."""

    key: str
    header: str
    width: int
    also: tuple[str, ...] = ()
    text: bool = False  # kept as text (ids: `012` stays `012`)


STT = Column("stt", "STT", 6)
PEOPLE_REGISTRATION = (
    STT,
    Column("person", "Mã người", 12, ("ma", "ma so", "ma can bo", "ma vien chuc", "ma nhan vien", "id"), text=True),
    Column("name", "Họ và tên", 28, ("ho ten", "ten", "ten nguoi")),
    Column("position", "Chức vụ", 24, ("chuc danh",)),
    Column("title", "Danh hiệu thi đua", 30, ("danh hieu", "danh hieu dang ky")),
    Column("awards", "Hình thức khen thưởng", 30, ("khen thuong", "hinh thuc")),
)
DEPARTMENT_REGISTRATION = (
    STT,
    Column("department", "Mã phòng", 12, ("ma phong ban", "ma bo phan", "ma don vi", "phong"), text=True),
    Column("department_name", "Tên phòng", 36, ("phong ban", "bo phan", "ten bo phan", "ten don vi")),
    Column("title", "Danh hiệu tập thể", 30, ("danh hieu", "danh hieu thi dua", "danh hieu dang ky")),
    Column("awards", "Hình thức khen thưởng", 30, ("khen thuong", "hinh thuc")),
    Column("count", "Số người đăng ký", 12),
)
STAFF = (
    STT,
    Column("id", "Mã người", 12, ("ma", "ma so", "ma can bo", "ma vien chuc", "ma nhan vien", "id"), text=True),
    Column("name", "Họ và tên", 28, ("ho ten", "ten")),
    Column("position", "Chức vụ", 24, ("chuc danh",)),
    Column("department", "Phòng", 30, ("ma phong", "ten phong", "phong ban", "bo phan", "don vi")),
    Column("gender", "Giới tính", 10, ("gioi",)),
    Column("hired", "Ngày tuyển dụng", 16, ("ngay vao lam", "ngay tuyen", "tuyen dung")),
    Column("rating", "Xếp loại", 26, ("xep loai nam", "muc xep loai", "danh gia")),
    Column("discipline", "Kỷ luật", 16, ("hinh thuc ky luat",)),
)


def match_headers(cells: list[object], columns: tuple[Column, ...]) -> dict[str, int]:
    """{column key: 0-based index} for the header cells that name a column (case, diacritics, order free)."""
    names = {}
    for column in columns:
        for name in (column.header, *column.also):
            names.setdefault(fold(name), column.key)
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        if cell is None:
            continue
        key = names.get(fold(str(cell)).rstrip(":*").strip())
        if key is not None and key not in found:
            found[key] = index
    return found


def split_awards(text: str, known) -> list[str]:
    """`GK; Bằng khen` → [GK, Bằng khen]. Awards are parted by `;` or a line break, and by a
    comma only where the part is not itself a name: `Bằng khen cấp bộ, ngành, tỉnh` is one
    award, `GK, BKT` two. `known(part)` tells whether a part names an award."""
    parts = [text]
    for separator in AWARD_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(separator)]
    found = []
    for part in (p.strip() for p in parts):
        if part and "," in part and not known(part):
            found += [piece.strip() for piece in part.split(",") if piece.strip()]
        elif part:
            found.append(part)
    return found
