"""A reply on another campaign's thread (the twenty-ninth held-out mailbox's miss, tests/fixtures/mixed29): the
office answered 收到 to a unit's 档案移交 mail, and the unit replies to that answer with the 排查 table."""

from __future__ import annotations

import datetime as dt

import pytest
from route_helpers import SH, held_out_campaigns, mail, office_quote, place



XLSX = b"PK\x03\x04" + b"\0" * 64
MARCH = dt.datetime(2039, 3, 25, 15, 40, tzinfo=SH)
QUOTED = office_quote("回复：县公安局档案移交目录", "收到，谢谢。")


@pytest.fixture(scope="module")
def campaigns():
    return held_out_campaigns("mixed29")


@pytest.mark.parametrize("subject", ["回复：回复：县公安局档案移交目录", "Re: 县公安局档案移交目录", "答复：县公安局档案移交目录"])
def test_a_reply_on_another_campaigns_thread_goes_where_its_files_and_words_say(campaigns, subject):
    body = "县政府办公室：\n我局涉企违规收费问题线索排查情况统计表见附件，零报告。\n县公安局办公室" + QUOTED
    m = place(campaigns, mail(subject, body, {"县公安局涉企违规收费问题线索排查情况统计表.xlsx": XLSX}), MARCH)
    assert (m.state, m.campaign, m.unit) == ("filed", "2039-03-13-sqwgsfwtxspc", "县公安局"), m.reason


def test_a_reply_carrying_its_threads_own_files_stays_on_the_thread(campaigns):
    body = "县政府办公室：\n按意见修改后的档案移交目录见附件。\n县公安局办公室" + QUOTED
    m = place(campaigns, mail("回复：回复：县公安局档案移交目录", body, {"县公安局档案移交目录（修改）.xlsx": XLSX}), MARCH)
    assert (m.state, m.campaign) == ("filed", "2039-03-06-wsdayjml"), m.reason
    assert "沿用" not in m.reason
