"""The matter a material's name is about (春耕备耕, 审计整改), read where its short form had to reach past a bare noun,
and the quoted name it may open with (“两癌”筛查…)."""

from __future__ import annotations

import re

from .cut import read_whole, words_of
from .kinds import (PLAN_OF_A_MATTER, WHOSE_BY_THE_WORD_BEFORE, WORK_ON_A_MATTER, a_drive_work, a_figure_set_and_its_work,
                    a_kind_of_paper, a_word_of_the_work, a_work_of_no_topic, DRIVE_WORK)
from .nouns import GENERIC_WORDS, NOUN_AT_END, is_generic


# the longest topic kept whole, never cut (春耕备耕, 示范点建设, 未成年人保护)
WHOLE_TOPIC_MAX = 6


def topic(name: str) -> str:
    """The matter a name is about, when its short form had to reach past a bare generic noun:
    春耕备耕生产情况统计表 → 春耕备耕, 审计整改情况报告 → 审计整改, 12345热线工单办理情况统计表 →
    工单办理 (the last two words of a long one; "" when none of 4 characters or more)."""
    words = words_of(name)
    if len(name) <= 5 or not any(is_generic(words[-k:]) and len("".join(words[-k:])) >= 3
                                 for k in range(1, len(words) + 1)):
        return ""
    while words and words[-1] in GENERIC_WORDS:
        words.pop()
    words = [w for w in words if not re.fullmatch(r"\d{4}年度?", w)]
    rest = "".join(words)
    if len(rest) <= WHOLE_TOPIC_MAX:  # 春耕备耕, 示范点建设: whole (cutting by two would clip 示范点); 隐患排查 alone none
        return rest if len(rest) >= 4 and not a_work_of_no_topic(words) else ""
    if matter := _matter_before_its_work(words):
        return matter
    return _last_words_with_their_topic(words)


def _last_words_with_their_topic(words: list[str]) -> str:
    """The last two words of a topic too long to keep whole (工单 / 办理); where they name only a kind of work (活动 /
    开展, 隐患 / 排查), the words back to the nearest word of the topic, the drive's work at the end left out as the survey
    of the matter before it (`_the_drive_left_out`): 推普周 / 活动 / 开展 → 推普周活动开展, 户用 / 沼气池 / 安全 / 隐患 / 排查
    → 沼气池安全隐患; "" where none is, or the pairs were read shifted (the word reached would be a cut)."""
    last_two = words[-2:]
    if a_figure_set_and_its_work(last_two):  # 基数 / 调整: whose 基数 it is, the word before it
        return _the_figure_with_whose_it_is(words)
    if last_two[0] in GENERIC_WORDS:  # 工作 / 开展: no topic (监测工作开展情况 has its short form)
        return ""
    if not a_work_of_no_topic(last_two):
        return "".join(last_two) if len("".join(last_two)) >= 4 else ""
    matter = _the_drive_left_out(words)
    at = next((i for i in range(len(matter) - 1, -1, -1) if _a_word_of_its_own_topic(matter[i])), None)
    if at is None or not read_whole(words):
        return ""
    while at > 0 and len("".join(matter[at:])) < 4:  # 验配 / 场所: a topic word of two, with the word before it
        at -= 1
    return "".join(matter[at:]) if len("".join(matter[at:])) >= 4 else ""


def _a_word_of_its_own_topic(word: str) -> bool:
    """A word that tells a topic by itself: no word of the work (隐患, 排查), nor one whose matter the word before it tells
    (环境, 沿线: `WHOSE_BY_THE_WORD_BEFORE`; a topic reached back to it would be a cut, 环境隐患, 沿线安全环境隐患)."""
    return not a_word_of_the_work(word) and word not in WHOSE_BY_THE_WORD_BEFORE


def _the_figure_with_whose_it_is(words: list[str]) -> str:
    """A topic ending in a figure or an aim set and the work on it (基数 / 调整, 目标 / 防护: `a_figure_set_and_its_work`):
    the word before the figure, whose it is, with them (缴存 / 基数 / 调整 → 缴存基数调整, 经济 / 目标 / 防护 → 经济目标防护; past
    money named twice: 拒收 / 人民币 / 现金 / 自查 → 拒收人民币现金自查);
    "" where that word is no word of a topic either, or the pairs were read shifted (the word reached would be a cut)."""
    at = 0 if words[-2] in PLAN_OF_A_MATTER else len(words) - 3  # 国土 / 空间 / 规划 / 实施: a plan named whole
    while at > 0 and words[at] in WHOSE_BY_THE_WORD_BEFORE:  # 人民币 / 现金: money named twice, whose the word before
        at -= 1
    if at < 0 or not read_whole(words) or a_word_of_the_work(words[at]) or words[at] in WHOSE_BY_THE_WORD_BEFORE:
        return ""
    return "".join(words[at:])


