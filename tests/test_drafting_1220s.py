"""What held-out notices 1220–1239 and 1255–1256 showed the drafter missing, on notice texts written for these tests:
dated lines labelled 报送节点 with the date first, lines written `单位：材料——时限`, 县直各事业单位, units below a quota,
a 附件's tree outline, Word's markup balloons, towns named by their division codes, dates counted from a T日, a
joint notice's issuer lines above its title, an addressee word the body defines, and an hour with no 上午/下午."""

from __future__ import annotations

import datetime as dt

from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day

from collector.drafting import draft_campaign
from collector.drafting.reading.plain_text import normalize
from collector.drafting.reading.line_forms import as_prose
from collector.roster import builtin_roster

ROSTER = builtin_roster()
DEPARTMENTS = sorted(u.name for u in ROSTER.units if u.kind == "department")
INSTITUTIONS = sorted(u.name for u in ROSTER.units if u.kind == "institution")


def kinds_of(units: list[str]) -> set[str]:
    return {u.kind for u in ROSTER.units if u.name in units}


# ---------------------------------------------------------------- lines laid out in forms of their own

def test_a_labelled_line_with_the_date_first_gives_its_date_to_its_own_sender_and_material():
    body = ("三、报送要求\n请各单位按以下报送节点报送材料：\n"
            "报送节点一：4月24日（星期五）前。各乡镇报送活动方案（附件1）。\n"
            "报送节点二：5月15日中午12时前。县教育局报送主题班会统计表（附件2）。\n"
            "以上材料均发送至jcfx@163.com。")
    draft = drafted(body, "各乡镇人民政府，县教育局")
    assert got(draft) == [(day(4, 24), LOCAL_UNITS), (day(5, 15, dt.time(12, 0)), ["县教育局"])]
    assert [r.title for r in draft.requirements] == ["活动方案", "主题班会统计表"]


def test_a_labelled_date_followed_by_work_not_sending_is_left_as_written():
    body = ("一、活动安排\n第一阶段：4月24日前。各乡镇开展入户宣传。\n"
            "二、请各乡镇于5月10日前将活动总结发送至jcfx@163.com。")
    assert got(drafted(body)) == [(day(5, 10), LOCAL_UNITS)]


def test_lines_giving_sender_material_and_the_date_after_a_dash_are_requirements():
    body = ("四、材料报送\n各单位请按以下分工和时限，将材料电子版发送至jcfns@163.com：\n"
            "各乡镇：危险水域排查台账（附件1）——6月10日（星期一）前；\n"
            "县水利局：救生设施设置情况表（附件2）——6月17日16时前；\n"
            "各乡镇、县水利局：防溺水工作总结——9月5日前。")
    draft = drafted(body, "各乡镇人民政府，县水利局")
    assert got(draft) == [(day(6, 10), LOCAL_UNITS), (day(6, 17, dt.time(16, 0)), ["县水利局"]),
                          (day(9, 5), sorted(LOCAL_UNITS + ["县水利局"]))]


def test_a_dashed_line_whose_head_is_no_sender_is_left_as_written():
    assert normalize("工作目标：完成排查——6月10日前；") == "工作目标:完成排查——6月10日前;"


def test_words_balloons_of_tracked_changes_are_no_part_of_the_notice():
    body = ("请各乡镇于7月17日16时前，将推进情况表发送至中心邮箱jcnew_2026@163.com。\n"
            "删除的内容: 7月10日（星期五）\n删除的内容: jcold_gf@126.com\n"
            "批注 [刘1]: 报送时间延后一周；邮箱改用新邮箱。\n带格式的: 缩进: 首行缩进:  2 字符")
    draft = drafted(body)
    assert draft.addresses == ["jcnew_2026@163.com"]
    assert got(draft) == [(day(7, 17, dt.time(16, 0)), LOCAL_UNITS)]


def test_a_sentence_speaking_of_deleted_content_is_kept():
    assert "删除的内容较多时请另附说明" in normalize("删除的内容较多时请另附说明。")


def test_a_tree_outline_of_units_in_an_attachment_is_read_leaf_by_leaf():
    text = ("建昌县数字化城市管理监督指挥中心\n关于报送处置人员信息的通知\n\n各专业处置单位（名单见附件2）：\n\n"
            "请各专业处置单位于3月10日前，将处置人员信息表发送至jcszcg@163.com。\n\n"
            "附件：1．处置人员信息表\n2．专业处置单位名单\n\n建昌县数字化城市管理监督指挥中心\n2026年3月2日\n\n"
            "附件2\n\n专业处置单位名单\n\n专业处置单位（共5家）\n├─属地单位\n│　└─建昌镇人民政府\n├─县直部门\n"
            "│　├─县住建局\n│　└─县交通局\n└─其他单位\n　　└─建昌县热力有限公司\n")
    draft = draft_campaign(text, ROSTER)
    assert got(draft) == [(day(3, 10), sorted(["建昌镇", "县住建局", "县交通局"]))]


def test_a_box_drawn_tables_rows_keep_their_marks():
    rows = "┌──┬──────┐\n│序号│单位名称│\n├──┼──────┤\n│ 1 │县财政局    │\n└──┴──────┘"
    assert as_prose(rows) == rows


# ---------------------------------------------------------------- who is addressed

def test_xianzhi_ge_shiye_danwei_are_the_institutions():
    draft = drafted("请各单位于10月23日前将备案表发送至jcga@163.com。", "各乡镇人民政府，县政府各部门，县直各事业单位")
    assert kinds_of(draft.requirements[0].units) == {"town", "township", "department", "institution"}
    assert set(INSTITUTIONS) <= set(draft.requirements[0].units)


