"""A document's own outline, as the unit writes it: headings, paragraphs, lists, tables.

A body is a list of nodes. A node is a plain string (a paragraph) or a mapping with one
of these keys: `heading` (numbered by its depth, with its own `body`), `part` ("Phần thứ
nhất" and its title), `items` ("- " lines), `points` (a), b), c), …), `numbered` (1., 2.,
…), `table`, or a view of the plan's structured data: `tasks`, `targets`, `statistics`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Cell = Annotated[str, BeforeValidator(lambda v: "" if v is None else v), StringConstraints(strip_whitespace=True)]
NUMBERING = ("I.", "A.", "1.", "1)", "1.1.", "a)", "-", "+", "")
SHAPES = ("text", "heading", "part", "items", "points", "numbered", "table", "tasks", "targets", "statistics")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Style(Model):
    """How the unit writes: dates inside the text, heading numbers by depth."""

    dates: Literal["short", "long"] = Field("short", description="Ngày trong văn bản: short 16/12/2021, long ngày 16 tháng 12 năm 2021")
    numbering: list[Literal[NUMBERING]] = Field(  # type: ignore[valid-type]
        default_factory=lambda: ["I.", "1.", "a)", "-"],
        description="Cách đánh số đề mục theo cấp: I. / A. / 1. / 1) / 1.1. / a) / - / +")


class Movement(Model):
    """A phong trào thi đua that a heading or point of the outline names."""

    kind: Literal["thuong_xuyen", "chuyen_de"] = Field("thuong_xuyen", description="thường xuyên hoặc chuyên đề (theo đợt)")
    start: str | None = Field(None, description="Bắt đầu: ngày hoặc tháng")
    end: str | None = Field(None, description="Kết thúc: ngày hoặc tháng")


class Column(Model):
    """A table column: its header, relative width and alignment."""

    title: Text
    width: float | None = Field(None, gt=0, le=1000)
    align: Literal["left", "center", "right"] | None = None


def _column(value: object) -> object:
    return {"title": value} if isinstance(value, str) else value


class TableBlock(Model):
    """A table written out: header, rows, an optional totals row (bold)."""

    columns: list[Annotated[Column, BeforeValidator(_column)]] = Field(min_length=1)
    rows: list[list[Cell]] = Field(default_factory=list)
    total: list[Cell] | None = Field(None, description="Hàng cộng (in đậm); với numbered, ô STT ghi \"Cộng\"")
    numbered: bool = Field(False, description="Cột đầu (STT) đánh số tự động; rows không ghi ô STT")
    landscape: bool = Field(False, description="Đặt bảng trong trang nằm ngang")

    @model_validator(mode="after")
    def _cells(self) -> TableBlock:
        width = len(self.columns) - (1 if self.numbered else 0)
        for index, row in enumerate([*self.rows, *([self.total] if self.total else [])]):
            if len(row) != width:
                raise PydanticCustomError("table_cells", "row {row} has {count} cells, expected {expected}",
                                          {"row": index + 1, "count": len(row), "expected": width})
        return self


class TasksView(Model):
    """Where the plan's tasks appear: as a timeline table, lettered points or items."""

    show: Literal["table", "points", "items"] = "items"
    group: Literal["month", "quarter", "semester", "none"] = Field("none", description="Nhóm theo tháng, quý, học kỳ")
    quarter: int | None = Field(None, ge=1, le=4, description="Chỉ các nhiệm vụ của quý này")
    semester: int | None = Field(None, ge=1, le=2, description="Chỉ các nhiệm vụ của học kỳ này")
    columns: dict[Literal["period", "text", "owner", "status"], Text] = Field(
        default_factory=dict, description="Tiêu đề cột của bảng: period, text, owner, status")


class TargetsView(Model):
    """Where the plan's targets (chỉ tiêu) appear, as a table."""

    group: str | None = Field(None, description="Chỉ các chỉ tiêu của nhóm này")
    numbered: bool = True
    columns: dict[Literal["text", "subject", "unit", "planned", "achieved", "ratio", "note"], Text] = Field(
        default_factory=dict, description="Tiêu đề cột: text, subject, unit, planned, achieved, ratio, note")


