"""What held-out notices 1380–1399 showed the drafter missing, on notice texts written for these tests: a slashed date
with its weekday's bracket before the hour, the hour said by the 逾期 sentence after the deadline, a note letting one
town off (备注：…辖区内无…，本次不需报送), the matter a bureau's opinion is on (就各乡镇…提出意见) or what it checks against
(与各乡镇…进行核对), a reply typed in the mail (回复邮件：…回复“无异议”), a short video, examples in a material's bracket,
and two bureaus each giving one list clause by clause."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shape
from test_drafting_dates import dues
from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day

from collector.drafting.materials.parts import EXAMPLES_BRACKET, parts_for


def shapes(draft) -> list[list[str]]:
    return [sorted(map(part_shape, r.parts)) for r in draft.requirements]


# ---------------------------------------------------------------- dates and hours

def test_a_slashed_date_with_its_weekday_keeps_the_hour_after_the_bracket():
    body = "请各乡镇将巡查台账（Excel）于2026/9/18（星期五）10:30前发送至jcxc@163.com。"
    assert dues(body) == [day(9, 18, dt.time(10, 30))]


def test_a_slashed_date_without_a_weekday_is_read_as_before():
    assert dues("请各乡镇将巡查台账（Excel）于2026/9/18 10:30前发送至jcxc@163.com。") == [day(9, 18, dt.time(10, 30))]


def test_a_bracket_of_no_weekday_after_a_slashed_date_is_not_skipped():
    # （暂定） is no weekday: the dotted reader does not run on past it to the hour
    assert dues("请各乡镇将巡查台账（Excel）于2026/9/18（暂定）10:30前发送至jcxc@163.com。") == []


def test_the_late_sentence_after_the_deadline_gives_its_hour():
    body = ("请各乡镇填写防汛物资台账（Excel），于6月12日（星期五）前发送至jcfx@163.com。以邮件到达时间为准，"
            "6月12日16时30分后收到的视为逾期。")
    assert dues(body) == [day(6, 12, dt.time(16, 30))]


def test_a_late_sentence_of_another_day_or_with_no_hour_leaves_the_deadline():
    other = ("请各乡镇填写防汛物资台账（Excel），于6月12日前发送至jcfx@163.com。6月15日16时后收到的视为逾期。")
    no_hour = ("请各乡镇填写防汛物资台账（Excel），于6月12日前发送至jcfx@163.com。逾期未报的视为放弃。")
    assert dues(other) == [day(6, 12)]
    assert dues(no_hour) == [day(6, 12)]


# ---------------------------------------------------------------- units

def test_a_note_letting_one_town_off_for_having_nothing_to_report():
    body = ("请各乡镇填写《蜂产业基本情况表》（Excel），于7月8日前发送至jcfy@163.com。\n"
            "备注：药王庙镇辖区内无养蜂场，本次不需报送。")
    assert got(drafted(body)) == [(day(7, 8), [u for u in LOCAL_UNITS if u != "药王庙镇"])]


def test_a_note_that_lets_no_unit_off_changes_nothing():
    body = ("请各乡镇填写《蜂产业基本情况表》（Excel），于7月8日前发送至jcfy@163.com。\n"
            "备注：药王庙镇辖区内养蜂场较多，请认真核实。")
    assert got(drafted(body)) == [(day(7, 8), LOCAL_UNITS)]


def test_the_towns_a_bureaus_opinion_is_on_do_not_send_it():
    body = "请县水利局、县自然资源局就各乡镇项目选址提出意见，于4月9日前发送至jcxz@163.com。"
    assert got(drafted(body, "各乡镇人民政府，县水利局，县自然资源局")) == [(day(4, 9), ["县水利局", "县自然资源局"])]


def test_the_towns_a_bureau_checks_against_do_not_send_its_reply():
    body = ("请县卫健局将签约名单与各乡镇摸底表进行比对，于4月9日下班前回复邮件：一致的回复“无异议”，"
            "不一致的在邮件正文中列明。")
    draft = drafted(body, "各乡镇人民政府，县卫健局")
    assert got(draft) == [(day(4, 9, dt.time(17, 0)), ["县卫健局"])]
    assert shapes(draft) == [["field"]]


def test_towns_asked_themselves_to_give_opinions_still_send():
    body = "请各乡镇就本乡镇项目选址提出意见，于4月9日前发送至jcxz@163.com。"
    assert got(drafted(body)) == [(day(4, 9), LOCAL_UNITS)]


# ---------------------------------------------------------------- parts

def test_a_short_video_is_a_video_and_no_document_beside_it():
    text = "填写《护林员巡护情况表》（Excel），并选送一个巡护工作典型案例短视频（MP4格式），于5月6日前发送"
    names = ["护林员巡护情况表", "选送一个巡护工作典型案例短视频"]
    assert sorted(map(part_shape, parts_for(text, names))) == ["sheet", "video"]


def test_a_video_script_stays_a_document():
    text = "报送宣传视频脚本（Word格式），于5月6日前发送"
    assert "document" in map(part_shape, parts_for(text, ["宣传视频脚本"]))


def test_examples_in_a_materials_bracket_are_what_the_package_holds():
    text = "佐证材料（工作台账、现场照片等），分类整理后打包为一个压缩包，于5月6日前发送"
    assert list(map(part_shape, parts_for(text, ["佐证材料", "现场照片"]))) == ["archive"]


def test_a_format_bracket_with_deng_is_no_examples():
    assert not EXAMPLES_BRACKET.search("佐证材料（Word、PDF等格式），于5月6日前发送")
    assert not EXAMPLES_BRACKET.search("佐证材料（附件2），于5月6日前发送")  # no list of examples


def test_two_bureaus_each_giving_one_list_clause_by_clause_send_one_file_each():
    text = "县民政局提供低保户名单（Excel），县卫健局提供持证残疾人名单（Excel），于6月3日前发送至上述邮箱"
    names = ["低保户名单", "县卫健局提供持证残疾人名单"]
    assert list(map(part_shape, parts_for(text, names))) == ["sheet"]


def test_one_bureau_giving_two_lists_sends_both():
    text = "县民政局提供低保户名单（Excel），并提供特困人员名单（Excel），于6月3日前发送至上述邮箱"
    assert len(parts_for(text, ["低保户名单", "特困人员名单"])) == 2


def test_a_typed_reply_beside_a_file_for_the_other_answer_keeps_the_file():
    text = ("于3月5日前反馈：无误的，直接回复邮件注明“无误”即可；有误的，在《在册人员核对表》（Excel格式）中修改后"
            "发送至上述邮箱")
    assert "sheet" in map(part_shape, parts_for(text, ["在册人员核对表"]))
