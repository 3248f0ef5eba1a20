"""Mail of the office itself, or of no unit's submission, told apart before a unit is chosen: a test mail, the office's
note or notice to its own mailbox, its reminder passed down by a town, a higher office's notice, a look-alike of the
collecting address; and, from the collecting mailbox itself, what must name its unit to count as that unit's."""

from __future__ import annotations

import re

from collector.match.text import content_lines, quoted_senders
from collector.match.which_unit import NAMING_SOURCES
from collector.match.words import FORWARD, REPLY, is_notice_title, subject_text
from collector.parsers.headers import parse_address_list


# 测试 / 测试邮件，收到勿回 / test: a new mailbox tried before the real mail
TEST_WORDS = re.compile(r"^\s*(?:邮件)?(?:测试|试发|试一下|test|testing)(?:邮件)?\s*[。.!！]?\s*$", re.I)


def a_test_mail(subject: str, body: str) -> bool:
    """A mail of no file whose subject, or first line, only says it is a test, and whose body says little more
    (a 收到勿回 and a signature)."""
    lines = [ln.strip() for ln in body.splitlines() if ln.strip() and ln.strip() != "--"]
    first = re.split(r"[,，。；;]", lines[0])[0] if lines else ""
    words = len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", body))
    return bool(TEST_WORDS.match(subject) or TEST_WORDS.match(first)) and words <= 40


def a_note_to_itself(parsed, offices: set[str]) -> bool:
    """The office's phone note to its own mailbox (明天催报：…): from it, to it alone, no file. A unit's mail the office
    forwards or saves to itself carries that mail or its files, and stays for a person; so does a unit's answer the
    office got another way and wrote down to keep (新开岭乡…通过微信报送外网调查情况，转录如下，存档)."""
    to = {a.lower() for a in parsed.to or []}
    return not parsed.attachments and bool(to) and to <= offices and not TRANSCRIBED.search(parsed.body_text or "")


# …通过微信报送…，转录如下 / 电话报来…，记录如下: a unit's answer got by another way, written down by the office
TRANSCRIBED = re.compile(r"(?:微信|电话|短信|钉钉|QQ|政务微信)[^。\n]{0,30}?(?:转录|抄录|代为录入|代录|记录如下|整理如下)")


def a_notice_it_sent(parsed, offices: set[str]) -> bool:
    """The office's own notice (关于…的补充通知, its units in 密送), the copy sent to its own address: the subject a
    notice's title, the body that notice (its title, an addressee line), to the office alone."""
    to = {a.lower() for a in parsed.to or []}
    subject = subject_text(parsed.subject)
    lines = [ln.strip() for ln in (parsed.body_text or "").splitlines() if ln.strip()][:4]
    return (bool(to) and to <= offices and not REPLY.match(parsed.subject or "") and is_notice_title(subject)
            and any(re.search(r"(?:^各|[，,、]各|部门|机构|政府)[^：:]{0,30}[:：]$", ln) for ln in lines))


def passing_on_the_offices_mail(parsed, offices: set[str]) -> bool:
    """要路沟乡 forwards the office's reminder to its villages (各村：…), the office only in Cc, no file: the office's own
    words passed down, nothing sent to it."""
    to = {(a or "").lower() for _, a in parse_address_list(parsed.headers.get("To") or "")}
    cc = {(a or "").lower() for _, a in parse_address_list(parsed.headers.get("Cc") or "")}
    quoted_from = set(quoted_senders(parsed.body_text or ""))
    return (not parsed.attachments and bool(cc & offices) and not (to & offices) and bool(quoted_from)
            and quoted_from <= offices)


# 各县（市、区）防溺水办：, 各乡镇人民政府，县直各部门：: a notice's addressee line, to several offices at once
ADDRESSEES = re.compile(r"^\s*各[^。；;\n]{1,60}[:：]\s*$")


def a_notice_to_the_office(parsed) -> bool:
    """A higher office's notice (葫芦岛市防溺水办's 关于报送…的通知 to 各县（市、区）防溺水办：): its subject a notice's title,
    its first lines an addressee line 各…：, neither a reply nor a forward. Asked only of a mail naming no unit of
    ours: work the office is given, not a unit's submission."""
    subject = parsed.subject or ""
    if REPLY.match(subject) or FORWARD.match(subject) or parsed.forwarded or not is_notice_title(subject_text(subject)):
        return False
    return any(ADDRESSEES.match(line) for line in content_lines(parsed.body_text or "")[:2])


def posing_as_the_office(sender: str | None, offices: set[str]) -> str:
    """The collecting address whose name the sender takes on another domain (jc7710089@163-mail-verify.top posing
    as jc7710089@163.com), or "": no unit writes from there."""
    local, _, domain = (sender or "").lower().partition("@")
    return next((o for o in sorted(offices) if o.partition("@")[0] == local and o.partition("@")[2] != domain), "")


def the_mail_names_its_unit(hits, unit: str) -> bool:
    """From the collecting mailbox itself (a unit's staff at the office's computer, or the clerk
    mailing in a file received by other means): the files and their documents must name the unit,
    with the subject or the sender's words, or the mail is the office's own (a copy of a notice, a
    reminder) for a person to look at."""
    sources = {h.source for h in hits if h.units == (unit,)}
    return bool({"filename", "doc_head", "doc_sign"} & sources) and len(sources & NAMING_SOURCES) >= 3


def an_answer_written_down(parsed, hits, unit: str) -> bool:
    """The office wrote down a unit's answer got another way (…通过微信报送…，转录如下), no file: the subject and
    the words name the unit."""
    sources = {h.source for h in hits if h.units == (unit,)}
    return (not parsed.attachments and bool(TRANSCRIBED.search(parsed.body_text or ""))
            and "subject" in sources and bool(sources & {"body", "signature"}))


# 我是县政协委员周秀兰 / 我是县人大代表 / 我是…村村民: a person writing as herself, not for a unit
PERSON_SELF = re.compile(r"我是[^，。,；;！!\n]{0,12}?(?:政协委员|人大代表|党代表|村民|居民|群众|市民|退休职工|家长)")
# a letter written to thank: not the 谢谢 / 非常感谢 that closes a request
THANKS = re.compile(r"感谢信|表示感谢|表示衷心的?感谢|特此(?:致谢|感谢)|衷心感谢")
# …请督促重新答复 / 希望… / 不满意: the person asks something, a person answers it
ASKS = re.compile(r"请[^，。！!；;\n]{0,8}?(?:督促|重新|答复|回复|处理|核实|落实|协调|解决|说明)|希望|恳请|要求|不满意?|投诉")


def a_persons_thanks(parsed, own_words: str) -> bool:
    """A person's letter of thanks (我是县政协委员…，民政局的同志专门上门沟通…特此来信表示感谢): no file, the writer a
    委员, 代表 or resident speaking for herself, thanking; a unit named in it is the one thanked, not a sender, and there is
    nothing to file. Asked only of a mail that names no unit as its sender."""
    if parsed.attachments or parsed.forwarded:
        return False
    words = own_words or parsed.body_text or ""
    return (bool(PERSON_SELF.search(words)) and bool(THANKS.search(f"{parsed.subject or ''}\n{words}"))
            and not ASKS.search(words))
