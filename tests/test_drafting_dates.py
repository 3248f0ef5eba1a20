"""Deadlines the drafter reads from notice texts written for these tests (not the fixtures'):
dates in Chinese numerals, monthly and weekly deadlines, a deadline a 补充通知 moves, and
an activity's days that are not a submission."""

from __future__ import annotations

import datetime as dt

import pytest

from collector.drafting import draft_campaign
from collector.drafting.timing.deadlines import find_deadlines
from collector.roster import builtin_roster


def notice(body: str, dated: str = "2026年3月2日") -> str:
    return (f"建昌县农业农村局\n关于报送春耕生产情况的通知\n\n各乡镇人民政府：\n\n{body}\n\n"
            f"建昌县农业农村局\n{dated}\n")


def dues(body: str, dated: str = "2026年3月2日") -> list[dt.datetime]:
    draft = draft_campaign(notice(body, dated), builtin_roster())
    return [r.due.replace(tzinfo=None) for r in draft.requirements]


def dues_and_says(body: str, *words: str, dated: str = "2026年3月2日") -> list[dt.datetime]:
    """The draft's deadlines, once an unsettled line is found holding all of ``words``."""
    draft = draft_campaign(notice(body, dated), builtin_roster())
    assert any(all(w in line for w in words) for line in draft.unsettled), draft.unsettled
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


def test_a_day_the_month_does_not_have_is_its_last_day_said_so():
    """6月31日 / 二月三十日: the office meant the month's end; the draft says it read it so."""
    found = find_deadlines("请于二〇二六年二月三十日前报送", dt.date(2026, 1, 5))
    assert [d.due for d in found] == [dt.datetime(2026, 2, 28, 23, 59, 59)]
    assert "2月没有30日，按该月最后一天2月28日读" in found[0].assumed
    (found,) = find_deadlines("请于6月31日16时前报送", dt.date(2031, 6, 16))
    assert found.due == dt.datetime(2031, 6, 30, 16, 0) and "6月没有31日" in found.assumed


def test_a_date_no_calendar_has_is_said_not_guessed():
    for sentence in ("请于二〇二六年二月三十二日前报送", "请于2026年13月5日前报送"):
        found = find_deadlines(sentence, dt.date(2026, 1, 5))
        assert [d.due for d in found] == [None] and "不是有效的日期" in found[0].assumed, sentence


def test_a_day_without_its_month_is_in_the_notices_month_or_the_next():
    (found,) = find_deadlines("请于22日前将申报材料发送至邮箱", dt.date(2029, 5, 8))
    assert found.due == dt.datetime(2029, 5, 22, 23, 59, 59) and "只写了日" in found.assumed
    (found,) = find_deadlines("请于5日下午4点前报送", dt.date(2029, 5, 8))
    assert found.due == dt.datetime(2029, 6, 5, 16, 0)
    assert find_deadlines("会议定于22日召开", dt.date(2029, 5, 8)) == []


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


def test_a_series_starting_on_a_day_starts_on_or_after_that_day():
    # the notice is dated Monday 2026-03-02; 3月12日 is a Thursday (found by the lead by hand, 2026-12-07: the day of
    # 自…日起 was not read, so the first Monday after the notice was drafted, before the series begins)
    assert due_in("自3月12日起，每周一上午10时前报送上周市场供应情况调度表") == [dt.datetime(2026, 3, 16, 10, 0)]
    assert due_in("从3月9号开始每周一17时前报送周报") == [dt.datetime(2026, 3, 9, 17, 0)]  # that Monday itself
    assert due_in("自4月20日起，各乡镇每月10日前报送调度表") == [dt.datetime(2026, 5, 10, 23, 59, 59)]
    # near miss: 自即日起 leaves the first one after the notice
    assert due_in("自即日起每周四报送周报") == [dt.datetime(2026, 3, 5, 23, 59, 59)]


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


# ---------------------------------------------------------------- parts of a month (旬)


def test_a_ten_day_part_of_a_month_ends_on_its_last_day():
    assert due_in("请于5月上旬前将春播进度表报送至邮箱") == [dt.datetime(2026, 5, 10, 23, 59, 59)]
    assert due_in("请于九月中旬之前报送秋收预案") == [dt.datetime(2026, 9, 20, 23, 59, 59)]
    assert due_in("请于2月下旬前报送总结") == [dt.datetime(2027, 2, 28, 23, 59, 59)]  # February's end, next year
    assert due_in("请于2028年2月下旬以前报送总结") == [dt.datetime(2028, 2, 29, 23, 59, 59)]


def test_a_ten_day_part_without_before_is_when_something_happens():
    assert due_in("6月下旬，县农业农村局将对各乡镇春耕台账进行抽查") == []
    assert due_in("请于3月25日前报送台账，县农业农村局于4月中旬组织验收") == [dt.datetime(2026, 3, 25, 23, 59, 59)]


def test_a_ten_day_deadline_becomes_a_requirement_with_its_reading_unsettled():
    body = ("一、请各乡镇于3月16日17时前将春耕物资储备表发送至邮箱jcnyct@163.com。\n"
            "二、春耕结束后，请于5月中旬前将春耕生产工作总结报送至上述邮箱。\n"
            "三、5月下旬，县农业农村局将对部分乡镇进行实地抽查。")
    draft = draft_campaign(notice(body), builtin_roster())
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [
        dt.datetime(2026, 3, 16, 17, 0), dt.datetime(2026, 5, 20, 23, 59, 59)]
    assert any("5月中旬前" in line and "5月20日24时" in line for line in draft.unsettled)


