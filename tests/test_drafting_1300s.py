"""What held-out notices 1300–1319 showed the drafter missing, on notice texts written for these tests: the hour in
quarters (4点三刻) and the four-digit clock (1800前), a form filled in on its underscore blanks, dates in teaching
weeks, two limits settled by 以先到者为准 and an activity's span set with 定于, an item's date on a label line under
it, units feeding another's report (将…提供给…，不单独报送), and the parts: a format bracket opening with 附件N, a stamp
said of the paper its 的 clause leads to, 随台账一并发送, a packed thing no material word names, and a form's format
given where the notice first names it."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shape
from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day

from collector.drafting import draft_campaign
from collector.drafting.timing.clock_forms import spelled_out as clocks_spelled_out
from collector.drafting.timing.military_hours import with_colons
from collector.drafting.reading.form_blanks import filled_in
from collector.drafting.materials.parts import parts_for
from collector.drafting.requirements import material_names
from collector.drafting.timing.teaching_weeks import spelled_out as weeks_spelled_out
from collector.roster import builtin_roster


def shapes(draft) -> list[list[str]]:
    return [sorted(map(part_shape, r.parts)) for r in draft.requirements]


# ---------------------------------------------------------------- when: clock times written otherwise

def test_the_hour_in_quarters_is_fifteen_minutes_each():
    body = "请各乡镇于4月17日（星期五）下午3点一刻前将调查表发送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(4, 17, dt.time(15, 15)), LOCAL_UNITS)]
    body = "请各乡镇于4月17日（星期五）上午十点三刻前将调查表发送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(4, 17, dt.time(10, 45)), LOCAL_UNITS)]


def test_a_quarter_of_an_hour_as_a_span_is_no_clock_time():
    assert clocks_spelled_out("请提前一刻钟到场，班车每日早6点一刻发车") == "请提前一刻钟到场，班车每日早6点15分发车"
    assert clocks_spelled_out("会议约需一刻钟") == "会议约需一刻钟"


def test_a_four_digit_clock_after_a_date_is_its_hour():
    body = "请各乡镇于4月9日（星期四）1730前将参训人员名单发送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(4, 9, dt.time(17, 30)), LOCAL_UNITS)]
    body = "请各乡镇于4月9日0900前将参训人员名单发送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(4, 9, dt.time(9, 0)), LOCAL_UNITS)]


def test_four_digits_that_are_no_clock_stay_as_written():
    said = "4月9日2000余人参训，每日0600起床，经费1800元，4月9日前报2026年计划"
    assert with_colons(said) == said
    assert with_colons("4月9日2460前") == "4月9日2460前"  # no such hour


# ---------------------------------------------------------------- a form filled in on its blanks

FORM = ("建昌县机关事务服务中心\n关于开展__2026__年度公务用车使用情况核查的通知\n\n各乡镇人民政府：\n"
        "请各单位于__5__月__8__日（星期五）__16__时前，将核查表发送至邮箱：__jc_gwyc2026@163.com__。\n"
        "联系人：______，联系电话：______\n\n建昌县机关事务服务中心\n__2026__年__4__月__20__日\n")


def test_the_blanks_of_a_filled_in_form_are_dropped():
    draft = draft_campaign(FORM, builtin_roster())
    assert draft.title == "2026年度公务用车使用情况核查"
    assert draft.addresses == ["jc_gwyc2026@163.com"]
    assert draft.notice_date == dt.date(2026, 4, 20)
    assert got(draft) == [(day(5, 8, dt.time(16, 0)), LOCAL_UNITS)]


def test_an_empty_blank_and_a_single_underscore_stay():
    assert filled_in("联系人：______，联系电话：______") == "联系人：______，联系电话：______"
    assert filled_in("发送至jc_gwyc@163.com") == "发送至jc_gwyc@163.com"
    assert filled_in("于___9___月__ 26 __日前") == "于9月26日前"


# ---------------------------------------------------------------- teaching weeks

WEEKS = "本学期于2026年9月1日（星期二）开学，以开学当周（8月31日至9月6日）为第一教学周，依次顺延。"


def test_a_weekday_of_a_teaching_week_is_its_date():
    body = WEEKS + "\n请各乡镇于第四教学周星期三前将学校安全排查表发送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(9, 23), LOCAL_UNITS)]
    said = WEEKS + "第二教学周周五下午4时前报送"
    assert weeks_spelled_out(said).endswith("9月11日下午4时前报送")


def test_teaching_weeks_with_no_first_week_defined_are_no_date():
    said = "第一至第三教学周为准备阶段，请于第四教学周星期三前报送"
    assert weeks_spelled_out(said) == said
    assert got(drafted("请各乡镇于第四教学周星期三前将排查表发送至jcxx@163.com。")) == []


# ---------------------------------------------------------------- two limits, whichever comes first

FAIR = "县文旅局定于5月15日（星期五）至5月17日（星期日）在县体育场举办全县农民丰收节展销活动。\n"


def test_the_earlier_of_two_limits_settled_by_whichever_comes_first():
    body = FAIR + "请各乡镇于活动结束后5日内或5月30日前（以先到者为准），将活动总结发送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(5, 22), LOCAL_UNITS)]
    body = FAIR + "请各乡镇于活动结束后15日内或5月25日前（以较早者为准），将活动总结发送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(5, 25), LOCAL_UNITS)]


def test_two_dates_without_whichever_comes_first_stay_two():
    body = "请各乡镇于5月10日前将自查表、5月20日前将整改报告发送至jcxx@163.com。"
    assert [due for due, _ in got(drafted(body))] == [day(5, 10), day(5, 20)]


def test_an_activitys_span_set_with_dingyu_gives_its_last_day():
    body = FAIR + "请各乡镇于活动结束后3日内将活动照片发送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(5, 20), LOCAL_UNITS)]
    body = ("县文旅局定于5月15日至5月17日对各乡镇文化站开展检查。\n"  # no event word closes the clause
            "请各乡镇于活动结束后3日内将活动照片发送至jcxx@163.com。")
    assert got(drafted(body)) == []


# ---------------------------------------------------------------- who sends: items with a label line, feeders

def test_an_items_date_on_a_label_line_under_it():
    body = ("二、报送事项\n（一）各乡镇：填报《秋粮收购进度表》（附件1，Excel版）。\n报送时限：10月9日（星期五）前。\n"
            "（二）县发改局：填报《粮食储备情况表》（附件2，Excel版）。\n报送时限：10月16日（星期五）下午3时前。\n"
            "三、报送方式\n以上表格发送至jcxx@163.com。")
    draft = drafted(body, "各乡镇人民政府，县发改局")
    assert got(draft) == [(day(10, 9), LOCAL_UNITS), (day(10, 16, dt.time(15, 0)), ["县发改局"])]


def test_a_label_line_under_no_senders_item_is_left_alone():
    body = "请各乡镇将秋粮收购进度表发送至jcxx@163.com。\n报送时限：10月9日（星期五）前。"
    assert got(drafted(body)) == [(day(10, 9), LOCAL_UNITS)]


def test_units_feeding_the_lead_units_report_are_let_off():
    body = ("请县民政局牵头，会同县卫健局、县医保局，于6月5日前形成全县养老服务情况报告发送至jcxx@163.com。"
            "县卫健局、县医保局将本部门有关情况提供给县民政局，不单独报送。")
    assert got(drafted(body, "县民政局，县卫健局，县医保局")) == [(day(6, 5), ["县民政局"])]


def test_partners_who_send_it_themselves_stay_senders():
    body = ("请县民政局、县卫健局、县医保局于6月5日前分别将养老服务情况报告发送至jcxx@163.com。"
            "县卫健局、县医保局将有关数据同步提供给县民政局。")  # no 不单独报送: they send their own
    assert got(drafted(body, "县民政局，县卫健局，县医保局")) == [(day(6, 5), ["县医保局", "县卫健局", "县民政局"])]


# ---------------------------------------------------------------- the parts

def test_a_format_bracket_opening_with_the_attachment_number():
    text = "将帮扶对象申请表（附件1，Word版，一人一表）和汇总表（附件2，Excel版）发送至邮箱"
    assert sorted(map(part_shape, parts_for(text, ["帮扶对象申请表", "汇总表"]))) == ["document", "sheet"]


def test_a_stamp_said_of_the_paper_its_de_clause_leads_to():
    text = "将自查表（附件1，Excel版）和经主要负责人签字并加盖公章的《安全承诺书》（附件2，扫描件）发送至邮箱"
    parts = parts_for(text, ["自查表", "安全承诺书", "扫描件"])
    assert sorted(map(part_shape, parts)) == ["scan", "sheet"]
    assert "安全承诺书" in next(p for p in parts if part_shape(p) == "scan")["title"]
    text = "将自查表（Excel版）和承诺书发送至邮箱，自查表须加盖公章后扫描"  # the stamp after the table: the table's
    assert "自查表" in next(p for p in parts_for(text, ["自查表", "承诺书"]) if p.get("formats") == ["pdf"])["title"]


def test_sent_along_with_a_named_material_is_no_third_material():
    text = "将巡查台账（附件，Excel版）发送至邮箱，签订的承诺书请扫描后打包为一个压缩文件，随台账一并发送"
    assert material_names(text) == ["巡查台账", "承诺书"]
    assert sorted(map(part_shape, parts_for(text, material_names(text)))) == ["archive", "sheet"]
    assert "随访记录表" in material_names("将随访记录表发送至邮箱")  # 随访, a follow-up visit: a name of its own


def test_a_packed_thing_no_material_word_names_is_an_archive():
    text = "分别报送本行业普查报告（Word版）和更新后的矢量数据（shp格式，打包为一个压缩文件）"
    assert sorted(map(part_shape, parts_for(text, ["本行业普查报告"]))) == ["archive", "document"]
    text = "分别报送本行业普查报告（Word版）和矢量数据（shp格式）"  # nothing packed
    assert sorted(map(part_shape, parts_for(text, ["本行业普查报告"]))) == ["document"]


def test_a_forms_format_given_where_the_notice_first_names_it():
    body = ("每个项目须填写《乡村振兴项目申报表》（附件，Word版），写明项目名称和建设内容。\n"
            "请各乡镇于5月20日前将项目申报表发送至jcxx@163.com。")
    assert shapes(drafted(body)) == [["document"]]
    body = body.replace("（附件，Word版）", "（附件）")  # no format given: a 表 stays a spreadsheet
    assert shapes(drafted(body)) == [["sheet"]]


def test_one_form_each_is_no_form_and_a_certificate_is_a_paper():
    text = "将困难群众申请表（附件1，Word版，一人一表）、汇总表（附件2，Excel版）和村委会出具的家庭情况证明（加盖公章后扫描）发送至邮箱"
    names = material_names(text)
    assert names == ["困难群众申请表", "汇总表", "家庭情况证明"]
    parts = parts_for(text, names)
    assert sorted(map(part_shape, parts)) == ["document", "scan", "sheet"]
    assert "家庭情况证明" in next(p for p in parts if part_shape(p) == "scan")["title"]
    assert material_names("将一村一品发展情况表发送至邮箱") == ["一村一品发展情况表"]  # a name of its own


def test_photos_packed_in_their_own_bracket_are_one_archive_part_not_two():
    body = "请各乡镇于9月30日前报送活动总结（1500字以内）及活动照片（5张以上，单独打包）至jcxx@163.com。"
    (r,) = drafted(body).requirements
    assert [p["id"] for p in r.parts] == ["doc", "archive"]
