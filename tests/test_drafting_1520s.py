"""What held-out notices 1520–1539 showed the drafter missing (two of the three), on notice texts written for these tests:
a count of units with a word of what they were chosen for (五个试点乡镇) pointing at the towns of the salutation."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
SALUTATION = "建昌镇人民政府，药王庙镇人民政府，汤神庙镇人民政府，石佛乡人民政府，要路沟乡人民政府，县生态环境局："
FIVE = ["建昌镇", "汤神庙镇", "石佛乡", "药王庙镇", "要路沟乡"]


def units_of(body: str, salutation: str = SALUTATION) -> list[list[str]]:
    text = (f"关于报送2418年度回收处置情况的通知\n{salutation}\n{body}\n联系人：李海军  联系电话：0429-7719236\n\n"
            f"建昌县农业农村局\n2418年11月26日\n")
    return [sorted(r.units) for r in draft_campaign(text, ROSTER).requirements]


def test_five_pilot_towns_are_the_five_towns_of_the_salutation():
    body = ("一、报送邮箱 jcny_hs@163.com\n"
            "（一）五个试点乡镇请于12月5日前报送《回收台账》（Excel格式）。\n"
            "（二）县生态环境局请于12月14日17时前报送转移联单汇总表（PDF格式）。")
    assert units_of(body) == [sorted(FIVE), ["生态环境局建昌分局"]]


def test_the_word_may_stand_in_a_request_too():
    body = "一、请五个重点乡镇于8月20日17:00前将《网点统计表》（Excel格式）发送至jcny_hs@163.com。"
    assert units_of(body) == [sorted(FIVE)]


def test_a_count_of_months_before_the_towns_is_no_count_of_towns():
    """Near miss: 三个月内 is a time, and 各乡镇 every town, not the salutation's five."""
    body = "一、请各乡镇于12月5日前将近三个月内各乡镇回收台账（Excel格式）发送至jcny_hs@163.com。"
    salutation = "各乡镇人民政府："
    (units,) = units_of(body, salutation)
    assert len(units) == len(ROSTER.names(["town", "township"]))