# ---------------------------------------------------------------- not the units' mail


def test_a_report_by_phone_is_not_a_mailed_requirement():
    body = ("（一）请各乡镇明确一名春耕联络员，于3月6日前通过电话报县农业农村局种植业股（电话：0429-7711111）。\n"
            "（二）请各乡镇于3月20日16时前将春耕进度表发送至邮箱jcnyct@163.com。")
    assert dues_and_says(body, "3月6日前", "电话报告") == [dt.datetime(2026, 3, 20, 16, 0)]


def test_a_contact_phone_number_asked_by_mail_is_still_a_requirement():
    body = "请各乡镇于3月6日前将联络员姓名及联系电话报送至邮箱jcnyct@163.com。"
    assert dues(body) == [dt.datetime(2026, 3, 6, 23, 59, 59)]


def test_the_collecting_offices_own_report_to_the_city_is_not_the_units():
    body = ("请各乡镇于4月10日前将春耕生产工作总结报送至邮箱jcnyct@163.com。"
            "县农业农村局审核汇总后于4月15日前报送市农业农村局。")
    assert dues_and_says(body, "4月15日前", "上报上级") == [dt.datetime(2026, 4, 10, 23, 59, 59)]


def test_units_told_to_send_to_the_county_office_after_their_own_summing_up_still_owe_it():
    body = "请各乡镇汇总辖区各村情况后，于4月10日前将春耕统计表报县农业农村局邮箱jcnyct@163.com。"
    assert dues(body) == [dt.datetime(2026, 4, 10, 23, 59, 59)]


# ---------------------------------------------------------------- moved, listed together


def test_a_date_moved_to_without_before_is_the_deadline_and_the_old_one_is_dropped():
    body = ("3月2日，县农业农村局印发通知，要求各乡镇于3月20日前报送春耕备耕统计表。"
            "受降雪影响，春耕备耕统计表报送时间由原定的3月20日顺延至3月27日16时，报送邮箱jcnyct@163.com不变。")
    assert dues_and_says(body, "3月20日前", "此前通知所定", dated="2026年3月16日") == [dt.datetime(2026, 3, 27, 16, 0)]


def test_deadlines_listed_together_each_take_the_statement_after_them():
    body = "请各乡镇于6月30日前、9月30日前和12月20日前，分别将一季度、三季度和全年春耕工作推进情况报送至邮箱jcnyct@163.com。"
    draft = draft_campaign(notice(body), builtin_roster())
    assert [(r.title, r.due.replace(tzinfo=None)) for r in draft.requirements] == [
        ("一季度春耕工作推进情况", dt.datetime(2026, 6, 30, 23, 59, 59)),
        ("三季度春耕工作推进情况", dt.datetime(2026, 9, 30, 23, 59, 59)),
        ("全年春耕工作推进情况", dt.datetime(2026, 12, 20, 23, 59, 59))]


def test_deadlines_listed_together_without_respectively_share_one_material():
    body = "请各乡镇于4月10日前和5月10日前将春耕进度表报送至邮箱jcnyct@163.com。"
    assert dues(body) == [dt.datetime(2026, 4, 10, 23, 59, 59), dt.datetime(2026, 5, 10, 23, 59, 59)]


def test_the_offices_own_analysis_of_what_the_units_sent_is_not_theirs():
    body = ("请各乡镇于4月10日前将春耕意见建议表报送至邮箱jcnyct@163.com。\n"
            "县农业农村局要对各乡镇报送的意见建议逐项梳理，4月下旬前形成分析报告报县政府。")
    assert dues(body) == [dt.datetime(2026, 4, 10, 23, 59, 59)]


@pytest.mark.parametrize("own", [
    "（二）县农业农村局将于4月下旬对报送数据进行审核评估，发现问题及时反馈。",
    "我局将于4月20日前对各乡镇报送情况开展督查。",
    "县农业农村局还将于5月10日前对各乡镇报送的统计表开展抽查，抽查结果全县通报。",
    "3.我办将在4月中旬前对报送情况进行通报。",
])
def test_what_the_issuing_office_does_itself_by_a_date_is_no_requirement(own):
    body = f"请各乡镇于4月10日前将春耕统计表报送至邮箱jcnyct@163.com。\n{own}"
    assert dues_and_says(body, "自己开展工作", "未列为报送要求") == [dt.datetime(2026, 4, 10, 23, 59, 59)]


def test_what_the_towns_will_do_by_a_date_is_still_theirs():
    body = "各乡镇将于4月20日前将春耕统计表报送至邮箱jcnyct@163.com。"
    assert dues(body) == [dt.datetime(2026, 4, 20, 23, 59, 59)]


# ---------------------------------------------------------------- recurring after a first report


def test_a_recurring_report_said_to_come_after_the_first_starts_after_it():
    """首次…4月7日前；此后每月5日前: May's 5th, not April's, which would fall before the first."""
    assert due_in("首次报送3月份情况，请于2026年4月7日17时前发送至邮箱；此后每月5日前报送上月情况。", dt.date(2026, 3, 30)) == [
        dt.datetime(2026, 4, 7, 17, 0), dt.datetime(2026, 5, 5, 23, 59, 59)]
    assert due_in("请于4月30日前报送首期台账，以后每周五下午3点前报送本周进展。", dt.date(2026, 4, 20))[1] == dt.datetime(2026, 5, 1, 15, 0)


