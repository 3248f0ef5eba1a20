"""What held-out notices 1902, 1912 and 1915 showed the drafter missing (the share of branch h-fixn95a), on notice
texts written for these tests, each with a near miss that must not fire: units left out said first in the bracket
after a group, `各乡镇（除A镇外）要…` in the body (1902) and `县政府各部门（不含A、B）：` in the salutation (1912); a
section headed by what the work covers (`一、清理范围`) giving a deadline below it no photos (1912); and
`上表所列县直部门` over a table of full names that a PDF wrapped inside its narrow cells (1915)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
DEPARTMENTS = sorted(ROSTER.names(["department"]))
BOX = "jcgxj_tj@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", title: str = "关于做好农村供水工程运行排查工作的通知"):
    text = (f"{title}\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：孙立平  联系电话：0429-7713358\n\n建昌县水利局\n2475年3月6日\n")
    return draft_campaign(text, ROSTER)


def shapes(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


# ---------------------------------------------------------------- 1902: 各乡镇（除A外） in the body

TOWNS_BUT = "一、工作要求\n各乡镇{bracket}要逐村排查供水工程，于3月20日（星期五）前报送《供水工程排查表》（Excel格式）。\n"


def test_a_bracket_saying_but_first_leaves_its_town_out():
    (r,) = draft(TOWNS_BUT.format(bracket="（除汤神庙镇外）")).requirements
    assert sorted(r.units) == sorted(t for t in TOWNS if t != "汤神庙镇")


def test_a_bracket_saying_not_counting_first_leaves_its_towns_out():
    (r,) = draft(TOWNS_BUT.format(bracket="（不含汤神庙镇、石佛乡）")).requirements
    assert sorted(r.units) == sorted(t for t in TOWNS if t not in ("汤神庙镇", "石佛乡"))


def test_a_bracket_saying_including_leaves_no_town_out():
    """Near miss: （含汤神庙镇） counts the town in."""
    (r,) = draft(TOWNS_BUT.format(bracket="（含汤神庙镇）")).requirements
    assert sorted(r.units) == TOWNS


# ---------------------------------------------------------------- 1912: 县政府各部门（不含A、B）： in the salutation

DEPTS_ASKED = "请各部门于3月20日（星期五）前将《供水设施台账》（Excel格式）报送县水利局。\n"


def test_a_salutation_bracket_not_counting_two_departments_leaves_them_out():
    (r,) = draft(DEPTS_ASKED, "县政府各部门（不含县公安局、县税务局）：").requirements
    assert "县公安局" not in r.units and "县税务局" not in r.units
    assert sorted(r.units) == sorted(d for d in DEPARTMENTS if d not in ("县公安局", "县税务局"))


def test_a_salutation_bracket_including_a_department_leaves_none_out():
    """Near miss: （含县公安局） says who is counted in, not who is left out."""
    (r,) = draft(DEPTS_ASKED, "县政府各部门（含县公安局）：").requirements
    assert "县公安局" in r.units


# ---------------------------------------------------------------- 1912: a 范围 section above gives no material

SCOPE_ABOVE = ("一、清理范围\n2470年以前形成的会议记录及相应的照片、视频资料。\n二、报送要求\n"
               "请各乡镇于3月20日（星期五）前，将{what}报送县水利局。\n")


# ---------------------------------------------------------------- 1915: 上表所列县直部门 over full names wrapped by a PDF

WRAPPED_TABLE = ("二、部门任务\n参加本次排查的县直单位如下：\n序号 单位 联系人 联系电话\n"
                 "1 建昌县教育局 郭明 7921433\n2 建昌县卫生健康\n局\n石磊 7213390\n3 建昌县农业农村\n局\n罗佳 7617725\n"
                 "4 建昌县供电公司 冯雪 7826609\n{after}"
                 "请上表所列县直部门于3月20日（星期五）前分别报送本部门排查方案（Word格式）。\n")


def test_the_departments_listed_above_by_full_names_wrapped_in_their_cells():
    (r,) = draft(WRAPPED_TABLE.format(after=""), "县直有关单位：").requirements
    assert sorted(r.units) == sorted(["县教育局", "县卫健局", "县农业农村局"])


def test_a_bare_word_under_a_row_ending_in_a_phone_number_is_no_wrapped_cell():
    """Near miss: a one-word line under a row whose last cell is a number is not the rest of a cell (the row ended)."""
    (r,) = draft(WRAPPED_TABLE.format(after="县林草局\n"), "县直有关单位：").requirements
    assert "县林草局" not in r.units


def test_a_scope_section_above_gives_no_part_to_a_sending_naming_none():
    """将清理结果报送 names no material: the photos and videos the 清理范围 above covers are not what is sent."""
    (r,) = draft(SCOPE_ABOVE.format(what="清理结果")).requirements
    assert shapes(r) == ["document"]


def test_a_materials_section_above_still_gives_its_parts():
    """Near miss: a section headed 报送材料 (not 范围) names what is sent: its photos stay a part."""
    body = SCOPE_ABOVE.replace("清理范围", "报送材料").format(what="清理结果")
    (r,) = draft(body).requirements
    assert "photo" in shapes(r)


TAB_TABLE = ("参加本次排查的县直单位如下：\n序号\t单位\t联系人\n1\t建昌县教育局\t郭明\n2\t建昌县卫生健康局\t石磊\n"
             "请上表所列县直部门于3月20日（星期五）前分别报送本部门排查方案（Word格式）。\n")


def test_the_departments_of_the_table_above_said_with_their_level():
    (r,) = draft(TAB_TABLE, "县直有关单位：").requirements
    assert sorted(r.units) == ["县卫健局", "县教育局"]


# ---------------------------------------------------------------- 1912: a 《…目录》 is a material (a list of files)


def test_a_titled_catalogue_is_a_material_in_its_format():
    (r,) = draft("一、请各乡镇于3月20日（星期五）前报送《供水工程档案移交目录》（Excel格式）。").requirements
    assert [p["title"] for p in r.parts] == ["供水工程档案移交目录"]
    assert shapes(r) == ["document/xlsx"]


def test_near_miss_a_catalogue_named_in_passing_is_no_part():
    (r,) = draft("一、请各乡镇按档案目录顺序整理资料，于3月20日（星期五）前报送供水工程运行情况报告（Word格式）。").requirements
    assert [p["title"] for p in r.parts] == ["供水工程运行情况报告"]
