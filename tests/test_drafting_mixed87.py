"""What held-out mixed87 showed the drafter missing (branch h-fixd87), on notice texts written for these tests, each
with a near miss that must not change: an hour in brackets right after 下班前 is the deadline's hour, no question (H1);
a short form of a name never starts mid-word where a three-character place or post word is the odd one (H3); a
material a 报送内容 paragraph sends outright (`；并报送《…》（Word格式）1篇`) is a part beside the one it has made, with
a sentence between the paragraph and the date (W1)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.timing.off_work_hour import hour_in_brackets_after
from collector.drafting.words import part_words, words_of
from collector.roster import builtin_roster

ROSTER = builtin_roster()
BOX = "jcnyj_zhk@163.com"


def draft(body: str):
    text = ("关于报送2095年春季农田水利设施巡查情况的通知\n\n建昌镇人民政府，石佛乡人民政府，县教育局：\n"
            f"{body}\n联系人：县农业农村局 周海涛  电话：0429-7716054\n\n建昌县农业农村局\n2095年3月9日\n")
    return draft_campaign(text, ROSTER)


CONTENTS = "    一、报送内容。各单位填写《农田水利设施巡查登记表》（Excel格式）。\n"


def sending(when: str) -> str:
    return f"    二、报送时间。请于2095年3月20日（星期五）{when}报送至邮箱{BOX}。"


# ---------------------------------------------------------------- H1: 下班前（17:30）


def test_an_hour_in_brackets_after_xiaban_qian_is_the_deadline_with_no_question():
    d = draft(CONTENTS + sending("下班前（17:30）"))
    (r,) = d.requirements
    assert r.due.time() == dt.time(17, 30)
    assert not any("下班" in line for line in d.unsettled)


def test_an_afternoon_hour_in_words_in_the_bracket_too():
    assert hour_in_brackets_after("（下午5点半前）报送") == dt.time(17, 30)
    assert hour_in_brackets_after("(18时)") == dt.time(18, 0)


def test_near_miss_a_plain_xiaban_qian_stays_17_with_its_question():
    d = draft(CONTENTS + sending("下班前"))
    (r,) = d.requirements
    assert r.due.time() == dt.time(17, 0)
    assert any("下班前" in line for line in d.unsettled)


def test_near_miss_a_bracket_with_no_hour_reads_none():
    assert hour_in_brackets_after("（星期五）") is None
    assert hour_in_brackets_after("（25:00）") is None


# ---------------------------------------------------------------- H3: no word cut mid-word


def test_a_three_character_place_word_is_the_odd_one_so_no_hint_starts_mid_word():
    assert words_of("农田水利巡查点情况登记表") == ["农田", "水利", "巡查点", "情况", "登记表"]
    assert part_words("农田水利巡查点情况登记表") == ["巡查点情况登记表", "水利巡查点"]


def test_a_three_character_person_word_is_the_odd_one_too():
    # mixed19's 基层应急信息员名单 and mixed42's …监测员名单 were cut 息员名单, 测员名单 before
    assert words_of("乡镇水利巡查员名单") == ["乡镇", "水利", "巡查员", "名单"]
    assert "息员名单" not in part_words("基层应急信息员名单")


def test_a_drawing_is_a_word_of_its_own_so_no_hint_starts_mid_word():
    # mixed52's 办公用房平面示意图 was cut 面示意图 once 示意图 was read as a material
    assert words_of("办公用房平面示意图") == ["办公", "用房", "平面", "示意图"]
    assert part_words("园区排水管网图") == ["排水管网图"]


def test_the_hints_of_the_drafted_requirement_start_at_words():
    d = draft("    一、报送内容。各单位填写《森林防火检查站情况登记表》（Excel格式）。\n" + sending("17:00前"))
    (r,) = d.requirements
    assert "查站情况登记表" not in r.hints and "火检查站" not in r.hints
    assert {"检查站情况登记表", "防火检查站"} <= set(r.hints)


def test_near_miss_an_even_name_is_still_cut_two_by_two():
    assert words_of("安全重点单位名单") == ["安全", "重点", "单位", "名单"]
    assert words_of("村级田长和网格员名单") == ["村级", "田长", "和", "网格员", "名单"]


# ---------------------------------------------------------------- W1: ；并报送《…》 in the 报送内容 paragraph


SENT_TOO = ("    一、报送内容。请各单位填写《农田水利设施巡查台账》（Excel格式，样式见附件），逐项填报巡查情况；"
            "并报送《农田水利管护工作总结》（Word格式）1篇，字数2000字以内。县教育局报送校园周边水利设施情况。\n")


def test_a_material_sent_outright_in_the_contents_paragraph_is_a_second_part():
    (r,) = draft(SENT_TOO + sending("17:00前")).requirements
    assert sorted(p["title"] for p in r.parts) == ["农田水利管护工作总结", "农田水利设施巡查台账"]
    assert r.title == "农田水利设施巡查台账及农田水利管护工作总结"
    doc = next(p for p in r.parts if p["title"] == "农田水利管护工作总结")
    assert doc["formats"] == ["docx", "doc", "wps"]


def test_near_miss_a_sending_of_facts_with_no_title_or_format_is_no_part():
    body = ("    一、报送内容。请各单位填写《农田水利设施巡查台账》（Excel格式），逐项填报巡查情况；并报送本单位管护情况。"
            "县教育局报送校园周边水利设施情况。\n")
    (r,) = draft(body + sending("17:00前")).requirements
    assert [p["title"] for p in r.parts] == ["农田水利设施巡查台账"]
