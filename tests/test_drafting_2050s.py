"""What held-out notices 2040–2059 showed the drafter missing (fixed on branch h-fixn102b), on notice texts written for
these tests, each with a near miss that must not change: companies as a group opening their own item are off the roster
(`各运营企业于…前报送…`, 2044); a written opinion given in a named file format under a lead-in saying the items below are
sent (`…分别就…出具书面意见（Word格式）`, 2052); a warning to the late after a date that closes no sending
(`…公示截止时间为…，逾期未报送的，将…`, 2059)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(salutation: str, body: str):
    text = (f"关于开展2690年城区停车泊位普查工作的通知\n{salutation}：\n{body}\n材料请发送至jcjtj_tcbw@163.com。\n"
            f"联系人：韩雪，电话：0429-7821530\n\n建昌县交通运输局\n2690年5月6日\n")
    return draft_campaign(text, ROSTER)


# 2044: 各运营企业 (companies as a group, off the roster) opening their own item


def test_companies_as_a_group_opening_their_item_ask_no_roster_unit():
    d = draft("县公安局，各停车场经营企业",
              "1.县公安局于5月12日（星期二）前报送停车违法数据统计表（Excel格式）。\n"
              "2.各经营企业于5月19日（星期二）前报送泊位收费标准和管理人员名单。")
    assert [r.units for r in d.requirements] == [["县公安局"]]
    assert any("各经营企业" in line for line in d.unsettled)


def test_near_miss_towns_having_their_companies_send_are_asked():
    d = draft("各乡镇人民政府，县公安局",
              "1.县公安局于5月12日（星期二）前报送停车违法数据统计表（Excel格式）。\n"
              "2.各乡镇督促辖区经营企业于5月19日（星期二）前报送泊位统计表（Excel格式）。")
    assert [sorted(r.units) for r in d.requirements] == [["县公安局"], TOWNS]


# 2052: 出具书面意见（Word格式） under 请有关单位按以下要求报送材料：


def test_an_opinion_given_in_word_under_a_sending_lead_in_is_asked():
    d = draft("县住建局、县自然资源局",
              "请有关单位按以下要求报送材料：\n"
              "一、县住建局、县自然资源局于5月20日（星期三）上午10时前，分别就泊位规划、用地情况出具书面意见（Word格式）。")
    (r,) = d.requirements
    assert sorted(r.units) == ["县住建局", "县自然资源局"]
    assert [p["title"] for p in r.parts] == ["书面意见"]


def test_near_miss_an_opinion_given_with_no_file_named_asks_nothing():
    d = draft("县住建局、县自然资源局",
              "请有关单位按以下要求做好工作：\n"
              "一、县住建局、县自然资源局于5月20日（星期三）上午10时前，分别就泊位规划、用地情况出具意见。")
    assert d.requirements == []


# 2059: 公示截止时间为…，逾期未报送的，将… (the warning to the late sends nothing by that date)


def test_a_warning_to_the_late_after_a_closing_date_asks_nothing_by_it():
    d = draft("县融媒体中心、县档案馆",
              "一、县融媒体中心、县档案馆于5月15日（星期五）前报送泊位情况表（Excel格式）。\n"
              "二、泊位信息网上公示截止时间为6月30日，逾期未报送的，将予以通报。")
    assert [r.due.strftime("%m-%d") for r in d.requirements] == ["05-15"]


def test_near_miss_an_application_closing_with_a_warning_to_the_late_is_asked():
    d = draft("县融媒体中心、县档案馆",
              "一、县融媒体中心、县档案馆于5月15日（星期五）前报送泊位情况表（Excel格式）。\n"
              "二、示范泊位申报截止时间为6月30日，逾期未报送的，不予受理。")
    assert [r.due.strftime("%m-%d") for r in d.requirements] == ["05-15", "06-30"]
