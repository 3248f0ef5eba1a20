"""What held-out notice 3133 showed the drafter missing (fixed on branch h-fixn156c), on notice texts written for these
tests, with near misses that must not change: items whose heading is the deadline alone (`（一）10月23日（星期五）16:00前`),
the line under it saying who sends what with no day of its own, are each day's own requirement: the heading and its line
are read as one sentence (asks/day_headings.py)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县公安局，县司法局"):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委政法委员会", "关于开展涉法涉诉信访事项集中清理的通知", addressee, body, "3046年10月9日",
        opening="为推动涉法涉诉信访事项依法终结，县委政法委决定开展集中清理，并于11月中旬组织案件评查。",
        contact="郑宏伟，电话：0429-7514455"))


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d %H:%M"): sorted(r.units) for r in d.requirements}


def assert_each_day_its_own_senders(d, first: str = "10-23 16:00"):
    by_due = units_by_due(d)
    assert sorted(by_due) == [first, "11-06 23:59"]
    assert "建昌镇" in by_due[first] and "县公安局" not in by_due[first]
    assert by_due["11-06 23:59"] == ["县公安局", "县司法局"]


# ---------------------------------------------------------------- 3133: （一）10月23日（星期五）16:00前 / 各乡镇…报送…


def test_each_day_heading_asks_what_its_line_sends(tmp_path):
    d = draft(tmp_path, "各单位报送事项按时间节点列明如下：\n（一）10月23日（星期五）16:00前\n"
                        "各乡镇人民政府报送本辖区涉法涉诉信访事项排查表（Excel格式）。\n（二）11月6日前\n"
                        "县公安局、县司法局分别报送本系统涉法涉诉信访事项清理情况报告（Word格式）。\n"
                        "以上材料均发送至jczfw_sfss@163.com。")
    assert_each_day_its_own_senders(d)


def test_variant_arabic_items_with_a_colon_and_an_hour_in_words(tmp_path):
    d = draft(tmp_path, "报送安排如下：\n1．10月23日（星期五）下午4时前：\n各乡镇填报信访事项排查表（Excel格式），"
                        "发送至jczfw_sfss@163.com。\n2．11月6日之前：\n县公安局、县司法局将清理情况报告（Word格式）"
                        "发送至jczfw_sfss@163.com。")
    assert_each_day_its_own_senders(d)


def test_variant_chinese_numbered_headings_in_chinese_numerals(tmp_path):
    d = draft(tmp_path, "一、十月二十三日前\n请各乡镇人民政府上报信访事项排查表（Excel格式）至jczfw_sfss@163.com。\n"
                        "二、十一月六日前\n请县公安局、县司法局上报清理情况报告（Word格式）至jczfw_sfss@163.com。")
    assert_each_day_its_own_senders(d, first="10-23 23:59")


def test_near_miss_a_heading_that_says_more_than_the_day_is_left_as_written(tmp_path):
    body = ("（一）10月23日前完成自查\n各乡镇人民政府报送本辖区信访事项排查表（Excel格式）。\n"
            "（二）11月6日前，县公安局、县司法局报送清理情况报告（Word格式）。\n以上材料均发送至jczfw_sfss@163.com。")
    assert units_by_due(draft(tmp_path, body)) == {"11-06 23:59": ["县公安局", "县司法局"]}  # 完成自查 sends nothing


def test_near_miss_a_line_with_a_day_of_its_own_keeps_it(tmp_path):
    d = draft(tmp_path, "（一）10月23日（星期五）16:00前\n各乡镇人民政府于10月20日前报送信访事项排查表（Excel格式）。\n"
                        "（二）11月6日前，县公安局、县司法局报送清理情况报告（Word格式）。\n以上材料均发送至jczfw_sfss@163.com。")
    by_due = units_by_due(d)
    assert "10-20 23:59" in by_due and "建昌镇" in by_due["10-20 23:59"]
    assert by_due["11-06 23:59"] == ["县公安局", "县司法局"]
