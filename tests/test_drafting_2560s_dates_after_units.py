"""What held-out notices 2560–2579 showed the drafter missing (fixed on branch h-fixn128a), on notice texts written
for these tests, each with a near miss that must not change: a unit list after a colon, each unit followed by its own
date in brackets (`建昌镇（5月15日（星期一）前）、八家子镇（5月22日（星期一）前）`), gives each unit the date after it (2568)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "建昌镇人民政府，八家子镇人民政府，县市场局",
          title: str = "关于开展城区占道经营专项整治的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县综合行政执法局", title, addressee, body, "2690年5月4日",
        opening="为改善城区环境，现将有关事项通知如下。",
        mailbox="jczf_zd2690@163.com",
        contact="冯刚  联系电话：0429-7819902"))


def test_each_unit_takes_the_date_in_the_bracket_after_it(tmp_path):
    c = draft(tmp_path, "一、请以下单位按各自时限报送整治台账（Excel格式）：建昌镇（5月15日（星期一）前）、"
                        "八家子镇（5月22日（星期一）前）。\n二、县市场局请于6月5日（星期一）前报送抽检情况（Word格式）。")
    assert [(r.due.strftime("%m-%d"), sorted(r.units)) for r in c.requirements] == [
        ("05-15", ["建昌镇"]), ("05-22", ["八家子镇"]), ("06-05", ["县市场局"])]


def test_near_miss_a_bracket_saying_no_date_leaves_the_list_as_written(tmp_path):
    c = draft(tmp_path, "一、请以下单位于5月15日（星期一）前报送整治台账（Excel格式）：建昌镇（含城区社区）、"
                        "八家子镇（含集镇区）。\n二、县市场局请于6月5日（星期一）前报送抽检情况（Word格式）。")
    assert [(r.due.strftime("%m-%d"), sorted(r.units)) for r in c.requirements] == [
        ("05-15", ["八家子镇", "建昌镇"]), ("06-05", ["县市场局"])]
