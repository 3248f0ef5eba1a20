"""Deadlines the drafter reads from notice texts written for these tests (not the fixtures'):
dates in Chinese numerals, monthly and weekly deadlines, a deadline a 补充通知 moves, and
an activity's days that are not a submission."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.deadlines import find_deadlines
from collector.roster import builtin_roster


def notice(body: str, dated: str = "2026年3月2日") -> str:
    return (f"建昌县农业农村局\n关于报送春耕生产情况的通知\n\n各乡镇人民政府：\n\n{body}\n\n"
            f"建昌县农业农村局\n{dated}\n")


def dues(body: str, dated: str = "2026年3月2日") -> list[dt.datetime]:
    draft = draft_campaign(notice(body, dated), builtin_roster())
    return [r.due.replace(tzinfo=None) for r in draft.requirements]


def due_in(sentence: str, on: dt.date = dt.date(2026, 3, 2)) -> list[dt.datetime | None]:
    return [d.due for d in find_deadlines(sentence, on)]


# ---------------------------------------------------------------- Chinese numerals


def test_a_date_in_chinese_numerals_is_a_deadline():
    body = "请于二〇二六年四月十日前将春耕生产情况统计表发送至邮箱jcnyct@163.com。"
    assert dues(body) == [dt.datetime(2026, 4, 10, 23, 59, 59)]


def test_chinese_numeral_months_days_and_hours_are_counted():
    assert due_in("请于十一月三十日下午四时前报送总结") == [dt.datetime(2026, 11, 30, 16, 0)]
    assert due_in("请于二〇二六年十二月二十一日二十一时前报送名单") == [dt.datetime(2026, 12, 21, 21, 0)]
    assert due_in("于二零二六年五月二十日前报送") == [dt.datetime(2026, 5, 20, 23, 59, 59)]
    assert due_in("请于六月底前报送方案") == [dt.datetime(2026, 6, 30, 23, 59, 59)]


def test_a_chinese_numeral_date_that_does_not_exist_is_said_not_guessed():
    found = find_deadlines("请于二〇二六年二月三十日前报送", dt.date(2026, 1, 5))
    assert [d.due for d in found] == [None] and "不是有效的日期" in found[0].assumed


# ---------------------------------------------------------------- monthly and weekly


def test_a_monthly_deadline_starts_in_the_month_it_names():
    body = ("请于3月10日前将春耕物资台账发送至邮箱jcnyct@163.com。\n"
            "自6月起，各乡镇每月10日前将上月物资调度情况报送至邮箱。")
    assert dues(body) == [dt.datetime(2026, 3, 10, 23, 59, 59), dt.datetime(2026, 6, 10, 23, 59, 59)]


def test_without_a_starting_month_a_monthly_deadline_is_the_next_one_after_the_notice():
    assert due_in("各乡镇每月10日前报送调度表") == [dt.datetime(2026, 3, 10, 23, 59, 59)]
    assert due_in("各乡镇每月1日前报送调度表") == [dt.datetime(2026, 4, 1, 23, 59, 59)]
    # a starting month before the notice's month is next year's
    assert due_in("从2月起每月5日前报送", dt.date(2026, 11, 20)) == [dt.datetime(2027, 2, 5, 23, 59, 59)]


def test_a_weekly_deadline_is_the_first_such_weekday_after_the_notice():
    # the notice is dated Monday 2026-03-02
    body = "各乡镇每周四上午10点前将本周春耕进度表发送至邮箱jcnyct@163.com。"
    assert dues(body) == [dt.datetime(2026, 3, 5, 10, 0)]
    assert due_in("每星期一17时前报送周报") == [dt.datetime(2026, 3, 9, 17, 0)]  # not the notice's own Monday
    assert due_in("每周日前报送周报") == [dt.datetime(2026, 3, 8, 23, 59, 59)]


def test_a_weekly_deadline_is_said_to_be_only_the_first_one():
    draft = draft_campaign(notice("各乡镇每周五下午5点前将进度表报送至邮箱jcnyct@163.com。"), builtin_roster())
    assert any("每周定期报送" in line and "3月6日17时" in line for line in draft.unsettled)


def test_a_weekly_meeting_is_not_a_deadline_nor_is_a_week_without_its_day_placed():
    assert due_in("每周五召开调度会议") == []
    assert due_in("每周末前报送周报") == [None]


# ---------------------------------------------------------------- moved deadlines


SUPPLEMENT = ("原通知要求各乡镇于4月20日前报送的春耕备耕工作总结，现推迟至4月27日前报送，报送邮箱不变（jcnyct@163.com）。\n"
              "另请各乡镇于4月15日16时前将化肥储备表发送至上述邮箱。")


def test_a_moved_deadline_is_the_one_in_force_and_keeps_its_material():
    draft = draft_campaign(notice(SUPPLEMENT), builtin_roster())
    got = [(r.title, r.due.replace(tzinfo=None)) for r in draft.requirements]
    assert got == [("春耕备耕工作总结", dt.datetime(2026, 4, 27, 23, 59, 59)),
                   ("化肥储备表", dt.datetime(2026, 4, 15, 16, 0))]
    assert any("4月20日前" in line and "此前通知所定" in line for line in draft.unsettled)


def test_a_deadline_changed_from_one_date_to_another_drops_the_first():
    found = find_deadlines("工作总结报送时间由4月20日前调整为4月27日前", dt.date(2026, 4, 1))
    assert [(d.due.day, d.superseded, d.moved) for d in found] == [(20, True, False), (27, False, True)]


# ---------------------------------------------------------------- activities


def test_the_days_of_an_activity_are_not_a_submission():
    body = ("请于4月8日前将春耕生产情况统计表发送至邮箱jcnyct@163.com。\n"
            "县农业农村局将于3月20日至3月22日深入各乡镇开展春耕生产督导，请各乡镇做好准备，无需报名。")
    draft = draft_campaign(notice(body), builtin_roster())
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2026, 4, 8, 23, 59, 59)]
    assert any("活动的日期" in line for line in draft.unsettled)


def test_days_to_send_by_are_still_a_submission_beside_an_activity_word():
    # 检查 is named, but the clause sends (报送) by a date: a submission
    assert dues("请于3月15日至3月18日报送春耕检查情况报告至邮箱jcnyct@163.com。") == [dt.datetime(2026, 3, 18, 23, 59, 59)]
