"""Mails that are not submissions: auto-replies, bounces, read receipts,
newsletters. Decided from headers first (reliable), then subjects (Outlook
rule replies carry nothing else)."""

from __future__ import annotations

import re

_AUTO_SUBJECT = re.compile(
    r"^\s*(自动回复|自動回覆|自动答复|Automatic reply|Auto(?:matic)?[- ]?(?:reply|response)|"
    r"Out of (?:the )?Office|Abwesenheitsnotiz|Réponse automatique|Respuesta automática)\s*[:：]?",
    re.I,
)
_READ_SUBJECT = re.compile(r"^\s*(已读|已讀|Read|已阅|Gelesen|Lu)\s*[:：]", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"(Undeliver(?:ed|able)|Delivery Status Notification|Mail delivery failed|Returned mail|"
    r"Delivery (?:has )?failed|failure notice|退信|系统退信|投递失败|邮件投递失败|无法投递|未送达)",
    re.I,
)
_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|postman)@", re.I)


def classify(headers: dict[str, str], subject: str, from_addr: str | None,
             content_type: str, part_types: list[str]) -> str | None:
    h = {k.lower(): (v or "").strip().lower() for k, v in headers.items()}
    ctype = content_type.lower()
    if ctype.startswith("multipart/report"):
        if "disposition-notification" in ctype or "message/disposition-notification" in part_types:
            return "read-receipt"
        return "bounce"
    if "message/delivery-status" in part_types or "message/global-delivery-status" in part_types:
        return "bounce"
    if "message/disposition-notification" in part_types:
        return "read-receipt"
    if from_addr and _DAEMON.match(from_addr):
        return "bounce"
    if h.get("x-failed-recipients"):
        return "bounce"
    auto = h.get("auto-submitted", "")
    if auto.startswith("auto-replied"):
        return "auto-reply"
    if h.get("x-autoreply") or h.get("x-autorespond") or h.get("x-autoreply-from"):
        return "auto-reply"
    if h.get("x-auto-response-suppress", "") and _AUTO_SUBJECT.search(subject or ""):
        return "auto-reply"
    precedence = h.get("precedence", "")
    if precedence in ("auto_reply", "auto-reply"):
        return "auto-reply"
    if _AUTO_SUBJECT.search(subject or ""):
        return "auto-reply"
    if _READ_SUBJECT.search(subject or ""):
        return "read-receipt"
    if _BOUNCE_SUBJECT.search(subject or "") and (not from_addr or _DAEMON.match(from_addr) or auto):
        return "bounce"
    if h.get("list-unsubscribe") and precedence in ("bulk", "list", "junk"):
        return "newsletter"
    if auto.startswith("auto-generated") and h.get("list-unsubscribe"):
        return "newsletter"
    return None
