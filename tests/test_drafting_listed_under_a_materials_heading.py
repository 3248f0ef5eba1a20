"""Materials listed as numbered items under a heading of their own (`一、报送材料` / `1．…总结（Word格式）；` …), the date on
a line of its own under `二、报送时间`: every item is the requirement's part. Found by the lead probing an ordinary shape
by hand (2026-12-07): only the last item was read, as the sending-time heading counted as one of the two sentences read
back and the list had no colon to lead it in (`around.items_led_in`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", "关于报送3025年文化惠民工程实施情况的通知", "各乡镇人民政府", body, "3025年11月24日",
        contact="周雪  联系电话：0429-7512876"))


WAY = "三、报送方式\n发送至县文旅局邮箱jcwlj_hm3025@163.com，邮件主题为“乡镇名称+文化惠民工程”。"


def test_three_items_under_a_materials_heading_and_the_date_under_its_own(tmp_path):
    (r,) = draft(tmp_path, "一、报送材料\n1．3025年文化惠民工程实施情况总结（Word格式）；\n2．文化惠民活动统计表（Excel格式）；\n"
                           "3．活动照片5张（JPG格式）。\n二、报送时间\n12月10日（星期三）16:00前。\n" + WAY).requirements
    assert part_shapes(r) == ["document", "photo", "sheet"]
    assert (r.due.month, r.due.day, r.due.hour) == (12, 10, 16) and len(r.units) == 28


def test_variant_bracketed_items_under_a_contents_heading(tmp_path):
    (r,) = draft(tmp_path, "（一）报送内容\n（1）文化惠民演出场次统计表（Excel格式）；\n（2）群众满意度调查报告（Word格式）；\n"
                           "（3）演出现场照片（JPG格式）。\n（二）报送时间\n12月12日前。\n" + WAY).requirements
    assert part_shapes(r) == ["document", "photo", "sheet"]


def test_variant_two_items_and_a_deadline_heading(tmp_path):
    (r,) = draft(tmp_path, "一、报送材料\n1．文化惠民工程资金使用情况说明（Word格式）；\n2．资金使用明细表（Excel格式）。\n"
                           "二、报送截止时间\n12月15日下午4点前。\n" + WAY).requirements
    assert part_shapes(r) == ["document", "sheet"]


def test_near_miss_work_items_under_a_heading_of_the_work_are_not_sent(tmp_path):
    (r,) = draft(tmp_path, "一、工作内容\n1．组织文艺演出进村入户；\n2．开展送书下乡活动；\n3．整理活动档案。\n"
                           "二、报送时间\n12月10日前报送工作总结（Word格式）。\n" + WAY).requirements
    assert [p["title"] for p in r.parts] == ["工作总结"]


def test_variant_an_item_saying_what_it_must_not_read_like_names_no_second_paper(tmp_path):
    (r,) = draft(tmp_path, "一、报送材料\n1．工作述职报告（3000字以内，须突出问题导向，不写成工作总结）；\n"
                           "2．责任清单完成情况表（Excel格式）。\n二、报送时间\n12月10日前。\n" + WAY).requirements
    assert sorted(p["title"] for p in r.parts) == ["工作述职报告", "责任清单完成情况表"]
