"""Bản đăng ký thi đua and Tờ trình đề nghị khen thưởng from the seed plan's sample data."""

from __future__ import annotations

import docx
import pytest

from tests.conftest import SEED_PLAN, registered_school
from tests.docx.readback import full_text

SEED = SEED_PLAN.read_text(encoding="utf-8")


def _open(path):
    return docx.Document(str(path))


def _form(doc):
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30
    assert section.different_first_page_header_footer
    assert doc.tables[0].rows[0].cells[1].paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    signature = next(t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:")
    nhan = signature.rows[0].cells[0].paragraphs
    assert nhan[0].text == "Nơi nhận:" and nhan[-1].text.startswith("- Lưu: ") and nhan[-1].text.endswith(".")
    assert all(p.text.endswith(";") for p in nhan[1:-1])


def test_registration_per_department_and_for_the_unit(run, tmp_path):
    result = run("render-registration", SEED_PLAN, "-o", tmp_path)
    assert result.exit_code == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(["DK-TTDVVL-2022.docx"] + [f"DK-TTDVVL-2022-{d}.docx" for d in ("bgd", "hcth", "tvgt", "ttld", "bhtn")])
    tvgt = _open(tmp_path / "DK-TTDVVL-2022-tvgt.docx")
    _form(tvgt)
    text = full_text(tvgt)
    assert "BẢN ĐĂNG KÝ THI ĐUA NĂM 2022" in text and "Kính gửi: Hội đồng Thi đua - Khen thưởng Trung tâm Dịch vụ việc làm." in text
    collective, people = tvgt.tables[1], tvgt.tables[2]
    assert [c.text for c in collective.rows[1].cells] == ["1", "Phòng Tư vấn - Giới thiệu việc làm", "Tập thể lao động xuất sắc", "Giấy khen"]
    assert [r.cells[1].text for r in people.rows[1:]] == ["Lường Văn Hùng", "Quàng Thị Hoa", "Tòng Văn Nam"]
    assert "Tổng số: 3 cá nhân đăng ký, trong đó 1 Chiến sĩ thi đua cơ sở; 2 Lao động tiên tiến." in text
    assert tvgt.tables[-1].rows[0].cells[1].paragraphs[-1].text == "Lường Văn Hùng"  # signed by the head
    unit = _open(tmp_path / "DK-TTDVVL-2022.docx")
    _form(unit)
    assert len(unit.tables[2].rows) == 1 + 13  # every registered person
    assert len(unit.tables[1].rows) == 1 + 4


def test_the_units_own_words_for_its_parts_and_people(run, tmp_path):
    """`unit.terms`: a commune's registration speaks of its own bộ phận and cán bộ, công chức."""
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED.replace("  head: vqkhai\n", "  head: vqkhai\n  terms:\n    departments: bộ phận chuyên môn\n"
                                 "    staff: cán bộ, công chức\n", 1), encoding="utf-8")
    assert run("render-registration", plan, "-o", tmp_path / "out").exit_code == 0
    text = full_text(_open(tmp_path / "out" / "DK-TTDVVL-2022.docx"))
    assert "cam kết chỉ đạo các bộ phận chuyên môn và cán bộ, công chức thực hiện tốt" in text
    assert run("report", plan, "--quarter", "2", "--as-of", "2022-06-30", "-o", tmp_path / "out").exit_code == 0
    report = full_text(_open(tmp_path / "out" / "45-BC-TTDVVL-2022-Q2.docx"))
    assert "Các bộ phận chuyên môn đã đăng ký thi đua:" in report
    seed = run("render-registration", SEED_PLAN, "-o", tmp_path / "seed")
    assert seed.exit_code == 0
    assert "các phòng, bộ phận và cán bộ, viên chức, người lao động thực hiện tốt" in full_text(
        _open(tmp_path / "seed" / "DK-TTDVVL-2022.docx"))


def test_one_department_only(run, tmp_path):
    assert run("render-registration", SEED_PLAN, "-d", "ttld", "-o", tmp_path).exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["DK-TTDVVL-2022-ttld.docx"]
    assert run("render-registration", SEED_PLAN, "-d", "khong", "-o", tmp_path).exit_code == 2


def test_a_misspelt_department_id_is_suggested(run, tmp_path):
    result = run("render-registration", SEED_PLAN, "-d", "hcht", "-o", tmp_path)
    assert result.exit_code == 2
    assert result.stderr == "Không có phòng, bộ phận nào mã `hcht`.\n  gợi ý: có phải ý bạn là `-d hcth`?\n"
    result = run("render-registration", SEED_PLAN, "-d", "hcht", "-o", tmp_path, "--lang", "en")
    assert result.stderr == "No department has the id `hcht`.\n  hint: did you mean `-d hcth`?\n"
    result = run("render-registration", SEED_PLAN, "-d", "zzzz", "-o", tmp_path, "--lang", "en")
    assert result.stderr.endswith("\n  hint: the departments' ids: bgd, hcth, tvgt, ttld, bhtn\n")
    assert list(tmp_path.iterdir()) == []


