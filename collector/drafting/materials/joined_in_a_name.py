"""A joining word inside one material's name: `报送秸秆收储及利用情况报告` sends one report on both matters, so the name
runs back past 及 / 和 / 与 to the word it joins (秸秆收储及利用情况报告, not 利用情况报告). So in a list (`河长、巡河员和
保洁员名单`: 巡河员和保洁员名单) and in a 《title》 (`《农村及城郊水源巡查情况统计表》` whole), where the words from the 《 to the
joiner may run long (`《2109年秋季农作物重大病虫害发生与防控情况统计表》` whole: a_title_opened_by_plain_words).

The joined word is a plain noun standing at the start of the name: two to six characters right after the clause's
punctuation, a 《 or a verb of sending, naming no material of its own. A word that is a material (`收储统计表及销售
情况报告`: two files) or the facts of a matter (`收储情况及销售情况`: two) ends a name, as material_lists reads a list;
a word after a date or a number (`9月15日前收储及…`) is no plain noun; 及时, 以及, 参与 are no joiners. Two such names
whose words after the joiner are one inside the other name one material (one_material_joined_twice)."""

from __future__ import annotations

import re

from ..words import JOINER_IN_A_NAME, NEXT_STEPS

# the joined word: a plain noun after the clause's punctuation, a title's 《 or a verb of sending, up to the joiner
JOINED_WORD = re.compile(r"(?:^|(?<=[、，,。；;：:《“（(\s将把])|(?<=报送|上报|提交|填报|报来))"
                         r"(?P<word>(?:(?![的将把等并或至于要在对])[\u4e00-\u9fa5]){2,6})$")


def joins_one_name(text: str, at: int, material: re.Pattern) -> bool:
    """The joiner at ``at`` joins two words of one name: a joining word (not 及时, 以及), the word before it plain, or
    the words back to the 《 opening its title plain."""
    if text.startswith("与", at) and COMPARED_AFTER_JIANG.search(text[:at]):
        return False  # 将造林地块数据与补助花名册进行比对: two things compared, no name
    return bool(JOINER_IN_A_NAME.match(text, at) or text.startswith("、", at)) \
        and (a_plain_word_before(text[:at], material) or a_title_opened_by_plain_words(text[:at], material)
             or the_account_and_the_next_step(text, at))


# 工作进展情况及下一步工作打算, 上半年工作总结和下半年工作计划: the account of the work and the plans after it, one paper
# (the way every office's report on its work closes), where two matters' facts (收储情况及销售情况) are two
THE_NEXT_STEP = re.compile("(?:" + "|".join(NEXT_STEPS) + r"|今后|明年|下一年度?|\d{4}年度?)(?:工作)?"
                           r"(?:计划|打算|安排|思路|举措|措施|要点)")


def the_account_and_the_next_step(text: str, at: int) -> bool:
    """The joiner at ``at`` joins the account of the work (…情况, …总结) to its next step (下一步工作计划)."""
    return text[:at].endswith(("情况", "总结")) and bool(THE_NEXT_STEP.match(text, at + 1))


# 将X与Y (进行比对, 核对): after 将 a 与 sets two things side by side
COMPARED_AFTER_JIANG = re.compile(r"[将把][\u4e00-\u9fa5]{2,6}$")


# 《2109年秋季农作物重大病虫害发生与…: the title's 《, a year opening it or none, then its words up to the joiner
TITLE_OPENED = re.compile(r"《(?:\d{4}年度?)?(?P<words>[\u4e00-\u9fa5]{2,24})$")


def a_title_opened_by_plain_words(before: str, material: re.Pattern) -> bool:
    """``before`` ends inside a 《…》 title whose words, from the 《 (past a year opening it) to the joiner, are plain: no
    material and no facts (…情况) of their own, however long (`《2109年秋季农作物重大病虫害发生与防控情况统计表》` is one
    table, never 防控情况统计表); a title listing two materials (`《收储统计表及销售情况报告》`) stays two."""
    m = TITLE_OPENED.search(before)
    return bool(m) and not material.search(m.group("words")) and not m.group("words").endswith("情况")


# 县住建局、县交通局提供…, 各乡镇、开发区…: units listed, the subject of the clause, no word of a name
UNIT_WORD = re.compile(r"(?:局|委|办|府|中心|部门|单位|乡镇|开发区|管委会|[^城集]镇|[^下]乡)$")
# 会议记录、活动照片, 施工日志、监理记录、影像资料: papers of their own listed, no matters of one paper
PAPER_WORD = re.compile(r"(?:记录|日志|纪要|档案|证明|证书|合同|协议|发票|凭证|票据|文件|资料|招投标)$")
# 电子版及扫描件: the copies a paper goes as, no matter
NO_MATTER = re.compile(r"电子版|纸质版|扫描件|复印件|原件")
# 包括帮扶举措、资金使用、典型事例等: what a paper holds, listed after 包括 in its clause
CONTENTS_LISTED = re.compile(r"(?:^|[，,。；;：:（(])\s*(?:包括|包含|含|涉及|如)[^，,。；;：:（()）]*$")


def a_plain_word_before(before: str, material: re.Pattern) -> bool:
    """``before`` ends in a plain noun opening the name: no material word and no facts (…情况) of its own, no unit, no
    copy of a paper, and not one of a paper's contents listed after 包括."""
    m = JOINED_WORD.search(before)
    return bool(m) and not material.search(m.group("word")) and not m.group("word").endswith("情况") \
        and not UNIT_WORD.search(m.group("word")) and not NO_MATTER.search(m.group("word")) \
        and not PAPER_WORD.search(m.group("word")) \
        and not CONTENTS_LISTED.search(before)


def one_material_joined_twice(names: list[str], text: str) -> list[str]:
    """Two names each joined inside whose words after the joiner are one inside the other (`提供幼儿园食堂及校外供餐单位
    名单，…将《学校食堂及供餐单位名单》发送`: 校外供餐单位名单, 供餐单位名单) name one material twice, as two names one
    inside the other do: the one the notice titles in 《》 is kept, else the longer."""
    out = list(names)
    for a in names:
        for b in names:
            if a != b and a in out and b in out and _the_same_joined(a, b) and _kept_over(a, b, text):
                out.remove(b)
    return out


def _the_same_joined(a: str, b: str) -> bool:
    ta, tb = _after_the_joiner(a), _after_the_joiner(b)
    return ta != a and tb != b and (ta in tb or tb in ta)


def _after_the_joiner(name: str) -> str:
    return JOINER_IN_A_NAME.split(name)[-1]


def _kept_over(a: str, b: str, text: str) -> bool:
    titled_a, titled_b = f"《{a}》" in text, f"《{b}》" in text
    return titled_a and not titled_b or titled_a == titled_b and len(a) > len(b)
