"""Routing between campaigns open in one mailbox (collector/match/campaigns.py).

Three campaigns of one office beside the built-in 5·15 one, each written the
way a clerk's campaign file is (units named out of the roster). Every case is
a mail a unit really sends; each assertion fails if routing looks only at the
unit, only at the time, or at bare words without their owner.
"""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage

import pytest

from collector.campaign import campaign_from_dict, load_campaign
from collector.match import match_mail
from collector.match.words import Place, document_title, find_words
from collector.parsers import parse_message
from collector.roster import builtin_roster

SH = dt.timezone(dt.timedelta(hours=8))
ROSTER = builtin_roster()

ANNUAL = {
    "id": "annual-2023", "title": "2023年度政府信息公开工作年度报告报送", "notice_date": "2024-01-08",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["年度报告", "年报"]},
    "units": {"kinds": ["town", "township", "zone", "department", "institution"]},
    "requirements": [{
        "id": "report", "title": "政府信息公开工作年度报告", "due": "2024-01-20T16:00:00+08:00",
        "hints": ["年度报告", "年报", "统计表"],
        "parts": [
            {"id": "word", "title": "年度报告Word版", "kind": "document", "formats": ["docx", "doc", "wps"], "words": ["年度报告"]},
            {"id": "stamped", "title": "盖章PDF版", "kind": "document", "formats": ["pdf"], "words": ["年度报告"]},
            {"id": "table", "title": "统计表", "kind": "document", "formats": ["xlsx", "xls", "et"], "words": ["统计表"]},
        ],
    }],
}
SELFCHECK = {
    "id": "selfcheck-2023", "title": "政务公开自查整改", "notice_date": "2023-06-12",
    "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["自查整改"]},
    "units": ["县发改局", "县教育局", "县民政局", "县财政局", "县住建局"],
    "requirements": [
        {"id": "selfcheck", "title": "自查报告", "due": "2023-06-25T17:00:00+08:00", "hints": ["自查报告", "自查情况"],
         "parts": [{"id": "report", "title": "自查报告", "kind": "document", "words": ["自查"]}]},
        {"id": "rectify", "title": "整改报告及整改截图", "due": "2023-07-10T16:00:00+08:00", "hints": ["整改报告", "整改情况", "整改截图"],
         "parts": [{"id": "report", "title": "整改报告", "kind": "document", "words": ["整改"]},
                   {"id": "shots", "title": "整改截图", "kind": "photo"}]},
    ],
}
SURVEY = {
    "id": "survey-2023", "title": "政务新媒体情况调查", "notice_date": "2023-06-15",
    "units": {"kinds": ["town", "township", "department"]},
    "requirements": [{"id": "form", "title": "政务新媒体调查表", "due": "2023-06-30T12:00:00+08:00",
                      "hints": ["调查表", "新媒体"],
                      "parts": [{"id": "form", "title": "调查表", "kind": "document", "formats": ["xlsx", "xls"]}]}],
}


@pytest.fixture(scope="module")
def campaigns():
    return [load_campaign(None, roster=ROSTER)] + [campaign_from_dict(d, roster=ROSTER) for d in (ANNUAL, SELFCHECK, SURVEY)]


