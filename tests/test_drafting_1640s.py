"""What held-out notices 1640–1659 showed the drafter missing (the share of branch h-fixn82a), on notice texts written
for these tests, each with a near miss that must not fire: a let-off naming its item instead of a material (1648,
1652), a clause counting its units again (1653)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于开展2452年秸秆综合利用情况调查的通知\n{salutation}\n{body}\n邮箱：jcjgly_ban@163.com\n"
            f"联系人：綦晓东  联系电话：0429-7719034\n\n建昌县秸秆综合利用办公室\n2452年9月1日\n{tail}")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- 1648: 不报送此项 in the item it lets off


ITEMS = ("（一）各乡镇于9月12日（星期五）前报送秸秆收储点台账（Excel格式）。\n"
         "（二）各乡镇于9月26日（星期五）前报送秸秆离田现场照片。{excusal}\n")


def test_a_let_off_of_this_item_takes_its_units_out_of_it_only():
    ledger, photos = draft(ITEMS.format(excusal="玲珑塔镇、药王庙镇无离田任务，不报送此项。")).requirements
    assert sorted(ledger.units) == TOWNS
    assert sorted(photos.units) == sorted(set(TOWNS) - {"玲珑塔镇", "药王庙镇"})


def test_a_town_doing_this_item_is_not_let_off():
    """Near miss: 玲珑塔镇、药王庙镇 asked to send this item in good time: nobody is let off."""
    ledger, photos = draft(ITEMS.format(excusal="玲珑塔镇、药王庙镇任务较重，请提前报送此项。")).requirements
    assert sorted(photos.units) == TOWNS


# ---------------------------------------------------------------- 1652: 不报送第二部分第（二）项材料, sections later


NAMED = ("二、报送要求\n（一）各乡镇于9月12日（星期五）前报送秸秆收储点台账（Excel格式）。\n"
         "（二）各乡镇于9月26日（星期五）前报送秸秆还田工作总结（Word格式）。\n"
         "三、其他事项\n雷家店乡、巴什罕乡本年度无还田任务，只需报送台账，不报送第二部分第（{item}）项材料。")


def test_a_let_off_naming_an_item_by_its_section_takes_the_units_out_of_that_item():
    ledger, summary = draft(NAMED.format(item="二")).requirements
    assert sorted(ledger.units) == TOWNS
    assert sorted(summary.units) == sorted(set(TOWNS) - {"雷家店乡", "巴什罕乡"})


def test_a_let_off_naming_another_item_leaves_this_one():
    """Near miss: the same words naming item (三), which the section has not: neither item loses a town."""
    ledger, summary = draft(NAMED.format(item="三")).requirements
    assert sorted(ledger.units) == TOWNS and sorted(summary.units) == TOWNS


# ---------------------------------------------------------------- 1653: …，两镇本次不再报送推荐表


COUNTED = ("（一）各乡镇于9月12日（星期五）前报送秸秆利用主体推荐表（Excel格式）。\n"
           "（二）建昌镇、汤神庙镇的利用主体已纳入市级名录，{who}本次不再报送推荐表。")


def test_units_counted_again_in_their_let_off_are_the_units_the_sentence_opens_with():
    (r,) = draft(COUNTED.format(who="两镇")).requirements
    assert sorted(r.units) == sorted(set(TOWNS) - {"建昌镇", "汤神庙镇"})


def test_a_let_off_of_some_other_body_counted_is_no_let_off_of_the_towns():
    """Near miss: 两家企业 is no count of the towns the sentence opens with: no town is let off."""
    (r,) = draft(COUNTED.format(who="两家企业")).requirements
    assert sorted(r.units) == TOWNS
