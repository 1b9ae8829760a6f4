"""`tdkt rollup` end to end: 50 generated units and a broken one; cross-unit checks on three units."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import pytest

from tests.conftest import SEED_PLAN
from tests.rollup.generate import expected_movements, expected_results, unit_text, write_units

OFFICE = ["--issuer", "Sở Lao động - Thương binh và Xã hội", "--place", "Sơn La"]
UNITS = 50
BROKEN = "don-vi-07/cu.yaml"


@pytest.fixture(scope="module")
def sector(tmp_path_factory):
    """The roll-up of 50 generated units and one broken plan, run once for the module."""
    from typer.testing import CliRunner

    from tdkt.cli.app import app

    root = tmp_path_factory.mktemp("sector")
    write_units(root / "units", UNITS)
    broken = unit_text(7).replace("  head: vqkhai", "  haed: vqkhai", 1)  # a typo in one unit's plan
    (root / "units" / BROKEN).write_text(broken, encoding="utf-8")
    out = root / "out"
    result = CliRunner().invoke(app, ["rollup", str(root / "units"), "-o", str(out), *OFFICE],
                                env={"TDKT_LANG": ""}, catch_exceptions=False)
    return result, out, json.loads((out / "tong-hop-2022.json").read_text(encoding="utf-8"))


def _form_rows(path: Path) -> tuple[dict, list]:
    """{mã số: [cells after the mã số (and đơn vị tính)]}, and the column numbers, from a form workbook."""
    from openpyxl import load_workbook

    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    numbers_at = next(i for i, r in enumerate(rows) if r[0] == "A" and r[1] == "B")
    first = 3 if rows[numbers_at][2] == "C" else 2
    numbers = list(rows[numbers_at][first:])
    found = {r[1]: list(r[first:]) for r in rows[numbers_at + 1:] if r[1]}
    return found, numbers


def test_broken_unit_is_reported_and_the_others_are_counted(sector):
    result, out, summary = sector
    assert result.exit_code == 1
    stdout = result.stdout.replace("\\", "/")
    assert f"{BROKEN}:" in stdout and "khóa không hợp lệ `haed`" in stdout
    broken = [u for u in summary["units"] if u["path"].replace("\\", "/").endswith(BROKEN)]
    assert broken[0]["status"] == "invalid" and broken[0]["errors"] >= 1
    assert summary["totals"]["counted"] == UNITS and summary["totals"]["units"] == UNITS + 1
    assert {p.name for p in out.iterdir()} >= {"tong-hop-dang-ky-2022.docx", "tong-hop-de-nghi-2022.xlsx",
                                               "bieu-0601-2022.docx", "bieu-0602-2022.xlsx", "bieu-0603-2022.docx"}
    # the lists name the plan left out by its file within the folder rolled up, never by a machine path
    listing = "\n".join(p.text for p in docx.Document(str(out / "tong-hop-dang-ky-2022.docx")).paragraphs)
    assert f"Chưa tổng hợp 1 kế hoạch: {BROKEN} (" in listing and str(out.parent) not in listing


def test_award_forms_total_the_units_results(sector):
    _, out, _ = sector
    expected = expected_results(range(1, UNITS + 1))
    rows, numbers = _form_rows(out / "bieu-0602-2022.xlsx")
    # columns: 1 total, …, 6 Cờ CP (tập thể), 7 BK TTg (tập thể, cá nhân), 8 CSTĐTQ (cá nhân)
    ctdcp, bk_c, bk_i, cstdtq = (numbers.index("6"), numbers.index("7"), numbers.index("7") + 1, numbers.index("8"))
    total = rows["01"]
    assert total[bk_c] == expected[("BKTTG", "collective")] == 10
    assert total[bk_i] == expected[("BKTTG", "individual")] == 3
    assert total[cstdtq] == expected[("CSTDTQ", "individual")]
    assert total[ctdcp] == 0  # the units record results, none of them a Cờ thi đua của Chính phủ
    assert total[0] == 16  # shown as "≥ 16": the columns without data are not added
    assert rows["06"][bk_c] == 10 and rows["06"][bk_i] == "x"
    assert rows["02"][bk_c] == "…" and rows["15"][0] == "…"  # never 0 where the data says nothing

    rows, numbers = _form_rows(out / "bieu-0603-2022.xlsx")
    bk, cstdt, ctdt, badge = (numbers.index(n) for n in ("2", "3", "4", "5"))
    assert rows["01"][bk] == expected[("BKT", "collective")] + expected[("BKT", "individual")]
    assert rows["02"][bk] == expected[("BKT", "collective")] and rows["05"][bk] == expected[("BKT", "individual")]
    assert rows["01"][cstdt] == expected[("CSTDT", "individual")] and rows["02"][cstdt] == "x"
    assert rows["01"][ctdt] == expected[("CTDT", "collective")]
    assert rows["01"][badge] == "…"


def test_movement_form_totals_the_units_movements(sector):
    _, out, summary = sector
    expected = expected_movements(range(1, UNITS + 1))
    rows, numbers = _form_rows(out / "bieu-0601-2022.xlsx")
    unit = numbers.index("4")
    assert rows["01"][unit] == expected["total"] == summary["totals"]["movements"]
    assert rows["11"][unit] == expected["chuyen_de"] and rows["12"][unit] == expected["thuong_xuyen"]
    assert rows["07"][unit] == UNITS  # one whole year in each unit
    assert rows["01"][numbers.index("2")] == "…"


def test_every_workbook_opens(sector):
    from openpyxl import load_workbook

    _, out, _ = sector
    books = sorted(out.glob("*.xlsx"))
    assert len(books) == 5
    for path in books:
        sheet = load_workbook(path, read_only=True).active
        assert sheet.max_row > 5, path.name
    sheet = load_workbook(out / "tong-hop-de-nghi-2022.xlsx", read_only=True).active
    units = {row[3] for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]}
    assert len(units) == UNITS


def test_summary_feeds_a_report(sector):
    _, _, summary = sector
    block = {t["title"]: t for t in summary["report"]["title_counts"]}
    assert block["LDTT"]["registered"] == UNITS * sum(1 for _ in range(12))  # 12 LĐTT registrations in the seed plan
    assert block["CSTDCS"]["achieved"] == UNITS and summary["report"]["results_complete"] is True


# -- checks across units --------------------------------------------------------------------

def _unit(text: str, number: int) -> str:
    return text.replace("name: Trung tâm Dịch vụ việc làm", f"name: Trung tâm số {number}").replace(
        "abbreviation: TTDVVL", f"abbreviation: TT{number}")


def _three(root: Path) -> Path:
    """Three units of the seed plan: a shared CCCD (1, 2), a shared name and birth date (1, 3),
    unit 2's proposal addressed past the office, unit 1 not saying its head's level (so all its
    council proposes goes upward); rollup.yaml with a CSTĐCS cap of 2."""
    seed = SEED_PLAN.read_text(encoding="utf-8")
    with_id = seed.replace("{id: ltmai, name: Lò Thị Mai,", "{id: ltmai, cccd: '001180000001', name: Lò Thị Mai,")
    born = seed.replace("{id: nthuong, name: Nguyễn Thị Hường,", "{id: nthuong, birth: 1985-04-02, name: Nguyễn Thị Hường,")
    units = root / "units"
    for number, text in ((1, with_id.replace("{id: nthuong, name", "{id: nthuong, birth: 02/04/1985, name")
                          .replace("    authority: co_so\n", "")),
                         (2, with_id.replace("addressees: [Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Sơn La]",
                                     "addressees: [Chủ tịch Ủy ban nhân dân tỉnh Sơn La]")),
                         (3, born)):
        (units / f"u{number}").mkdir(parents=True)
        (units / f"u{number}" / "2022.yaml").write_text(_unit(text, number), encoding="utf-8")
    (units / "rollup.yaml").write_text(
        "office:\n  name: Sở Lao động - Thương binh và Xã hội\n  place: Sơn La\n  abbreviation: SLĐTBXH\n"
        "units_decide: [GK]\n"
        "caps:\n  - {title: CSTDCS, max: 2, source: Công văn 15/SLĐTBXH-TĐKT}\n", encoding="utf-8")
    return units


@pytest.fixture
def three(tmp_path):
    return _three(tmp_path)


@pytest.fixture(scope="module")
def three_run(tmp_path_factory):
    """The three units rolled up once, in Vietnamese."""
    from typer.testing import CliRunner

    from tdkt.cli.app import app

    root = tmp_path_factory.mktemp("three")
    units = _three(root)
    result = CliRunner().invoke(app, ["rollup", str(units), "-o", str(root / "out")], env={"TDKT_LANG": ""},
                                catch_exceptions=False)
    return units, root / "out", result


def _lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if ": lỗi: " in line or ": cảnh báo: " in line
            or ": error: " in line or ": warning: " in line]


def _line_of(path, text: str, after: str) -> int:
    """The line (1-based) of the first `text` after the first `after` in a unit's plan."""
    content = path.read_text(encoding="utf-8")
    start = content.index(after)
    return content.count("\n", 0, content.index(text, start)) + 1


