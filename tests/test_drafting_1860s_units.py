"""Misses of the blind batch 1860–1879 (the share of branch h-fixn93c), on notice texts written for these tests, each
with a near miss that must not change: a body off the roster asked with 请 (县残联请于…前报送) drafts nothing; a unit of
a group that 另需报送 one thing more 与…同时报送 sends the group's material and its own in a requirement of its own; a
name too long for one thing, joined by 和, is the thing after the joiner; a sentence naming no one after a list led in
by `X需报送以下材料：` is X's; 请上述乡镇 after a table of one town a row is every row's town; every item of a list a
colon's line leads in is read back, past two; the rounds of one material said apart by commas after a colon
(第一轮于…，第二轮于…) keep the head's senders and material; 不需报送Word版 lets no unit off and asks no Word copy,
仅报送盖章扫描件 the scan alone; a material sent 一并 with a round's material (与第一轮记录表一并报送) by the same
units is a part of that round's requirement."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster
from tests.test_drafting import part_shape
from tests.test_drafting import part_shapes as shapes

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府，县民政局，县财政局："):
    text = (f"建昌县乡村振兴局\n关于开展2463年农村公益岗位摸底工作的通知\n\n{salutation}\n为摸清全县农村公益岗位设置情况，"
            f"现将有关事项通知如下。\n{body}\n以上材料发送至jcxczx_gy2463@163.com。\n\n建昌县乡村振兴局\n2463年3月2日\n")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- a body off the roster asked with 请

def test_an_off_roster_body_asked_with_qing_drafts_nothing():
    body = ("一、各乡镇请于3月16日（星期一）前报送《公益岗位统计表》（Excel格式）。\n"
            "二、县残联请于3月23日（星期一）前报送残疾人公益岗位安置计划（Word格式）。\n")
    reqs = draft(body, "各乡镇人民政府，县残联：").requirements
    assert len(reqs) == 1 and set(reqs[0].units) == TOWNS


def test_a_roster_unit_asked_with_qing_keeps_its_requirement():
    """Near miss: 县民政局请于… is on the roster: its requirement stays."""
    body = ("一、各乡镇请于3月16日（星期一）前报送《公益岗位统计表》（Excel格式）。\n"
            "二、县民政局请于3月23日（星期一）前报送低保对象公益岗位安置计划（Word格式）。\n")
    reqs = draft(body).requirements
    assert [r.units for r in reqs][1] == ["县民政局"]


# ---------------------------------------------------------------- a unit's extra, sent with the group's material

GROUP = "（一）各乡镇、八家子经济开发区请于3月16日（星期一）前报送《公益岗位统计表》（Excel格式）。"


def test_a_unit_sending_one_thing_more_with_the_groups_material_is_its_own_requirement():
    body = GROUP + "八家子经济开发区另需报送《园区公益岗位名册》（Excel格式），与统计表同时报送。\n"
    reqs = draft(body, "各乡镇人民政府，八家子经济开发区管委会：").requirements
    assert len(reqs) == 2
    assert set(reqs[0].units) == TOWNS and shapes(reqs[0]) == ["sheet"]
    assert reqs[1].units == ["八家子经济开发区"] and shapes(reqs[1]) == ["sheet", "sheet"]
    assert len({p["id"] for p in reqs[1].parts}) == 2


def test_a_numbered_item_of_its_own_sending_with_the_groups_material_stays_apart():
    """Near miss: （二）…还需…，与统计表同时报送, an item of its own: its own requirement, the group's untouched."""
    body = GROUP + "\n（二）八家子经济开发区还需报送《园区公益岗位名册》（Excel格式），与统计表同时报送。\n"
    reqs = draft(body, "各乡镇人民政府，八家子经济开发区管委会：").requirements
    assert len(reqs) == 2 and "八家子经济开发区" in reqs[0].units and shapes(reqs[1]) == ["sheet"]


