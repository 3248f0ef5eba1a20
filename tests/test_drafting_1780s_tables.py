"""What held-out notices 1780–1799 showed the drafter missing in units and parts read from tables (the share of branch
h-fixn89a), on notice texts written for these tests, each with a near miss that must not fire: the table a unit is
told to check against (对照任务表逐一落实) is no spreadsheet to send (1781); `上表所列6个乡`, a count and 乡 alone, takes the
townships of the table above (1785); units named only in a table the body heads with its name (`三、联系人表`, then
`请联系人表所列单位…`), neither that table nor the 名单 whose members a sentence writes of (`名单内企业`) sent (1791)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
MAILBOX = "邮箱：jcqxsl_ban@163.com\n"


def draft(body: str, salutation: str = "各乡镇人民政府：", mailbox: str = MAILBOX):
    text = (f"关于开展2461年农田灌溉设施情况调查的通知\n{salutation}\n{body}\n{mailbox}"
            f"联系人：邬建平  联系电话：0429-7713528\n\n建昌县农田水利建设办公室\n2461年9月1日\n")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


# ---------------------------------------------------------------- 1781: 对照任务表逐一落实站址


TASKS = ("各乡镇任务数如下：\n乡镇\t新建机井（眼）\t完成时限\n建昌镇\t6\t10月31日\n其他各乡\t各2\t11月30日\n")


def test_the_table_a_unit_checks_against_is_not_sent():
    (r,) = draft(TASKS + "一、请各乡镇对照任务表逐一落实井位，填写《机井井位落实情况表》（Excel格式），附现场照片，"
                         "于9月12日（星期二）前发送至上述邮箱。").requirements
    assert kinds(r) == ["document/xlsx", "photo"]


def test_a_check_form_named_after_its_verb_is_still_sent():
    """Near miss: 填写对照检查表（Excel格式）: 对照 after the verb that fills it is the form's own name."""
    (r,) = draft("一、请各乡镇填写对照检查表（Excel格式），于9月12日（星期二）前发送至上述邮箱。").requirements
    assert kinds(r) == ["document/xlsx"]


# ---------------------------------------------------------------- 1785: 请上表所列6个乡


DAMAGE = ("受灾较重的乡如下：\n乡\t受灾面积（亩）\n老大杖子乡\t320\n要路沟乡\t280\n魏家岭乡\t245\n")


def test_a_counted_group_of_townships_in_the_table_above_is_the_tables_townships():
    r, _ = draft(DAMAGE + "一、请上表所列3个乡填写《灾情统计表》（Excel格式），于9月12日（星期二）前发送至上述邮箱。\n"
                          "二、请县公安局将有关情况形成报告（Word格式），于9月19日（星期二）前发送至上述邮箱。",
                 "有关乡人民政府，县公安局：").requirements
    assert r.units == ["老大杖子乡", "要路沟乡", "魏家岭乡"]


def test_a_village_of_the_table_above_is_no_township_of_it():
    """Near miss: 上表所列乡村道路 (乡 before 村) names roads, not the table's townships: the units are the addressees."""
    (r,) = draft(DAMAGE + "一、请各乡镇对上表所列乡村道路进行排查，填写《道路排查表》（Excel格式），于9月12日（星期二）前发送至上述邮箱。"
                 ).requirements
    assert len(r.units) == len(ROSTER.names(["town", "township"]))


# ---------------------------------------------------------------- 1791: 请联系人表所列单位（县市场局除外）


CONTACTS = ("三、联系人表\n单位\t联系人\t联系电话\n建昌镇人民政府\t杜明轩\t0429-7712216\n县科技局\t潘悦\t0429-7713350\n"
            "县市场局\t魏宏达\t0429-7715562\n")
ASKED = ("一、请联系人表所列单位（县市场局除外）填写《机井培育名单》（Excel格式），于9月12日（星期二）前发送至上述邮箱。"
         "县市场局协助核对，不报送材料。\n二、请县税务局将培育名单内企业有关情况形成书面材料（Word格式），"
         "于9月19日（星期二）前发送至上述邮箱。\n")


def test_units_named_only_in_a_table_the_body_heads_by_name_are_its_units():
    first, second = draft(ASKED + CONTACTS, "各有关乡镇人民政府，县直有关单位：").requirements
    assert first.units == ["建昌镇", "县科技局"]
    assert second.units == ["县税务局"]


def test_neither_the_table_of_senders_nor_the_list_whose_members_are_written_of_is_a_part():
    first, second = draft(ASKED + CONTACTS, "各有关乡镇人民政府，县直有关单位：").requirements
    assert kinds(first) == ["document/xlsx"]
    assert kinds(second) == ["document/docx"]


def test_a_named_table_the_sentence_does_not_name_gives_no_units():
    """Near miss: a 联系人表 the body heads, with a sentence asking 县科技局 by name: the table adds no unit."""
    (r,) = draft("一、请县科技局填写《机井培育名单》（Excel格式），于9月12日（星期二）前发送至上述邮箱。\n" + CONTACTS,
                 "县科技局：").requirements
    assert r.units == ["县科技局"]


def test_a_column_inside_a_table_sent_keeps_the_table():
    """Near miss: 统计表内单位名称: a table's 内 (no list word: 名单, 名册, 清单 …) names its column, the 统计表 stays
    a part."""
    (r,) = draft("一、请各乡镇填写《灌溉统计表》（Excel格式），统计表内单位名称填写全称，于9月12日（星期二）前发送至上述邮箱。"
                 ).requirements
    assert kinds(r) == ["document/xlsx"]
