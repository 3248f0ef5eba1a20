"""What held-out notices 2420–2439 showed the drafter missing in the words of a sentence (fixed on branch h-fixn121c),
on notice texts written for these tests, each with a near miss that must not change: `当晚8点前` is 20:00 of the day
before it (2422); 等次 is a word of a material's name, no 等 closing a list (2420); `县政府各部门` in the asking sentence,
under a salutation naming `各直属单位` apart, asks no institution (2424); `…报乡镇农经站审核，不直接报送县X局` is no
material mailed to the notice (2438)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

from collector.roster import builtin_roster
from test_drafting import part_shapes

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(["town", "township"]))
DEPARTMENTS = set(ROSTER.names(["department"]))
INSTITUTIONS = set(ROSTER.names(["institution"]))


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直各部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于做好2750年度农业生产统计工作的通知", addressee, body, "2750年1月6日",
        opening="为做好年度农业生产统计工作，现将有关事项通知如下。",
        mailbox="jcnyj_tj2750@163.com",
        contact="刘明  联系电话：0429-7713001"))


# ---------------------------------------------------------------- 2422: 当晚8点前


def test_the_evening_of_the_day_named_is_its_evening_hour(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇于1月10日（星期二）当晚8点前将农业生产统计表（Excel格式）报送。").requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2750, 1, 10, 20, 0)


def test_near_miss_the_day_itself_said_before_its_afternoon_hour(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇于1月10日当天下午5时前将农业生产统计表（Excel格式）报送。").requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2750, 1, 10, 17, 0)


def test_near_miss_an_hour_said_without_the_evening_is_the_morning(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇于1月10日（星期二）8点前将农业生产统计表（Excel格式）报送。").requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2750, 1, 10, 8, 0)


# ---------------------------------------------------------------- 2420: 优秀等次人员审批表（PDF扫描件）


def test_a_grade_word_is_part_of_the_name_it_stands_in(tmp_path):
    (r,) = draft(tmp_path, "一、县直各部门于1月20日前将统计表（Excel格式）及加盖公章的优秀等次人员审批表（PDF扫描件）"
                           "报送。").requirements
    assert part_shapes(r) == ["scan", "sheet"]


def test_near_miss_a_stamped_form_without_a_grade_word(tmp_path):
    (r,) = draft(tmp_path, "一、县直各部门于1月20日前将统计表（Excel格式）及加盖公章的人员审批表（PDF扫描件）"
                           "报送。").requirements
    assert part_shapes(r) == ["scan", "sheet"]


# ---------------------------------------------------------------- 2424: 县政府各部门 under …、各直属单位


SALUTATION_APART = "各乡镇人民政府，县政府各部门、各直属单位"


def test_the_governments_departments_asked_leave_the_institutions_addressed_apart(tmp_path):
    (r,) = draft(tmp_path, "一、请各乡镇、县政府各部门于3月6日前将统计情况报告（Word格式）报送。",
                 addressee=SALUTATION_APART).requirements
    assert set(r.units) == TOWNS | DEPARTMENTS


def test_near_miss_a_bare_departments_word_still_takes_the_institutions_in(tmp_path):
    (r,) = draft(tmp_path, "一、请各乡镇、各部门于3月6日前将统计情况报告（Word格式）报送。",
                 addressee=SALUTATION_APART).requirements
    assert set(r.units) == TOWNS | DEPARTMENTS | INSTITUTIONS


# ---------------------------------------------------------------- 2438: …报乡镇农经站审核，不直接报送县农业农村局


SENT_THROUGH = ("一、各村集体经济组织于12月3日前将决算报表报乡镇农经站审核，{tail}。\n"
                "二、各乡镇于12月10日前将决算汇总表（Excel格式）报送。")


def test_a_material_not_sent_directly_to_a_county_office_is_no_requirement(tmp_path):
    requirements = draft(tmp_path, SENT_THROUGH.format(tail="不直接报送县农业农村局")).requirements
    assert [r.due.day for r in requirements] == [10]


def test_near_miss_a_material_sent_directly_stays(tmp_path):
    body = "一、各乡镇于12月3日前将决算报表直接报送县农业农村局。\n二、各乡镇于12月10日前将决算汇总表（Excel格式）报送。"
    assert [r.due.day for r in draft(tmp_path, body).requirements] == [3, 10]
