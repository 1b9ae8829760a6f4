"""The plan file's format as Pydantic models (English keys, Vietnamese content).

Every scalar arrives as text (see yamlsource); these models convert it. Unknown keys are
refused so that a typo never passes silently.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from tdkt.plan.dates import DateFormatError, DateRangeError, parse_date, quarter_bounds


def _to_date(value: object) -> object:
    if value is None or isinstance(value, date):
        return value
    try:
        return parse_date(value)
    except DateRangeError:
        raise PydanticCustomError("date_not_exist", "no such day: {value}", {"value": str(value)}) from None
    except DateFormatError:
        raise PydanticCustomError("date_form", "not a date: {value}", {"value": str(value)}) from None


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
Status = Literal["planned", "in_progress", "done", "cancelled"]
Authority = Literal["TM", "KT", "Q", "TL", "TUQ"]
Rating = Annotated[Literal["htxs", "htt", "ht", "kht"], WithJsonSchema({
    "enum": ["htxs", "htt", "ht", "kht"],
    "description": "Xếp loại: htxs hoàn thành xuất sắc, htt hoàn thành tốt, ht hoàn thành, kht không hoàn thành nhiệm vụ"})]
Discipline = Literal["none", "khien_trach", "canh_cao", "ha_bac_luong", "giang_chuc", "cach_chuc", "buoc_thoi_viec"]
Regimes = Literal["nd91", "nd98", "nd152"]


class Model(BaseModel):
    """Base: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid")


class Person(Model):
    """A member of a department (viên chức, người lao động)."""

    id: Id = Field(description="Mã người, duy nhất trong tệp (vd. vqkhai)")
    name: Text = Field(description="Họ và tên")
    position: Text | None = Field(None, description="Chức vụ (vd. Trưởng phòng)")
    gender: Literal["nam", "nữ"] | None = None
    hired: Day | None = Field(None, description="Ngày tuyển dụng")
    rating: Rating | None = Field(None, description="Xếp loại năm xét")
    discipline: Discipline | None = Field(None, description="Kỷ luật trong năm xét; `none` khi không bị kỷ luật")
    initiatives: list[Initiative] = Field(default_factory=list, description="Sáng kiến, đề tài đã được công nhận")
    history: dict[int, YearRecord] = Field(default_factory=dict, description="Các năm trước: năm → xếp loại, danh hiệu, khen thưởng")


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


class Unit(Model):
    """The issuing unit (cơ quan ban hành)."""

    name: Text = Field(description="Tên cơ quan ban hành, vd. Trung tâm Dịch vụ việc làm")
    parent: Text | None = Field(None, description="Tên cơ quan chủ quản trực tiếp")
    abbreviation: Abbreviation = Field(description="Chữ viết tắt trong số ký hiệu, vd. TTDVVL")
    place: Text = Field(description="Địa danh ghi ở dòng ngày tháng, vd. Sơn La")
    head: Id = Field(description="Mã người đứng đầu đơn vị (thủ trưởng)")


class LegalBasis(Model):
    """A document the plan implements (căn cứ, 'Thực hiện …')."""

    kind: Text = Field(description="Loại văn bản, vd. Kế hoạch")
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
    """A task of the plan in a given quarter (nhiệm vụ theo quý) and its progress."""

    id: Id
    quarter: int = Field(ge=1, le=4)
    text: Text
    owner: Id | None = Field(None, description="Mã phòng chủ trì")
    due: Day | None = Field(None, description="Hạn; mặc định ngày cuối quý")
    status: Status = "planned"
    done_on: Day | None = Field(None, description="Ngày hoàn thành")
    evidence: Text | None = Field(None, description="Văn bản thực hiện, vd. 15/BC-TTDVVL")
    note: Text | None = None

    def due_date(self, year: int) -> date:
        """The due date, or the last day of the quarter when none is given."""
        return self.due or quarter_bounds(year, self.quarter)[1]


class Assignment(Model):
    """A part of 'Tổ chức thực hiện': who is given what."""

    heading: Text
    department: Id | None = None
    paragraphs: list[Text] = Field(default_factory=list)
    points: list[Text] = Field(default_factory=list)


class Signer(Model):
    """Who signs, and with which authority (TM., KT., Q., TL., TUQ.)."""

    person: Id
    authority: Authority | None = None
    principal: Text | None = Field(None, description="Chức vụ/tập thể ký thay, vd. Giám đốc (cho KT.)")


class PlanDocument(Model):
    """The Kế hoạch itself."""

    number: int | None = Field(None, ge=1, le=99999, description="Số văn bản; để trống khi chưa ban hành")
    symbol: Text | None = Field(None, description="Ký hiệu; mặc định KH-<viết tắt đơn vị>")
    date: Day | None = Field(None, description="Ngày ban hành; để trống khi chưa ban hành")
    subject: Text = Field(description="Trích yếu nội dung")
    bases: list[LegalBasis] = Field(default_factory=list)
    introduction: Text | None = None
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


class PersonRegistration(Model):
    """A person's registered title and award forms."""

    person: Id
    title: TitleRef | None = None
    awards: list[TitleRef] = Field(default_factory=list)


class Registration(Model):
    """A department's đăng ký thi đua: its collective title and its members'."""

    department: Id
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


class Reports(Model):
    """The four quarter reports; q2 is the sơ kết, q4 the tổng kết."""

    q1: Report | None = None
    q2: Report | None = None
    q3: Report | None = None
    q4: Report | None = None

    def of(self, quarter: int) -> Report | None:
        return getattr(self, f"q{quarter}")


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


class CouncilDecision(Model):
    """What the Hội đồng Thi đua - Khen thưởng agreed to propose for one holder."""

    department: Id | None = None
    person: Id | None = None
    title: TitleRef | None = None
    awards: list[TitleRef] = Field(default_factory=list)
    votes: int | None = Field(None, ge=0, description="Số phiếu đồng ý")
    achievements: Text | None = Field(None, description="Tóm tắt thành tích")


class Council(Model):
    """The Hội đồng Thi đua - Khen thưởng's year-end meeting."""

    members: int = Field(ge=1, le=999, description="Tổng số thành viên Hội đồng")
    meeting: Day | None = Field(None, description="Ngày họp xét")
    minutes: Text | None = Field(None, description="Biên bản họp, vd. 05/BB-HĐTĐKT")
    decisions: list[CouncilDecision] = Field(default_factory=list)


class Plan(Model):
    """A unit's TĐKT plan file for one year."""

    model_config = ConfigDict(extra="forbid", title="tdkt plan")

    year: int = Field(ge=2000, le=2100)
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

    def people(self) -> dict[str, Person]:
        """Every person by id."""
        return {p.id: p for d in self.departments for p in d.members}

    def department(self, dept_id: str) -> Department | None:
        return next((d for d in self.departments if d.id == dept_id), None)
