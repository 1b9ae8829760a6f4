"""The year-end documents as rendered: their form rules read back from the .docx."""

from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from tests.conftest import DATA, ROOT, SEED_PLAN, over_cap_plan
from tests.docx.readback import full_text

SEED = SEED_PLAN.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    from typer.testing import CliRunner

    from tdkt.cli.app import app

    out = tmp_path_factory.mktemp("dossier")
    result = CliRunner().invoke(app, ["render-dossier", str(SEED_PLAN), "-o", str(out)])
    assert result.exit_code == 0, result.stdout
    return out / "ho-so-2022"


def body(doc):
    return [p for p in doc.paragraphs if p.text.strip()]


def centred(paragraph) -> bool:
    """Centred by the paragraph or by its style."""
    return (paragraph.alignment or paragraph.style.paragraph_format.alignment) == WD_ALIGN_PARAGRAPH.CENTER


def test_dossier_folder_and_index(dossier):
    names = sorted(p.name for p in dossier.iterdir())
    assert names == ["05-BB-HDTDKT-2022.docx", "52-TTr-TTDVVL-2022.docx", "60-QD-TTDVVL-2022.docx",
                     "BCTT-2022-lvhung.docx", "BCTT-2022-tvgt.docx", "MUC-LUC.txt"]
    index = (dossier / "MUC-LUC.txt").read_text(encoding="utf-8")
    assert " 2. 60-QD-TTDVVL-2022.docx: Quyết định khen thưởng của thủ trưởng đơn vị (60/QĐ-TTDVVL – " in index


