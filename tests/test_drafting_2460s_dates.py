"""What held-out notices 2460–2479 showed the drafter missing in which dates are deadlines (fixed on branch h-fixn123b),
on notice texts written for these tests, each with a near miss that must not change: a plan's printing date is no
deadline (2460), a sentence sending by the time above is due then (2462), `于7月10日…召开…推进会` is the meeting's day of
`会议当日` (2466), a deadline said again under a reminder with the senders before its material is no new requirement
(2478)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直各部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县档案馆", "关于报送2750年度档案工作资料的通知", addressee, body, "2750年8月20日",
        opening="为做好全县档案工作，现将有关事项通知如下：",
        mailbox="jcdag_zl2750@163.com",
        contact="孙立  联系电话：0429-7427718"))


def dues(d) -> list[tuple[int, int, int, int]]:
    return [(r.due.month, r.due.day, r.due.hour, r.due.minute) for r in d.requirements]


# ---------------------------------------------------------------- 2460: 汇编计划于11月30日前印刷出版，请各单位按时报送


PLAN = ("一、请各乡镇于9月12日（星期五）下午4时前将档案工作总结（Word格式）发送至邮箱。\n"
        "二、{plan}，确保资料准确。")


def test_a_plans_printing_date_is_no_deadline(tmp_path):
    d = draft(tmp_path, PLAN.format(plan="资料汇编计划于11月30日前印刷出版，请各乡镇按时报送"))
    assert dues(d) == [(9, 12, 16, 0)]


def test_near_miss_a_sending_by_a_planned_date_is_still_a_deadline(tmp_path):
    d = draft(tmp_path, PLAN.format(plan="各乡镇计划于9月30日前报送档案整理情况报告（Word格式）"))
    assert dues(d) == [(9, 12, 16, 0), (9, 30, 23, 59)]


# ---------------------------------------------------------------- 2462: 县直各部门参照上述时间报送…统计表


ABOVE = ("一、各乡镇于9月12日（星期五）下午3时前将档案工作总结（Word格式）发送至邮箱。\n"
         "二、县直各部门{when}报送本部门档案室面积统计表（Excel格式），发送至同一邮箱。")


def test_a_sentence_sending_by_the_time_above_is_due_then(tmp_path):
    towns, departments = draft(tmp_path, ABOVE.format(when="参照上述时间")).requirements
    assert (departments.due.month, departments.due.day, departments.due.hour) == (9, 12, 15)
    assert "县财政局" in departments.units and "县财政局" not in towns.units
    assert part_shapes(departments) == ["sheet"]


def test_near_miss_a_sentence_with_its_own_date_keeps_it(tmp_path):
    d = draft(tmp_path, ABOVE.format(when="参照上述时间要求，于9月19日（星期五）前"))
    assert dues(d) == [(9, 12, 15, 0), (9, 19, 23, 59)]


# ---------------------------------------------------------------- 2466: 于7月10日统一召开…推进会，并于会议当日下午5时前


MEETING = "一、各乡镇于9月12日（星期五）{held}档案工作推进会，并于会议当日下午5时前将会议纪要（Word格式）发送至邮箱。"


def test_a_day_the_event_is_held_on_counts_its_same_day(tmp_path):
    (r,) = draft(tmp_path, MEETING.format(held="统一召开")).requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2750, 9, 12, 17, 0)


def test_near_miss_a_day_to_hold_it_by_is_no_meetings_day(tmp_path):
    d = draft(tmp_path, MEETING.format(held="前召开"))
    assert not any(r.due.replace(tzinfo=None) == dt.datetime(2750, 9, 12, 17, 0) for r in d.requirements)


# ---------------------------------------------------------------- 2478: 再次提醒：各乡镇企业名录须于…前报送


REMINDER = ("一、请各乡镇于9月12日（星期五）下午3时30分前将辖区重点档案室名录（Excel格式）报送至邮箱。\n"
            "二、联系方式见文末。\n"
            "三、再次提醒\n各乡镇{what}须于9月12日下午3时30分前报送。")


def test_a_deadline_said_again_with_its_senders_before_a_shorter_name_is_one_requirement(tmp_path):
    (r,) = draft(tmp_path, REMINDER.format(what="档案室名录")).requirements
    assert part_shapes(r) == ["sheet"]


def test_near_miss_another_material_said_after_is_its_own_requirement(tmp_path):
    d = draft(tmp_path, REMINDER.format(what="档案工作总结"))
    assert len(d.requirements) == 2
