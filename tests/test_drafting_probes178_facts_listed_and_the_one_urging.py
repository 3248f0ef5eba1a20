"""What the lead's probes j1–j3 and h4–h7 showed the drafter missing (fixed on branch h-fixp178i), on notice texts written
for these tests, each with near misses that must not change:

- the facts of a matter listed beside another paper are a document of their own: `报送内容：` alone on its line leads the
  list under it in (`above.leads_a_list_in`), and the facts an item names (`1.村庄清洁行动开展情况；`) are a paper when
  `以上材料请于…报送` sends the list (the FRONTED_ANAPHOR branch of `sentence_requirements` had dropped them), so
  `1.…开展情况（含照片）；2.上半年工作总结。` is [document, document] (the 含 bracket: what the document holds);
- in one sentence, facts closed by a bracket of what they hold or bring (`将…开展情况（含照片）和上半年工作总结报送`) are a
  paper of their own before any paper named after the joining word (`material_lists.facts_joined_to_materials`);
- `请督促各乡镇卫生院、县直医疗机构开展…，于…前汇总报送…` addressed `县卫健局：` is the addressee's: the clinics are whom
  it urges, not the towns (`senders/urged_groups.py`)."""

from __future__ import annotations

import pytest
from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

from collector.roster import builtin_roster

TOWNS = sorted(u.name for u in builtin_roster().units if u.kind in ("town", "township"))


def village(tmp_path, body: str):
    (r,) = draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送农村人居环境整治工作进展情况的通知", "各乡镇人民政府", body, "3027年7月1日",
        mailbox="jcny_rjhj@163.com")).requirements
    return r


def titles(r) -> list[str]:
    return sorted(p["title"] for p in r.parts)


# ---------------------------------------------------------------- j2, j1: 报送内容： 1.…情况； 2.…总结。 以上材料请于…报送

LIST = "报送内容：\n1.村庄清洁行动开展情况{bracket}；\n2.上半年工作总结。\n以上材料请于7月15日前报送。"


def test_the_facts_listed_beside_a_paper_are_a_document_of_their_own(tmp_path):
    r = village(tmp_path, LIST.format(bracket=""))
    assert part_shapes(r) == ["document", "document"]
    assert titles(r) == ["上半年工作总结", "村庄清洁行动开展情况"]


def test_the_photos_of_the_facts_content_bracket_are_what_that_document_holds(tmp_path):
    r = village(tmp_path, LIST.format(bracket="（含照片）"))
    assert part_shapes(r) == ["document", "document"]
    assert titles(r) == ["上半年工作总结", "村庄清洁行动开展情况"]


@pytest.mark.parametrize("body, shapes", [
    # a list led in by 报送以下材料：, the same pointer after it
    ("报送以下材料：\n1.村庄清洁行动开展情况；\n2.上半年工作总结。\n以上材料请于7月15日前报送。", ["document", "document"]),
    # another label, （一） items, a titled table beside the facts
    ("需报送的材料：\n（一）秸秆禁烧工作开展情况；\n（二）《秸秆综合利用台账》（Excel格式）。\n上述材料请于7月15日前报送。",
     ["document", "sheet"]),
    # three items, two of them facts
    ("报送材料：\n1.农村厕所改造进展情况；\n2.农村生活垃圾治理情况；\n3.上半年工作总结。\n以上材料请于7月20日前报送。",
     ["document", "document", "document"]),
    # items under the contents heading, the sending sentence in a section of its own naming nothing (held-out 557's shape)
    ("一、报送内容\n（一）《村庄清洁行动统计表》（附件1）；\n（二）项目资金使用情况说明；\n（三）村庄清洁行动开展情况。\n"
     "二、报送时间\n请于7月15日前报送。", ["document", "document", "sheet"]),
    # under the label every item a paper already: both (the table alone before)
    ("报送内容：\n1.村庄清洁行动统计表（Excel格式）；\n2.上半年工作总结。\n以上材料请于7月15日前报送。", ["document", "sheet"]),
])
def test_variant_facts_listed_under_a_label_or_lead(tmp_path, body, shapes):
    assert part_shapes(village(tmp_path, body)) == shapes


def test_variant_facts_made_of_the_materials_their_item_brackets_are_those_materials(tmp_path):
    # as in a sentence (`开展情况（文字材料及图片）`): the text and the pictures, no account of the facts beside them
    r = village(tmp_path, "报送以下材料：\n1.村庄清洁行动开展情况（文字材料及图片）；\n2.上半年工作总结。\n请于7月15日前将以上材料报送。")
    assert part_shapes(r) == ["document", "document", "photo"]


@pytest.mark.parametrize("body, shapes", [
    # every item a paper already: as before
    ("报送以下材料：\n1.村庄清洁行动统计表（Excel格式）；\n2.上半年工作总结。\n以上材料请于7月15日前报送。", ["document", "sheet"]),
    # facts inside one paper's name: that paper
    ("报送以下材料：\n1.上半年工作开展情况及下半年工作打算；\n2.村庄清洁统计表（Excel格式）。\n以上材料请于7月15日前报送。",
     ["document", "sheet"]),
    # facts made of the materials their bracket names: those materials
    ("报送以下材料：\n1.村庄清洁行动开展情况（文字材料及图片）；\n2.上半年工作总结。\n以上材料请于7月15日前报送。",
     ["document", "document", "photo"]),
    # facts sent as their stamped scan: the scan, as before
    ("报送以下材料：\n1.村庄清洁行动开展情况（加盖公章扫描件）；\n2.上半年工作总结。\n请于7月15日前将以上材料报送。",
     ["document", "scan"]),
    # a label that says nothing of what is sent leads no list in: the paper just above, as before
    ("主要任务：\n1.村庄清洁行动开展情况；\n2.上半年工作总结。\n以上材料请于7月15日前报送。", ["document"]),
])
def test_near_miss_lists_the_rule_leaves_as_they_were(tmp_path, body, shapes):
    assert part_shapes(village(tmp_path, body)) == shapes