class StatisticsView(Model):
    """A report's table of titles (registered against achieved) or of awards received."""

    of: Literal["titles", "awards"]
    numbered: bool = True
    columns: dict[Literal["name", "registered", "achieved", "ratio", "collectives", "individuals", "note"], Text] = Field(
        default_factory=dict)


def _node(value: object) -> object:
    """A plain string is a paragraph; `tasks: table` is `tasks: {show: table}`."""
    if isinstance(value, str):
        return {"text": value}
    if isinstance(value, dict):
        shortcuts = {"tasks": "show", "statistics": "of"}
        for key, field in shortcuts.items():
            if isinstance(value.get(key), str):
                value = {**value, key: {field: value[key]}}
        if isinstance(value.get("targets"), str):
            value = {**value, "targets": {"group": value["targets"]}}
    return value


class Node(Model):
    """One piece of an outline (see the module docstring for the shapes)."""

    text: Text | None = Field(None, description="Đoạn văn; với heading: phần chữ viết liền sau đề mục")
    heading: Text | None = Field(None, description="Đề mục, đánh số theo cấp (I., 1., a) …)")
    part: Text | None = Field(None, description="Phần (Phần thứ nhất, …) và tên phần")
    label: str | None = Field(None, description="Số, chữ đầu đề mục viết tay thay cho số tự động; \"\" để bỏ")
    emphasis: Literal["bold", "italic", "bold_italic"] | None = None
    align: Literal["center"] | None = None
    movement: Movement | None = Field(None, description="Đề mục này là một phong trào thi đua")
    body: list[Annotated[Node, BeforeValidator(_node)]] = Field(default_factory=list)
    items: list[Annotated[Node, BeforeValidator(_node)]] = Field(default_factory=list, description="Các dòng gạch đầu dòng")
    points: list[Annotated[Node, BeforeValidator(_node)]] = Field(default_factory=list, description="Các điểm a), b), c) …")
    numbered: list[Annotated[Node, BeforeValidator(_node)]] = Field(default_factory=list, description="Các đoạn 1., 2., 3. …")
    table: TableBlock | None = None
    tasks: TasksView | None = None
    targets: TargetsView | None = None
    statistics: StatisticsView | None = None

    @property
    def shape(self) -> str:
        """What the node is: its one leading key (a heading may carry run-in text and lists)."""
        for key in ("heading", "part", "table", "tasks", "targets", "statistics"):
            if getattr(self, key) is not None:
                return key
        if self.text is not None:
            return "text"
        for key in ("items", "points", "numbered"):
            if getattr(self, key):
                return key
        return "empty"

    @model_validator(mode="after")
    def _one_shape(self) -> Node:
        leading = [k for k in ("heading", "part", "table", "tasks", "targets", "statistics") if getattr(self, k) is not None]
        if len(leading) > 1:
            raise PydanticCustomError("node_shape", "one of {keys}", {"keys": ", ".join(leading)})
        if self.shape == "empty":
            raise PydanticCustomError("node_empty", "empty node", {})
        if leading and leading[0] in ("table", "tasks", "targets", "statistics") and (self.text or self.body):
            raise PydanticCustomError("node_shape", "one of {keys}", {"keys": f"{leading[0]}, text/body"})
        return self


Body = list[Annotated[Node, BeforeValidator(_node)]]


def _lines(value: object) -> object:
    return [value] if isinstance(value, str) else value


class Appendix(Model):
    """A phụ lục after the signature, on a new page: its title lines and its own outline."""

    title: Annotated[list[Text], BeforeValidator(_lines)] = Field(description="Tên phụ lục (một hoặc nhiều dòng)")
    body: Body = Field(default_factory=list)
    landscape: bool = Field(False, description="Trang nằm ngang cho bảng rộng")
