"""`--watch` on the render commands: render again whenever the plan or a template is saved.

Mistakes are printed located, as without `--watch`, and the watching goes on; Ctrl+C
stops it. The stream of file changes is one function (`changes_of`), so the loop can be
driven without waiting on a real file system.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated

import typer

from tdkt.cli.common import lang_of, resolve_plan
from tdkt.cli.output import say

WatchOption = Annotated[bool, typer.Option("--watch")]  # help: tdkt.cli.help
SOURCES = (".yaml", ".yml", ".j2")  # the plan, a rules file or next year's plan beside it, templates

TEXTS = {
    "vi": {
        "watching": "Đang theo dõi {folders}: lưu tệp kế hoạch hoặc mẫu văn bản để lập lại; Ctrl+C để dừng.",
        "changed": "Đã lưu {files}: lập lại…",
        "internal": "tdkt: lỗi nội bộ: {error}; vẫn tiếp tục theo dõi.",
        "stopped": "Đã dừng theo dõi.",
    },
    "en": {
        "watching": "Watching {folders}: save the plan or a template to render again; Ctrl+C to stop.",
        "changed": "Saved {files}: rendering again…",
        "internal": "tdkt: internal error: {error}; still watching.",
        "stopped": "Stopped watching.",
    },
}


def rerun(action: Callable[[Path | None], None], plan: Path | None, templates: Path | None,
          lang: str | None, watch: bool) -> None:
    """Run `action` on the plan; with `watch`, again after every save of a file it reads."""
    if not watch:
        action(plan)
        return
    language = lang_of(lang)
    texts = TEXTS[language]
    path = resolve_plan(plan, language)
    folders = watched_folders(path, templates)
    _attempt(action, path, texts, language)
    say(texts["watching"].format(folders=", ".join(str(f) for f in folders)))
    try:
        for changes in changes_of(folders):
            saved = sorted({p for _, p in changes if _relevant(Path(p))})
            if saved:
                say(texts["changed"].format(files=", ".join(_shown(p) for p in saved)))
                _attempt(action, path, texts, language)
    except KeyboardInterrupt:
        pass
    say(texts["stopped"])


def watched_folders(plan: Path, templates: Path | None) -> list[Path]:
    """The plan's folder (with `templates/` and a rules file beside it) and a --templates folder."""
    folders = [plan.resolve().parent]
    if templates is not None and templates.is_dir() and not templates.resolve().is_relative_to(folders[0]):
        folders.append(templates.resolve())
    return folders


def changes_of(folders: list[Path]) -> Iterable[set[tuple[object, str]]]:
    """Batches of (change, path) as files are saved (watchfiles)."""
    from watchfiles import watch

    return watch(*folders, raise_interrupt=True)


def _shown(path: str) -> str:
    """A path relative to the working folder when it is inside it."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def _relevant(path: Path) -> bool:
    """A file a render reads: not the documents it writes (which would loop)."""
    return path.suffix in SOURCES and not path.name.startswith(".")


def _attempt(action: Callable[[Path], None], path: Path, texts: dict, language: str) -> None:
    from tdkt.errors import UserError

    try:
        action(path)
    except typer.Exit:
        pass  # the mistake is already printed, located
    except UserError as exc:
        say(exc.text(language))
    except Exception as exc:  # keep watching through an internal failure too
        if os.environ.get("TDKT_DEBUG"):
            raise
        say(texts["internal"].format(error=f"{type(exc).__name__}: {exc}"))
