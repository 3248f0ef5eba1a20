"""A part's title keeps the year the notice names its paper with (branch h-yeartitle): mixed88–mixed91's clerks each
put it back by hand (J3, F3, Y3, Q3, D2, C3, Z2, L3). The words and the requirement's hints stay without it, so that
matching does not depend on a year a unit may leave out of a file's name. Near misses: a year of a date (截至2099年6月30日
的统计表), a year a few words before the name, a year only in the notice's own title, two years naming one title."""

from __future__ import annotations

import re

import pytest

from collector.drafting import draft_campaign
from collector.drafting.materials.year_in_part_titles import year_naming
from collector.roster import builtin_roster

ROSTER = builtin_roster()
BOX = "jcslj_yimin@163.com"
YEAR = re.compile(r"\d{4}年")


def draft(body: str, title: str = "关于报送上半年水库移民后期扶持直补资金发放情况的通知"):
    text = (f"{title}\n\n汤神庙镇人民政府，要路沟乡人民政府，县财政局：\n"
            f"{body}\n联系人：县水利局 周海燕  电话：0429-7712345\n\n建昌县水利局\n2099年7月3日\n")
    return draft_campaign(text, ROSTER)


def only_part(body: str, **kw):
    (r,) = draft(body, **kw).requirements
    (part,) = r.parts
    return r, part


def assert_no_year_in_words_or_hints(r):
    for p in r.parts:
        assert not any(YEAR.search(w) for w in p.get("words") or []), p["words"]
    assert not any(YEAR.search(h) for h in r.hints), r.hints


SENT = f"请于2099年7月17日16时前发送至邮箱{BOX}。"


# ---------------------------------------------------------------- the rule


@pytest.mark.parametrize("asked, title", [
    ("请各单位填写《2099年上半年水库移民后期扶持直补资金发放明细表》（Excel格式），", "2099年上半年水库移民后期扶持直补资金发放明细表"),
    ("请各单位填写2099年《春季犬只狂犬病免疫登记表》（Excel格式），", "2099年春季犬只狂犬病免疫登记表"),
    ("请各单位形成2099年春季犬只狂犬病免疫工作总结（Word格式），", "2099年春季犬只狂犬病免疫工作总结"),
    ("请各单位报送《2099年度水库移民后期扶持工作总结》（Word格式），", "2099年度水库移民后期扶持工作总结"),
], ids=["inside-brackets", "outside-brackets", "no-brackets", "whole-year"])
def test_the_year_the_notice_names_a_paper_with_stays_in_its_title(asked, title):
    """In 《》 or before them, or with no brackets, 年 or 年度: the title keeps it, the words and hints do not."""
    r, part = only_part(f"    {asked}{SENT}")
    assert part["title"] == title
    assert_no_year_in_words_or_hints(r)


def test_the_requirement_title_is_left_as_it_was():
    r, _ = only_part(f"    请各单位填写《2099年上半年水库移民后期扶持直补资金发放明细表》（Excel格式），{SENT}")
    assert not YEAR.search(r.title)


def test_the_year_of_an_annual_report_is_read_before_its_name():
    assert year_naming("报送2099年度报告统计表", "年度报告统计表") == "2099"
    assert year_naming("报送2099年度工作总结", "工作总结") == "2099年度"


# ---------------------------------------------------------------- near misses


def test_a_year_of_a_date_is_no_year_of_the_paper():
    r, part = only_part(f"    请各单位于2099年7月17日16时前将截至2099年6月30日的直补资金发放统计表（Excel格式）发送至邮箱{BOX}。")
    assert part["title"] == "直补资金发放统计表"
    assert_no_year_in_words_or_hints(r)


def test_a_year_a_date_word_leads_is_no_year_of_the_paper():
    r, part = only_part(f"    请各单位填写截至2099年直补资金发放统计表（Excel格式），{SENT}")
    assert part["title"] == "直补资金发放统计表"
    assert_no_year_in_words_or_hints(r)


def test_a_year_far_before_the_name_is_not_put_in_the_title():
    r, part = only_part(f"    2099年上半年，各单位要认真核实，填写直补资金发放明细表（Excel格式），{SENT}")
    assert part["title"] == "直补资金发放明细表"
    assert_no_year_in_words_or_hints(r)


def test_a_year_only_in_the_notices_title_is_not_put_in_the_part_title():
    r, part = only_part(f"    请各单位填写本单位直补资金发放明细表（Excel格式），{SENT}",
                        title="关于报送2099年直补资金发放明细表的通知")
    assert part["title"] == "直补资金发放明细表"


def test_two_years_naming_one_title_give_none():
    assert year_naming("对照2098年发放明细表，填写2099年发放明细表", "发放明细表") == ""


def test_a_title_with_its_year_already_is_left_as_it_is():
    assert year_naming("填写2099年2099年发放明细表", "2099年发放明细表") == ""
