"""Deadlines the drafter reads again once the notice's date or its other sentences are known (blind notices
555–559): a year left from last year's template, a weekend deadline moved earlier, an ISO-like date, a group of
addressees given a later date, a reminder's past deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from collector.drafting import draft_campaign
from collector.drafting.heading.titles import notice_title
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(("town", "township")))


def draft(body: str, dated: str, addressee: str = "各乡镇人民政府", title: str = "关于报送春耕生产情况的通知"):
    return draft_campaign(f"建昌县农业农村局\n{title}\n\n{addressee}：\n\n{body}\n\n建昌县农业农村局\n{dated}\n", ROSTER)


def dues(d) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in d.requirements]


# ---------------------------------------------------------------- a year left from last year's template


@pytest.mark.parametrize("printed, dated, due", [
    ("2029年3月20日前", "2030年3月5日", dt.datetime(2030, 3, 20, 23, 59, 59)),
    ("2029年12月31日17时前", "2030年12月20日", dt.datetime(2030, 12, 31, 17, 0)),
    ("二〇二九年四月三十日前", "2030年4月2日", dt.datetime(2030, 4, 30, 23, 59, 59)),
    ("2029.3.31前", "2030年3月5日", dt.datetime(2030, 3, 31, 23, 59, 59)),
])
def test_a_deadline_with_last_years_year_after_the_notices_day_is_read_in_the_notices_year(printed, dated, due):
    d = draft(f"请各乡镇于{printed}将春耕统计表发送至jcnyj_cg@163.com。", dated)
    assert dues(d) == [due]
    assert any("早于通知日期约一年" in line for line in d.unsettled), d.unsettled


@pytest.mark.parametrize("printed, due", [
    ("2029年2月20日前", dt.datetime(2029, 2, 20, 23, 59, 59)),  # before the notice's month and day: as printed
    ("2029年12月20日前", dt.datetime(2029, 12, 20, 23, 59, 59)),  # more than half a year after: as printed
    ("2028年3月20日前", dt.datetime(2028, 3, 20, 23, 59, 59)),  # two years back: as printed
])
def test_any_other_past_deadline_stays_as_printed(printed, due):
    d = draft(f"请各乡镇于{printed}将春耕统计表发送至jcnyj_cg@163.com。", "2030年3月5日")
    assert dues(d) == [due]
    assert not any("早于通知日期约一年" in line for line in d.unsettled)


# ---------------------------------------------------------------- a weekend deadline moved earlier


@pytest.mark.parametrize("rule", ["如截止日为双休日，则提前至前一个工作日报送。", "遇周末提前至前一个工作日。",
                                  "截止日期逢休息日的，提前到上一个工作日报送。"])
def test_a_weekend_deadline_the_notice_moves_earlier_is_the_friday_before(rule):
    body = f"请各乡镇于6月20日前将春耕统计表发送至jcnyj_cg@163.com。{rule}"
    d = draft(body, "2027年6月7日")  # 2027-06-20 is a Sunday
    assert dues(d) == [dt.datetime(2027, 6, 18, 23, 59, 59)]
    assert any("提前" in line and "6月18日" in line for line in d.unsettled), d.unsettled
    assert dues(draft(body.replace("6月20日", "6月17日"), "2027年6月7日")) == [dt.datetime(2027, 6, 17, 23, 59, 59)]


# ---------------------------------------------------------------- ISO-like dates


@pytest.mark.parametrize("said, due", [
    ("截止时间为2031-06-20 17:00，请在截止时间前将情况表发送至jcnyj_cg@163.com。", dt.datetime(2031, 6, 20, 17, 0)),
    ("截止日期：2031-6-20，请将情况表发送至jcnyj_cg@163.com。", dt.datetime(2031, 6, 20, 23, 59, 59)),
    ("请于2031-06-25前将情况表发送至jcnyj_cg@163.com。", dt.datetime(2031, 6, 25, 23, 59, 59)),
])
def test_an_iso_like_date_is_a_deadline(said, due):
    assert dues(draft(said, "2031年6月9日")) == [due]


def test_a_hyphen_without_a_year_or_in_a_phone_number_is_no_date():
    d = draft("请于6月25日前将情况表发送至jcnyj_cg@163.com。联系电话：0429-7716655，分机6-20。", "2031年6月9日")
    assert dues(d) == [dt.datetime(2031, 6, 25, 23, 59, 59)]


# ---------------------------------------------------------------- one group's later date


@pytest.mark.parametrize("later", ["各乡镇因需组织入户核实，报送时间可延至5月25日。", "其中各乡镇可推迟到5月25日前报送。",
                                   "各乡镇人民政府可适当放宽至5月25日。"])
def test_a_group_of_the_addressees_given_a_later_date_is_a_second_requirement(later):
    body = f"请各单位于5月15日前将《农村宅基地使用情况调查表》报送至jczrzy_gb@163.com。{later}"
    d = draft(body, "2029年4月27日", addressee="各乡镇人民政府，县农业农村局、县住建局、县综合执法局")
    first, towns = d.requirements
    assert (first.due.replace(tzinfo=None), set(first.units)) == (
        dt.datetime(2029, 5, 15, 23, 59, 59), {"县农业农村局", "县住建局", "县综合执法局"})
    assert (towns.due.replace(tzinfo=None), set(towns.units)) == (dt.datetime(2029, 5, 25, 23, 59, 59), TOWNS)
    assert towns.title == first.title and towns.id != first.id


def test_a_later_date_for_everyone_splits_nothing():
    body = "请各乡镇于5月15日前将调查表报送至jczrzy_gb@163.com。各乡镇报送时间可延至5月25日。"
    assert len(draft(body, "2029年4月27日").requirements) == 1


# ---------------------------------------------------------------- a reminder


@pytest.mark.parametrize("verb", ["催报", "催交", "补报"])
def test_a_reminders_past_deadlines_are_no_requirements(verb):
    body = ("县农业农村局前期通知要求各乡镇于2032年1月20日前报送春耕统计表。截至1月22日上午9时，仍有以下单位未报送：\n"
            "素珠营子乡、王宝营子乡、县科技局。\n请上述单位于1月26日下班前补报春耕统计表，发送至jcnyj_cg@163.com。"
            "已按时报送的单位无需重复报送。")
    d = draft(body, "2032年1月22日", addressee="各乡镇人民政府，县直各单位", title=f"关于{verb}春耕统计表的通知")
    assert d.title == "春耕统计表"
    assert dues(d) == [dt.datetime(2032, 1, 26, 17, 0)]
    assert set(d.requirements[0].units) == {"素珠营子乡", "王宝营子乡", "县科技局"}
    assert sum("不晚于催报通知的日期" in line for line in d.unsettled) == 2, d.unsettled


def test_a_past_deadline_outside_a_reminder_stays():
    body = "请各乡镇于2032年1月20日前报送春耕统计表，于1月26日前报送春耕总结，发送至jcnyj_cg@163.com。"
    assert len(draft(body, "2032年1月22日").requirements) == 2
    assert notice_title("关于催报2031年度政府信息公开工作年度报告的通知") == "2031年度政府信息公开工作年度报告"


# ---------------------------------------------------------------- a bracket that says more of the deadline


@pytest.mark.parametrize("said, due", [
    ("请于2030年6月10日前（不含当日）将整改报告发送至jcsj@163.com。", dt.datetime(2030, 6, 9, 23, 59, 59)),
    ("请于6月10日之前(不包括当天)报送整改台账至jcsj@163.com。", dt.datetime(2030, 6, 9, 23, 59, 59)),
    ("请于2030年6月10日前（含当日）将整改报告发送至jcsj@163.com。", dt.datetime(2030, 6, 10, 23, 59, 59)),
    ("请于2030年6月10日16时前（不含当日）将整改报告发送至jcsj@163.com。", dt.datetime(2030, 6, 10, 16, 0)),
])
def test_a_day_not_included_ends_the_day_before(said, due):
    d = draft(said, "2030年5月27日")
    assert dues(d) == [due], d.unsettled


@pytest.mark.parametrize("said, due", [
    ("请于2031年7月18日下班前（执行夏季作息时间，下午5:30下班）将材料发送至jcrs@163.com。", dt.datetime(2031, 7, 18, 17, 30)),
    ("请于7月18日下班前（下班时间为17:30）将材料发送至jcrs@163.com。", dt.datetime(2031, 7, 18, 17, 30)),
    ("请于7月18日下班前（夏季作息，5点半下班）将材料发送至jcrs@163.com。", dt.datetime(2031, 7, 18, 17, 30)),
    ("请于7月18日下班前（星期五）将材料发送至jcrs@163.com。", dt.datetime(2031, 7, 18, 17, 0)),
    ("请于7月18日下班前（下班时间为25:00）将材料发送至jcrs@163.com。", dt.datetime(2031, 7, 18, 17, 0)),  # no hour
])
def test_the_hour_an_office_closes_said_in_brackets_is_the_deadline(said, due):
    d = draft(said, "2031年7月10日")
    assert dues(d) == [due], d.unsettled


# ---------------------------------------------------------------- a date on a line of its own under its heading


@pytest.mark.parametrize("heading, date_line", [
    ("二、征集时间", "即日起至2029年9月20日18时止。"),
    ("二、报送时间", "2029年9月20日18时前。"),
    ("（二）截止时间", "即日起至2029年9月20日18时止。"),
])
def test_a_date_on_its_own_line_under_a_timing_heading_is_when_to_send(heading, date_line):
    body = (f"一、作品类别\n摄影作品、短视频作品、文字作品。\n{heading}\n{date_line}\n"
            "三、报送方式\n由单位统一收集后，连同《作品报送汇总表》发送至wmjc2029@163.com。")
    d = draft(body, "2029年8月27日", addressee="各乡镇，县直各单位")
    assert dues(d) == [dt.datetime(2029, 9, 20, 18, 0)], d.unsettled


# ---------------------------------------------------------------- 各有关单位 defined in the body


@pytest.mark.parametrize("defined", [
    "本通知所称有关单位，是指县交通运输局、县水利局、县住房和城乡建设局。",
    "本通知所称的有关单位包括县交通运输局、县水利局和县住房和城乡建设局。",
    "所指有关单位为县交通运输局、县水利局、县住房和城乡建设局，上述单位报送本行业项目。",
])
def test_the_units_a_notice_defines_as_its_relevant_units_are_addressed(defined):
    body = f"二、报送范围\n各乡镇报送辖区内项目。{defined}\n三、报送时间\n请于2033年3月11日17时前将进展情况表发送至jcfg@163.com。"
    d = draft(body, "2033年3月1日", addressee="各乡镇人民政府，各有关单位")
    assert set(d.requirements[0].units) == TOWNS | {"县交通局", "县水利局", "县住建局"}, d.unsettled


# ---------------------------------------------------------------- a notice correcting another


CORRECTION = ("我局于2029年4月23日印发的《关于报送2029年度医保基金使用自查情况的通知》中，报送邮箱误写为jcyb2029@163.com，"
              "现更正为jcybjj2029@163.com。\n已向原邮箱发送材料的乡镇，请重新发送至更正后的邮箱。原通知其他内容不变，"
              "请各乡镇仍于2029年5月15日前报送自查汇总表及自查报告。")


def test_a_notice_correcting_the_mailbox_of_another_is_that_notices_campaign():
    d = draft(CORRECTION, "2029年4月26日",
              title="关于更正《关于报送2029年度医保基金使用自查情况的通知》报送邮箱的通知")
    assert d.title == "2029年度医保基金使用自查情况"
    assert d.addresses == ["jcybjj2029@163.com"], d.unsettled
    assert dues(d) == [dt.datetime(2029, 5, 15, 23, 59, 59)], d.unsettled  # not the day the first one went out


@pytest.mark.parametrize("said", ["误写为", "错写成", "误为"])
def test_an_address_written_in_error_is_no_collecting_address(said):
    body = f"原通知中报送邮箱{said}jcyb2029@163.com，现更正为jcybjj2029@163.com。请于2029年5月15日前报送自查报告。"
    assert draft(body, "2029年4月26日").addresses == ["jcybjj2029@163.com"]


def test_the_day_a_notice_went_out_is_no_deadline():
    body = "县政府办于2029年4月23日下发《关于报送落实情况的通知》，报送邮箱为jc@163.com。请各乡镇于2029年5月15日前将落实情况报告发送至jc@163.com。"
    assert dues(draft(body, "2029年4月26日")) == [dt.datetime(2029, 5, 15, 23, 59, 59)]


# ---------------------------------------------------------------- the city's date to the county; a date only in the title


@pytest.mark.parametrize("upward", [
    "按照市安委办要求，各县（市、区）须于2027年6月23日前将集中治理进展情况报送市安委办。",
    "市局要求各县区于2027年6月23日前上报市应急局。",
])
def test_the_citys_deadline_to_the_counties_is_no_requirement_of_the_units(upward):
    body = f"{upward}\n请各单位于2027年6月18日前将进展情况报告发送至jcyj@163.com。"
    assert dues(draft(body, "2027年6月8日")) == [dt.datetime(2027, 6, 18, 23, 59, 59)]


def test_a_deadline_said_only_in_the_title_is_the_requirements():
    body = "请各单位研究制定本单位科普日活动方案，连同活动安排表一并按时发送至县科协邮箱：jckx@163.com。"
    d = draft(body, "2030年9月2日", title="关于请于9月12日前报送2030年全国科普日活动方案的通知")
    assert d.title == "2030年全国科普日活动方案"
    assert dues(d) == [dt.datetime(2030, 9, 12, 23, 59, 59)], d.unsettled
    assert any("标题" in line for line in d.unsettled)


def test_a_later_date_that_is_no_day_drafts_without_it():
    body = "请各单位于2030年2月10日前报送统计表至jc@163.com。各乡镇因需入户核实，报送时间可延至2月30日。"
    assert dues(draft(body, "2030年1月20日")) == [dt.datetime(2030, 2, 10, 23, 59, 59)]
