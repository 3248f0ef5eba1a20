"""Misses the lead found by hand in ordinary notices (session of 2026-12-08), each with its near misses:

- a clause saying what was handed down already (`问题清单已于5月10日下发至各乡镇，请各乡镇于5月31日前…报送`) does not make the
  ask after its comma an earlier notice's (`not_mailed.REPORTED`'s 已于 reaches only the date's own ask); a date the
  earlier ask set (`我局已于4月1日印发通知，要求各单位于4月20日前报送…`) is still no requirement of this notice."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def water_office(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县水利局", "关于报送河湖问题整改情况的通知", "各乡镇人民政府", body, "3027年5月12日",
        mailbox="jcsl_hh@163.com", contact="周涛 0429-7231111"))


def test_what_was_handed_down_already_leaves_the_ask_after_its_comma_in_force(tmp_path):
    draft = water_office(tmp_path, "市级交办问题清单已于5月10日下发至各乡镇，请各乡镇于5月31日前将整改台账（Excel格式）报送县水利局。")
    (r,) = draft.requirements
    assert (r.due.month, r.due.day) == (5, 31) and part_shapes(r) == ["sheet"]


def test_variant_sent_already_then_asked_anew_by_xianqing(tmp_path):
    draft = water_office(tmp_path, "整改通知书已于5月8日送达，现请各乡镇于5月29日下午4点前将整改报告报送县水利局。")
    (r,) = draft.requirements
    assert (r.due.month, r.due.day, r.due.hour) == (5, 29, 16)


def test_near_miss_the_earlier_notices_own_ask_is_no_requirement(tmp_path):
    draft = water_office(tmp_path, "我局已于4月1日印发通知，要求各乡镇于4月20日前报送河湖问题台账。现请各乡镇于5月31日前报送整改情况。")
    assert [(r.due.month, r.due.day) for r in draft.requirements] == [(5, 31)]


def test_near_miss_already_sent_by_the_date_is_not_asked_again(tmp_path):
    draft = water_office(tmp_path, "已于5月10日前报送问题台账的乡镇，不再重复报送。请各乡镇于5月31日前报送整改情况。")
    assert [(r.due.month, r.due.day) for r in draft.requirements] == [(5, 31)]
