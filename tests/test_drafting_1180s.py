"""What held-out notices 1180–1199 showed the drafter missing, on notice texts written for these tests: dates in the
notice's lead-in (a goal, a rule it rests on) taken for deadlines, the issuing body's own step in a clause that goes on
its sentence, a rule counted from other documents' 印发, the units a sent opinion is about (报送对各乡镇…的审核意见), a
group of towns the body names by a short name of its own (以下简称风沙区乡镇) and lists, a Word table whose cells held
line breaks, 同日 with a later hour for a second group, 午前 / 午后, a letterspaced title, and a writer's note inside a
mailbox address."""

from __future__ import annotations

import datetime as dt

from test_drafting_820s import DEPARTMENTS, drafted, got
from test_drafting_1020s import day
from test_drafting_dates import dues
from test_drafting_700s import LOCAL_UNITS

from collector.drafting import draft_campaign
from collector.drafting.reading.plain_text import normalize
from collector.roster import builtin_roster

NOON, THREE_PM, FIVE_PM = dt.time(12, 0), dt.time(15, 0), dt.time(17, 0)


# ------------------------------------------------ dates the lead-in names are no deadlines


def test_a_goal_in_the_lead_in_is_no_deadline():
    body = ("为落实绿色低碳要求，推动2027年底前全县公共机构充电设施全覆盖，现就报送充电设施建设需求有关事项通知如下：\n"
            "一、请各乡镇于3月20日（星期五）17时前将《充电设施需求表》发送至jccd@163.com。")
    draft = drafted(body)
    assert got(draft) == [(day(3, 20, FIVE_PM), LOCAL_UNITS)]
    assert any("2027年底前" in u and "不是报送材料" in u for u in draft.unsettled)


def test_a_rule_quoted_in_the_lead_in_is_no_deadline():
    body = ("根据《建昌县预警信息发布管理办法》关于“每年3月底前更新一次接收责任人名单”的规定，现将2026年名单报送有关事项"
            "通知如下：\n一、请各乡镇于3月14日前报送《接收责任人名单》，发送至jcyj@163.com。")
    assert got(drafted(body)) == [(day(3, 14), LOCAL_UNITS)]


def test_a_lead_in_sentence_that_sends_by_its_own_words_still_asks():
    body = ("请各乡镇于3月16日前将防汛责任人名单报送县应急局邮箱jcyj@163.com，现将有关事项通知如下：\n"
            "一、名单须经乡镇主要负责人签字。")
    assert got(drafted(body)) == [(day(3, 16), LOCAL_UNITS)]


# ------------------------------------------------ the issuing body's own step, its sentence going on


def test_a_clause_opening_with_its_date_goes_on_with_the_issuing_bodys_sentence():
    body = ("一、请各乡镇于3月20日前将体检数据采集表发送至jctj@163.com。\n"
            "二、4月中旬，专班将组织专家对数据进行评估论证；5月底前形成城市体检报告，经县政府审定后报市住建局。")
    draft = drafted(body)
    assert got(draft) == [(day(3, 20), LOCAL_UNITS)]
    assert any("是专班自己开展工作的时间" in u for u in draft.unsettled)


def test_a_clause_after_the_bodys_sentence_that_asks_the_units_is_theirs():
    body = ("一、4月中旬，专班将组织专家对数据进行评估论证，请各乡镇于5月20日前将整改报告报送专班邮箱jctj@163.com。")
    assert got(drafted(body)) == [(day(5, 20), LOCAL_UNITS)]


# ------------------------------------------------ 印发之日起 of other documents


def test_a_rule_counted_from_other_documents_issue_is_no_deadline():
    body = ("一、请各单位于3月20日下班前将稿件Word版发送至jcgb@163.com。\n"
            "二、行政规范性文件应当自印发之日起7个工作日内报送备案，未经备案审查的不予刊登。")
    assert got(drafted(body, "各乡镇人民政府")) == [(day(3, 20, FIVE_PM), LOCAL_UNITS)]


def test_a_day_counted_from_the_notices_own_issue_stays():
    body = "请各乡镇自印发之日起7个工作日内将核查表发送至jcgb@163.com。"
    assert dues(body) == [day(3, 11)]  # Monday 3月2日 + 7 working days


# ------------------------------------------------ what a sent opinion is about