def test_a_recurring_report_without_thereafter_still_starts_after_the_notice():
    assert due_in("请于2026年4月7日17时前报送自查表。每月5日前报送上月进展。", dt.date(2026, 3, 30)) == [
        dt.datetime(2026, 4, 7, 17, 0), dt.datetime(2026, 4, 5, 23, 59, 59)]


# ---------------------------------------------------------------- a table of submissions


def test_each_row_of_a_submission_table_is_a_requirement_with_its_own_deadline_and_units():
    body = ("请各有关单位按下表报送春耕材料，电子版发送至邮箱jcnyct@163.com。\n"
            "序号\t材料名称\t报送时间\t报送单位\n"
            "1\t春耕物资储备表\t3月10日前\t各乡镇\n"
            "2\t农机检修台账\t3月20日16时前\t县农业农村局、县水利局\n"
            "县农业农村局将于3月25日前完成全县汇总。")
    draft = draft_campaign(notice(body), builtin_roster())
    got = [(r.title, r.due.replace(tzinfo=None)) for r in draft.requirements]
    assert got == [("春耕物资储备表", dt.datetime(2026, 3, 10, 23, 59, 59)),
                   ("农机检修台账", dt.datetime(2026, 3, 20, 16, 0))]
    towns = builtin_roster().names(["town", "township"])
    assert set(draft.requirements[0].units) == set(towns)
    assert draft.requirements[1].units == ["县农业农村局", "县水利局"]


def test_a_table_of_work_deadlines_is_not_a_submission():
    body = ("请各乡镇于3月30日前将春耕工作总结发送至邮箱jcnyct@163.com。\n"
            "序号\t工作任务\t完成时限\t责任单位\n"
            "1\t完成春季造林\t4月30日前\t各乡镇")
    assert dues(body) == [dt.datetime(2026, 3, 30, 23, 59, 59)]


# ---------------------------------------------------------------- days named, not dated


def test_before_a_holiday_is_the_whole_of_the_day_before_it():
    body = "请各乡镇于国庆节前将节日值班表发送至邮箱jcnyct@163.com。"
    assert dues_and_says(body, "国庆节前", "9月30日", dated="2026年9月10日") == [dt.datetime(2026, 9, 30, 23, 59, 59)]
    assert due_in("请于元旦前报送值班表", dt.date(2026, 12, 15)) == [dt.datetime(2026, 12, 31, 23, 59, 59)]
    assert due_in("请于春节前报送值班表", dt.date(2027, 1, 10)) == [dt.datetime(2027, 2, 5, 23, 59, 59)]
    # a holiday already past this year is next year's
    assert due_in("请于劳动节前报送安全检查表", dt.date(2026, 6, 1)) == [dt.datetime(2027, 4, 30, 23, 59, 59)]


def test_a_holiday_that_is_no_deadline_is_not_read_as_one():
    assert due_in("春节前后要加强值班，请于1月20日前报送值班表", dt.date(2026, 1, 5)) == [
        dt.datetime(2026, 1, 20, 23, 59, 59)]
    assert due_in("请于1月20日前报送春节前安全检查情况", dt.date(2026, 1, 5)) == [dt.datetime(2026, 1, 20, 23, 59, 59)]


@pytest.mark.parametrize("when, on, due", [
    # the lunar year whose date comes next: 2032's Spring Festival is 2月11日, so 正月十五 is 2月25日
    ("于正月十五（元宵节）下班前", dt.date(2032, 1, 19), dt.datetime(2032, 2, 25, 17, 0)),
    ("于正月十五前", dt.date(2031, 12, 20), dt.datetime(2032, 2, 25, 23, 59, 59)),
    ("于腊月二十三前", dt.date(2032, 1, 19), dt.datetime(2032, 2, 4, 23, 59, 59)),
    ("于农历八月十五日前", dt.date(2032, 3, 1), dt.datetime(2032, 9, 19, 23, 59, 59)),
    ("于农历2033年三月初三前", dt.date(2032, 3, 1), dt.datetime(2033, 4, 2, 23, 59, 59)),
    # a lunar date already past this lunar year is next year's
    ("于正月十五前", dt.date(2032, 3, 1), dt.datetime(2033, 2, 14, 23, 59, 59)),
    # the festivals: the whole of the day before them, as 春节前 is
    ("于元宵节前", dt.date(2032, 1, 19), dt.datetime(2032, 2, 24, 23, 59, 59)),
    ("在端午节前", dt.date(2032, 3, 1), dt.datetime(2032, 6, 11, 23, 59, 59)),
    ("于中秋节前", dt.date(2032, 3, 1), dt.datetime(2032, 9, 18, 23, 59, 59)),
    ("于春节前", dt.date(2037, 12, 1), dt.datetime(2038, 2, 3, 23, 59, 59)),  # beyond the old 2024–2035 table
])
def test_a_lunar_date_or_festival_is_read_by_the_lunar_calendar(when, on, due):
    assert due_in(f"请各乡镇{when}报送活动总结", on) == [due]


def test_a_lunar_date_says_its_calendar_day_and_a_chinese_numeral_solar_date_stays_solar():
    body = "请各乡镇于正月十五（元宵节）下班前将活动总结发送至jcwl@163.com。"
    assert dues_and_says(body, "农历", "2032年2月25日", dated="2032年1月19日") == [dt.datetime(2032, 2, 25, 17, 0)]
    assert due_in("请于十一月三十日前报送", dt.date(2032, 3, 1)) == [dt.datetime(2032, 11, 30, 23, 59, 59)]
    assert due_in("请于1月20日前报送正月十五灯会方案", dt.date(2032, 1, 5)) == [dt.datetime(2032, 1, 20, 23, 59, 59)]


