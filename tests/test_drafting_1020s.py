"""What held-out notices 1020–1059 showed the drafter missing, on notice texts written for these tests: 以…为限 and
截止到… without 前, units listed one to a line before 上述单位, 推荐 ending a unit's name, a 文号 in brackets after the
title, 廿 for twenty, a notice exported as Markdown or quoted line by line in a forward, a window for the late to file
(逾期未报送的…须于…前补报), and a day nothing is sent for (a test, a visit, a registration in person)."""

from __future__ import annotations

import datetime as dt

from test_drafting_820s import drafted, got
from test_drafting_dates import dues, dues_and_says
from test_drafting_700s import LOCAL_UNITS

from collector.drafting import draft_campaign
from collector.drafting.reading.layout import split_notice
from collector.drafting.reading.plain_text import normalize
from collector.roster import builtin_roster

END_OF = dt.time(23, 59, 59)


def day(month: int, d: int, at: dt.time = END_OF, year: int = 2026) -> dt.datetime:
    return dt.datetime.combine(dt.date(year, month, d), at)


def test_a_deadline_said_as_the_limit_or_cut_off_without_qian():
    assert dues("自评报告发送至jcjd@163.com，报送时间以2026年4月14日（星期二）17时为限。") == [day(4, 14, dt.time(17, 0))]
    assert dues("登记表电子版发送至jcps@163.com，截止到7月18日（星期六）下午4时，逾期视为无排水户。") == [
        day(7, 18, dt.time(16, 0))]


def test_units_listed_one_to_a_line_before_shangshu_danwei():
    body = ("一、排查分工\n请以下单位按职责分工组织排查：\n建昌镇人民政府：城区沿街商户；\n县市场局：餐饮服务单位；\n"
            "县卫健局：医疗机构。\n二、报送要求\n上述单位将排查情况填入登记表，发送至jcps@163.com，截止到7月18日下午4时。")
    assert got(drafted(body, "各有关单位")) == [(day(7, 18, dt.time(16, 0)), ["县卫健局", "县市场局", "建昌镇"])]


def test_tuijian_ends_a_units_name():
    body = "请县农业农村局、县林草局推荐本系统技术人员，填写推荐表，于3月12日前发送至jckj@163.com。"
    assert got(drafted(body, "各乡镇人民政府，县农业农村局，县林草局")) == [(day(3, 12), ["县农业农村局", "县林草局"])]


def test_a_doc_number_in_brackets_after_the_title():
    text = ("建昌县公务用车服务中心\n关于报送2026年度公务用车使用管理情况的通知（建车服发〔2026〕3号）\n\n县政府各部门：\n"
            "请于3月20日前将情况表发送至jccf@163.com。\n建昌县公务用车服务中心\n2026年3月2日\n")
    layout = split_notice(text)
    assert layout.title.endswith("关于报送2026年度公务用车使用管理情况的通知(建车服发〔2026〕3号)")
    assert draft_campaign(text, builtin_roster()).title == "2026年度公务用车使用管理情况"


def test_nian_for_twenty():
    assert normalize("请于九月廿六日前报送") == "请于九月二十六日前报送"
    assert dues("请各乡镇于三月廿六日前将核查表发送至jctg@163.com。") == [day(3, 26)]


MARKDOWN = """**建昌县大数据发展服务中心**

# 关于开展政务信息系统清查的通知

**县政府各部门、各直属机构：**

1. 请各单位于**3月12日（星期四）17:00前**，将《清查表》（[附件1](https://www.jianchang.gov.cn/fj/1.xlsx)）发送至[jcdsj@163.com](mailto:jcdsj@163.com)。

**建昌县大数据发展服务中心**
2026年3月2日
"""


def test_a_notice_exported_as_markdown():
    draft = draft_campaign(MARKDOWN, builtin_roster())
    assert draft.addresses == ["jcdsj@163.com"] and draft.title == "政务信息系统清查"
    assert len(got(draft)) == 1 and len(got(draft)[0][1]) > 30  # the departments and institutions


QUOTED = """各位同志：
县农民工办的通知转给大家，请各乡镇按通知要求按时报送。
刘晓燕

在 2026年1月5日 上午9:12，县农民工办 写道：
> 建昌县农民工工作领导小组办公室
> 关于开展春节前后农民工返乡情况调查的通知
>
> 各乡镇人民政府：
> 请各乡镇于1月16日前将调查表发送至jcnmg@163.com。
>
> 建昌县农民工工作领导小组办公室
> 2026年1月5日
"""


def test_a_notice_quoted_line_by_line_in_a_forward():
    draft = draft_campaign(QUOTED, builtin_roster())
    assert (draft.notice_date, draft.title) == (dt.date(2026, 1, 5), "春节前后农民工返乡情况调查")
    assert got(draft) == [(day(1, 16), LOCAL_UNITS)]


def test_a_window_for_the_late_to_file_is_no_requirement():
    body = "请各乡镇于6月14日前将名录更新表发送至jcjt@163.com。逾期未报送的乡镇，须于6月19日前补报，并附书面情况说明。"
    assert dues_and_says(body, "补报") == [day(6, 14)]


def test_a_day_nothing_is_sent_for_is_no_requirement():
    body = ("（一）请各乡镇于6月25日17时前将推荐汇总表发送至jckd@163.com。\n"
            "（二）入学测试定于8月22日上午9时在县开放大学举行，复印件于测试当天交考务组，不需扫描报送。\n"
            "（三）我公司将于10月12日至10月20日安排工程师上门巡检，确认单由工程师带回，不需另行报送。")
    assert dues(body) == [day(6, 25, dt.time(17, 0))]
