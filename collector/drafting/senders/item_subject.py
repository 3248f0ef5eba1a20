"""Who sends by a sentence that names no sender (请于7月7日前将上述材料一并报送 / 请于3月14日前报送) standing on a line of
its own under a numbered item: the units the item opens with (（一）各乡镇、开发区需填写《…登记表》…), not every addressee
(the units of the next item, （二）县政务服务中心…, are that item's)."""

from __future__ import annotations

import re

from .units import DEPT_WORDS, LOCAL_WORDS, UnitResolver, named_units

# （一） / 一、 / （1） / 1． opening a sentence: an item of the notice
ITEM_OPENER = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.．、](?!\d))\s*")
# （一） or 一、: an item that may open with its senders (1． is an item of a list of materials)
UNITS_ITEM = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,3}、)")
# 各乡镇、八家子经济开发区需填写…: the subject, up to the verb that says what it does
SUBJECT = re.compile(r"^(?P<who>[^，,。；;:：]{2,80}?)(?:需|须|要|应|请|负责|按|于|在|将|报送|填写|填报|分别)")


# 各乡镇负责辖区内…的排查，县教育局、县卫健局负责本行业领域的排查: the work of the item divided among groups, each clause
# opening with its own (负责 / 牵头 / 做好 / 承担 / 要 …)
WORK_OF_ITS_OWN = re.compile(r"^(?P<who>[^，,。；;:：]{2,80}?)(?:负责|牵头|做好|承担|需|须|要|应)")


def subject_of_the_opening(opening: str, resolver: UnitResolver) -> str:
    """The senders an item's opening words name: the subject up to its verb (各乡镇需填写…: 各乡镇), or, where the item
    divides the work among groups, a clause each (`各乡镇负责辖区内…的排查，县教育局、县卫健局负责本行业领域的排查`), every
    group it names, in their order (an ask after it with no subject is all of theirs, not the first group's); "" when it
    opens with none."""
    groups = [m.group("who") for clause in re.split(r"[，,；;]", opening)
              if (m := WORK_OF_ITS_OWN.match(clause.strip())) and names_a_sender(m.group("who"), resolver)]
    if len(groups) > 1:
        return "、".join(groups)
    m = SUBJECT.match(opening)
    return m.group("who") if m and names_a_sender(m.group("who"), resolver) else ""


def names_a_sender(text: str, resolver: UnitResolver) -> bool:
    """A roster unit or a group of them (各乡镇, 各部门) named in ``text``."""
    return bool(named_units(text, resolver) or LOCAL_WORDS.search(text) or DEPT_WORDS.search(text))


def subject_of_the_item_above(sentences: list[str], dated: list[list], i: int, resolver: UnitResolver) -> str:
    """The units opening the item the sentence stands in: walked back over undated sentences and the items of a list of
    materials (1．…统计表；) to the nearest item (（一） / 一、) that opens with units; none past a dated sentence, or an
    item opening with no units (二、报送要求), nor unless a later item of the same mark follows the sentence (after the
    last item, 请于…前将上述材料报送 is every item's); none for a sentence opening an item of its own (三、…请于…前发送).
    Returned as a subject for the requirement's words (``各乡镇，``)."""
    if ITEM_OPENER.match(sentences[i]):
        return ""
    for j in range(i - 1, -1, -1):
        if dated[j]:
            return ""
        for piece in reversed(re.split(r"[，,](?=\s*[(（][一二三四五六七八九十]{1,2}[)）])", sentences[j])):
            mark = UNITS_ITEM.match(piece)
            if not mark:
                continue
            who = subject_of_the_opening(ITEM_OPENER.sub("", piece, count=1).strip(), resolver)
            if not who or not _an_item_after(sentences[i + 1:], mark.group()):
                return ""
            return who + "，"
    return ""