@pytest.mark.parametrize("when", ["于重阳节前", "于腊八节前一日下班前"])
def test_a_deadline_whose_date_cannot_be_read_is_said_to_be_left_out(when):
    body = f"请各乡镇{when}将活动总结发送至jcwl@163.com。"
    assert dues_and_says(body, "未能读出日期", "未列为报送要求") == []


def test_an_unread_deadline_is_quoted_with_its_whole_hour():
    # 每日17时前: a daily hour with no date is left out, and the line quotes 17时前, not the 7时前 inside it
    body = "禁烧期间实行日报告制度，请各乡镇每日17时前将当日巡查情况发送至jcwl@163.com。"
    assert dues_and_says(body, "写了期限“17时前”", "未能读出日期") == []


def test_this_and_next_weeks_are_counted_from_the_notices_date():
    # the notice is dated Thursday 2026-03-12: its week runs Monday 03-09 to Sunday 03-15
    body = "请各乡镇于下周三前将春耕方案发送至邮箱jcnyct@163.com。"
    assert dues_and_says(body, "下周三前", "3月12日", "3月18日", dated="2026年3月12日") == [
        dt.datetime(2026, 3, 18, 23, 59, 59)]
    thursday = dt.date(2026, 3, 12)
    assert due_in("请于本周五前报送名单", thursday) == [dt.datetime(2026, 3, 13, 23, 59, 59)]
    assert due_in("请于下星期一下午4点前报送名单", thursday) == [dt.datetime(2026, 3, 16, 16, 0)]
    assert due_in("请于下周日之前报送名单", thursday) == [dt.datetime(2026, 3, 22, 23, 59, 59)]
    # a weekday with its own date in brackets is read by that date
    assert due_in("请于本周五（3月13日）前报送名单", thursday) == [dt.datetime(2026, 3, 13, 23, 59, 59)]
    assert due_in("下周三召开春耕调度会议", thursday) == []


def test_a_dotted_month_and_day_before_qian_is_a_deadline():
    body = "请各乡镇于4.15前将春耕统计表发送至邮箱jcnyct@163.com。"
    assert dues_and_says(body, "4.15前", "4月15日") == [dt.datetime(2026, 4, 15, 23, 59, 59)]
    assert due_in("请于2026.6.30之前报送总结") == [dt.datetime(2026, 6, 30, 23, 59, 59)]
    assert due_in("请于4.15下午5点前报送总结") == [dt.datetime(2026, 4, 15, 17, 0)]


def test_decimals_and_version_numbers_are_no_dotted_dates():
    assert due_in("产量较去年增长3.5以前年度平均水平") == []
    assert due_in("请使用V2.1前的版本，并于4月15日前报送") == [dt.datetime(2026, 4, 15, 23, 59, 59)]
    assert due_in("按1.2.3前款规定执行") == []
    assert due_in("单价不超过13.20前期已报") == []


def test_days_before_a_meeting_are_counted_back_from_its_day():
    body = ("一、会议时间\n2026年3月20日（星期五）上午9时。\n"
            "二、有关要求\n请各乡镇于会议召开前一日下班前将春耕汇报材料发送至邮箱jcnyct@163.com。")
    assert dues_and_says(body, "会议召开前一日下班前", "3月20日", "3月19日17时") == [dt.datetime(2026, 3, 19, 17, 0)]
    body = ("定于3月23日（星期一）召开全县春耕推进会。"
            "请各乡镇于会议召开前2个工作日将汇报材料发送至邮箱jcnyct@163.com。")
    assert dues(body) == [dt.datetime(2026, 3, 19, 23, 59, 59)]  # Friday and Thursday before the Monday


@pytest.mark.parametrize("when, due", [
    ("于会前3日", dt.datetime(2031, 6, 17, 23, 59, 59)),
    ("在会议召开前3天", dt.datetime(2031, 6, 17, 23, 59, 59)),
    ("于会前一日下班前", dt.datetime(2031, 6, 19, 17, 0)),
    ("于会前5个工作日", dt.datetime(2031, 6, 13, 23, 59, 59)),  # Friday 6-20 back past the weekend
])
def test_days_before_the_meeting_said_hui_qian_are_counted_back_from_its_day(when, due):
    body = ("定于2031年6月20日（星期五）上午9时在县政府三楼第一会议室召开全县春耕推进会议。\n"
            f"请各乡镇{when}将参会回执发送至邮箱jcnyct@163.com。")
    assert dues_and_says(body, "往前推算", "6月20日", dated="2031年6月9日") == [due]


def test_working_days_before_an_activity_say_only_weekends_are_skipped():
    body = ("活动时间：2031年6月23日（星期一）。\n"
            "请各乡镇于活动开始前5个工作日将活动方案发送至邮箱jcnyct@163.com。")
    assert dues_and_says(body, "只跳过周六、周日", dated="2031年6月9日") == [dt.datetime(2031, 6, 16, 23, 59, 59)]


def test_days_before_a_meeting_whose_day_is_not_said_ask_for_it():
    body = "请各乡镇于会议召开前一日将春耕汇报材料发送至邮箱jcnyct@163.com。"
    assert dues_and_says(body, "会议召开前一日", "未找到会议日期") == []


def test_a_deadline_moved_in_the_next_sentence_replaces_the_one_the_earlier_notice_set():
    body = ("我局于11月16日印发的《关于开展2026年度安全生产责任制考核的通知》，要求各乡镇于11月27日前报送考核自评报告。"
            "因近期集中开展安全生产大检查，经研究，将自评报告报送时间推迟至2026年12月4日17时前，其他要求不变。报送邮箱jcaq@163.com。")
    assert dues(body, dated="2026年11月20日") == [dt.datetime(2026, 12, 4, 17, 0)]


