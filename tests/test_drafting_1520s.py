"""What held-out notices 1520–1539 showed the drafter missing, on notice texts written for these tests: a count of
units with a word of what they were chosen for (五个试点乡镇) pointing at the towns of the salutation (1523, 1529);
items each opening with the unit that owes them, sent by one 上述材料 sentence (1534)."""

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


def drafted(body: str, salutation: str) -> list[tuple[str, list[str], str]]:
    text = (f"关于开展2431年社区养老服务设施运营情况评估的通知\n{salutation}\n{body}\n联系人：周敏  联系电话：0429-7718850\n\n"
            f"建昌县养老服务指导中心\n2431年3月2日\n")
    return [(r.title, sorted(r.units), r.due.strftime("%m-%d %H:%M")) for r in draft_campaign(text, ROSTER).requirements]


def test_items_each_opening_with_its_unit_are_each_that_units_requirement():
    """二、职责分工 （一）县民政局负责…形成评估报告 （二）县卫健局负责…填写《…统计表》 （三）县医保局配合，不单独报送;
    三、 县民政局、县卫健局请于…将上述材料发送: two requirements, one of each bureau, by the one date."""
    body = ("一、评估范围\n全县已投入运营的社区养老服务设施。\n二、职责分工\n"
            "（一）县民政局负责设施运营情况实地评估，形成评估报告（Word格式）。\n"
            "（二）县卫健局：汇总医养结合服务开展情况，填写《医养结合服务统计表》（Excel格式）。\n"
            "（三）县医保局配合县卫健局核对数据，不单独报送。\n"
            "三、报送要求\n县民政局、县卫健局请于3月20日下午4时前将上述材料发送至jcylfw@163.com。")
    reqs = drafted(body, "县民政局，县卫健局，县医保局：")
    assert [(units, due) for _, units, due in reqs] == [(["县民政局"], "03-20 16:00"), (["县卫健局"], "03-20 16:00")]
    assert "评估报告" in reqs[0][0] and "统计表" in reqs[1][0]


def test_items_of_one_unit_each_are_not_split_when_the_sentence_names_another():
    """Near miss: the sending sentence names a unit no item opens with (各乡镇 send too): no per-unit split."""
    body = ("二、职责分工\n"
            "（一）县民政局负责设施运营情况实地评估，形成评估报告（Word格式）。\n"
            "（二）县卫健局负责汇总医养结合服务开展情况，填写《医养结合服务统计表》（Excel格式）。\n"
            "三、报送要求\n县民政局、县卫健局、县教育局请于3月20日前将上述材料发送至jcylfw@163.com。")
    reqs = drafted(body, "县民政局，县卫健局，县教育局：")
    assert not any(units == ["县民政局"] for _, units, _ in reqs)
