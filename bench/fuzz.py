"""Fuzz the plan reader: mutate plans/2022.yaml and check every result the way `validate` does.

Run from the project folder with tdkt installed:

    python bench/fuzz.py --count 10000 [--seed 1] [--jobs 2] [--deep] [--plan FILE] [--keep bench/results/fuzz]

Each plan is one seeded mutation (keys, types, values, Unicode, structure, bytes) of the
seed plan, written to a file beside a copy of nothing else and checked with the code
`tdkt validate` runs (check_file, then both report formats). Counted:

- internal errors: any exception (the command would exit 3);
- out-of-range places: a finding whose line or column is not in its file;
- missed places: a mutation that must be reported on its line (a misspelt key, a control
  character, a byte that is not UTF-8, an unusual line break) and is not;
- slow cases: a plan taking more than a second.

Plan i uses random.Random(f"{seed}:{i}"), so `--only i` replays one case. Failing cases are
written to the `--keep` folder with the mutation that made them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import traceback
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "plans" / "2022.yaml"
SLOW = 1.0
AS_OF = date(2022, 6, 30)  # a fixed day, so that a run does not depend on the calendar
STOPPING = {"yaml_syntax", "not_utf8", "file_too_large", "too_deep", "alias", "multiple_documents", "file_empty"}

ODD_VALUES = [
    "", "null", "~", "''", '""', "-1", "0", "00", "20222", "10000", "9" * 5000, "1" * 40, "2²", "²", "١٢",
    "1e999", "1e-999999999", "NaN", "inf", "-.inf", "0x10", "1_000", "12.5", "yes", "no", "on", "true",
    "[a, b]", "{a: b}", "[]", "{}", "- x", "2022-02-30", "30/02/2022", "0000-01-01", "9999-12-31",
    "31/12/99999", "2022-13-01", "1/1/1", "&a x", "*a", "!!int 5", "!!python/object:os.system", "? x",
    "'unclosed", '"unclosed', "[unclosed", "{unclosed", "a: b: c", "# comment", "|", ">", "%TAG",
    '"\\x07bell"', '"\\u2028"', '"\\ud800"', '"\\uFFFE"', '"\\0"', "x" * 20000, "Đ" * 3000,
    "planned", "done", "htxs", "LDTT", "CSTDCS", "Giấy khen", "nd152", "TM", "hcth", "vqkhai",
]
ODD_CHARS = [
    "\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\ufeff", "\u200b",
    "\u202e", "\ufffd", "\ufffe", "\t", "\r", "\r\n", ":", "#", "-", "[", "{", "&", "*", "!", "|", "'", '"',
    "%", "@", "`", "²", "\u0303", "đ", "😀", "\U0010fffc", " ", "\n",
]
KEY_EDITS = ("drop", "double", "swap", "dash", "bracket", "upper", "space", "prefix")


@dataclass
class Case:
    """One mutated plan: its bytes, what was done, and the line that must carry a finding (if any)."""

    index: int
    data: bytes
    what: str
    expect_line: int | None = None
    beside: dict[str, bytes] = field(default_factory=dict)  # other files in the plan's folder


@dataclass
class Outcome:
    index: int
    what: str
    seconds: float
    valid: bool = False
    findings: int = 0
    error: str | None = None
    out_of_range: list[str] = field(default_factory=list)
    missed: str | None = None


def mutate(text: str, index: int, seed: int) -> Case:
    """One seeded mutation of the seed plan's text."""
    rng = random.Random(f"{seed}:{index}")
    steps = rng.choice((1, 1, 1, 2, 3))
    case = None
    while case is None:  # a plan may lack what a mutation works on: draw another
        try:
            case = rng.choice(MUTATIONS)(rng, text.split("\n"), index)
        except (IndexError, ValueError, StopIteration):
            pass
    for _ in range(steps - 1):  # mutations on mutations: their lines may move, so no place is expected
        try:
            lines = case.data.decode("utf-8").split("\n")
        except UnicodeDecodeError:
            break
        try:
            more = rng.choice(MUTATIONS)(rng, list(lines), index)
        except (IndexError, ValueError, StopIteration):  # nothing left for that mutation to work on
            continue
        case = Case(index, more.data, f"{case.what}; {more.what}", None, {**case.beside, **more.beside})
    return case


