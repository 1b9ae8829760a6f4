"""Which files under a folder are unit plans: what a batch run and a roll-up read."""

from __future__ import annotations

import re
from pathlib import Path

SCHEMA_NAME = "tdkt-plan.schema.json"  # the editor's schema `tdkt new` writes beside a plan
ROLLUP_NAME = "rollup.yaml"  # a roll-up office's own settings
RULES_FILE = re.compile(r"(?m)^rules[ \t]*:(.*(?:\n(?:[ \t]+.*|[ \t]*))*)")  # the top-level `rules:` block
FILE_KEY = re.compile(r"""\bfile[ \t]*:[ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^\s,}#'"][^,}#\n]*?))[ \t]*(?=[,}#\n]|$)""", re.M)


def plans_under(folder: Path) -> list[Path]:
    """The plan files under a folder, sorted: every *.yaml and *.yml in it and its subfolders,
    less hidden ones, `rollup.yaml`, the editor's schema and the rules files a plan there names."""
    found = []
    for path in sorted(folder.rglob("*")):
        parts = path.relative_to(folder).parts
        if (path.suffix in (".yaml", ".yml") and path.name not in (ROLLUP_NAME, SCHEMA_NAME)
                and not any(p.startswith(".") for p in parts) and path.is_file()):
            found.append(path)
    named = {rules for path in found for rules in _rules_files(path)}
    return [p for p in found if p.resolve() not in named]


def _rules_files(plan: Path) -> list[Path]:
    """The rules file a plan names in `rules.file`, read from its text (cheaply: no YAML parse)."""
    try:
        text = plan.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    block = RULES_FILE.search(text)
    if block is None:
        return []
    return [(plan.parent / next(g for g in m.groups() if g)).resolve() for m in FILE_KEY.finditer(block.group(1))]
