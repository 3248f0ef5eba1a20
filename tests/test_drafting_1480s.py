"""What held-out notices 1480–1499 showed the drafter missing, on notice texts written for these tests: a day something
starts (于4月1日起启用) read as a deadline, a unit named only as helping (做好配合), a let-off opening a clause of its own
(…负责提供…，无需报送), a list's phones under its one spreadsheet bracket, facts said before the mail body they are
typed in, a task table's column a let-off speaks of, a deadline printed on a line under the title, and (for the older
1237) a joint notice's issuers as the 联合发文部门 that send."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shape
from test_drafting_dates import due_in

from collector.drafting import draft_campaign
from collector.drafting.senders.co_operating import without_the_helpers
from collector.drafting.reading.layout import split_notice
from collector.drafting.materials.parts import parts_for
from collector.drafting.requirements import material_names
from collector.drafting.timing.under_the_title import written_where_pointed_to
from collector.drafting.senders.units import UnitResolver, named_units
from collector.roster import builtin_roster

ROSTER = builtin_roster()
RESOLVER = UnitResolver(ROSTER)


def shapes_of(text: str, names: list[str] | None = None) -> list[str]:
    return sorted(map(part_shape, parts_for(text, material_names(text) if names is None else names)))


def notice(addressee: str, body: str, head: str = "") -> str:
    return (f"关于做好2399年安全检查工作的通知\n{head}\n{addressee}：\n{body}\n联系人：王明  电话：0429-7000000\n\n"
            f"建昌县应急管理局\n2399年4月2日\n")


def units_of(draft) -> list[list[str]]:
    return [sorted(r.units) for r in draft.requirements]


# ---------------------------------------------------------------- a day something starts

def test_a_day_something_starts_from_is_no_deadline():
    assert due_in("流动培训点计划于4月1日起启用，每周二、周四8:30—11:30开课。", dt.date(2399, 2, 26)) == []
    assert due_in("本办法于2026年6月1日起施行。") == []


def test_a_window_opening_with_qi_still_ends_in_a_deadline():
    got = due_in("请各乡镇于4月1日起至4月10日前将统计表发送至jcyj@163.com。", dt.date(2399, 3, 2))
    assert dt.datetime(2399, 4, 10, 23, 59, 59) in got


def test_a_start_beside_a_real_deadline_leaves_the_deadline():
    body = ("请各乡镇于4月12日17时前将《培训需求统计表》（Excel）发送至jcjp@163.com。\n"
            "流动培训点计划于4月1日起启用。")
    draft = draft_campaign(notice("各乡镇人民政府", body), ROSTER)
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2399, 4, 12, 17, 0)]


# ---------------------------------------------------------------- a unit only helping

def test_a_unit_told_only_to_cooperate_is_no_sender():
    body = "请县公安局于4月23日下午5时前将弹药库检查报告（Word）发送至jcry@163.com；县应急局做好配合。"
    draft = draft_campaign(notice("县公安局，县应急局", body), ROSTER)
    assert units_of(draft) == [["县公安局"]]


def asks(text: str) -> bool:
    return bool(named_units(text, RESOLVER))


def test_a_clause_only_cooperating_is_left_out_of_the_senders_words():
    text = "请县公安局于4月23日前将检查报告发送至上述邮箱;县应急局做好配合"
    assert without_the_helpers(text, asks) == "请县公安局于4月23日前将检查报告发送至上述邮箱;"
    assert without_the_helpers("请县公安局于4月23日前报送检查报告,县应急局、县消防救援大队积极配合", asks) \
        == "请县公安局于4月23日前报送检查报告,"


def test_a_unit_that_cooperates_by_sending_or_is_asked_to_cooperate_stays():
    sending = "请县公安局于4月23日前将检查报告发送至上述邮箱;县应急局配合报送现场检查记录"
    asked = "请县应急局配合,于4月23日前将现场检查记录发送至上述邮箱"
    assert without_the_helpers(sending, asks) == sending and without_the_helpers(asked, asks) == asked
    assert without_the_helpers("县应急局做好配合", asks) == "县应急局做好配合"  # nothing else names a sender


# ---------------------------------------------------------------- a let-off opening its own clause

def test_a_let_off_opening_its_clause_lets_off_the_subject_of_the_clause_before():
    body = ("请县自然资源局、县林草局于6月17日18时前分别将核查意见（加盖公章的PDF扫描件）发送至jcfd@163.com，"
            "县发改局负责提供项目备案资料，无需报送。")
    draft = draft_campaign(notice("县自然资源局，县林草局，县发改局", body), ROSTER)
    assert units_of(draft) == [["县林草局", "县自然资源局"]]


def test_a_let_off_after_the_dated_ask_itself_lets_no_one_off():
    body = "县自然资源局、县林草局于6月17日18时前将核查意见发送至jcfd@163.com，无需报送纸质材料。"
    draft = draft_campaign(notice("县自然资源局，县林草局", body), ROSTER)
    assert units_of(draft) == [["县林草局", "县自然资源局"]]


def test_a_let_off_opening_its_clause_lets_off_every_unit_the_clause_before_opens_with():
    body = ("请县自然资源局于6月17日18时前将核查意见（PDF扫描件）发送至jcfd@163.com，"
            "县发改局、县统计局负责提供项目资料，无需报送。")
    draft = draft_campaign(notice("县自然资源局，县发改局，县统计局", body), ROSTER)
    assert units_of(draft) == [["县自然资源局"]]


# ---------------------------------------------------------------- parts

def test_a_lists_phones_under_its_one_spreadsheet_bracket_are_its_columns():
    assert shapes_of("请各乡镇于1月13日17时前将采样人员名单及联系方式（Excel）报送项目办", ["采样人员名单"]) == ["sheet"]


def test_phones_asked_beside_a_list_with_no_bracket_stay_a_field():
    assert "field" in shapes_of("请各乡镇于1月13日前将采样人员名单报送项目办，并注明联系人及联系电话", ["采样人员名单"])


def test_facts_said_before_the_mail_body_they_are_typed_in_are_one_field():
    text = ("请各单位于1月8日17时前，将辖区内地热井2404年第四季度（10月1日至12月31日）开采量、回灌量数据直接在邮件正文中列明"
            "（无需另附文件），发送至jcdr@163.com")
    parts = parts_for(text, [])
    assert [part_shape(p) for p in parts] == ["field"]
    assert parts[0]["title"] == "地热井开采量、回灌量数据" and parts[0]["pattern"] == "开采量|回灌量"


def test_facts_in_the_mail_body_beside_a_file_leave_the_file():
    text = "请于1月8日前将《开采量统计表》（Excel）发送至jcdr@163.com，将本单位联系人直接在邮件正文中注明"
    assert "sheet" in shapes_of(text, ["开采量统计表"])


def test_typed_facts_title_the_requirement():
    body = "请各单位于1月8日17时前，将开采量、回灌量数据直接在邮件正文中列明（无需另附文件），发送至jcdr@163.com。"
    draft = draft_campaign(notice("县住建局，汤神庙镇人民政府", body), ROSTER)
    (r,) = draft.requirements
    assert r.title == "开采量、回灌量数据" and not any("未能识别" in line for line in draft.unsettled)


# ---------------------------------------------------------------- a task table's columns

TASKS = ("附件\n重点任务分工表\n序号\t任务\t牵头单位\t配合单位\t完成时限\n1\t学校防雷检测\t县教育局\t县气象局\t6月30日前\n"
         "2\t加油站防雷检查\t县商务局\t县应急局、县市场局\t7月10日前\n")


def tasks_notice(ask: str) -> str:
    return (f"关于加强2406年雷电灾害防御工作的通知\n\n县直有关单位：\n{ask}\n\n建昌县气象局\n2406年6月20日\n\n{TASKS}")


def test_a_column_a_let_off_speaks_of_in_a_clause_of_its_own_sends_nothing():
    ask = ("请各牵头单位于7月24日前，将牵头任务推进情况（Word）发送至jcfl@163.com；"
           "配合单位的情况由牵头单位一并汇总，不单独报送。")
    assert units_of(draft_campaign(tasks_notice(ask), ROSTER)) == [["县商务局", "县教育局"]]


def test_both_columns_asked_with_no_let_off_both_send():
    ask = "请各牵头单位、配合单位于7月24日前，将任务推进情况（Word）发送至jcfl@163.com。"
    assert units_of(draft_campaign(tasks_notice(ask), ROSTER)) == [["县商务局", "县市场局", "县应急局", "县教育局", "县气象局"]]


# ---------------------------------------------------------------- a deadline line under the title

HEADED = ("关于报送2404年农机购置补贴机具核验情况的通知\n{line}\n\n各乡镇人民政府：\n{body}\n\n建昌县农机安全监理站\n2404年5月14日\n")


def test_a_deadline_line_under_the_title_is_no_part_of_the_addressee_line():
    layout = split_notice(HEADED.format(line="【报送时限：2404年5月28日（星期五）17:00前】", body="请按时报送。"))
    assert layout.addressee == "各乡镇人民政府" and layout.deadline_line == "2404年5月28日(星期五)17:00前"


def test_the_body_pointing_back_to_the_line_under_the_title_is_sent_by_it():
    body = "请各乡镇填写《核验情况表》（Excel），按上述时限发送至jcnj@163.com。\n核验照片由乡镇留存备查。6月10日起，县站将进行抽查。"
    draft = draft_campaign(HEADED.format(line="【报送时限：2404年5月28日（星期五）17:00前】", body=body), ROSTER)
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2404, 5, 28, 17, 0)]
    assert [part_shape(p) for p in draft.requirements[0].parts] == ["sheet"]
    assert any("标题下" in line for line in draft.unsettled)


def test_a_bracketed_line_under_the_title_that_is_no_deadline_is_left_alone():
    layout = split_notice(HEADED.format(line="【此件公开发布】", body="请于5月28日前报送。"))
    assert layout.deadline_line == ""
    assert written_where_pointed_to("请按上述时限报送。", "") == ("请按上述时限报送。", False)


def test_a_body_with_no_date_of_its_own_is_sent_by_the_line_under_the_title():
    body = "请各乡镇填写《核验情况表》（Excel），发送至jcnj@163.com。"
    draft = draft_campaign(HEADED.format(line="【截止时间：2404年5月28日17:00】", body=body), ROSTER)
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2404, 5, 28, 17, 0)]
    assert any("标题下" in line for line in draft.unsettled)


def test_a_body_with_its_own_deadline_keeps_it():
    body = "请各乡镇于5月20日前将《核验情况表》（Excel）发送至jcnj@163.com。"
    draft = draft_campaign(HEADED.format(line="【报送时限：2404年5月28日（星期五）17:00前】", body=body), ROSTER)
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2404, 5, 20, 23, 59, 59)]


# ---------------------------------------------------------------- a joint notice's issuers as senders (1237)

JOINT = ("建昌县农业农村局\n建昌县市场监督管理局\n建昌县公安局\n\n关于开展2275年春季农资打假专项治理行动的通知\n\n各乡镇人民政府：\n"
         "本次行动由县农业农村局牵头。\n{body}\n\n建昌县农业农村局　　建昌县市场监督管理局　　建昌县公安局\n2275年3月5日\n")


def test_the_co_issuers_but_the_lead_are_the_joint_issuing_departments():
    body = "（一）除牵头单位外的各联合发文部门，请于4月2日16时前将检查情况统计表发送至jcnz@163.com。"
    draft = draft_campaign(JOINT.format(body=body), ROSTER)
    assert units_of(draft) == [["县公安局", "县市场局"]]
    assert any("联合发文部门" in line for line in draft.unsettled)


def test_the_co_issuers_with_the_lead_when_it_is_not_left_out():
    body = "请各联合发文部门于4月2日16时前将检查情况统计表发送至jcnz@163.com。"
    assert units_of(draft_campaign(JOINT.format(body=body), ROSTER)) == [["县公安局", "县农业农村局", "县市场局"]]


def test_one_issuer_above_the_title_spells_out_no_issuing_departments():
    body = "请各乡镇于4月2日前将排查台账发送至jcnz@163.com，各发文单位做好指导。"
    text = JOINT.format(body=body).replace("建昌县市场监督管理局\n建昌县公安局\n", "", 1)
    draft = draft_campaign(text, ROSTER)
    assert not any("联合发文部门" in line for line in draft.unsettled)