def test_a_later_moved_deadline_leaves_a_deadline_of_this_notice_alone():
    body = ("请各乡镇于5月10日前将自查报告发送至邮箱jcaq@163.com。"
            "整改报告的报送时间调整为5月20日前。")
    assert dues(body) == [dt.datetime(2026, 5, 10, 23, 59, 59), dt.datetime(2026, 5, 20, 23, 59, 59)]


def test_a_dotted_date_line_is_the_notices_date():
    draft = draft_campaign(notice("请各乡镇于7月10日前将台账发送至邮箱jcsw@163.com。", dated="2026.6.29"), builtin_roster())
    assert draft.notice_date == dt.date(2026, 6, 29) and draft.id.startswith("2026-06-29-")


def _dated(body: str, addressee: str = "各乡镇人民政府", date_line: str = "2026年9月7日"):
    text = f"建昌县人民政府办公室\n关于开展秋季安全检查工作的通知\n\n{addressee}：\n{body}\n建昌县人民政府办公室\n{date_line}\n"
    return draft_campaign(text, builtin_roster())


@pytest.mark.parametrize("body, due", [
    # the event's day said with 为, then 活动当天 with a time
    ("二、活动时间。全县集中活动日为9月19日（星期六）。\n三、报送要求。活动当天18时前，请将活动照片发送至jc@163.com。",
     "2026-09-19 18:00"),
    # a span's last day, then the day after it
    ("中秋假期（9月25日至27日）结束后，请于假期结束次日上午10时前将假期值班情况总结发送至jc@163.com。", "2026-09-28 10:00"),
    ("培训时间为9月14日至16日。请于培训结束后3个工作日内将培训总结发送至jc@163.com。", "2026-09-21 23:59"),
    # a stage of the work and its last day
    ("（一）自查阶段：即日起至9月20日。\n（二）抽查阶段：9月23日至9月30日。\n请各乡镇在自查阶段结束前将自查报告发送至jc@163.com。",
     "2026-09-20 23:59"),
])
def test_a_deadline_said_by_an_events_or_a_stages_day(body, due):
    draft = _dated(body)
    assert [str(r.due)[:16] for r in draft.requirements] == [due], draft.unsettled
    assert any("推算" in line or "最后一天" in line for line in draft.unsettled), draft.unsettled


def test_an_events_day_not_found_asks_for_it():
    draft = _dated("请于活动当天18时前将活动照片发送至jc@163.com。")
    assert not draft.requirements and any("未找到活动日期" in line for line in draft.unsettled), draft.unsettled


def test_a_date_in_brackets_restates_a_relative_deadline():
    draft = _dated("二、报送要求\n请县民政局、县教育局于收到本通知后3个工作日内（9月10日前），将《自查情况汇总表》及自查报告"
                   "（加盖公章）发送至jc@163.com。", "县民政局、县教育局")
    assert [str(r.due)[:10] for r in draft.requirements] == ["2026-09-10"], draft.unsettled
    assert not any("收到本通知" in line for line in draft.unsettled), draft.unsettled


def test_the_deadline_an_earlier_notice_set_is_not_this_ones():
    body = ("我局于8月11日印发《关于开展医保基金自查工作的通知》，要求县卫健局于9月5日前报送自查情况。现将补充事项通知如下。"
            "请县民政局于9月18日前将自查报告发送至jc@163.com。")
    draft = _dated(body, "县民政局")
    assert [str(r.due)[:10] for r in draft.requirements] == ["2026-09-18"]
    assert any("此前通知所定" in line for line in draft.unsettled), draft.unsettled


def test_a_deadline_cited_from_a_higher_offices_notice_is_this_ones():
    body = "按照市政府办公室印发的《关于开展医保基金自查工作的通知》要求，请各乡镇于9月18日前将自查报告发送至jc@163.com。"
    assert [str(r.due)[:10] for r in _dated(body).requirements] == ["2026-09-18"]


def test_a_ten_day_period_after_yu_in_a_clause_that_sends_is_by_its_last_day():
    draft = _dated("二、工作要求。请各乡镇于10月下旬将实施方案及工程项目清单报送县水利局，电子版发送至jc@163.com。\n"
                   "三、其他事项。县水利局将于11月中旬对各乡镇报送情况进行通报。")
    assert [str(r.due)[:19] for r in draft.requirements] == ["2026-10-31 23:59:59"], draft.unsettled


def test_a_material_sent_with_another_is_due_with_it():
    body = ("（一）请各承办单位于9月25日前将本单位代表建议办理情况报告发送至jc@163.com。\n"
            "（二）县交通局、县水利局还需填写《代表建议办理情况汇总表》（Excel格式），与办理情况报告同步报送。")
    draft = _dated(body, "县交通局、县水利局、县教育局")
    report, table = draft.requirements
    assert (report.due, set(table.units)) == (table.due, {"县水利局", "县交通局"}) and "汇总表" in table.title
    assert any("同步报送" in line for line in draft.unsettled), draft.unsettled


@pytest.mark.parametrize("when, due", [("于本月底前", "2026-09-30"), ("于下月底前", "2026-10-31"), ("在当月末前", "2026-09-30")])
def test_the_end_of_this_or_next_month_is_counted_from_the_notices_date(when, due):
    draft = _dated(f"请各乡镇{when}将意见建议表以电子邮件形式报送至jc@163.com。")
    assert [str(r.due)[:10] for r in draft.requirements] == [due], draft.unsettled


