"""A drafted requirement's id (``annual-report``, ``plan-2``, pinyin initials otherwise) and the hints mails are matched
by: the names of its materials and their shortenings, less what another requirement of the notice shares."""

from __future__ import annotations

import re

from pypinyin import lazy_pinyin

from .materials.stamped import BARE_SCAN
from .requirements import CONTACT_INFO, DOC_NOUN, GENERIC, TABLE_NOUN
from .words import (a_work_named_alone, as_mails_write_it, bare, last_listed, short_form_of_a_name, topic_beside,
                    without_bare, without_the_papers_book)

# english ids for the usual materials (patterns): the word earliest in the title wins, then the first listed; 计划生育
# and 计划免疫 name a matter, not a plan
ID_WORDS = [
    ("年度报告", "annual-report"), ("整改", "rectification"), ("自查", "self-check"), ("访谈", "interview"),
    ("问卷", "survey"), ("报名", "signup"), ("总结", "summary"), ("统计", "statistics"), ("方案", "plan"),
    ("计划(?!生育|免疫)", "plan"), ("隐患", "hazards"), ("排查", "inspection"), ("检查", "inspection"), ("台账", "ledger"),
    ("回执", "reply"), ("视频", "video"), ("名单", "list"), ("清单", "list"), ("政务信息", "info"), ("工作信息", "info"),
    ("动态信息", "info"), ("案例", "cases"),
    ("照片", "photos"), ("截图", "screenshots"),
]


# 2026年度, 2075年: the year a paper named whole in title marks opens with (《2026年度督查事项办理情况统计表》)
YEAR_OPENING_A_NAME = re.compile(r"^\d{4}\s*年度?")


def hints_for(names: list[str]) -> list[str]:
    hints: list[str] = []
    if len(names) > 1:  # …方案和假期联络员信息: every campaign asks whom to call; a hint only when it is all that is asked
        names = [n for n in names if not CONTACT_INFO.fullmatch(n)] or names
    # “无讼村（社区）”推荐表 → 无讼村推荐表; 林地、水域占用情况说明 → 水域占用情况说明
    for quoted, n in ((last_listed(n), as_mails_write_it(last_listed(n))) for n in names):
        if BARE_SCAN.match(n):
            continue  # 扫描件: every campaign's scans say it
        # the full name, then its shortenings that carry its topic: never a bare 统计表 or 情况报告
        # 2026年度督查事项办理情况统计表: the year opening a name is no word of its topic (督查事项办理, never 事项办理), and
        # mails name the paper without it too (督查事项办理情况统计表)
        yearless = YEAR_OPENING_A_NAME.sub("", quoted) or quoted
        again = as_mails_write_it(yearless) if yearless != quoted else n
        short = short_form_of_a_name(yearless)
        shortenings = [h for h in (short, topic_beside(yearless, short), _stem(n)) if h and not bare(h)]
        for h in (n, again, without_the_papers_book(again), *shortenings):  # …报告书 written …报告 too
            if h not in hints and h not in GENERIC and len(h) >= 2:
                hints.append(h)
    return without_bare(hints, a_work_named_alone)  # 活动照片 beside 推普周活动总结: any activity's photos


def _stem(name: str) -> str:
    """自查报告 → 自查, 访谈稿件 → 访谈: the word before the material's noun."""
    m = re.fullmatch(rf"([\u4e00-\u9fa5]{{2}})(?:{TABLE_NOUN}|{DOC_NOUN}|照片|图片|截图)", name)
    return m.group(1) if m and m.group(1) not in STEMS_OF_NO_MATTER else ""


# 工作总结, 活动照片, 作品图片: a word any campaign's material opens with (作品: the works every 征集 asks), no hint alone
STEMS_OF_NO_MATTER = ("工作", "情况", "相关", "有关", "活动", "记录", "修改", "作品", "审核")


def make_distinct(hint_lists: list[list[str]], titles: list[str] | None = None) -> list[list[str]]:
    """Drop from each requirement the hints that another requirement of the notice shares, or
    that are part of another's hint (报告 in 整改报告): they would point to both; a hint that is another's whole title is
    that one's alone. Requirements of
    one title are one report's periods (首次…；此后每月…): they keep their shared words, and the
    collector tells them apart by when a mail arrives."""
    titles = titles or [str(i) for i in range(len(hint_lists))]
    # 第一批次推荐名单于4月10日前、第二批次推荐名单于5月10日前: the other's whole title, caught in one's clause, is the other's
    hint_lists = [[h for h in hints if h in titles[i] or h not in titles[:i] + titles[i + 1:]]
                  for i, hints in enumerate(hint_lists)]
    out = []
    for i, hints in enumerate(hint_lists):
        others = [h for j, hs in enumerate(hint_lists) if titles[j] != titles[i] for h in hs]
        out.append([h for h in hints if not any(h == o or h in o for o in others)])
    return out


def requirement_id(title: str, taken: set[str]) -> str:
    found = sorted((m.start(), k, rid) for k, (word, rid) in enumerate(ID_WORDS) if (m := re.search(word, title)))
    base = found[0][2] if found else slug(title, 10).lstrip("0123456789") or "requirement"  # ids start with a letter
    rid, n = base, 2
    while rid in taken:
        rid, n = f"{base}-{n}", n + 1
    return rid


def slug(text: str, limit: int = 24) -> str:
    """ascii slug from Chinese: the pinyin initials of the words (zwgk for 政务公开)."""
    letters = "".join(p[0] for p in lazy_pinyin(re.sub(r"[^\u4e00-\u9fa5A-Za-z0-9]", "", text)) if p and p[0].isascii())
    return re.sub(r"[^a-z0-9]", "", letters.lower())[:limit]
