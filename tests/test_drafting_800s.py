"""What held-out notices 800–819 showed the drafter missing, on notice texts written for these tests: another unit's
own material said after a ；, a notice pasted with the mail it came in and answered by a reply, 曰 typed for 日, a
day's window of hours, and a short form of a bureau's long name (县文旅广电局 for 建昌县文化旅游和广播电视局)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_drafting_dates import dues, notice
from test_drafting_700s import LOCAL_UNITS

from collector.drafting import draft_campaign
from collector.roster import builtin_roster


def drafted(body: str, addressee: str = "各乡镇人民政府", head: str = ""):
    return draft_campaign(head + notice(body).replace("各乡镇人民政府：", f"{addressee}："), builtin_roster())


def test_another_units_own_material_after_a_semicolon_is_its_own_requirement():
    body = ("请各乡镇于3月20日（星期五）前报送巡查台账及工作总结；县公安局同时报送涉渔案件查处情况。\n"
            "以上材料发送至jcnyzf@163.com。")
    draft = drafted(body, "各乡镇人民政府，县公安局")
    got = [(r.due.replace(tzinfo=None), sorted(r.units)) for r in draft.requirements]
    assert got == [(dt.datetime(2026, 3, 20, 23, 59, 59), LOCAL_UNITS),
                   (dt.datetime(2026, 3, 20, 23, 59, 59), ["县公安局"])], got


def test_units_of_the_same_clause_sending_too_make_no_second_requirement():
    body = "请各乡镇于3月20日前报送巡查台账；各乡镇同时报送工作总结。\n以上材料发送至jcnyzf@163.com。"
    assert len(drafted(body).requirements) == 1


def test_a_notice_answered_by_a_reply_takes_the_pasted_senders_address():
    head = ("发件人：建昌县供热办<jcgrb_2062@163.com>\n发送时间：2026年3月2日（星期一）上午9:42\n"
            "收件人：建昌镇政府办公室<jczzf_bgs@163.com>; 县住建局办公室<jczjj_bgs@163.com>\n主题：关于报送供热准备情况的通知\n\n")
    draft = drafted("请各单位于3月10日（星期二）前填写附件调查表，直接回复本邮件。", "建昌镇人民政府，县住建局", head)
    assert draft.addresses == ["jcgrb_2062@163.com"]
    assert any("发件人" in line for line in draft.unsettled), draft.unsettled


def test_a_pasted_header_without_a_reply_asked_gives_no_address():
    head = "发件人：建昌县供热办<jcgrb_2062@163.com>\n\n"
    assert drafted("请各单位于3月10日前填写附件调查表，报送县供热办。", head=head).addresses == []


def test_yue_typed_for_ri_is_the_day():
    assert dues("请各乡镇于3月26曰（星期四）前将核查反馈表发送至jcxszz@163.com。") == [dt.datetime(2026, 3, 26, 23, 59, 59)]


@pytest.mark.parametrize("window, due", [
    ("3月10日（星期二）8:30—17:00期间", dt.datetime(2026, 3, 10, 17, 0)),
    ("3月10日9时至下午4时", dt.datetime(2026, 3, 10, 16, 0)),
])
def test_a_days_window_of_hours_is_due_at_its_close(window, due):
    assert dues(f"请各乡镇于{window}将上述材料发送至jcfsj@163.com，其他时间发送的不予受理。") == [due]


def test_a_short_form_of_one_units_long_name_is_that_unit_with_an_unsettled_line():
    """县文旅广电局: no roster name, but it shortens 建昌县文化旅游和广播电视局 alone (as the matcher reads short forms)."""
    draft = drafted("请县文旅广电局于3月10日前报送旅游接待情况统计表至jcwl@163.com。", "县文旅广电局，县公安局")
    assert [r.units for r in draft.requirements] == [["县文旅局"]]
    assert any("县文旅广电局" in line and "简称" in line for line in draft.unsettled), draft.unsettled


def test_a_name_that_shortens_no_unit_or_two_stays_off_the_roster():
    draft = drafted("请县经管局于3月10日前报送统计表至jcwl@163.com。", "县经管局，县公安局")
    assert "县经管局" not in str(draft.requirements[0].units) and not any("简称" in x for x in draft.unsettled)


def test_a_name_whose_words_stand_together_in_a_long_name_is_a_bureau_of_its_own():
    """县城市管理局: 城市管理 stands whole in 城市管理综合行政执法局, so it names a bureau of that name (off the roster),
    not a short form, which takes a character of each word."""
    draft = drafted("请县城市管理局于3月10日前报送统计表至jcwl@163.com。", "县城市管理局，县公安局")
    assert "县综合执法局" not in draft.requirements[0].units and not any("简称" in x for x in draft.unsettled)