def test_proposal_from_the_council_decisions(run, tmp_path):
    """The seed's head decides LĐTT, CSTĐCS, TLĐTT and Giấy khen: only the rest goes upward."""
    result = run("render-proposal", SEED_PLAN, "-o", tmp_path)
    assert result.exit_code == 0, result.stdout
    doc = _open(tmp_path / "52-TTr-TTDVVL-2022.docx")
    _form(doc)
    text = full_text(doc)
    assert "Số: 52/TTr-TTDVVL" in text and "Sơn La, ngày 22 tháng 12 năm 2022" in text
    assert "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng số 05/BB-HĐTĐKT ngày 20/12/2022" in text
    assert "- Tập thể lao động xuất sắc: 01 tập thể;" in text and "- Bằng khen cấp bộ, ngành, tỉnh: 01 cá nhân." in text
    assert "Lao động tiên tiến" not in text
    assert "(Kèm theo Tờ trình số 52/TTr-TTDVVL ngày 22 tháng 12 năm 2022 của Trung tâm Dịch vụ việc làm)" in text
    collectives, people = doc.tables[2], doc.tables[3]  # after the letterhead and the signature
    assert [r.cells[1].text for r in collectives.rows[1:]] == ["Phòng Tư vấn - Giới thiệu việc làm"]
    assert len(people.rows) == 1 + 1
    first = [c.text for c in people.rows[1].cells]
    assert first[1:4] == ["Lường Văn Hùng", "Trưởng phòng, Phòng Tư vấn - Giới thiệu việc làm", "Bằng khen cấp bộ, ngành, tỉnh"]
    assert first[5] == "100%"
    assert people._tbl.tr_lst[0].trPr is not None  # header row repeats on each page


def test_without_the_heads_level_every_decision_is_proposed(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED.replace("    authority: co_so\n", ""), encoding="utf-8")
    assert run("render-proposal", plan, "-o", tmp_path).exit_code == 0
    doc = _open(tmp_path / "52-TTr-TTDVVL-2022.docx")
    assert "- Chiến sĩ thi đua cơ sở: 01 cá nhân;" in full_text(doc) and "- Lao động tiên tiến: 11 cá nhân." in full_text(doc)
    collectives, people = doc.tables[2], doc.tables[3]
    assert len(collectives.rows) == 1 + 4 and len(people.rows) == 1 + 12
    assert [c.text for c in people.rows[1].cells][3] == "Chiến sĩ thi đua cơ sở; Bằng khen cấp bộ, ngành, tỉnh"