def test_the_period_the_figures_cover_is_no_deadline():
    body = ("请各乡镇填写调查表，数据统计时间为2026年1月1日至6月30日，并形成简要文字说明，"
            "于9月20日12时前报送至jc@163.com。")
    assert [str(r.due)[:16] for r in _dated(body).requirements] == ["2026-09-20 12:00"]


def test_jiezhi_is_as_of_unless_it_ends_a_sending():
    body = ("一、各单位对截至2026年8月31日拖欠企业账款情况进行清查。\n"
            "二、请于2026年9月18日17时前将统计表发送至jc@163.com。")
    assert [str(r.due)[:16] for r in _dated(body).requirements] == ["2026-09-18 17:00"]
    assert [str(r.due)[:10] for r in _dated("请各乡镇填写统计表后报送，报送时间截至9月25日。发送至jc@163.com。").requirements] \
        == ["2026-09-25"]


def test_days_after_an_activity_and_the_first_working_day_after_a_holiday():
    body = ("一、活动时间\n2026年9月10日至9月18日。\n二、报送要求\n1.请各乡镇于9月9日前将活动方案发送至jc@163.com。\n"
            "2.活动结束后5日内，将活动总结发送至上述邮箱。")
    assert [str(r.due)[:10] for r in _dated(body).requirements] == ["2026-09-09", "2026-09-23"]
    holiday = ("二、报送时间\n根据国务院办公厅通知，国庆节放假时间为10月1日至10月7日。请各乡镇于国庆假期后第一个工作日下班前，"
               "将工作总结发送至jc@163.com。")
    assert [str(r.due)[:16] for r in _dated(holiday).requirements] == ["2026-10-08 17:00"]


def test_a_paper_copy_saying_no_mail_is_needed_is_no_mailed_requirement():
    body = ("（一）请于9月25日前将申报表电子版发送至jc@163.com。\n"
            "（二）申报表纸质版一式三份于10月9日前报送至县总工会308室，纸质材料不需另发电子邮件。")
    assert [str(r.due)[:10] for r in _dated(body).requirements] == ["2026-09-25"]


# ---------------------------------------------------------------- labelled dates, rolled-over days, periods


def test_a_dotted_date_under_a_deadline_label_needs_no_qian():
    """四、截止时间：2029.11.8 16:30 — the label says it is the deadline; spaces gone, 2029.11.816:30."""
    body = ("一、报送内容：农机购置补贴申请汇总表（Excel格式）。\n二、报送邮箱：jcnyj_nj@163.com\n"
            "三、截止时间：2029.11.8 16:30\n")
    assert dues(body, dated="2029年10月30日") == [dt.datetime(2029, 11, 8, 16, 30)]
    assert dues("三、报送截止时间：11.20\n请将汇总表发送至jcnyj_nj@163.com。", dated="2029年10月30日") == [
        dt.datetime(2029, 11, 20, 23, 59, 59)]
    assert due_in("全年增长3.5，较去年提高1.2个百分点") == []  # no label, no 前: a figure


def test_a_weekend_deadline_the_notice_rolls_over_is_the_monday_after():
    body = ("请各乡镇于2030年3月16日前将春耕物资储备表报送至jcnyj_cg@163.com。"
            "报送截止日如遇周末或法定节假日，顺延至下一个工作日。")
    assert dues_and_says(body, "周末", "3月18日", dated="2030年3月4日") == [dt.datetime(2030, 3, 18, 23, 59, 59)]
    # a weekday deadline stays; the line about public holidays is still there for the clerk
    body = body.replace("3月16日", "3月15日")
    assert dues_and_says(body, "节假日", dated="2030年3月4日") == [dt.datetime(2030, 3, 15, 23, 59, 59)]
    # without the rollover sentence a Saturday is a Saturday
    assert dues("请各乡镇于2030年3月16日前将春耕物资储备表报送至jcnyj_cg@163.com。", dated="2030年3月4日") == [
        dt.datetime(2030, 3, 16, 23, 59, 59)]


@pytest.mark.parametrize("rule", ["（截止日遇双休日不顺延，请合理安排时间）", "遇节假日不予顺延。", "如遇周末不再顺延。",
                                  "截止时间遇双休日、节假日均不顺延。"])
def test_a_weekend_deadline_the_notice_says_does_not_roll_over_stays(rule):
    body = f"请各乡镇于2030年3月16日前将春耕物资储备表报送至jcnyj_cg@163.com。{rule}"
    assert dues_and_says(body, "不顺延", "3月16日", dated="2030年3月4日") == [dt.datetime(2030, 3, 16, 23, 59, 59)]


@pytest.mark.parametrize("when, due", [
    ("2029年6月1日零时前", dt.datetime(2029, 6, 1, 0, 0)),  # the moment 6月1日 begins, not its end
    ("6月1日0时前", dt.datetime(2029, 6, 1, 0, 0)),
    ("6月1日零点前", dt.datetime(2029, 6, 1, 0, 0)),
    ("6月1日24时前", dt.datetime(2029, 6, 1, 23, 59, 59)),
])
def test_zero_hour_is_the_start_of_the_day_and_24_its_end(when, due):
    body = f"请于{when}将党员冬春训工作总结发送至jczzb@163.com。"
    assert dues(body, dated="2029年5月20日") == [due]
    if due.hour == 0:
        assert dues_and_says(body, "0时", "前一日24时", dated="2029年5月20日") == [due]


