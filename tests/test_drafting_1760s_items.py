"""What held-out notices 1760–1779 showed the drafter missing (the share of branch h-fixn88d), on notice texts written
for these tests, each with a near miss that must not fire: some of a list's senders sending only some of its numbered
items, a list item opening with a year, a schedule row that is only the office's report upward (1771); a deadline said as
the day before it, 于同日前 (1779)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.asks.above import ITEM
from collector.drafting.asks.item_bounds import ITEM as ITEM_BOUND
from collector.drafting.asks.items_by_number import NUMBERED
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcxfb_ztxx@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于报送2470年全民健身工作开展情况的通知\n{salutation}\n{body}\n"
            f"联系人：赵丽  联系电话：0429-7715530\n\n建昌县体育事业发展中心\n2470年10月8日\n{tail}")
    return draft_campaign(text, ROSTER)


def dues(d) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in d.requirements]


def formats(r) -> list[str]:
    return sorted(p.get("formats", [p["kind"]])[0] for p in r.parts)


# ---------------------------------------------------------------- 1771: 其中，X仅报送第1、2项 (a split of the list)

LISTED = ("一、报送内容\n1．《全民健身活动情况统计表》（Excel格式）；\n2．全民健身工作总结（Word格式）；\n"
          "3．健身活动照片（JPG格式）。\n二、报送要求\n请各乡镇人民政府、县教育局、县卫健局于10月22日（星期三）前，将上述材料"
          f"发送至邮箱{BOX}。{{split}}\n")
ADDRESSED = "各乡镇人民政府，县教育局，县卫健局："


def test_units_sending_only_some_items_get_requirements_of_those_items():
    d = draft(LISTED.format(split="其中，县教育局仅报送第1、2项，县卫健局仅报送第2项。"), ADDRESSED)
    towns, education, health = d.requirements
    assert sorted(towns.units) == TOWNS and formats(towns) == ["docx", "photo", "xlsx"]
    assert education.units == ["县教育局"] and formats(education) == ["docx", "xlsx"]
    assert health.units == ["县卫健局"] and formats(health) == ["docx"]
    assert dues(d) == [dt.datetime(2470, 10, 22, 23, 59, 59)] * 3


def test_a_range_of_items_with_material_after_it_is_chosen_too():
    d = draft(LISTED.format(split="其中，县卫健局只需报送第2至3项材料。"), ADDRESSED)
    assert [sorted(r.units) for r in d.requirements][1:] == [["县卫健局"]]
    assert formats(d.requirements[1]) == ["docx", "photo"]


def test_items_sent_by_a_unit_the_sentence_does_not_ask_split_nothing():
    """Near miss: 县民政局 is not among the senders: the one requirement stays whole, for every one it asks."""
    (r,) = draft(LISTED.format(split="其中，县民政局仅报送第2项。"), ADDRESSED).requirements
    assert len(r.units) == len(TOWNS) + 2 and formats(r) == ["docx", "photo", "xlsx"]


def test_a_number_past_the_lists_end_splits_nothing():
    """Near miss: there is no 第5项: the words are left as they are."""
    (r,) = draft(LISTED.format(split="其中，县教育局仅报送第5项。"), ADDRESSED).requirements
    assert len(r.units) == len(TOWNS) + 2


def test_an_item_opening_with_a_year_is_still_an_item_of_the_list():
    """2．2470年全民健身工作总结: the number then the year, not a decimal 2.2470."""
    body = LISTED.format(split="").replace("全民健身工作总结", "2470年全民健身工作总结")
    (r,) = draft(body, ADDRESSED).requirements
    assert formats(r) == ["docx", "photo", "xlsx"]


def test_a_decimal_opening_a_line_is_no_item():
    """Near miss: 2.2470万元 is a number (four digits, no 年 after them), not item 2: no reading of a list takes it."""
    for pattern in (ITEM, NUMBERED, ITEM_BOUND):
        assert pattern.match("2．2470年全民健身工作总结（Word格式）；")
        assert not pattern.match("2.2470万元健身器材资金已下拨。")


SCHEDULE = ("一、工作安排\n时间\t工作内容\n10月上旬\t各乡镇开展自查\n{row}\n"
            f"二、报送要求\n请各乡镇于10月22日（星期三）前，将《全民健身活动情况统计表》（Excel格式）发送至邮箱{BOX}。\n")


def test_a_schedule_row_only_reporting_to_the_city_is_no_requirement():
    d = draft(SCHEDULE.format(row="11月10日前\t上报市体育局"))
    assert dues(d) == [dt.datetime(2470, 10, 22, 23, 59, 59)]


def test_a_schedule_row_naming_who_sends_stays_a_requirement():
    """Near miss: the row names the towns and what they send, to the county's mailbox: a deadline of theirs."""
    d = draft(SCHEDULE.format(row="11月10日前\t各乡镇报送全民健身工作总结（Word格式）"))
    assert dt.datetime(2470, 11, 10, 23, 59, 59) in dues(d)


# ---------------------------------------------------------------- 1779: 于同日前 (the day said before)

TWO_ITEMS = ("二、报送要求\n（一）县教育局于10月20日（星期一）前，将学校体育设施统计表（Excel格式）发送至邮箱"
             f"{BOX}。\n（二）县卫健局{{when}}，将国民体质监测情况报告（Word格式）发送至上述邮箱。\n")


def test_the_same_day_said_without_an_hour_is_the_day_before_it():
    d = draft(TWO_ITEMS.format(when="于同日前"), "县教育局，县卫健局：")
    education, health = d.requirements
    assert health.units == ["县卫健局"] and formats(health) == ["docx"]
    assert dues(d) == [dt.datetime(2470, 10, 20, 23, 59, 59)] * 2


def test_the_same_day_at_an_hour_keeps_its_hour():
    """Near miss: 同日下午5时前 in its own sentence keeps reading as before (no end-of-day hour forced on it)."""
    d = draft("请各乡镇于10月20日（星期一）中午12时前、县直各单位于同日下午5时前，将健身工作总结（Word格式）"
              f"发送至邮箱{BOX}。", "各乡镇人民政府，县直各单位：")
    assert dt.datetime(2470, 10, 20, 23, 59, 59) not in dues(d)


def test_the_same_day_with_no_day_before_it_is_no_deadline():
    """Near miss: nothing dated before 于同日前: no date is made up."""
    d = draft(f"县卫健局于同日前，将国民体质监测情况报告（Word格式）发送至邮箱{BOX}。", "县卫健局：")
    assert d.requirements == []
