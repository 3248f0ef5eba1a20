"""Let-offs whose units are named after a clause describing them (probes of branch h-fixn140a, on notice texts written
for these tests): `已参加4月专项检查的大屯镇不再报送`, `对已于5月报送的大屯镇，本次不再报送`, `参加过省级评估的大屯镇、
汤神庙镇本次不报送` let the units after the 的 off, and `可不报送` (可以不报送, 可不再报送) lets off as `无需报送` does; with
near misses that must let no one off."""

from __future__ import annotations

import pytest

from drafting_helpers import draft_of_a_file, notice_text

ASK = "请各乡镇于6月12日16时前将排查报告（Word格式）报送至邮箱。"


def units(tmp_path, tail: str) -> list[str]:
    """The units of the 排查报告's requirement (the first), with ``tail`` after the ask."""
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县水利局", "关于开展水利工程排查的通知", "各乡镇人民政府", ASK + tail, "2950年6月1日",
        mailbox="jcsl@163.com")).requirements[0].units


@pytest.mark.parametrize("tail", [
    "已参加4月专项检查的大屯镇不再报送。",
    "4月已接受市级检查的大屯镇，本次不再报送。",
    "对已于5月报送的大屯镇，本次不再报送。",
    "列入市级试点的大屯镇可不报送。",
    # read right before the rule: kept so
    "大屯镇已参加4月专项检查，不再报送。",
    "大屯镇因已纳入省级试点，此次不再报送。",
    "其中大屯镇不再报送。",
    "大屯镇已于5月报送，本次不再重复报送。",
    "大屯镇无需报送。",
])
def test_the_unit_after_the_describing_clause_is_let_off(tmp_path, tail):
    u = units(tmp_path, tail)
    assert "大屯镇" not in u and "汤神庙镇" in u and len(u) == 27


def test_every_unit_of_a_described_list_is_let_off(tmp_path):
    u = units(tmp_path, "参加过省级评估的大屯镇、汤神庙镇本次不报送。")
    assert "大屯镇" not in u and "汤神庙镇" not in u and len(u) == 26


# near variants: 和 joining the names, 经核查 before the clause, 此次无需; 对…的 and 可以不再报送


def test_variant_names_joined_by_he(tmp_path):
    u = units(tmp_path, "经核查已完成整改的汤神庙镇和石佛乡，此次无需报送。")
    assert "汤神庙镇" not in u and "石佛乡" not in u and "大屯镇" in u and len(u) == 26


def test_variant_dui_and_keyi_bu_zai(tmp_path):
    u = units(tmp_path, "对去年已完成普查的要路沟乡、谷杖子乡可以不再报送。")
    assert "要路沟乡" not in u and "谷杖子乡" not in u and "大屯镇" in u and len(u) == 26


# near misses: no one let off


@pytest.mark.parametrize("tail", [
    "未参加4月专项检查的乡镇须于6月10日前报送自查表。",
    "如不报送，视为无问题。",
    "已报送的单位，可不再报送纸质版。",
    "已参加检查的单位不再报送。",
    "各乡镇如无此类工程，可不报送。",
    # a leave under a condition said with any let-off word: the units still owe the paper (28, was 0 with 无需)
    "各乡镇如无此类工程，无需报送。",
    "如辖区内没有在建工程，不需报送。",
    "若本乡镇未发生此类事件，不再报送。",
])
def test_near_miss_lets_no_one_off(tmp_path, tail):
    assert len(units(tmp_path, tail)) == 28
