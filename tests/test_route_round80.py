"""Held-out mailbox 80 (round 80): what it showed the collector missing, on a campaign and mails written for these tests
(a 2090 政务新媒体自查 owing an Excel 登记表 and a Word 整改报告 from the departments).

A unit sends its 初稿 for the office to look over first, "没问题再正式报": the files are a sample to check, and the
submission is still to come, so the mail is for a person to answer, not a submission. A mail that only says it will
not send again when there is no problem, or that the office may ask for more, is filed as before.
"""

from __future__ import annotations

import datetime as dt

from route_helpers import SH, mail, one_table_campaign, place

from collector.campaign import Campaign

MEDIA = "2090-05-08-zwxmtzc"
MAY_16 = dt.datetime(2090, 5, 16, 10, 40, tzinfo=SH)


def media() -> Campaign:
    return one_table_campaign(MEDIA, "2090年度政务新媒体账号自查整改", "2090-05-08", "政务新媒体自查",
                              ["县水利局", "县财政局"], "2090-05-23T17:00:00+08:00", ["政务新媒体账号自查登记表", "政务新媒体"])


def table_mail(body: str) -> bytes:
    return mail("水利局政务新媒体账号自查登记表", f"{body}\n\n县水利局办公室 李明",
                {"水利局政务新媒体账号自查登记表.xlsx": b"PK\x03\x04 not a real workbook"}, sender="slj_bgs@163.com")


def test_a_draft_sent_to_be_looked_over_before_the_real_one_is_for_a_person():
    m = place([media()], table_mail("登记表是初稿，麻烦先帮看看这样填行不行，没问题再正式报。"), MAY_16)
    assert m.state == "needs_review" and "没问题再正式报" in m.reason, (m.state, m.reason)


def test_the_same_with_the_condition_spelled_out():
    m = place([media()], table_mail("请先审一下，没有问题的话再报送盖章版。"), MAY_16)
    assert m.state == "needs_review", (m.state, m.reason)


def test_a_submission_that_only_says_it_sends_nothing_more_is_filed():
    """没问题不再另报 / 如有问题可以再报: the sender's own file is the submission."""
    for body in ("现报送我局登记表，如有问题请联系，没问题不再另报。", "现报送我局登记表，如有问题我们可以再报。"):
        m = place([media()], table_mail(body), MAY_16)
        assert (m.state, m.campaign, m.unit) == ("filed", MEDIA, "县水利局"), (body, m.reason)
