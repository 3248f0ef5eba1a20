"""A ledger campaign (one Excel file) and a check of facts typed in the body (a web address and a 联络员)
open at once, on mails written for these tests (the misses of the twenty-fourth held-out mailbox,
tests/fixtures/mixed24): one mail answering both, a 联络员's post, a file on a cloud drive, an address
behind linked words."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

import pytest
from route_helpers import ROSTER, SH, mail, place

from collector.campaign import campaign_from_dict
from collector.match import unknown_units
from collector.parsers import parse_message

LEDGER = {
    "id": "tz-2035", "title": "2035年第一季度政府信息主动公开台账", "notice_date": "2035-03-26",
    "mailbox": {"subject_hints": ["主动公开台账"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "ledger", "title": "主动公开台账（Excel）", "due": "2035-04-10T17:00:00+08:00",
                      "hints": ["主动公开台账", "公开台账"],
                      "parts": [{"id": "table", "title": "台账", "kind": "document", "formats": ["xlsx", "xls"],
                                 "words": ["台账"]}]}],
}
CHECK = {
    "id": "wz-2035", "title": "基层政务公开专栏网址及联络员核对", "notice_date": "2035-04-01",
    "mailbox": {"subject_hints": ["专栏网址", "联络员"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "check", "title": "专栏网址及联络员", "due": "2035-04-09T17:00:00+08:00",
                      "hints": ["专栏网址", "联络员"],
                      "parts": [{"id": "url", "title": "子栏目网址", "kind": "field", "pattern": r"https?://\S+"},
                                {"id": "contact", "title": "联络员手机", "kind": "field", "pattern": r"1[3-9]\d{9}"}]}],
}
APRIL = dt.datetime(2035, 4, 3, 9, 30, tzinfo=SH)
XLSX = b"PK\x03\x04" + b"\0" * 64


@pytest.fixture(scope="module")
def campaigns():
    return [campaign_from_dict(d, roster=ROSTER) for d in (LEDGER, CHECK)]


def test_a_ledger_attached_and_the_other_notices_facts_typed_below_is_for_a_person(campaigns):
    body = ("县政府办公室：\n附件为我镇一季度主动公开台账。\n另：我镇子栏目网址 http://www.jianchang.gov.cn/zwgk/jcz/ ，"
            "联络员：王芳，党政办主任，手机13904291111。\n建昌镇")
    raw = mail("建昌镇一季度主动公开台账", body, {"建昌镇主动公开台账.xlsx": XLSX})
    m = place(campaigns, raw, APRIL)
    assert (m.state, m.unit) == ("needs_review", "建昌镇") and "两项活动" in m.reason, m.reason
    # the ledger alone, a signature's mobile below it: the ledger's
    raw = mail("建昌镇一季度主动公开台账", "县政府办公室：\n附件为我镇一季度主动公开台账。\n建昌镇 王芳 13904291111",
               {"建昌镇主动公开台账.xlsx": XLSX})
    assert (place(campaigns, raw, APRIL).campaign) == "tz-2035"


def test_a_liaisons_post_is_no_unit():
    raw = mail("回复：核对", "已核对。联络员：刘桂娜，宣传委员，手机：17809102932\n石佛乡")
    assert unknown_units(parse_message(raw), [campaign_from_dict(CHECK, roster=ROSTER)]) == []


def test_a_ledger_on_a_cloud_drive_is_for_a_person_to_fetch(campaigns):
    """百度网盘 (as mixed17's 微云 and 金山文档): the file is not in the mail, nor a mail system's own large
    attachment the archive keeps a link to; a person fetches it or asks for it. Not a question."""
    body = ("县政府办公室：\n台账文件较大，放在百度网盘：https://pan.baidu.com/s/1AbCdEfGhIjK 提取码：x7k2\n王宝营子乡")
    m = place(campaigns, mail("王宝营子乡一季度主动公开台账", body), APRIL)
    assert (m.state, m.unit) == ("needs_review", "王宝营子乡") and "网盘" in m.reason and "询问" not in m.reason, m.reason
    assert parse_message(mail("x", body)).attachments == []


def test_the_address_behind_linked_words_is_read():
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@163.com", "jc7710089@163.com", "新开岭乡专栏网址及联络员"
    msg.set_content("我乡子栏目已核对，点此查看。")
    msg.add_alternative('<div>我乡子栏目已核对，<a href="http://www.jianchang.gov.cn/zwgk/xklx/">点此查看</a>。</div>'
                        '<div><a href="https://mail.163.com/large-attachment-download/index.html?file=1">台账.xlsx</a></div>',
                        subtype="html")
    body = parse_message(msg.as_bytes()).body_text
    assert "http://www.jianchang.gov.cn/zwgk/xklx/" in body and "large-attachment" not in body
