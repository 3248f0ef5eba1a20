"""A limit counted from a day the notice does not give, under a latest date (`于活动结束后5个工作日内报送，最迟不晚于7月15日`),
is that latest date, an unsettled line saying so (`whichever_first.capped_by_a_latest_date`); and a time said by an event
or a count of days between 将 and its verb is no word of what is sent (`将整改完成情况于整改期满后3个工作日内报送`:
`sent_object.object_sent`). Near misses: a counted limit with no latest date stays unsettled; a second date of another
material is its own requirement."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", "关于开展2026年“村晚”展演活动的通知", "各乡镇人民政府", body, "2026年5月6日",
        opening="为丰富群众文化生活，现将有关事项通知如下：", mailbox="jcwlj_cw2026@163.com",
        contact="李红  联系电话：0429-7716789"))


def test_a_limit_counted_from_an_untold_day_gives_way_to_the_latest_date(tmp_path):
    d = draft(tmp_path, "请各乡镇将活动开展情况总结于活动结束后5个工作日内报送，最迟不晚于7月15日。")
    (r,) = d.requirements
    assert r.title == "活动开展情况总结" and (r.due.month, r.due.day) == (7, 15)
    assert any("活动结束后5个工作日内" in u and "最迟期限7月15日" in u for u in d.unsettled)


def test_near_miss_a_counted_limit_with_no_latest_date_stays_unsettled(tmp_path):
    d = draft(tmp_path, "请各乡镇于活动结束后5个工作日内报送活动开展情况总结。")
    assert not d.requirements and any("以活动日期起算" in u for u in d.unsettled)


def test_near_miss_a_second_date_of_another_material_is_its_own(tmp_path):
    d = draft(tmp_path, "请各乡镇于活动结束后5个工作日内报送活动总结，7月15日前报送节目统计表。")
    assert [(r.due.month, r.due.day) for r in d.requirements] == [(7, 15)]
    assert any("以活动日期起算" in u for u in d.unsettled)


def test_a_time_said_by_a_count_of_days_is_no_word_of_the_material(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇将整改完成情况于整改期满后3个工作日内报送，最迟不晚于7月15日。").requirements
    assert r.title == "整改完成情况"