# 专项整治, 专项检查: the drive's work with the word that makes it a special one
DRIVE_AT_THE_END = re.compile(rf"{DRIVE_WORK}|自查|专项")


def _the_drive_left_out(words: list[str]) -> list[str]:
    """The topic's words without the drive's work closing them (排查, 排查 / 整治, 专项 / 检查, 自查) and the generic words
    then closing them (情况, 人员): the matter the drive surveys (沼气池 / 安全 / 隐患, 流浪 / 乞讨)."""
    words = list(words)
    while len(words) > 1 and DRIVE_AT_THE_END.fullmatch(words[-1]):
        words.pop()
    while len(words) > 1 and words[-1] in GENERIC_WORDS:
        words.pop()
    return words


def _matter_before_its_work(words: list[str]) -> str:
    """A topic too long to keep whole that ends in the work done on it (图书馆 / 分馆 / 建设): the matter before the work,
    whole when of 4 to 6 characters (图书馆分馆, never the 分馆建设 of the last two words); "" otherwise, and where the last
    two name a work alone (病虫害 / 监测 / 防控: its topic is reached back to by `_last_words_with_their_topic`, 病虫害监测防控,
    never 病虫害监测)."""
    matter = "".join(words[:-1])
    if a_work_of_no_topic(words[-2:]):
        return ""
    return matter if words and words[-1] in WORK_ON_A_MATTER and 4 <= len(matter) <= 6 else ""


# “无讼村（社区）”, ‘两癌’: a quoted name inside a material's name (`titled_names.with_its_quoted_topic`), and an aside in
# brackets inside it
QUOTED_IN_A_NAME = re.compile(r"“([^“”]*)”|‘([^‘’]*)’|「([^「」]*)」|『([^『』]*)』|\"([^\"]*)\"")
ASIDE_IN_A_QUOTE = re.compile(r"[(（][^()（）]*[)）]")


def as_mails_write_it(name: str) -> str:
    """A name with a quoted name in it, as mails and files write it: the marks and the aside in brackets inside the
    quote left out (“无讼村（社区）”推荐表 → 无讼村推荐表, “两癌”筛查组织动员情况报告 → 两癌筛查组织动员情况报告)."""
    return QUOTED_IN_A_NAME.sub(lambda m: ASIDE_IN_A_QUOTE.sub("", next(g for g in m.groups() if g is not None)), name)


# the longest topic a quoted name and the words after it make (两癌筛查组织动员); past it, the quoted name with its work
QUOTED_TOPIC_MAX = 10


def the_quoted_topic(name: str) -> str:
    """The topic of a name opening with a quoted name (`titled_names.with_its_quoted_topic`): the quoted name, as mails
    write it, with the words after it up to its paper, less the generic words and the kinds of paper closing them
    (“两癌”筛查组织动员情况报告 → 两癌筛查组织动员, “无讼村（社区）”推荐表 → 无讼村), the work right after it alone where that is
    too long (两癌筛查); "" for a name opening with no quote."""
    quoted = QUOTED_IN_A_NAME.match(name)
    if not quoted:
        return ""
    words = words_of(as_mails_write_it(name[quoted.end():]))
    while words and (words[-1] in GENERIC_WORDS or a_kind_of_paper(words[-1:]) or NOUN_AT_END.fullmatch(words[-1])):
        words.pop()
    said = as_mails_write_it(quoted.group())
    if len(said + "".join(words)) > QUOTED_TOPIC_MAX:
        words = words[:1] if words and (a_drive_work(words[0]) or words[0] in WORK_ON_A_MATTER) else []
    return said + "".join(words)


def topic_of_a_name(name: str) -> str:
    """A name's topic: its quoted name's (`the_quoted_topic`), else the one `topic` reads in it as mails write it."""
    return the_quoted_topic(name) or topic(as_mails_write_it(name))
