"""What held-out notices 1760–1779 showed the drafter missing in units (the share of branch h-fixn88b), on notice texts
written for these tests, each with a near miss that must not fire: 分别 pairing as many units as materials when the
units' date (and a 请) stands between the units and 分别, `县市场局、县卫健局请于…前，分别将A、B（Excel格式）` (1763, 1766);
bare place names sharing one 镇 / 乡 counted without 个, `建昌、药王庙两镇和要路沟、谷杖子两乡` (1774)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcslj_tjk@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府，县市场局，县卫健局："):
    text = (f"关于做好2463年农村饮水安全排查工作的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：孙立伟  联系电话：0429-7716612\n\n建昌县水利局\n2463年4月6日\n")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted("sheet" if {"xlsx", "xls"} & set(p.get("formats") or []) else p["kind"] for p in r.parts)


# ---------------------------------------------------------------- 1763, 1766: units, their date, then 分别

PAIRED = ("一、各乡镇于5月12日（星期五）前报送饮水工程排查情况报告（Word格式）。\n"
          "二、县市场局、县卫健局{between}，分别将{materials}发送至上述邮箱。\n")


def test_units_then_please_and_their_date_then_fenbie_give_each_unit_one_of_the_paired_materials():
    body = PAIRED.format(between="请于5月19日（星期五）前", materials="桶装水抽检统计表、水质监测统计表（Excel格式）")
    _, bureaus = draft(body).requirements
    assert sorted(bureaus.units) == ["县卫健局", "县市场局"]
    assert kinds(bureaus) == ["sheet"]


def test_units_then_their_date_with_an_hour_then_fenbie_give_each_unit_one_of_the_paired_materials():
    body = PAIRED.format(between="于5月19日（星期五）下班前", materials="执法检查统计表、水质监测统计表（Excel格式）")
    _, bureaus = draft(body).requirements
    assert sorted(bureaus.units) == ["县卫健局", "县市场局"]
    assert kinds(bureaus) == ["sheet"]


def test_paired_materials_of_different_formats_after_please_and_a_date_are_a_requirement_a_unit():
    """The same reading of the units before 分别 serves the split by format (respective_requirements)."""
    body = PAIRED.format(between="请于5月19日（星期五）前", materials="桶装水抽检统计表（Excel格式）和水质监测报告（Word格式）")
    _, market, health = draft(body).requirements
    assert (market.units, kinds(market)) == (["县市场局"], ["sheet"])
    assert (health.units, kinds(health)) == (["县卫健局"], ["document"])


def test_fenbie_with_more_units_than_materials_after_a_date_leaves_each_unit_all_of_them():
    """Near miss: three units for two materials is no pairing: each unit sends both."""
    body = PAIRED.format(between="请于5月19日（星期五）前", materials="桶装水抽检统计表、水质监测统计表（Excel格式）").replace(
        "县市场局、县卫健局", "县市场局、县卫健局、县教育局")
    _, bureaus = draft(body, "各乡镇人民政府，县市场局，县卫健局，县教育局：").requirements
    assert sorted(bureaus.units) == ["县卫健局", "县市场局", "县教育局"]
    assert kinds(bureaus) == ["sheet", "sheet"]


def test_a_date_then_two_materials_without_fenbie_are_both_sent_by_each_unit():
    """Near miss: no 分别: both units send both tables."""
    body = PAIRED.format(between="请于5月19日（星期五）前", materials="").replace(
        "，分别将发送至", "，将桶装水抽检统计表、水质监测统计表（Excel格式）发送至")
    _, bureaus = draft(body).requirements
    assert kinds(bureaus) == ["sheet", "sheet"]


# ---------------------------------------------------------------- 1774: 建昌、药王庙两镇和要路沟、谷杖子两乡

BARE = ("一、{who}要组织开展水源地巡查，于5月12日（星期五）前报送《水源地巡查统计表》（Excel格式）。\n"
        "二、县市场局、县卫健局于5月19日（星期五）前报送监督检查情况（Word格式）。\n")
ADDRESSED = "建昌镇、药王庙镇、要路沟乡、谷杖子乡人民政府，县市场局，县卫健局："


def test_bare_names_counted_as_two_towns_and_two_townships_without_ge_are_those_four():
    d = draft(BARE.format(who="建昌、药王庙两镇和要路沟、谷杖子两乡"), ADDRESSED)
    towns, bureaus = d.requirements
    assert sorted(towns.units) == sorted(["建昌镇", "药王庙镇", "要路沟乡", "谷杖子乡"])
    assert sorted(bureaus.units) == ["县卫健局", "县市场局"]
    assert any("读作建昌镇、药王庙镇" in line for line in d.unsettled)


def test_bare_names_counted_with_a_digit_without_ge_are_read_too():
    d = draft(BARE.format(who="建昌、药王庙2镇"), "建昌镇、药王庙镇人民政府，县市场局，县卫健局：")
    towns, _ = d.requirements
    assert sorted(towns.units) == ["建昌镇", "药王庙镇"]


def test_bare_names_whose_count_is_not_their_number_are_left_as_written():
    """Near miss: 三镇 after two names."""
    d = draft(BARE.format(who="建昌、药王庙三镇"), ADDRESSED)
    assert not any("读作建昌镇、药王庙镇" in line for line in d.unsettled)


def test_bare_names_before_a_count_of_both_kinds_are_left_as_written():
    """Near miss: 两乡镇 counts towns and townships together, so no one suffix is shared."""
    d = draft(BARE.format(who="建昌、要路沟两乡镇"), ADDRESSED)
    assert not any("读作" in line and "要路沟乡" in line for line in d.unsettled)


def test_bare_names_off_the_roster_are_left_as_written():
    """Near miss: a name that is no town of the roster."""
    d = draft(BARE.format(who="建昌、大凌河两镇"), ADDRESSED)
    assert not any("读作建昌镇" in line for line in d.unsettled)
