"""Parts the drafter read into sentences of 1880–1899 (the share of branch h-fixn94a), on notice texts written for these
tests, each with a near miss that must not change: a table's sample (按附件表样) the form of the table its sentence
names, no second sheet; the issuer's contact written out at the end (联系人：…；电话：0429-…) no phone asked; an item
whose subject is a county shop no roster lists, asked with 请 (三、请县新华书店将…), no requirement; and what 对…进行自查
checks no material sent."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster
from tests.test_drafting import part_shapes as shapes

ROSTER = builtin_roster()


def draft(body: str, salutation: str = "各乡镇人民政府：", end: str = "报送邮箱：jcnyj_jg2471@163.com\n"):
    text = (f"关于开展2471年秸秆综合利用情况调查的通知\n{salutation}\n{body}\n{end}\n"
            f"建昌县农业农村局\n2471年5月6日\n")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- 表样: the form of the table named beside it

def test_a_sample_to_fill_after_is_the_form_of_the_table_named():
    (r,) = draft("一、请各乡镇按附件表样逐村统计，汇总形成《秸秆离田利用统计表》（Excel格式），于5月20日前发送至上述邮箱。\n"
                 ).requirements
    assert shapes(r) == ["sheet"]
    assert [p["title"] for p in r.parts] == ["秸秆离田利用统计表"]


def test_a_forwarded_notices_sample_before_the_table_is_its_form():
    (r,) = draft("一、请各乡镇对照市通知附件表样，摸清辖区内秸秆收储点底数，填写《秸秆收储点统计表》（Excel格式），"
                 "于5月20日前发送至上述邮箱。\n").requirements
    assert shapes(r) == ["sheet"]


def test_a_sample_naming_the_only_table_is_still_sent():
    (r,) = draft("一、请各乡镇按附件表样填写秸秆收储情况（Excel格式），于5月20日前发送至上述邮箱。\n").requirements
    assert shapes(r) == ["sheet"]


def test_two_tables_named_each_stay_a_sheet():
    (r,) = draft("一、请各乡镇填写《秸秆收储点统计表》和《秸秆离田利用统计表》（均为Excel格式），于5月20日前发送至上述邮箱。\n"
                 ).requirements
    assert shapes(r) == ["sheet", "sheet"]


# ---------------------------------------------------------------- the issuer's contact written out

CONTACT_AT_THE_END = "联系人：周岩；电话：0429-7716652；邮箱：jcnyj_jg2471@163.com\n"
BUREAUS = "各乡镇人民政府，县生态环境局，县教育局："


def test_the_issuers_contact_written_at_the_end_is_no_phone_asked():
    r = draft("一、请各乡镇于5月20日前将《秸秆离田利用统计表》（Excel格式）发送至文末联系邮箱。\n"
              "二、其他事项\n（一）请县生态环境局制定秸秆禁烧巡查方案（Word格式），于5月27日下午5时前发送至文末联系邮箱。\n"
              "（二）县教育局负责禁烧宣传进校园，不报送材料。\n", BUREAUS, end=CONTACT_AT_THE_END).requirements[1]
    assert len(r.units) == 1
    assert shapes(r) == ["document"]


def test_a_contact_asked_without_a_number_stays_a_field():
    r = draft("一、请各乡镇于5月20日前将《秸秆离田利用统计表》（Excel格式）发送至文末联系邮箱。\n"
              "二、请县生态环境局制定秸秆禁烧巡查方案（Word格式），并注明联系人及联系电话，于5月27日下午5时前发送至文末联系邮箱。\n",
              BUREAUS, end=CONTACT_AT_THE_END).requirements[1]
    assert shapes(r) == ["document", "field"]


# ---------------------------------------------------------------- a county shop no roster lists, asked with 请

SHOP = "各乡镇人民政府，县文旅局，县新华书店："


def test_an_item_asking_a_county_shop_no_roster_lists_is_no_requirement():
    d = draft("一、请各乡镇于5月20日前将《农家书屋图书盘点表》（Excel格式）发送至上述邮箱。\n"
              "二、请县新华书店将农家书屋图书配送明细于5月27日前发送至上述邮箱。\n", SHOP)
    assert [r.due.day for r in d.requirements] == [20]
    assert any("名册外单位“县新华书店”" in u for u in d.unsettled)


def test_an_item_asking_a_roster_unit_with_please_stays():
    d = draft("一、请各乡镇于5月20日前将《农家书屋图书盘点表》（Excel格式）发送至上述邮箱。\n"
              "二、请县文旅局将农家书屋图书配送明细于5月27日前发送至上述邮箱。\n", SHOP)
    assert [r.due.day for r in d.requirements] == [20, 27]
    assert d.requirements[1].units == ["县文旅局"]


# ---------------------------------------------------------------- what 对…进行自查 checks

def test_what_a_self_check_goes_over_is_no_material():
    (r,) = draft("一、请各乡镇会同中心校对辖区内农家书屋出版物材料登记情况进行自查，填写《农家书屋自查表》（Excel格式），"
                 "于5月20日前发送至上述邮箱。\n").requirements
    assert shapes(r) == ["sheet"]


def test_a_self_check_clause_that_also_sends_keeps_its_material():
    (r,) = draft("一、请各乡镇对辖区内农家书屋进行自查并报送自查报告（Word格式），于5月20日前发送至上述邮箱。\n").requirements
    assert shapes(r) == ["document"]
