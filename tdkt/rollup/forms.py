"""The statistics forms of Thông tư 02/2023/TT-BNV for thi đua – khen thưởng, filled from units' data.

Sources (see the README section "Tổng hợp ngành"):
- Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ quy định chế độ báo cáo thống kê
  ngành Nội vụ, in force from 10/5/2023; the TĐKT reporting period runs from 01/12 of the
  year before to 30/11 (the Hưng Yên Sở Nội vụ's summary of the circular); forms are
  received on 15/12 of the reporting year. The article numbers were not found.
- Rows, mã số and columns of Biểu 0601.N/BNV-TĐKT (Số phong trào thi đua), 0602.N/BNV-TĐKT
  (Số lượng khen thưởng cấp Nhà nước) and 0603.N/BNV-TĐKT (Số lượng khen thưởng cấp bộ, ban,
  ngành, đoàn thể Trung ương và tỉnh) follow the forms as rebuilt by a public TĐKT software
  (github.com/lifephongphanmem/thiduakhenthuong, resources/views/BaoCao/TT022023/Mau0601–0603),
  not the circular's published text: every form is marked unconfirmed, and the rows whose
  numbering looks wrong there are marked one by one.
- 0604.N (tổ chức làm công tác TĐKT) and 0605.N (công chức làm công tác TĐKT) describe the
  reporting office's own apparatus: no unit plan holds that, so they are not produced.

A cell is a count only where the units' data gives it: otherwise it is "not available",
never 0; a total over columns some of which are not available is marked as a lower bound.

The forms are annual. A roll-up of school-year plans (the education sector) says so on each
form: its figures cover the school year, and they are put in the reporting year the school
year ends in, a choice the circular's text (not read) may settle otherwise: marked unconfirmed.
"""

from __future__ import annotations

from dataclasses import dataclass

from tdkt.plan.dates import dmy
from tdkt.plan.period import Period
from tdkt.rollup.facts import COLLECTIVE, INDIVIDUAL, Entry, Movement

CIRCULAR = "Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ"
STRUCTURE_SOURCE = ("hàng, cột dựng theo bản biểu của phần mềm quản lý thi đua, khen thưởng công khai "
                    "lifephongphanmem/thiduakhenthuong; chưa đối chiếu với văn bản gốc của Thông tư")


@dataclass(frozen=True)
class Column:
    key: str
    number: str  # the form's column number: "1", "2", …
    group: str  # the column group's heading ("" when the label stands alone)
    label: str
    holder: str | None = None  # collective | individual | None (both)
    code: str | None = None  # the catalogue code counted; None: no unit data gives it


@dataclass(frozen=True)
class Row:
    code: str  # mã số ("" for a section heading)
    label: str
    kind: str  # total | section | collective | individual | all | na | scope | duration:… | method:…
    measure: str = ""  # đơn vị tính (column C)
    unconfirmed: bool = False


@dataclass(frozen=True)
class Cell:
    """A count; None when the data does not give it; `partial` for a lower bound; `applies` False: x."""

    value: int | None
    partial: bool = False
    applies: bool = True

    def text(self) -> str:
        if not self.applies:
            return "x"
        if self.value is None:
            return "…"
        return f"≥ {self.value}" if self.partial else str(self.value)


@dataclass(frozen=True)
class Form:
    number: str  # "0601.N/BNV-TĐKT"
    title: str
    measure: str  # "Phong trào", or "" when each row names its own
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    cells: dict  # (row code, column key) -> Cell
    notes: tuple[str, ...]
    covers: str = ""  # the period the figures cover, as the form's header says it

    def heading(self, column: Column) -> str:
        """A column's head in one line: its group joined where the label alone says too little."""
        return f"{column.group} – {column.label}" if column.label in ("Tập thể", "Cá nhân") else column.label

    @property
    def slug(self) -> str:
        return "bieu-" + self.number.split(".")[0]

    def cell(self, row: Row, column: Column) -> Cell | None:
        return self.cells.get((row.code, column.key))


