"""The Jinja2 environment for document templates: strict, sandboxed, data kept inert.

Every `{{ value }}` is wrapped by `finalize` in private-use sentinels, so the markup parser
can tell template text (which may carry structure: `# `, `- `, `**`) from data (which is
always shown as text, whatever it contains). Newlines inside data become in-paragraph
line breaks, never new paragraphs.
"""

from __future__ import annotations

import functools
import os
import re
import time
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import jinja2
from jinja2.compiler import CodeGenerator
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from tdkt.documents.figures import count, percent
from tdkt.errors import UserError
from tdkt.plan.dates import dmy, long_date, month_year, roman

# Private-use characters: a value's start and end, and a line break or a `|` inside it
# (so a table row splits on its bars alone, and a value never ends a paragraph).
DATA_OPEN, DATA_CLOSE, DATA_NEWLINE, DATA_BAR = "\ue000", "\ue001", "\ue002", "\ue003"
_SPECIAL = re.compile("[\ue000-\ue003\n|]")
_AS_DATA = {"\n": DATA_NEWLINE, "|": DATA_BAR}  # sentinels found in a value are dropped
VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"
SUFFIX = ".j2"

# What one render may take: far above any real document (the 20,000-person benchmark
# renders in about a second and a few MB), far below what would hang or exhaust a machine.
MAX_SECONDS = 30.0
MAX_CHARACTERS = 50_000_000  # rendered text, and any one string or list a template builds
MAX_TEMPLATE_BYTES = 2_000_000
MAX_RANGE = 100_000  # items of one range()
MAX_ARGUMENT = 100_000  # a width or count given to a filter (center, indent, truncate…)

