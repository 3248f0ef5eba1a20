"""What held-out notices 1700–1719 showed the drafter missing in their deadlines (the share of branch h-fixn85b), on
notice texts written for these tests, each with a near miss that must not fire: a lunar date whose bracketed 公历 date
carries its weekday in brackets of its own (1702)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.lunar import next_lunar
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府：", date: str = "2461年2月20日"):
    text = (f"关于开展2461年春季植树造林情况统计的通知\n{salutation}\n{body}\n邮箱：jclc_zslh@163.com\n"
            f"联系人：阚立峰  联系电话：0429-7713482\n\n建昌县绿化委员会办公室\n{date}\n")
    return draft_campaign(text, ROSTER)


def dues(d) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in d.requirements]


# ---------------------------------------------------------------- 1702: 农历二月初八（公历3月20日（星期二））前


def test_a_lunar_date_with_its_solar_date_and_weekday_in_nested_brackets_is_one_deadline_the_solar_date():
    d = draft("各乡镇于农历二月初十（公历3月22日（星期四））前报送植树造林统计表（Excel格式）。")
    assert dues(d) == [dt.datetime(2461, 3, 22, 23, 59, 59)]


def test_a_nested_bracket_with_no_solar_date_leaves_the_lunar_reading():
    """Near miss: the bracket says no calendar day (only a weekday in a bracket of its own): the lunar date is read."""
    d = draft("各乡镇于农历二月初十（植树节前后（星期四））前报送植树造林统计表（Excel格式）。")
    lunar = next_lunar(2, 10, dt.date(2461, 2, 20))
    assert dues(d) == [dt.datetime.combine(lunar, dt.time(23, 59, 59))]
