import pytest

from collector.parsers import parse_message


@pytest.mark.parametrize("name, expected", [
    ("auto_reply.eml", "auto-reply"),
    ("outlook_auto_reply.eml", "auto-reply"),
    ("bounce.eml", "bounce"),
    ("read_receipt.eml", "read-receipt"),
    ("newsletter.eml", "newsletter"),
    ("foxmail_gbk.eml", None),
    ("forwarded.eml", None),
    ("netease163_large_attachment.eml", None),
])
def test_classification(parsed, name, expected):
    assert parsed(name).not_submission == expected


@pytest.mark.parametrize("headers, expected", [
    (b"Subject: Automatic reply: notice\r\n", "auto-reply"),
    (b"Subject: Out of Office: notice\r\n", "auto-reply"),
    (b"Subject: x\r\nPrecedence: auto_reply\r\n", "auto-reply"),
    (b"Subject: x\r\nX-Autorespond: on\r\n", "auto-reply"),
    (b"Subject: Re: notice\r\nAuto-Submitted: no\r\n", None),
    (b"From: MAILER-DAEMON@163.com\r\nSubject: failure notice\r\n", "bounce"),
    (b"Subject: Read: notice\r\n", "read-receipt"),
    (b"Subject: x\r\nList-Unsubscribe: <mailto:u@x>\r\n", None),  # a list alone is not a newsletter
])
def test_header_rules(headers, expected):
    raw = b"From: a@b.cn\r\n" + headers + b"\r\nbody\r\n" if not headers.startswith(b"From") else headers + b"\r\nbody\r\n"
    assert parse_message(raw).not_submission == expected
