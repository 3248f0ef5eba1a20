"""What held-out notices 1720–1739 showed the drafter missing in a requirement's units (the share of branch h-fixn86a),
on notice texts written for these tests, each with a near miss that must not fire: a group word inside the material a
named unit sends (1723); `上表所列乡镇` under a table a PDF gave back as space-parted cells (1731); a group the body makes
of units it names, `确定…为…重点乡`, then `各重点乡` (1736)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcybzj_zb@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于做好2471年度城乡居民医疗保险征缴工作的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：孙伟  联系电话：0429-7716609\n\n建昌县医疗保障局\n2471年10月8日\n{tail}")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- 1723: 将各乡镇…明细 sent by the unit the sentence names

WHOSE = ("一、各乡镇请于10月21日（星期五）前，将参保缴费进度统计表（Excel格式）发送至上述邮箱。\n"
         "二、{who}请于10月27日（星期四）前，将各乡镇缴费入库明细（Excel格式）发送至上述邮箱。\n")


def test_a_group_inside_what_a_named_unit_sends_is_whose_material_not_a_sender():
    towns, tax = draft(WHOSE.format(who="县税务局"), "各乡镇人民政府，县税务局：").requirements
    assert sorted(towns.units) == TOWNS
    assert tax.units == ["县税务局"]


def test_a_group_inside_what_is_sent_stays_the_sender_when_no_one_else_is_named():
    """Near miss: 请于…前将各乡镇…发送 names no other sender: the towns send it."""
    body = "一、请于10月27日（星期四）前，将各乡镇缴费入库明细（Excel格式）发送至上述邮箱。\n"
    (r,) = draft(body, "各乡镇人民政府，县税务局：").requirements
    assert set(TOWNS) <= set(r.units)


def test_a_group_named_as_senders_beside_a_unit_still_sends():
    """Near miss: 县税务局、各乡镇请于… — the group stands before 将, among the senders."""
    body = "一、县税务局、各乡镇请于10月27日（星期四）前，将缴费入库明细（Excel格式）发送至上述邮箱。\n"
    (r,) = draft(body, "各乡镇人民政府，县税务局：").requirements
    assert sorted(r.units) == sorted(TOWNS + ["县税务局"])


# ---------------------------------------------------------------- 1731: 上表所列乡镇 under a PDF's table

PDF_TABLE = ("为加强不可移动文物安全管理，现决定开展巡查。重点巡查文物点如下：\n"
             "乡镇 文物点 级别 公布时间\n石佛乡 石佛寺塔 省级 2458 年\n大屯镇 大屯遗址 县级 2463 年\n"
             "一、{who}请于5月15日（星期五）前，将巡查记录表（Excel格式）和现场照片发送至上述邮箱。\n"
             "二、县公安局请于5月22日（星期五）前，将涉文物案件办理情况报告（Word格式）发送至上述邮箱。\n")


def test_towns_listed_in_a_pdfs_table_above_are_the_senders():
    towns, police = draft(PDF_TABLE.format(who="上表所列乡镇"), "有关乡镇人民政府，县公安局：").requirements
    assert sorted(towns.units) == ["大屯镇", "石佛乡"]
    assert police.units == ["县公安局"]


def test_every_town_beside_a_pdfs_table_stays_every_town():
    """Near miss: 各乡镇 is every town, whatever the table lists."""
    towns, police = draft(PDF_TABLE.format(who="各乡镇"), "各乡镇人民政府，县公安局：").requirements
    assert sorted(towns.units) == TOWNS
    assert police.units == ["县公安局"]


# ---------------------------------------------------------------- 1736: 确定A、B、C为…重点乡, then 各重点乡

CHOSEN = ("经研究，确定石佛乡、要路沟乡、魏家岭乡为2471年度创建重点乡。现将有关事项通知如下。\n"
          "一、{who}请于6月8日（星期五）前，将示范点申报表（Excel格式）发送至上述邮箱。\n"
          "二、县教育局、县文旅局请分别于6月27日（星期三）前，将进校园工作方案（Word格式）发送至上述邮箱。\n")
THREE = "石佛乡、要路沟乡、魏家岭乡人民政府，县教育局，县文旅局："


def test_a_group_the_body_makes_of_named_units_is_those_units():
    chosen, bureaus = draft(CHOSEN.format(who="各重点乡"), THREE).requirements
    assert sorted(chosen.units) == ["石佛乡", "要路沟乡", "魏家岭乡"]
    assert set(bureaus.units) == {"县文旅局", "县教育局"}


def test_a_group_the_body_makes_of_towns_among_every_town_is_those_towns():
    body = CHOSEN.replace("要路沟乡、魏家岭乡为2471年度创建重点乡", "大屯镇为2471年度示范乡镇").format(who="各示范乡镇")
    chosen, _ = draft(body, "各乡镇人民政府，县教育局，县文旅局：").requirements
    assert sorted(chosen.units) == ["大屯镇", "石佛乡"]


def test_a_chosen_town_whose_name_holds_he_is_one_town():
    """和尚房子乡 is one name: a list is parted at 和 only after a name's end (members_in_brackets.member_pieces)."""
    body = CHOSEN.replace("石佛乡、要路沟乡", "和尚房子乡、要路沟乡").format(who="各重点乡")
    chosen, _ = draft(body, "各乡镇人民政府，县教育局，县文旅局：").requirements
    assert sorted(chosen.units) == sorted(["和尚房子乡", "要路沟乡", "魏家岭乡"])


def test_a_group_word_the_body_never_makes_is_read_as_before():
    """Near miss: no 确定…为 names the 重点乡: 各重点乡 is not three townships of the text's choosing."""
    body = CHOSEN.replace("确定石佛乡、要路沟乡、魏家岭乡为2471年度创建重点乡", "推进2471年度创建").format(who="各重点乡")
    chosen, _ = draft(body, THREE).requirements
    assert sorted(chosen.units) == sorted(["石佛乡", "要路沟乡", "魏家岭乡", "县教育局", "县文旅局"])


def test_every_township_beside_a_chosen_group_stays_every_township():
    """Near miss: 各乡 is every township, whatever the body chose."""
    body = CHOSEN.format(who="各乡")
    chosen, _ = draft(body, "各乡镇人民政府，县教育局，县文旅局：").requirements
    assert sorted(chosen.units) == sorted(ROSTER.names(["township"]))


def test_a_choice_of_words_that_are_not_all_units_makes_no_group():
    """Near miss: 确定 a list that is not all roster units (村, 学校) makes no group of them."""
    body = CHOSEN.replace("石佛乡、要路沟乡、魏家岭乡为", "石佛乡、大杖子村为").format(who="各重点乡")
    chosen, _ = draft(body, THREE).requirements
    assert "县教育局" in chosen.units