LEGEND = ("Ký hiệu: … không có số liệu trong dữ liệu của các đơn vị; x không áp dụng; ≥ n chỉ cộng các cột có số liệu; "
          f"(*) chưa xác nhận: {STRUCTURE_SOURCE}.")

_LEADERS = (
    ("Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", "Người"),
    ("Lãnh đạo cấp vụ, sở, ngành và tương đương", "Người"),
    ("Doanh nhân", "Người"),
    ("Các cấp lãnh đạo khác từ phó phòng trở lên", "Người"),
    ("Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân, …)", "Người"),
)
_METHODS = ("Thường xuyên", "Chuyên đề", "Đột xuất", "Đối ngoại", "Cống hiến", "Niên hạn", "Kháng chiến")


def _by_holder(start: int, unconfirmed_section: bool = False) -> list[Row]:
    """Tập thể, doanh nghiệp, hộ, cá nhân and the five kinds of person (mã số from `start`)."""
    rows = [Row(f"{start:02d}", "- Tập thể", COLLECTIVE, "Tập thể"),
            Row(f"{start + 1:02d}", "Trong đó: Doanh nghiệp", "na", "Doanh nghiệp"),
            Row(f"{start + 2:02d}", "- Hộ gia đình", "na", "Hộ"),
            Row(f"{start + 3:02d}", "- Cá nhân", INDIVIDUAL, "Người")]
    rows += [Row(f"{start + 4 + i:02d}", f"+ {label}", "na", measure) for i, (label, measure) in enumerate(_LEADERS)]
    return rows


# Biểu 0601.N/BNV-TĐKT: Số phong trào thi đua (đơn vị tính: phong trào).
FORM_0601 = (
    (Column("total", "1=(2+3+4)", "", "Tổng số"),
     Column("tw", "2", "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua",
            "Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)"),
     Column("bo_tinh", "3", "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua",
            "Cấp bộ, ban, ngành, đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương"),
     Column("unit", "4", "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua", "Cơ quan, tổ chức, đơn vị")),
    (Row("01", "Tổng số", "total"),
     Row("", "1. Chia theo phạm vi tổ chức thi đua", "section"),
     Row("02", "- Toàn quốc", "na"),
     Row("03", "- Bộ, ban, ngành, đoàn thể, địa phương", "na"),
     Row("04", "- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức", "na"),
     Row("05", "- Cơ quan, tổ chức, đơn vị", "scope"),
     Row("", "2. Chia theo thời hạn thi đua", "section"),
     Row("06", "- Dưới 1 năm", "duration:under_1"),
     Row("07", "- 1 năm", "duration:1"),
     Row("08", "- Từ 1 năm đến dưới 3 năm", "duration:1_3"),
     Row("09", "- Từ 3 năm đến dưới 5 năm", "duration:3_5"),
     Row("10", "- Từ 5 năm trở lên", "duration:5_plus"),
     Row("", "3. Chia theo phương thức tổ chức phong trào thi đua", "section"),
     Row("11", "- Thi đua theo chuyên đề", "method:chuyen_de"),
     Row("12", "- Thi đua thường xuyên hằng năm", "method:thuong_xuyen")),
)