def test_the_units_an_opinion_is_about_do_not_send_it():
    body = ("一、请各乡镇于4月18日前报送《培训需求摸底表》，发送至jcjz@163.com。\n"
            "二、请县人社局于4月25日前报送对各乡镇报名人员培训补贴资格的审核意见。")
    assert got(drafted(body, "各乡镇人民政府，县人社局")) == [(day(4, 18), LOCAL_UNITS), (day(4, 25), ["县人社局"])]


def test_the_senders_named_before_the_opinion_still_send():
    body = "请县人社局、各乡镇于4月25日前报送对各乡镇报名人员培训补贴资格的审核意见，发送至jcjz@163.com。"
    assert got(drafted(body, "各乡镇人民政府，县人社局")) == [(day(4, 25), sorted(LOCAL_UNITS + ["县人社局"]))]


# ------------------------------------------------ a group the body names and lists


SAND_TOWNS = sorted(["喇嘛洞镇", "汤神庙镇", "素珠营子乡", "黑山科乡"])


def test_a_group_the_body_names_and_tabulates_is_the_addressees_and_the_senders():
    body = ("一、我县风沙区涉及以下4个乡镇（以下简称风沙区乡镇）：\n乡镇\t沙化土地面积（亩）\n喇嘛洞镇\t18600\n汤神庙镇\t12400\n"
            "素珠营子乡\t21300\n黑山科乡\t11700\n二、请风沙区乡镇于3月12日16时前报送《造林任务需求表》，"
            "请县自然资源局于3月19日前报送《地块地类核对意见》。\n中心邮箱：jcsb@163.com")
    draft = drafted(body, "各风沙区乡镇人民政府，县自然资源局")
    assert got(draft) == [(day(3, 12, dt.time(16, 0)), SAND_TOWNS), (day(3, 19), ["县自然资源局"])]
    assert sorted(draft.units) == sorted(SAND_TOWNS + ["县自然资源局"])
    assert any("读作正文所列的风沙区乡镇" in u for u in draft.unsettled)


def test_a_group_named_after_the_towns_it_lists_in_its_sentence():
    body = ("一、喇嘛洞镇、汤神庙镇、素珠营子乡、黑山科乡4个乡镇（以下简称风沙区乡镇）沙化土地集中。\n"
            "二、请风沙区乡镇于3月12日前将需求表发送至jcsb@163.com。")
    assert got(drafted(body, "各风沙区乡镇人民政府")) == [(day(3, 12), SAND_TOWNS)]


def test_a_group_named_with_nothing_listed_stays_undecided():
    body = ("一、我县风沙区乡镇（以下简称风沙区乡镇）沙化土地集中。\n"
            "二、请风沙区乡镇于3月12日前将需求表发送至jcsb@163.com。")
    draft = drafted(body, "各风沙区乡镇人民政府，县自然资源局")
    assert any("主送“各风沙区乡镇人民政府”不是名册中的单位" in u for u in draft.unsettled)
    assert draft.units == ["县自然资源局"]


# ------------------------------------------------ a Word table whose cells held line breaks


def test_table_rows_broken_inside_their_cells_are_joined_again():
    body = ("三、报送要求\n请各单位按下表时限将材料发送至jcyc@163.com：\n序号\t报送材料\t报送单位\t报送时限\n"
            "1\t扬尘源排查台账\t各乡镇\t4月9日（星期四）前\n"
            "2\t施工工地、道路扬尘专项检查报告\t县住建局、县交通局、\n县自然资源局\t4月16日（星期四）16:00前\n"
            "3\t整改销号清单及\n整改前后对比照片\t各乡镇、县综合执法局\t5月28日（星期四）\n17时前\n"
            "　　四、有关要求\n　　各单位要建立问题清单。")
    draft = drafted(body, "各乡镇人民政府，县住建局，县交通局，县自然资源局，县综合执法局")
    assert got(draft) == [(day(4, 9), LOCAL_UNITS),
                          (day(4, 16, dt.time(16, 0)), ["县交通局", "县住建局", "县自然资源局"]),
                          (day(5, 28, FIVE_PM), sorted(LOCAL_UNITS + ["县综合执法局"]))]


def test_rows_short_of_cells_before_a_new_numbered_row_or_a_paragraph_stay_apart():
    text = "序号\t材料\t单位\t时限\n1\t台账\t各乡镇\n2\t水毁报告\n3\t清单\t县水利局\n　　四、有关要求"
    assert normalize(text).split("\n")[:4] == ["序号\t材料\t单位\t时限", "1\t台账\t各乡镇", "2\t水毁报告", "3\t清单\t县水利局"]


