"""The texts of the mails the collector sends (Chinese, exact: tests compare them) and
the EmailMessage around them (RFC 3834 headers, threading, a Message-ID of our domain)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.policy
import email.utils
from email.message import EmailMessage

FOOTER = "（本邮件由报送系统自动发送，请勿直接回复。如有疑问，请与{office}联系。）"
DEFAULT_OFFICE = "报送单位"


@dataclasses.dataclass
class FileFact:
    name: str
    size: int | None
    kind: str  # photo | document | archive | link | empty | other


@dataclasses.dataclass
class RequirementFact:
    title: str
    due: dt.datetime
    missing: str  # status.missing_parts: "" when complete, "未报送", "缺活动照片"
    late: bool  # did this mail come after the deadline


@dataclasses.dataclass
class ReceiptFacts:
    unit: str
    subject: str
    received_at: dt.datetime
    files: list[FileFact]
    requirements: list[RequirementFact]
    office: str


@dataclasses.dataclass
class ReminderFacts:
    unit: str
    campaign_title: str
    requirement_title: str
    due: dt.datetime
    missing: str  # "未报送" or "缺活动照片、访谈领导姓名"
    mailbox: str
    office: str


def chinese_time(when: dt.datetime) -> str:
    return f"{when.year}年{when.month}月{when.day}日{when:%H:%M}"


def human_size(size: int | None) -> str:
    if size is None:
        return "大小不详"
    if size < 1024:
        return f"{size} 字节"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _file_line(number: int, f: FileFact) -> str:
    if f.kind == "link":
        return f"  {number}. {f.name}（大附件链接）"
    if f.kind == "empty":  # an upload cut off: tell the unit now, not at the reminder
        return f"  {number}. {f.name}（0 字节，是空文件，未收到内容，请重新发送）"
    return f"  {number}. {f.name}（{human_size(f.size)}）"


def _requirement_lines(r: RequirementFact) -> list[str]:
    timing = "逾期送达（晚于截止时间）" if r.late else "在截止时间前送达"
    if not r.missing:
        state = "该项材料已齐全"
    elif r.missing.startswith("缺"):
        state = f"目前仍缺：{r.missing[1:]}"
    else:
        state = f"目前状态：{r.missing}"
    return [f"· {r.title}（截止时间：{chinese_time(r.due)}）：本邮件{timing}；{state}。"]


def receipt_text(f: ReceiptFacts) -> str:
    files = [_file_line(i, x) for i, x in enumerate(f.files, 1)] or ["  （邮件中没有附件）"]
    lines = [
        f"{f.unit}：",
        "",
        f"你单位于{chinese_time(f.received_at)}发来的邮件（主题：{f.subject or '无主题'}）已收到，"
        f"登记为{f.unit}报送的以下材料：",
        *[line for r in f.requirements for line in _requirement_lines(r)],
        "",
        "收到的文件：",
        *files,
        "",
        FOOTER.format(office=f.office),
        f.office,
    ]
    return "\n".join(lines) + "\n"


def ack_text(unit_hint: str | None, subject: str, received_at: dt.datetime, office: str) -> str:
    lines = [
        f"{unit_hint}：" if unit_hint else "您好：",
        "",
        f"您于{chinese_time(received_at)}发来的邮件（主题：{subject or '无主题'}）已收到，待人工确认后登记，"
        "确认后将另行发送回执。",
        "",
        FOOTER.format(office=office),
        office,
    ]
    return "\n".join(lines) + "\n"


def reminder_text(f: ReminderFacts, now: dt.datetime) -> str:
    if f.missing == "未报送" or not f.missing:
        state = f"截至{chinese_time(now)}，尚未收到你单位的该项材料。"
    else:
        state = f"截至{chinese_time(now)}，已收到你单位的部分材料，仍缺：{f.missing.removeprefix('缺')}。"
    lines = [
        f"{f.unit}：",
        "",
        f"根据“{f.campaign_title}”的要求，你单位应于{chinese_time(f.due)}前报送“{f.requirement_title}”。{state}",
        "",
        f"请于截止时间前将材料发送至 {f.mailbox}。如已发送，请忽略本邮件。",
        "",
        FOOTER.format(office=f.office),
        f.office,
    ]
    return "\n".join(lines) + "\n"


def receipt_subject(original: str | None) -> str:
    return f"回执：{original or '无主题'}"


def reminder_subject(f: ReminderFacts) -> str:
    return f"催报：{f.requirement_title}（截止{chinese_time(f.due)}）"


def build_message(
    *,
    sender: str,
    office: str,
    to: list[str],
    subject: str,
    body: str,
    auto: str,  # RFC 3834 Auto-Submitted: auto-replied (receipts) | auto-generated (reminders)
    in_reply_to: str | None = None,
    references: str | None = None,
) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = email.utils.formataddr((office, sender))
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate(localtime=False)
    domain = sender.rpartition("@")[2] or "localhost"
    msg["Message-ID"] = email.utils.make_msgid("collector", domain=domain)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = f"{references} {in_reply_to}".strip() if references else in_reply_to
    msg["Auto-Submitted"] = auto
    msg["X-Auto-Response-Suppress"] = "All"  # Exchange: no out-of-office answer to this
    msg.set_content(body, charset="utf-8")
    return msg
