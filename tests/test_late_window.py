"""A requirement's 补报 window (``late_until``, docs/campaign-format.md): mixed55's 体检名单 notice let the late send
“于11月6日（星期五）17时前补报一次；逾期不再受理”, and the collector drafted the window as a requirement of its own
(“报送材料”) and filed a 名单 of 11-09 as late, where a person must decide. Here, on notices, campaign files and mails
written for these tests: the drafter makes such a window the late_until of the requirement due last before it; the
file and the dashboard form carry it and refuse one not after the due; a mail inside the window is filed (late), one
after it goes to 待审核 saying the 补报 closed."""

from __future__ import annotations

import datetime as dt

import pytest
from route_helpers import SH, mail, place
from test_drafting_820s import drafted
from test_route_round55 import xlsx

from collector.campaign import CampaignError, campaign_from_dict
from collector.dashboard.campaign_form import data_from_form, form_from_data
from collector.roster import builtin_roster

NOV = 2065


def test_a_window_for_the_late_is_the_late_until_of_the_requirement_before_it():
    body = ("请各乡镇于5月12日17时前将春耕生产情况统计表发送至jcny@163.com。未能按时报送的单位，可于5月19日17时前"
            "补报一次，逾期不再受理。")
    (r,) = drafted(body).requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2026, 5, 12, 17, 0)
    assert r.late_until.replace(tzinfo=None) == dt.datetime(2026, 5, 19, 17, 0)


def test_the_window_belongs_to_the_deadline_just_before_it():
    body = ("请各乡镇于5月12日17时前将春耕生产情况统计表发送至jcny@163.com，6月20日前将夏粮收购情况报告发送至同一邮箱。"
            "逾期未报送的乡镇，须于5月15日前补报。")
    first, second = drafted(body).requirements
    assert first.late_until.replace(tzinfo=None) == dt.datetime(2026, 5, 15, 23, 59, 59)
    assert second.late_until is None


def campaign(late_until: str | None = "2065-11-06T17:00:00+08:00"):
    req = {"id": "list", "title": "健康体检人员名单", "due": "2065-10-30T17:00:00+08:00", "units": "all",
           "hints": ["体检名单", "体检人员名单"],
           "parts": [{"id": "table", "title": "体检人员名单", "kind": "document", "formats": ["xlsx"],
                      "words": ["体检名单", "体检人员名单"]}]}
    if late_until:
        req["late_until"] = late_until
    return campaign_from_dict({"id": "tj", "title": "2065年度县直机关干部职工健康体检", "notice_date": "2065-10-19",
                               "units": {"kinds": ["department"]}, "mailbox": {"addresses": ["jc7710089@163.com"]},
                               "requirements": [req]}, roster=builtin_roster())


def test_late_until_must_come_after_the_due():
    assert campaign().requirements[0].late_until == dt.datetime(2065, 11, 6, 17, 0, tzinfo=SH)
    with pytest.raises(CampaignError, match="late_until must come after due"):
        campaign("2065-10-29T17:00:00+08:00")


def test_the_form_keeps_late_until_and_refuses_one_before_the_due():
    data = {"id": "tj", "title": "体检", "units": {"kinds": ["department"]},
            "requirements": [{"id": "list", "title": "名单", "due": "2065-10-30T17:00:00+08:00",
                              "late_until": "2065-11-06T17:00:00+08:00", "parts": []}]}
    units = [{"name": u.name, "kind": u.kind} for u in builtin_roster().units]
    back, errors = data_from_form(form_from_data(data, units), units, set())
    assert errors == {} and back["requirements"][0]["late_until"].startswith("2065-11-06T17:00")
    data["requirements"][0]["late_until"] = "2065-10-20T17:00:00+08:00"
    _, errors = data_from_form(form_from_data(data, units), units, set())
    assert errors == {"r0_late_until": "补报截止应晚于截止时间"}


def audit_list() -> bytes:
    return mail("审计局体检名单", "县政府办：\n我局2065年度健康体检人员名单见附件。\n建昌县审计局",
                {"审计局2065年度健康体检人员名单.xlsx": xlsx([["2065年度健康体检人员名单"],
                                                                 ["填报单位：建昌县审计局"], ["序号", "姓名", "性别"],
                                                                 [1, "王立新", "男"]])})


def test_a_mail_inside_the_window_is_filed_and_one_after_it_goes_to_a_person():
    inside = place([campaign()], audit_list(), dt.datetime(NOV, 11, 5, 10, 0, tzinfo=SH))
    assert (inside.state, inside.unit, inside.requirements) == ("filed", "县审计局", ["list"])
    after = place([campaign()], audit_list(), dt.datetime(NOV, 11, 9, 10, 0, tzinfo=SH))
    assert (after.state, after.unit) == ("needs_review", "县审计局")
    assert "补报已于11月6日17:00截止" in after.reason
    without = place([campaign(None)], audit_list(), dt.datetime(NOV, 11, 9, 10, 0, tzinfo=SH))
    assert without.state == "filed"  # no window: late mails are filed late whenever they come


# ---------------------------------------------------------------- the 更正 window, drafted

def test_a_window_for_corrections_is_the_corrections_until_of_the_requirement_before_it():
    # mixed64's 年报 notice: the drafter made the 更正 clause a requirement of its own (后发现报告及材料)
    body = ("请于5月19日17时前将年度报告Word版发送至jc7710089@163.com。报送后发现报告或数据有误需要更正的，"
            "请于5月26日17时前报送更正后的材料，并在邮件中注明“更正”，逾期不再受理更正。")
    draft = drafted(body)
    (r,) = draft.requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2026, 5, 19, 17, 0)
    assert r.corrections_until.replace(tzinfo=None) == dt.datetime(2026, 5, 26, 17, 0)
    assert r.late_until is None
    assert any("更正截止" in line for line in draft.unsettled)
    assert "corrections_until: 2026-05-26 17:00:00+08:00" in draft.to_yaml()


def test_a_correction_of_the_units_own_work_by_a_date_is_no_window():
    # 整改: the units correct what the inspection found, and send the report of it: a requirement of its own
    body = ("请于3月10日前将自查报告发送至jcjc@163.com。对检查发现的问题，请于3月31日前完成整改，并将整改报告"
            "发送至同一邮箱。")
    first, second = drafted(body).requirements
    assert second.due.replace(tzinfo=None) == dt.datetime(2026, 3, 31, 23, 59, 59)
    assert first.corrections_until is None


def test_a_resend_if_the_figures_change_is_no_correction_window():
    body = ("请于4月8日前将统计表发送至jctj@163.com。如有变动，请于4月15日前重新报送。")
    (r,) = drafted(body).requirements
    assert r.corrections_until is None and r.late_until is None
