"""What held-out notices 1740–1759 showed the drafter missing in units (the share of branch h-fixn87a), on notice texts
written for these tests, each with a near miss that must not fire: towns a scope sentence's bracket leaves out of
各乡镇, carried to a later requirement of 各乡镇 (1742); a short name a bracket gives the towns it lists,
`（A、B，以下简称沿线乡镇）`, in the addressee and a later requirement (1752); a bracket's members parted at 和 only after a
name's end (和尚房子乡 is one town)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcnyj_tjk@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于做好2462年秸秆综合利用情况统计的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：韩立军  联系电话：0429-7716625\n\n建昌县农业农村局\n2462年4月6日\n{tail}")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- 1742: a scope bracket's let-off, a later 各乡镇

SCOPE = ("一、工作任务\n各乡镇（{out}除外，{why}）要组织辖区内秸秆利用主体逐户登记。\n"
         "二、报送要求\n（一）各乡镇于5月12日（星期五）前报送《秸秆利用登记表》（Excel格式）。\n"
         "（二）县生态环境分局于5月19日（星期五）前报送监测情况（Word格式）。\n")


def test_towns_a_scope_bracket_leaves_out_are_out_of_a_later_requirement_of_the_towns():
    towns, _ = draft(SCOPE.format(out="大屯镇、石佛乡", why="两乡镇由县农业农村局直接组织"),
                     "各乡镇人民政府，县生态环境分局：").requirements
    assert sorted(towns.units) == sorted(set(TOWNS) - {"大屯镇", "石佛乡"})


def test_a_bare_except_bracket_in_the_scope_is_carried_too():
    towns, _ = draft(SCOPE.replace("，{why}", "").format(out="大屯镇"), "各乡镇人民政府，县生态环境分局：").requirements
    assert sorted(towns.units) == sorted(set(TOWNS) - {"大屯镇"})


def test_a_let_off_town_the_later_requirement_names_stays():
    """Near miss: the requirement names the town itself."""
    body = SCOPE.format(out="大屯镇", why="由县农业农村局直接组织").replace("（一）各乡镇", "（一）各乡镇和大屯镇")
    towns, _ = draft(body, "各乡镇人民政府，县生态环境分局：").requirements
    assert sorted(towns.units) == TOWNS


def test_a_let_off_in_a_dated_requirement_stays_with_that_requirement():
    """Near miss: the bracket stands in a requirement of its own date, not in a scope sentence."""
    body = ("一、各乡镇（大屯镇除外，该镇无秸秆利用主体）于5月12日（星期五）前报送《秸秆利用登记表》（Excel格式）。\n"
            "二、各乡镇于5月26日（星期五）前报送秸秆禁烧工作总结（Word格式）。\n")
    sheet, summary = draft(body).requirements
    assert sorted(sheet.units) == sorted(set(TOWNS) - {"大屯镇"})
    assert sorted(summary.units) == TOWNS


def test_a_bracket_that_leaves_no_one_out_changes_nothing():
    """Near miss: a bracket after 各乡镇 that says how, not who is out."""
    body = SCOPE.replace("（{out}除外，{why}）", "（含大屯镇、石佛乡两个重点乡镇）")
    towns, _ = draft(body, "各乡镇人民政府，县生态环境分局：").requirements
    assert sorted(towns.units) == TOWNS


# ---------------------------------------------------------------- 1752: （A、B，以下简称沿线乡镇）

RIVERSIDE = ("一、排查范围\n六股河沿线乡镇（{who}，以下简称沿线乡镇）辖区内所有取水口。\n"
             "二、工作任务\n（一）沿线乡镇于6月9日（星期五）前报送《取水口登记表》（Excel格式）。\n"
             "（二）县水利局于6月16日（星期五）前报送整治情况报告（Word格式）。\n")


def test_a_short_name_given_to_the_towns_listed_in_its_bracket_means_them():
    d = draft(RIVERSIDE.format(who="黑山科乡、和尚房子乡、杨树湾子乡"), "六股河沿线乡镇人民政府，县水利局：")
    towns, water = d.requirements
    assert sorted(towns.units) == sorted(["黑山科乡", "和尚房子乡", "杨树湾子乡"])
    assert water.units == ["县水利局"]
    assert any("六股河沿线乡镇人民政府" in line and "读作" in line for line in d.unsettled)
    assert sorted(d.units) == sorted(["黑山科乡", "和尚房子乡", "杨树湾子乡", "县水利局"])


def test_a_bracket_with_no_list_of_units_defines_no_members():
    """Near miss: the bracket gives the short name but counts the towns instead of naming them."""
    d = draft(RIVERSIDE.format(who="共3个乡镇"), "六股河沿线乡镇人民政府，县水利局：")
    assert all(r.units != ["黑山科乡", "和尚房子乡", "杨树湾子乡"] for r in d.requirements)
    assert any("六股河沿线乡镇人民政府" in line and "不是名册中的单位" in line for line in d.unsettled)


def test_a_bracket_with_a_piece_off_the_roster_defines_no_members():
    """Near miss: one piece of the bracket is no roster unit (a village), so the bracket is no list of members."""
    d = draft(RIVERSIDE.format(who="黑山科乡、和尚房子乡、杨树湾子乡大杖子村"), "六股河沿线乡镇人民政府，县水利局：")
    assert any("六股河沿线乡镇人民政府" in line and "不是名册中的单位" in line for line in d.unsettled)


def test_a_town_whose_name_opens_with_he_stays_one_member_of_a_bracketed_group():
    """和尚房子乡 in a 相关乡镇（…） bracket is one town, not 和 and 尚房子乡 (the same splitting as the short-name bracket)."""
    body = ("一、相关乡镇（黑山科乡、和尚房子乡）要组织秸秆利用主体逐户登记。\n"
            "二、相关乡镇于5月12日（星期五）前报送《秸秆利用登记表》（Excel格式）。\n")
    (r,) = draft(body, "相关乡镇人民政府：").requirements
    assert sorted(r.units) == sorted(["黑山科乡", "和尚房子乡"])


def test_two_towns_joined_by_he_in_a_bracket_are_two_members():
    """Near miss: 和 after a name's end still parts two names."""
    body = ("一、相关乡镇（黑山科乡和石佛乡）要组织秸秆利用主体逐户登记。\n"
            "二、相关乡镇于5月12日（星期五）前报送《秸秆利用登记表》（Excel格式）。\n")
    (r,) = draft(body, "相关乡镇人民政府：").requirements
    assert sorted(r.units) == sorted(["黑山科乡", "石佛乡"])
