"""A user's template mistakes and runaway templates: `template:line: message`, exit 1."""

from __future__ import annotations

import pytest

from tests.conftest import SEED_PLAN


def render_with(run, tmp_path, text: str | bytes, *extra, name: str = "ke_hoach.j2", others: dict | None = None):
    own = tmp_path / "mau"
    own.mkdir(exist_ok=True)
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    (own / name).write_bytes(data)
    for other, body in (others or {}).items():
        (own / other).write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    result = run("render-plan", SEED_PLAN, "-o", tmp_path / "out", "--templates", own, *extra)
    assert "Traceback" not in result.stdout + result.stderr
    return result, own


@pytest.mark.parametrize("widths", ["0 0", "abc", "nan", "inf", "-3", "1e999", "40:z"])
def test_bad_table_widths(run, tmp_path, widths):
    result, own = render_with(run, tmp_path, f"# I. MỤC ĐÍCH\n\n@table {widths}\n| a |\n")
    assert result.exit_code == 1
    first = widths.split()[0]
    assert result.stderr.startswith(f"{own / 'ke_hoach.j2'}:3: độ rộng cột `{first}` không hợp lệ")
    assert not (tmp_path / "out").exists()


def test_table_without_widths_or_rows(run, tmp_path):
    result, own = render_with(run, tmp_path, "a\n@table\n| x |\n")
    assert result.exit_code == 1 and f"{own / 'ke_hoach.j2'}:2: `@table` cần độ rộng" in result.stderr
    result, own = render_with(run, tmp_path, "a\n\n@table 1 2\n")
    assert result.exit_code == 1 and f"{own / 'ke_hoach.j2'}:3: bảng không có dòng tiêu đề" in result.stderr


def test_a_row_with_the_wrong_number_of_cells_is_found_in_its_file(run, tmp_path):
    result, own = render_with(run, tmp_path, "{% include '_bang.j2' %}\n", others={"_bang.j2": "x\n@table 1 2\n| a | b |\n| c |\n"})
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{own / '_bang.j2'}:4: bảng có 2 cột, dòng này có 1")


def test_a_generated_line_is_named_by_its_rendered_line(run, tmp_path):
    result, own = render_with(run, tmp_path, "a\n{{ '@table' }} {% for w in ['1', 'x'] %}{{ w }} {% endfor %}\n".replace("{{ '@table' }}", "@table"))
    assert result.exit_code == 1
    assert "độ rộng cột" in result.stderr


@pytest.mark.parametrize(("text", "line", "words"), [
    ("a\nb\n{{ 1/0 }}\n", 3, "chia cho 0"),
    ("{% for i in range(10**9) %}x{% endfor %}\n", 1, "range() quá lớn: 1000000000 phần tử, tối đa 100000"),
    ("a\n{{ 'x' * 10**9 }}\n", 2, "mẫu sinh ra quá nhiều chữ"),
    ("a\n{{ [0] * 10**9 }}\n", 2, "mẫu sinh ra quá nhiều chữ"),
    ("{{ 10 ** 10000000 }}\n", 1, "số quá lớn"),
    ("a\n{{ 'x'|center(10**9) }}\n", 2, "`center` nhận giá trị 1000000000, quá lớn"),
    ("{{ '%999999999d' % 1 }}\n", 1, "quá lớn"),
    ("{% set ns = namespace(s='x') %}\n{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}\n", 2, "mẫu sinh ra quá nhiều chữ"),
    ("{% set ns = namespace(s=[0]) %}\n{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}\n", 2, "mẫu sinh ra quá nhiều chữ"),
    ("a\n{% include 'ke_hoach.j2' %}\n", 2, "mẫu gọi lại chính nó không dừng"),
    ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}\n{{ f(0) }}\n", 1, "mẫu gọi lại chính nó không dừng"),
    ("{{ ''.__class__.__mro__ }}\n", 1, "mẫu làm việc không được phép"),
    ("{{ lipsum(10**6) }}\n", 1, "không có biến `lipsum`"),
    ("{{ khong_co }}\n", 1, "không có biến `khong_co`"),
    ("a\n{{ unit.khong_co }}\n", 2, "không có trường `khong_co`"),
    ("{% for x in %}\n", 1, "lỗi cú pháp mẫu"),
    ("".join(f"{{% for x{n} in purposes %}}" for n in range(25)) + "{% endfor %}" * 25, None, "các khối lồng nhau quá sâu"),
    ("{{ year|dmy }}\n", 1, "lỗi khi dựng mẫu: TypeError"),
])
def test_template_mistakes(run, tmp_path, text, line, words):
    result, own = render_with(run, tmp_path, text)
    assert result.exit_code == 1, result.stderr
    assert result.stderr.startswith(f"{own / 'ke_hoach.j2'}:{line}: " if line else f"{own / 'ke_hoach.j2'}: ")
    assert words in result.stderr
    assert "\n  gợi ý: " in result.stderr  # every mistake comes with a hint


def test_a_runaway_template_has_a_hint_in_english_too(run, tmp_path):
    result, own = render_with(run, tmp_path, "a\n{% include 'ke_hoach.j2' %}\n", "--lang", "en")
    assert result.stderr.strip() == (f"{own / 'ke_hoach.j2'}:2: the template calls itself without end (include, extends or macro nested forever)\n"
                                     "  hint: a macro, include or extends needs a condition that stops it; a template does not include itself")


