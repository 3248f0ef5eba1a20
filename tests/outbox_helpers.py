"""Shared by tests/test_outbox*.py, test_receipts*.py, test_remind*.py: a small campaign,
mails from its units, a real SMTP sink and the test Dovecot's sent folder."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import docx
from PIL import Image

from collector.demo.dovecot import SENT_FOLDER

OFFICE_TZ = dt.timezone(dt.timedelta(hours=8))

CAMPAIGN_YAML = """\
id: test-outbox
title: 测试活动材料报送
timezone: Asia/Shanghai
county: 建昌县
office_names: [建昌县人民政府办公室]
mailbox:
  addresses: [{mailbox}]
receipts: {receipts}
reminders: {reminders}
requirements:
  - id: summary
    title: 活动总结及记录照片
    due: {summary_due}
    units: all
    hints: [总结, 照片]
    parts:
      - {{id: report, title: 活动总结, kind: document, words: [总结]}}
      - {{id: photos, title: 活动照片, kind: photo, min_count: 1}}
  - id: interview
    title: 访谈材料
    due: 2023-05-11T16:00:00+08:00
    units: [县发改局]
    hints: [访谈]
    parts:
      - {{id: manuscript, title: 访谈稿件, kind: document, words: [访谈]}}
units:
  - {{name: 建昌镇, kind: town, addresses: [jczhen@163.com]}}
  - {{name: 八家子镇, kind: town, addresses: [bjz@163.com]}}
  - {{name: 县发改局, kind: department, addresses: [fgj@163.com]}}
  - {{name: 县水利局, kind: department}}
"""


def write_campaign(path: Path, mailbox: str, receipts: bool = True, reminders: str = "[]",
                   summary_due: str = "2030-05-23T16:00:00+08:00") -> Path:
    path.write_text(CAMPAIGN_YAML.format(mailbox=mailbox, receipts=str(receipts).lower(), reminders=reminders,
                                         summary_due=summary_due), encoding="utf-8")
    return path


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def jpeg_bytes(size=(800, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (120, 160, 200)).save(out, "JPEG")
    return out.getvalue()


def unit_mail(from_addr: str, from_name: str, subject: str, attachments=(), message_id: str | None = None,
              extra_headers: dict | None = None, body: str = "请查收。") -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = f"{from_name} <{from_addr}>"
    msg["To"] = "jc7710089@163.com"
    msg["Subject"] = subject
    msg["Date"] = "Wed, 10 May 2023 10:00:00 +0800"
    msg["Message-ID"] = message_id or email.utils.make_msgid(domain="163.com")
    for name, value in (extra_headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    for filename, data, maintype, subtype in attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def summary_attachments(unit: str, photo: bool = True):
    items = [(f"{unit}活动总结.docx", docx_bytes(f"{unit}政务公开日活动总结"), "application",
              "vnd.openxmlformats-officedocument.wordprocessingml.document")]
    if photo:
        items.append(("现场照片1.jpg", jpeg_bytes(), "image", "jpeg"))
    return items


def env_for(account, data_dir: Path, campaign: Path, sink_port: int, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLECTOR_")}
    env.update(
        COLLECTOR_CONFIG=os.devnull,
        COLLECTOR_IMAP_HOST=account.host,
        COLLECTOR_IMAP_PORT=str(account.port),
        COLLECTOR_IMAP_SECURITY="plain",
        COLLECTOR_IMAP_USER=account.user,
        COLLECTOR_IMAP_PASSWORD=account.password,
        COLLECTOR_IMAP_TIMEOUT="20",
        COLLECTOR_DATA_DIR=str(data_dir),
        COLLECTOR_CAMPAIGN=str(campaign),
        COLLECTOR_SMTP_HOST="127.0.0.1",
        COLLECTOR_SMTP_PORT=str(sink_port),
        COLLECTOR_SMTP_SECURITY="plain",
        COLLECTOR_SMTP_PACE="0",
        COLLECTOR_SMTP_TIMEOUT="10",
        COLLECTOR_WORKERS="0",
    )
    env.update(extra)
    return env


def collector(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "collector", *args], env=env, capture_output=True,
                          text=True, timeout=timeout)


def sent_folder_copies(account) -> list[bytes]:
    with account.client() as imap:
        imap.select_folder(SENT_FOLDER, readonly=True)
        uids = imap.search(["ALL"])
        return [data[b"BODY[]"] for data in imap.fetch(uids, [b"BODY.PEEK[]"]).values()] if uids else []


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def now_office() -> dt.datetime:
    return dt.datetime.now(OFFICE_TZ)


def outbox_rows(env) -> list[dict]:
    """`collector outbox --json`: every mail of the outbox."""
    import json

    run = collector(env, "outbox", "--json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def delivered(smtp_sink, message_id: str) -> int:
    """How many times the SMTP sink received the mail with this Message-ID."""
    return sum(1 for m in smtp_sink.messages if parse(m.data)["Message-ID"] == message_id)