def test_xianzhi_ge_xingzheng_shiye_danwei_stay_every_county_unit():
    draft = drafted("请各单位于10月23日前将备案表发送至jcga@163.com。", "县直各行政事业单位")
    assert kinds_of(draft.requirements[0].units) == {"department", "institution"}


def test_an_addressee_word_the_notice_defines_is_read_as_defined():
    body = ("一、年审范围：各乡镇、县直各单位的执法人员。本通知所称“县直各单位”，是指县政府工作部门，不包括县政府直属事业单位。\n"
            "二、请各单位于3月24日16时前将年审登记表发送至jczf@163.com。")
    draft = drafted(body, "各乡镇人民政府，县直各单位")
    assert kinds_of(draft.requirements[0].units) == {"town", "township", "department"}
    assert set(DEPARTMENTS) <= set(draft.requirements[0].units)


def test_without_its_definition_xianzhi_ge_danwei_are_departments_and_institutions():
    body = ("一、本通知所称“执法人员”，是指持有执法证件的在岗人员。\n"
            "二、请各单位于3月24日16时前将年审登记表发送至jczf@163.com。")
    draft = drafted(body, "各乡镇人民政府，县直各单位")
    assert kinds_of(draft.requirements[0].units) == {"town", "township", "department", "institution"}


def test_units_below_a_quota_are_some_units_not_said_which():
    body = ("（一）请各单位于5月27日前，将就业情况申报表发送至jccj@163.com；未安排残疾人就业的单位，名册填写“无”。\n"
            "（二）安排比例未达到1.5%的单位，请于6月17日下午4时前，将保障金缴纳情况说明发送至jccj@163.com。")
    draft = drafted(body, "县直各单位，各乡镇人民政府")
    assert len(draft.requirements[0].units) > 40  # every addressee: the “无” clause names no fewer
    assert draft.requirements[1].units == []
    assert any("未达到1.5%的单位" in u and "未选单位" in u for u in draft.unsettled)


def test_towns_named_by_their_division_codes_in_the_attachment():
    codes = {u.name: u.division_code for u in ROSTER.units if u.division_code and u.kind in ("town", "township")}
    picked = sorted(codes)[:2]
    rows = "".join(f"{k}\t{codes[n]}\t7\n" for k, n in enumerate(picked, 1))
    text = ("建昌县耕地保护委员会办公室\n关于开展图斑核查的通知\n\n附件1所列乡镇人民政府：\n\n"
            "请附件1所列乡镇于4月16日前，将图斑核查表发送至jcgb@163.com。\n\n附件：1．图斑统计表\n\n"
            "建昌县耕地保护委员会办公室\n2026年4月2日\n\n附件1\n\n图斑统计表\n\n序号\t行政区划代码\t图斑（个）\n"
            f"{rows}3\t219999999\t2\n")
    assert got(draft_campaign(text, ROSTER)) == [(day(4, 16), picked)]


# ---------------------------------------------------------------- dates

def test_dates_counted_from_the_t_day_the_notice_names():
    body = ("省财政厅定于2026年6月15日（星期一）实施系统切换（以下将切换当日称为“T日”）。\n"
            "（一）T-10日前：各单位报送《操作人员权限申请表》（附件1）；\n"
            "（二）T日至T+2日：旧系统停止使用，暂停办理支付业务；\n"
            "（三）T+5日17时前：各单位报送《运行问题反馈表》（附件2）。\n材料均发送至jccz@163.com。")
    assert got(drafted(body)) == [(day(6, 5), LOCAL_UNITS), (day(6, 20, dt.time(17, 0)), LOCAL_UNITS)]


def test_working_days_counted_from_the_t_day_skip_the_weekend():
    body = ("定于2026年6月15日（星期一）实施系统切换（以下简称“T日”）。\n"
            "请各乡镇于T-3个工作日前将确认单发送至jccz@163.com。")
    assert got(drafted(body)) == [(day(6, 10), LOCAL_UNITS)]


def test_t_minus_without_a_named_t_day_is_no_date():
    body = "请各乡镇于T-10日前将申请表发送至jccz@163.com。"
    assert [r.due.date() for r in drafted(body).requirements] != [dt.date(2026, 6, 5)]
    assert "T-10日" in normalize(body)


def test_a_bare_hour_of_the_small_hours_is_the_afternoons():
    draft = drafted("请各乡镇于7月13日（星期一）4点半前将统计表发送至jcxf@163.com。")
    assert got(draft) == [(day(7, 13, dt.time(16, 30)), LOCAL_UNITS)]
    assert any("未写上午、下午" in u and "16时30分" in u for u in draft.unsettled)


def test_a_bare_morning_hour_and_a_said_morning_stay_as_written():
    assert got(drafted("请各乡镇于7月13日10时前将统计表发送至jcxf@163.com。")) == [(day(7, 13, dt.time(10, 0)), LOCAL_UNITS)]
    assert got(drafted("请各乡镇于7月13日上午9时前将统计表发送至jcxf@163.com。")) == [(day(7, 13, dt.time(9, 0)), LOCAL_UNITS)]


# ---------------------------------------------------------------- the title

def test_a_joint_notices_issuer_lines_above_the_title():
    text = ("建昌县农业农村局\n建昌县市场监督管理局\n建昌县公安局\n建昌县交通运输局\n\n"
            "关于开展春季农资打假专项治理行动的通知\n\n各乡镇人民政府：\n\n"
            "请各乡镇于3月19日前将排查台账发送至jcny@163.com。\n\n建昌县农业农村局\n2026年3月5日\n")
    draft = draft_campaign(text, ROSTER)
    assert draft.title == "春季农资打假专项治理行动"
    assert got(draft) == [(day(3, 19), LOCAL_UNITS)]
