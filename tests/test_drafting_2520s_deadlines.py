"""What held-out notices 2520–2539 showed the drafter missing in the deadlines (fixed on branch h-fixn126a), on notice
texts written for these tests, each with a near miss that must not change: a day's hour written inside its weekday's
bracket (`11月14日（星期二，下午3时前）`, also alone: `（下午3时前）`, `（周二16:00前）`) is that day's hour (2534); a sending
window's first day (`报送窗口首日为7月16日`) is no deadline, and its last day closes at the hour said for it (`当天下午4时关闭
接收`, 2536)."""

from __future__ import annotations

import datetime as dt

import pytest

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县民政局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民政局", "关于开展2690年养老机构消防安全排查工作的通知", addressee, body, "2690年11月6日",
        opening="为做好养老机构消防安全工作，现将有关事项通知如下。",
        mailbox="jcmzj_xf2690@163.com",
        contact="韩雪  联系电话：0429-7714420"))


def dues(c) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in c.requirements]


# ---------------------------------------------------------------- 2534: 11月14日（星期二，下午3时前）


@pytest.mark.parametrize("bracket, due", [("（星期二，下午3时前）", dt.datetime(2690, 11, 14, 15)),
                                          ("（下午3时前）", dt.datetime(2690, 11, 14, 15)),
                                          ("（周二16:00前）", dt.datetime(2690, 11, 14, 16)),
                                          ("（星期二，下午4点半）前", dt.datetime(2690, 11, 14, 16, 30))])
def test_the_hour_inside_the_days_bracket_is_that_days(tmp_path, bracket, due):
    c = draft(tmp_path, f"一、请各乡镇于11月14日{bracket}将养老机构消防安全排查台账（Excel格式）发送至邮箱。")
    assert dues(c) == [due]


@pytest.mark.parametrize("bracket", ["（星期二）", "（星期二，暂定）"])
def test_near_miss_a_bracket_holding_no_hour_leaves_the_day_end(tmp_path, bracket):
    c = draft(tmp_path, f"一、请各乡镇于11月14日{bracket}前将养老机构消防安全排查台账（Excel格式）发送至邮箱。")
    assert dues(c) == [dt.datetime(2690, 11, 14, 23, 59, 59)]


def test_near_miss_a_meetings_hour_in_the_bracket_is_no_deadlines(tmp_path):
    c = draft(tmp_path, "一、请各乡镇于11月14日前将养老机构消防安全排查台账（Excel格式）发送至邮箱。"
                        "县民政局将于11月20日（星期二，上午9时召开）推进会。")
    assert dues(c) == [dt.datetime(2690, 11, 14, 23, 59, 59)]


# ---------------------------------------------------------------- 2536: 报送窗口首日为…，窗口最后一天为…，当天下午4时关闭接收


def test_a_windows_first_day_is_no_deadline_and_its_last_closes_at_the_hour_said(tmp_path):
    c = draft(tmp_path, "一、排查台账（Excel格式）通过邮箱集中报送，报送窗口首日为11月16日（星期四），窗口最后一天为11月18日（星期六），"
                        "当天下午4时关闭接收，请各乡镇在窗口期内报送。\n"
                        "二、县民政局请于11月25日（星期六）前将养老机构备案情况（Word格式）发送至同一邮箱。")
    assert dues(c) == [dt.datetime(2690, 11, 18, 16), dt.datetime(2690, 11, 25, 23, 59, 59)]
    assert "建昌镇" in c.requirements[0].units and "县民政局" not in c.requirements[0].units


def test_near_miss_two_real_deadlines_in_one_sentence_stay_two(tmp_path):
    c = draft(tmp_path, "一、请各乡镇于11月16日（星期四）前报送第一批排查台账（Excel格式），"
                        "其余排查台账于11月18日（星期六）下午4时前报送。")
    assert dues(c) == [dt.datetime(2690, 11, 16, 23, 59, 59), dt.datetime(2690, 11, 18, 16)]