def _content_lines(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")]


def _key_lines(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line index, column index, key) of each `key:` in the file."""
    found = []
    for i, line in enumerate(lines):
        body = line.lstrip(" ")
        body = body[2:] if body.startswith("- ") else body
        head, sep, _ = body.partition(":")
        if sep and head and head.replace("_", "").isalpha() and head.isascii():
            found.append((i, line.index(head), head))
    return found


def _join(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def misspell_key(rng, lines, index) -> Case:
    i, col, key = rng.choice(_key_lines(lines))
    edit = rng.choice(KEY_EDITS)
    if edit == "drop" and len(key) > 2:
        k = rng.randrange(len(key))
        new = key[:k] + key[k + 1:]
    elif edit == "double":
        k = rng.randrange(len(key))
        new = key[:k] + key[k] + key[k:]
    elif edit == "swap" and len(key) > 2:
        k = rng.randrange(len(key) - 1)
        new = key[:k] + key[k + 1] + key[k] + key[k + 2:]
    elif edit == "dash":
        new = key.replace("_", "-") if "_" in key else key + "-x"
    elif edit == "bracket":
        new = key + "[0]"
    elif edit == "upper":
        new = key.upper()
    elif edit == "space":
        new = key.replace("_", " ") if "_" in key else "x " + key
    else:
        new = "x_" + key
    if new == key:
        new = key + "x"
    lines[i] = lines[i][:col] + new + lines[i][col + len(key):]
    # a misspelt key may land on a key of the same mapping: then it is a duplicate, still on this line
    return Case(index, _join(lines), f"key {key!r} → {new!r} at line {i + 1}", expect_line=i + 1)


def odd_value(rng, lines, index) -> Case:
    candidates = [i for i, line in enumerate(lines) if ": " in line and not line.rstrip().endswith(":")]
    i = rng.choice(candidates)
    head = lines[i][: lines[i].index(": ") + 2]
    value = rng.choice(ODD_VALUES)
    lines[i] = head + value
    return Case(index, _join(lines), f"value at line {i + 1} → {value[:40]!r}")


def odd_item(rng, lines, index) -> Case:
    candidates = [i for i, line in enumerate(lines) if line.lstrip().startswith("- ")]
    i = rng.choice(candidates)
    indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
    value = rng.choice(ODD_VALUES)
    lines[i] = f"{indent}- {value}"
    return Case(index, _join(lines), f"list item at line {i + 1} → {value[:40]!r}")


def odd_char(rng, lines, index) -> Case:
    i = rng.choice(_content_lines(lines))
    k = rng.randrange(len(lines[i]) + 1)
    char = rng.choice(ODD_CHARS)
    lines[i] = lines[i][:k] + char + lines[i][k:]
    refused = len(char) == 1 and (unicodedata.category(char) == "Cc" and char not in "\t\r\n" or char in "\ufffe\x85\u2028\u2029")
    return Case(index, _join(lines), f"char U+{ord(char[0]):04X} at {i + 1}:{k + 1}", expect_line=i + 1 if refused else None)


def line_edit(rng, lines, index) -> Case:
    i = rng.choice(_content_lines(lines))
    op = rng.choice(("delete", "duplicate", "indent", "dedent", "tab", "swap", "move"))
    if op == "delete":
        del lines[i]
    elif op == "duplicate":
        lines.insert(i, lines[i])
    elif op == "indent":
        lines[i] = " " * rng.randint(1, 4) + lines[i]
    elif op == "dedent":
        lines[i] = lines[i][rng.randint(1, 4):]
    elif op == "tab":
        lines[i] = "\t" + lines[i].lstrip(" ")
    elif op == "swap" and i + 1 < len(lines):
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    else:
        lines.insert(rng.randrange(len(lines)), lines.pop(i))
    return Case(index, _join(lines), f"{op} line {i + 1}")


def structure(rng, lines, index) -> Case:
    op = rng.choice(("truncate", "block", "document", "alias", "complex_key", "flow", "nest", "deep", "empty_top"))
    text = "\n".join(lines)
    if op == "truncate":
        cut = rng.randrange(1, len(text))
        return Case(index, text[:cut].encode("utf-8"), f"truncated at {cut}")
    if op == "block":
        i = rng.choice(_content_lines(lines))
        del lines[i: i + rng.randint(2, 30)]
    elif op == "document":
        lines.insert(rng.randrange(len(lines)), rng.choice(("---", "...", "--- !x", "%YAML 1.1")))
    elif op == "alias":
        i = rng.choice([i for i, line in enumerate(lines) if ": " in line])
        lines[i] = lines[i].replace(": ", ": &a ", 1)
        lines.append("extra: *a")
    elif op == "complex_key":
        lines.insert(rng.randrange(len(lines)), "? [a, b]\n: c")
    elif op == "flow":
        lines.insert(rng.randrange(len(lines)), "x: {a: [1, {b: " * rng.randint(1, 5))
    elif op == "nest":
        lines.insert(rng.randrange(len(lines)), "  " * rng.randint(0, 6) + "k:")
    elif op == "deep":
        lines.append("deep: " + "[" * rng.choice((10, 63, 64, 65, 500)) + "]" * 500)
    else:
        lines = [line for line in lines if not line.startswith(rng.choice(("unit:", "plan:", "year:", "departments:")))]
    return Case(index, _join(lines), op)


def unicode_form(rng, lines, index) -> Case:
    text = "\n".join(lines)
    op = rng.choice(("nfd", "nfkd", "bom", "crlf", "cr", "ls_before_error"))
    if op in ("nfd", "nfkd"):
        return Case(index, unicodedata.normalize(op.upper(), text).encode("utf-8"), op)
    if op == "bom":
        return Case(index, b"\xef\xbb\xbf" + text.encode("utf-8"), op)
    if op in ("crlf", "cr"):
        return Case(index, text.replace("\n", "\r\n" if op == "crlf" else "\r").encode("utf-8"), op)
    # an unusual line break early in the file, a misspelt key later: the key must keep its line
    i = rng.choice(_content_lines(lines[:200]))
    lines[i] += rng.choice(("\u2028", "\u2029", "\x85"))
    j, col, key = rng.choice([k for k in _key_lines(lines) if k[0] > i])
    lines[j] = lines[j][:col] + key + "zz" + lines[j][col + len(key):]
    return Case(index, _join(lines), f"unusual break at line {i + 1}, key at {j + 1}", expect_line=j + 1)


def retype(rng, lines, index) -> Case:
    """A key holding a block gets a value of another shape (or the other way round)."""
    candidates = [i for i, line in enumerate(lines) if line.rstrip().endswith(":") and line.strip() != ":"]
    i = rng.choice(candidates)
    indent = len(lines[i]) - len(lines[i].lstrip())
    end = i + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
                                or lines[end].lstrip().startswith("- ") and len(lines[end]) - len(lines[end].lstrip()) == indent):
        end += 1
    value = rng.choice(("x", "[]", "{}", "[a, b]", "{a: 1}", "null", "1", '""'))
    lines[i: end] = [lines[i].rstrip() + " " + value]
    return Case(index, _join(lines), f"block at line {i + 1} → {value}")


RULE_NAMES = ("ldtt_min_months", "ldtt_excluding_discipline", "cstdcs_max_share_of_ldtt", "cstdcs_min_vote",
              "tldtt_min_ldtt_share", "tldtt_share_strict", "gk_min_rating", "ldtt_min_rating", "no_such_rule", "")


def rules_file(rng, lines, index) -> Case:
    """The plan names a province rules file with odd content, or an odd path."""
    name = rng.choice(("rules.yaml",) * 6 + ("../x.yaml", "/etc/passwd", "/proc/self/environ", "rules.txt", "sub/../rules.yaml",
                                              "nowhere.yaml", ".", "rules.yaml/", "~/r.yaml"))
    body = [f"source: {rng.choice(('Quyết định 1/2021/QĐ-UBND', '', 'null', '[a]', 'x' * 500))}", "parameters:"]
    for _ in range(rng.randint(0, 5)):
        value = rng.choice(ODD_VALUES + ["15", "70", "htt", "canh_cao", "true", "{value: 5, source: Điều 1}", "{value: null}",
                                         "{x: 1}", "100", "101", "600.5", "15%", "70,5"])
        body.append(f"  {rng.choice(RULE_NAMES)}: {value}")
    if rng.random() < 0.4:
        body += ["rewards:", f"  {rng.choice(('base_salary', 'rounding', 'source', 'x'))}: {rng.choice(ODD_VALUES)}",
                 "  factors:", f"    {rng.choice(('GK', 'LDTT', 'BKT', 'XX'))}: {{individual: {rng.choice(ODD_VALUES)[:50]}}}"]
    if rng.random() < 0.1:
        body = [rng.choice(ODD_VALUES)]
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith(("year:", "school_year:"))), 0)
    lines[at:at] = ["rules:", f"  file: {name}"]
    text = "\n".join(body) + rng.choice(("\n", ""))
    return Case(index, _join(lines), f"rules file {name!r}: {text[:80]!r}", beside={"rules.yaml": text.encode("utf-8")})


def raw_bytes(rng, lines, index) -> Case:
    i = rng.choice(_content_lines(lines))
    head = "\n".join(lines[:i]).encode("utf-8") + b"\n"
    junk = rng.choice((b"\xff", b"\xc3", b"\xe1\xba", b"\xed\xa0\x80", b"\x80\x80", b"\xfe\xff"))
    return Case(index, head + junk + "\n".join(lines[i:]).encode("utf-8"), f"bytes {junk!r} at line {i + 1}",
                expect_line=i + 1)


MUTATIONS = (misspell_key, misspell_key, odd_value, odd_value, odd_value, odd_item, odd_char, odd_char,
             line_edit, line_edit, structure, unicode_form, raw_bytes, retype, rules_file)


def run_case(case: Case, folder: str, deep: bool = False) -> Outcome:
    """Check one plan as `validate` does and judge where its findings are (`deep`: evaluate valid ones too)."""
    from tdkt.cli.evaluate import as_text, rewards
    from tdkt.cli.output import json_report, text_report
    from tdkt.rules.evaluate import evaluate
    from tdkt.rules.explain import explain
    from tdkt.plan.text import split_lines
    from tdkt.checking import check_file

    home = Path(folder) / f"case{case.index}"
    home.mkdir()
    path = home / "plan.yaml"
    path.write_bytes(case.data)
    for name, data in case.beside.items():
        (home / name).write_bytes(data)
    outcome = Outcome(case.index, case.what, 0.0)
    start = time.perf_counter()
    try:
        checked = check_file(path, as_of=AS_OF)
        text_report(checked, "vi")
        text_report(checked, "en")
        json_report([checked])
        outcome.valid, outcome.findings = checked.ok, len(checked.findings)
        if deep and checked.ok:
            evaluation = evaluate(checked.plan, checked.ruleset)  # as `tdkt evaluate` does
            data = explain(evaluation, "vi")
            data["rewards"] = rewards(checked.plan, evaluation)
            as_text(data, "vi")
    except Exception:  # noqa: BLE001 - every exception is what we count
        outcome.error = traceback.format_exc(limit=-3)
        return outcome
    finally:
        outcome.seconds = time.perf_counter() - start
    texts: dict[str, list[str]] = {}
    for f in checked.findings:
        if f.path not in texts:
            raw = Path(f.path).read_bytes().decode("utf-8-sig", errors="replace")
            texts[f.path] = split_lines(unicodedata.normalize("NFC", raw)) or [""]
        lines = texts[f.path]
        if not (1 <= f.line <= len(lines) and 1 <= f.column <= len(lines[f.line - 1]) + 1):
            outcome.out_of_range.append(f"{f.code} at {f.line}:{f.column} (file has {len(lines)} lines)")
    if case.expect_line is not None:
        mine = [f for f in checked.findings if f.path == str(path)]
        here = [f for f in mine if f.line == case.expect_line]
        # a file that cannot be read past an earlier point says so there: that is its place
        stopped = [f for f in mine if f.code in STOPPING and f.line <= case.expect_line]
        if not here and not stopped:
            got = sorted({(f.line, f.code) for f in checked.findings})[:5]
            outcome.missed = f"nothing at line {case.expect_line}; got {got}"
    return outcome


def _worker(args: tuple[int, int, int, str, bool, str]) -> list[Outcome]:
    start, stop, seed, folder, deep, plan = args
    text = Path(plan).read_text(encoding="utf-8")
    return [run_case(mutate(text, i, seed), folder, deep) for i in range(start, stop)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    parser.add_argument("--only", type=int, help="replay one case and print its report")
    parser.add_argument("--deep", action="store_true", help="also evaluate each valid plan (as `tdkt evaluate`)")
    parser.add_argument("--plan", type=Path, default=SEED, help="the plan to mutate (default plans/2022.yaml)")
    parser.add_argument("--keep", type=Path, default=ROOT / "bench" / "results" / "fuzz")
    args = parser.parse_args()
    text = args.plan.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        if args.only is not None:
            case = mutate(text, args.only, args.seed)
            print(case.what)
            print(json.dumps(run_case(case, folder, args.deep).__dict__, ensure_ascii=False, indent=2))
            return 0
        started = time.perf_counter()
        chunks = [(i, min(i + 250, args.count), args.seed, folder, args.deep, str(args.plan)) for i in range(0, args.count, 250)]
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                outcomes = [o for chunk in pool.map(_worker, chunks) for o in chunk]
        else:
            outcomes = [o for chunk in map(_worker, chunks) for o in chunk]
        elapsed = time.perf_counter() - started
    return report(outcomes, elapsed, args)


def report(outcomes: list[Outcome], elapsed: float, args) -> int:
    errors = [o for o in outcomes if o.error]
    out_of_range = [o for o in outcomes if o.out_of_range]
    missed = [o for o in outcomes if o.missed]
    slow = [o for o in outcomes if o.seconds > SLOW]
    times = sorted(o.seconds for o in outcomes)
    causes = Counter(o.error.strip().splitlines()[-1] for o in errors)
    print(f"plans: {len(outcomes)} mutations of {args.plan.name} (seed {args.seed}) in {elapsed:.1f} s with {args.jobs} job(s)")
    print(f"  valid: {sum(o.valid for o in outcomes)}, refused with findings: {sum(not o.valid for o in outcomes)}, "
          f"findings: {sum(o.findings for o in outcomes)}")
    print(f"  internal errors: {len(errors)} ({len(causes)} distinct)")
    for cause, n in causes.most_common(10):
        print(f"    {n} × {cause}")
    print(f"  out-of-range places: {len(out_of_range)}")
    print(f"  missed places: {len(missed)}")
    print(f"  slow (> {SLOW:.0f} s): {len(slow)}; per plan median {times[len(times) // 2] * 1000:.1f} ms, "
          f"max {times[-1] * 1000:.0f} ms")
    bad = errors + out_of_range + missed + slow
    if bad:
        args.keep.mkdir(parents=True, exist_ok=True)
        text = args.plan.read_text(encoding="utf-8")
        for o in bad[:50]:
            (args.keep / f"case{o.index}.yaml").write_bytes(mutate(text, o.index, args.seed).data)
            (args.keep / f"case{o.index}.txt").write_text(json.dumps(o.__dict__, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"  first cases kept in {args.keep} (replay: --only N)")
    return 1 if errors or out_of_range or missed else 0


if __name__ == "__main__":
    sys.exit(main())
