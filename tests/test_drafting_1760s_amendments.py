"""What held-out notices 1760–1779 showed the drafter missing (the share of branch h-fixn88a), on notice texts written
for these tests, each with a near miss that must not fire: later words changing who sends a numbered item — a unit
added to an item by its number and an item held back by its number (1762), an item handed from one unit to another
(原由…改由, 1776)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcxmj_xqk@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府，县交通局，县商务局："):
    text = (f"关于开展2470年畜禽养殖污染排查工作的通知\n{salutation}\n{body}\n"
            f"联系人：刘长青  联系电话：0429-7716630\n\n建昌县畜牧发展服务中心\n2470年3月2日\n")
    return draft_campaign(text, ROSTER)


ITEMS = ("一、排查内容\n养殖场粪污处理设施。\n"
         "二、报送要求\n"
         "（一）各乡镇于3月20日（星期五）前报送《畜禽养殖场粪污处理情况表》（Excel格式）。\n"
         "（二）县交通局于3月27日（星期五）前报送运输车辆登记情况报告（Word格式）。\n"
         "（三）县商务局于4月10日（星期五）前报送有机肥销售情况统计表（Excel格式）。\n"
         f"以上材料均发送至邮箱{BOX}。\n"
         "三、其他事项\n")


def due(r) -> tuple[int, int]:
    return r.due.month, r.due.day


# ---------------------------------------------------------------- 1762: 增补…为二（一）项报送单位, 二（三）项暂缓报送


def test_a_unit_added_to_an_item_by_its_number_is_asked_that_item():
    body = ITEMS + "（一）经研究，增补县林草局为本通知二（一）项报送单位，报送时间、格式与各乡镇相同。\n"
    towns, transport, trade = draft(body).requirements
    assert sorted(towns.units) == sorted([*TOWNS, "县林草局"])
    assert transport.units == ["县交通局"] and trade.units == ["县商务局"]


def test_a_unit_added_with_a_date_of_its_own_is_not_added_to_the_item():
    """Near miss: the added unit's own deadline makes a requirement of its own (the item's material, asked of it
    alone); the towns' item stays the towns'."""
    body = ITEMS + "（一）增补县林草局为本通知二（一）项报送单位，请于4月3日（星期五）前报送。\n"
    requirements = draft(body).requirements
    assert sorted(requirements[0].units) == TOWNS
    (own,) = [r for r in requirements if due(r) == (4, 3)]
    assert own.units == ["县林草局"] and own.title == requirements[0].title


def test_an_item_held_back_by_its_number_is_no_requirement():
    body = ITEMS + "（一）因省级方案尚未下发，二（三）项暂缓报送，具体时间另行通知。\n"
    towns, transport = draft(body).requirements
    assert due(towns) == (3, 20) and due(transport) == (3, 27)


def test_an_item_of_the_same_number_under_another_section_is_not_held_back():
    """Near miss: 三（一）项 held back is an item of section 三, not the towns' （一） under 二."""
    body = ITEMS + "（一）县交通局同步做好路面巡查。\n（二）三（一）项暂缓报送。\n"
    assert [due(r) for r in draft(body).requirements] == [(3, 20), (3, 27), (4, 10)]


def test_an_item_named_by_its_number_with_a_date_is_not_held_back():
    """Near miss: a sentence naming an item with no word holding it back changes nothing."""
    body = ITEMS + "（一）二（三）项材料须加盖单位公章。\n"
    assert [due(r) for r in draft(body).requirements] == [(3, 20), (3, 27), (4, 10)]


# ---------------------------------------------------------------- 1776: 原由…报送；…改由…报送


HANDED = ("一、报送要求\n"
          "（一）各乡镇于3月20日（星期五）前报送《畜禽养殖场粪污处理情况表》（Excel格式）。\n"
          "（二）运输车辆登记情况报告（Word格式）。本项材料{how}\n"
          f"以上材料均发送至邮箱{BOX}。\n")


def test_an_item_handed_to_another_unit_with_its_own_date_drops_the_old_assignment():
    body = HANDED.format(how="原由县交通局于3月27日（星期五）前报送；因职能调整，改由县商务局于4月3日（星期五）前报送。")
    towns, report = draft(body).requirements
    assert sorted(towns.units) == TOWNS
    assert report.units == ["县商务局"] and due(report) == (4, 3)


def test_an_item_handed_over_keeping_its_date_is_asked_of_the_new_unit():
    body = HANDED.format(how="原由县交通局于3月27日（星期五）前报送，现改由县商务局报送，时间不变。")
    towns, report = draft(body).requirements
    assert report.units == ["县商务局"] and due(report) == (3, 27)


def test_an_item_whose_sender_was_never_changed_keeps_it():
    """Near miss: 原由 with no 改由 after it (a sender said to be as before) changes nothing."""
    body = HANDED.format(how="仍按原由县交通局于3月27日（星期五）前报送。")
    towns, report = draft(body).requirements
    assert report.units == ["县交通局"] and due(report) == (3, 27)
