"""What held-out notices 2481, 2483, 2489 and 2493 showed the drafter missing (fixed by the lead, units.ROW_OF_A_FIRM),
on notice texts written for these tests: a table row whose unit cell is one company, bank or station by its own name
(中国移动建昌分公司, 建昌水文站, 中国邮政建昌县分公司) is that body's, off the roster, not a requirement of the addressees;
a near miss: a roster unit's row in its place keeps its own requirement."""

from __future__ import annotations

import pytest
from drafting_helpers import draft_of_a_file, notice_text

from collector.roster import builtin_roster

TOWNS = set(builtin_roster().names(["town", "township"]))


def draft(tmp_path, firm_row: str):
    body = ("二、报送材料及时间\n单位\t报送材料\t格式\t报送时间\n"
            "各乡镇\t养殖情况调查表\tExcel\t8月13日（星期二）上午10时前\n"
            "县市场局\t加工企业登记情况说明\tWord\t8月14日（星期三）下午3时前\n"
            f"{firm_row}\n"
            "县商务局\t本次不报送\t—\t—\n")
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于开展特色养殖情况调查的通知", "各乡镇人民政府，县市场局，县商务局", body, "2897年8月1日",
        mailbox="jcnyj_tsyz@163.com", contact="畜牧股 王丽，电话：0429-7901234"))


@pytest.mark.parametrize("firm", ["中国移动建昌分公司", "建昌水文站", "中国邮政建昌县分公司", "国网建昌县供电公司",
                                  "中国农业银行建昌支行"])
def test_a_row_of_a_firm_off_the_roster_is_the_firms_own(tmp_path, firm):
    draft_ = draft(tmp_path, f"{firm}\t信息推送情况\tWord\t8月20日（星期二）前")
    assert [(r.due.strftime("%m-%d %H:%M"), sorted(r.units) == sorted(TOWNS) or sorted(r.units))
            for r in draft_.requirements] == [("08-13 10:00", True), ("08-14 15:00", ["县市场局"])]
    assert any(firm in line for line in draft_.unsettled)


def test_near_miss_a_roster_units_row_in_its_place_keeps_its_requirement(tmp_path):
    draft_ = draft(tmp_path, "县交通局\t道路运输情况\tWord\t8月20日（星期二）前")
    assert [sorted(r.units) for r in draft_.requirements][1:] == [["县市场局"], ["县交通局"]]