TEXTS = {
    "vi": {
        "hint": "gợi ý",
        "not_found": "không tìm thấy mẫu",
        "not_found.hint": "kiểm tra tên tệp .j2; mẫu riêng đặt trong templates/ cạnh tệp kế hoạch hoặc trong thư mục --templates",
        "empty_template": "tệp mẫu rỗng: văn bản sẽ trống",
        "empty_template.hint": "chép lại mẫu có sẵn cùng tên (thư mục templates/ của tdkt) rồi sửa; muốn dùng mẫu có sẵn thì xóa tệp này",
        "included_not_found": "không tìm thấy mẫu `{name}`",
        "included_not_found.hint": "kiểm tra tên tệp .j2 trong `include`, `import` hoặc `extends` ở dòng này; mẫu riêng đặt cạnh mẫu này",
        "syntax": "lỗi cú pháp mẫu: {detail}",
        "syntax.hint": "kiểm tra dấu ngoặc và các cặp thẻ mở, đóng (`if`/`endif`, `for`/`endfor`) ở dòng này và các dòng trên",
        "undefined": "không có biến hoặc trường này: {detail}",
        "undefined.hint": "kiểm tra chính tả; mẫu có sẵn cùng tên (thư mục templates/ của tdkt) cho thấy các biến và trường dùng được",
        "undefined_name": "không có biến `{name}`",
        "undefined_name.hint": "kiểm tra chính tả; mẫu này nhận các biến: {names}",
        "undefined_field": "không có trường `{name}`",
        "undefined_field.hint": "kiểm tra chính tả; mẫu có sẵn cùng tên (thư mục templates/ của tdkt) cho thấy các trường dùng được",
        "unsafe": "mẫu làm việc không được phép: {detail}",
        "unsafe.hint": "mẫu chỉ đọc dữ liệu của kế hoạch; bỏ lời gọi hàm, thuộc tính bắt đầu bằng `_` hoặc việc sửa dữ liệu",
        "zero_division": "chia cho 0",
        "zero_division.hint": "kiểm tra số chia bằng `if` trước khi chia",
        "number_too_large": "số quá lớn: {detail}",
        "number_too_large.hint": "kiểm tra phép nhân, lũy thừa (`**`) ở dòng này",
        "range_too_big": "range() quá lớn: {count} phần tử, tối đa {limit}",
        "range_too_big.hint": "vòng lặp chỉ cần chạy trên danh sách của kế hoạch, vd. `for person in people`",
        "argument_too_large": "`{filter}` nhận giá trị {value}, quá lớn (tối đa {limit})",
        "argument_too_large.hint": "ghi một số nhỏ hơn, vd. độ rộng tính bằng ký tự của một dòng",
        "too_deep": "mẫu gọi lại chính nó không dừng (include, extends hoặc macro lồng vô hạn)",
        "too_deep.hint": "macro, include hoặc extends phải có điều kiện dừng; một mẫu không include chính nó",
        "not_utf8": "tệp mẫu không phải mã hóa UTF-8",
        "not_utf8.hint": "lưu lại tệp với mã hóa UTF-8",
        "template_too_large": "tệp mẫu quá lớn (giới hạn {limit} byte)",
        "template_too_large.hint": "mẫu chỉ chứa lời văn và thẻ; dữ liệu đặt trong tệp kế hoạch",
        "too_much_output": "mẫu sinh ra quá nhiều chữ (giới hạn {limit} ký tự); đã dừng",
        "too_much_output.hint": "kiểm tra các vòng lặp và phép nhân chuỗi (`'x' * n`)",
        "too_slow": "mẫu chạy quá {limit} giây; đã dừng",
        "too_slow.hint": "kiểm tra các vòng lặp `for` lồng nhau",
        "failed": "lỗi khi dựng mẫu: {detail}",
        "failed.hint": "so với mẫu có sẵn cùng tên (thư mục templates/ của tdkt) ở dòng này",
        "nested_too_deep": "các khối lồng nhau quá sâu (`for`, `if`…: tối đa khoảng 20 cấp)",
        "nested_too_deep.hint": "tách phần lồng sâu ra một macro hoặc một tệp `_….j2` riêng rồi include",
        # the line markup (tdkt.markup.parse)
        "table_columns": "bảng có {expected} cột, dòng này có {found}",
        "table_columns.hint": "mỗi dòng của bảng có đủ số ô như dòng tiêu đề, ngăn cách bằng `|`",
        "table_no_header": "bảng không có dòng tiêu đề",
        "table_no_header.hint": "dòng đầu tiên sau `@table` là dòng tiêu đề, các ô ngăn cách bằng `|`",
        "table_no_columns": "`@table` cần độ rộng của từng cột, vd. `@table 6:c 40 20`",
        "table_no_columns.hint": "xem mẫu có sẵn `_bang.j2`",
        "table_width": "độ rộng cột `{value}` không hợp lệ: cần một số dương, vd. `6` hoặc `40:c`",
        "table_width.hint": "xem mẫu có sẵn `_bang.j2`",
        "rendered_line": "{message} (dòng {line} của văn bản đã dựng)",
    },
    "en": {
        "hint": "hint",
        "not_found": "template not found",
        "not_found.hint": "check the .j2 file name; your own templates go in templates/ beside the plan file or in the --templates folder",
        "empty_template": "the template file is empty: the document would be empty",
        "empty_template.hint": "copy the shipped template of the same name (tdkt's templates/) and edit it; to use the shipped one, delete this file",
        "included_not_found": "template `{name}` not found",
        "included_not_found.hint": "check the .j2 file name in the `include`, `import` or `extends` on this line; your own templates go beside this one",
        "syntax": "template syntax error: {detail}",
        "syntax.hint": "check the brackets and the opening and closing tags (`if`/`endif`, `for`/`endfor`) on this line and above",
        "undefined": "no such variable or field: {detail}",
        "undefined.hint": "check the spelling; the shipped template of the same name (tdkt's templates/) shows the variables and fields in use",
        "undefined_name": "there is no variable `{name}`",
        "undefined_name.hint": "check the spelling; this template receives the variables: {names}",
        "undefined_field": "there is no field `{name}`",
        "undefined_field.hint": "check the spelling; the shipped template of the same name (tdkt's templates/) shows the fields in use",
        "unsafe": "the template does something not allowed: {detail}",
        "unsafe.hint": "a template only reads the plan's data; remove the call, the attribute starting with `_` or the change of data",
        "zero_division": "division by zero",
        "zero_division.hint": "check the divisor with an `if` before dividing",
        "number_too_large": "number too large: {detail}",
        "number_too_large.hint": "look at the multiplication or power (`**`) on this line",
        "range_too_big": "range() too large: {count} items, at most {limit}",
        "range_too_big.hint": "loop over the plan's lists instead, e.g. `for person in people`",
        "argument_too_large": "`{filter}` is given {value}, too large (at most {limit})",
        "argument_too_large.hint": "give a smaller number, e.g. a line's width in characters",
        "too_deep": "the template calls itself without end (include, extends or macro nested forever)",
        "too_deep.hint": "a macro, include or extends needs a condition that stops it; a template does not include itself",
        "not_utf8": "the template file is not UTF-8",
        "not_utf8.hint": "save the file as UTF-8",
        "template_too_large": "the template file is too large (limit {limit} bytes)",
        "template_too_large.hint": "a template holds wording and tags only; the data belongs in the plan file",
        "too_much_output": "the template produces too much text (limit {limit} characters); stopped",
        "too_much_output.hint": "look at the loops and at string multiplication (`'x' * n`)",
        "too_slow": "the template ran longer than {limit} seconds; stopped",
        "too_slow.hint": "look at nested `for` loops",
        "failed": "the template failed: {detail}",
        "failed.hint": "compare this line with the shipped template of the same name (tdkt's templates/)",
        "nested_too_deep": "blocks nested too deeply (`for`, `if`…: about 20 levels at most)",
        "nested_too_deep.hint": "move the deeply nested part into a macro or its own `_….j2` file and include it",
        "table_columns": "the table has {expected} columns, this row has {found}",
        "table_columns.hint": "every row of the table has as many cells as the header row, parted by `|`",
        "table_no_header": "the table has no header row",
        "table_no_header.hint": "the first line after `@table` is the header row, its cells parted by `|`",
        "table_no_columns": "`@table` needs the width of each column, e.g. `@table 6:c 40 20`",
        "table_no_columns.hint": "see the shipped template `_bang.j2`",
        "table_width": "column width `{value}` is not valid: it must be a positive number, e.g. `6` or `40:c`",
        "table_width.hint": "see the shipped template `_bang.j2`",
        "rendered_line": "{message} (line {line} of the rendered text)",
    },
}


