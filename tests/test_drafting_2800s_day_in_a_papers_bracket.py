"""What held-out notice 2816 showed the drafter missing (fixed on branch h-fixn140d), on notice texts written for these
tests: papers listed after the verb that sends them, each with its format and its own day in its bracket
(`1.各乡镇人民政府报送：补贴机具核查台账（Excel格式，4月17日（星期三）下午4点前）；核查工作总结（Word格式，4月29日前）。`):
each bracket's day is that paper's deadline, the later paper's clause needing no sending verb of its own
(`asks/dated_in_its_bracket.py`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业机械化发展服务中心", "关于开展农机具购置补贴实施情况核查的通知", "各乡镇人民政府，县财政局，县文旅局",
        body, "2948年4月8日", opening="为确保补贴政策规范实施，现将有关事项通知如下。",
        mailbox="jcnjz_hecha@163.com", contact="孟繁刚  联系电话：0429-7519903"))


def dues(tmp_path, body):
    return [(r.due.strftime("%m-%d %H:%M"), sorted(map(part_shape, r.parts))) for r in draft(tmp_path, body).requirements]


# ---------------------------------------------------------------- 2816: …（Word格式，4月29日前）


def test_each_papers_bracket_gives_its_own_day(tmp_path):
    assert dues(tmp_path, "1.各乡镇人民政府报送：补贴机具核查台账（Excel格式，4月17日（星期三）下午4点前）；"
                          "核查工作总结（Word格式，4月29日前）。\n"
                          "2.县财政局报送：补贴资金拨付情况说明（Word格式，4月15日（星期一）上午10时前）。") \
        == [("04-17 16:00", ["sheet"]), ("04-29 23:59", ["document"]), ("04-15 10:00", ["document"])]


def test_variant_titled_papers_in_their_version_brackets_after_a_request(tmp_path):
    assert dues(tmp_path, "一、请各乡镇报送：《补贴机具核查统计表》（Excel版，5月10日前）、"
                          "《核查情况报告》（Word版，5月20日17:00前）。") \
        == [("05-10 23:59", ["sheet"]), ("05-20 17:00", ["document"])]


def test_variant_a_bureau_submits_two_papers_the_second_a_pdf(tmp_path):
    assert dues(tmp_path, "二、县文旅局需提交两项材料：景区安全检查台账（Excel格式，5月12日前），"
                          "整改情况说明（PDF格式，5月19日下午5时前）。") \
        == [("05-12 23:59", ["sheet"]), ("05-19 17:00", ["scan"])]


def test_near_miss_a_day_inside_the_bracket_that_is_what_the_sheet_records(tmp_path):
    assert dues(tmp_path, "请各乡镇于5月20日前报送：自查报告（Word格式）、"
                          "整改台账（Excel格式，填写5月10日前的整改数据）。") \
        == [("05-20 23:59", ["document", "sheet"])]
