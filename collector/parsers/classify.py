"""Mails that are not submissions: auto-replies, bounces, read receipts,
newsletters, the mail provider's own notices, recall requests. Decided from headers first (reliable), then subjects (Outlook
rule replies carry nothing else)."""

from __future__ import annotations

import re

_AUTO_SUBJECT = re.compile(
    r"^\s*(自动回复|自動回覆|自动答复|Automatic reply|Auto(?:matic)?[- ]?(?:reply|response)|"
    r"Out of (?:the )?Office|Abwesenheitsnotiz|Réponse automatique|Respuesta automática)\s*[:：]?",
    re.I,
)
# 已读: / Read: (Outlook, Foxmail), 已读回执：… (QQ邮箱, the notice's title after it)
_READ_SUBJECT = re.compile(r"^\s*(已读|已讀|Read|已阅|阅读|閱讀|Gelesen|Lu)(?:回执|回執|\s*receipt)?\s*[:：]", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"(Undeliver(?:ed|able)|Delivery Status Notification|Mail delivery failed|Returned mail|"
    r"Delivery (?:has )?failed|failure notice|退信|系统退信|投递失败|邮件投递失败|无法投递|未送达)",
    re.I,
)
# Outlook's 撤回 / Recall: a request to delete a mail sent before, which reaches a 163 mailbox as a mail
# of its own (“…希望撤回邮件“…”。”) and deletes nothing; a mail with a file under such a subject is the
# sender's own writing, not Outlook's
RECALL = "recall"  # the kind classify() gives it; routing holds it for a person (match/decide.py)
_RECALL_SUBJECT = re.compile(r"^\s*(撤回|召回|Recall)\s*[:：]\s*\S", re.I)
_TEXT_ONLY = re.compile(r"text/|multipart/(?:alternative|related)$")
_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|postman)@", re.I)
# the mail provider's own notices (空间已满, 登录提醒, 会员到期): 网易邮件中心 writes from service.netease.com,
# QQ邮箱 from 10000@qq.com; no unit writes from these
_PROVIDER_NOTICE = re.compile(r"@(?:[\w-]+\.)*(?:service\.netease\.com|service\.mail\.qq\.com|notice\.mail\.qq\.com)$"
                              r"|^10000@qq\.com$"
                              r"|^(?:noreply|no-reply|notice|notification|system)@(?:mail\.)?(?:163|126|yeah|qq|sina|sohu)\.(?:com|net)$",
                              re.I)
SYSTEM = "system"  # the kind classify() gives a provider's notice


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
    if _RECALL_SUBJECT.search(subject or "") and all(_TEXT_ONLY.match(t) for t in [ctype, *part_types]):
        return RECALL
    if h.get("list-unsubscribe") and precedence in ("bulk", "list", "junk"):
        return "newsletter"
    if auto.startswith("auto-generated") and h.get("list-unsubscribe"):
        return "newsletter"
    if from_addr and _PROVIDER_NOTICE.search(from_addr.strip()):
        return SYSTEM
    return None


# The stock phrases of advertising mail (发票代开, 刷单兼职, 贷款): each group counts once.
ADVERT_GROUPS = [
    r"代开[^。，,]{0,8}发票|发票代开|代开|开票点数|点数优惠",
    r"先验后付|货到付款|包邮|优惠促销|限时优惠|特价",
    r"微信同号|加微信|加V|加QQ|扫码加|联系微信",
    r"刷单|兼职日结|日结工资|网络兼职|足不出户",
    r"无抵押贷款|低息贷款|贷款|信用卡套现|网贷",
    r"博彩|娱乐城|彩票|百家乐|棋牌",
    r"退订回[TtDd]|回复TD退订|退订请回复",
]


def advert_words(text: str) -> list[str]:
    """The advertising phrases in a mail's subject and body, one per group. Two groups or more,
    in a mail that names no unit and carries no file, make it an advertisement; one is not enough
    (a unit's 发票 question)."""
    found = [re.search(group, text) for group in ADVERT_GROUPS]
    return [m.group() for m in found if m]


# 如不希望再收到此类邮件，请回复TD退订: what only a mailing sent to many carries (a training company's 培训班
# notice, a vendor's offer); no unit writes it to the office
UNSUBSCRIBE = re.compile(r"不希望再收到[^。\n]{0,12}邮件|退订|取消订阅|unsubscribe", re.I)
# （本邮件由建昌县气象灾害预警信息发布系统自动发送，请勿回复）: a system's broadcast, no person's mail
SENT_BY_A_SYSTEM = re.compile(r"(?:本|此)(?:邮件|信息|消息)(?:由[^。，,\n]{0,30}?)?(?:系统)?自动(?:发送|发出|生成)"
                              r"|系统自动(?:发送|发出)[^。\n]{0,6}请勿(?:直接)?回复")


def mailing_words(text: str) -> str:
    """The words by which a mail says it was sent to a mailing list (its unsubscribe line), or ""."""
    m = UNSUBSCRIBE.search(text)
    return m.group() if m else ""


def system_sent_words(text: str) -> str:
    """The words by which a mail says a system sent it (本邮件由…系统自动发送，请勿回复), or "": a broadcast when it
    carries no file (an OA system relaying a unit's files says so too)."""
    m = SENT_BY_A_SYSTEM.search(text)
    return m.group() if m else ""


# 附件已被删除.txt: 【…电子政务邮件安全网关】原附件：…处理结果：附件含有宏代码，按安全策略已删除 — the sender's gateway took the
# file out and put this note in its place
REMOVAL_NOTE = re.compile(r"(?:网关|安全策略|杀毒|病毒|防护系统)[^\n]{0,40}?(?:已|被)(?:删除|移除|隔离|拦截|剥离)"
                          r"|(?:附件|文件)(?:已被|已经被|已|被)(?:删除|移除|隔离|拦截|剥离)"
                          r"|attachment[^\n]{0,30}(?:removed|deleted|quarantined|stripped)", re.I)


def removal_note(name: str, text: str | None) -> str:
    """The problem to show when a small text file is a gateway's note that the real file was removed, or ""."""
    if not text or len(text) > 2000 or not REMOVAL_NOTE.search(f"{name}\n{text}"):
        return ""
    original = re.search(r"原(?:附件|文件)(?:名)?\s*[:：]\s*([^\n]{1,120})", text)
    what = f"“{original.group(1).strip()}”" if original else ""
    return f"这是邮件网关留下的删除说明，原附件{what}已被删除，没有收到，请联系发件单位重发"
