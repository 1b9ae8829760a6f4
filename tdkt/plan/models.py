"""The plan file's format as Pydantic models (English keys, Vietnamese content).

Every scalar arrives as text (see yamlsource); these models convert it. Unknown keys are
refused so that a typo never passes silently.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from tdkt.plan.dates import (
    SCHOOL_YEAR,
    DateFormatError,
    DateRangeError,
    month_end,
    parse_date,
    parse_month,
    parse_school_year,
)
from tdkt.plan.body import Appendix, Body, Style
from tdkt.plan.period import Period


def _to_date(value: object) -> object:
    if value is None or isinstance(value, date):
        return value
    try:
        return parse_date(value)
    except DateRangeError:
        raise PydanticCustomError("date_not_exist", "no such day: {value}", {"value": str(value)}) from None
    except DateFormatError:
        raise PydanticCustomError("date_form", "not a date: {value}", {"value": str(value)}) from None


def _to_month(value: object) -> object:
    """`9/2025`, `09/2025` or `2025-09` → the month's first day."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    month = parse_month(text)
    if month is None:
        raise PydanticCustomError("month_form", "not a month: {value}", {"value": text})
    return month


def _as_list(value: object) -> object:
    """A single value where a list is allowed: `owner: hcth` is `owner: [hcth]`."""
    return [value] if isinstance(value, str) else value


Day = Annotated[
    date,
    BeforeValidator(_to_date),
    WithJsonSchema({"type": "string", "pattern": r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})$",
                    "description": "Ngày: 2022-03-31 hoặc 31/03/2022"}),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z0-9][a-z0-9_.-]*$")]
Abbreviation = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$")]
TitleRef = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1),
                     WithJsonSchema({"type": "string", "description": "Mã (LDTT, CSTDCS, TTLDTT, …) hoặc tên danh hiệu"})]
Month = Annotated[
    date,
    BeforeValidator(_to_month),
    WithJsonSchema({"type": "string", "pattern": r"^(\d{1,2}/\d{4}|\d{4}-\d{1,2})$",
                    "description": "Tháng: 9/2025 hoặc 2025-09"}),
]
Texts = Annotated[list[Text], BeforeValidator(_as_list),
                  WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]})]
Status = Literal["planned", "in_progress", "done", "cancelled"]
Authority = Literal["TM", "KT", "Q", "TL", "TUQ"]
Rating = Annotated[Literal["htxs", "htt", "ht", "kht"], WithJsonSchema({
    "enum": ["htxs", "htt", "ht", "kht"],
    "description": "Xếp loại: htxs hoàn thành xuất sắc, htt hoàn thành tốt, ht hoàn thành, kht không hoàn thành nhiệm vụ"})]
Discipline = Literal["none", "khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec"]
Regimes = Literal["nd91", "nd98", "nd152"]


def _school_year(value: object) -> object:
    """`2025-2026` → 2025 (its first year); the second year must follow the first."""
    text = str(value).strip() if value is not None else ""
    first = parse_school_year(text)
    if first is None:
        raise PydanticCustomError("school_year_form", "not a school year: {value}", {"value": text})
    return first