@pytest.mark.parametrize("sentence, on, due", [
    ("自2030年第三季度起，各单位于每季度结束后次月15日前报送上季度统计表", dt.date(2030, 5, 20), dt.datetime(2030, 10, 15, 23, 59, 59)),
    ("各单位于每季度结束后次月15日前报送上季度统计表", dt.date(2030, 5, 20), dt.datetime(2030, 7, 15, 23, 59, 59)),
    ("自第一季度起，每季度结束后次月15日前报送", dt.date(2030, 5, 20), dt.datetime(2031, 4, 15, 23, 59, 59)),
    ("每月结束后次月5日下午4时前报送上月台账", dt.date(2030, 5, 20), dt.datetime(2030, 6, 5, 16, 0)),
    ("每年结束后次月20日前报送年度报表", dt.date(2030, 1, 6), dt.datetime(2030, 1, 20, 23, 59, 59)),
])
def test_a_report_due_after_each_period_ends_is_drafted_as_its_first(sentence, on, due):
    (deadline,) = find_deadlines(sentence, on)
    assert (deadline.due, deadline.recurring) == (due, True)
    assert "第一次" in deadline.assumed


def test_a_spoken_day_with_hao_and_half_past_is_read():
    assert dues("请各乡镇于6月18号（周二）下午5点半前将自查表发送至jcnyj_zc@163.com。", dated="2030年6月10日") == [
        dt.datetime(2030, 6, 18, 17, 30)]
    assert due_in("请于5号楼302室领取") == []  # 号 of a building, no month before it


def test_a_steps_heading_with_its_date_is_the_deadline_of_what_the_step_sends():
    body = ("二、工作步骤\n（一）梳理申报（8月13日前）。各单位填写《事项调整申请表》，报县营商局。\n"
            "（二）审核确认（8月16日至8月25日）。县营商局对申请事项进行审核。\n"
            "（三）确认公布（8月27日前）。各单位将《调整后事项确认表》报县营商局。\n三、报送方式\n材料发送至jcysj@163.com。")
    assert dues(body, dated="2027年8月2日") == [dt.datetime(2027, 8, 13, 23, 59, 59), dt.datetime(2027, 8, 27, 23, 59, 59)]


def test_tomorrow_in_an_urgent_notice_and_a_slashed_date():
    assert dues_and_says("请于明天上午10点前将整改情况发送至jcwmb@163.com。", "7月22日",
                         dated="2032年7月21日") == [dt.datetime(2032, 7, 22, 10, 0)]
    assert dues("报名截止时间：2030/05/20 18:00前，报名表发送至jczgh@163.com。", dated="2030年5月6日") == [
        dt.datetime(2030, 5, 20, 18, 0)]
    assert due_in("本次考核得分占全年1/2") == []  # a fraction, no date


def test_the_deadline_to_ask_for_more_time_is_no_requirement():
    body = ("请于2031年1月20日前将工作总结发送至jcsjj@163.com。\n"
            "确因特殊情况不能按期报送的，须于1月15日前向县审计局提交书面延期申请，延期申请可发送至同一邮箱。")
    assert dues_and_says(body, "延期申请", dated="2031年1月5日") == [dt.datetime(2031, 1, 20, 23, 59, 59)]


@pytest.mark.parametrize("when, dated, due", [
    ("于11月最后一个工作日下班前", "2030年11月12日", "2030-11-29 17:00"),  # 11月30日 is a Saturday
    ("在本月最后一个工作日16时前", "2026年5月6日", "2026-05-29 16:00"),  # 5月30日, 31日: the weekend
    ("于2027年1月最后一个工作日前", "2026年12月20日", "2027-01-29 23:59"),
    ("于每月最后一个工作日前", "2030年10月8日", "2030-10-31 23:59"),  # monthly: the first one
    ("每个月最后一个工作日下午4点前", "2030年11月30日", "2030-12-31 16:00"),  # 11月29日 is past: December's
    ("于下月最后一天前", "2026年1月20日", "2026-02-28 23:59"),
])
def test_a_months_last_working_day_is_its_last_monday_to_friday(when, dated, due):
    draft = _dated(f"请各乡镇{when}将自查报告发送至jc@163.com。", date_line=dated)
    assert [str(r.due)[:16] for r in draft.requirements] == [due], draft.unsettled
    if "工作日" in when:
        assert any("未计法定节假日" in line for line in draft.unsettled), draft.unsettled


@pytest.mark.parametrize("first", [
    "，首次报送时间为5月28日。请于9月30日前报送工作总结。",  # the first report in the same sentence
    "。9月30日前报送工作总结，首次报送时间为5月28日。",  # after another deadline
    "（首次报送时间为5月28日），9月30日前报送工作总结。",  # in brackets
])
def test_a_first_report_stands_for_a_months_last_working_day_series(first):
    # May 2026's last Monday to Friday is the 29th; the first report said (the 28th) is the series' first, as for
    # 每月5日前 (around.first_report_before), not a requirement beside it
    body = f"请各乡镇于每月最后一个工作日前报送排查整治进展情况{first}"
    draft = _dated(body, date_line="2026年5月11日")
    assert sorted(str(r.due)[:16] for r in draft.requirements) == ["2026-05-28 23:59", "2026-09-30 23:59"], \
        draft.unsettled
    assert any("每月最后一个工作日前" in line and "定期报送" in line for line in draft.unsettled), draft.unsettled


