"""What held-out notices 1280–1299 showed the drafter missing, on notice texts written for these tests: a date after
最迟不超过 / 不晚于 with no 前, the last addressee joined by 和, a 不单独报送 inside one dated item, an issuer calling itself
我行 / 我校, 上午下班前 and the office hours a notice states, lines prefixed with a viewer's line numbers, a list of
towns closed by the county's whole count (等7个镇, 上述7个镇), and a deadline counted back from a higher office's date."""

from __future__ import annotations

import datetime as dt

from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day

from collector.drafting import draft_campaign
from collector.drafting.reading.line_forms import without_line_numbers
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(u.name for u in ROSTER.units if u.kind == "town")


# ---------------------------------------------------------------- when: dates said otherwise

def test_a_date_after_no_later_than_is_a_deadline_without_qian():
    body = "请各乡镇对照清单开展自查，形成自查报告，最迟不晚于4月10日（星期五）报送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(4, 10), LOCAL_UNITS)]
    body = "请各乡镇将整改台账发送至jcxx@163.com，报送时间不超过4月17日。"
    assert got(drafted(body)) == [(day(4, 17), LOCAL_UNITS)]


def test_a_term_no_later_than_a_date_that_nothing_is_sent_by_is_no_deadline():
    body = ("请各乡镇于4月20日前将项目申报表发送至jcxx@163.com。\n"
            "申报项目的建设期限不超过2027年12月31日，完工时间不晚于2027年10月31日。")
    assert got(drafted(body)) == [(day(4, 20), LOCAL_UNITS)]


def test_the_mornings_close_is_noon_when_the_notice_gives_no_hours():
    body = "请各乡镇于5月8日（星期五）上午下班前将台账发送至jcxx@163.com。"
    assert got(drafted(body)) == [(day(5, 8, dt.time(12, 0)), LOCAL_UNITS)]


def test_the_mornings_close_is_the_end_of_the_morning_hours_the_notice_states():
    body = ("请各乡镇于5月8日（星期五）上午下班前将台账发送至jcxx@163.com。\n"
            "联系人：王敏，电话：0429-7710000（夏季办公时间为上午8:00—12:00，下午14:30—17:30）")
    assert got(drafted(body)) == [(day(5, 8, dt.time(12, 0)), LOCAL_UNITS)]
    body = body.replace("8:00—12:00", "8:30—11:40")
    assert got(drafted(body)) == [(day(5, 8, dt.time(11, 40)), LOCAL_UNITS)]


def test_the_office_hours_leave_a_plain_off_work_deadline_at_five():
    body = ("请各乡镇于5月8日（星期五）下班前将台账发送至jcxx@163.com。\n"
            "联系人：王敏（工作时间：上午8:30—11:30，下午13:00—16:30）")
    assert got(drafted(body)) == [(day(5, 8, dt.time(17, 0)), LOCAL_UNITS)]


def test_a_deadline_counted_back_in_working_days_from_a_higher_offices_date():
    body = ("市农业农村局要求各县（区）于6月12日（星期五）前将普查台账报送市农业农村局。\n"
            "请各乡镇将普查台账较市农业农村局规定时限提前2个工作日发送至jcxx@163.com。")
    assert got(drafted(body)) == [(day(6, 10), LOCAL_UNITS)]  # Wednesday, two working days before Friday
    body = ("市农业农村局要求各县（区）于6月15日（星期一）前将普查台账报送市农业农村局。\n"
            "请各乡镇将普查台账比市农业农村局要求的时间提前2个工作日发送至jcxx@163.com。")
    assert got(drafted(body)) == [(day(6, 11), LOCAL_UNITS)]  # the weekend skipped: Thursday


def test_a_lead_in_calendar_days_and_a_lead_on_a_date_never_given():
    body = ("市农业农村局要求各县（区）于6月15日前将普查台账报送市农业农村局。\n"
            "请各乡镇将普查台账较市农业农村局规定时限提前5天发送至jcxx@163.com。")
    assert got(drafted(body)) == [(day(6, 10), LOCAL_UNITS)]
    body = "请各乡镇将普查台账较省普查办规定时限提前3个工作日发送至jcxx@163.com。"  # no date of the 省普查办's
    assert got(drafted(body)) == []


# ---------------------------------------------------------------- who: the addressees and each item's senders

def test_the_last_addressee_joined_by_he_is_an_addressee():
    body = "请各单位于4月10日前将自查报告发送至jcxx@163.com。"
    draft = drafted(body, "县教育局、县卫健局和县民政局")
    assert got(draft) == [(day(4, 10), sorted(["县教育局", "县卫健局", "县民政局"]))]
    assert not any("不是名册中的单位" in line for line in draft.unsettled), draft.unsettled