def _docx(lines: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def mail(subject: str, body: str, files: dict[str, bytes] = (), sender: str = "wangli2023@163.com",
         name: str = "") -> bytes:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>" if name else sender
    m["To"] = "jc7710089@163.com"
    m["Subject"] = subject
    m.set_content(body)
    for fname, data in dict(files).items():
        ext = fname.rsplit(".", 1)[-1]
        maintype, subtype = ("image", "png") if ext == "png" else ("application", "octet-stream")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m.as_bytes()


def place(campaigns, raw: bytes, when: dt.datetime, open_requirements=None):
    return match_mail(parse_message(raw), campaigns, {}, received_at=when, open_requirements=open_requirements)


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\0" * 64


def test_annual_report_whose_subject_says_zhengwu_gongkai_is_the_annual_report(campaigns):
    raw = mail("建昌县发展和改革局关于报送2023年政务公开工作年度报告的函", "您好，附件是我局年度报告及统计表，请查收。\n县发改局 王丽",
               {"县发改局2023年政务公开工作年度报告.docx": _docx(["建昌县发展和改革局", "2023年政府信息公开工作年度报告", "一、总体情况。"]),
                "年度报告（盖章）.pdf": b"%PDF-1.4\n%%EOF\n", "统计表.xlsx": b"PK\x03\x04"})
    m = place(campaigns, raw, dt.datetime(2024, 1, 15, 10, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "annual-2023", "县发改局", ["report"]), m.reason


def test_a_515_straggler_in_june_still_goes_to_515(campaigns):
    raw = mail("县发改局5·15政务公开日活动总结（补报）", "补报我局活动总结及照片。\n县发改局",
               {"活动总结.docx": _docx(["县发改局5·15政务公开日活动总结", "5月15日，我局开展了活动。"]), "现场.png": PNG})
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("filed", "jianchang-515-2023", "县发改局"), m.reason
    assert m.requirements == ["summary"]


def test_a_selfcheck_report_mentioning_rectification_in_passing_counts_only_as_selfcheck(campaigns):
    raw = mail("县民政局政务公开自查报告", "现将我局自查报告报送，整改报告另行报送。\n县民政局",
               {"县民政局政务公开自查报告.docx": _docx(["县民政局政务公开自查报告", "经自查，发现问题三项，下一步将抓好整改。"])})
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.requirements) == ("filed", "selfcheck-2023", ["selfcheck"]), m.reason


def test_a_rectification_report_with_screenshots_is_not_a_selfcheck_report(campaigns):
    raw = mail("县住建局整改报告", "根据自查发现的问题，我局已完成整改，整改报告和截图见附件。\n县住建局",
               {"整改报告.docx": _docx(["县住建局关于政务公开自查问题的整改报告", "针对自查发现的问题，逐项整改。"]),
                "整改截图1.png": PNG})
    m = place(campaigns, raw, dt.datetime(2023, 7, 5, 9, tzinfo=SH))
    assert (m.state, m.campaign, m.requirements) == ("filed", "selfcheck-2023", ["rectify"]), m.reason


def test_a_bare_mail_goes_to_the_only_campaign_in_its_window(campaigns):
    raw = mail("材料", "请查收。\n县财政局", {"材料.docx": _docx(["材料"])})
    m = place(campaigns, raw, dt.datetime(2023, 6, 13, 9, tzinfo=SH))  # before the survey's notice
    assert (m.state, m.campaign, m.unit) == ("filed", "selfcheck-2023", "县财政局"), m.reason


def test_a_bare_mail_that_fits_two_open_campaigns_goes_to_review_saying_so(campaigns):
    raw = mail("材料", "请查收。\n县财政局", {"材料.docx": _docx(["材料"])})
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH))
    assert m.state == "needs_review" and m.unit == "县财政局"
    assert "多项活动" in m.reason and "政务公开自查整改" in m.reason and "政务新媒体情况调查" in m.reason


def test_what_is_still_owed_settles_a_bare_mail_between_two_open_campaigns(campaigns):
    raw = mail("材料", "请查收。\n县财政局", {"材料.docx": _docx(["材料"])})
    owed = {("survey-2023", "县财政局"): set(), ("selfcheck-2023", "县财政局"): {"rectify"}}
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH), owed)
    assert (m.state, m.campaign) == ("filed", "selfcheck-2023"), m.reason


def test_a_town_sending_a_selfcheck_report_it_does_not_owe_goes_to_review(campaigns):
    raw = mail("建昌镇政务公开自查报告", "报送我镇自查报告。\n建昌镇人民政府", {"自查报告.docx": _docx(["建昌镇政务公开自查报告"])})
    m = place(campaigns, raw, dt.datetime(2023, 6, 20, 9, tzinfo=SH))
    assert m.state == "needs_review" and m.unit == "建昌镇", m.reason
    assert "无需报送" in m.reason and "自查报告" in m.reason


def test_a_mail_before_every_notice_of_its_units_campaigns_goes_to_review(campaigns):
    raw = mail("材料", "请查收。\n县财政局", {"材料.docx": _docx(["材料"])})
    m = place(campaigns, raw, dt.datetime(2023, 3, 1, 9, tzinfo=SH))
    assert m.state == "needs_review" and "通知日期" in m.reason


def test_one_mail_with_both_reports_answers_both_requirements(campaigns):
    raw = mail("县教育局自查报告和整改报告", "一并报送。\n县教育局",
               {"自查报告.docx": _docx(["县教育局自查报告"]), "整改报告.docx": _docx(["县教育局整改报告"])})
    m = place(campaigns, raw, dt.datetime(2023, 7, 1, 9, tzinfo=SH))
    assert (m.state, m.campaign, sorted(m.requirements)) == ("filed", "selfcheck-2023", ["rectify", "selfcheck"]), m.reason


def test_a_longer_word_of_another_requirement_covers_a_shorter_one():
    vocab = {"报告": {"a"}, "整改报告": {"b"}, "自查": {"a"}}
    found = find_words([Place("filename", "县住建局整改报告")], vocab)
    assert set(found) == {"b"}
    found = find_words([Place("filename", "自查报告")], vocab)
    assert set(found) == {"a"}


def test_a_document_title_stops_at_its_first_sentence():
    text = "县民政局\n政务公开自查报告\n经自查，发现整改事项三项。\n二、整改措施"
    assert document_title(text) == "县民政局 政务公开自查报告"
