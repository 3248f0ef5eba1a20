"""What held-out notices 1800–1819 showed the drafter missing about meetings and their attendees (the share of branch
h-fixn90b), on notice texts written for these tests, each with a near miss that must not fire: `以上单位（X除外）` pointed
back at a `参会单位：` line, one of them `另附` a sheet of its own (1814); `以上参会单位` from a meeting table's 参会单位 cell,
sending `于会议召开前两个工作日` counted back from the table's date (1817)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.senders.attendees import attendees_spelled_out
from collector.drafting.timing.event_tables import table_event_days
from collector.drafting.timing.events import EVENT
from collector.drafting.senders.units import UnitResolver
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcsjj_hy2461@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府，县民政局，县司法局，县人社局，县气象局："):
    text = (f"建昌县应急管理局\n关于召开2461年防汛工作座谈会的通知\n{salutation}\n{body}\n"
            f"联系人：袁立新  联系电话：0429-7718820\n\n建昌县应急管理局\n2461年6月3日\n")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


# ---------------------------------------------------------------- 1814: 以上单位（X除外） and one unit's 另附

ATTENDEES = ("一、会议安排\n时间：6月10日（星期五）上午9时\n参会单位：县民政局、县司法局、县人社局、县气象局，每个单位1人。\n"
             "二、材料报送\n（一）请以上单位（县气象局除外）于6月17日（星期五）前报送防汛工作总结（Word格式）{more}，"
             f"发送至邮箱{BOX}。\n（二）各乡镇人民政府于6月24日（星期五）前报送隐患台账（Excel格式）至上述邮箱。\n")


def test_units_above_are_the_attendees_line_less_the_bracket():
    first, towns = draft(ATTENDEES.format(more="")).requirements
    assert sorted(first.units) == sorted(["县民政局", "县司法局", "县人社局"])
    assert sorted(towns.units) == TOWNS


def test_units_above_with_no_attendees_line_are_left_as_written():
    """Near miss: no 参会单位 line above, so 以上单位 is not spelled out from one."""
    resolver = UnitResolver(ROSTER)
    body = "一、工作要求\n请以上单位（县气象局除外）于6月17日前报送总结。"
    assert attendees_spelled_out(body, resolver, []) == body


def test_one_attendee_attaching_a_sheet_gets_a_requirement_of_its_own():
    first, own, towns = draft(ATTENDEES.format(more="，县司法局另附参会人员名单（Excel格式）")).requirements
    assert sorted(first.units) == sorted(["县民政局", "县人社局"]) and kinds(first) == ["document/docx"]
    assert own.units == ["县司法局"] and kinds(own) == ["document/docx", "document/xlsx"]
    assert own.due == first.due


def test_every_attendee_sending_two_things_stays_one_requirement():
    """Near miss: 并附 with no unit of its own before it: the sheet is every attendee's."""
    first, towns = draft(ATTENDEES.format(more="，并附参会人员名单（Excel格式）")).requirements
    assert sorted(first.units) == sorted(["县民政局", "县司法局", "县人社局"])
    assert kinds(first) == ["document/docx", "document/xlsx"]


# ---------------------------------------------------------------- 1817: a meeting table and 会议召开前两个工作日

TABLE = ("一、各乡镇人民政府于6月13日（星期一）前报送汛前检查表（Excel格式），发送至邮箱" + BOX + "。\n"
         "二、会议安排如下：\n会议名称\t时间\t地点\t参会单位\n{name}\t6月20日（星期一）上午9时\t县政府第一会议室\t"
         "县民政局、县司法局、县人社局\n"
         "请以上参会单位于会议召开前两个工作日报送本单位防汛准备情况（Word格式）至上述邮箱。县人社局列席会议，无需报送材料。\n")


def test_attendees_of_a_meeting_table_send_two_working_days_before_it():
    towns, attendees = draft(TABLE.format(name="防汛工作座谈会")).requirements
    assert sorted(towns.units) == TOWNS
    assert sorted(attendees.units) == sorted(["县民政局", "县司法局"])
    assert (attendees.due.month, attendees.due.day) == (6, 16)  # Monday 6月20日 → the Thursday before


def test_a_table_row_of_no_event_gives_no_meeting_day():
    """Near miss: a row naming no meeting (检查组) and a header of no 时间 column give no day."""
    text = ("检查组\t时间\t地点\n第一检查组\t6月16日\t大屯镇\n会议名称\t地点\n防汛座谈会\t县政府\n")
    assert table_event_days(text, None, EVENT) == []
    assert [w for w, _ in table_event_days("会议名称\t时间\n防汛座谈会\t6月16日\n", None, EVENT)] == ["座谈会"]
