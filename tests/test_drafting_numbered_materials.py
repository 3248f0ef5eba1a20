"""Numbered materials the drafter misread (the share of branch h-fixnums), on notice texts written for these tests,
each with a near miss that must not change: facts listed as numbered items beside a material, under a heading, read
as the list's parts (not the heading's 材料); facts named after the label 报送材料： one sentence before the date, the
requirement's material (no unnamed 报送材料). A name after an item number's dot (1．, 1.) starts after the dot (mixed63's kept
draft, which carried `.事迹材料`, re-recorded)."""

from __future__ import annotations

import pytest

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
BY = "请各乡镇于9月15日（星期一）前"


def draft(body: str, salutation: str = "各乡镇人民政府："):
    text = (f"关于做好2461年秋季马铃薯收储工作的通知\n{salutation}\n{body}\n报送邮箱：jcnyj_cs2461@163.com\n"
            f"联系人：韩立群  联系电话：0429-7718825\n\n建昌县农业农村局\n2461年9月3日\n")
    return draft_campaign(text, ROSTER)


def titles(r) -> list[str]:
    return [p["title"] for p in r.parts if p["kind"] == "document"]


# ---------------------------------------------------------------- facts as numbered items under a heading

@pytest.mark.parametrize("one, two", [("1．", "2．"), ("1.", "2."), ("1、", "2、"), ("（一）", "（二）"), ("①", "②")])
def test_facts_numbered_beside_a_table_under_a_heading_are_a_part_each(one, two):
    body = f"一、报送材料\n{one}收储情况；\n{two}库存统计表（Excel格式）。\n{BY}将上述材料报送至邮箱。\n"
    (r,) = draft(body).requirements
    assert titles(r) == ["收储情况", "库存统计表"]
    assert r.title == "收储情况及库存统计表"


def test_facts_numbered_with_their_word_format_keep_it():
    body = f"一、报送材料\n1．收储情况（Word格式）；\n2．库存统计表（Excel格式）。\n{BY}将上述材料报送至邮箱。\n"
    (r,) = draft(body).requirements
    formats = {p["title"]: p.get("formats", [""])[0] for p in r.parts}
    assert formats == {"收储情况": "docx", "库存统计表": "xlsx"}


def test_an_item_of_work_on_the_facts_is_no_part():
    """Near miss: 1．核实收储情况 is work to do, not facts sent: only the table is asked."""
    body = f"一、报送材料\n1．核实收储情况；\n2．库存统计表（Excel格式）。\n{BY}将上述材料报送至邮箱。\n"
    (r,) = draft(body).requirements
    assert len(titles(r)) == 1 and titles(r)[0].endswith("库存统计表")


def test_numbered_materials_under_a_heading_are_drafted_as_before():
    """Near miss: items each naming a material were read already, and still are."""
    body = f"一、报送材料\n1．收购统计表；\n2．库存统计表（Excel格式）。\n{BY}将上述材料报送至邮箱。\n"
    (r,) = draft(body).requirements
    assert titles(r) == ["收购统计表", "库存统计表"]


# ---------------------------------------------------------------- a name after an item number's dot

@pytest.mark.parametrize("one, two", [("1．", "2．"), ("1.", "2."),
                                      ("1、", "2、"), ("（1）", "（2）"), ("①", "②")])
def test_a_name_after_an_item_numbers_dot_starts_after_it(one, two):
    (r,) = draft(f"一、{BY}报送统计表：{one}收购统计表；{two}库存统计表（Excel格式）。\n").requirements
    assert titles(r) == ["收购统计表", "库存统计表"]
    assert r.title == "收购统计表及库存统计表"


def test_an_item_after_a_named_table_and_its_colon_has_no_stray_dot():
    (r,) = draft(f"一、{BY}报送收储统计表：1．收储情况；2．库存统计表（Excel格式）。\n").requirements
    assert "库存统计表" in titles(r)
    assert not any(t.startswith((".", "．")) for t in titles(r) + [r.title])


def test_a_decimal_point_before_a_name_is_no_item_number():
    """Near miss: the dot of 1.5万吨 is a decimal point; the name starts after the number as before."""
    (r,) = draft(f"一、{BY}报送1.5万吨以上仓储企业名单（Excel格式）。\n").requirements
    assert titles(r) == ["万吨以上仓储企业名单"]


# ---------------------------------------------------------------- facts after the label 报送材料：

def test_facts_after_the_label_of_what_is_sent_name_the_requirement():
    (r,) = draft(f"报送材料：收储情况（Word格式）。{BY}报送。\n").requirements
    assert r.title == "收储情况"
    assert [(p["title"], p["formats"][0]) for p in r.parts] == [("收储情况", "docx")]


def test_facts_listed_after_the_label_are_a_document_each():
    (r,) = draft(f"报送材料：收储情况和销售情况（Word格式）。{BY}报送。\n").requirements
    assert titles(r) == ["收储情况", "销售情况"]


def test_facts_said_without_a_label_leave_the_requirement_unnamed():
    """Near miss: 核实收储情况 in the sentence before is work, no label: what is sent stays unnamed."""
    campaign = draft(f"请各乡镇认真核实收储情况。{BY}报送材料。\n")
    (r,) = campaign.requirements
    assert r.title == "材料"
