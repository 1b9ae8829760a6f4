"""The Jinja2 environment for document templates: strict, sandboxed, data kept inert.

Every `{{ value }}` is wrapped by `finalize` in private-use sentinels, so the markup parser
can tell template text (which may carry structure: `# `, `- `, `**`) from data (which is
always shown as text, whatever it contains). Newlines inside data become in-paragraph
line breaks, never new paragraphs.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from tdkt.plan.dates import dmy, long_date, roman

DATA_OPEN, DATA_CLOSE, DATA_NEWLINE = "\ue000", "\ue001", "\ue002"
_SENTINELS = str.maketrans("", "", DATA_OPEN + DATA_CLOSE + DATA_NEWLINE)
VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy"
SUFFIX = ".j2"


class TemplateProblem(Exception):
    """A mistake in a template, reported as `template:line: message`."""

    def __init__(self, template: str, line: int | None, message: str):
        super().__init__(f"{template}:{line or '?'}: {message}")
        self.template, self.line, self.message = template, line, message


@dataclass(frozen=True)
class TemplateSource:
    """Where templates are looked up, first match wins: user folders, then the shipped ones."""

    folders: tuple[Path, ...]

    @classmethod
    def for_plan(cls, plan_path: Path, override: Path | None = None) -> TemplateSource:
        """--templates DIR, then `templates/` beside the plan, then the defaults."""
        folders = [override] if override else []
        beside = plan_path.resolve().parent / "templates"
        if beside.is_dir() and beside != shipped_folder():
            folders.append(beside)
        return cls(tuple(folders) + (shipped_folder(),))


def shipped_folder() -> Path:
    """The default templates: inside the installed package, or at the top of a checkout."""
    inside = Path(str(resources.files("tdkt"))) / "templates"
    return inside if inside.is_dir() else Path(__file__).resolve().parents[2] / "templates"


def inert(value: object) -> str:
    """Finalize hook: data becomes sentinel-wrapped text that the markup never interprets."""
    text = "" if value is None else str(value)
    text = text.translate(_SENTINELS).replace("\r\n", "\n").replace("\n", DATA_NEWLINE)
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


@functools.lru_cache(maxsize=32)
def environment(source: TemplateSource) -> jinja2.Environment:
    """A sandboxed environment with strict undefined variables and tdkt's filters.

    One per source in a process, so each template is compiled once however many documents
    use it (Jinja2 still notices a template file changed on disk).
    """
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(f) for f in source.folders], encoding="utf-8"),
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
    )
    return env


def render(name: str, context: dict, source: TemplateSource) -> str:
    """Render template `name` (without suffix) to markup text; mistakes become TemplateProblem."""
    env = environment(source)
    filename = name + SUFFIX
    try:
        template = env.get_template(filename)
    except jinja2.TemplateNotFound:
        raise TemplateProblem(filename, None, "không tìm thấy mẫu / template not found") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(exc.filename or filename, exc.lineno, exc.message or "syntax error") from None
    try:
        return template.render(context)
    except (jinja2.UndefinedError, SecurityError, TypeError, ValueError, IndexError, jinja2.TemplateError) as exc:
        where, line = _template_frame(exc, template.filename or filename)
        raise TemplateProblem(where, line, str(exc)) from None


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