# ---------------------------------------------------------------- j3: 将…开展情况（含照片）和上半年工作总结报送

def test_facts_closed_by_their_content_bracket_are_a_paper_before_another(tmp_path):
    r = village(tmp_path, "请各乡镇于7月15日前将村庄清洁行动开展情况（含照片）和上半年工作总结报送县农业农村局。")
    assert part_shapes(r) == ["document", "document"]
    assert titles(r) == ["上半年工作总结", "村庄清洁行动开展情况"]


@pytest.mark.parametrize("body, shapes", [
    # the photos brought along (附): beside the document
    ("请于7月15日前将河道巡查情况（附现场照片）及整改报告报送县农业农村局。", ["document", "document", "photo"]),
    # what the facts hold is another paper (含问题清单): still inside them
    ("请于7月15日前将排查整治情况（含问题清单）及工作总结报送县农业农村局。", ["document", "document"]),
    # 报送 before them, a table after
    ("请于7月20日前报送秸秆禁烧巡查情况（含图片）和秸秆禁烧统计表（Excel格式）。", ["document", "sheet"]),
])
def test_variant_facts_closed_by_a_bracket_of_what_they_hold_or_bring(tmp_path, body, shapes):
    assert part_shapes(village(tmp_path, body)) == shapes


@pytest.mark.parametrize("body, shapes", [
    # no bracket: what that table holds, one sheet
    ("请于7月15日前将辖区砖厂基本情况及整治方式统计表（Excel格式）报送县农业农村局。", ["sheet"]),
    # a bracket naming the materials the facts are made of: those materials, as before
    ("请于7月15日前将村庄清洁行动开展情况（文字材料及图片）和上半年工作总结报送县农业农村局。",
     ["document", "document", "photo"]),
])
def test_near_miss_facts_with_no_bracket_of_what_they_hold(tmp_path, body, shapes):
    assert part_shapes(village(tmp_path, body)) == shapes


# ---------------------------------------------------------------- h6, h4: 县卫健局： 请督促各乡镇卫生院…，于…前汇总报送


def insurance(tmp_path, body: str, addressee: str = "县卫健局"):
    (r,) = draft_of_a_file(tmp_path, notice_text(
        "建昌县医疗保障局", "关于报送3027年度医保基金监管自查自纠情况的通知", addressee, body, "3027年7月8日",
        mailbox="jcyb_zc@163.com", contact="方芳 0429-7328000")).requirements
    return r


URGED = "请督促各乡镇卫生院、县直医疗机构开展医保基金使用自查自纠，于7月31日前汇总报送自查自纠情况报告及问题清单（Excel格式）。"


@pytest.mark.parametrize("addressee", ["县卫健局", "各定点医药机构，县卫健局"])
def test_the_unit_urging_the_clinics_sends_their_summary(tmp_path, addressee):
    r = insurance(tmp_path, URGED, addressee)
    assert sorted(r.units) == ["县卫健局"] and part_shapes(r) == ["document", "sheet"]


@pytest.mark.parametrize("body, addressee, units", [
    ("请指导各乡镇中心学校开展校园食品安全自查，汇总后于8月5日前报送自查报告（Word格式）。", "县教育局", ["县教育局"]),
    ("请组织各乡镇卫生院开展家庭医生签约服务核查，于7月25日前汇总报送核查情况报告。", "县卫健局", ["县卫健局"]),
    ("请督促各乡镇卫生院、各乡镇中心学校开展传染病防控自查，于7月31日前汇总报送自查报告（Word格式）。",
     "县卫健局，县教育局", ["县卫健局", "县教育局"]),
])
def test_variant_bodies_in_each_town_guided_or_organised(tmp_path, body, addressee, units):
    assert sorted(insurance(tmp_path, body, addressee).units) == units


@pytest.mark.parametrize("body, addressee, units", [
    # the clinics asked themselves, no verb of urging: theirs, no roster unit (as before)
    ("请各乡镇卫生院于7月31日前报送自查自纠情况报告（Word格式）。", "县卫健局", []),
    # urged to send by the date themselves, no clause of the addressee's own after a comma: as before
    ("请督促各乡镇卫生院于7月31日前报送自查自纠情况报告。", "县卫健局", []),
    # the towns themselves urged: the towns, as before
    ("请督促各乡镇开展医保基金使用自查自纠，于7月31日前汇总报送自查自纠情况报告。", "各乡镇人民政府，县卫健局", TOWNS),
])
def test_near_miss_no_body_off_the_roster_urged_before_the_ask(tmp_path, body, addressee, units):
    assert sorted(insurance(tmp_path, body, addressee).units) == units
