"""What held-out notices 1800–1819 showed the drafter missing in its units (the share of branch h-fixn90a), on notice
texts written for these tests, each with a near miss that must not fire: `其他镇` after towns named one by one (1806);
a unit sending for a let-off one (`统一汇总代报`) and a unit whose whole ask is another's (`报送要求同…`, 1810)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town"]))
TOWNSHIPS = sorted(ROSTER.names(["township"]))
BOX = "jcnyj_cs2461@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于做好2461年秋季马铃薯收储工作的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：韩立群  联系电话：0429-7718825\n\n建昌县农业农村局\n2461年9月3日\n{tail}")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- 1806: 其他镇 / 其余乡 after units named one by one

def test_other_towns_after_named_towns_are_the_towns_not_named():
    body = ("一、报送材料\n（一）建昌镇、药王庙镇请于9月15日（星期一）前报送收储情况统计表（Excel格式）。\n"
            "（二）其他镇于9月22日（星期一）前报送收储情况统计表（Excel格式）。\n")
    named, rest = draft(body).requirements
    assert sorted(named.units) == ["建昌镇", "药王庙镇"]
    assert sorted(rest.units) == sorted(set(TOWNS) - {"建昌镇", "药王庙镇"})


def test_remaining_townships_after_named_townships_are_the_townships_not_named():
    body = ("一、报送材料\n（一）石佛乡、要路沟乡请于9月15日（星期一）前报送收储情况统计表（Excel格式）。\n"
            "（二）其余乡于9月22日（星期一）前报送收储情况统计表（Excel格式）。\n")
    named, rest = draft(body).requirements
    assert sorted(named.units) == ["石佛乡", "要路沟乡"]
    assert sorted(rest.units) == sorted(set(TOWNSHIPS) - {"石佛乡", "要路沟乡"})


def test_other_towns_with_no_town_named_before_are_not_narrowed():
    """Near miss: with no town named before it, 其他镇 has no rest to take; the draft is what it was."""
    body = "一、报送材料\n其他镇于9月22日（星期一）前报送收储情况统计表（Excel格式）。\n"
    (r,) = draft(body).requirements
    assert set(TOWNS) <= set(r.units)


def test_other_departments_stay_departments_beside_named_towns():
    """Near miss: 其余部门 is still the departments not named, no town among them."""
    body = ("一、报送材料\n（一）建昌镇于9月15日（星期一）前报送收储情况统计表（Excel格式）。\n"
            "（二）县供销社于9月18日（星期四）前报送收购网点情况（Word格式）。\n"
            "（三）其余部门于9月22日（星期一）前报送配合情况（Word格式）。\n")
    *_, rest = draft(body, "建昌镇人民政府，县供销社，县市场局，县交通局：").requirements
    assert sorted(rest.units) == ["县交通局", "县市场局"]


# ---------------------------------------------------------------- 1810: 统一汇总代报 and 报送要求同…

PROXY = ("一、请各乡镇人民政府于9月15日（星期一）前将收储情况统计表（Excel格式）发送至邮箱{box}。"
         "药王庙镇的收储数据由八家子经济开发区管委会统一汇总代报，药王庙镇不再单独报送。\n")


def test_a_unit_reporting_for_a_let_off_town_joins_the_towns():
    (r,) = draft(PROXY.format(box=BOX), "各乡镇人民政府，八家子经济开发区管委会，县供销社：").requirements
    assert "药王庙镇" not in r.units and "八家子经济开发区" in r.units
    assert set(r.units) - {"八家子经济开发区"} == set(TOWNS + TOWNSHIPS) - {"药王庙镇"}


def test_a_unit_reporting_for_a_let_off_town_is_not_added_to_a_few_named_towns():
    """Near miss: a requirement of two named towns does not ask every other town, so the zone is not its sender."""
    body = ("一、请建昌镇、大屯镇于9月15日（星期一）前将收储情况统计表（Excel格式）发送至邮箱{box}。"
            "药王庙镇的收储数据由八家子经济开发区管委会统一汇总代报，药王庙镇不再单独报送。\n").format(box=BOX)
    (r,) = draft(body, "建昌镇人民政府，大屯镇人民政府，八家子经济开发区管委会：").requirements
    assert sorted(r.units) == ["大屯镇", "建昌镇"]


ASKED_AS = ("一、县供销社要对全县收购网点进行梳理，形成收购网点布局方案（Word格式），于9月22日（星期一）下午4时前"
            "报送至上述邮箱。县市场局{how}县供销社，报送内容为收购价格监测情况。\n"
            "二、各乡镇于9月15日（星期一）前报送收储情况统计表（Excel格式）。\n")
SALUTATION = "各乡镇人民政府，县供销社，县市场局："


def test_a_unit_whose_ask_is_another_units_joins_its_requirement():
    reserve, towns = draft(ASKED_AS.format(how="报送要求同"), SALUTATION).requirements
    assert reserve.units == ["县供销社", "县市场局"]
    assert (reserve.due.month, reserve.due.day, reserve.due.hour) == (9, 22, 16)
    assert "县市场局" not in towns.units


def test_a_unit_whose_deadline_only_is_another_units_keeps_a_requirement_of_its_own():
    """Near miss: 报送时限同… gives the date only; the unit sends its own material, a requirement of its own."""
    reqs = draft(ASKED_AS.format(how="将收购价格监测情况（Excel格式）报送至上述邮箱，报送时限同"), SALUTATION).requirements
    reserve = next(r for r in reqs if "县供销社" in r.units)
    assert reserve.units == ["县供销社"]
    market = next(r for r in reqs if "县市场局" in r.units)
    assert market is not reserve and (market.due.month, market.due.day, market.due.hour) == (9, 22, 16)