def _an_item_after(later: list[str], mark: str) -> bool:
    """An item marked as ``mark`` is (（…） or …、) opening one of the ``later`` sentences: the sentence before it is
    still inside the item above."""
    same = r"[(（][一二三四五六七八九十]{1,2}[)）]" if re.search(r"[(（]", mark) else r"[一二三四五六七八九十]{1,3}、"
    return any(re.match(rf"^\s*{same}", s) for s in later)


# 一、各乡镇分两个阶段报送材料：: an item opening with its senders and ending on a colon, its lines below it
COLON_END = re.compile(r"[:：]\s*$")


def subject_of_the_colon_item(sentences: list[str], i: int, resolver: UnitResolver) -> str:
    """一、各乡镇分两个阶段报送材料： 第一阶段，于9月12日前报送… 第二阶段，于10月20日前报送…: a line naming no sender under an
    item that opens with its senders and ends on a colon is sent by them, past the item's other lines (dated or not, so
    long as they name no sender of their own); none for a line opening an item of
    its own (二、县税务局于…)."""
    if ITEM_OPENER.match(sentences[i]):
        return ""
    for j in range(i - 1, -1, -1):
        mark = UNITS_ITEM.match(sentences[j])
        if mark and COLON_END.search(sentences[j]):
            who = subject_of_the_opening(ITEM_OPENER.sub("", sentences[j], count=1).strip(), resolver)
            return who + "，" if who else ""
        if mark or names_a_sender(sentences[j], resolver):
            return ""  # a line with senders of its own, or an item with no colon above: no colon item's lines
    return ""



# （二）请于8月7日前报送…: an item opening with its date, no sender of its own; 二、对自查中尚未整改到位的问题，请于…: after a
# clause saying what the paper is on (对 / 针对 / 对于 / 关于), naming no one
NO_SUBJECT_AFTER_THE_MARK = re.compile(r"\s*(?:(?:对|针对|对于|关于)[^，,。；;请]{1,30}[，,]\s*)?"
                                       r"(?:请|并|另)?\s*(?:于|在)\s*[\d一二三四五六七八九十]")
# 一、请上述单位对照审计报告逐条自查，…: an item whose senders are the units it points back at (resolved by unit_refs)
POINTED_BACK = re.compile(r"^请?(?P<who>(?:上述|以上|前述)各?(?:[一二两三四五六七八九十\d]{1,3}个)?(?:单位|部门|乡镇))")


def subject_of_the_item_before(sentences: list[str], i: int, resolver: UnitResolver) -> str:
    """（一）各乡镇、八家子经济开发区要于7月31日前将慰问金发放到人…（二）请于8月7日前报送《…花名册》: an item opening with
    its date, no sender named, goes on with the senders of the item right before it of the same kind of mark (the units
    of a later item, （三）县卫健局…, are that item's), or the units it points back at (一、请上述单位…); none where that item
    opens with no units."""
    mark = ITEM_OPENER.match(sentences[i])
    if not mark or not UNITS_ITEM.match(sentences[i]) or not NO_SUBJECT_AFTER_THE_MARK.match(sentences[i], mark.end()):
        return ""
    before = _mark_before(mark.group())
    for j in range(i - 1, -1, -1):
        if not (other := ITEM_OPENER.match(sentences[j])):
            continue
        if other.group().strip() != before:
            return ""
        opening = sentences[j][other.end():].strip()
        if who := subject_of_the_opening(opening, resolver):
            return who + "，"
        return back.group("who") + "，" if (back := POINTED_BACK.match(opening)) else ""
    return ""


NUMERALS = "一二三四五六七八九十"


def _mark_before(mark: str) -> str:
    """（二） → （一）, 三、 → 二、; "" for the first."""
    mark = mark.strip()
    n = next((c for c in mark if c in NUMERALS), "")
    if not n or NUMERALS.index(n) == 0 or len(mark) > 4:
        return ""
    return mark.replace(n, NUMERALS[NUMERALS.index(n) - 1])
