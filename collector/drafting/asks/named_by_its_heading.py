"""A numbered section headed by the one paper its sentence asks (`二、“暖心家园”典型事例` over `各单位推荐“暖心家园”帮扶
典型事例1篇（Word格式）…`): the heading is how the notice names that requirement, so it is the requirement's title and its
words (暖心家园典型事例) are a hint beside the sentence's (帮扶典型事例, 典型事例). The quoted name the heading opens with is
then the paper's, not only the campaign's: written right before the paper in the sentence, it is given back to the part's
title (“暖心家园”帮扶典型事例), as a quoted name inside a paper's 《》 is (`year_in_part_titles`). A heading naming no
paper (`二、帮扶情况统计`), a bare one (`二、工作总结`, `三、报送材料`) or one the sentence's name already holds
(`二、典型案例` over `…推广典型案例`) leaves the requirement as its sentence names it."""

from __future__ import annotations

import re

from ..requirements import MATERIAL, VERBS
from ..materials.titled_names import QUOTE_MARKS, QUOTED_NAME
from ..words import bare, words_of

LEADING_YEAR = re.compile(r"^\d{4}年度?")

# 二、“暖心家园”典型事例, 三、“最美家庭”推荐表。: a number, a name, nothing more on the line
PAPER_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、\s*(?P<name>[^，,。；;：:\s()（）]{4,24}?)\s*[。：:]?\s*$")


def paper_of_the_heading(heading: str, names: list[str]) -> str:
    """The name ``heading`` gives the one paper of ``names`` when it ends in that paper's material word and says more of
    it than the name does; "" otherwise."""
    m = PAPER_HEADING.match(heading)
    if not m or len(names) != 1:
        return ""
    name, said = m.group("name"), names[0]
    plain = LEADING_YEAR.sub("", unquoted(name))  # 一、2026年度工作总结: the name is read without its year
    word = _material_word_at_end(plain)
    if bare(plain) or VERBS.search(plain) or not word:
        return ""  # 三、报送材料, 二、工作总结; 一、制定活动方案, 二、报送定稿: the step, not the paper's name
    return name if word == _material_word_at_end(said) and _says_more(plain, said) else ""


def _material_word_at_end(name: str) -> str:
    """The material word ``name`` ends in (事例, 推荐表, 报告), or ""."""
    last = [m for m in MATERIAL.finditer(name) if m.end() == len(name)]
    return last[-1].group() if last else ""


def _says_more(heading: str, name: str) -> bool:
    """The heading has a word the sentence's name has not, and is no shorter (二、整改报告 over 《防雷安全隐患整改情况
    报告》 is the item's label: the sentence names the paper in full)."""
    return len(heading) >= len(name) and any(w not in name for w in words_of(heading))


def unquoted(name: str) -> str:
    """“暖心家园”典型事例 → 暖心家园典型事例: the words a unit's mail or file would write."""
    return re.sub(f"[{QUOTE_MARKS}]", "", name)


def quoted_name_of_the_heading(heading_name: str, part_title: str, sentence: str) -> str:
    """The quoted name the heading opens with (“暖心家园”), when the sentence writes it right before ``part_title``; ""
    otherwise."""
    m = re.match(QUOTED_NAME, heading_name)
    return m.group() if m and f"{m.group()}{part_title}" in sentence else ""


def quote_the_parts_as_the_heading(parts: list[dict], heading_name: str, sentence: str) -> None:
    """Each part titled by the paper the sentence writes right after the heading's quoted name is titled with it."""
    for part in parts:
        title = part.get("title") or ""
        if title and (quoted := quoted_name_of_the_heading(heading_name, title, sentence)):
            part["title"] = quoted + title


def with_the_heading_first(hints: list[str], heading_name: str) -> list[str]:
    """The heading's name as a mail would write it (暖心家园典型事例), then the sentence's hints."""
    first = unquoted(heading_name)
    return [first, *(h for h in hints if h != first)] if heading_name else hints