# Biểu 0602.N/BNV-TĐKT: Số lượng khen thưởng cấp Nhà nước. The form gives each kind of
# huân chương, danh hiệu vinh dự and "other" award its own pair of columns; with no unit
# data for any of them, one pair stands for each group.
FORM_0602 = (
    (Column("total", "1", "", "Tổng số"),
     Column("medal_c", "2", "Các loại huân chương, huy chương", "Tập thể", COLLECTIVE),
     Column("medal_i", "2", "Các loại huân chương, huy chương", "Cá nhân", INDIVIDUAL),
     Column("hcm_prize", "3", "Giải thưởng Hồ Chí Minh", "Cá nhân", INDIVIDUAL),
     Column("state_prize", "4", "Giải thưởng Nhà nước", "Cá nhân", INDIVIDUAL),
     Column("honour_c", "5", "Danh hiệu vinh dự nhà nước", "Tập thể", COLLECTIVE),
     Column("honour_i", "5", "Danh hiệu vinh dự nhà nước", "Cá nhân", INDIVIDUAL),
     Column("ctdcp", "6", "Cờ thi đua của Chính phủ", "Tập thể", COLLECTIVE, "CTDCP"),
     Column("bkttg_c", "7", "Bằng khen của Thủ tướng Chính phủ", "Tập thể", COLLECTIVE, "BKTTG"),
     Column("bkttg_i", "7", "Bằng khen của Thủ tướng Chính phủ", "Cá nhân", INDIVIDUAL, "BKTTG"),
     Column("cstdtq", "8", "Chiến sĩ thi đua toàn quốc", "Cá nhân", INDIVIDUAL, "CSTDTQ"),
     Column("other_c", "9", "Các hình thức khen thưởng khác", "Tập thể", COLLECTIVE),
     Column("other_i", "9", "Các hình thức khen thưởng khác", "Cá nhân", INDIVIDUAL)),
    (Row("01", "Tổng số", "total"),
     Row("", "1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng", "section"),
     Row("02", "- Bộ, ban, ngành, đoàn thể Trung ương", "na", "Bộ, ngành"),
     Row("03", "- Tỉnh, thành phố trực thuộc Trung ương", "na", "Tỉnh, TP"),
     # mã số 04 and 05 are missing in the rebuilt form: the numbering below is unconfirmed
     Row("", "2. Chia theo đối tượng khen thưởng", "section", unconfirmed=True),
     *_by_holder(6),
     Row("", "3. Chia theo phương thức khen thưởng", "section"),
     *(Row(f"{15 + i:02d}", f"- {m}", "na") for i, m in enumerate(_METHODS))),
)

# Biểu 0603.N/BNV-TĐKT: Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh.
FORM_0603 = (
    (Column("total", "1", "", "Tổng số"),
     Column("bkt", "2", "Chia ra", "Bằng khen", None, "BKT"),
     Column("cstdt", "3", "Chia ra", "Chiến sĩ thi đua cấp bộ, cấp tỉnh", INDIVIDUAL, "CSTDT"),
     Column("ctdt", "4", "Chia ra", "Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh", COLLECTIVE, "CTDT"),
     Column("badge", "5", "Chia ra", "Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh")),
    (Row("01", "Tổng số", "total"),
     Row("", "1. Chia theo đối tượng khen thưởng", "section"),
     *_by_holder(2),
     # the rebuilt form numbers this section "3." after "1.": unconfirmed
     Row("", "2. Chia theo phương thức khen thưởng", "section", unconfirmed=True),
     *(Row(f"{11 + i:02d}", f"- {m}", "na") for i, m in enumerate(_METHODS))),
)


def movement_form(movements: list[Movement], period: Period) -> Form:
    """Biểu 0601 from the units' `movement:` headings, each read as a movement the unit launches
    among its own staff (column 4, scope "Cơ quan, tổ chức, đơn vị")."""
    columns, rows = FORM_0601
    cells = {}
    for row in rows:
        if row.kind == "section":
            continue
        if row.kind in ("total", "scope"):
            unit = Cell(len(movements))
        elif row.kind.startswith("duration:"):
            wanted, known = row.kind.split(":")[1], [m.duration for m in movements]
            unit = Cell(sum(1 for d in known if d == wanted), partial=None in known)
        elif row.kind.startswith("method:"):
            unit = Cell(sum(1 for m in movements if m.kind == row.kind.split(":")[1]))
        else:
            unit = Cell(None)
        cells[(row.code, "unit")] = unit
        cells[(row.code, "tw")] = cells[(row.code, "bo_tinh")] = Cell(None)
        cells[(row.code, "total")] = Cell(unit.value, partial=True) if unit.value is not None else Cell(None)
    notes = ("Cột 4: mỗi phong trào ghi trong kế hoạch của một đơn vị được tính là một phong trào do đơn vị đó "
             "phát động trong phạm vi đơn vị; kế hoạch các đơn vị không cho biết phong trào do cấp Trung ương, "
             "cấp bộ, tỉnh phát động (cột 2, 3).",
             "Thời hạn tính từ ngày bắt đầu đến ngày kết thúc ghi ở phong trào; \"1 năm\" là đúng một năm; "
             "phong trào không ghi đủ hai ngày chỉ được tính ở hàng tổng số và hàng phương thức.")
    if period.school:
        notes += (f"Phong trào kéo dài đúng {period.label} (từ {dmy(period.start)} đến {dmy(period.end)}) được tính "
                  "ở hàng \"1 năm\" (chưa xác nhận: cách tính thời hạn của phong trào theo năm học chưa đối chiếu "
                  "với văn bản gốc của Thông tư).",)
    return Form("0601.N/BNV-TĐKT", f"Số phong trào thi đua {period.label}", "Phong trào", columns, rows, cells,
                notes + _common_notes(period), covers(period))


