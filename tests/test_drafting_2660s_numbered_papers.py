"""What held-out notices 2660–2679 showed the drafter missing (fixed on branch h-fixn133b), on notice texts written
for these tests, each with a near miss that must not change: a numbered list's Word report and, in the next item, its
signed and stamped scan are two papers (2664); a table row whose paper cell and time cell are numbered lists of as many
items pairs them by number, 1.↔1., 2.↔2. (2671)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府",
          title: str = "关于报送产业帮扶年度报告的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县乡村振兴局", title, addressee, body, "2989年3月6日",
        opening="为全面总结上一年度产业帮扶情况，现将有关事项通知如下。",
        mailbox="jcxczx_nb2989@163.com",
        contact="陈海涛  联系电话：0429-7731207"))


# ---------------------------------------------------------------- 2664: 1.年度报告文本…； 2.…签字并加盖…的年度报告扫描件


def test_a_numbered_report_and_its_signed_scan_in_the_next_item_are_two_papers(tmp_path):
    r, = draft(tmp_path, "请各乡镇按以下要求报送年度报告：\n"
                         "1.年度报告文本（Word格式），内容包括种植面积、带动户数，字数控制在3000字以内；\n"
                         "2.经乡主要负责同志签字并加盖乡政府公章的年度报告扫描件（PDF格式）；\n"
                         "3.产业帮扶项目台账（Excel格式）。\n"
                         "上述三项材料须于3月20日16时30分前发送至jcxczx_nb2989@163.com。").requirements
    assert part_shapes(r) == ["document", "scan", "sheet"]


def test_near_miss_the_report_and_its_scan_in_one_item_read_as_before(tmp_path):
    r, = draft(tmp_path, "请各乡镇按以下要求报送年度报告：\n"
                         "1.年度报告（Word格式）及其盖章扫描件（PDF格式）；\n"
                         "2.产业帮扶项目台账（Excel格式）。\n"
                         "上述材料须于3月20日16时30分前发送至jcxczx_nb2989@163.com。").requirements
    assert part_shapes(r) == ["document", "scan", "sheet"]


def test_near_miss_the_report_formed_before_its_signed_scan_is_sent_is_the_scan_alone(tmp_path):
    r, = draft(tmp_path, "请各乡镇认真总结，形成年度报告，经乡主要负责同志签字并加盖乡政府公章后，于3月20日16时30分前将"
                         "年度报告扫描件（PDF格式）和产业帮扶项目台账（Excel格式）发送至jcxczx_nb2989@163.com。").requirements
    assert part_shapes(r) == ["scan", "sheet"]


# ---------------------------------------------------------------- 2671: 1.…表；2.…说明 | 1.…前；2.…前 in one row

TABLE = "请有关单位按下表要求将材料发送至jcxczx_nb2989@163.com。\n单位\t报送材料\t报送时间\n"


def test_numbered_papers_go_with_the_numbered_times_of_their_row(tmp_path):
    first, second, third = draft(tmp_path, TABLE +
                                 "建昌镇人民政府\t1.产销对接情况统计表（Excel格式）；2.产销对接工作情况说明（Word格式）\t"
                                 "1.9月6日上午10时前；2.9月12日下午4时前\n"
                                 "八家子镇人民政府\t农产品收购网点情况（Word格式）\t9月17日下午5时前\n").requirements
    assert (first.due.day, first.units, part_shapes(first)) == (6, ["建昌镇"], ["sheet"])
    assert (second.due.day, second.units, part_shapes(second)) == (12, ["建昌镇"], ["document"])
    assert [p["title"] for p in second.parts] == ["产销对接工作情况说明"]
    assert (third.due.day, part_shapes(third)) == (17, ["document"])


def test_near_miss_three_papers_and_two_times_pair_nothing(tmp_path):
    first, second, _ = draft(tmp_path, TABLE +
                             "建昌镇人民政府\t1.产销对接情况统计表（Excel格式）；2.产销对接工作情况说明（Word格式）；"
                             "3.展销会参展人员名单（Excel格式）\t1.9月6日上午10时前；2.9月12日下午4时前\n"
                             "八家子镇人民政府\t农产品收购网点情况（Word格式）\t9月17日下午5时前\n").requirements
    assert part_shapes(first) == ["document", "sheet", "sheet"]
    assert (second.due.day, second.units) == (12, ["建昌镇"])
