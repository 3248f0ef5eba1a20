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
    (b"From: mail@service.netease.com\r\nSubject: x\r\n", "system"),  # 网易邮件中心: 空间已使用90%
    (b"From: 10000@qq.com\r\nSubject: x\r\n", "system"),
    (b"From: noreply@163.com\r\nSubject: x\r\n", "system"),
    (b"From: jcsfj_service@163.com\r\nSubject: x\r\n", None),  # a unit's own address, whatever its name says
    (b"From: service@jcnetease.com\r\nSubject: x\r\n", None),
])
def test_header_rules(headers, expected):
    raw = b"From: a@b.cn\r\n" + headers + b"\r\nbody\r\n" if not headers.startswith(b"From") else headers + b"\r\nbody\r\n"
    assert parse_message(raw).not_submission == expected


RECALL_SUBJECT = "=?utf-8?b?5pKk5ZueOiDlj7jms5XlsYDnrYnkv53oh6rmn6U=?="  # 撤回: 司法局等保自查


def test_an_outlook_recall_request_is_no_submission():
    """Outlook's recall reaches a 163 mailbox as a mail of its own and deletes nothing: routing holds it for a person."""
    raw = (f"From: sfj@126.com\r\nSubject: {RECALL_SUBJECT}\r\nThread-Topic: x\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode()
    raw += "县司法局办公室 希望撤回邮件“司法局等保自查”。\r\n".encode()
    assert parse_message(raw).not_submission == "recall"
    assert parse_message(b"From: a@b.cn\r\nSubject: Recall: notice\r\n\r\nbody\r\n").not_submission == "recall"


def test_outlooks_html_recall_is_a_recall_too():
    """Outlook writes the request as HTML beside its plain text (multipart/alternative)."""
    raw = (f"From: sfj@126.com\r\nSubject: {RECALL_SUBJECT}\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "x\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>x</p>\r\n--b--\r\n").encode()
    assert parse_message(raw).not_submission == "recall"


def test_a_mail_with_a_file_under_a_recall_subject_is_the_senders_own():
    """撤回：… written by a person over a file (the file replaces the earlier one) is read as any mail."""
    raw = (f"From: sfj@126.com\r\nSubject: {RECALL_SUBJECT}\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "x\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n\r\n"
           "%PDF-1.4\r\n--b--\r\n").encode()
    assert parse_message(raw).not_submission is None
    assert parse_message(b"From: a@b.cn\r\nSubject: Re: recall notice\r\n\r\nbody\r\n").not_submission is None

