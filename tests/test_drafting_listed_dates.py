"""Dates listed under one 前 with an hour before it, and 分别 splitting such a list (found by hand, 2026-12-05): each date
of `分别于5月12日、5月19日下午5时前` closes at 17时 (the hour said of each, as its 前 is: `listed_dates.hour_of_the_last_date`),
and one material sent at each date keeps its whole name (the dates are no modifiers of it: `statements.DATE_IN_A_MODIFIER`;
before, the first requirement was titled `日计表`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送2026年春季植树造林进度的通知", "各乡镇人民政府", body, "2026年5月6日",
        opening="为掌握全县春季植树造林进度，现将有关事项通知如下。", mailbox="jcnyj_zs2026@163.com",
        contact="王丽  联系电话：0429-7654321"))


ONE_SHEET = "请各乡镇分别于5月12日（星期二）、5月19日（星期二）{hour}前将植树造林进度统计表（Excel格式）发送至指定邮箱。"
BARE_DATES = "请各乡镇分别于5月12日、5月19日{hour}前将植树造林进度统计表（Excel格式）发送至指定邮箱。"


def test_each_listed_date_closes_at_the_hour_said_after_the_last(tmp_path):
    c = draft(tmp_path, ONE_SHEET.format(hour="下午5时"))
    assert [(r.due.day, r.due.hour) for r in c.requirements] == [(12, 17), (19, 17)]
    assert any("5月12日" in line and "17时" in line for line in c.unsettled)


def test_one_material_sent_at_each_listed_date_keeps_its_name(tmp_path):
    for hour in ("下午5时", ""):
        c = draft(tmp_path, BARE_DATES.format(hour=hour))
        assert [r.title for r in c.requirements] == ["植树造林进度统计表"] * 2, hour
        assert [p["title"] for r in c.requirements for p in r.parts] == ["植树造林进度统计表"] * 2, hour


def test_near_miss_a_list_of_dates_without_an_hour_closes_at_the_days_end(tmp_path):
    c = draft(tmp_path, ONE_SHEET.format(hour=""))
    assert [(r.due.day, r.due.hour, r.due.minute) for r in c.requirements] == [(12, 23, 59), (19, 23, 59)]


def test_near_miss_a_date_with_its_own_hour_keeps_it(tmp_path):
    c = draft(tmp_path, "请各乡镇于5月12日上午10时、5月19日下午5时前分别报送自查报告和整改报告（Word格式），发送至指定邮箱。")
    assert [(r.title, r.due.day, r.due.hour) for r in c.requirements] == [("自查报告", 12, 10), ("整改报告", 19, 17)]
