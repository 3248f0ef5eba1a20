"""A unit's new name, which the mail itself says was its former one: after a 机构改革 a bureau
writes under its new name (县教育和体育局) long before the office's roster learns it, and its mail
says so (“我局已更名为建昌县教育和体育局（原县教育局）”). The matcher reads such a mail with the
former name, which the roster knows, in place of the new one, and says so in its reason for the
clerk, who adds the new name to the roster as an alias (an archive keeps what was sent).

Only a name the roster does not know, said to stand for one it does, is replaced; a mail that
merely mentions another unit's former name (“原县教育局的职能划入…”) renames nothing.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.names import name_index
from collector.match.text import normalize, with_texts_mapped
from collector.match.words import UNIT_LIKE_RE

_NAME = r"(?:[\u4e00-\u9fa5]{1,6}县|县)?[\u4e00-\u9fa5]{2,14}?(?:分局|局|委员会|委|中心|办公室|站|所|院|馆|镇|乡)"
# what a renaming is said with: a mail without any of these words is not read further (most mails)
SAID = re.compile(r"原|更名|改名")
# 更名为X（原Y）, X（原Y）, 原Y(已)更名为X, 由Y更名为X, Y更名为X
RENAMED = [
    re.compile(rf"(?P<new>{_NAME})\s*[(（]\s*原(?:名|名称|单位)?[为是:：]?\s*(?P<old>{_NAME})\s*[,，、)）]"),
    re.compile(rf"(?:原|由)(?P<old>{_NAME})(?:已|现已|现)?(?:更名|改名|调整)为(?P<new>{_NAME})"),
    re.compile(rf"(?P<old>{_NAME})(?:已|现已)(?:更名|改名)为(?P<new>{_NAME})"),
]


def renamings_said(text: str) -> list[tuple[str, str]]:
    """(new name, former name) for each renaming the text says (更名为X（原Y）, X（原Y）, 原Y更名为X), whether or not the
    roster knows either; the drafter reads a notice's (县数据局（原县营商局）) with this too."""
    if not SAID.search(text):
        return []
    out: list[tuple[str, str]] = []
    for pattern in RENAMED:
        for m in pattern.finditer(text):
            new, old = _trimmed(m.group("new")), _trimmed(m.group("old"))
            if new != old and UNIT_LIKE_RE.fullmatch(new) and (new, old) not in out:
                out.append((new, old))
    return out


def renamed_units(parsed: ParsedMail, campaigns: list[Campaign]) -> dict[str, str]:
    """new name -> the former name the roster knows, as the mail's own words say it."""
    said = renamings_said(normalize(" ".join([parsed.subject or "", parsed.body_text or ""])))
    if not said:
        return {}
    idx = name_index(campaigns)
    out: dict[str, str] = {}
    for new, old in said:
        if idx.scan(new, fuzzy=False):
            continue
        known = idx.scan(old, fuzzy=False)
        if known and known[0][1] == old:
            out[new] = old
    return out


def _trimmed(name: str) -> str:
    """我局已更名为建昌县教育和体育局: the name, not the words before it."""
    return re.sub(r"^.*(?:已|现|我局|本局|我单位|本单位|为|是)(?=(?:[\u4e00-\u9fa5]{1,6}县|县)[\u4e00-\u9fa5])", "", name)


# 建昌县教育和体育局, 县教育和体育局: the county's name, or 县, before a county unit's own
COUNTY_HEAD = re.compile(r"^(?:[\u4e00-\u9fa5]{1,6}?县(?=[\u4e00-\u9fa5]{2})|县)")


def with_former_names(parsed: ParsedMail, renamed: dict[str, str]) -> ParsedMail:
    """The mail with each new name read as its former one, wherever the matcher reads (with_texts_mapped),
    in each form it is written: 建昌县教育和体育局, 县教育和体育局, 教育和体育局."""
    if not renamed:
        return parsed
    pairs = [(COUNTY_HEAD.sub("", new), COUNTY_HEAD.sub("", old)) for new, old in renamed.items()]

    def former(text: str) -> str:
        for new, old in pairs:
            text = text.replace(new, old)  # the bare name: the county or 县 before it stays as written
        return text

    return with_texts_mapped(parsed, former)


def renamed_note(renamed: dict[str, str]) -> str:
    """What the reason tells the clerk."""
    pairs = "；".join(f"“{new}”原为{old}" for new, old in renamed.items())
    return f"。邮件说明{pairs}（已更名），按原名称处理；请在名册中为该单位添加新名称作别名"
