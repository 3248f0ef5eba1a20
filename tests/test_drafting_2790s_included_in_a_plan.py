"""What held-out notice 2798 showed the drafter missing (fixed on branch h-fixn137h), on notice texts written for these
tests, with near misses that must not change: the plan or list the things worked on are included in (`对辖区内纳入年度
修复计划的废弃矿山逐个图斑统计…，填写《…统计表》`, `对列入整治清单的企业…`) names which things, no paper sent
(`asks_nothing.INCLUDED_IN`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县自然资源局", "关于做好废弃矿山生态修复进展情况统计工作的通知", "各乡镇人民政府", body, "2939年6月16日",
        opening="为加快推进废弃矿山生态修复，现将有关事项通知如下。",
        mailbox="jczrzyj_ks2939@163.com", contact="曹立新  电话：0429-7163058"))


def test_the_plan_the_mines_are_included_in_is_no_paper(tmp_path):
    r = draft(tmp_path, "各乡镇要对辖区内纳入年度修复计划的废弃矿山逐个图斑统计治理面积、复绿情况和资金使用情况，填写"
                        "《废弃矿山生态修复进展统计表》（Excel格式），附修复现场照片，于6月24日下午4点前发送至上述邮箱。"
                        ).requirements[0]
    assert part_shapes(r) == ["photo", "sheet"]


def test_a_list_the_firms_are_put_on_is_no_paper(tmp_path):
    r = draft(tmp_path, "各乡镇要对列入整治清单的企业逐一核实整改进度，填写《整治进度统计表》（Excel格式），于6月24日前"
                        "报送。").requirements[0]
    assert part_shapes(r) == ["sheet"]


def test_a_plan_named_before_its_things_after_a_comma_of_work(tmp_path):
    r = draft(tmp_path, "请各乡镇对已列入本年度改造计划的老旧小区，逐个统计开工和完工情况，于6月24日前将《老旧小区改造进度表》"
                        "（Excel格式）报送。").requirements[0]
    assert part_shapes(r) == ["sheet"]


def test_near_miss_the_plan_itself_sent_stays_a_paper(tmp_path):
    r = draft(tmp_path, "各乡镇要将废弃矿山纳入年度修复计划，于6月24日前报送年度修复计划（Word格式）和《废弃矿山生态修复进展"
                        "统计表》（Excel格式）。").requirements[0]
    assert part_shapes(r) == ["document", "sheet"]
