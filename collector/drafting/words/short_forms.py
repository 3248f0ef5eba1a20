"""The short forms of a material's name that mails and files use (审计整改情况报告 → 整改情况报告), with its topic beside
them where the short form alone is near generic: a part's words."""

from __future__ import annotations

import re

from .cut import JOINER_IN_A_NAME, LEADING_YEAR, read_whole, words_of
from .kinds import (KIND_OF_PAPER_WORDS, PLAN_OF_A_MATTER, SURROUNDINGS_OF_A_MATTER, WHOSE_BY_THE_WORD_BEFORE, a_drive_work,
                    a_kind_of_paper, a_paper_of_a_work_alone, a_word_of_the_work, bare)
from .nouns import BOUND_TO_THE_NEXT, FIELD_OF_ANY_MATTER, GENERIC_WORDS, is_generic
from .topics import QUOTED_IN_A_NAME, WHOLE_TOPIC_MAX, as_mails_write_it, topic_of_a_name


def short_name(name: str, past_a_drive_paper: bool = False) -> str:
    """The tail that mails and files use: 政府信息公开工作年度报告 → 年度报告, 任务分解表 → 分解表,
    审计整改情况报告 → 整改情况报告 (情况报告 alone names every report), 示范单位推荐表 (推荐表 alone names every
    nomination), PDF扫描件 whole."""
    if len(name) <= 5:
        return name
    words = words_of(name)
    target = 3 if name.endswith("表") else 4
    past_the_work = read_whole(words)
    for k in range(1, len(words) + 1):
        tail = words[-k:]
        if JOINER_IN_A_NAME.fullmatch(tail[0]):
            continue  # 和网格员名单: a short form never starts with its joining word
        if k > 1 and re.fullmatch(r"\d{4}年?", tail[0]):
            return _the_plan_whole(words, k - 1)  # 2095年度报告: the year opening the name is no word a short form reaches to
        if (len("".join(tail)) >= target and not is_generic(tail) and not a_kind_of_paper(tail, past_the_work)
                and not (past_a_drive_paper and _no_topic_word(tail)) and not _opens_short(words, k)):
            return _the_plan_whole(words, k)
    return name


def _opens_short(words: list[str], k: int) -> bool:
    """The last ``k`` words are a field every matter has and the paper's noun, generic words between (卫生自查表, 检测报告,
    比赛报名表, 设施情况说明, 设施卫生自查表: `FIELD_OF_ANY_MATTER`; not 设施排查台账, a work of its own between), or they start right after a
    word bound to them (供水设施卫生自查表 after 二次: `BOUND_TO_THE_NEXT`): a word more before them, 二次供水设施卫生自查表,
    水质检测报告, 拔河比赛报名表 (mixed108)."""
    return k < len(words) and ((words[-k] in FIELD_OF_ANY_MATTER and all(w in GENERIC_WORDS | FIELD_OF_ANY_MATTER for w in words[-k + 1:-1]))
                               or words[-k - 1] in BOUND_TO_THE_NEXT)


def _the_plan_whole(words: list[str], k: int) -> str:
    """The last ``k`` words, or, where a plan's word is among them after their first (儿童 / 发展 / 规划 / 实施 / …), the
    name from its first word, its year aside (妇女儿童发展规划实施情况监测表): a plan is named by all the words before it
    (`PLAN_OF_A_MATTER`), and a short form starting inside its name names another plan."""
    tail = words[-k:]
    if any(w in PLAN_OF_A_MATTER for w in tail[1:]):
        return "".join(w for w in words if not LEADING_YEAR.fullmatch(w))
    return "".join(tail)


def _no_topic_word(words: list[str]) -> bool:
    """Every word but the paper's noun is a word of the work, a joiner, a kind of paper or a word whose matter the word
    before it tells (隐患 / 排查 / 整治 / 台账, 问题 / 整改 / 清单, 发现 / 和 / 整改 / 情况, 环境 / 隐患 / 排查 / 台账, 沿线 / 安全 /
    …: `WHOSE_BY_THE_WORD_BEFORE`): a drive's paper reached past only to such words still names any survey's."""
    return all(a_word_of_the_work(w) or JOINER_IN_A_NAME.fullmatch(w) or w in KIND_OF_PAPER_WORDS or w == "发现"
               or w in WHOSE_BY_THE_WORD_BEFORE for w in words[:-1])


def short_form_of_a_name(name: str) -> str:
    """A name's short form as mails write it (`short_name`), never starting inside the quoted name it opens with: that
    name is one word (“安全生产月”活动工作总结 → 安全生产月活动工作总结 whole, never 生产月活动工作总结)."""
    written = as_mails_write_it(name)
    short = short_name(written)
    if a_drive_paper_of_no_topic(written, short) or a_work_of_two_cut(written, short):  # 在用电梯安全隐患排查台账: 排查台账 is any survey's
        past = short_name(written, past_a_drive_paper=True)
        short = past if past != written or not _no_topic_word(words_of(past)) else short
    quoted = QUOTED_IN_A_NAME.match(name)
    if quoted and len(short) > len(written) - len(as_mails_write_it(quoted.group())):
        return written
    return short