def award_forms(results: list[Entry], period: Period) -> list[Form]:
    """Biểu 0602 and 0603 from the units' recorded results (`results:`), one count per title or award."""
    out = []
    for (columns, rows), number, title in ((FORM_0602, "0602.N/BNV-TĐKT",
                                            f"Số lượng khen thưởng cấp Nhà nước {period.label}"),
                                           (FORM_0603, "0603.N/BNV-TĐKT", "Số lượng khen thưởng cấp bộ, ban, ngành, "
                                            f"đoàn thể Trung ương và tỉnh, thành phố trực thuộc Trung ương {period.label}")):
        cells = {}
        for row in rows:
            if row.kind == "section":
                continue
            parts = []
            for column in columns[1:]:
                cell = _award_cell(results, row, column)
                cells[(row.code, column.key)] = cell
                if cell.applies:
                    parts.append(cell)
            known = [c.value for c in parts if c.value is not None]
            cells[(row.code, "total")] = (Cell(sum(known), partial=len(known) < len(parts)) if known else Cell(None))
        notes = ("Số liệu lấy từ kết quả khen thưởng ghi trong kế hoạch các đơn vị; mỗi danh hiệu, hình thức "
                 "của một tập thể, cá nhân tính một lần. Phòng, bộ phận là tập thể; người là cá nhân.",)
        out.append(Form(number, title, "", columns, rows, cells, notes + _common_notes(period), covers(period)))
    return out


def _award_cell(results: list[Entry], row: Row, column: Column) -> Cell:
    kinds = {"total": (COLLECTIVE, INDIVIDUAL), COLLECTIVE: (COLLECTIVE,), INDIVIDUAL: (INDIVIDUAL,)}.get(row.kind)
    if column.holder is not None and kinds is not None and column.holder not in kinds:
        return Cell(None, applies=False)
    if column.code is None or kinds is None:
        return Cell(None)
    wanted = (column.holder,) if column.holder else kinds
    return Cell(sum(1 for e in results if e.holder.kind in wanted and column.code in e.codes))


def covers(period: Period) -> str:
    """The header line saying which period the figures cover: `Số liệu: năm học 2025-2026 (…)`."""
    return f"Số liệu: {period.label} (theo kế hoạch của các đơn vị)"


def _common_notes(period: Period) -> tuple[str, ...]:
    """The reporting period of the circular against the plans' period; for a school year, which
    reporting year its figures are put in (unconfirmed)."""
    year = period.year
    reporting = f"Kỳ báo cáo theo {CIRCULAR}: từ 01/12/{year - 1} đến 30/11/{year}"
    if not period.school:
        return (f"{reporting}; số liệu ở đây tính theo kế hoạch {period.label} của các đơn vị, không theo ngày "
                "quyết định khen thưởng.", LEGEND)
    return (f"{reporting}. Số liệu ở đây tính theo kế hoạch {period.label} của các đơn vị, không theo ngày quyết "
            f"định khen thưởng, và được đưa vào năm báo cáo {year}, năm kết thúc năm học (chưa xác nhận: cách đưa "
            "số liệu năm học vào kỳ báo cáo năm chưa đối chiếu với văn bản gốc của Thông tư).", LEGEND)
