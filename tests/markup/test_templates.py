"""Template lookup, strictness, sandbox, and errors reported as template:line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tdkt.markup.templates import (
    TemplateProblem,
    TemplateSource,
    ended,
    letter,
    render,
    shipped_folder,
)


def source_with(tmp_path: Path, name: str, text: str) -> TemplateSource:
    (tmp_path / f"{name}.j2").write_text(text, encoding="utf-8")
    return TemplateSource((tmp_path, shipped_folder()))


def test_undefined_variable_is_reported_with_template_line(tmp_path):
    src = source_with(tmp_path, "t", "dòng 1\ndòng 2\n{{ khong_co }}\n")
    with pytest.raises(TemplateProblem) as info:
        render("t", {}, src)
    assert info.value.template.endswith("t.j2") and info.value.line == 3
    assert "khong_co" in info.value.detail


def test_syntax_error_is_reported_with_template_line(tmp_path):
    src = source_with(tmp_path, "t", "a\n{% for x in y %}\nb\n")
    with pytest.raises(TemplateProblem) as info:
        render("t", {"y": []}, src)
    assert info.value.line is not None and str(info.value).startswith(str(tmp_path / "t.j2"))


def test_user_templates_run_in_the_sandbox(tmp_path):
    src = source_with(tmp_path, "t", "{{ ''.__class__.__mro__ }}\n")
    with pytest.raises(TemplateProblem):
        render("t", {}, src)


def test_user_folder_overrides_the_shipped_template(tmp_path):
    src = source_with(tmp_path, "ke_hoach", "# MẪU RIÊNG\n")
    assert render("ke_hoach", {}, src).startswith("# MẪU RIÊNG")


def test_templates_beside_the_plan_are_found(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "ke_hoach.j2").write_text("riêng\n", encoding="utf-8")
    src = TemplateSource.for_plan(tmp_path / "2022.yaml")
    assert src.folders[0] == (tmp_path / "templates").resolve()
    explicit = TemplateSource.for_plan(tmp_path / "2022.yaml", override=Path("/x"))
    assert explicit.folders[0] == Path("/x")


def test_dict_keys_are_read_as_fields_but_its_methods_come_first(tmp_path):
    src = source_with(tmp_path, "t", "{{ row.name }} {{ row['items'] }} {{ row.items is callable }}\n")
    text = render("t", {"row": {"name": "Lan", "items": [1]}}, src)
    assert text.replace("\ue000", "").replace("\ue001", "") == "Lan [1] True\n"


def test_filters():
    assert [letter(i) for i in range(1, 8)] == ["a", "b", "c", "d", "đ", "e", "g"]
    assert ended("Lưu: VT;", ".") == "Lưu: VT."
    src = TemplateSource((shipped_folder(),))
    from tdkt.markup.templates import environment

    env = environment(src)
    out = env.from_string("{{ d|long_date }} {{ d|dmy }} {{ 4|roman }}").render(d=date(2022, 1, 6))
    assert out.replace("\ue000", "").replace("\ue001", "") == "ngày 06 tháng 01 năm 2022 06/01/2022 IV"


def test_every_shipped_template_parses():
    from tdkt.markup.templates import environment

    env = environment(TemplateSource((shipped_folder(),)))
    names = sorted(p.name for p in shipped_folder().glob("*.j2"))
    assert "ke_hoach.j2" in names
    for name in names:
        env.get_template(name)


def test_one_environment_per_source_so_templates_compile_once():
    from tdkt.markup.templates import MAX_SECONDS, _shared, _user_files, render

    source = TemplateSource((shipped_folder(),))
    render("phu_luc", {"blocks": [], "style": {}}, source)
    env = _shared(source, MAX_SECONDS, _user_files(source))
    compiled = env.get_template("phu_luc.j2")
    render("phu_luc", {"blocks": [], "style": {}}, TemplateSource((shipped_folder(),)))
    assert _shared(source, MAX_SECONDS, _user_files(source)) is env
    assert env.get_template("phu_luc.j2") is compiled
