"""Towns picked by what they have, not named (found by hand, 2026-12-05): `有矿山企业的乡镇`, `涉及大凌河流域的乡镇` send;
the notice does not say which, so the draft selects no unit and asks the clerk (`unit_refs.SOME_OF_THEM`). Before, every
town and township was drafted as owing it."""

from __future__ import annotations

import pytest

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于报送2026年汛期安全检查材料的通知", "各乡镇人民政府", body, "2026年6月1日",
        opening="现将有关事项通知如下。", mailbox="jcyjj_xq2026@163.com", contact="赵刚  联系电话：0429-7652222"))


@pytest.mark.parametrize("who", ["有矿山企业的乡镇", "涉及大凌河流域的乡镇", "辖区内有尾矿库的乡镇"])
def test_towns_picked_by_what_they_have_are_left_to_the_clerk(tmp_path, who):
    c = draft(tmp_path, f"{who}于6月15日前报送汛期安全检查台账（Excel格式）。")
    (r,) = c.requirements
    assert r.units == [] and any(who in line for line in c.unsettled)


@pytest.mark.parametrize("who", ["各乡镇", "上述有尾矿库的乡镇"])
def test_near_miss_every_town_or_the_towns_named_above_are_not_left(tmp_path, who):
    text = "一、建昌镇、喇嘛洞镇辖区内有尾矿库。二、" if who.startswith("上述") else ""
    (r,) = draft(tmp_path, f"{text}{who}于6月15日前报送汛期安全检查台账（Excel格式）。").requirements
    assert r.units