def test_a_unit_outside_the_group_sending_with_its_material_stays_apart():
    """Near miss: 县民政局 is not of the group that sends the 统计表: its own requirement, the group's untouched."""
    body = GROUP + "县民政局另需报送《低保对象公益岗位名册》（Excel格式），与统计表同时报送。\n"
    reqs = draft(body, "各乡镇人民政府，八家子经济开发区管委会，县民政局：").requirements
    assert len(reqs) == 2 and "八家子经济开发区" in reqs[0].units
    assert reqs[1].units == ["县民政局"] and shapes(reqs[1]) == ["sheet"]


# ---------------------------------------------------------------- a long name joined by 和, named by its format

def test_a_long_name_joined_by_he_is_the_thing_after_it():
    body = "一、县民政局、县财政局分别报送城镇岗位和农村岗位资金拨付情况分析（Word格式），于3月23日（星期一）前报送。\n"
    (r,) = draft(body).requirements
    assert [(part_shape(p), p["title"]) for p in r.parts] == [("document", "农村岗位资金拨付情况分析")]


def test_a_name_within_the_length_is_kept_whole():
    """Near miss: a name short enough for one thing is the whole name."""
    body = "一、县民政局、县财政局分别报送岗位资金拨付情况分析（Word格式），于3月23日（星期一）前报送。\n"
    (r,) = draft(body).requirements
    assert [(part_shape(p), p["title"]) for p in r.parts] == [("document", "岗位资金拨付情况分析")]


# ---------------------------------------------------------------- the senders a list's lead names

LISTED = ("（一）各乡镇需报送以下材料：\n（1）公益岗位统计表（Excel格式）；\n（2）岗位人员在岗照片；\n"
          "请于3月16日（星期一）前报送至上述邮箱。\n"
          "（二）县民政局报送低保对象安置方案（Word格式），于3月23日（星期一）前报送。\n")


def test_a_sentence_naming_no_one_after_a_list_is_the_list_leads_units():
    reqs = draft(LISTED).requirements
    assert set(reqs[0].units) == TOWNS


def test_a_list_led_in_by_no_one_leaves_the_sentence_to_the_addressees():
    """Near miss: the lead names nobody (需报送以下材料：): every addressee, as before."""
    reqs = draft(LISTED.replace("（一）各乡镇需报送", "（一）需报送")).requirements
    assert "县民政局" in reqs[0].units


# ---------------------------------------------------------------- 请上述乡镇 after a table of towns, one a row

TABLE = "一、岗位分布\n岗位名称\t所在乡镇\t人数\n护林员\t喇嘛洞镇\t12\n保洁员\t玲珑塔镇\t8\n护路员\t要路沟乡\t5\n"


def test_the_towns_above_are_every_rows_town():
    body = TABLE + "二、报送要求\n请上述乡镇于3月16日（星期一）前报送《公益岗位统计表》（Excel格式）。\n"
    (r,) = draft(body, "喇嘛洞镇、玲珑塔镇人民政府，要路沟乡人民政府：").requirements
    assert set(r.units) == {"喇嘛洞镇", "玲珑塔镇", "要路沟乡"}


def test_the_towns_above_counted_fewer_than_the_rows_are_not_every_row():
    """Near miss: 上述两个乡镇 against a table of three: not the table's three."""
    body = TABLE + "二、报送要求\n喇嘛洞镇、玲珑塔镇岗位较多。请上述两个乡镇于3月16日（星期一）前报送《公益岗位统计表》（Excel格式）。\n"
    (r,) = draft(body, "喇嘛洞镇、玲珑塔镇人民政府，要路沟乡人民政府：").requirements
    assert set(r.units) == {"喇嘛洞镇", "玲珑塔镇"}


# ---------------------------------------------------------------- every item a colon's line leads in

def test_every_item_of_a_list_led_by_a_colon_is_read_back():
    body = ("二、报送要求\n报送材料：\n1．公益岗位台账（Excel格式）；\n2．在岗照片（每岗不少于2张）；\n"
            "3．岗位巡查视频（MP4格式）。\n请各乡镇于3月16日（星期一）前报送。\n")
    (r,) = draft(body, "各乡镇人民政府：").requirements
    assert shapes(r) == ["photo", "sheet", "video"]


