"""rollup.yaml: the office doing the roll-up, what units decide themselves, the sector's caps.

    office:
      name: Sở Lao động - Thương binh và Xã hội      # the issuer of the roll-up documents
      parent: Ủy ban nhân dân tỉnh Sơn La
      abbreviation: SLĐTBXH                           # in `Số: …/DS-SLĐTBXH`
      place: Sơn La
      level: co_so              # what its head decides: co_so (Điều 80) or bo_tinh (Điều 79)
      aliases: [Sở Lao động - TB&XH tỉnh Sơn La]       # other names units write in "Kính gửi"
      receiver: Bộ Nội vụ                             # "Đơn vị nhận báo cáo" on the forms
      signer: {name: Nguyễn Văn A, position: Giám đốc}
      preparer: Đinh Thị Lan                          # "Người lập biểu" on the forms
    units_decide: [LDTT, GK]      # titles the units' own heads decide (left out by default)
    caps:
      - {title: CSTDCS, percent: 15, of: LDTT, source: Điều 5 Quyết định 36/2017/QĐ-UBND}
      - {title: BKT, max: 20, source: Công văn 123/SNV-TĐKT}

The file is looked for in the output folder, then in the first folder rolled up; `--issuer`
and `--place` on the command line take precedence over `office.name` and `office.place`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from tdkt.plan.models import Abbreviation, Model, Text, Texts, TitleRef
from tdkt.plan.problems import Problem
from tdkt.plan.yamlsource import Source, load_file
from tdkt.plan_files import ROLLUP_NAME as NAME


class Signer(Model):
    name: Text | None = None
    position: Text | None = None


class Office(Model):
    """The office doing the roll-up."""

    name: Text | None = None
    parent: Texts = Field(default_factory=list)
    abbreviation: Abbreviation | None = None
    place: Text | None = None
    level: Literal["co_so", "bo_tinh"] = Field("co_so", description="Thẩm quyền của thủ trưởng cơ quan tổng hợp")
    aliases: list[Text] = Field(default_factory=list)
    receiver: Text | None = None
    signer: Signer | None = None
    preparer: Text | None = None


class Cap(Model):
    """A sector-wide cap on one title: a number, or a share of people or of another title."""

    title: TitleRef
    max: int | None = Field(None, ge=0, le=10_000_000)
    percent: Decimal | None = Field(None, ge=0, le=100)
    of: TitleRef = Field("people", description="people (số người của các đơn vị) hoặc mã danh hiệu")
    counts: Literal["proposals", "registrations"] = "proposals"
    source: Text


class Config(Model):
    office: Office = Field(default_factory=Office)
    units_decide: list[TitleRef] = Field(default_factory=list)
    caps: list[Cap] = Field(default_factory=list)


@dataclass
class Loaded:
    """The configuration, where it came from, and its problems (placed by the caller)."""

    config: Config
    source: Source | None = None
    problems: list[Problem] = field(default_factory=list)


def find(output: Path, folders: list[Path]) -> Path | None:
    """rollup.yaml in the output folder, else in the first folder rolled up."""
    for folder in [output, *folders[:1]]:
        candidate = folder / NAME
        if candidate.is_file():
            return candidate
    return None


def load(path: Path | None) -> Loaded:
    """Read rollup.yaml (or nothing): its problems are returned, never raised."""
    if path is None:
        return Loaded(Config())
    from tdkt.plan.pydantic_errors import translate

    source = load_file(path, empty="rollup_file_empty")
    problems = list(source.problems)
    if source.fatal:
        return Loaded(Config(), source, problems)
    data = source.data if source.data is not None else {}
    if not isinstance(data, dict):
        return Loaded(Config(), source, problems + [Problem("expected_mapping", (), {"field": NAME})])
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        return Loaded(Config(), source, problems + translate(exc.errors(include_url=False), Config, data))
    for index, cap in enumerate(config.caps):
        if (cap.max is None) == (cap.percent is None):
            problems.append(Problem("rollup_cap_shape", ("caps", index), {"title": cap.title}))
    return Loaded(config, source, problems)
