"""What held-out notices 1880–1899 showed the drafter missing in units (the share of branch h-fixn94c), on notice texts
written for these tests, each with a near miss that must not fire: an addressee 各有关单位 the body defines as the units
of one clause, `A、B和C为成员单位（以下简称各有关单位）`, not the 牵头 bureau of the clause before (1889); an 附件's list
with a bracket leaving a unit out, `附件1所列单位（X除外）` (1895); the unit a 请 asks with its name glued to a verb no
list holds, `请县融媒体中心拍摄…` (1895)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
BOX = "jcswj_shuiku@163.com"


def draft(body: str, salutation: str = "各有关单位：", tail: str = ""):
    text = (f"关于开展2470年小型水库安全度汛检查的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：程明  联系电话：0429-7435120\n\n建昌县水利局\n2470年5月4日\n{tail}")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- 1889: （以下简称各有关单位） after a clause of units

DEFINED = ("今年检查由县水利局牵头，{who}为成员单位（以下简称各有关单位）。\n"
           "一、请各有关单位于5月15日（星期五）前报送《水库隐患排查表》（Excel格式）。\n"
           "二、县应急局另于5月22日（星期五）前报送应急预案（Word格式）。\n")


def test_an_addressee_the_body_names_so_is_the_units_of_the_defining_clause():
    d = draft(DEFINED.format(who="县应急局、县气象局和杨树湾子乡、和尚房子乡人民政府"))
    sheet, plan = d.requirements
    assert sorted(sheet.units) == sorted(["县应急局", "县气象局", "杨树湾子乡", "和尚房子乡"])  # not 县水利局 (牵头)
    assert plan.units == ["县应急局"]
    assert any("各有关单位" in line and "简称" in line for line in d.unsettled)


def test_an_addressee_the_body_names_by_another_short_name_stays_undecided():
    """Near miss: the body's short name is another word (成员单位), not the addressee's 各有关单位."""
    body = DEFINED.format(who="县应急局、县气象局").replace("以下简称各有关单位", "以下简称成员单位")
    d = draft(body)
    assert d.requirements[0].units == []
    assert any("各有关单位" in line and "无法确定" in line for line in d.unsettled)


def test_a_short_name_after_a_clause_without_units_takes_the_units_said_before():
    """Near miss: the bracket's own clause names no unit, so the units of the sentence before it stand (the earlier rule)."""
    body = ("一、县应急局、县气象局要配合做好汛前检查，上述配合单位（以下简称各有关单位）须明确一名联络员。\n"
            "二、请各有关单位于5月15日（星期五）前报送《水库隐患排查表》（Excel格式）。\n")
    (r,) = draft(body).requirements
    assert sorted(r.units) == sorted(["县应急局", "县气象局"])


# ---------------------------------------------------------------- 1895: 附件1所列单位（X除外）; 请X<any verb>

LISTED = ("一、请附件1所列单位{out}于5月15日（星期五）前报送《水库隐患排查表》（Excel格式）。\n"
          "二、请县融媒体中心录制防汛宣传短片一部（MP4格式），于5月22日（星期五）下午5时前发送至上述邮箱。\n")
ANNEX = "附件1\n检查单位名单\n建昌县杨树湾子乡人民政府\n建昌县和尚房子乡人民政府\n建昌县气象局\n建昌县融媒体中心\n"


def test_a_unit_an_annex_list_bracket_leaves_out_is_not_asked_with_the_list():
    sheet, _ = draft(LISTED.format(out="（建昌县融媒体中心除外）"), tail=ANNEX).requirements
    assert sorted(sheet.units) == sorted(["杨树湾子乡", "和尚房子乡", "县气象局"])


def test_an_annex_list_without_a_bracket_keeps_every_unit():
    """Near miss: no bracket after 附件1所列单位: the whole list."""
    sheet, _ = draft(LISTED.format(out=""), tail=ANNEX).requirements
    assert sorted(sheet.units) == sorted(["杨树湾子乡", "和尚房子乡", "县气象局", "县融媒体中心"])


def test_the_unit_a_request_asks_with_its_name_glued_to_a_verb_is_the_one_asked():
    _, video = draft(LISTED.format(out="（建昌县融媒体中心除外）"), tail=ANNEX).requirements
    assert video.units == ["县融媒体中心"]


def test_words_after_a_request_that_open_with_no_unit_name_no_one():
    """Near miss: 请认真录制… opens with no roster name; the request is its paragraph's (the salutation's) units."""
    body = ("一、请县融媒体中心、县气象局做好防汛宣传。\n"
            "二、请认真录制防汛宣传短片一部（MP4格式），于5月22日（星期五）下午5时前发送至上述邮箱。\n")
    (video,) = draft(body, "县融媒体中心，县气象局：").requirements
    assert sorted(video.units) == sorted(["县融媒体中心", "县气象局"])
