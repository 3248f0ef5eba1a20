"""What held-out notices 1980–1999 showed the drafter missing in who sends (fixed on branch h-fixn99b), on notice texts
written for these tests, each with a near miss that must not change: a closing line that a thing sent already is not
sent again (`各部门此前已报送的…不再重复报送`) lets no unit off what the notice asks now (1998); an item opening with one
bureau that says why (`县财政局涉及…较多`) and asks it to send `上述材料` earlier is that bureau's, asks the materials of the
item above, and takes the bureau out of the group's later requirement (1995)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
DEPARTMENTS = sorted(ROSTER.names(["department"]))


def draft(body: str):
    text = (f"建昌县统计局\n关于开展2660年统计台账规范化检查工作的通知\n县直各部门：\n{body}\n"
            f"联系人：孙倩  联系电话：0429-7712418\n\n建昌县统计局\n2660年10月9日\n")
    return draft_campaign(text, ROSTER)


ASKED = ("一、县直各部门逐项自查，于10月24日（星期五）前将《统计台账自查表》（Excel格式）及台账佐证材料（打包为压缩包）报送"
         "县统计局邮箱jctjj_tz@163.com。\n")


# ---------------------------------------------------------------- 已报送的X不再重复报送 (1998)

def test_a_thing_sent_already_not_sent_again_lets_no_unit_off_the_new_ask():
    (r,) = draft("一、县直各部门于10月24日（星期五）前将《统计台账自查表》（Excel格式）报送县统计局邮箱jctjj_tz@163.com。\n"
                 "各部门上半年已报送的统计人员名单不再重复报送。").requirements
    assert sorted(r.units) == DEPARTMENTS


def test_near_miss_a_unit_that_sent_already_and_is_let_off_leaves():
    (r,) = draft("一、县直各部门于10月24日（星期五）前将《统计台账自查表》（Excel格式）报送县统计局邮箱jctjj_tz@163.com。\n"
                 "县公安局已报送统计台账，本次无需报送。").requirements
    assert sorted(r.units) == [u for u in DEPARTMENTS if u != "县公安局"]


# ---------------------------------------------------------------- 县X局…较多，请提前于…报送上述材料 (1995)

def test_a_bureau_opening_its_item_with_why_it_is_asked_is_who_sends_it():
    _, own = draft(ASKED + "二、县财政局涉及业务门类较多，请提前于10月17日（星期五）前报送上述材料。").requirements
    assert own.units == ["县财政局"]


def test_near_miss_a_bureau_asked_with_please_alone_was_read_before():
    _, own = draft(ASKED + "二、县财政局请于10月17日（星期五）前报送上述材料。").requirements
    assert own.units == ["县财政局"]


def test_the_materials_above_sent_by_a_date_of_their_own_are_what_the_item_above_sends():
    _, own = draft(ASKED + "二、县财政局请提前于10月17日（星期五）前报送上述材料。").requirements
    assert sorted(p["title"] for p in own.parts) == ["台账佐证材料", "统计台账自查表"]  # what item 一 sends


def test_near_miss_a_bureau_naming_a_material_of_its_own_sends_that():
    _, own = draft(ASKED + "二、县财政局请于10月17日（星期五）前将《报表清单》（Word格式）报送。").requirements
    assert [(p["title"], p["formats"][0]) for p in own.parts] == [("报表清单", "docx")]


ONE_SHEET = "一、县直各部门逐项自查，于10月24日（星期五）前将《统计台账自查表》（Excel格式）报送县统计局邮箱jctjj_tz@163.com。\n"


def test_a_bureau_sending_the_same_material_earlier_leaves_the_groups_later_date():
    group, own = draft(ONE_SHEET + "二、县财政局请提前于10月17日（星期五）前将《统计台账自查表》（Excel格式）报送。").requirements
    assert own.units == ["县财政局"]
    assert sorted(group.units) == [u for u in DEPARTMENTS if u != "县财政局"]


def test_near_miss_a_bureau_sending_another_thing_earlier_stays_in_the_group():
    group, own = draft(ONE_SHEET + "二、县财政局请于10月17日（星期五）前将《报表清单》（Word格式）报送。").requirements
    assert own.units == ["县财政局"]
    assert sorted(group.units) == DEPARTMENTS