def a_work_of_two_cut(name: str, short: str) -> bool:
    """The short form is a paper of a work alone (整改 / 情况 / 说明: `a_paper_of_a_work_alone`) starting on the second word of
    a work of two, a drive's work right before it (清理 / 整改, 排查 / 整治): it cuts that work (银行账户清理整改情况说明 →
    整改情况说明, any 整改's), and is reached past to a word of the topic as a drive's paper of no topic is; 审计整改情况报告
    and 隐患整改情况报告 (no drive's work before the 整改) keep theirs."""
    words, tail = words_of(name), words_of(short)
    k = len(tail)
    return (len(words) > k and "".join(words[-k:]) == short and a_drive_work(words[-k - 1])
            and a_paper_of_a_work_alone(tail))


def a_drive_paper_of_no_topic(name: str, short: str) -> bool:
    """The short form is a drive's paper alone (排查台账, 整治工作总结: `a_paper_of_a_work_alone`) and the name gives no
    topic to go with it (`topic_of_a_name`), or only its whole matter (`the_whole_matter`): the one word a part would get
    names any survey's paper."""
    if not a_paper_of_a_work_alone(words_of(short)):
        return False
    found = topic_of_a_name(name)
    return not found or the_whole_matter(name, found)


def the_whole_matter(name: str, found: str) -> bool:
    """The topic read is the name's whole matter, from its first word (its year aside) to the drive, and longer than a topic
    is kept whole, a word of surroundings in it (铁路沿线安全环境隐患 of 铁路沿线安全环境隐患排查整治工作总结: no shorter word of
    it tells the matter, each told by the one before): the drive's paper beside it is reached past to the name whole, as
    where no topic is; 化粪池安全隐患排查情况报告 keeps 排查情况报告 beside its topic (the team's call, mixed98's tests)
    (户用沼气池安全隐患排查统计表's 沼气池安全隐患 is a topic cut shorter: 排查统计表 stays beside it)."""
    return len(found) > WHOLE_TOPIC_MAX and any(w in found for w in SURROUNDINGS_OF_A_MATTER) \
        and LEADING_YEAR.sub("", as_mails_write_it(name), count=1).startswith(found)


def part_words(name: str) -> list[str]:
    """A part's words: its short form, and its topic when the short form alone is near generic (a quoted name in it
    written as mails write it, whole, and the topic it gives: `short_form_of_a_name`, `topic_of_a_name`; a list of
    matters by its last, `last_listed`)."""
    name = last_listed(name)
    short = short_form_of_a_name(name)
    return list(dict.fromkeys(w for w in (short, topic_beside(name, short)) if w))


def topic_beside(name: str, short: str) -> str:
    """The name's topic to go beside its short form ``short`` (`topic_of_a_name`), "" where the short form holds it
    whole and it is a cut (`a_cut_topic_the_short_form_holds`)."""
    found = topic_of_a_name(name)
    return "" if a_cut_topic_the_short_form_holds(found, short) or a_topic_of_a_field_held(found, short) else found


def a_topic_of_a_field_held(found: str, short: str) -> bool:
    """The topic ends on a field every matter has (供水设施 of 未使用二次供水设施情况说明: `FIELD_OF_ANY_MATTER`) and the short
    form holds it with the words before (二次供水设施情况说明): alone it names any 供水's facilities."""
    words = words_of(found) if found else []
    return bool(words) and words[-1] in FIELD_OF_ANY_MATTER and found in short and not short.startswith(found)


def a_cut_topic_the_short_form_holds(found: str, short: str) -> bool:
    """The topic opens on a word whose matter the word before it tells (资格复核, 法人年度: `WHOSE_BY_THE_WORD_BEFORE`), cut
    from that word, and the short form holds it whole with that word before (承租人资格复核汇总表, 事业单位法人年度报告汇总表):
    the short form says it; alone it names any holder's check, any legal person's year."""
    words = words_of(found) if found else []
    return bool(words) and words[0] in WHOSE_BY_THE_WORD_BEFORE and found in short and not short.startswith(found)


def last_listed(name: str) -> str:
    """祭扫场所、旅游景区防火责任落实表 → 旅游景区防火责任落实表: a name whose matters are listed with 、 is matched by its
    last (a unit's file name or subject seldom keeps the list whole). A 、 inside a quoted name is that name's own
    (“双随机、一公开”抽查计划 stays whole)."""
    outside = QUOTED_IN_A_NAME.sub(lambda m: "＂" * len(m.group()), name)  # the quotes masked, their length kept
    at = outside.rfind("、")
    return name[at + 1:] if at >= 0 else name


def without_the_papers_book(name: str) -> str:
    """A 报告书 named as mails write it, its 书 left off (事业单位法人年度报告书 → 事业单位法人年度报告: the file and the subject
    say 报告 as often); "" for any other name, or where the report left is bare (年度报告书 → 年度报告 names any year's)."""
    if not name.endswith("报告书"):
        return ""
    report = name[:-1]
    return "" if bare(report) or a_kind_of_paper(words_of(report)) else report
