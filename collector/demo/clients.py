"""How each mail client writes a mail: MIME helpers and one composer per client
(Foxmail, Outlook zh-CN, 163 webmail, QQ mail, iPhone Mail, Thunderbird, a government Coremail)."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import quopri
import random
import urllib.parse
import uuid
from zoneinfo import ZoneInfo


SHANGHAI = ZoneInfo("Asia/Shanghai")
MAILBOX = "jc7710089@163.com"

CLIENTS = ("foxmail", "outlook", "webmail163", "qqmail", "iphone", "thunderbird", "gov_coremail")

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ----- MIME writing helpers ----------------------------------------------------------

CRLF = b"\r\n"


def _b(text: str | bytes) -> bytes:
    return text if isinstance(text, bytes) else text.encode("utf-8")


def b64_body(data: bytes, width: int = 76) -> bytes:
    encoded = base64.b64encode(data)
    return CRLF.join(encoded[i:i + width] for i in range(0, len(encoded), width)) + CRLF


def qp_body(data: bytes) -> bytes:
    return quopri.encodestring(data).replace(b"\r\n", b"\n").replace(b"\n", CRLF)


def encoded_words(text: str, label: str, codec: str | None = None, chunk: int = 30,
                  split_mid_char: bool = False) -> list[str]:
    """RFC 2047 B-words for `text`, encoded with `codec` but labelled `label`.

    Foxmail and Outlook label GBK bytes "gb2312"; a word holds `chunk` bytes.
    With split_mid_char a multi-byte character is cut between two words (as
    some clients do).
    """
    data = text.encode(codec or label)
    pieces: list[bytes] = []
    if split_mid_char:
        pieces = [data[i:i + chunk] for i in range(0, len(data), chunk)]
    else:
        current = b""
        for ch in text:
            encoded = ch.encode(codec or label)
            if current and len(current) + len(encoded) > chunk:
                pieces.append(current)
                current = b""
            current += encoded
        if current:
            pieces.append(current)
    return [f"=?{label}?B?{base64.b64encode(p).decode()}?=" for p in pieces]


def ew(text: str, label: str, codec: str | None = None, sep: str = "\r\n ", **kw) -> str:
    if text.isascii():
        return text
    return sep.join(encoded_words(text, label, codec, **kw))


def rfc2231_params(param: str, value: str, width: int = 60) -> list[str]:
    """Thunderbird-style `name*0*=UTF-8''...; name*1*=...` continuations."""
    quoted = urllib.parse.quote(value, safe="")
    pieces, current = [], ""
    i = 0
    while i < len(quoted):
        step = 3 if quoted[i] == "%" else 1
        if len(current) + step > width:
            pieces.append(current)
            current = ""
        current += quoted[i:i + step]
        i += step
    pieces.append(current)
    out = []
    for n, piece in enumerate(pieces):
        prefix = "UTF-8''" if n == 0 else ""
        out.append(f"{param}*{n}*={prefix}{piece}")
    return out


def leaf(headers: list[str | bytes], body: bytes) -> bytes:
    return CRLF.join(_b(h) for h in headers) + CRLF + CRLF + body


def multipart(headers: list[str | bytes], boundary: str, parts: list[bytes],
              preamble: str = "") -> bytes:
    out = CRLF.join(_b(h) for h in headers) + CRLF + CRLF
    if preamble:
        out += _b(preamble) + CRLF + CRLF
    for part in parts:
        out += b"--" + boundary.encode() + CRLF + part
        if not part.endswith(CRLF):
            out += CRLF
    out += b"--" + boundary.encode() + b"--" + CRLF
    return out


def rfc2822_date(when: dt.datetime, suffix: str = "") -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S %z") + suffix


def crlf_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


@dataclasses.dataclass
class Att:
    filename: str
    data: bytes
    content_type: str
    inline: bool = False
    content_id: str | None = None
    raw_filename: bytes | None = None  # sent as raw 8-bit bytes in the header


@dataclasses.dataclass
class Draft:
    """What the sender typed; a client composer turns it into bytes."""

    from_name: str
    from_addr: str
    subject: str
    body: str
    sent_at: dt.datetime  # the sender's clock (Date header)
    attachments: list[Att] = dataclasses.field(default_factory=list)
    html_extra: str = ""  # extra HTML (163 超大附件 block)
    quoted: str = ""  # quoted earlier mail (replies)
    extra_headers: list[str] = dataclasses.field(default_factory=list)


def html_of(text: str, charset: str) -> str:
    paragraphs = "".join(
        f"<div>{line or '<br>'}</div>" for line in text.replace("\r\n", "\n").split("\n")
    )
    return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}">'
            f"</head><body>{paragraphs}</body></html>")


# ----- client composers --------------------------------------------------------------


def compose_foxmail(d: Draft, rng: random.Random) -> bytes:
    label, codec = "gb2312", "gbk"
    stamp = d.sent_at.strftime("%Y%m%d%H%M%S")
    b1 = f"----=_001_NextPart{rng.randrange(10**11, 10**12)}_=----"
    b2 = f"----=_002_NextPart{rng.randrange(10**11, 10**12)}_=----"
    text = d.body + "\n\n\n" + d.from_addr + "\n" + (d.quoted and "\n" + d.quoted)
    alternative = multipart(
        ["Content-Type: multipart/alternative;", f'\tboundary="{b2}"'], b2,
        [leaf(["Content-Type: text/plain;", f'\tcharset="{label}"', "Content-Transfer-Encoding: base64"],
              b64_body(crlf_text(text).encode(codec))),
         leaf(["Content-Type: text/html;", f'\tcharset="{label}"', "Content-Transfer-Encoding: quoted-printable"],
              qp_body(crlf_text(html_of(text, label)).encode(codec)))])
    parts = [alternative]
    for att in d.attachments:
        name = ew(att.filename, label, codec, sep="\r\n\t")
        parts.append(leaf([f"Content-Type: {att.content_type};", f'\tname="{name}"',
                           "Content-Transfer-Encoding: base64", "Content-Disposition: attachment;",
                           f'\tfilename="{name}"'], b64_body(att.data)))
    guid = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    headers = [
        f"Date: {rfc2822_date(d.sent_at)}",
        f'From: "{ew(d.from_name, label, codec)}" <{d.from_addr}>',
        f"To: jc7710089 <{MAILBOX}>",
        f"Subject: {ew(d.subject, label, codec)}",
        *d.extra_headers,
        "X-Priority: 3",
        f"X-GUID: {guid}",
        f"X-Has-Attach: {'yes' if d.attachments else 'no'}",
        "X-Mailer: Foxmail 7.2.25.228[cn]",
        "Mime-Version: 1.0",
        f"Message-ID: <{stamp}{rng.randrange(10**7, 10**8)}@{d.from_addr.split('@')[1]}>",
        "Content-Type: multipart/mixed;", f'\tboundary="{b1}"',
    ]
    return multipart(headers, b1, parts, preamble="This is a multi-part message in MIME format.")


def compose_outlook(d: Draft, rng: random.Random) -> bytes:
    label, codec = "gb2312", "gbk"
    filetime = f"01D9{rng.randrange(16**4):04X}.{rng.randrange(16**8):08X}"
    b0 = f"----=_NextPart_000_{rng.randrange(16**4):04X}_{filetime}"
    b1 = f"----=_NextPart_001_{rng.randrange(16**4):04X}_{filetime}"
    b2 = f"----=_NextPart_002_{rng.randrange(16**4):04X}_{filetime}"
    inline = [a for a in d.attachments if a.inline]
    attached = [a for a in d.attachments if not a.inline]
    text = d.body + ("\n\n" + d.quoted if d.quoted else "")
    html = html_of(text, label)
    for n, att in enumerate(inline, 1):
        att.content_id = f"image{n:03d}.jpg@{filetime}"
        html = html.replace("</body>", f'<p><img width=320 height=240 src="cid:{att.content_id}"></p></body>')
    body_alt = multipart(
        ["Content-Type: multipart/alternative;", f'\tboundary="{b2}"'], b2,
        [leaf(["Content-Type: text/plain;", f'\tcharset="{label}"', "Content-Transfer-Encoding: base64"],
              b64_body(crlf_text(text).encode(codec))),
         leaf(["Content-Type: text/html;", f'\tcharset="{label}"', "Content-Transfer-Encoding: base64"],
              b64_body(crlf_text(html).encode(codec)))])
    if inline:
        related_parts = [body_alt] + [
            leaf([f"Content-Type: {a.content_type};", f'\tname="image{n:03d}.jpg"',
                  "Content-Transfer-Encoding: base64", f"Content-ID: <{a.content_id}>"], b64_body(a.data))
            for n, a in enumerate(inline, 1)]
        body = multipart(["Content-Type: multipart/related;", f'\tboundary="{b1}"'], b1, related_parts)
    else:
        body = body_alt
    parts = [body]
    for att in attached:
        name = ew(att.filename, label, codec, sep="\r\n\t")
        parts.append(leaf([f"Content-Type: {att.content_type};", f'\tname="{name}"',
                           "Content-Transfer-Encoding: base64", "Content-Disposition: attachment;",
                           f'\tfilename="{name}"'], b64_body(att.data)))
    thread_index = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()
    mid = f"{rng.randrange(16**12):012x}$" f"{rng.randrange(16**8):08x}$" f"{rng.randrange(16**8):08x}$"
    headers = [
        f"From: {ew(d.from_name, label, codec)} <{d.from_addr}>",
        f"To: <{MAILBOX}>",
        f"Subject: {ew(d.subject, label, codec)}",
        f"Date: {rfc2822_date(d.sent_at)}",
        f"Message-ID: <{mid}@{d.from_addr.split('@')[1]}>",
        *d.extra_headers,
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed;", f'\tboundary="{b0}"',
        "X-Mailer: Microsoft Outlook 16.0",
        f"Thread-Index: {thread_index}",
        "Content-Language: zh-cn",
    ]
    return multipart(headers, b0, parts, preamble="This is a multipart message in MIME format.")


def _coremail_message_id(d: Draft, rng: random.Random) -> str:
    ms = int(d.sent_at.timestamp() * 1000) + rng.randrange(1000)
    return f"<{rng.randrange(16**8):x}.{rng.randrange(16**4):x}.{ms:x}.Coremail.{d.from_addr}>"


def compose_webmail163(d: Draft, rng: random.Random, charset: str | None = None) -> bytes:
    charset = charset or rng.choice(["GBK", "GBK", "UTF-8"])  # 163 webmail sends both
    codec = "gbk" if charset == "GBK" else "utf-8"
    ms = int(d.sent_at.timestamp() * 1000)
    b1 = f"----=_Part_{rng.randrange(10**5, 10**6)}_{rng.randrange(10**9, 2 * 10**9)}.{ms}"
    b2 = f"----=_Part_{rng.randrange(10**5, 10**6)}_{rng.randrange(10**9, 2 * 10**9)}.{ms}"
    text = d.body + ("\n\n" + d.quoted if d.quoted else "")
    html = html_of(text, charset)
    if d.html_extra:
        html = html.replace("</body>", d.html_extra + "</body>")
    alternative = multipart(
        ["Content-Type: multipart/alternative; ", f'\tboundary="{b2}"'], b2,
        [leaf([f"Content-Type: text/plain; charset={charset}", "Content-Transfer-Encoding: base64"],
              b64_body(crlf_text(text).encode(codec))),
         leaf([f"Content-Type: text/html; charset={charset}", "Content-Transfer-Encoding: base64"],
              b64_body(crlf_text(html).encode(codec)))])
    parts = [alternative]
    for att in d.attachments:
        name = ew(att.filename, charset, codec, sep="")  # Coremail writes one long line of words
        parts.append(leaf([f'Content-Type: {att.content_type}; name="{name}"',
                           "Content-Transfer-Encoding: base64",
                           f'Content-Disposition: attachment; filename="{name}"'], b64_body(att.data)))
    ip = f"{rng.choice([223, 175, 113, 42])}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    headers = [
        f"Date: {rfc2822_date(d.sent_at, ' (CST)')}",
        f"From: {ew(d.from_name, charset, codec)} <{d.from_addr}>",
        f"To: {MAILBOX}",
        f"Subject: {ew(d.subject, charset, codec, split_mid_char=(charset == 'GBK' and len(d.subject) > 20), chunk=31)}",
        *d.extra_headers,
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
        " Copyright (c) 2002-2023 www.mailtech.cn 163com",
        f"X-NTES-SC: AL_{base64.b64encode(bytes(rng.getrandbits(8) for _ in range(48))).decode()}",
        "Content-Type: multipart/mixed; ", f'\tboundary="{b1}"',
        "MIME-Version: 1.0",
        f"Message-ID: {_coremail_message_id(d, rng)}",
        "X-Coremail-Locale: zh_CN",
        f"X-CM-TRANSID: {base64.b64encode(bytes(rng.getrandbits(8) for _ in range(18)), b'_-').decode()}--.{rng.randrange(10**4, 10**5)}W",
        f"X-Originating-IP: [{ip}]",
    ]
    return multipart(headers, b1, parts)


def compose_gov_coremail(d: Draft, rng: random.Random) -> bytes:
    """A county/city government Coremail XT (webmail), UTF-8, Date with (GMT+08:00)."""
    b1 = f"----=_Part_{rng.randrange(10**5, 10**6)}_{rng.randrange(10**9, 2 * 10**9)}.{int(d.sent_at.timestamp() * 1000)}"
    text = d.body + ("\n\n" + d.quoted if d.quoted else "")
    parts = [leaf(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                  b64_body(crlf_text(text).encode("utf-8")))]
    for att in d.attachments:
        name = ew(att.filename, "UTF-8", sep="")
        parts.append(leaf([f'Content-Type: {att.content_type}; name="{name}"',
                           "Content-Transfer-Encoding: base64",
                           f'Content-Disposition: attachment; filename="{name}"'], b64_body(att.data)))
    domain = d.from_addr.split("@")[1]
    headers = [
        f"Received: by ajax-webmail-mail-app{rng.randrange(1, 5)} (Coremail) ; "
        f"{rfc2822_date(d.sent_at, ' (GMT+08:00)')}",
        f"X-Originating-IP: [10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}]",
        f"Date: {rfc2822_date(d.sent_at, ' (GMT+08:00)')}",
        "X-CM-HeaderCharset: UTF-8",
        f'From: "{ew(d.from_name, "UTF-8")}" <{d.from_addr}>',
        f"To: {MAILBOX}",
        f"Subject: {ew(d.subject, 'UTF-8')}",
        *d.extra_headers,
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.13 build 20210622(1d4788a8)",
        f" Copyright (c) 2002-2023 www.mailtech.cn {domain}",
        "Content-Type: multipart/mixed; ", f'\tboundary="{b1}"',
        "MIME-Version: 1.0",
        f"Message-ID: {_coremail_message_id(d, rng)}",
        "X-Coremail-Locale: zh_CN",
    ]
    return multipart(headers, b1, parts)


def compose_qqmail(d: Draft, rng: random.Random) -> bytes:
    label = "gb18030"
    t = int(d.sent_at.timestamp())
    b1 = f"----=_NextPart_{t:08X}_{rng.randrange(16**8):08X}_{rng.randrange(16**8):08X}"
    b2 = f"----=_NextPart_{t:08X}_{rng.randrange(16**8):08X}_{rng.randrange(16**8):08X}"
    text = d.body + ("\n\n" + d.quoted if d.quoted else "")
    alternative = multipart(
        ["Content-Type: multipart/alternative;", f'\tboundary="{b2}"'], b2,
        [leaf(["Content-Type: text/plain;", f'\tcharset="{label}"', "Content-Transfer-Encoding: base64"],
              b64_body(crlf_text(text).encode(label), 72)),
         leaf(["Content-Type: text/html;", f'\tcharset="{label}"', "Content-Transfer-Encoding: base64"],
              b64_body(crlf_text(html_of(text, label)).encode(label), 72))])
    parts = [alternative]
    for att in d.attachments:
        if att.raw_filename is not None:  # old QQ mail: raw 8-bit GBK in the header
            name_line = b'\tname="' + att.raw_filename + b'"'
            disp_line = b'\tfilename="' + att.raw_filename + b'"'
        else:
            name = ew(att.filename, label, sep="")
            name_line, disp_line = f'\tname="{name}"', f'\tfilename="{name}"'
        parts.append(leaf(["Content-Type: application/octet-stream;", f'\tcharset="{label}";', name_line,
                           "Content-Disposition: attachment;", disp_line,
                           "Content-Transfer-Encoding: base64"], b64_body(att.data, 72)))
    headers = [
        f"X-QQ-FEAT: {base64.b64encode(bytes(rng.getrandbits(8) for _ in range(30))).decode()}",
        "X-QQ-SSF: 00000000000000F000000000000000Z",
        "X-QQ-STYLE: ",
        f"X-QQ-mid: webmail{rng.randrange(100, 999)}t{t}t{rng.randrange(10**6, 10**7)}",
        f'From: "{ew(d.from_name, label, sep="")}" <{d.from_addr}>',
        f'To: "{ew("县政府办", label, sep="")}" <{MAILBOX}>',
        f"Subject: {ew(d.subject, label, sep=chr(13) + chr(10) + ' ')}",
        *d.extra_headers,
        "Mime-Version: 1.0",
        "Content-Type: multipart/mixed;", f'\tboundary="{b1}"',
        "Content-Transfer-Encoding: 8Bit",
        f"Date: {rfc2822_date(d.sent_at)}",
        "X-Priority: 3",
        f"Message-ID: <tencent_{rng.randrange(16**36):036X}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
        "X-QQ-SENDSIZE: 520",
        f"Received: from qq.com (unknown [127.0.0.1])\r\n\tby smtp.qq.com (ESMTP) with SMTP\r\n\tid ; "
        f"{rfc2822_date(d.sent_at + dt.timedelta(seconds=1), ' (CST)')}",
        "Feedback-ID: webmail:qq.com:bgweb:bgweb2",
    ]
    return multipart(headers, b1, parts, preamble="This is a multi-part message in MIME format.")


def compose_iphone(d: Draft, rng: random.Random) -> bytes:
    boundary = f"Apple-Mail-{str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()}"
    parts = [leaf(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"],
                  b64_body(crlf_text(d.body).encode("utf-8")))]
    for att in d.attachments:
        part_url = str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
        if att.filename.isascii():
            params = [f"Content-Type: {att.content_type}; name={att.filename}; x-apple-part-url={part_url}",
                      f"Content-Disposition: {'inline' if att.inline else 'attachment'}; filename={att.filename}"]
        else:
            quoted = urllib.parse.quote(att.filename, safe="")
            params = [f"Content-Type: {att.content_type};", f"\tname*=utf-8''{quoted};",
                      f"\tx-apple-part-url={part_url}",
                      f"Content-Disposition: {'inline' if att.inline else 'attachment'};",
                      f"\tfilename*=utf-8''{quoted}"]
        parts.append(leaf([*params, "Content-Transfer-Encoding: base64"], b64_body(att.data)))
    parts.append(leaf(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"],
                      b64_body(crlf_text("\n\n发自我的iPhone").encode("utf-8"))))
    headers = [
        f"Content-Type: multipart/mixed; boundary={boundary}",
        "Content-Transfer-Encoding: 7bit",
        f"From: {ew(d.from_name, 'utf-8')} <{d.from_addr}>",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {rfc2822_date(d.sent_at)}",
        f"Subject: {ew(d.subject, 'utf-8')}",
        f"Message-Id: <{str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()}@{d.from_addr.split('@')[1]}>",
        *d.extra_headers,
        f"To: {MAILBOX}",
        "X-Mailer: iPhone Mail (20E252)",
    ]
    return multipart(headers, boundary, parts)


def compose_thunderbird(d: Draft, rng: random.Random) -> bytes:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    boundary = "------------" + "".join(rng.choice(alphabet) for _ in range(24))
    text = d.body + ("\n\n" + d.quoted if d.quoted else "")
    parts = [leaf(["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"],
                  crlf_text(text).encode("utf-8") + CRLF)]
    for att in d.attachments:
        name_params = rfc2231_params("name", att.filename)
        file_params = rfc2231_params("filename", att.filename)
        parts.append(leaf([f"Content-Type: {att.content_type};",
                           *[f" {p};" for p in name_params[:-1]], f" {name_params[-1]}",
                           "Content-Disposition: attachment;",
                           *[f" {p};" for p in file_params[:-1]], f" {file_params[-1]}",
                           "Content-Transfer-Encoding: base64"], b64_body(att.data, 72)))
    headers = [
        f"Message-ID: <{uuid.UUID(int=rng.getrandbits(128), version=4)}@{d.from_addr.split('@')[1]}>",
        f"Date: {rfc2822_date(d.sent_at)}",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101",
        " Thunderbird/102.11.0",
        "Content-Language: zh-CN",
        f"To: {MAILBOX}",
        f"From: {ew(d.from_name, 'UTF-8')} <{d.from_addr}>",
        f"Subject: {ew(d.subject, 'UTF-8')}",
        *d.extra_headers,
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
    ]
    return multipart(headers, boundary, parts, preamble="This is a multi-part message in MIME format.")


COMPOSERS = {
    "foxmail": compose_foxmail,
    "outlook": compose_outlook,
    "webmail163": compose_webmail163,
    "qqmail": compose_qqmail,
    "iphone": compose_iphone,
    "thunderbird": compose_thunderbird,
    "gov_coremail": compose_gov_coremail,
}
CLIENT_DOMAINS = {
    "foxmail": ["163.com", "126.com", "163.com"],
    "outlook": ["163.com", "126.com"],
    "webmail163": ["163.com"],
    "qqmail": ["qq.com"],
    "iphone": ["163.com", "icloud.com"],
    "thunderbird": ["126.com", "163.com"],
    "gov_coremail": ["hld.gov.cn"],
}


def received_header(received_at: dt.datetime, rng: random.Random, sender: str) -> str:
    """What 163's MX prepends on delivery."""
    domain = sender.split("@")[1]
    relay = {"qq.com": "smtpbg{}.qq.com", "163.com": "m{}.mail.163.com", "126.com": "m{}.mail.126.com",
             "icloud.com": "qs-asmtp-me-k8s.p00.prod.me.com", "hld.gov.cn": "mail{}.hld.gov.cn"}.get(domain, "mx{}.example.cn")
    host = relay.format(rng.randrange(10, 250))
    ip = f"{rng.randrange(40, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    return (f"Received: from {host} (unknown [{ip}])\r\n\tby mx{rng.randrange(1, 40)} (Coremail) with SMTP id "
            f"{base64.b64encode(bytes(rng.getrandbits(8) for _ in range(15)), b'_-').decode()};\r\n"
            f"\t{rfc2822_date(received_at, ' (CST)')}\r\n")