def test_an_hour_alone_joins_only_a_row_ending_with_a_day():
    text = "序号\t材料\t时限\n1\t台账\t4月9日前\n17时前"
    assert normalize(text).split("\n")[1:] == ["1\t台账\t4月9日前", "17时前"]


# ------------------------------------------------ 同日, 午前 / 午后


def test_same_day_with_its_own_hour_is_a_second_groups_deadline():
    body = ("请各乡镇于3月10日（星期二）中午12时前、县直各单位于同日下午5时前，将《在岗情况核查表》发送至jcgy@163.com。")
    draft = drafted(body, "各乡镇人民政府，县直各单位")
    assert got(draft) == [(day(3, 10, NOON), LOCAL_UNITS), (day(3, 10, FIVE_PM), DEPARTMENTS)]


def test_the_day_an_hour_is_said_after_stays_one_deadline():
    body = "请各乡镇于3月18日将核查表发送至jcgy@163.com。当日下午5时30分截止。"
    assert dues(body) == [day(3, 18, dt.time(17, 30))]


def test_same_day_with_no_day_before_it_is_no_deadline():
    assert dues("请各乡镇于同日下午5时前将核查表发送至jcgy@163.com。") == []


def test_wuqian_is_before_noon_and_wuhou_an_afternoon_hour():
    assert dues("请各乡镇于3月12日（星期四）午前，将排查表发送至jcql@163.com。") == [day(3, 12, NOON)]
    assert dues("请各乡镇于3月19日（星期四）午后3时前，将排查表发送至jcql@163.com。") == [day(3, 19, THREE_PM)]


def test_a_daily_afternoon_patrol_is_no_deadline():
    body = ("请各乡镇于3月12日前将排查表发送至jcql@163.com。汛期各乡镇要安排专人每日午后3时巡查一次。")
    assert dues(body) == [day(3, 12)]


# ------------------------------------------------ a letterspaced title, a note inside an address


def test_a_letterspaced_title_is_read_closed_up():
    text = ("建 昌 县 城 区 停 车 管 理 服 务 中 心\n关 于 开 展 机 关 单 位 停 车 场 共 享 开 放 摸 底 的 通 知\n\n县直各单位：\n"
            "请各单位于3月21日下午4:30前将摸底表发送至jctc@163.com。\n\n建昌县城区停车管理服务中心\n2026年3月9日\n")
    draft = draft_campaign(text, builtin_roster())
    assert draft.title == "机关单位停车场共享开放摸底"
    assert got(draft) == [(day(3, 21, dt.time(16, 30)), DEPARTMENTS)]


def test_words_with_spaces_between_them_are_no_letterspaced_line():
    assert normalize("联系人 张伟 电话") == "联系人 张伟 电话"
    assert normalize("附 件") == "附 件"


def test_a_note_inside_the_address_is_left_out():
    body = "请各乡镇于3月16日前将登记表发送至推广站邮箱jcfy_dj（中间为下划线）@163.com。"
    draft = drafted(body)
    assert draft.addresses == ["jcfy_dj@163.com"]
    assert any("中间为下划线" in u and "不是地址的一部分" in u for u in draft.unsettled)
    assert drafted("请各乡镇于3月16日前将登记表发送至jcfy_dj@（注意为数字）163.com。").addresses == ["jcfy_dj@163.com"]


def test_a_note_after_the_address_is_no_part_of_it():
    draft = drafted("请各乡镇于3月16日前将登记表发送至jcfy_dj@163.com（工作日查收）。")
    assert draft.addresses == ["jcfy_dj@163.com"]
    assert not any("不是地址的一部分" in u for u in draft.unsettled)


def test_a_spreadsheets_quoted_cell_over_several_lines_is_left_to_its_own_reading():
    """Not glued without a separator by the row mending (玲珑塔镇药王庙镇): the quoted cell's own reading
    (drafting/reading/shapes.py) makes it one cell, its lines joined by 、."""
    text = '序号\t材料\t单位\t时限\n1\t情况表\t"玲珑塔镇\n药王庙镇"\t7月17日前'
    assert normalize(text).split("\n")[1:] == ['1\t情况表\t玲珑塔镇、药王庙镇\t7月17日前']