@pytest.mark.parametrize("when, dated, due", [
    ("于第二季度末前", "2026年5月18日", "2026-06-30"),
    ("在三季度末之前", "2026年5月18日", "2026-09-30"),
    ("于第一季度末前", "2026年5月18日", "2027-03-31"),  # the first quarter is past: next year's
    ("于2028年第4季度末前", "2026年5月18日", "2028-12-31"),
    ("于上半年末前", "2026年2月3日", "2026-06-30"),
    ("于年中前", "2026年2月3日", "2026-06-30"),
    ("于年底前", "2026年2月3日", "2026-12-31"),
    ("于2027年底前", "2026年2月3日", "2027-12-31"),
])
def test_the_end_of_a_quarter_half_or_year_is_its_last_day(when, dated, due):
    draft = _dated(f"请各乡镇{when}将自查报告发送至jc@163.com。", date_line=dated)
    assert [str(r.due) for r in draft.requirements] == [f"{due} 23:59:59+08:00"], draft.unsettled
    assert any("最后一天" in line for line in draft.unsettled), draft.unsettled


def test_last_years_end_and_the_central_government_are_no_period_end():
    assert due_in("请报送截至上年末的欠款台账，于3月20日前报送", dt.date(2026, 3, 2)) == [dt.datetime(2026, 3, 20, 23, 59, 59)]
    assert due_in("2026年中央财政资金于4月10日前报送", dt.date(2026, 3, 2)) == [dt.datetime(2026, 4, 10, 23, 59, 59)]


@pytest.mark.parametrize("when, due", [
    ("于清明节前", dt.datetime(2030, 4, 4, 23, 59, 59)),  # a solar term as a holiday: its eve
    ("于立冬前一日下班前", dt.datetime(2030, 11, 6, 17, 0)),
])
def test_a_solar_term_and_a_day_before_it_are_read(when, due):
    assert due_in(f"请各乡镇{when}报送活动总结", dt.date(2030, 3, 1)) == [due]


def test_a_solar_terms_word_before_anything_but_a_day_or_before_is_no_date():
    assert due_in("请各乡镇于大雪天气前做好准备并报送方案", dt.date(2028, 11, 14)) == []


# ---------------------------------------------------------------- a year in words, an hour said after, a page footer


@pytest.mark.parametrize("said, dated, due", [
    ("明年3月31日前", "2031年3月10日", dt.datetime(2032, 3, 31, 23, 59, 59)),  # after the notice's day, still next year
    ("次年1月15日前", "2030年6月2日", dt.datetime(2031, 1, 15, 23, 59, 59)),
    ("来年2月底前", "2029年11月20日", dt.datetime(2030, 2, 28, 23, 59, 59)),
    ("今年9月30日17时前", "2031年3月10日", dt.datetime(2031, 9, 30, 17, 0)),
    ("明年度4月10日前", "2026年12月1日", dt.datetime(2027, 4, 10, 23, 59, 59)),
    ("次年5月10日前", "2030年3月2日", dt.datetime(2031, 5, 10, 23, 59, 59)),
])
def test_a_year_said_in_words_before_the_month_is_that_year(said, dated, due):
    assert dues(f"请各乡镇于{said}将工作总结发送至jcnyj@163.com。", dated) == [due]


def test_a_month_without_a_year_word_keeps_the_notices_year_or_the_next():
    assert dues("请各乡镇于1月15日前将工作总结发送至jcnyj@163.com。", "2030年12月2日") == [dt.datetime(2031, 1, 15, 23, 59, 59)]
    assert dues("请各乡镇于每年3月31日前将工作总结发送至jcnyj@163.com。", "2031年3月10日") == [
        dt.datetime(2031, 3, 31, 23, 59, 59)]


@pytest.mark.parametrize("body, due", [
    ("请各乡镇于7月18日将自查表报送至jcnyj@163.com。当日下午5时30分截止，逾期不再受理。", dt.datetime(2026, 7, 18, 17, 30)),
    ("请各乡镇于7月18日将自查表报送至jcnyj@163.com，当天16时前截止。", dt.datetime(2026, 7, 18, 16, 0)),
    ("请各乡镇于7月18日前将自查表报送至jcnyj@163.com。截至当日上午11时止。", dt.datetime(2026, 7, 18, 11, 0)),
])
def test_the_hour_of_the_day_said_after_the_date_is_its_deadline(body, due):
    assert dues_and_says(body, "时刻写在其后") == [due]


def test_an_hour_after_a_dated_event_is_no_deadline_of_an_earlier_date():
    """The next sentence has its own date: its 当日 is that date's, not the deadline's before."""
    body = ("请各乡镇于7月18日前将自查表报送至jcnyj@163.com。7月25日召开推进会，当日下午3时签到。")
    assert dues(body) == [dt.datetime(2026, 7, 18, 23, 59, 59)]


@pytest.mark.parametrize("footer", ["— 1 —", "- 2 -", "第1页 共3页", "第 2 页", "1/3"])
def test_a_page_number_inside_a_sentence_copied_from_a_pdf_is_dropped(footer):
    body = f"　　请各乡镇于2026年11月\n\n{footer}\n\n14日（星期三）前将自评报告发送至县卫健局邮箱jcwjj@163.com。"
    assert dues(body, "2026年10月29日") == [dt.datetime(2026, 11, 14, 23, 59, 59)]


def test_a_day_whose_ri_was_typed_away_before_qian_is_that_day():
    assert dues("请各乡镇于6月20前将申报表发送至jcgs@163.com。") == [dt.datetime(2026, 6, 20, 23, 59, 59)]
    assert dues("请各乡镇于6月20日前将申报表发送至jcgs@163.com，6月20人参会。") == [dt.datetime(2026, 6, 20, 23, 59, 59)]