def test_two_items_read_back_as_before():
    """Near miss: two items only, the usual two read back."""
    body = ("二、报送要求\n报送材料：\n1．在岗照片（每岗不少于2张）；\n2．岗位巡查视频（MP4格式）。\n"
            "请各乡镇于3月16日（星期一）前报送。\n")
    (r,) = draft(body, "各乡镇人民政府：").requirements
    assert shapes(r) == ["photo", "video"]


# ---------------------------------------------------------------- rounds after a colon, apart by commas

ROUNDS = ("（一）各乡镇核查分两轮进行，每轮核查后报送《公益岗位核查表》（Excel格式）：第一轮于4月9日（星期四）前报送，"
          "第二轮于5月14日（星期四）前报送。\n")


def test_rounds_apart_by_commas_keep_the_heads_senders_and_material():
    reqs = draft(ROUNDS, "各乡镇人民政府：").requirements
    assert [r.due.month for r in reqs] == [4, 5]
    assert all(set(r.units) == TOWNS and shapes(r) == ["sheet"] for r in reqs)


def test_a_clause_after_the_date_that_is_no_date_leaves_the_line():
    """Near miss: the clause after the comma sets no date (逾期…): one requirement, as written."""
    body = "（一）各乡镇每季度报送《公益岗位核查表》（Excel格式）：第一季度于4月9日（星期四）前报送，逾期未报的予以通报。\n"
    (r,) = draft(body, "各乡镇人民政府：").requirements
    assert set(r.units) == TOWNS and shapes(r) == ["sheet"]


# ---------------------------------------------------------------- 不需报送Word版, 仅报送盖章扫描件, 一并 with a round

PLEDGE = ("（二）各乡镇组织公益岗位人员签订《在岗承诺书》，汇总后加盖乡镇公章，仅报送盖章扫描件（PDF格式），不需报送Word版，"
          "与第一轮核查表一并报送。\n")


def test_a_scan_only_pledge_sent_with_round_one_is_a_part_of_it():
    reqs = draft(ROUNDS + PLEDGE, "各乡镇人民政府：").requirements
    assert len(reqs) == 2
    assert set(reqs[0].units) == TOWNS and shapes(reqs[0]) == ["scan", "sheet"]
    assert shapes(reqs[1]) == ["sheet"]


def test_a_word_copy_let_off_lets_no_unit_off():
    body = ("（一）各乡镇请于3月16日（星期一）前报送《在岗承诺书》，加盖乡镇公章，仅报送盖章扫描件（PDF格式），"
            "不需报送Word版。\n")
    (r,) = draft(body, "各乡镇人民政府：").requirements
    assert set(r.units) == TOWNS and shapes(r) == ["scan"]


def test_a_let_off_of_the_material_still_lets_the_unit_off():
    """Near miss: 县民政局…不需报送材料 is a let-off of the unit."""
    body = ("（一）各乡镇、县民政局请于3月16日（星期一）前报送《公益岗位统计表》（Excel格式）。\n"
            "（二）县民政局配合做好核查，不需报送材料。\n")
    (r,) = draft(body).requirements
    assert "县民政局" not in r.units


def test_a_material_sent_at_the_same_time_by_the_same_units_stays_its_own():
    """Near miss: 同时报送 (not 一并): a requirement of its own, due with the 核查表."""
    body = ("（一）各乡镇请于4月9日（星期四）前报送《公益岗位核查表》（Excel格式）。\n"
            "（二）各乡镇组织公益岗位人员签订《在岗承诺书》，加盖乡镇公章后扫描，与核查表同时报送。\n")
    reqs = draft(body, "各乡镇人民政府：").requirements
    assert len(reqs) == 2 and reqs[1].title == "在岗承诺书" and reqs[1].due == reqs[0].due
