"""What held-out notices 1720–1739 showed the drafter missing (the share of branch h-fixn86b), on notice texts written
for these tests, each with a near miss that must not fire: a group addressed by its offices (县直有关部门办公室) whose
members the body names in brackets once (1730); deadlines only as reporting windows in a table's sending-time column,
with daily hours after a comma (1737)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府，县民政局，县水利局："):
    text = (f"关于开展2461年农村公益设施管护情况检查的通知\n{salutation}\n{body}\n报送邮箱：jcgyss_gh@163.com\n"
            f"联系人：苗振东  联系电话：0429-7716203\n\n建昌县农村公益设施管护中心\n2461年10月9日\n")
    return draft_campaign(text, ROSTER)


def dues(d) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in d.requirements]


# ---------------------------------------------------------------- 1730: 县直有关部门办公室, the members in brackets

OFFICES = "各乡镇党政综合办公室，县直有关部门办公室："
SCOPE = "一、检查范围\n各乡镇管护的公益设施；县直有关部门{bracket}管理的公益设施。\n"
SENT = ("二、报送要求\n（一）各乡镇党政综合办公室请于10月19日（星期五）前报送管护台账（Excel格式）。\n"
        "（二）县直有关部门办公室请于10月24日（星期三）前报送管护情况报告（Word格式）。\n")


def test_a_group_whose_members_stand_in_brackets_is_those_members_wherever_it_is_said():
    towns, departments = draft(SCOPE.format(bracket="（县民政局、县水利局）") + SENT, OFFICES).requirements
    assert sorted(towns.units) == TOWNS
    assert sorted(departments.units) == ["县民政局", "县水利局"]


def test_the_addressee_said_as_the_groups_offices_is_read_as_its_members():
    d = draft(SCOPE.format(bracket="（县民政局、县水利局）") + SENT, OFFICES)
    assert {"县民政局", "县水利局"} <= set(d.units)
    assert not any("无法确定具体单位" in line for line in d.unsettled)


def test_a_bracket_that_leaves_a_unit_out_names_no_members():
    """Near miss: （县民政局除外） says who is not meant: the group is not read as 县民政局."""
    d = draft(SCOPE.format(bracket="（县民政局除外）") + SENT, OFFICES)
    assert d.requirements[1].units != ["县民政局"]
    assert any("县直有关部门办公室" in line and "无法确定具体单位" in line for line in d.unsettled)


def test_a_bracket_of_words_that_are_no_units_names_no_members():
    """Near miss: （含直属机构） is no list of units: the group stays undecided."""
    d = draft(SCOPE.format(bracket="（含直属机构）") + SENT, OFFICES)
    assert any("县直有关部门办公室" in line and "无法确定具体单位" in line for line in d.unsettled)


# ---------------------------------------------------------------- 1737: 报送时段 column, 每日8:30—17:00

TABLE = ("一、报送方式\n请各单位在下表所列{column}内，将检查材料发送至上述邮箱。\n"
         "组别\t报送单位\t{column}\t报送材料\n"
         "乡镇组\t各乡镇\t10月15日（星期一）至10月19日（星期五）{hours1}\t管护台账（Excel格式）\n"
         "部门组\t县民政局、县水利局\t10月22日（星期一）至10月24日（星期三）{hours2}\t管护情况报告（Word格式）\n")


def test_windows_in_a_sending_time_column_close_on_their_last_day_at_the_daily_closing_hour():
    d = draft(TABLE.format(column="报送时段", hours1="，每日8:30—17:00", hours2="，每日8:30—12:00"))
    towns, departments = d.requirements
    assert dues(d) == [dt.datetime(2461, 10, 19, 17, 0), dt.datetime(2461, 10, 24, 12, 0)]
    assert sorted(towns.units) == TOWNS
    assert sorted(departments.units) == ["县民政局", "县水利局"]


def test_a_window_in_a_sending_time_column_without_daily_hours_closes_at_its_last_days_end():
    """Near miss: no hours after the span: the whole last day, as a date without a time is read."""
    d = draft(TABLE.format(column="报送时间", hours1="", hours2=""))
    assert dues(d) == [dt.datetime(2461, 10, 19, 23, 59, 59), dt.datetime(2461, 10, 24, 23, 59, 59)]


def test_a_single_day_in_a_sending_time_column_is_the_rows_deadline():
    body = ("一、请各单位按下表报送材料。\n序号\t报送单位\t报送时限\t报送材料\n"
            "1\t各乡镇\t10月19日（星期五）\t管护台账（Excel格式）\n2\t县民政局\t10月24日\t管护情况报告（Word格式）\n")
    d = draft(body)
    assert dues(d) == [dt.datetime(2461, 10, 19, 23, 59, 59), dt.datetime(2461, 10, 24, 23, 59, 59)]
    assert d.requirements[1].units == ["县民政局"]


def test_dates_in_a_column_of_when_work_is_done_are_no_deadlines():
    """Near miss: 核查时段 is when the checks are made, not when anything is sent."""
    d = draft(TABLE.format(column="核查时段", hours1="，每日8:30—17:00", hours2="，每日8:30—12:00"))
    assert dues(d) == []


def test_daily_hours_after_a_single_day_leave_the_day_at_its_end():
    """Near miss: the daily hours close a span of days only; one day with 每日 hours after it stays the whole day."""
    d = draft(TABLE.format(column="报送时间", hours1="", hours2="").replace(
        "10月15日（星期一）至10月19日（星期五）", "10月19日（星期五），每日8:30—17:00"))
    assert dues(d)[0] == dt.datetime(2461, 10, 19, 23, 59, 59)