def test_cross_unit_checks_are_located(three_run):
    three, out, result = three_run
    assert result.exit_code == 1
    lines = _lines(result.stdout)
    text = "\n".join(lines)
    u1, u2, u3 = (str(three / f"u{n}" / "2022.yaml") for n in (1, 2, 3))
    # the same CCCD in units 1 and 2, both proposing her: placed at her entry in unit 2
    assert f"{u2}:43:9: lỗi: Lò Thị Mai cũng có ở Trung tâm số 1 ({u1}:43:9), cùng số CCCD" in text
    # the same name and birth date in units 1 and 3
    assert f"{u3}:49:9: lỗi: Nguyễn Thị Hường cũng có ở Trung tâm số 1 ({u1}:49:9), cùng họ tên và ngày sinh" in text
    # three CSTĐCS proposals, a cap of 2: the third one
    third = _line_of(three / "u3" / "2022.yaml", "- person: lvhung", after="\ncouncil:")
    assert any(line.startswith(f"{u3}:{third}:7: lỗi: CSTĐCS: đề nghị thứ 3 trong ngành, vượt trần 2") for line in lines)
    assert "Công văn 15/SLĐTBXH-TĐKT" in result.stdout
    # unit 2 sends its proposal past the office
    addressee = _line_of(three / "u2" / "2022.yaml", "addressees:", after="\nproposal:")
    assert any(line.startswith(f"{u2}:{addressee}:16: lỗi: tờ trình đề nghị") and "không qua Sở Lao động" in line
               for line in lines)
    # Giấy khen is the units' own: proposing it upward is flagged where it is proposed
    assert any(line.startswith(f"{u1}:") and "Giấy khen do thủ trưởng đơn vị quyết định" in line for line in lines)
    # the proposal list puts the units' own awards apart
    assert "Thuộc thẩm quyền thủ trưởng các đơn vị" in _docx_text(out / "tong-hop-de-nghi-2022.docx")


