"""What held-out mailbox 79's notice showed the drafter missing, on notice texts written for these tests, with a near
miss: a section heading naming the materials it lists (`三、报送材料。（一）…；（二）…。以上材料请于…`) is no material of
its own; 材料 said in a sentence that sends it still is."""

from __future__ import annotations

from test_drafting import part_shape

from collector.drafting import draft_campaign
from collector.drafting.requirements import material_names
from collector.roster import builtin_roster

ROSTER = builtin_roster()


def draft(body: str):
    text = (f"关于推荐2452年度老年教育先进集体的通知\n各乡镇人民政府：\n    现将有关事项通知如下：\n{body}\n"
            "联系人：马立群  联系电话：0429-7712301\n\n建昌县老干部局\n2452年6月1日\n")
    return draft_campaign(text, ROSTER)


def test_the_heading_of_the_list_is_no_material():
    (r,) = draft("    三、报送材料。（一）填写《老年教育先进集体推荐表》（Word格式），附1000字以内的先进事迹；"
                 "（二）填写《推荐情况汇总表》（Excel格式）。以上材料请于2452年6月20日17:00前报送至邮箱jclgj2452@163.com。").requirements
    assert sorted(map(part_shape, r.parts)) == ["document", "sheet"], r.parts
    assert not r.title.startswith("材料"), r.title


def test_materials_said_in_a_sentence_stay():
    assert material_names("请于6月20日前报送工作总结及相关材料") == ["工作总结", "材料"]
    assert material_names("三、报送材料。（一）《推荐表》（Word格式）") == ["推荐表"]
