"""What held-out notices 940–979 showed the drafter missing, on notice texts written for these tests: the start of a
span of facts read alone (…至…期间届满的), a stage whose material goes to someone else (不直接报送本中心), a title quoting
another notice's title, groups of units paired with dates by 分别 (…和… / …/…), the letter O typed for a zero, work
with its report to come some other time (另行报送), 中午1点, a title with no 关于, a notice copied from the county portal
with the page's furniture, and a notice pasted from a work-group chat."""

from __future__ import annotations

import datetime as dt

import pytest
from test_drafting_820s import drafted, got
from test_drafting_dates import dues, dues_and_says
from test_drafting_700s import LOCAL_UNITS

from collector.drafting import draft_campaign
from collector.drafting.reading.plain_text import normalize
from collector.drafting.heading.titles import notice_title
from collector.roster import builtin_roster

END_OF = dt.time(23, 59, 59)


def day(month: int, d: int, at: dt.time = END_OF, year: int = 2026) -> dt.datetime:
    return dt.datetime.combine(dt.date(year, month, d), at)


def test_the_start_of_a_span_of_facts_read_alone_is_no_deadline():
    body = ("一、报送范围\n检验有效期在2026年4月1日至2026年12月31日期间届满的设备。\n"
            "二、请于3月20日前将申报表发送至jctj@163.com。")
    assert dues(body) == [day(3, 20)]


def test_a_span_in_which_to_send_is_still_a_window():
    assert dues("请于3月10日至3月20日期间将申报表发送至jctj@163.com。") == [day(3, 20)]


def test_a_stage_whose_material_goes_to_someone_else_is_no_requirement():
    body = ("（一）企业自查（即日起至3月18日）。各企业开展自查，自查表报所在镇审核，不直接报送本中心。\n"
            "（二）属地核查。请各乡镇于3月25日前将核查表发送至jcwy@163.com。")
    assert dues_and_says(body, "不报送本单位") == [day(3, 25)]


def test_a_title_quoting_another_notices_title_keeps_what_is_asked_of_it():
    line = "关于报送《关于进一步加强农村集体“三资”监管工作的通知》贯彻落实情况的通知"
    assert notice_title(line) == "《关于进一步加强农村集体“三资”监管工作的通知》贯彻落实情况"
    assert notice_title("关于报送2026年度政府信息公开工作年度报告的通知") == "2026年度政府信息公开工作年度报告"


@pytest.mark.parametrize("sentence", [
    "请各乡镇人民政府和县直有关部门（县卫健局、县民政局）分别于3月9日前、3月16日下午4时前，将统计表发送至jctt@163.com。",
    "请各乡镇/县卫健局、县民政局分别于3月9日/3月16日下午4时前，将《需求表》/《报名表》发送至jctt@163.com。",
])
def test_groups_of_units_before_respectively_take_the_dates_after_it_in_order(sentence):
    draft = drafted(sentence, "各乡镇人民政府，县卫健局，县民政局")
    assert got(draft) == [(day(3, 9), LOCAL_UNITS), (day(3, 16, dt.time(16, 0)), ["县卫健局", "县民政局"])]


def test_respectively_pairing_dates_with_materials_leaves_both_groups_on_both():
    sentence = "请各乡镇、县卫健局分别于3月9日、3月16日前报送自查报告和整改报告，发送至jctt@163.com。"
    draft = drafted(sentence, "各乡镇人民政府，县卫健局")
    assert got(draft) == [(day(3, 9), sorted([*LOCAL_UNITS, "县卫健局"])), (day(3, 16), sorted([*LOCAL_UNITS, "县卫健局"]))]


@pytest.mark.parametrize("written, read", [("10月1O日", "10月10日"), ("2O26年3月", "2026年3月"), ("1O月5日", "10月5日"),
                                          ("二〇二六年", "二〇二六年"), ("Office 10月", "Office 10月")])
def test_the_letter_o_typed_for_a_zero_in_a_date(written, read):
    assert normalize(written) == read


