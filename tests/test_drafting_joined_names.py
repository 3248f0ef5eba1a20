"""A material's name joined inside by 及 / 和 / 与 (collector/drafting/materials/joined_in_a_name.py, words.words_of), on notice
texts written for these tests: the name runs back past the joiner (and past a list's 、) to the plain noun it joins —
after a sending verb or 将, inside a 《title》 — and its short forms start at a word (保洁员名单, never 洁员名单). Each with a near
miss that must not change: a material or a 情况 before the joiner is a name of its own (two parts), 及时 is no joiner,
a word after a date is none, nor are units, papers of their own (会议记录), copies (电子版) or contents listed after 包括.
A material named twice, each name joined inside, is one part (the 《》 one)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.words import short_name, words_of
from collector.roster import builtin_roster

ROSTER = builtin_roster()
BY = "一、请各乡镇于10月20日（星期一）前"


def draft(body: str):
    text = (f"关于做好2463年秋冬季河道清理整治工作的通知\n各乡镇人民政府：\n{body}\n报送邮箱：jcslj_hd2463@163.com\n"
            f"联系人：孟庆丰  联系电话：0429-7716612\n\n建昌县水利局\n2463年10月8日\n")
    (r,) = draft_campaign(text, ROSTER).requirements
    return r


def titles(body: str) -> list[str]:
    return [p["title"] for p in draft(body).parts]


# ---------------------------------------------------------------- after a sending verb

def test_a_name_joined_after_the_sending_verb_is_one_report():
    r = draft(f"{BY}报送河道清淤及疏浚情况报告（Word格式）。\n")
    assert r.title == "河道清淤及疏浚情况报告"
    assert [p["title"] for p in r.parts] == ["河道清淤及疏浚情况报告"]


def test_a_material_before_the_joiner_is_a_file_of_its_own():
    """Near miss: 清淤统计表 before 及 names a table; 及 is between two files."""
    assert titles(f"{BY}报送清淤统计表及疏浚情况报告（Word格式）。\n") == ["疏浚情况报告", "清淤统计表"]


def test_a_matter_before_the_joiner_is_a_name_of_its_own():
    """Near miss: 清淤情况 before 和 is the facts of a matter, a name of its own: the report is named from after 和."""
    assert draft(f"{BY}报送清淤情况和疏浚工作总结（Word格式）。\n").title == "疏浚工作总结"


def test_jishi_is_no_joiner():
    """Near miss: 及时 (in time) joins nothing: the report is named from after it, as before."""
    assert draft("一、各乡镇要及时报送疏浚情况报告，于10月20日（星期一）前报送。\n").title == "疏浚情况报告"


# ---------------------------------------------------------------- in a list after 、

def test_a_list_of_plain_words_joined_by_dun_and_he_is_one_name():
    """The whole list names the one table (it was cut at the 、 to 巡河员和保洁员名单 before 、 joined plain words)."""
    r = draft(f"{BY}报送本乡镇河长、巡河员和保洁员名单（Excel格式）。\n")
    assert r.title == "河长、巡河员和保洁员名单"


def test_facts_of_two_matters_joined_after_a_list_are_one_document():
    assert titles(f"{BY}报送本乡镇河道巡查、隐患排查和整改情况（Word格式）。\n") == ["隐患排查和整改情况"]


# ---------------------------------------------------------------- inside a 《title》

def test_a_title_joined_inside_by_ji_is_whole():
    r = draft(f"{BY}报送《农村及城郊河道巡查情况统计表》（Excel格式）。\n")
    assert [p["title"] for p in r.parts] == ["农村及城郊河道巡查情况统计表"]


def test_a_word_after_a_date_is_not_joined():
    """Near miss: what stands before 和 after the date is no plain noun opening a name: cut at 和 as before."""
    assert draft("一、请各乡镇于10月20日前清淤和疏浚情况报告报送至邮箱。\n").title == "疏浚情况报告"


# ---------------------------------------------------------------- the short forms of a joined name

def test_no_hint_starts_mid_word_after_the_joiner():
    r = draft(f"{BY}报送本乡镇河长、巡河员和保洁员名单（Excel格式）。\n")
    assert "保洁员名单" in r.hints and not any(h.startswith(("洁员", "和")) for h in r.hints)
    assert short_name("巡河员和保洁员名单") == "保洁员名单"


def test_the_joiner_is_a_word_of_its_own():
    assert words_of("巡河员和保洁员名单")[-3:] == ["和", "保洁员", "名单"]


def test_a_name_without_a_joiner_is_cut_as_before():
    """Near miss: 以及 / 涉及 hold no joiner of a name; the cut by two characters from the end is unchanged."""
    assert words_of("涉及问题清单") == ["涉及", "问题", "清单"]
    assert short_name("河道清淤及疏浚情况报告") == "疏浚情况报告"


# ---------------------------------------------------------------- one material named twice, each joined inside

def test_a_material_named_as_work_then_by_its_title_is_one_part():
    """提供…名单 then 将《…名单》发送: the words after each joiner (河道保洁人员名单, 保洁人员名单) are one inside the other:
    one material, the one titled in 《》 kept."""
    r = draft("一、各乡镇负责提供本乡镇中心村、自然村及河道保洁人员名单，请于10月20日（星期一）前将《村庄及保洁人员名单》"
              "（Excel格式）发送至邮箱。\n")
    assert [p["title"] for p in r.parts] == ["村庄及保洁人员名单"]


def test_two_names_joined_inside_of_other_matters_are_two_parts():
    """Near miss: the words after the joiners (疏浚情况报告, 保洁人员名单) are not one inside the other: two files."""
    assert sorted(titles(f"{BY}报送河道清淤及疏浚情况报告和《巡河及保洁人员名单》（Excel格式）。\n")) == [
        "巡河及保洁人员名单", "河道清淤及疏浚情况报告"]


# ---------------------------------------------------------------- after 将, and a list of matters with 、

def test_a_name_joined_after_jiang_is_one_report():
    r = draft("一、请各乡镇将河道清淤及疏浚情况报告（Word格式）于10月20日（星期一）前报送。\n")
    assert [p["title"] for p in r.parts] == ["河道清淤及疏浚情况报告"]


def test_matters_listed_with_a_dun_before_one_paper_are_its_name():
    r = draft(f"{BY}报送河道、沟渠清淤情况说明（Word格式）。\n")
    assert [p["title"] for p in r.parts] == ["河道、沟渠清淤情况说明"]
    assert "沟渠清淤情况说明" in r.hints and not any("、" in h for h in r.hints)


def test_near_miss_papers_listed_with_a_dun_stay_papers_of_their_own():
    """会议记录 is a paper of its own beside the photos; a copy word (电子版) and units listed are no matters of a name."""
    assert not any("、" in t for t in titles(f"{BY}报送清淤会议记录、清淤现场照片。\n"))
    assert not any("、" in t for t in titles(f"{BY}将清淤统计表电子版及扫描件报送。\n"))


def test_near_miss_contents_listed_after_baokuo_are_no_name():
    r = draft(f"{BY}报送河道清理工作总结，包括清淤进度、资金使用、典型做法等。\n")
    assert [p["title"] for p in r.parts] == ["河道清理工作总结"]



def test_a_dun_inside_a_quoted_name_is_that_names_own():
    """《“双随机、一公开”工作总结》: the quoted name is one name, the topic of the bare 工作总结 in its title; its hints keep
    it whole, never the cut `一公开”工作总结` with a stray quote mark (`words.last_listed`)."""
    r = draft(f"{BY}将《河道“双随机、一公开”工作总结》（Word格式）报送至邮箱。\n")
    assert "双随机、一公开工作总结" in r.hints and not any("”" in h or h.startswith("一公开") for h in r.hints)


def test_near_miss_matters_listed_before_a_quoted_name_are_still_cut():
    r = draft(f"{BY}报送河道、沟渠“清四乱”整治情况说明（Word格式）。\n")
    assert not any("、" in h for h in r.hints)
