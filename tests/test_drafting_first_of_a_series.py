"""A recurring report whose first date is said after it in the same sentence (found by hand, 2026-12-05):
`各乡镇于每月25日前报送当月森林防火巡查台账（Excel格式），首次报送时间为5月25日` sends the 台账 on 5月25日. Before, the first
report's clause named nothing, so the draft asked a `报送材料` with a part `材料` (`around.the_series_sent_first`).
The first date said in a sentence or item of its own right after the series (`一、各乡镇于每月5日前将上月…统计表（Excel格式）
报送…` / `二、首次报送时间为4月5日前。`) is the same (found by hand, 2026-12-07; `around.the_series_said_before`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县林业和草原局", "关于报送2026年森林防火巡查台账的通知", "各乡镇人民政府", body, "2026年5月6日",
        opening="为压实森林防火责任，现将有关事项通知如下。", mailbox="jclcj_fh2026@163.com",
        contact="李强  联系电话：0429-7651234"))


def test_the_first_of_a_monthly_series_sends_the_series_material(tmp_path):
    (r,) = draft(tmp_path, "各乡镇于每月25日前报送当月森林防火巡查台账（Excel格式），首次报送时间为5月25日。").requirements
    assert "森林防火巡查台账" in r.title and part_shapes(r) == ["sheet"]
    assert (r.due.month, r.due.day) == (5, 25)


def test_the_first_of_a_weekly_series_sends_what_the_series_names(tmp_path):
    (r,) = draft(tmp_path, "各乡镇于每周五下午3点前报送当周巡查情况，首次报送时间为5月8日下午3点前。").requirements
    assert "巡查情况" in r.title and (r.due.day, r.due.hour) == (8, 15)


def test_near_miss_a_first_report_naming_its_own_material_keeps_it(tmp_path):
    (r,) = draft(tmp_path, "首次报送请于5月25日前报送森林防火责任书（PDF格式），此后每月25日前报送当月巡查台账（Excel格式）。"
                 ).requirements
    assert "责任书" in r.title and "台账" not in r.title


def test_the_first_date_in_an_item_of_its_own_sends_the_series_material(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇于每月5日前将上月森林防火巡查情况统计表（Excel格式）报送至县林草局邮箱。\n"
                           "二、首次报送时间为6月5日前。").requirements
    assert "森林防火巡查情况统计表" in r.title and part_shapes(r) == ["sheet"]
    assert (r.due.month, r.due.day) == (6, 5) and len(r.units) == 28


def test_variant_the_first_time_a_sentence_after_a_weekly_series_takes_its_hour(tmp_path):
    (r,) = draft(tmp_path, "各乡镇于每周五下午3点前报送当周防火检查记录（Word格式）。首次报送时间为5月15日。").requirements
    assert "防火检查记录" in r.title and part_shapes(r) == ["document"]
    assert (r.due.month, r.due.day, r.due.hour) == (5, 15, 15)


def test_variant_a_dated_ask_between_the_series_and_its_first_date(tmp_path):
    reqs = draft(tmp_path, "一、各乡镇于每月5日前报送上月巡查台账（Excel格式）。\n"
                           "二、各乡镇于5月20日前报送森林防火责任书（PDF格式）。\n三、首次报送时间为6月5日前。").requirements
    assert sorted((r.due.month, r.due.day, r.title) for r in reqs) == [(5, 20, "森林防火责任书"), (6, 5, "巡查台账")]


def test_near_miss_a_first_date_with_no_series_in_the_notice_is_left_to_the_clerk(tmp_path):
    d = draft(tmp_path, "一、各乡镇于5月20日前报送森林防火责任书（PDF格式）。\n二、首次报送时间为6月5日前。")
    assert [r.title for r in d.requirements if r.due.day == 5] == ["报送材料"]
    assert any("报送的内容未能识别" in line for line in d.unsettled)
