"""A 征求意见稿 sent back with the opinions written into it as Word 批注.

A call for comments gives a 反馈表, or lets a unit write its opinions in the mail. Some units
instead open the office's own draft, comment on it in Word and send the file back under its
old name. The parse stage reads a .docx's comments as lines marked 批注（author）：… (parsers/
documents.py). The draft with such lines is the unit's answer; the same draft without them is
only the office's file returned, for a person to look at."""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.requirements import DRAFT_FOR_COMMENT
from collector.match.text import normalize
from collector.match.words import file_stem

COMMENT_LINE = re.compile(r"^批注(?:（[^）\n]*）)?：\S", re.MULTILINE)
BRACKETS = re.compile(r"[《》（）()【】\[\]\s]")


def returns_its_draft_with_comments(parsed: ParsedMail, campaign: Campaign) -> bool:
    """A document of the mail is the draft the campaign asks comments on, and carries 批注."""
    draft = _draft_name(campaign)
    return bool(draft) and any(
        a.kind == "document" and COMMENT_LINE.search(a.text or "") and _names_draft(file_stem(a.filename), draft)
        for a in parsed.attachments)


def _draft_name(campaign: Campaign) -> str:
    """建昌县重大行政决策程序规定 of a campaign titled 《建昌县重大行政决策程序规定（征求意见稿）》意见:
    the name of the draft for comment its title gives, bare, or "" where it names none."""
    title = normalize(campaign.title)
    for quoted in re.findall(r"《([^《》]+)》", title) or [re.sub(r"^关于(?:征求)?", "", title)]:
        found = DRAFT_FOR_COMMENT.search(quoted)
        if found:
            return BRACKETS.sub("", quoted[: found.start()])
    return ""


def _names_draft(stem: str, draft: str) -> bool:
    """The file's name is the draft's (a unit prefix or a 附件1 before it is allowed)."""
    bare = BRACKETS.sub("", normalize(stem))
    return bool(DRAFT_FOR_COMMENT.search(bare)) and draft in bare
