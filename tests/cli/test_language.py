"""Everything tdkt says is in the chosen language: messages, help, Click's own words.

English output may still hold Vietnamese in three places only, by decision:
- the user's own data (names, tasks…): the tests fold the plan's text to ASCII first;
- an official Vietnamese name or literal input value quoted after its English wording,
  in parentheses or backticks, e.g. "Advanced Worker (Lao động tiên tiến)" or
  "choose one of: `nam`, `nữ`";
- a legal document's number, an identifier written as issued: the Đ of "Decree
  98/2023/NĐ-CP" or "25/QĐ-UBND" (digits, a slash, upper-case letters and hyphens) is
  not Vietnamese wording, so the detector drops such numbers before it looks.
Any other Vietnamese letter in `--lang en` output fails.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
import unicodedata

import pytest

import tdkt
from tests.conftest import DATA, SEED_PLAN

VIETNAMESE = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", re.IGNORECASE)
QUOTED = re.compile(r"(?<=\w) \((?:[^()]|\([^()]*\))*\)|`[^`]*`")
DOCUMENT_NUMBER = re.compile(r"\b\d+(?:/\d{4})?/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*")  # 98/2023/NĐ-CP, 25/QĐ-UBND
COMMANDS = ["new", "validate", "render-plan", "report", "status", "evaluate", "render-registration", "render-proposal", "schema"]
CLICK_ENGLISH = ("Usage:", "Options:", "Arguments:", "Commands:", "Show this message and exit.", "Error:",
                 "Missing option", "No such option", "[default:", "[required]", "Try '")


def vietnamese_lines(text: str) -> list[str]:
    """Lines of English output that still hold Vietnamese outside quoted official names."""
    return [line for line in text.splitlines() if VIETNAMESE.search(QUOTED.sub("", DOCUMENT_NUMBER.sub("", line)))]


def test_the_checker_allows_only_quoted_official_names():
    assert vietnamese_lines("Advanced Worker (Lao động tiên tiến): 3") == []
    assert vietnamese_lines("choose one of: `nam`, `nữ`") == []
    assert vietnamese_lines("rated hoàn thành tốt nhiệm vụ") == ["rated hoàn thành tốt nhiệm vụ"]
    assert vietnamese_lines("(Lao động tiên tiến)") == ["(Lao động tiên tiến)"]
    assert vietnamese_lines("Article 9 of Decree 91/2017/NĐ-CP; Decision 25/QĐ-UBND") == []
    assert vietnamese_lines("Decree 91/2017/nđ-cp") == ["Decree 91/2017/nđ-cp"]
    assert vietnamese_lines("Nghị định 91/2017/NĐ-CP") == ["Nghị định 91/2017/NĐ-CP"]


@pytest.fixture(scope="module")
def english_plan(tmp_path_factory):
    """The seed plan with its data folded to ASCII (title names written as codes)."""
    text = SEED_PLAN.read_text(encoding="utf-8")
    text = text.replace("title: Lao động tiên tiến", "title: LDTT").replace("title: Tập thể lao động xuất sắc", "title: TTLDXS")
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).replace("gender: nu,", "gender: nữ,")
    path = tmp_path_factory.mktemp("en") / "2022.yaml"
    path.write_text(folded, encoding="utf-8")
    return path


# --- the tables ---------------------------------------------------------------------------

def _tables():
    """Every module-level {"vi": …, "en": …} table in tdkt."""
    for info in pkgutil.walk_packages(tdkt.__path__, "tdkt."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, dict) and set(value) == {"vi", "en"} and getattr(value, "__module__", None) is None:
                if all(isinstance(v, dict) for v in value.values()):
                    yield f"{info.name}.{name}", value


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def _compare(where: str, vi: dict, en: dict) -> list[str]:
    problems = [f"{where}: keys only in one language: {sorted(set(vi) ^ set(en))}"] if set(vi) != set(en) else []
    for key in set(vi) & set(en):
        a, b = vi[key], en[key]
        if isinstance(a, dict) and isinstance(b, dict):
            problems += _compare(f"{where}.{key}", a, b)
        elif isinstance(a, str) and isinstance(b, str) and _placeholders(a) != _placeholders(b):
            problems.append(f"{where}.{key}: placeholders differ: {_placeholders(a)} / {_placeholders(b)}")
    return problems


def test_every_table_has_the_same_keys_and_placeholders_in_both_languages():
    tables = dict(_tables())
    assert {"tdkt.errors.TEXTS", "tdkt.cli.common.USAGE", "tdkt.cli.help.HELP", "tdkt.markup.templates.TEXTS"} <= set(tables)
    problems = [p for name, table in tables.items() for p in _compare(name, table["vi"], table["en"])]
    assert problems == []


def test_english_tables_hold_no_vietnamese():
    for name, table in _tables():
        for key, text in _flatten(table["en"]):
            assert not vietnamese_lines(text), f"{name}[en].{key}: {text}"


def _flatten(table: dict, prefix: str = ""):
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", str(value)


# --- help and Click's words ----------------------------------------------------------------

@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_vietnamese_by_default(run, command):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Cách dùng: tdkt") and "Hiện hướng dẫn này rồi thoát." in result.stdout
    assert [w for w in CLICK_ENGLISH if w in result.stdout] == []


@pytest.mark.parametrize("columns", ["50", "200"])
def test_help_in_a_narrow_or_wide_terminal(run, columns):
    """Click's marks are translated wherever it wraps them; an argument's text keeps its column."""
    help_text = run("render-registration", "--help", env={"COLUMNS": columns}).stdout
    assert "default" not in help_text and "[mặc định:" in help_text
    lines = help_text.splitlines()
    first = lines.index("Đối số:") + 1
    assert lines[first].startswith("  KẾ_HOẠCH  ")
    column = len(lines[first]) - len(lines[first][len("  KẾ_HOẠCH"):].lstrip())
    continued = [ln for ln in lines[first + 1:lines.index("Tùy chọn:")] if ln.strip()]
    assert all(len(ln) - len(ln.lstrip()) == column for ln in continued)


@pytest.mark.parametrize("command", [None, *COMMANDS])
@pytest.mark.parametrize("how", ["option", "environment"])
def test_help_in_english(run, command, how):
    args = [*([command] if command else []), "--help"]
    result = run(*args, "--lang", "en") if how == "option" and command is not None else run(*args, env={"TDKT_LANG": "en"})
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: tdkt") and "Show this message and exit." in result.stdout
    assert vietnamese_lines(result.stdout) == []


@pytest.mark.parametrize(("args", "vi", "en"), [
    (("report", SEED_PLAN, "-q"), "Lỗi: Tùy chọn '-q' cần một giá trị.", "Error: Option '-q' requires an argument."),
    (("validate", "--nope"), "Lỗi: Không có tùy chọn --nope", "Error: No such option: --nope"),
    (("schema", "a", "b"), "Lỗi: Thừa đối số (a b)", "Error: Got unexpected extra argument"),
    (("validate", "--lang"), "Lỗi: Tùy chọn '--lang' cần một giá trị.", "Error: Option '--lang' requires an argument."),
])
def test_clicks_own_errors_follow_the_language(run, args, vi, en):
    result = run(*args)
    assert result.exit_code == 2 and vi in result.stderr
    assert result.stderr.startswith("Cách dùng: tdkt") or result.stderr.startswith("Lỗi:")
    assert [w for w in CLICK_ENGLISH if w in result.stderr] == []
    english = run(*args, env={"TDKT_LANG": "en"})
    assert english.exit_code == 2 and en in english.stderr
    assert vietnamese_lines(english.stderr) == []


def test_a_quarter_that_is_not_a_number_is_worded_by_tdkt_in_either_language(run):
    result = run("report", "-q", "x", SEED_PLAN)
    assert result.exit_code == 2 and result.stderr.startswith("--quarter: quý là 1, 2, 3 hoặc 4, không phải x\n")
    english = run("report", "-q", "x", SEED_PLAN, env={"TDKT_LANG": "en"})
    assert english.exit_code == 2 and english.stderr.startswith("--quarter: a quarter is 1, 2, 3 or 4, not x\n  hint: ")
    assert vietnamese_lines(english.stderr) == []


@pytest.mark.parametrize(("english", "vietnamese"), [
    ("Error: Missing option '--quarter' / '-q'.", "Lỗi: Thiếu tùy chọn '--quarter' / '-q'."),
    ("Error: Missing argument 'PLAN'.", "Lỗi: Thiếu đối số 'PLAN'."),
    ("Error: No such command 'x'. Did you mean 'y'?", "Lỗi: Không có lệnh 'x'. Có phải ý bạn là 'y'?"),
    ("Error: Invalid value for '-q': 'x' is not a valid integer.", "Lỗi: Giá trị không hợp lệ cho '-q': 'x' không phải là số nguyên."),
    ("Error: Invalid value for '-q': 5 is not in the range 1<=x<=4.", "Lỗi: Giá trị không hợp lệ cho '-q': 5 không nằm trong khoảng 1<=x<=4."),
])
def test_clicks_words_of_other_versions(english, vietnamese):
    from tdkt.cli.help import translate

    assert translate(english, "vi") == vietnamese and translate(english, "en") == english


def test_no_arguments_shows_the_help(run):
    result = run()
    assert result.exit_code == 2 and "Cách dùng: tdkt [TÙY_CHỌN] LỆNH [ĐỐI_SỐ]..." in result.stdout + result.stderr


# --- what the commands say ------------------------------------------------------------------

ENGLISH_RUNS = {
    "validate": ("validate", "--as-of", "2022-08-30"),
    "validate-errors": ("validate", DATA / "broken" / "status_invalid.yaml"),
    "validate-json": ("validate", "--format", "json", "--as-of", "2022-08-30"),
    "report": ("report", "-q", "4"),
    "report-not-started": ("report", "-q", "3", "--as-of", "2022-06-01"),
    "render-plan": ("render-plan",),
    "render-registration": ("render-registration",),
    "render-proposal": ("render-proposal",),
    "usage": ("validate", "--as-of", "30/02/2022"),
}
RULES_RUNS = {  # names of titles, ratings and legal sources, from tdkt.rules
    "status": ("status", "--as-of", "2022-07-30"),
    "status-json": ("status", "--format", "json", "--as-of", "2022-07-30"),
    "evaluate": ("evaluate",),
}


@pytest.mark.parametrize("key", [*ENGLISH_RUNS, *RULES_RUNS])
def test_english_output_has_no_vietnamese(run, english_plan, tmp_path, key):
    args = ENGLISH_RUNS.get(key) or RULES_RUNS[key]
    command, *rest = args
    plan = [] if any(str(a).endswith(".yaml") for a in rest) else [english_plan]
    out = ["-o", tmp_path] if command.startswith("render") or command == "report" else []
    result = run(command, *plan, *rest, *out, "--lang", "en")
    assert result.exit_code in (0, 1, 2)
    assert vietnamese_lines(result.stdout + result.stderr) == []


def test_english_proposal_refusal(run, english_plan, tmp_path):
    plan = tmp_path / "2022.yaml"
    text = english_plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("{person: vqkhai, title: LDTT, votes: 7}", "{person: vqkhai, title: CSTDCS, votes: 7}"), encoding="utf-8")
    result = run("render-proposal", plan, "-o", tmp_path / "out", "--lang", "en")
    assert result.exit_code == 1
    assert "2 proposed, at most 1 (15% of 12)" in result.stderr
    assert "No proposal: " in result.stderr and "Correct the inputs" in result.stderr


def test_english_names_the_rules_in_english(run, english_plan):
    """Titles, ratings, regimes and articles from tdkt.rules are worded in English, not glossed."""
    evaluate = run("evaluate", english_plan, "--lang", "en").stdout
    assert evaluate.startswith("Year 2022: Law on Emulation and Commendation 2003 (amended 2005, 2013) and Decree 91/2017/NĐ-CP")
    assert ("  ✗ Advanced Worker (registered): does not meet the criteria\n      - rating: satisfactory performance of duties; "
            "needs good performance of duties or better — Clause 1, Article 24 of the Law on Emulation and Commendation 2003 "
            "(amended 2013) (article, clause unconfirmed)") in evaluate
    assert "Grassroots Emulation Fighter: eligible 2, places at most 1 (15% of 12) — Clause 3, Article 9 of Decree 91/2017/NĐ-CP" in evaluate
    assert "(0,3 × base salary; Chapter V of Decree 91/2017/NĐ-CP (article and clause not yet checked))" in evaluate
    status = run("status", english_plan, "--as-of", "2022-07-30", "--lang", "en").stdout
    assert "Next report: Results of emulation and commendation work in quarter III of 2022" in status
    assert "Advanced Worker" in status
    vietnamese = run("evaluate", english_plan).stdout  # Vietnamese stays as the documents word it
    assert "- xếp loại hoàn thành nhiệm vụ, cần hoàn thành tốt nhiệm vụ trở lên — Khoản 1 Điều 24 Luật Thi đua, khen thưởng 2003" in vietnamese


@pytest.mark.parametrize(("change", "english"), [
    (("{person: vqkhai, title: LDTT, votes: 7}", "{person: vtlinh, title: LDTT}"),
     "the council proposes Advanced Worker for Vi Thi Linh, which the inputs do not support: rating: satisfactory performance"),
    (("{person: vqkhai, title: LDTT, votes: 7}", "{person: vqkhai, title: LDTX}"), "no title or award form `LDTX` under Decree 91/2017/NĐ-CP"),
    (("year: 2022\n", "year: 2022\nrules: {regime: nd152}\n"), "`nd152` (Decree 152/2025/NĐ-CP) does not govern 2022"),
])
def test_english_validate_names_the_rules_in_english(run, english_plan, tmp_path, change, english):
    plan = tmp_path / "2022.yaml"
    text = english_plan.read_text(encoding="utf-8")
    assert change[0] in text
    plan.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    result = run("validate", plan, "--lang", "en")
    assert result.exit_code == 1 and english in result.stdout + result.stderr
    assert vietnamese_lines(result.stdout + result.stderr) == []


def test_a_provinces_own_source_is_quoted_as_given(run, english_plan, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(english_plan.read_text(encoding="utf-8").replace("year: 2022\n", "year: 2022\nrules:\n  file: rules.yaml\n", 1),
                    encoding="utf-8")
    (tmp_path / "rules.yaml").write_text("source: Quyết định 99/2021/QĐ-UBND tỉnh Sơn La\nparameters:\n  cstdcs_max_share_of_ldtt: 5\n",
                                         encoding="utf-8")
    for command in ("validate", "evaluate"):
        result = run(command, plan, "--lang", "en")
        assert "`Quyết định 99/2021/QĐ-UBND tỉnh Sơn La`" in result.stdout + result.stderr
        assert vietnamese_lines(result.stdout + result.stderr) == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_command_and_option_has_help_in_the_table(lang):
    import typer

    from tdkt.cli.app import app
    from tdkt.cli.help import localise

    group = typer.main.get_command(app)
    localise(group, lang)
    missing = [f"{name}.{p.name}" for name, command in [("tdkt", group), *group.commands.items()]
               for p in command.params if not getattr(p, "help", None)]
    assert missing == [] and all(c.help for c in group.commands.values())


def test_tuple_tables_word_the_same_placeholders_in_both_languages():
    """The tables written as (vi, en[, hint_vi, hint_en]) tuples: plan messages, reasons."""
    from tdkt.plan.messages import FALLBACK_HINTS, MESSAGES
    from tdkt.rules.reasons import REASONS, STATUS, WORDS

    problems = []
    tables = (("MESSAGES", MESSAGES), ("FALLBACK_HINTS", FALLBACK_HINTS), ("REASONS", REASONS), ("STATUS", STATUS),
              ("WORDS", WORDS))
    for name, table in tables:
        for key, texts in table.items():
            pairs = [texts[i:i + 2] for i in range(0, len(texts), 2)]
            problems += [f"{name}.{key}" for vi, en in pairs if _placeholders(vi) != _placeholders(en)]
    assert problems == []
