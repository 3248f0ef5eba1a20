"""A unit writing under a new name (after a 机构改革) the roster does not know yet, whose mail says
which unit it was: read as that unit, the reason telling the clerk to add the alias. Mails and
campaign written for these tests."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from route_helpers import SH, mail, one_table_campaign, place

WHEN = dt.datetime(2046, 3, 26, 14, 15, tzinfo=SH)


@pytest.fixture
def energy():
    return one_table_campaign("jn-2046", "2045年度公共机构能源资源消费统计", "2046-03-02", "能源资源消费统计",
                              ["县教育局", "县民政局", "县交通局"], "2046-03-30T17:00:00+08:00", ["统计表"], ("xlsx",))


def _table(unit: str) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["2045年度公共机构能源资源消费统计表"])
    wb.active.append([f"填报单位：{unit}"])
    wb.active.append(["能源品种", "消费量"])
    wb.active.append(["电力（千瓦时）", 182000])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("said", [
    "根据机构改革，我局已更名为建昌县教育和体育局（原县教育局，体育职能划入）。",
    "原县教育局已更名为县教育和体育局，今后请按新名称联系。",
    "我单位由县教育局更名为县教育和体育局。",
])
def test_a_new_name_the_mail_says_was_a_roster_unit_is_that_unit(energy, said):
    raw = mail("县教育和体育局能源资源消费统计", f"{said}统计表见附件。\n县教育和体育局办公室",
               {"县教育和体育局2045年度公共机构能源资源消费统计表.xlsx": _table("建昌县教育和体育局")})
    m = place([energy], raw, WHEN)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "jn-2046", "县教育局", ["jn"]), m.reason
    assert "原为县教育局" in m.reason and "别名" in m.reason


def test_a_new_name_without_its_former_one_is_still_for_a_person(energy):
    raw = mail("县教育和体育局能源资源消费统计", "统计表见附件。\n县教育和体育局办公室",
               {"县教育和体育局2045年度公共机构能源资源消费统计表.xlsx": _table("建昌县教育和体育局")})
    m = place([energy], raw, WHEN)
    assert m.state == "needs_review" and "县教育和体育局" in m.reason, m.reason


def test_a_former_name_said_in_passing_renames_nothing(energy):
    """原县教育局的职能划入 names the bureau as it was, but says no new name of it."""
    raw = mail("县体育事业发展中心能源资源消费统计", "原县教育局的体育职能划入我中心。统计表见附件。\n县体育事业发展中心",
               {"县体育事业发展中心能源资源消费统计表.xlsx": _table("县体育事业发展中心")})
    m = place([energy], raw, WHEN)
    assert m.unit != "县教育局" or m.state != "filed", m.reason
    assert "原为" not in m.reason
