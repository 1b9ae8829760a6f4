"""The Biên bản họp Hội đồng as read (drives `tdkt render-minutes`)."""

from __future__ import annotations

from tests.conftest import DATA, SEED_PLAN
from tests.docx.readback import full_text, open_docx


def _minutes(run, tmp_path, plan) -> list[str]:
    result = run("render-minutes", plan, "-o", tmp_path)
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob("*.docx")
    return full_text(open_docx(path.read_bytes())).split("\n")


def test_the_head_chairs_as_head_of_the_unit(run, tmp_path):
    lines = _minutes(run, tmp_path / "a", DATA / "yearend_commune.yaml")
    assert "- Chủ trì: Ông Đỗ Văn Chủ, Chủ tịch Ủy ban nhân dân phường Hòa Đông, Chủ tịch Hội đồng." in lines
    assert "- Thư ký: [đơn vị bổ sung: thư ký cuộc họp]." in lines
    lines = _minutes(run, tmp_path / "b", SEED_PLAN)
    assert "- Chủ trì: Ông Vũ Quang Khải, Giám đốc Trung tâm Dịch vụ việc làm, Chủ tịch Hội đồng." in lines
    assert "- Thư ký: Bà Đinh Thị Lan, Văn thư - Thi đua khen thưởng." in lines
