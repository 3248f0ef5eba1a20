"""What held-out notices 1260–1279 showed the drafter missing, on notice texts written for these tests: things fetched or
carried in on a day the notice says nothing is sent for, a resend owed only if a report changes, a schedule's row the
issuing office does itself, a 报名截止 label under the sentence that says who signs up, units named only in the title,
another material some units send 同时 in the sentence after the date, deadlines given as answers of a 常见问题解答, and a
group's short name whose list is in a 附件."""

from __future__ import annotations

import datetime as dt

from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day

from collector.drafting import draft_campaign
from collector.drafting.reading.plain_text import normalize
from collector.drafting.heading.titles import notice_title, units_asked_in_title
from collector.roster import builtin_roster

ROSTER = builtin_roster()


# ---------------------------------------------------------------- dates that are no mailed requirement

def test_a_span_for_fetching_things_that_ends_saying_no_material_is_sent_is_no_requirement():
    body = ("一、请各乡镇于5月8日前将防疫物资需求表发送至jcdfz@163.com。\n"
            "二、消毒药品由县动监所统一采购，请各乡镇于5月12日至5月14日到所领取，现场签字，不需另行报送领取清单。")
    assert got(drafted(body)) == [(day(5, 8), LOCAL_UNITS)]


def test_a_day_whose_sentence_lets_off_only_the_paper_copy_stays_a_requirement():
    body = "请各乡镇于5月8日将防疫物资需求表发送至jcdfz@163.com，不需报送纸质材料。"
    assert [d for d, _ in got(drafted(body))] == [day(5, 8)]  # (its units: let off by 不需报送, a reading of its own)


def test_a_resend_owed_only_if_the_report_changes_is_no_requirement_of_its_own():
    body = ("请各乡镇于6月5日（星期五）16时前将秸秆禁烧工作方案发送至jcjghb@163.com。"
            "方案报送后若有调整，请于6月12日前再次报送调整后的全文，不需另附说明。")
    assert got(drafted(body)) == [(day(6, 5, dt.time(16, 0)), LOCAL_UNITS)]


def test_a_second_report_every_unit_owes_without_a_condition_stays_a_requirement():
    body = ("请各乡镇于6月5日前将秸秆禁烧工作方案发送至jcjghb@163.com，"
            "并于6月12日前报送秸秆禁烧巡查台账。")
    assert got(drafted(body)) == [(day(6, 5), LOCAL_UNITS), (day(6, 12), LOCAL_UNITS)]


def test_a_schedule_row_naming_the_issuing_office_after_its_date_is_its_own_report_upward():
    body = ("一、时间安排\n阶段\t时间\t工作内容\n外业核查\t7月1日至7月31日\t各乡镇配合核查\n"
            "成果上报\t8月底前\t本站汇总全县数据报市水文局\n"
            "二、请各乡镇于7月10日前将核查联络员名单发送至jcswz@163.com。")
    assert got(drafted(body)) == [(day(7, 10), LOCAL_UNITS)]


def test_a_schedule_row_naming_the_units_after_its_date_stays_theirs():
    body = ("一、时间安排\n阶段\t时间\t工作内容\n成果报送\t8月20日前\t各乡镇报送核查成果\n"
            "二、以上材料发送至jcswz@163.com。")
    assert [d for d, _ in got(drafted(body))] == [day(8, 20)]


# ---------------------------------------------------------------- who sends: a label, the title, a 附件's list

def test_a_closing_label_takes_the_senders_of_the_sending_sentence_above_it():
    body = ("一、请县教育局于6月20日前将志愿者名单发送至jcty@163.com。\n"
            "二、报名要求\n各乡镇填写《趣味运动会报名表》，将Excel版发送至报名邮箱。\n"
            "报名截止：6月10日（星期三）下午5时\n报名邮箱：jcty@163.com")
    draft = drafted(body, "各乡镇人民政府，县教育局")
    assert got(draft) == [(day(6, 20), ["县教育局"]), (day(6, 10, dt.time(17, 0)), LOCAL_UNITS)]


def test_a_closing_label_with_no_sending_sentence_above_it_is_the_addressees():
    body = "二、报名要求\n报名截止：6月10日（星期三）下午5时\n报名表发送至jcty@163.com。"
    draft = drafted(body, "各乡镇人民政府，县教育局")
    assert got(draft) == [(day(6, 10, dt.time(17, 0)), sorted(LOCAL_UNITS + ["县教育局"]))]