@pytest.mark.parametrize("change, said", [
    # the council proposes both CSTĐCS candidates: over the 15 % cap
    ("    - {person: vqkhai, title: LDTT, votes: 7}", "2 đề nghị, tối đa 1 (15% của 12)"),
    # a person rated `ht` proposed for LĐTT
    ("    - {person: bvthanh, title: LDTT, votes: 7}", "xếp loại hoàn thành nhiệm vụ, cần hoàn thành tốt nhiệm vụ trở lên"),
])
def test_proposal_refused_when_the_rules_do_not_support_it(run, tmp_path, change, said):
    replacement = {
        "    - {person: vqkhai, title: LDTT, votes: 7}": "    - {person: vqkhai, title: CSTDCS, votes: 7}",
        "    - {person: bvthanh, title: LDTT, votes: 7}": "    - {person: vtlinh, title: LDTT, votes: 7}",
    }[change]
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED.replace(change, replacement), encoding="utf-8")
    result = run("render-proposal", plan, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert said in result.stdout + (result.stderr or "")
    assert not (tmp_path / "out").exists()


def test_department_without_head_is_signed_by_the_unit_head_among_its_members(run, tmp_path):
    assert run("render-registration", SEED_PLAN, "-d", "bgd", "-o", tmp_path).exit_code == 0
    doc = _open(tmp_path / "DK-TTDVVL-2022-bgd.docx")
    cell = doc.tables[-1].rows[0].cells[1].paragraphs
    assert (cell[0].text, cell[-1].text) == ("GIÁM ĐỐC", "Vũ Quang Khải")


def test_the_proposal_is_signed_at_its_own_end_and_the_list_follows_as_its_attachment(run, tmp_path):
    result = run("render-proposal", SEED_PLAN, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    lines = full_text(docx.Document(str(next(tmp_path.glob("*TTr*.docx"))))).split("\n")
    closing = next(i for i, line in enumerate(lines) if line.endswith("xem xét, quyết định./."))
    signer = lines.index("Vũ Quang Khải")
    listing = lines.index("DANH SÁCH")
    assert closing < lines.index("Nơi nhận:") < signer < listing
    assert lines[lines.index("Nơi nhận:") + 1] == "- Như trên;"  # addressed (Kính gửi): the addressees first
    assert lines[listing + 2] == "(Kèm theo Tờ trình số 52/TTr-TTDVVL ngày 22 tháng 12 năm 2022 của Trung tâm Dịch vụ việc làm)"
    assert lines.index("I. TẬP THỂ") > listing


def test_the_unit_registers_its_own_collective_title(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED.replace("registrations:\n", "registrations:\n  - {title: TTLDXS, awards: [BKT]}\n", 1),
                    encoding="utf-8")
    result = run("render-registration", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    summary = full_text(docx.Document(str(tmp_path / "out" / "DK-TTDVVL-2022.docx")))
    assert "Trung tâm Dịch vụ việc làm" in summary.split("Tập thể lao động xuất sắc")[0]
    broken = tmp_path / "broken.yaml"
    broken.write_text(SEED.replace("registrations:\n", "registrations:\n  - {title: TTLDXS, people: [{person: vqkhai, title: LDTT}]}\n", 1),
                      encoding="utf-8")
    result = run("validate", broken)
    assert result.exit_code == 1 and "không liệt kê người" in result.output


def test_proposal_names_each_persons_own_department(seed_plan):
    """Departments are looked up by id (once), not by scanning: each row still names the right one."""
    from tdkt.documents import proposal
    from tdkt.checking import load_plan
    from tdkt.rules.evaluate import evaluate

    ruleset = load_plan(SEED_PLAN).ruleset
    rows = proposal.context(seed_plan, evaluate(seed_plan, ruleset))["individuals"]
    home = {p.name: d.name for d in seed_plan.departments for p in d.members}
    assert rows  # the seed proposes upward what the unit cannot decide itself
    assert all(row["position"].endswith(home[row["name"]]) for row in rows)


def test_a_departments_registration_is_filed_under_its_own_name(run, tmp_path):
    plan = registered_school(run, tmp_path)
    result = run("render-registration", plan, "-d", "to1", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "out").glob("*-to1.docx")
    doc = _open(path)
    _form(doc)
    assert "- Lưu: Tổ 1." in full_text(doc) and "Lưu: Phòng" not in full_text(doc)


def test_a_proposal_of_awards_only_asks_for_awards(run, tmp_path):
    from tests.conftest import DATA

    # the school's head (cấp xã, nd152) decides the titles; only the Bằng khen goes up
    result = run("render-proposal", DATA / "yearend_school.yaml", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob("*TTr-*.docx")
    text = full_text(_open(path))
    assert "Về việc đề nghị khen thưởng năm học 2025-2026" in text
    assert "xem xét, khen thưởng năm học 2025-2026 cho các tập thể, cá nhân sau:" in text
    assert "ĐỀ NGHỊ KHEN THƯỞNG NĂM HỌC 2025-2026" in text
    assert "công nhận danh hiệu" not in text


def test_a_proposal_of_titles_and_awards_asks_for_both(run, tmp_path):
    result = run("render-proposal", SEED_PLAN, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob("*TTr-*.docx")
    text = full_text(_open(path))
    assert "Về việc đề nghị công nhận danh hiệu thi đua và khen thưởng năm 2022" in text
    assert "ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU THI ĐUA VÀ KHEN THƯỞNG NĂM 2022" in text


def test_no_registration_is_made_when_nothing_is_registered(run, tmp_path):
    plan = tmp_path / "2026.yaml"
    assert run("new", plan, "--kind", "agency", "--year", "2026").exit_code == 0  # `registrations: []`
    result = run("render-registration", plan, "-o", tmp_path / "out")
    assert result.exit_code == 1 and "chưa ghi đăng ký thi đua nào (`registrations`)" in result.output
    assert "gợi ý:" in result.output and not list(tmp_path.glob("out/*.docx"))


def test_no_registration_for_a_department_that_registered_nothing(run, tmp_path):
    text = SEED.replace("  - department: bgd\n    people:\n      - {person: vqkhai, title: LDTT}\n"
                        "      - {person: ltmai, title: LDTT}\n", "", 1)
    assert text != SEED
    plan = tmp_path / "2022.yaml"
    plan.write_text(text, encoding="utf-8")
    result = run("render-registration", plan, "-d", "bgd", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "`bgd` chưa có đăng ký thi đua trong `registrations`" in result.output
    assert not list(tmp_path.glob("out/*.docx"))