SchoolYear = Annotated[int, BeforeValidator(_school_year),
                       WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{4}$", "description": "Năm học, vd. 2025-2026"})]


class Model(BaseModel):
    """Base: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid")


class Person(Model):
    """A member of a department (viên chức, người lao động)."""

    id: Id = Field(description="Mã người, duy nhất trong tệp (vd. vqkhai)")
    name: Text = Field(description="Họ và tên")
    position: Text | None = Field(None, description="Chức vụ (vd. Trưởng phòng)")
    gender: Literal["nam", "nữ"] | None = None
    birth: Day | None = Field(None, description="Ngày sinh (để nhận ra cùng một người ở hai đơn vị khi tổng hợp)")
    cccd: Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^\d{12}$")] | None = Field(
        None, description="Số căn cước công dân, định danh cá nhân (12 chữ số)")
    hired: Day | None = Field(None, description="Ngày tuyển dụng")
    rating: Rating | None = Field(None, description="Xếp loại năm xét")
    discipline: Discipline | None = Field(None, description="Kỷ luật trong năm xét; `none` khi không bị kỷ luật")
    initiatives: list[Initiative] = Field(default_factory=list, description="Sáng kiến, đề tài đã được công nhận")
    history: dict[Annotated[int, Field(ge=1900, le=2100)], YearRecord] = Field(default_factory=dict, description="Các năm trước: năm → xếp loại, danh hiệu, khen thưởng")


class Initiative(Model):
    """A sáng kiến (or research work) and the decision recognising it."""

    name: Text = Field(description="Tên sáng kiến, đề tài")
    decision: Text | None = Field(None, description="Quyết định công nhận, vd. 15/QĐ-TTDVVL")
    date: Day | None = Field(None, description="Ngày công nhận")
    level: Literal["co_so", "tinh", "toan_quoc"] = Field("co_so", description="Phạm vi ảnh hưởng: cơ sở, tỉnh, toàn quốc")


class YearRecord(Model):
    """What a person had in an earlier year."""

    rating: Rating | None = None
    titles: list[TitleRef] = Field(default_factory=list)
    awards: list[TitleRef] = Field(default_factory=list)


class Department(Model):
    """A phòng, bộ phận of the unit."""

    id: Id
    name: Text = Field(description="Tên phòng, bộ phận")
    head: Id | None = Field(None, description="Mã trưởng phòng (ký bản đăng ký của phòng)")
    rating: Rating | None = Field(None, description="Xếp loại tập thể năm xét")
    members: list[Person] = Field(default_factory=list)
    history: dict[int, YearRecord] = Field(default_factory=dict, description="Các năm trước: năm → xếp loại, danh hiệu, khen thưởng của tập thể")


class Terms(Model):
    """How the unit names its parts and its people in the documents' own sentences."""

    departments: Text = Field("phòng, bộ phận", description="Tên gọi chung các bộ phận, vd. tổ chuyên môn, tổ văn phòng; khoa, phòng")
    staff: Text = Field("cán bộ, viên chức, người lao động",
                        description="Tên gọi chung những người của đơn vị, vd. cán bộ, công chức; cán bộ, giáo viên, nhân viên")


class Unit(Model):
    """The issuing unit (cơ quan ban hành)."""

    name: Text = Field(description="Tên cơ quan ban hành, vd. Trung tâm Dịch vụ việc làm")
    letterhead: Texts = Field(default_factory=list, description="Tên cơ quan ở tiêu đề, mỗi dòng một mục, vd. [ỦY BAN NHÂN DÂN, PHƯỜNG HÒA ĐÔNG]")
    parent: Texts = Field(default_factory=list, description="Cơ quan chủ quản: một dòng, nhiều dòng, hoặc không có")
    staff: int | None = Field(None, ge=0, le=10_000_000, description="Tổng số cán bộ, viên chức, người lao động (khi danh sách người chưa đủ)")
    abbreviation: Abbreviation = Field(description="Chữ viết tắt trong số ký hiệu, vd. TTDVVL")
    place: Text = Field(description="Địa danh ghi ở dòng ngày tháng, vd. Sơn La")
    head: Id = Field(description="Mã người đứng đầu đơn vị (thủ trưởng)")
    terms: Terms = Field(default_factory=Terms, description="Cách văn bản gọi chung các bộ phận và người của đơn vị")


class LegalBasis(Model):
    """A document the plan implements (căn cứ, 'Thực hiện …')."""

    lead: Text | None = Field(None, description="Căn cứ hoặc Thực hiện: mỗi căn cứ một dòng; bỏ trống ở mọi căn cứ thì gộp một câu \"Thực hiện …\"")
    kind: Text | None = Field(None, description="Loại văn bản, vd. Kế hoạch, Luật Thi đua, khen thưởng")
    text: Text | None = Field(None, description="Căn cứ viết tự do, vd. kết quả thực hiện nhiệm vụ năm học trước")
    number: Text | None = Field(None, description="Số, ký hiệu, vd. 289/KH-UBND")
    date: Day | None = None
    issuer: Text | None = Field(None, description="Cơ quan ban hành")
    subject: Text | None = Field(None, description="Trích yếu, vd. về việc …")


class FocusDuty(Model):
    """A nhiệm vụ trọng tâm: its lead sentence, sub-points, and the outcome once known."""

    id: Id | None = None
    text: Text
    points: list[Text] = Field(default_factory=list)
    outcome: Text | None = Field(None, description="Kết quả thực hiện (ghi khi báo cáo)")


class Milestone(Model):
    """A task of the plan (nhiệm vụ): when, who, and its progress.

    When is a quarter, a semester, a month or a date range; the due date defaults to the
    last day of the month, quarter or semester.
    """

    id: Id | None = None
    quarter: int | None = Field(None, ge=1, le=4, description="Quý (năm dương lịch)")
    semester: int | None = Field(None, ge=1, le=2, description="Học kỳ (năm học)")
    month: Month | None = Field(None, description="Tháng, vd. 9/2025")
    start: Day | None = Field(None, description="Ngày bắt đầu (với khoảng thời gian)")
    text: Text
    owner: Texts = Field(default_factory=list, description="Đơn vị thực hiện: mã phòng hoặc tên, một hay nhiều")
    due: Day | None = Field(None, description="Hạn; mặc định ngày cuối tháng, quý hoặc học kỳ")
    status: Status = "planned"
    done_on: Day | None = Field(None, description="Ngày hoàn thành")
    evidence: Text | None = Field(None, description="Văn bản thực hiện, vd. 15/BC-TTDVVL")
    note: Text | None = None

    @model_validator(mode="after")
    def _when(self) -> Milestone:
        if self.quarter is None and self.semester is None and self.month is None and self.due is None:
            raise PydanticCustomError("task_when", "a task needs a time", {})
        return self

    def part(self, period: Period) -> int:
        """The quarter or semester the task belongs to."""
        if self.quarter is not None and not period.school:
            return self.quarter
        if self.semester is not None and period.school:
            return self.semester
        return period.part_of(self.month or self.due or self.start or period.start)

    def due_date(self, period: Period | int) -> date:
        """The due date, or the last day of the task's month, quarter or semester."""
        if isinstance(period, int):
            period = Period.calendar(period)
        if self.due:
            return self.due
        if self.month:
            return month_end(self.month)
        return period.part_bounds(self.part(period))[1]


class Assignment(Model):
    """A part of 'Tổ chức thực hiện': who is given what."""

    heading: Text
    department: Id | None = None
    paragraphs: list[Text] = Field(default_factory=list)
    points: list[Text] = Field(default_factory=list)


class Signer(Model):
    """Who signs, and with which authority (TM., KT., Q., TL., TUQ.).

    The lines follow Nghị định 30: `on_behalf_of` gives "TM. <tập thể>"; `authority` with
    `principal` gives "KT. <chức vụ>" (or Q., TL., TUQ.); the signer's own position last.
    """

    person: Id | None = Field(None, description="Mã người ký trong danh sách; hoặc ghi name và position")
    name: Text | None = Field(None, description="Họ và tên người ký (khi không có trong danh sách)")
    position: Text | None = Field(None, description="Chức vụ người ký; mặc định chức vụ trong danh sách")
    on_behalf_of: Text | None = Field(None, description="Tập thể lãnh đạo ký thay mặt (TM.), vd. Ủy ban nhân dân")
    authority: Authority | None = None
    principal: Text | None = Field(None, description="Chức vụ người đứng đầu được ký thay, vd. Giám đốc (cho KT.)")

    @model_validator(mode="after")
    def _who(self) -> Signer:
        if self.person is None and self.name is None:
            raise PydanticCustomError("signer_who", "person or name", {})
        return self


class PlanDocument(Model):
    """The Kế hoạch itself."""

    number: int | None = Field(None, ge=1, le=99999, description="Số văn bản; để trống khi chưa ban hành")
    symbol: Text | None = Field(None, description="Ký hiệu; mặc định KH-<viết tắt đơn vị>")
    date: Day | None = Field(None, description="Ngày ban hành; để trống khi chưa ban hành")
    subject: Text = Field(description="Trích yếu nội dung")
    addressees: list[Text] = Field(default_factory=list, description="Kính gửi (khi kế hoạch gửi cấp trên)")
    bases: list[LegalBasis] = Field(default_factory=list)
    introduction: Text | None = None
    body: Body = Field(default_factory=list, description="Nội dung văn bản theo dàn ý riêng của đơn vị (thay cho purposes … assignments)")
    targets: list[Target] = Field(default_factory=list, description="Chỉ tiêu thi đua")
    appendices: list[Appendix] = Field(default_factory=list, description="Phụ lục sau chữ ký")
    purposes: list[Text] = Field(default_factory=list)
    requirements: list[Text] = Field(default_factory=list)
    focus_duties: list[FocusDuty] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    closing: Text | None = None
    recipients: list[Text] = Field(default_factory=list)
    filing: Abbreviation | None = Field(None, description="Viết tắt đơn vị soạn thảo ở dòng 'Lưu: VT, …'")
    filing_copies: int | None = Field(None, ge=1, le=99)
    signer: Signer | None = None


class Target(Model):
    """A chỉ tiêu: what, for whom or in what unit, planned and (later) achieved values.

    Values are kept as the unit writes them (`170.000`, `≥ 95`, `3,40`); tdkt reads the
    number in them to compute the share achieved.
    """

    id: Id | None = None
    group: Id | None = Field(None, description="Nhóm chỉ tiêu, để đặt từng nhóm vào chỗ riêng trong văn bản")
    text: Text = Field(description="Nội dung chỉ tiêu")
    subject: Text | None = Field(None, description="Đối tượng")
    unit: Text | None = Field(None, description="Đơn vị tính")
    planned: Text = Field(description="Kế hoạch, vd. 170.000 hoặc ≥ 95")
    achieved: Text | None = Field(None, description="Thực hiện (ghi khi báo cáo)")
    note: Text | None = None


class PersonRegistration(Model):
    """A person's registered title and award forms."""

    person: Id
    title: TitleRef | None = None
    awards: list[TitleRef] = Field(default_factory=list)


class Registration(Model):
    """A department's đăng ký thi đua: its collective title and its members'.

    Without `department`, the registration is the whole unit's own (TLĐXS, Cờ thi đua,
    Bằng khen of the unit as a collective); it then lists no people.
    """

    department: Id | None = Field(None, description="Mã phòng; bỏ trống: đơn vị đăng ký danh hiệu tập thể của chính mình")
    title: TitleRef | None = None
    awards: list[TitleRef] = Field(default_factory=list)
    people: list[PersonRegistration] = Field(default_factory=list)


class DocumentFrame(Model):
    """What frames a document other than the plan: number, date, addressees, signer.

    Left out, the number and date stay blank for the office to fill in at signing, and the
    recipients, filing unit and signer are those of the plan.
    """

    number: int | None = Field(None, ge=1, le=99999, description="Số văn bản")
    date: Day | None = Field(None, description="Ngày văn bản")
    subject: Text | None = Field(None, description="Trích yếu; mặc định theo loại văn bản")
    addressees: list[Text] = Field(default_factory=list, description="Kính gửi")
    recipients: list[Text] | None = Field(None, description="Nơi nhận; mặc định như kế hoạch")
    filing: Abbreviation | None = None
    signer: Signer | None = None


class Report(DocumentFrame):
    """A quarter's report (báo cáo quý, sơ kết, tổng kết): its frame and the unit's own words.

    Every narrative field is optional; where one is missing the report leaves a marked
    place for the officer to complete instead of inventing text.
    """

    situation: list[Text] = Field(default_factory=list, description="Đặc điểm tình hình")
    leadership: list[Text] = Field(default_factory=list, description="Công tác lãnh đạo, chỉ đạo, tuyên truyền")
    highlights: list[Text] = Field(default_factory=list, description="Ưu điểm, kết quả nổi bật")
    limitations: list[Text] = Field(default_factory=list, description="Tồn tại, hạn chế")
    causes: list[Text] = Field(default_factory=list, description="Nguyên nhân của hạn chế")
    lessons: list[Text] = Field(default_factory=list, description="Bài học kinh nghiệm")
    proposals: list[Text] = Field(default_factory=list, description="Đề xuất, kiến nghị với cấp trên")
    direction: list[Text] = Field(default_factory=list, description="Phương hướng năm sau (khi chưa có kế hoạch năm sau)")
    body: Body = Field(default_factory=list, description="Nội dung báo cáo theo dàn ý riêng của đơn vị")
    title_counts: list[TitleCount] = Field(default_factory=list, description="Số đăng ký, số đạt từng danh hiệu (khi danh sách người chưa đủ)")
    awards_received: list[AwardCount] = Field(default_factory=list, description="Khen thưởng cấp trên đã nhận trong kỳ")
    appendices: list[Appendix] = Field(default_factory=list)


class TitleCount(Model):
    """Registered and achieved counts of one title or award, as the unit recorded them."""

    title: TitleRef
    label: Text | None = Field(None, description="Tên hiện trong bảng, vd. Tập thể lao động xuất sắc (khoa, phòng)")
    registered: int = Field(ge=0, le=10_000_000)
    achieved: int | None = Field(None, ge=0, le=10_000_000)


class AwardCount(Model):
    """An award form received from above in the period, for collectives and individuals."""

    award: Text = Field(description="Hình thức khen thưởng, vd. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
    collectives: int = Field(0, ge=0, le=10_000_000)
    individuals: int = Field(0, ge=0, le=10_000_000)
    note: Text | None = None


class Reports(Model):
    """The reports of the period: four quarters (q2 sơ kết, q4 tổng kết) or two semesters
    of a school year (hk1 sơ kết học kỳ I, hk2 tổng kết năm học)."""

    q1: Report | None = None
    q2: Report | None = None
    q3: Report | None = None
    q4: Report | None = None
    hk1: Report | None = None
    hk2: Report | None = None

    def of(self, part: int, period: Period) -> Report | None:
        """The report of a quarter, or of a semester of a school year."""
        return getattr(self, period.report_key(part))


class Result(Model):
    """A title or award actually obtained at year end (kết quả khen thưởng)."""

    department: Id | None = None
    person: Id | None = None
    title: TitleRef | None = None
    awards: list[TitleRef] = Field(default_factory=list)
    decision: Text | None = Field(None, description="Số quyết định, vd. 150/QĐ-SLĐTBXH")
    date: Day | None = None


class RulesChoice(Model):
    """Which legal regime applies and the province's or sector's own rules file."""

    regime: Regimes | None = Field(None, description="nd91, nd98 hoặc nd152; mặc định theo năm")
    file: Text | None = Field(None, description="Tệp quy định riêng của tỉnh, ngành (đường dẫn tính từ tệp kế hoạch)")


class AchievementReport(Model):
    """What the officer writes for a báo cáo thành tích; left out, the report marks the place."""

    date: Day | None = Field(None, description="Ngày báo cáo")
    born: Day | None = Field(None, description="Ngày sinh (cá nhân)")
    hometown: Text | None = Field(None, description="Quê quán (cá nhân)")
    education: Text | None = Field(None, description="Trình độ chuyên môn, nghiệp vụ (cá nhân)")
    situation: list[Text] = Field(default_factory=list, description="Đặc điểm, tình hình (tập thể)")
    duties: list[Text] = Field(default_factory=list, description="Quyền hạn, nhiệm vụ được giao; chức năng, nhiệm vụ (tập thể)")
    achievements: list[Text] = Field(default_factory=list, description="Thành tích đạt được, mỗi ý một đoạn")
    history: dict[int, YearRecord] = Field(default_factory=dict, description="Danh hiệu, khen thưởng các năm trước (tập thể)")


class CouncilDecision(Model):
    """What the Hội đồng Thi đua - Khen thưởng agreed to propose for one holder."""

    department: Id | None = None
    person: Id | None = None
    title: TitleRef | None = None
    awards: list[TitleRef] = Field(default_factory=list)
    votes: int | None = Field(None, ge=0, le=999, description="Số phiếu đồng ý")
    achievements: Text | None = Field(None, description="Tóm tắt thành tích")
    report: AchievementReport | None = Field(None, description="Báo cáo thành tích (khi đề nghị cấp trên khen thưởng)")


class RewardDecision(DocumentFrame):
    """The head's Quyết định công nhận danh hiệu, tặng Giấy khen, for what the unit decides itself."""

    authority: Literal["co_so", "huyen", "xa", "none"] | None = Field(
        None, description="Cấp quyết định của thủ trưởng đơn vị: co_so, huyen, xa hoặc none (xem README, mục Cuối năm)")
    bases: list[LegalBasis] = Field(default_factory=list, description="Căn cứ riêng của đơn vị (chức năng, nhiệm vụ, quy chế)")
    budget: Text | None = Field(None, description="Nguồn kinh phí khen thưởng")
    executors: list[Text] = Field(default_factory=list, description="Người, bộ phận thi hành (Điều 3)")


class Council(Model):
    """The Hội đồng Thi đua - Khen thưởng's year-end meeting."""

    members: int = Field(ge=1, le=999, description="Tổng số thành viên Hội đồng")
    meeting: Day | None = Field(None, description="Ngày họp xét")
    minutes: Text | None = Field(None, description="Biên bản họp, vd. 05/BB-HĐTĐKT")
    time: Text | None = Field(None, description="Giờ bắt đầu, vd. 14 giờ 00")
    end: Text | None = Field(None, description="Giờ kết thúc, vd. 16 giờ 30")
    place: Text | None = Field(None, description="Địa điểm họp")
    chair: Signer | None = Field(None, description="Chủ tịch Hội đồng (chủ trì); mặc định thủ trưởng đơn vị")
    secretary: Signer | None = Field(None, description="Thư ký Hội đồng")
    present: int | None = Field(None, ge=0, le=999, description="Số thành viên có mặt")
    agenda: list[Text] = Field(default_factory=list, description="Nội dung xem xét")
    voting: Literal["bo_phieu_kin", "gio_tay"] | None = Field(None, description="Hình thức biểu quyết: bo_phieu_kin hoặc gio_tay")
    conclusion: list[Text] = Field(default_factory=list, description="Kết luận của chủ tọa")
    decisions: list[CouncilDecision] = Field(default_factory=list)
    decision: RewardDecision | None = Field(None, description="Quyết định khen thưởng của thủ trưởng đơn vị")


class Plan(Model):
    """A unit's TĐKT plan file for one year."""

    model_config = ConfigDict(extra="forbid", title="tdkt plan")

    year: int | None = Field(None, ge=2000, le=2100, description="Năm kế hoạch (năm dương lịch)")
    school_year: SchoolYear | None = Field(None, description="Năm học, vd. 2025-2026 (thay cho year)")
    style: Style = Field(default_factory=Style, description="Cách viết ngày và đánh số đề mục")
    rules: RulesChoice = RulesChoice()
    unit: Unit
    departments: list[Department] = Field(default_factory=list)
    plan: PlanDocument
    registrations: list[Registration] = Field(default_factory=list)
    registration_document: DocumentFrame = Field(DocumentFrame(), description="Bản đăng ký thi đua của đơn vị")
    reports: Reports = Reports()
    council: Council | None = None
    proposal: DocumentFrame = Field(DocumentFrame(), description="Tờ trình đề nghị khen thưởng")
    results: list[Result] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _school_year_as_year(cls, data: object) -> object:
        """`year: 2025-2026` is read as `school_year: 2025-2026`."""
        if isinstance(data, dict) and isinstance(data.get("year"), str) and "school_year" not in data \
                and SCHOOL_YEAR.fullmatch(data["year"]):
            data = {**data, "school_year": data["year"]}
            del data["year"]
        return data

    @model_validator(mode="after")
    def _period(self) -> Plan:
        if self.school_year is None and self.year is None:
            raise PydanticCustomError("missing_year", "year or school_year", {})
        if self.school_year is not None:
            end = self.school_year + 1
            if self.year is not None and self.year != end:
                raise PydanticCustomError("school_year_mismatch", "year {year} is not the end of {school}",
                                          {"year": self.year, "school": f"{self.school_year}-{end}"})
            self.year = end
        return self

    @cached_property
    def period(self) -> Period:
        """The calendar year or school year the plan covers (read once: evaluation asks per person)."""
        if self.school_year is not None:
            return Period.school_year(self.school_year)
        return Period.calendar(self.year)

    def people(self) -> dict[str, Person]:
        """Every person by id."""
        return {p.id: p for d in self.departments for p in d.members}

    def department(self, dept_id: str) -> Department | None:
        return next((d for d in self.departments if d.id == dept_id), None)