def test_decision_form(dossier):
    doc = docx.Document(dossier / "60-QD-TTDVVL-2022.docx")
    paragraphs = body(doc)
    texts = [p.text for p in paragraphs]
    assert "Số: 60/QĐ-TTDVVL" in full_text(doc) and "QUYẾT ĐỊNH" in texts
    head = paragraphs[texts.index("GIÁM ĐỐC TRUNG TÂM DỊCH VỤ VIỆC LÀM")]
    assert centred(head) and all(r.bold for r in head.runs)
    bases = [p for p in paragraphs if p.text.startswith(("Căn cứ", "Xét đề nghị"))]
    assert len(bases) == 4 and all(r.italic for p in bases for r in p.runs)
    assert all(p.text.endswith(";") for p in bases[:-1]) and bases[-1].text.endswith(".")
    assert "Căn cứ Nghị định số 91/2017/NĐ-CP" in bases[1].text
    assert "Biên bản họp số 05/BB-HĐTĐKT ngày 20/12/2022" in bases[-1].text
    decides = paragraphs[texts.index("QUYẾT ĐỊNH:")]
    assert centred(decides) and all(r.bold for r in decides.runs)
    articles = [p for p in paragraphs if p.text.startswith("Điều ")]
    assert [p.runs[0].text for p in articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert all(p.runs[0].bold and not p.runs[1].bold for p in articles)
    assert "- Danh hiệu “Lao động tiên tiến”: 11 cá nhân;" in texts and "- Giấy khen: 01 tập thể và 02 cá nhân." in texts
    assert "mức lương cơ sở 1.490.000 đồng (Nghị định 38/2019/NĐ-CP); tổng số tiền thưởng là 10.950.000 đồng" in articles[1].text
    assert "Quỹ thi đua, khen thưởng của Trung tâm Dịch vụ việc làm" in articles[1].text
    signature = [t for t in doc.tables if t.rows[0].cells[0].paragraphs[0].text == "Nơi nhận:"][0]
    recipients = [p.text for p in signature.rows[0].cells[0].paragraphs[1:]]
    assert recipients == ["- Như Điều 3;", "- Sở Lao động – TBXH (b/c);", "- Lãnh đạo Trung tâm;", "- Lưu: VT, HCTH."]


def test_decision_list_with_rewards_and_total(dossier):
    doc = docx.Document(dossier / "60-QD-TTDVVL-2022.docx")
    text = full_text(doc)
    assert "(Kèm theo Quyết định số 60/QĐ-TTDVVL ngày 26 tháng 12 năm 2022 của Giám đốc Trung tâm Dịch vụ việc làm)" in text
    assert "I. DANH HIỆU “TẬP THỂ LAO ĐỘNG TIÊN TIẾN”" in text and "V. GIẤY KHEN CHO CÁ NHÂN" in text
    ldtt = [t for t in doc.tables if t.rows[0].cells[1].text == "Họ và tên" and len(t.rows) == 13][0]
    assert [c.text for c in ldtt.rows[1].cells] == ["1", "Vũ Quang Khải", "Giám đốc, Ban Giám đốc", "450.000"]
    assert ldtt.rows[-1].cells[-1].text == "4.950.000"
    assert "Tổng cộng tiền thưởng: 10.950.000 đồng." in text
    assert "Tập thể lao động xuất sắc" not in text  # decided above the unit: in the Tờ trình instead


def test_minutes(dossier):
    doc = docx.Document(dossier / "05-BB-HDTDKT-2022.docx")
    text = full_text(doc)
    assert "Số: 05/BB-HĐTĐKT" in text and "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" in text
    assert "Thời gian: vào hồi 14 giờ 00, ngày 20 tháng 12 năm 2022." in text
    assert "- Thành viên Hội đồng có mặt: 07/07 thành viên." in text
    assert "Bỏ phiếu kín." in text
    votes = [t for t in doc.tables if len(t.columns) == 6][0]
    assert len(votes.rows) == 1 + 16
    assert [c.text for c in votes.rows[4].cells][4:] == ["6/7", "85,7%"]
    left, right = doc.tables[-1].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["THƯ KÝ", "Đinh Thị Lan"]
    assert [p.text for p in right.paragraphs if p.text] == ["CHỦ TỊCH HỘI ĐỒNG", "Vũ Quang Khải"]
    assert len(left.paragraphs) == len(right.paragraphs)  # the names level with each other


def test_quorum_from_the_rules_file(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED.replace("year: 2022\n", "year: 2022\nrules: {file: quy-dinh.yaml}\n", 1)
                    .replace("  present: 7\n", "  present: 4\n"), encoding="utf-8")
    (tmp_path / "quy-dinh.yaml").write_text(
        "source: Quy chế Hội đồng\nparameters:\n  council_quorum: 66.67\n", encoding="utf-8")
    assert run("render-minutes", plan, "-o", tmp_path).exit_code == 0
    text = full_text(docx.Document(tmp_path / "05-BB-HDTDKT-2022.docx"))
    assert "04/07 thành viên, không đủ số thành viên tối thiểu để họp (66,67% tổng số thành viên, theo Quy chế Hội đồng)" in text


def test_achievement_reports(dossier):
    person = full_text(docx.Document(dossier / "BCTT-2022-lvhung.docx"))
    assert "BÁO CÁO THÀNH TÍCH" in person and "Đề nghị tặng Bằng khen cấp bộ, ngành, tỉnh" in person
    assert "- Ngày, tháng, năm sinh: 12/5/1982." in person
    assert "- Ngày tuyển dụng: 01/10/2009 (đến 31/12/2022: 13 năm 3 tháng)." in person
    assert "25/QĐ-TTDVVL" in person and "năm 2021: hoàn thành xuất sắc nhiệm vụ" in person
    assert "[đơn vị bổ sung: thành tích đạt được trong năm 2022 (tóm tắt của Hội đồng:" in person  # never invented
    assert "NGƯỜI BÁO CÁO THÀNH TÍCH" in person and "XÁC NHẬN CỦA THỦ TRƯỞNG ĐƠN VỊ" in person
    collective = full_text(docx.Document(dossier / "BCTT-2022-tvgt.docx"))
    assert "Đề nghị tặng danh hiệu “Tập thể lao động xuất sắc”" in collective
    assert "có 3 cán bộ, viên chức, người lao động" in collective
    assert "[đơn vị bổ sung: đặc điểm, tình hình: thuận lợi, khó khăn]" in collective


def test_marked_places_are_italic(dossier):
    doc = docx.Document(dossier / "BCTT-2022-tvgt.docx")
    marked = [r for p in doc.paragraphs for r in p.runs if "[đơn vị bổ sung" in r.text]
    assert marked and all(r.italic for r in marked)


def test_decision_needs_the_heads_level(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED.replace("    authority: co_so\n", ""), encoding="utf-8")
    result = run("render-decision", plan, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "`council.decision.authority`" in result.stdout + (result.stderr or "")
    assert not (tmp_path / "out").exists()


def test_decision_refused_over_the_cap(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED.replace("    - {person: vqkhai, title: LDTT, votes: 7}",
                                 "    - {person: vqkhai, title: CSTDCS, votes: 7}"), encoding="utf-8")
    result = run("render-decision", plan, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "2 đề nghị, tối đa 1 (15% của 12)" in result.stdout + (result.stderr or "")


@pytest.mark.parametrize("name, made, amount", [
    ("yearend_school.yaml", ["03-BB-HDTDKT-2026.docx", "18-QD-THHA-2026.docx", "BCTT-2026-lan.docx",
                             "MUC-LUC.txt", "TTr-THHA-2026.docx"], "710.000"),
    ("yearend_commune.yaml", ["04-BB-HDTDKT-2026.docx", "210-QD-UBND-2026.docx", "MUC-LUC.txt"], "710.000"),
])
def test_school_year_and_commune_dossiers(run, tmp_path, name, made, amount):
    result = run("render-dossier", DATA / name, "-o", tmp_path)
    assert result.exit_code == 0, result.stdout
    folder = next(tmp_path.iterdir())
    assert sorted(p.name for p in folder.iterdir()) == made
    decision = full_text(docx.Document(next(folder.glob("*-QD-*.docx"))))
    assert "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025" in decision
    assert amount in decision  # 0,3 × 2.340.000 = 702.000, rounded up


@pytest.mark.parametrize("name", ["05-BB-HDTDKT-2022.docx", "60-QD-TTDVVL-2022.docx", "52-TTr-TTDVVL-2022.docx",
                                  "BCTT-2022-lvhung.docx", "BCTT-2022-tvgt.docx"])
def test_every_dossier_document_keeps_the_frame(dossier, name):
    """A4, margins, no page number on page 1, the two-column letterhead, the title, one signature row."""
    from docx.shared import Pt

    from tests.docx.readback import part

    doc = docx.Document(dossier / name)
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert 30 <= round(section.left_margin.mm) <= 35 and section.different_first_page_header_footer
    (agency, nation), _ = (row.cells for row in doc.tables[0].rows)
    assert nation.paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert all(r.bold for r in agency.paragraphs[-2].runs if r.text)  # the issuer, bold, above its rule
    kind = next(p for p in doc.paragraphs if p.text in ("BIÊN BẢN", "QUYẾT ĐỊNH", "TỜ TRÌNH", "BÁO CÁO THÀNH TÍCH"))
    assert centred(kind) and all(r.bold and r.font.size == Pt(14) for r in kind.runs)
    fonts = part((dossier / name).read_bytes(), "word/styles.xml")
    assert 'w:ascii="Times New Roman"' in fonts and "Calibri" not in fonts
    left, right = [t for t in doc.tables if len(t.columns) == 2][-1].rows[0].cells
    signed = [p for p in right.paragraphs if p.text]
    assert all(r.bold for p in signed for r in p.runs) and signed[-1].text  # the signer's name
    first = left.paragraphs[0]
    if first.text == "Nơi nhận:":
        assert first.runs[0].bold and first.runs[0].italic and first.runs[0].font.size == Pt(12)
    else:  # two signatures side by side, each ending with the signer's name in bold
        assert all(r.bold for r in first.runs) and left.paragraphs[-1].runs[0].bold and left.paragraphs[-1].text


@pytest.mark.parametrize("name, made", [
    ("tieuhoc-kh-2025-2026.yaml", ["04-BB-HDTDKT-2026.docx", "BCTT-2026-dtmphuong.docx", "MUC-LUC.txt", "TTr-THTQT-2026.docx"]),
    ("phuong-kh-2026.yaml", ["12-BB-HDTDKT-2026.docx", "215-QD-UBND-2026.docx", "MUC-LUC.txt"]),
])
def test_example_plans_make_their_dossiers(run, tmp_path, name, made):
    result = run("render-dossier", ROOT / "examples" / name, "-o", tmp_path)
    assert result.exit_code == 0, result.stdout
    folder = next(tmp_path.iterdir())
    assert sorted(p.name for p in folder.iterdir()) == made
    index = (folder / "MUC-LUC.txt").read_text(encoding="utf-8")
    assert "Chưa lập:" in index  # the school decides nothing itself; the phường proposes nothing upward


# -- the dossier refuses what render-proposal refuses; its index says all of why -----------------

@pytest.mark.parametrize("change", [
    None,  # the reviewer's case: CSTĐCS over the cap and an unsupported LĐTT, TLĐXS of tvgt resting on the cap
    ("    - {person: vqkhai, title: LDTT, votes: 7}", "    - {person: vqkhai, title: CSTDCS, votes: 7}"),
    ("    - {person: bvthanh, title: LDTT, votes: 7}", "    - {person: vtlinh, title: LDTT, votes: 7}"),
])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_dossier_refuses_what_render_proposal_refuses(run, tmp_path, change, lang):
    """Both weigh every council decision (not only those going upward), in the same words."""
    if change is None:
        plan = over_cap_plan(tmp_path)
    else:
        plan = tmp_path / "2022.yaml"
        plan.write_text(SEED.replace(*change), encoding="utf-8")
    proposal = run("render-proposal", plan, "-o", tmp_path / "p", "--lang", lang)
    dossier = run("render-dossier", plan, "-o", tmp_path / "d", "--lang", lang)
    assert (proposal.exit_code, dossier.exit_code) == (1, 1)
    assert dossier.stderr == proposal.stderr and dossier.stdout == proposal.stdout == ""
    assert ("Không lập tờ trình: " if lang == "vi" else "No proposal: ") in dossier.stderr
    assert not (tmp_path / "p").exists() and not (tmp_path / "d").exists()  # nothing half-written


def test_the_over_cap_dossier_names_the_collective_awaiting_the_council(run, tmp_path):
    result = run("render-dossier", over_cap_plan(tmp_path), "-o", tmp_path / "d")
    assert result.exit_code == 1
    assert ("Không lập tờ trình: Phòng Tư vấn - Giới thiệu việc làm – Tập thể lao động xuất sắc chưa đủ căn cứ:\n"
            "  - 1 thành viên đủ tiêu chuẩn Chiến sĩ thi đua cơ sở nhưng tỷ lệ chỉ cho 1 suất trong 2 người đủ tiêu "
            "chuẩn của đơn vị: chờ Hội đồng chọn\n") in result.stderr
    assert "  - 2 đề nghị, tối đa 1 (15% của 12) — Khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP\n" in result.stderr


def test_nothing_upward_is_no_proposal_in_either(run, tmp_path):
    """The phường decides everything itself: render-proposal makes no empty Tờ trình, as the dossier does not."""
    plan = ROOT / "examples" / "phuong-kh-2026.yaml"
    result = run("render-proposal", plan, "-o", tmp_path / "p")
    assert result.exit_code == 1
    assert result.stderr == f"{plan}: Hội đồng không đề nghị cấp trên khen thưởng ai.\n"  # placed: a batch runs many
    assert not (tmp_path / "p").exists()


def not_made(folder) -> list[str]:
    """The lines of the index under `Chưa lập:`."""
    lines = (folder / "MUC-LUC.txt").read_text(encoding="utf-8").splitlines()
    return lines[lines.index("Chưa lập:") + 1:]


@pytest.mark.parametrize("plan, lines", [
    (ROOT / "examples" / "phuong-kh-2026.yaml",
     ["  - Tờ trình đề nghị cấp trên khen thưởng: Hội đồng không đề nghị cấp trên khen thưởng ai.",
      "  - Báo cáo thành tích: Hội đồng không đề nghị cấp trên khen thưởng ai."]),
    (None, ["  - Quyết định khen thưởng của thủ trưởng đơn vị: Chưa ghi cấp quyết định của thủ trưởng đơn vị "
            "(`council.decision.authority`: co_so, huyen, xa hoặc none); pháp luật để tùy địa vị của đơn vị nên tdkt "
            "không tự chọn (xem README, mục Cuối năm)."]),
])
def test_the_index_gives_why_a_document_was_not_made(run, tmp_path, plan, lines):
    if plan is None:  # the seed without the head's level
        plan = tmp_path / "2022.yaml"
        plan.write_text(SEED.replace("    authority: co_so\n", ""), encoding="utf-8")
    result = run("render-dossier", plan, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert not_made(next((tmp_path / "out").iterdir())) == lines
    assert all(line.split(": ", 1)[1] in result.stderr.splitlines() for line in lines)  # what was said, whole


def test_the_index_keeps_every_line_of_why(run, tmp_path, monkeypatch):
    """A reason of several lines (an objection and its criteria) is written whole, not its first line."""
    from tdkt.cli import yearend

    reasons = ["Lường Văn Hùng – Bằng khen cấp bộ, ngành, tỉnh chưa đủ căn cứ:", "  - lý do thứ nhất", "  - lý do thứ hai"]
    monkeypatch.setattr(yearend, "achievement_drafts", lambda job, lang: (None, reasons))
    result = run("render-dossier", SEED_PLAN, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-3:] == reasons
    assert not_made(tmp_path / "ho-so-2022") == ["  - Báo cáo thành tích: " + reasons[0],
                                                 "      - lý do thứ nhất", "      - lý do thứ hai"]


def test_a_template_mistake_leaves_no_dossier_file(run, tmp_path):
    """The Tờ trình's template is broken: the minutes and the decision, made before it, are not written either."""
    (tmp_path / "2022.yaml").write_bytes(SEED_PLAN.read_bytes())
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "to_trinh.j2").write_text("{{ khong_co }}\n", encoding="utf-8")
    result = run("render-dossier", tmp_path / "2022.yaml", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "khong_co" in result.stdout + result.stderr
    assert not list((tmp_path / "out").rglob("*.*"))


def test_a_proposal_without_its_recipient_leaves_the_place_marked(run, tmp_path):
    """A Tờ trình is always addressed: without `proposal.addressees`, Kính gửi is left for the unit, and it is told."""
    addressee = "  addressees: [Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Sơn La]\n"
    assert SEED.count(addressee) == 1
    (tmp_path / "2022.yaml").write_text(SEED.replace(addressee, ""), encoding="utf-8")
    result = run("render-proposal", tmp_path / "2022.yaml", "-o", tmp_path / "out")
    assert result.exit_code == 0
    assert "Tờ trình chưa ghi Kính gửi" in result.stderr and "`proposal.addressees`" in result.stderr
    text = full_text(docx.Document(tmp_path / "out" / "52-TTr-TTDVVL-2022.docx"))
    assert "Kính gửi: [Đơn vị bổ sung: cơ quan, người có thẩm quyền khen thưởng]" in text
    addressed = run("render-proposal", SEED_PLAN, "-o", tmp_path / "seed")
    assert "Kính gửi" not in addressed.stderr
    assert "Kính gửi: Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Sơn La" in full_text(
        docx.Document(tmp_path / "seed" / "52-TTr-TTDVVL-2022.docx"))


@pytest.mark.parametrize("command", ["render-minutes", "render-decision", "render-proposal", "render-achievement", "render-dossier"])
def test_no_council_decisions_is_placed_with_a_hint(run, tmp_path, command):
    plan = tmp_path / "2026.yaml"
    assert run("new", plan, "--kind", "agency", "--year", "2026").exit_code == 0
    result = run(command, plan, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr == (f"{plan}: Tệp kế hoạch chưa ghi kết quả họp Hội đồng (`council.decisions`).\n"
                             "  gợi ý: họp Hội đồng xong thì ghi từng đề nghị vào `council.decisions` (xem README, mục Cuối năm), "
                             "rồi chạy lại\n")
    english = run("--lang", "en", command, plan, "-o", tmp_path / "out")
    assert english.stderr.startswith(f"{plan}: The plan records no council decisions (`council.decisions`).\n  hint: after the council")
    assert not (tmp_path / "out").exists()


def test_the_english_index_words_the_year_in_english(run, tmp_path):
    result = run("--lang", "en", "render-dossier", SEED_PLAN, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ho-so-2022" / "MUC-LUC.txt").read_text(encoding="utf-8").startswith(
        "REWARD DOSSIER 2022 – Trung tâm Dịch vụ việc làm\n")


def test_a_note_two_documents_share_is_said_once(run, tmp_path):
    result = run("render-dossier", SEED_PLAN, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    said = result.stdout + (result.stderr or "")
    assert said.count("căn cứ pháp lý chưa đối chiếu") == 1  # the decision and the Tờ trình cite the same bases