def test_english_wording(run, tmp_path):
    result, own = render_with(run, tmp_path, "a\n{{ 1/0 }}\n", "--lang", "en")
    assert result.stderr.strip() == (f"{own / 'ke_hoach.j2'}:2: division by zero\n"
                                     "  hint: check the divisor with an `if` before dividing")


def test_non_utf8_template(run, tmp_path):
    result, own = render_with(run, tmp_path, "dòng 1\ndòng 2\n".encode() + "dòng 3\n".encode("latin-1"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{own / 'ke_hoach.j2'}:3: tệp mẫu không phải mã hóa UTF-8")
    assert "lưu lại tệp với mã hóa UTF-8" in result.stderr


def test_non_utf8_included_template(run, tmp_path):
    result, own = render_with(run, tmp_path, "a\n{% include '_x.j2' %}\n", others={"_x.j2": b"\xff\n"})
    assert result.exit_code == 1 and result.stderr.startswith(f"{own / '_x.j2'}:1: tệp mẫu không phải mã hóa UTF-8")


def test_missing_include(run, tmp_path):
    result, own = render_with(run, tmp_path, "a\n{% include '_khong_co.j2' %}\n")
    assert result.exit_code == 1 and result.stderr == (
        f"{own / 'ke_hoach.j2'}:2: không tìm thấy mẫu `_khong_co.j2`\n"
        "  gợi ý: kiểm tra tên tệp .j2 trong `include`, `import` hoặc `extends` ở dòng này; mẫu riêng đặt cạnh mẫu này\n")
    assert not (tmp_path / "out").exists()


def test_template_too_large(run, tmp_path, monkeypatch):
    monkeypatch.setattr("tdkt.markup.templates.MAX_TEMPLATE_BYTES", 100)
    result, own = render_with(run, tmp_path, "x" * 200)
    assert result.exit_code == 1 and result.stderr.startswith(f"{own / 'ke_hoach.j2'}: tệp mẫu quá lớn")


def test_a_template_that_runs_too_long_is_stopped(run, tmp_path, monkeypatch):
    monkeypatch.setattr("tdkt.markup.templates.MAX_SECONDS", 0.5)
    loops = "a\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n"
    result, own = render_with(run, tmp_path, loops)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{own / 'ke_hoach.j2'}:2: mẫu chạy quá 0.5 giây; đã dừng")


def test_a_loop_over_data_is_stopped_too(run, tmp_path, monkeypatch):
    monkeypatch.setattr("tdkt.markup.templates.MAX_SECONDS", 0.5)
    loops = "".join(f"{{% for x{n} in focus_duties %}}" for n in range(15)) + "{{ '' }}" + "{% endfor %}" * 15
    result, own = render_with(run, tmp_path, loops)
    assert result.exit_code == 1 and "mẫu chạy quá 0.5 giây" in result.stderr


def test_silent_loops_over_data_are_stopped_too(run, tmp_path, monkeypatch):
    monkeypatch.setattr("tdkt.markup.templates.MAX_SECONDS", 0.5)
    loops = "".join(f"{{% for x{n} in focus_duties %}}" for n in range(15)) + "{% endfor %}" * 15
    result, own = render_with(run, tmp_path, loops)
    assert result.exit_code == 1 and "mẫu chạy quá 0.5 giây" in result.stderr


def test_a_template_that_produces_too_much_is_stopped(run, tmp_path, monkeypatch):
    monkeypatch.setattr("tdkt.markup.templates.MAX_CHARACTERS", 1_000_000)
    result, own = render_with(run, tmp_path, "{% for i in range(100000) %}{{ 'x' * 100 }}\n{% endfor %}")
    assert result.exit_code == 1
    assert "mẫu sinh ra quá nhiều chữ (giới hạn 1000000 ký tự); đã dừng" in result.stderr


def test_shipped_templates_render_well_within_the_limits(run, tmp_path, monkeypatch):
    monkeypatch.setattr("tdkt.markup.templates.MAX_SECONDS", 5)
    result = run("render-plan", SEED_PLAN, "-o", tmp_path)
    assert result.exit_code == 0


@pytest.mark.parametrize("text", ["", "\n  \n"])
def test_an_emptied_template_is_a_mistake_not_an_empty_document(run, tmp_path, text):
    result, own = render_with(run, tmp_path, text)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{own / 'ke_hoach.j2'}: tệp mẫu rỗng: văn bản sẽ trống\n  gợi ý: chép lại mẫu có sẵn")
    assert not (tmp_path / "out").exists()


def test_a_template_beside_the_plan_is_named_as_the_plan_was(run, tmp_path, monkeypatch):
    unit = tmp_path / "don-vi"
    (unit / "templates").mkdir(parents=True)
    (unit / "2022.yaml").write_bytes(SEED_PLAN.read_bytes())
    (unit / "templates" / "ke_hoach.j2").write_text("a\n{{ khong_co }}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("render-plan", "don-vi/2022.yaml", "-o", "out")
    assert result.exit_code == 1
    assert result.stderr.startswith("don-vi/templates/ke_hoach.j2:2: không có biến `khong_co`\n")
    assert not (tmp_path / "out").exists()
