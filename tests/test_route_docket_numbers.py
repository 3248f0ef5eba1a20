"""Held-out mailbox 83 (round 83): a 公文's 文号 in a subject, on a campaign and mails written for these tests
(a 2094 安全生产大检查 of two towns, one Word 情况报告 each).

A unit answering a notice may write only the notice's 文号 as the subject (`建安委〔2094〕7号`). The abbreviation that
opens a 文号 names the notice's issuer, not the sender: it is no unit off the roster that holds the mail. Any other name
beside the 文号 is read as before: an off-roster unit still holds the mail, a roster unit still names the sender.
"""

from __future__ import annotations

import datetime as dt

from route_helpers import SH, _docx, mail, one_table_campaign, place

from collector.campaign import Campaign

CHECK = "2094-05-06-aqscdjc"
MAY_15 = dt.datetime(2094, 5, 15, 10, 0, tzinfo=SH)
SIGNED = "附件请查收。\n\n喇嘛洞镇 张丽"


def safety_check() -> Campaign:
    return one_table_campaign(CHECK, "2094年乡镇安全生产大检查", "2094-05-06", "安全生产大检查", ["喇嘛洞镇", "贺杖子乡"],
                              "2094-05-20T17:00:00+08:00", ["安全生产大检查情况报告", "情况报告"],
                              formats=("docx", "doc", "wps"))


def report_mail(subject: str, body: str = SIGNED, heading: str = "喇嘛洞镇安全生产大检查情况报告", name: str = "") -> bytes:
    files = {"情况报告.docx": _docx([heading, "五月以来，对辖区企业开展安全生产大检查。"])}
    return mail(subject, body, files, sender="zhangli88@163.com", name=name)


def test_a_subject_that_is_only_a_document_number_files_under_the_signing_unit():
    for number in ("建安委〔2094〕7号", "建安委办发[2094]7号", "建政法委(2094)第7号", "建安委【2094】7号",
                   "建安委（2094）7号", "关于建安委〔2094〕7号的报送"):
        m = place([safety_check()], report_mail(number), MAY_15)
        assert (m.state, m.campaign, m.unit) == ("filed", CHECK, "喇嘛洞镇"), (number, m.reason)


def test_a_document_number_as_the_display_name_is_no_sender_either():
    m = place([safety_check()], report_mail("建安委〔2094〕7号", name="建安委〔2094〕7号"), MAY_15)
    assert (m.state, m.unit) == ("filed", "喇嘛洞镇"), m.reason


def test_an_off_roster_unit_beside_a_document_number_still_holds_the_mail():
    """县地震局 is no issuer here: the 文号 after it (with or without a space) opens with 建安委."""
    for subject in ("县地震局 建安委〔2094〕7号", "县地震局建安委〔2094〕7号"):
        m = place([safety_check()], report_mail(subject), MAY_15)
        assert m.state == "needs_review" and "名册外单位“县地震局”" in m.reason, (subject, m.reason)


def test_an_off_roster_unit_before_a_year_in_brackets_without_a_number_still_holds_the_mail():
    m = place([safety_check()], report_mail("县地震局(2094)"), MAY_15)
    assert m.state == "needs_review" and "县地震局" in m.reason, m.reason


def test_an_off_roster_display_name_beside_a_document_number_subject_still_holds_the_mail():
    m = place([safety_check()], report_mail("建安委〔2094〕7号", name="县地震局"), MAY_15)
    assert m.state == "needs_review" and "县地震局" in m.reason, m.reason


def test_a_roster_unit_outside_the_campaign_beside_a_document_number_still_holds_the_mail():
    m = place([safety_check()], report_mail("县统计局 建安委〔2094〕7号"), MAY_15)
    assert m.state == "needs_review" and "县统计局" in m.reason, m.reason


def test_a_roster_unit_named_beside_a_document_number_still_names_the_sender():
    """Nothing else names the unit: the subject's 喇嘛洞镇 does, the 文号 beside it taking nothing away."""
    m = place([safety_check()], report_mail("喇嘛洞镇 建安委〔2094〕7号", "附件请查收。", "安全生产大检查情况报告"), MAY_15)
    assert (m.state, m.campaign, m.unit) == ("filed", CHECK, "喇嘛洞镇"), m.reason
    assert "主题：喇嘛洞镇" in m.reason


def test_a_document_number_alone_names_no_sender():
    """No unit in the subject, the body or the file: the issuer's abbreviation is not taken for one."""
    m = place([safety_check()], report_mail("建安委〔2094〕7号", "附件请查收。", "安全生产大检查情况报告"), MAY_15)
    assert m.state == "needs_review" and m.unit is None and "建安委" not in m.reason, m.reason