class TemplateProblem(UserError):
    """A mistake in a template, reported as `template:line: message` (exit 1)."""

    texts = TEXTS

    def __init__(self, template: str, line: int | None, key: str, rendered_line: int | None = None, **params: object):
        super().__init__(key, where=f"{template}:{line}" if line else template, **params)
        self.template, self.line, self.rendered_line = template, line, rendered_line

    def message(self, lang: str) -> str:
        text = super().message(lang)
        if self.rendered_line is None:
            return text
        return self.texts[lang]["rendered_line"].format(message=text, line=self.rendered_line)

    @property
    def detail(self) -> str:
        """The message without its place, in Vietnamese."""
        return self.texts["vi"][self.key].format(**self.params)


class _Limit(Exception):
    """A render stopped by one of the limits above (becomes a TemplateProblem)."""

    def __init__(self, key: str, **params: object):
        super().__init__(key)
        self.key, self.params = key, params


class _Budget:
    """The time one render may still take, checked at every block entered (each loop step),
    call, filter, operator and `range()` step."""

    def __init__(self, seconds: float):
        self.seconds, self.deadline = seconds, time.monotonic() + seconds

    def restart(self) -> None:
        """A new render: the whole time again."""
        self.deadline = time.monotonic() + self.seconds

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise _Limit("too_slow", limit=f"{self.seconds:g}")