def test_units_named_only_in_the_title_are_who_the_relevant_units_are():
    title = "关于请汤神庙镇、大屯镇和县水利局报送2026年山洪沟道清障情况的通知"
    body = "请各有关单位于4月17日前将山洪沟道清障情况表发送至jcfx_qz@163.com。"
    draft = drafted(body, "各有关单位", title)
    assert draft.title == "2026年山洪沟道清障情况"
    assert got(draft) == [(day(4, 17), ["县水利局", "大屯镇", "汤神庙镇"])]


def test_a_title_asking_help_names_no_units_and_keeps_its_words():
    assert units_asked_in_title("关于请协助做好2030年人口普查数据报送工作的通知") == ""
    assert notice_title("关于请协助做好2030年人口普查数据报送工作的通知") == "请协助做好2030年人口普查数据报送"


def test_a_group_named_short_with_its_list_in_an_attachment_is_that_list_where_it_asks():
    text = ("建昌县畜牧技术推广站\n关于报送2026年肉牛养殖示范情况的通知\n\n各示范乡镇人民政府，县农业农村局：\n\n"
            "今年肉牛养殖示范在部分乡镇开展（以下简称示范乡镇，名单见附件1）。\n"
            "一、请示范乡镇于6月12日前将示范户台账发送至jcxmz@163.com。\n"
            "二、请县农业农村局对示范乡镇报送的台账进行审核，于6月19日前将审核意见发送至上述邮箱。\n\n"
            "附件：1．示范乡镇名单\n\n建昌县畜牧技术推广站\n2026年6月1日\n\n"
            "附件1\n示范乡镇名单\n养马甸子乡、巴什罕乡、素珠营子乡\n")
    draft = draft_campaign(text, ROSTER)
    assert got(draft) == [(day(6, 12), ["养马甸子乡", "巴什罕乡", "素珠营子乡"]), (day(6, 19), ["县农业农村局"])]


# ---------------------------------------------------------------- dates said by reference or as answers

def test_another_material_sent_at_the_same_time_in_the_next_sentence_is_due_with_the_one_before():
    body = ("请各单位于4月10日（星期五）前将安全生产自查报告发送至jcaj@163.com。"
            "其中，县交通局、县住建局须同时报送《在建工程隐患清单》；县应急局须于4月17日下午3时前另行报送《演练计划》。")
    draft = drafted(body, "各乡镇人民政府，县交通局，县住建局，县应急局")
    assert got(draft) == [(day(4, 10), sorted(LOCAL_UNITS + ["县交通局", "县住建局", "县应急局"])),
                          (day(4, 10), ["县交通局", "县住建局"]), (day(4, 17, dt.time(15, 0)), ["县应急局"])]


def test_a_copy_sent_at_the_same_time_to_another_office_is_no_requirement():
    body = ("请各单位于4月10日前将安全生产自查报告发送至jcaj@163.com。"
            "其中，县交通局须同时抄送县住建局。")
    draft = drafted(body, "各乡镇人民政府，县交通局")
    assert got(draft) == [(day(4, 10), sorted(LOCAL_UNITS + ["县交通局"]))]


def test_answers_to_a_question_asking_when_to_send_are_deadlines_of_who_the_brackets_name():
    body = ("四、常见问题\n1．问：申报表和审核意见什么时候报送？\n"
            "答：9月11日（星期五）上午11时（各乡镇申报表）；9月18日（县民政局审核意见）。\n"
            "材料发送至jcyl@163.com。")
    draft = drafted(body, "各乡镇人民政府，县民政局")
    assert got(draft) == [(day(9, 11, dt.time(11, 0)), LOCAL_UNITS), (day(9, 18), ["县民政局"])]


def test_an_answer_to_a_question_not_asking_when_is_left_as_written():
    text = "1．问：哪些乡镇需要报送？\n答：9月11日（各乡镇申报表）。"
    assert normalize(text).endswith("答:9月11日(各乡镇申报表)。")


def test_every_unit_sending_more_at_the_same_time_adds_to_its_own_submission():
    body = ("1．请各乡镇于6月12日前将参会回执发送至jcnb@163.com；\n"
            "2．各乡镇同时报送上半年工作开展情况书面材料。")
    assert got(drafted(body)) == [(day(6, 12), LOCAL_UNITS)]