def test_a_units_own_name_with_he_in_it_stays_one_unit():
    body = "请各单位于4月10日前将自查报告发送至jcxx@163.com。"
    assert got(drafted(body, "县民政局、县住房和城乡建设局")) == [(day(4, 10), sorted(["县民政局", "县住建局"]))]


def test_a_unit_let_off_inside_one_dated_item_still_sends_the_other_items():
    body = ("（一）请各单位于4月10日前报送工作总结。\n"
            "（二）请县卫健局于4月17日前报送《医疗机构核查表》，其中民营医院数据请县市场局提供给县卫健局，县市场局不单独报送。\n"
            "以上材料发送至jcxx@163.com。")
    draft = drafted(body, "县卫健局、县市场局")
    assert got(draft) == [(day(4, 10), sorted(["县卫健局", "县市场局"])), (day(4, 17), ["县卫健局"])]


def test_a_unit_let_off_in_an_item_of_no_date_is_let_off_everything():
    body = ("（一）请各单位于4月10日前报送工作总结。\n（二）县市场局的数据已纳入县卫健局报表，县市场局不单独报送。\n"
            "以上材料发送至jcxx@163.com。")
    assert got(drafted(body, "县卫健局、县市场局")) == [(day(4, 10), ["县卫健局"])]


def test_a_list_of_towns_closed_by_the_countys_whole_count_is_every_town():
    body = "请上述7个镇于6月5日前将运行台账发送至jcxx@163.com。"
    assert got(drafted(body, "建昌镇、大屯镇等7个镇人民政府")) == [(day(6, 5), TOWNS)]


def test_a_count_short_of_the_whole_kind_is_not_every_town():
    body = "请上述3个镇于6月5日前将运行台账发送至jcxx@163.com。"
    draft = drafted(body, "建昌镇、大屯镇等3个镇人民政府")
    assert all(set(r.units) <= {"建昌镇", "大屯镇"} for r in draft.requirements)


def test_the_towns_built_up_areas_are_no_towns():
    body = ("（一）请各乡镇于6月5日前报送运行台账。\n"
            "（二）请县住建局于6月12日前报送各镇区污水管网排查结果。\n以上材料发送至jcxx@163.com。")
    assert got(drafted(body, "各乡镇人民政府，县住建局")) == [(day(6, 5), LOCAL_UNITS), (day(6, 12), ["县住建局"])]


# ---------------------------------------------------------------- who does it: the issuer's own steps

def test_a_bank_or_a_schools_own_step_by_a_date_is_no_requirement():
    body = ("（一）我行于5月6日前将代发账户清单推送至各乡镇财政所。\n"
            "（二）请各乡镇于5月13日前将核对表发送至jcxx@163.com。")
    assert got(drafted(body)) == [(day(5, 13), LOCAL_UNITS)]
    body = body.replace("我行", "本校")
    assert got(drafted(body)) == [(day(5, 13), LOCAL_UNITS)]


def test_units_sending_to_the_banks_mailbox_are_still_asked():
    body = "请各乡镇于5月13日前将核对表发送至我行邮箱jcxx@163.com。"
    assert got(drafted(body)) == [(day(5, 13), LOCAL_UNITS)]


# ---------------------------------------------------------------- a viewer's line numbers

NUMBERED = ("1  建昌县民政局\n2  关于报送2026年度养老服务统计数据的通知\n3  各乡镇人民政府：\n"
            "4  　　请各乡镇按以下时限报送：\n5  统计表：\n6  12月11日（星期五）前报送。\n7  工作总结：\n"
            "8  12月18日（星期五）16时前报送。\n9  　　以上材料发送至jcmz_yl@163.com。\n10  建昌县民政局\n11  2026年11月20日\n")


def test_lines_prefixed_with_a_viewers_line_numbers_are_read_without_them():
    draft = draft_campaign(NUMBERED, ROSTER)
    assert draft.title == "2026年度养老服务统计数据"
    assert draft.notice_date == dt.date(2026, 11, 20)
    assert got(draft) == [(day(12, 11), LOCAL_UNITS), (day(12, 18, dt.time(16, 0)), LOCAL_UNITS)]


def test_numbers_opening_only_some_lines_or_out_of_turn_are_kept():
    listed = "请报送：\n1 统计表\n2 工作总结\n3 照片\n4 名单\n5 台账\n以上材料发送至jcxx@163.com。"
    assert without_line_numbers(listed) == listed
    shuffled = "3  甲\n1  乙\n2  丙\n5  丁\n4  戊\n"
    assert without_line_numbers(shuffled) == shuffled
