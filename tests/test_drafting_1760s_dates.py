"""What held-out notices 1760–1779 showed the drafter missing in their dates and groups (the share of branch h-fixn88c), on
notice texts written for these tests, each with a near miss that must not fire: a weekday grid whose cell's date is its
row's week plus its column's weekday, the hour the body gives the grid's days, a unit another sends for (代为) (1765); a
deadline counted in weeks from the 落款, a group named by its field with its members as bare stems (1768)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign

from collector.drafting.timing import weekday_grid
from collector.drafting.timing.deadlines import find_deadlines
from collector.drafting.senders.members_in_brackets import groups_with_members
from collector.drafting.senders.spelled_out import stems_spelled_out
from collector.drafting.senders.units import UnitResolver
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府：", date: str = "2461年8月25日"):
    text = (f"关于开展2461年秋季校园安全检查的通知\n{salutation}\n{body}\n邮箱：jcjyj_xyaq@163.com\n"
            f"联系人：阚立峰  联系电话：0429-7713482\n\n建昌县教育局\n{date}\n")
    return draft_campaign(text, ROSTER)


def dues(d) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in d.requirements]


# ---------------------------------------------------------------- 1765: a weekday grid, 当日下班前, 代为

HEADER = "报送日程\t星期一\t星期二\t星期三\t星期四\t星期五\n"
GRID = (HEADER + "第一周（9月5日至9月9日）\t\t县教育局：校车安全检查表（Excel格式）\t\t\t\n"
        "第二周（9月12日至9月16日）\t\t\t\t各乡镇：自查报告（Word格式）\t\n")


def test_a_weekday_grid_cell_is_due_on_its_rows_week_and_its_columns_weekday_at_the_hour_said():
    body = "一、请各单位按下表日程，于表中所列当日下午4时前将材料发送至邮箱。\n" + GRID
    bureau, towns = draft(body, "各乡镇人民政府，县教育局：").requirements
    assert bureau.units == ["县教育局"] and bureau.due.replace(tzinfo=None) == dt.datetime(2461, 9, 6, 16)
    assert sorted(towns.units) == TOWNS and towns.due.replace(tzinfo=None) == dt.datetime(2461, 9, 15, 16)


def test_a_weekday_grid_without_an_hour_closes_at_the_days_end():
    body = "一、请各单位按下表日程报送材料。\n" + GRID
    assert dues(draft(body, "各乡镇人民政府，县教育局：")) == [dt.datetime(2461, 9, 6, 23, 59, 59),
                                                        dt.datetime(2461, 9, 15, 23, 59, 59)]


def test_a_weekday_table_whose_rows_give_no_week_is_left_as_written():
    """Near miss: a duty roster under weekday columns (上午 / 下午 rows) has no dates to give."""
    text = "一、值班安排如下。\n" + HEADER + "上午\t张三\t李四\t王五\t赵六\t钱七\n下午\t孙八\t周九\t吴十\t郑一\t冯二\n"
    assert weekday_grid.spelled_out(text) == text


def test_a_unit_another_sends_for_is_left_out():
    body = ("一、县民政局、县医保局于9月15日（星期四）前报送救助情况（Word格式）。\n"
            "二、县民政局救助数据已接入医保信息系统，相关情况由县医保局代为汇总报送。\n")
    (r,) = draft(body, "县民政局，县医保局：").requirements
    assert r.units == ["县医保局"]


def test_a_unit_whose_data_another_only_checks_is_kept():
    """Near miss: 由县医保局代为核对 checks the data; 县民政局 still sends."""
    body = ("一、县民政局、县医保局于9月15日（星期四）前报送救助情况（Word格式）。\n"
            "二、县民政局救助数据由县医保局代为核对。\n")
    (r,) = draft(body, "县民政局，县医保局：").requirements
    assert sorted(r.units) == ["县医保局", "县民政局"]


# ---------------------------------------------------------------- 1768: 两周内 from the 落款, 涉农部门 by bare stems


def test_weeks_from_the_notices_issue_are_counted_seven_days_each():
    (d,) = find_deadlines("请于自本通知印发之日起两周内发送至上述邮箱。", dt.date(2461, 5, 12))
    assert d.due == dt.datetime(2461, 5, 26, 23, 59, 59)
    (d,) = find_deadlines("请于接到通知后3个星期内报送。", dt.date(2461, 5, 12))
    assert d.due == dt.datetime(2461, 6, 2, 23, 59, 59)


def test_weeks_that_count_no_time_to_send_are_no_deadline():
    """Near miss: 两周年 is an anniversary, 每两周 a rhythm; neither is counted from the notice."""
    assert not [d for d in find_deadlines("在建站两周年之际，每两周开展一次巡查。", dt.date(2461, 5, 12)) if d.due]


def test_a_group_named_by_its_field_with_bare_stems_is_those_units():
    body = ("一、各乡镇于5月19日（星期四）前报送汇总表（Excel格式）。\n"
            "二、县直涉农部门（农业农村、水利、供销）自本通知印发之日起两周内报送推荐意见（Word格式）。\n")
    towns, bureaus = draft(body, "各乡镇人民政府，县直涉农部门：", "2461年5月12日").requirements
    assert sorted(towns.units) == TOWNS
    assert sorted(bureaus.units) == ["县供销社", "县农业农村局", "县水利局"]
    assert bureaus.due.replace(tzinfo=None) == dt.datetime(2461, 5, 26, 23, 59, 59)


def test_a_field_group_whose_bracket_is_no_list_of_unit_stems_defines_nothing():
    """Near miss: （含下属单位）, a stem no roster unit has (金融), or stems in a bracket after no group word name no units."""
    resolver = UnitResolver(ROSTER)
    for text in ("县直涉农部门（含下属单位）请于5月19日前报送。", "县直涉农部门（农业农村、金融）请于5月19日前报送。",
                 "围绕重点领域（教育、卫健）开展检查。"):
        assert stems_spelled_out(text, resolver, []) == text
        assert groups_with_members(text, resolver) == {}
