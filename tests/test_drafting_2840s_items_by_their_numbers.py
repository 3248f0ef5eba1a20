"""What held-out notice 2845 showed the drafter missing (fixed in part on branch h-fixn141h), on notice texts written
for these tests: deadlines fronted by the numbers of the items above (`以上第1、2项材料请于7月20日16:00前一并发送…，第3项材料
请于7月27日前…`) are those items' papers, and an item opening with its own unit (`3.县教育局针对…问题，形成…说明`) is that
unit's alone. With a near miss that must not change."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def by_due(tmp_path, body: str, addressee: str = "县水利局、县交通局、县教育局"):
    c = draft_of_a_file(tmp_path, notice_text(
        "县发改局", "关于做好项目建设进度调度工作的通知", addressee, body, "2962年7月12日",
        opening="现就项目建设进度调度有关事项通知如下：", contact="郑凯  联系电话：0429-7226503"))
    return {r.due.strftime("%m-%d"): (set(r.units), sorted(map(part_shape, r.parts))) for r in c.requirements}


ITEMS = ("1.各项目单位填写建设进度调度表（Excel格式）；\n2.每个项目提供施工现场照片2至3张（JPG格式）；\n"
         "3.{}\n")
ALL = {"县水利局", "县交通局", "县教育局"}


def test_items_fronted_by_their_numbers_and_an_item_of_its_own_unit(tmp_path):
    got = by_due(tmp_path, ITEMS.format("县教育局针对审计指出的问题，形成问题整改说明（Word格式）。")
                 + "以上第1、2项材料请于7月20日16:00前一并发送至jcfgj_yu@163.com，第3项材料请于7月27日前发送至同一邮箱。")
    assert got["07-20"] == (ALL, ["photo", "sheet"])
    assert got["07-27"][0] == {"县教育局"}


def test_variant_shangshu_and_a_range(tmp_path):
    got = by_due(tmp_path, ITEMS.format("县教育局结合审计发现的问题，形成问题整改说明（Word格式）。")
                 + "上述第1至2项材料须于7月20日16:00前一并报送至jcfgj_yu@163.com；第3项材料请于7月27日前报送。")
    assert got["07-20"] == (ALL, ["photo", "sheet"])
    assert got["07-27"][0] == {"县教育局"}


def test_variant_a_town_opening_its_item(tmp_path):
    got = by_due(tmp_path, ITEMS.format("大屯镇针对审计指出的问题，形成问题整改说明（Word格式）。")
                 + "以上第1、2项材料请于7月20日16:00前一并发送至jcfgj_yu@163.com，第3项材料请于7月27日前发送至同一邮箱。",
                 addressee="县水利局、县交通局、县教育局、大屯镇人民政府")
    assert got["07-20"][1] == ["photo", "sheet"]
    assert got["07-27"][0] == {"大屯镇"}


def test_near_miss_the_pointer_sent_with_jiang_is_read_as_before(tmp_path):
    got = by_due(tmp_path, ITEMS.format("问题整改说明（Word格式）。")
                 + "请各单位于7月20日16:00前将以上第1、2项材料一并发送至jcfgj_yu@163.com，第3项材料请于7月27日前发送至同一邮箱。")
    assert got["07-20"][0] == ALL and got["07-27"][0] == ALL