def _check_size(value: object) -> object:
    if isinstance(value, (str, list, tuple, bytes)) and len(value) > MAX_CHARACTERS:
        raise _Limit("too_much_output", limit=MAX_CHARACTERS)
    return value


class _Range:
    """`range()` for templates: limited in size, and each step counts against the budget."""

    def __init__(self, budget: _Budget, *args: int):
        self.items = range(*args)
        if len(self.items) > MAX_RANGE:
            raise _Limit("range_too_big", count=len(self.items), limit=MAX_RANGE)
        self.budget = budget

    def __iter__(self):
        for item in self.items:
            self.budget.tick()
            yield item

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __contains__(self, item) -> bool:
        return item in self.items

    def __reversed__(self):
        return reversed(self.items)


class _Ticking(CodeGenerator):
    """Compiled templates that count every block they enter (each step of a loop, each
    branch taken, each macro call) against the render's budget."""

    def blockvisit(self, nodes, frame) -> None:
        self.writeline("environment.budget.tick()")
        super().blockvisit(nodes, frame)

    def visit_Concat(self, node, frame) -> None:
        """`a ~ b` joined, then measured: a string doubled in a loop stops at the size cap."""
        self.write("environment.sized(")
        super().visit_Concat(node, frame)
        self.write(")")


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox with a budget: blocks, calls and the operators that can build huge values are checked."""

    code_generator_class = _Ticking

    intercepted_binops = frozenset({"+", "*", "**", "%"})  # also keeps Jinja from folding them at compile time
    sized = staticmethod(_check_size)

    def __init__(self, budget: _Budget, **options):
        super().__init__(**options)
        self.budget = budget

    def getattr(self, obj, attribute):
        """`row.name` on the plain dicts of a document's data: the key, looked up directly
        (the sandbox would first try, and fail, an attribute). A dict's own methods
        (`items`, `keys` …) still come first, as in Jinja."""
        if type(obj) is dict and attribute in obj and attribute not in _DICT_ATTRIBUTES:
            return obj[attribute]
        return super().getattr(obj, attribute)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's signature)
        __self.budget.tick()
        return _check_size(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context, operator, left, right):
        self.budget.tick()
        if operator == "**" and _is_number(left) and _is_number(right) and abs(left) > 1 and abs(right) > 1000:
            raise _Limit("number_too_large", detail=f"{left} ** {right}")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and len(seq) * times > MAX_CHARACTERS:
                    raise _Limit("too_much_output", limit=MAX_CHARACTERS)
        if operator == "%" and isinstance(left, str):
            widths = [int(w) for w in re.findall(r"%[-+ #0]*(\d+)", left)]
            if widths and max(widths) > MAX_ARGUMENT:
                raise _Limit("argument_too_large", filter="%", value=max(widths), limit=MAX_ARGUMENT)
        return _check_size(super().call_binop(context, operator, left, right))


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class _Loader(jinja2.FileSystemLoader):
    """Template files: UTF-8 and of a sane size, or a TemplateProblem naming the file."""

    def get_source(self, environment, template):
        path = self._path(template)
        if path is not None and path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateProblem(str(path), None, "template_too_large", limit=MAX_TEMPLATE_BYTES)
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError as exc:
            line = exc.object[:exc.start].count(b"\n") + 1
            raise TemplateProblem(str(path or template), line, "not_utf8") from None

    def _path(self, template: str) -> Path | None:
        for folder in self.searchpath:
            candidate = Path(folder, *jinja2.loaders.split_template_path(template))
            if candidate.is_file():
                return candidate
        return None


@dataclass(frozen=True)
class TemplateSource:
    """Where templates are looked up, first match wins: user folders, then the shipped ones."""

    folders: tuple[Path, ...]

    @classmethod
    def for_plan(cls, plan_path: Path, override: Path | None = None) -> TemplateSource:
        """--templates DIR, then `templates/` beside the plan, then the defaults."""
        folders = [override] if override else []
        beside = plan_path.parent / "templates"  # as the plan was named: messages name it so
        if beside.is_dir() and beside.resolve() != shipped_folder().resolve():
            folders.append(beside)
        return cls(tuple(folders) + (shipped_folder(),))


def shipped_folder() -> Path:
    """The default templates: inside the installed package, or at the top of a checkout."""
    inside = Path(str(resources.files("tdkt"))) / "templates"
    return inside if inside.is_dir() else Path(__file__).resolve().parents[2] / "templates"


def inert(value: object) -> str:
    """Finalize hook: data becomes sentinel-wrapped text that the markup never interprets."""
    text = "" if value is None else str(value)
    if _SPECIAL.search(text):  # rare: most values are plain text
        text = _SPECIAL.sub(lambda m: _AS_DATA.get(m.group(), ""), text.replace("\r\n", "\n"))
    return f"{DATA_OPEN}{text}{DATA_CLOSE}"


def letter(index: int) -> str:
    """The n-th điểm letter in Vietnamese alphabet order: a, b, c, d, đ, e, g, …"""
    return VIETNAMESE_LETTERS[index - 1]


def ended(text: str, mark: str = ".") -> str:
    """Text ending in exactly one punctuation mark."""
    return str(text).rstrip().rstrip(";.,:") + mark


def _format_date(value: object, form: str) -> str:
    if not isinstance(value, date):
        raise TypeError(f"expected a date, got {value!r}")
    return long_date(value) if form == "long" else dmy(value)


def environment(source: TemplateSource, seconds: float | None = None) -> jinja2.Environment:
    """A sandboxed environment with strict undefined variables, tdkt's filters and a budget
    (`render` shares one per source and state of the user's templates, see `_shared`)."""
    budget = _Budget(MAX_SECONDS if seconds is None else seconds)

    env = _Sandbox(
        budget,
        loader=_Loader([str(f) for f in source.folders], encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        finalize=inert,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        roman=roman,
        letter=letter,
        ended=ended,
        long_date=lambda v: _format_date(v, "long"),
        dmy=lambda v: _format_date(v, "short"),
        month_year=month_year,
        percent=percent,
        count=count,
    )
    env.filters = {name: _guarded(name, f, budget) for name, f in env.filters.items()}
    env.globals["range"] = functools.partial(_Range, budget)
    env.globals.pop("lipsum", None)  # placeholder text, of any size: no place in an official document
    return env


def _guarded(name: str, function, budget: _Budget):
    """A filter that counts against the budget and refuses huge widths and counts."""
    skip = 2 if hasattr(function, "jinja_pass_arg") else 1  # the context or environment, then the value

    @functools.wraps(function)
    def guarded(*args, **kwargs):
        budget.tick()
        for value in [*args[skip:], *kwargs.values()]:
            if _is_number(value) and abs(value) > MAX_ARGUMENT:
                raise _Limit("argument_too_large", filter=name, value=value, limit=MAX_ARGUMENT)
        return _check_size(function(*args, **kwargs))

    return guarded


@functools.lru_cache(maxsize=16)
def _shared(source: TemplateSource, seconds: float, files: tuple) -> jinja2.Environment:
    """One environment per template source and state of the user's template files, so that
    in a process (a batch's worker, `--watch`) each template is compiled once."""
    return environment(source, seconds)


def _user_files(source: TemplateSource) -> tuple:
    """(name, time, size) of every template in the user's folders: a template saved, added or
    removed there makes a new environment (Jinja alone would keep using a shipped one it had
    found before a user's file of that name appeared). The shipped ones do not change in a run."""
    found = []
    shipped = shipped_folder()
    for folder in (f for f in source.folders if f != shipped):
        for root, _, names in os.walk(folder):
            for name in names:
                if name.endswith(SUFFIX):
                    try:
                        stat = os.stat(os.path.join(root, name))
                    except OSError:
                        continue
                    found.append((os.path.join(root, name), stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(found))


def render(name: str, context: dict, source: TemplateSource, seconds: float | None = None) -> str:
    """Render template `name` (without suffix) to markup text; mistakes become TemplateProblem."""
    env = _shared(source, MAX_SECONDS if seconds is None else seconds, _user_files(source))
    env.budget.restart()
    filename = where = name + SUFFIX
    try:
        template = env.get_template(filename)
        where = template.filename or filename
        if not env.loader.get_source(env, filename)[0].strip():  # a user's file emptied by mistake
            raise TemplateProblem(where, None, "empty_template")
        return _collect(template.generate(context))
    except TemplateProblem:
        raise
    except jinja2.TemplateNotFound as exc:
        missing = exc.name or filename
        if missing == filename:
            raise TemplateProblem(filename, None, "not_found") from None
        raise TemplateProblem(*_template_frame(exc, where), "included_not_found", name=missing) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(exc.filename or filename, exc.lineno, "syntax", detail=exc.message or "?") from None
    except SyntaxError:  # Python's own limits on the compiled template
        path = env.loader._path(filename)
        raise TemplateProblem(str(path or filename), None, "nested_too_deep") from None
    except _Limit as exc:
        raise TemplateProblem(*_template_frame(exc, where), exc.key, **exc.params) from None
    except RecursionError as exc:
        raise TemplateProblem(*_template_frame(exc, where), "too_deep") from None
    except Exception as exc:  # whatever a template's expression raises is the template's mistake
        key, params = _wording(exc)
        if key == "undefined_name":
            params["names"] = ", ".join(sorted(context))
        raise TemplateProblem(*_template_frame(exc, where), key, **params) from None


def _collect(chunks) -> str:
    """The rendered text, stopped once it grows past MAX_CHARACTERS. (Time is counted where it
    can be spent: each loop step, call, filter and operator; an output outside them is one of
    the template's own, finitely many.)"""
    parts, size = [], 0
    add = parts.append
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_CHARACTERS:
            raise _Limit("too_much_output", limit=MAX_CHARACTERS)
        add(chunk)
    return "".join(parts)


def _wording(exc: Exception) -> tuple:
    """The message key and params for an exception raised while rendering."""
    detail = str(exc)[:200]
    if isinstance(exc, jinja2.UndefinedError):
        named = re.fullmatch(r"'([^']*)' is undefined", detail)
        field = re.search(r"has no attribute '([^']*)'", detail)
        if named or field:
            return ("undefined_name", {"name": named.group(1)}) if named else ("undefined_field", {"name": field.group(1)})
        return "undefined", {"detail": detail}
    if isinstance(exc, SecurityError):
        return "unsafe", {"detail": detail}
    if isinstance(exc, ZeroDivisionError):
        return "zero_division", {}
    if isinstance(exc, OverflowError):
        return "number_too_large", {"detail": detail}
    if isinstance(exc, MemoryError):
        return "too_much_output", {"limit": MAX_CHARACTERS}
    return "failed", {"detail": f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__}


def markup_problem(name: str, source: TemplateSource, problem) -> TemplateProblem:
    """A markup mistake (tdkt.markup.parse.MarkupProblem) placed in the template file that
    holds its line; failing that, the template named with the rendered line number."""
    wanted = problem.line.strip()
    env = environment(source)
    names = [name + SUFFIX] + sorted(n for n in env.list_templates() if n.endswith(SUFFIX) and n != name + SUFFIX)
    for candidate in names:
        try:
            text, path, _ = env.loader.get_source(env, candidate)
        except (jinja2.TemplateNotFound, TemplateProblem):
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if wanted and line.strip() == wanted:
                return TemplateProblem(path or candidate, number, problem.key, **problem.params)
    return TemplateProblem(name + SUFFIX, None, problem.key, rendered_line=problem.number, **problem.params)


def _template_frame(exc: BaseException, default: str) -> tuple[str, int | None]:
    """The innermost template file and line in the exception's traceback."""
    found: tuple[str, int | None] = (default, None)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(SUFFIX):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found