def test_in_english_and_the_same_bytes(run, three_run, tmp_path):
    three, first, _ = three_run
    result = run("rollup", three, "-o", tmp_path / "out", "--lang", "en")
    assert "is also listed by Trung tâm số 1" in result.stdout
    assert "over the cap of 2" in result.stdout
    for path in sorted(first.iterdir()):  # the documents do not depend on the language of the messages
        if path.suffix != ".json":  # the summary names its own output folder
            assert path.read_bytes() == (tmp_path / "out" / path.name).read_bytes(), path.name


def test_different_ids_are_different_people(run, three, tmp_path):
    u3 = three / "u3" / "2022.yaml"
    u3.write_text(u3.read_text(encoding="utf-8").replace("birth: 1985-04-02,", "birth: 1985-04-02, cccd: '001185000009',"),
                  encoding="utf-8")
    u1 = three / "u1" / "2022.yaml"
    u1.write_text(u1.read_text(encoding="utf-8").replace("birth: 02/04/1985,", "birth: 02/04/1985, cccd: '001185000001',"),
                  encoding="utf-8")
    result = run("rollup", three, "-o", tmp_path / "out")
    assert "Nguyễn Thị Hường cũng có" not in result.stdout


def test_rollup_yaml_mistakes_are_located(run, three, tmp_path):
    (three / "rollup.yaml").write_text("office:\n  name: Sở X\n  plase: Sơn La\ncaps:\n  - {title: CSTDXX, max: 1, source: x}\n",
                                       encoding="utf-8")
    result = run("rollup", three, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert f"{three / 'rollup.yaml'}:3:3: lỗi: khóa không hợp lệ `plase`" in result.stdout
    assert f"{three / 'rollup.yaml'}: 1 lỗi" in result.stdout  # the file as found, not a bare name
    assert f"{three / 'rollup.yaml'} có lỗi" in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_office_is_required(run, tmp_path):
    units = tmp_path / "units"
    units.mkdir()
    (units / "2022.yaml").write_text(SEED_PLAN.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("rollup", units, "-o", tmp_path / "out")
    assert result.exit_code == 2 and result.stderr.splitlines() == [
        "Chưa có cơ quan tổng hợp (tên cơ quan và địa danh ghi trên văn bản).",
        "  gợi ý: ghi `office: {name: …, place: …}` trong rollup.yaml (ở thư mục ghi kết quả hoặc thư mục đầu tiên), "
        "hoặc dùng --issuer và --place"]
    missing = run("rollup", tmp_path / "none", *OFFICE)
    assert missing.exit_code == 2 and missing.stderr.startswith(f"{tmp_path / 'none'}: không có thư mục này\n  gợi ý: ")
    english = run("--lang", "en", "rollup", tmp_path / "none", *OFFICE)
    assert english.stderr.startswith(f"{tmp_path / 'none'}: there is no such folder\n  hint: name the folder")
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = run("rollup", empty, *OFFICE)
    assert nothing.exit_code == 2 and "\n  gợi ý: đặt tệp kế hoạch của các đơn vị vào thư mục đó" in nothing.stderr


def test_a_year_no_plan_has_is_an_error(run, three, tmp_path):
    (three / "u3" / "2022.yaml").write_text("unit: [\n", encoding="utf-8")  # a broken plan is shown, not counted
    out = tmp_path / "out"
    result = run("rollup", three, "--year", "2023", "-o", out)
    assert result.exit_code == 1
    assert result.stderr == ("Không có kế hoạch hợp lệ nào của năm 2023 để tổng hợp; các kế hoạch là của năm 2022.\n"
                             "  gợi ý: chọn năm hoặc năm học có kế hoạch, vd. `--year 2022`, hoặc bỏ --year\n")
    assert f"{three / 'u3' / '2022.yaml'}:" in result.stdout and "tổng hợp (năm" not in result.stdout
    assert not out.exists()
    english = run("rollup", three, "--year", "2021-2022", "-o", out, "--lang", "en")
    assert english.exit_code == 1
    assert "No valid plan for school year 2021-2022 to roll up; the plans are for 2022." in english.stderr


def test_movement_durations():
    from tdkt.rollup.facts import Movement

    def duration(start, end):
        return Movement("", "chuyen_de", start, end).duration

    assert duration(date(2022, 1, 1), date(2022, 12, 31)) == "1"
    assert duration(date(2022, 3, 1), date(2022, 6, 30)) == "under_1"
    assert duration(date(2021, 1, 1), date(2025, 12, 31)) == "5_plus"
    assert duration(date(2021, 1, 1), date(2023, 6, 30)) == "1_3"
    assert duration(date(2022, 1, 1), None) is None


def _docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_no_valid_plan_writes_nothing(run, tmp_path):
    units = tmp_path / "units"
    units.mkdir()
    (units / "a.yaml").write_text("year: 2022\nunit: {name: X}\n", encoding="utf-8")
    result = run("rollup", units, "-o", tmp_path / "out", *OFFICE)
    assert result.exit_code == 1 and f"{units / 'a.yaml'}:" in result.stdout
    assert not (tmp_path / "out").exists()


def test_office_from_rollup_yaml_in_the_output_folder_and_json(run, three, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "rollup.yaml").write_text("office: {name: Phòng Giáo dục và Đào tạo, place: Mộc Châu, abbreviation: PGDĐT}\n",
                                     encoding="utf-8")
    result = run("rollup", three, "-o", out, "--format", "json")
    summary = json.loads(result.stdout)
    assert summary["office"]["name"] == "Phòng Giáo dục và Đào tạo"
    assert summary["office"]["config"] == str(out / "rollup.yaml")
    assert summary["totals"]["counted"] == 3
    assert {f["code"] for f in summary["findings"]} >= {"rollup_same_person_cccd", "rollup_wrong_level"}
    text = _docx_text(out / "bieu-0601-2022.docx")
    assert "Phòng Giáo dục và Đào tạo" in text and "Mộc Châu" in text


def test_messages_have_the_same_placeholders_in_both_languages():
    import string

    from tdkt.rollup.messages import MESSAGES

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for code, (vi, en, hint_vi, hint_en) in MESSAGES.items():
        assert fields(vi) == fields(en) and fields(hint_vi) == fields(hint_en), code


def test_a_proposal_sent_up_without_a_recipient_is_flagged(run, tmp_path):
    seed = SEED_PLAN.read_text(encoding="utf-8")
    addressee = "  addressees: [Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Sơn La]\n"
    units = tmp_path / "units"
    for number, text in ((1, seed), (2, seed.replace(addressee, ""))):
        (units / f"u{number}").mkdir(parents=True)
        (units / f"u{number}" / "2022.yaml").write_text(_unit(text, number), encoding="utf-8")
    result = run("rollup", units, "-o", tmp_path / "out", "--issuer", "Sở Lao động - Thương binh và Xã hội", "--place", "Sơn La")
    (line,) = [ln for ln in _lines(result.stdout) if "chưa ghi Kính gửi" in ln]
    assert line.startswith(f"{units / 'u2' / '2022.yaml'}:") and ": cảnh báo: tờ trình đề nghị " in line
    assert "gợi ý: ghi Sở Lao động - Thương binh và Xã hội, cấp quản lý trực tiếp" in result.stdout
