"""What held-out notices 2501, 2511 and 2519 showed the drafter missing (fixed on branch h-fixn125a): a table row whose
unit cell names a body off the roster by its own name (`4	建昌县驴业协会	…`, `四	县满族联谊会	…`, `四	建昌温泉度假村	…`) is
that body's row, left out with its unsettled line, whatever its name ends in (unit_cell.off_roster_row: one rule in place
of four lists of name endings); a cell the addressees answer to (a roster unit, 同上, 以上单位, 县直有关部门, 各成员单位, a
list of roster units, a batch 第二批) stays theirs."""

from __future__ import annotations

import pytest
from drafting_helpers import draft_of_a_file, notice_text

TOWNS = {"kinds": ["town", "township"]}


def draft(tmp_path, row: str, number: str = "3"):
    body = ("一、报送要求\n　　请有关单位按下表要求报送材料。\n序号\t报送单位\t报送材料\t报送时间\n"
            "1\t各乡镇\t养殖户统计表（Excel格式）\t6月3日（星期二）前\n"
            "2\t县财政局\t资金情况（Word格式）\t6月10日（星期二）前\n"
            f"{number}\t{row}\t会员情况（Word格式）\t6月6日（星期五）前\n")
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于开展养殖产业调查的通知", "各乡镇人民政府，县教育局、县卫健局、县财政局", body,
        "2690年5月12日", opening="为摸清底数，现将有关事项通知如下。", mailbox="jcnyj_dc2690@163.com",
        contact="韩雪  联系电话：0429-7714420"))


@pytest.mark.parametrize("row,number", [("建昌县驴业协会", "4"), ("县满族联谊会", "四"), ("建昌温泉度假村", "3")])
def test_a_row_of_a_body_off_the_roster_is_left_out(tmp_path, row, number):
    c = draft(tmp_path, row, number)
    assert [r.due.day for r in c.requirements] == [3, 10]
    assert any(f"名册外单位“{row}”" in line for line in c.unsettled)


@pytest.mark.parametrize("row,units", [
    ("县教育局", ["县教育局"]),
    ("县教育局、县卫健局", ["县教育局", "县卫健局"]),
])
def test_near_miss_a_row_of_roster_units_stays_theirs(tmp_path, row, units):
    c = draft(tmp_path, row)
    assert [r.due.day for r in c.requirements] == [3, 10, 6]
    assert sorted(c.requirements[2].units) == sorted(units)


@pytest.mark.parametrize("row", ["同上", "以上单位", "县直有关部门", "各成员单位", "第二批"])
def test_near_miss_a_cell_the_addressees_answer_to_is_no_body(tmp_path, row):
    c = draft(tmp_path, row)
    assert not any(f"名册外单位“{row}”" in line for line in c.unsettled)
