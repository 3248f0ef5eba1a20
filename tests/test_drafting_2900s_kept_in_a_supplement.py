"""What held-out notices 2900–2919 showed the drafter missing (fixed on branch h-fixn145a), on notice texts written
for these tests, each with a near miss that must not change: a 补充通知 that keeps one deadline of the earlier notice
(`一、…照片仍按原通知要求于3月18日前报送，时间不变。`) and moves another in the next item, naming the date it moves
(`二、自查报告报送时间由3月20日调整为3月27日16时前`), still asks the kept one (2906)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民政局", "关于村务公开规范化建设检查验收的补充通知", addressee, body, "2993年3月11日",
        opening="我局于3月5日印发了《关于开展村务公开规范化建设检查验收的通知》。经研究，现对原通知有关事项补充通知如下：",
        mailbox="jcmzj_cwgk2993@163.com",
        contact="韩东  联系电话：0429-7426658"))


def dues(d) -> list[dt.date]:
    return sorted(r.due.date() for r in d.requirements)


# ---------------------------------------------------------------- 2906: …仍按原通知要求于3月18日前报送，时间不变


def test_a_kept_deadline_before_an_item_moving_another_is_asked(tmp_path):
    d = draft(tmp_path, "一、村务公开栏照片（jpg格式）仍按原通知要求于3月18日前报送，时间不变。\n"
                        "二、自查报告（Word格式）报送时间由3月20日调整为3月27日（星期三）16时前。\n"
                        "原通知其他事项不变。")
    assert dues(d) == [dt.date(2993, 3, 18), dt.date(2993, 3, 27)]
    photo = next(r for r in d.requirements if r.due.date() == dt.date(2993, 3, 18))
    assert [p["kind"] for p in photo.parts] == ["photo"]


def test_variant_kept_by_the_earlier_notice_rule_and_moved_from_a_day_named(tmp_path):
    d = draft(tmp_path, "（一）各乡镇报送的整改台账（Excel格式）仍按原通知规定于3月18日前报送。\n"
                        "（二）各乡镇自查报告（Word格式）的报送时间从3月20日推迟至3月27日下午4时前。")
    assert dues(d) == [dt.date(2993, 3, 18), dt.date(2993, 3, 27)]


def test_variant_kept_said_unchanged_and_moved_without_naming_the_day_it_replaces(tmp_path):
    d = draft(tmp_path, "1.原通知所列村务公开栏照片（jpg格式）于3月18日前报送，时间不变。\n"
                        "2.自查报告（Word格式）报送时间调整为3月27日16时前。")
    assert dues(d) == [dt.date(2993, 3, 18), dt.date(2993, 3, 27)]


def test_near_miss_the_earlier_day_said_in_passing_is_not_asked(tmp_path):
    d = draft(tmp_path, "一、原通知要求于3月18日前报送的村务公开栏照片已收到，时间不变的其他事项按原通知执行。\n"
                        "二、自查报告（Word格式）报送时间由3月20日调整为3月27日（星期三）16时前。")
    assert dues(d) == [dt.date(2993, 3, 27)]


def test_near_miss_the_earlier_ask_quoted_then_moved_leaves_the_old_day_out(tmp_path):
    d = draft(tmp_path, "原通知要求各乡镇于3月20日前报送自查报告（Word格式）。\n"
                        "一、各乡镇报送时间推迟至3月27日16时前。")
    assert dues(d) == [dt.date(2993, 3, 27)]
