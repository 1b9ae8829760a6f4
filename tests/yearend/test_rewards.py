"""Reward money: factor × base salary on the decision's day, rounded up to 10,000 đồng."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tdkt.rules.rewards import base_salary, money, reward, rounded
from tests.conftest import SEED_PLAN


@pytest.mark.parametrize("regime, code, scope, day, amount", [
    ("nd91", "LDTT", "individual", date(2022, 12, 26), 450_000),     # 0.3 × 1,490,000 = 447,000
    ("nd91", "TTLDTT", "collective", date(2022, 12, 26), 1_200_000),  # 0.8 × 1,490,000 = 1,192,000
    ("nd91", "CSTDCS", "individual", date(2022, 12, 26), 1_490_000),
    ("nd91", "GK", "individual", date(2022, 12, 26), 230_000),        # 0.15 × 1,490,000 = 223,500
    ("nd91", "BKT", "collective", date(2022, 12, 26), 2_980_000),
    ("nd91", "LDTT", "individual", date(2023, 7, 1), 540_000),        # 0.3 × 1,800,000
    ("nd98", "GK", "collective", date(2024, 6, 30), 1_080_000),       # 0.6 × 1,800,000
    ("nd98", "GK", "collective", date(2024, 7, 1), 1_410_000),        # 0.6 × 2,340,000 = 1,404,000
    ("nd152", "LDTT", "individual", date(2025, 12, 20), 710_000),     # 0.3 × 2,340,000 = 702,000
    ("nd152", "CSTDT", "individual", date(2025, 12, 20), 7_020_000),
    ("nd152", "BKTTG", "collective", date(2025, 12, 20), 16_380_000),
    ("nd152", "CTDT", "collective", date(2025, 12, 20), 18_720_000),
])
def test_amounts(regime, code, scope, day, amount):
    assert reward(code, scope, regime, day).amount == amount


def test_no_reward_for_a_scope_without_one():
    assert reward("LDTT", "collective", "nd152", date(2025, 12, 20)) is None


@pytest.mark.parametrize("value, step, expected", [
    (Decimal("447000"), 10_000, 450_000),
    (Decimal("450000"), 10_000, 450_000),
    (Decimal("450000.01"), 10_000, 460_000),
    (Decimal("223500"), 1_000, 224_000),
])
def test_rounding_up(value, step, expected):
    assert rounded(value, step) == expected


def test_base_salary_by_date_with_its_decree():
    assert base_salary(date(2024, 7, 1))[:2] == (2_340_000, "Nghị định 73/2024/NĐ-CP")
    assert base_salary(date(2024, 6, 30))[0] == 1_800_000
    assert money(16_380_000) == "16.380.000"


def test_unconfirmed_values_are_marked_and_overrides_are_not():
    assert not reward("GK", "individual", "nd91", date(2022, 12, 26)).confirmed
    overrides = {"factors": {("GK", "individual"): (Decimal("0.1"), "QĐ 36/2017/QĐ-UBND")},
                 "base_salary": (1_490_000, "QĐ 36"), "rounding": (1_000, "QĐ 36")}
    found = reward("GK", "individual", "nd91", date(2022, 12, 26), overrides)
    assert (found.amount, found.cite, found.confirmed) == (149_000, "QĐ 36/2017/QĐ-UBND", True)


def test_rules_file_overrides_reach_evaluate_and_mistakes_are_placed(run, tmp_path):
    plan = tmp_path / "2022.yaml"
    plan.write_text(SEED_PLAN.read_text(encoding="utf-8").replace(
        "year: 2022\n", "year: 2022\nrules: {file: quy-dinh.yaml}\n", 1), encoding="utf-8")
    rules = tmp_path / "quy-dinh.yaml"
    rules.write_text("source: Quyết định 36/2017/QĐ-UBND tỉnh Sơn La\n"
                     "rewards:\n  factors:\n    GK: {individual: 0.1}\n", encoding="utf-8")
    result = run("evaluate", plan, "--format", "json")
    assert result.exit_code == 0, result.stdout
    import json

    items = json.loads(result.stdout)["rewards"]["items"]
    gk = [i for i in items if i["code"] == "GK" and i["id"] == "nthuong"][0]
    assert gk["amount"] == 150_000 and gk["source"] == "Quyết định 36/2017/QĐ-UBND tỉnh Sơn La"
    rules.write_text("source: QĐ tỉnh\nrewards:\n  factors:\n    GX: {individual: 0.1}\n", encoding="utf-8")
    result = run("validate", plan)
    assert result.exit_code == 1
    assert f"{rules}:4:5: lỗi: không có danh hiệu, hình thức khen thưởng mã `GX`" in result.stdout


def test_evaluate_shows_the_money_and_who_decides(run):
    result = run("evaluate", SEED_PLAN)
    assert result.exit_code == 0
    assert "Vũ Quang Khải – Lao động tiên tiến: 450.000 đồng (0,3 × lương cơ sở;" in result.stdout
    assert "[đơn vị quyết định] (*)" in result.stdout
    assert "Tổng cộng: 14.680.000 đồng; trong đó đơn vị quyết định: 10.950.000 đồng" in result.stdout
