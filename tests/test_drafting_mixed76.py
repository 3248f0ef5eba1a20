"""What held-out mailbox 76's notice showed the drafter missing, on notice texts written for these tests, each with a
near miss: `报送以下两项材料，两项材料请一并报送：` and the materials as （一）/（二） items after the colon."""

from __future__ import annotations

from test_drafting import part_shapes as shapes

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()


def draft(body: str):
    text = (f"关于开展2450年农机安全生产检查的通知\n各乡镇人民政府：\n    现将有关事项通知如下：\n{body}\n"
            "报送邮箱：jcnj2450@163.com。\n联系人：郝立民  联系电话：0429-7712280\n\n建昌县农机服务中心\n2450年9月1日\n")
    return draft_campaign(text, ROSTER)


def test_counted_materials_listed_after_the_colon_are_each_a_part():
    (r,) = draft("    二、报送材料。请各乡镇于2450年9月20日17:00前报送以下两项材料，两项材料请一并报送：\n"
                 "    （一）《农机安全生产检查情况表》（Excel格式）；\n    （二）检查工作总结（Word格式）。").requirements
    assert shapes(r) == ["document", "sheet"], r.parts
    assert "以下两项材料" not in r.title and "检查情况表" in r.title, r.title


def test_other_counts_and_numbers():
    """三项 and 1．-style items: every item is a part."""
    (r,) = draft("    请各乡镇于2450年9月20日前报送下列三项材料：\n    1．《农机安全生产检查情况表》（Excel格式）；\n"
                 "    2．检查工作总结（Word格式）；\n    3．检查现场照片（JPG格式）。").requirements
    assert shapes(r) == ["document", "photo", "sheet"], r.parts


def test_counted_materials_whose_items_are_not_after_the_colon_are_left():
    """The sentence does not end on its colon (the items said elsewhere): 以下两项材料 is left as it stands."""
    (r,) = draft("    请各乡镇于2450年9月20日17:00前报送以下两项材料，逾期不再受理。\n").requirements
    assert "两项材料" in r.title, r.title
