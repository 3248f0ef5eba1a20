"""What held-out notices 1700–1719 showed the drafter missing (the share of branch h-fixn85a), on notice texts written
for these tests, each with a near miss that must not fire: towns named as 示范乡镇 under a table of them (1701)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcsfgz_ban@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于开展2461年水稻旱育稀植技术示范的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：袁立新  联系电话：0429-7718820\n\n建昌县农业技术推广中心\n2461年4月3日\n{tail}")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


# ---------------------------------------------------------------- 1701: 示范乡镇 under a table of the towns


def test_demonstration_towns_under_a_table_of_towns_are_its_towns():
    body = ("今年在以下乡镇建设示范点：\n乡镇\t面积（亩）\t指导员\n石佛乡\t300\t黄立\n大屯镇\t200\t孙强\n"
            "一、县农技中心定于6月8日至6月10日组织验收。示范乡镇于验收结束后3个工作日内报送验收结果表（Excel格式）。\n"
            "二、县气象局于6月20日（星期五）前报送气象服务情况（Word版）。\n")
    summary, weather = draft(body, "有关乡镇人民政府，县气象局：").requirements
    assert sorted(summary.units) == ["大屯镇", "石佛乡"]
    assert weather.units == ["县气象局"]


def test_every_town_beside_a_table_of_demonstration_towns_stays_every_town():
    """Near miss: 各乡镇 is every town, whatever the table lists."""
    body = ("今年在以下乡镇建设示范点：\n乡镇\t面积（亩）\t指导员\n石佛乡\t300\t黄立\n大屯镇\t200\t孙强\n"
            "一、各乡镇于6月13日（星期三）前报送推广情况表（Excel格式）。\n")
    (r,) = draft(body).requirements
    assert sorted(r.units) == TOWNS
