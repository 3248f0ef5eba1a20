"""The format a notice gives a form where it first names it, kept when the sending sentence names it bare:
`每项课题须填写《课题建议表》（附件，Word版）…`, then `请各单位于11月25日前将课题建议表发送至…`: the 建议表 is a Word
document, not the spreadsheet a 表 is taken for. Only a bracket right after the form's name counts (附件 and its
number may come first); a form the sending sentence gives a format of its own keeps that one. A 《form》 the notice gives
as Excel where it first names it is, likewise, a spreadsheet where a later sentence names it bare. A format said once
for a kind of material (`三、报送方式 以上材料电子版（表格为Excel格式，报告为Word格式）…`, read by kind_formats.py) reaches
each part of that kind left without one."""

from __future__ import annotations

import re

from .parts import SPREADSHEET_FORMATS, WORD_FORMATS
from .kind_formats import kinds_said_of_all, of_the_kind
from ..requirements import DraftRequirement

# 《…课题建议表》（附件，Word版）, 课题建议表（附件2，Word格式）
WORD_BRACKET = r"[》”]?\s*[(（](?:附件\s*[\d一二三四五六七八九十]{0,2}\s*[，,、]\s*)?(?:Word|WORD|word|docx?)"
A_FORMAT = re.compile(r"Excel|EXCEL|excel|xlsx?|Word|WORD|word|docx?|电子表格")


def formats_given_where_named(body: str, requirements: list[DraftRequirement]) -> None:
    """Each spreadsheet part whose form the notice names elsewhere in Word becomes a Word document (in place)."""
    for r in requirements:
        if A_FORMAT.search(r.said or r.description):
            continue
        for part in r.parts:
            if part.get("formats") == SPREADSHEET_FORMATS and re.search(re.escape(part["title"]) + WORD_BRACKET, body):
                part["formats"] = list(WORD_FORMATS)
        _sheets_given_where_named(body, r)


# 《2336年农村公益电影放映计划表》（附件2，Excel格式）
EXCEL_BRACKET = r"》\s*[(（](?:附件\s*[\d一二三四五六七八九十]{0,2}\s*[，,、]\s*)?(?:Excel|EXCEL|excel|xlsx?|电子表格)"


def _sheets_given_where_named(body: str, r: DraftRequirement) -> None:
    """（一）…将《放映计划表》（附件2，Excel格式）发送… then （二）…将《放映计划表》发送…: the form the sending sentence names
    bare is the spreadsheet the notice said it was; a document part of that form's name takes the spreadsheet's
    formats."""
    for form in re.findall(r"《([^《》]{2,40})》", r.said):
        if not re.search(re.escape(form) + EXCEL_BRACKET, body):
            continue
        for part in r.parts:
            if part["kind"] == "document" and not part.get("formats") and part["title"] in form:
                part["formats"] = list(SPREADSHEET_FORMATS)


def formats_said_of_a_kind(body: str, requirements: list[DraftRequirement]) -> None:
    """The formats a notice says once for the materials as a whole (`三、报送方式` / `以上材料电子版（表格为Excel格式，报告为
    Word格式）发送至…`), apart from the sentences naming them: each document part with no format of its own whose title
    ends in the kind named (报告 → 库存检查自查报告; 文字材料, 以上材料 → every written part) takes it. Said inside one material's own
    sentence, or under a heading of another matter, it is that sentence's (parts_for reads it)."""
    for kind, form in kinds_said_of_all(body):
        for r in requirements:
            for part in r.parts:
                if part["kind"] == "document" and not part.get("formats") and of_the_kind(part["title"], kind, form):
                    part["formats"] = list(WORD_FORMATS if form == "word" else SPREADSHEET_FORMATS)