def test_work_to_be_done_with_its_report_to_come_another_time_is_no_requirement():
    body = ("一、请各乡镇于3月20日前将检查表发送至jcrq@163.com。\n"
            "二、检查发现的问题由属地督促于12月31日前整改到位，整改情况纳入年底考核，另行报送。")
    assert dues(body) == [day(3, 20)]


def test_one_oclock_at_noon_is_13_00():
    assert dues("请于6月12日中午1点前将巡检表发送至jcyj@163.com。") == [day(6, 12, dt.time(13, 0))]
    assert dues("请于6月12日中午12点前将巡检表发送至jcyj@163.com。") == [day(6, 12, dt.time(12, 0))]


@pytest.mark.parametrize("line, title", [
    ("建昌县结核病防治所2026年秋季学校结核病筛查工作通知", "2026年秋季学校结核病筛查"),
    ("建昌县疾病预防控制中心2026年秋季学校结核病筛查工作通知", "2026年秋季学校结核病筛查"),
    ("绥中县结核病防治所2026年秋季学校结核病筛查工作通知", "2026年秋季学校结核病筛查"),  # another county's issuer
    ("葫芦岛市绥中县疾病预防控制中心2026年秋季学校结核病筛查工作通知", "2026年秋季学校结核病筛查"),
    ("建昌县人民政府办公室紧急通知", ""),
    ("通知", ""),
])
def test_a_title_with_no_guanyu(line, title):
    assert notice_title(line) == title


WEB_PAGE = """首页 > 政务公开 > 通知公告
关于开展春季犬只免疫工作的通知
发布时间：2026-03-02 10:15:42　　来源：县动物疫病预防控制中心　　浏览次数：1286
【字体：大 中 小】　【打印本页】　【关闭窗口】
各乡镇人民政府：
请各乡镇于3月20日前将免疫进度统计表发送至jcdw@163.com。
建昌县动物疫病预防控制中心
2026年3月2日
【打印本页】　【关闭窗口】
上一篇：关于报送兽药经营企业检查情况的通知
相关链接：建昌县农业农村局　葫芦岛市农业农村局
主办单位：建昌县人民政府办公室　　承办单位：建昌县融媒体中心
网站标识码：2114220001　　辽ICP备2026005012号　　辽公网安备21142202000123号
"""


def test_a_notice_copied_from_the_county_portal_leaves_the_pages_furniture_out():
    draft = draft_campaign(WEB_PAGE, builtin_roster())
    assert got(draft) == [(day(3, 20), LOCAL_UNITS)]
    kept = normalize(WEB_PAGE)
    assert "上一篇" not in kept and "承办单位" not in kept and "ICP" not in kept and "来源" in kept


CHAT = """“建昌县墙改工作群”的聊天记录
——————  2026年3月9日  ——————
县墙改办-孙立新  9:12
@所有人 【关于开展新建农房墙体材料使用情况抽查的通知】
各乡镇、县住建局：
请各乡镇于3月19日（周四）前将统计表发送至墙改办邮箱jcqgb@163.com；县住建局于3月26日（周四）下午4点前将备案情况报送至同一邮箱。
建昌县新型墙体材料革新办公室
建昌镇-刘晓梅  9:20
收到
八家子镇-郑丽  9:47
收到，请问统计表是填哪年开工的？
——————  2026年3月10日  ——————
要路沟乡-王海  8:05
收到。我乡邮箱已更换为ylgx_zfb@163.com，请更新通讯录
"""


def test_a_notice_pasted_from_a_work_group_chat():
    draft = draft_campaign(CHAT, builtin_roster())
    assert draft.title == "新建农房墙体材料使用情况抽查"
    assert draft.addresses == ["jcqgb@163.com"]
    assert got(draft) == [(day(3, 19), LOCAL_UNITS), (day(3, 26, dt.time(16, 0)), ["县住建局"])]


def test_a_notices_own_timetable_is_no_chat():
    body = "活动安排：\n开幕式  9:00\n参观  10:30\n座谈  14:00\n请于3月20日前将报名表发送至jcwh@163.com。"
    assert dues(body) == [day(3, 20)]
