"""Readings of periodic reports found by hand probes (not a blind batch), each with a near miss that must not change:
the first report of a series, its day said without an hour, closes at the hour the series gives every report
(`每周五17时前…，首次报送时间为5月15日`, `around.at_the_series_hour`); a first report said only by its time keeps the
series' material even with the mailbox after it or said as `首次报送请于…前完成` (`around.FIRST_TIME_ALONE`,
`WHERE_ALONE`); 工作动态 is a material (`requirements.WORK_NEWS`); 年报表 keeps its 年 after a year, 当月 / 本周 open
no hint (`requirements.LEADING_WORDS`); two batches each keep their own title as a hint
(`第一批次推荐名单于…前、第二批次推荐名单于…前`, `hints_and_ids.make_distinct`)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府："):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送有关材料的通知", addressee, body, "2766年5月6日",
        opening="现将有关事项通知如下。", mailbox="jcnyj_zq2766@163.com", contact="王丽  联系电话：0429-7654321"))


def due(r) -> dt.datetime:
    return dt.datetime.fromisoformat(str(r.due)).replace(tzinfo=None)


def test_the_first_report_closes_at_the_series_hour(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于每周五17时前将秸秆禁烧巡查台账报送至邮箱，首次报送时间为2766年5月15日。").requirements
    assert due(r) == dt.datetime(2766, 5, 15, 17, 0)
    assert r.title == "秸秆禁烧巡查台账"


def test_near_miss_a_series_of_no_hour_leaves_the_first_at_the_days_end(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于每周五前将秸秆禁烧巡查台账报送至邮箱，首次报送时间为2766年5月15日。").requirements
    assert due(r) == dt.datetime(2766, 5, 15, 23, 59, 59)


def test_a_first_report_said_by_its_time_with_the_mailbox_after_sends_the_series_material(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于每月5日前报送上月森林防火巡查台账（Excel格式），首次报送时间为2766年6月5日，"
                           "报送邮箱jcnyj_zq2766@163.com。").requirements
    assert r.title == "森林防火巡查台账" and due(r).date() == dt.date(2766, 6, 5)


def test_a_first_report_said_as_to_be_done_by_sends_the_series_material(tmp_path):
    (r,) = draft(tmp_path, "各乡镇于每月25日前将当月巡查台账发送至邮箱，首次报送请于2766年5月22日前完成。").requirements
    assert [p["title"] for p in r.parts] == ["巡查台账"] and due(r).date() == dt.date(2766, 5, 22)
    assert not any("当月" in h for h in r.hints)


def test_near_miss_a_first_report_naming_its_own_material_keeps_it(tmp_path):
    (r,) = draft(tmp_path, "各乡镇于每月25日前将当月巡查台账发送至邮箱，首次报送请于2766年5月22日前报送巡查人员名单。"
                 ).requirements
    assert "巡查人员名单" in r.title


def test_work_news_is_a_material(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月20日前将农机安全生产工作动态报送至邮箱。").requirements
    assert r.title == "农机安全生产工作动态"


def test_near_miss_a_list_kept_up_to_date_is_no_news(tmp_path):
    (r,) = draft(tmp_path, "各乡镇对农机手名单实行动态管理，请于5月20日前将农机手名单报送至邮箱。").requirements
    assert r.title == "农机手名单"


def test_a_yearly_report_table_keeps_its_year_word_after_a_year(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月20日前将2765年年报表（Excel格式）报送至邮箱。").requirements
    assert [p["title"] for p in r.parts] == ["年报表"] and "年报表" in r.hints


def test_near_miss_a_year_before_a_table_is_still_no_word_of_it(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月20日前将2765年农机购置统计表（Excel格式）报送至邮箱。").requirements
    assert "农机购置统计表" in r.hints and not any(h.startswith("年") for h in r.hints)


def test_two_batches_each_keep_their_own_title_as_a_hint(tmp_path):
    first, second = draft(tmp_path, "请各乡镇将第一批次推荐名单于5月10日前、第二批次推荐名单于6月10日前报送至邮箱。").requirements
    assert first.hints == ["第一批次推荐名单"] and second.hints == ["第二批次推荐名单"]


def test_near_miss_a_hint_inside_anothers_title_is_still_shared_and_dropped(tmp_path):
    first, second = draft(tmp_path, "请各乡镇于5月10日前报送推荐名单，于6月10日前报送推荐名单公示情况说明。").requirements
    assert "推荐名单" not in second.hints
