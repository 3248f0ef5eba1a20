"""Let-offs `let_off.units_excused` reads in forms of their own: one naming the item it lets off instead of a material
(`建昌镇、八家子镇已完成改造，不报送此项` in that item; `…只需报送回执，不报送第二部分第（二）项材料` sections later), one
whose clause says its units again by a count (`建昌镇、八家子镇的…已纳入市级库，两镇本次不再报送推荐表`), and a subject
ending in a word of time (`大屯镇、石佛乡、魏家岭乡本年度无推广任务`: 魏家岭乡 is a unit, 本年度 when) or opening with a
linking word (`其中和尚房子乡已于2月底…报送，本次不再报送`), also when a comma sets the word off as a clause of its own
(`其中，素珠营子乡已于2572年完成试点调查，本次不再报送`)."""

from __future__ import annotations

import re

from collector.numerals import cn_int

from ..reading.numbered_sections import BRACKET_ITEM, COUNT, SECTION_HEAD, numbered_sections
from ..requirements import material_names
from .units import units_opening

# 不报送此项, 无需报送该项材料: the item the let-off stands in; 不报送第二部分第（二）项材料, 不报送二（二）项: an item named
LET_OFF_VERB = r"(?:不需|无需|不必|不用|不再|不)(?:单独|另行|再)?(?:报送|上报|提交|填报)"
THIS_ITEM = re.compile(LET_OFF_VERB + r"(?:此项|该项|本项|这项|本表|此表|该表)(?:材料|内容)?"
                       # …将纸质台账于同日前送县…办公室，不通过邮箱报送: what this item sends, not by mail
                       r"|不(?:通过|经|再通过)(?:电子)?(?:邮箱|邮件)(?:报送|发送|上报|提交)")
NUMERALS = "一二三四五六七八九十"
NAMED_ITEM = re.compile(LET_OFF_VERB + r"第?(?P<section>[%s]{1,3})(?:部分|大项)?(?:中|的|第)*"
                        r"[(（](?P<item>[%s]{1,3})[)）]项?(?:所列)?(?:材料|内容)?" % (NUMERALS, NUMERALS))


# 县政务服务中心为本次工作牵头单位，不报送。: a bare 不报送 closing the sentence, its units in the clause before
CLOSING_NOT_SENT = re.compile(r"(?<=[，,])\s*(?:本次|此次|均|也)*不(?:报送|上报|提交)(?:材料)?\s*$")


# 县公安局、县税务局按系统培训计划另行安排，不报送学员信息: a bare 不报送 of a thing closing the sentence, the clause before
# saying the units' part is arranged another way (另行安排 / 组织 / 部署): they are out of the whole submission
ARRANGED_OTHERWISE = re.compile(r"另行(?:统一)?(?:安排|组织|部署|调训)[^，,。；;]{0,6}$")
NOT_SENT_AFTER_ARRANGED = re.compile(r"(?<=[，,])\s*(?:本次|此次|均|也)*不(?:报送|上报|提交|填报)[\u4e00-\u9fa5]{2,12}\s*$")


def arranged_otherwise_let_off(sentence: str) -> re.Match | None:
    """…另行安排，不报送学员信息: the let-off, when the clause before it says the units are arranged for another way (a
    bare 不报送X elsewhere may be a condition or one material among several, and is left to the other forms)."""
    m = NOT_SENT_AFTER_ARRANGED.search(sentence)
    return m if m and ARRANGED_OTHERWISE.search(sentence[: m.start()].rstrip("，, ")) else None


# 不报送第二项材料, 无需报送第二部分所列材料: a whole section named by its number (一、…二、…), no item in brackets after it
NAMED_SECTION = re.compile(LET_OFF_VERB + r"第(?P<section>[%s]{1,3})(?P<by>部分|项)(?!\s*第)(?:中|所列|所述)?的?(?:材料|内容)"
                           % NUMERALS)


# 上述两单位不报送本单位换卡信息表: a bare 不报送 of the units' own paper, closing its clause (not 不报送本单位…的, a condition)
OWN_PAPER_NOT_SENT = re.compile(r"(?<![需必用再])不(?:报送|上报|提交|填报)(?P<what>本(?:单位|部门)[\u4e00-\u9fa5]{2,16})"
                                r"(?=\s*$|[，,])")


# 无需单独报送第二、三项材料: items named by a list of their numbers, under the section that lists what is sent
NAMED_ITEMS = re.compile(LET_OFF_VERB + r"第(?P<items>[%s]{1,3}(?:[、和及][%s]{1,3})+)项(?:材料|内容)" % (NUMERALS, NUMERALS))


# 县税务局相关数据通过部门数据共享平台交换，本次不报送核对表: a bare 不报送 of a thing closing the sentence, said of this
# round (本次) after a clause saying why: the units that clause opens with are let off that thing (without 本次 a bare
# 不报送X may be one material among several the units still send: …，不报送定稿和规划图)
NOT_SENT_THIS_TIME = re.compile(r"(?<=[，,])\s*(?:本次|此次|这次)(?:均|也)*不(?:报送|上报|提交|填报)"
                                r"(?P<what>[\u4e00-\u9fa5]{2,12})\s*$")


def not_sent_this_time(sentence: str) -> re.Match | None:
    """…，本次不报送核对表 closing a sentence whose clause before it gives the reason: the let-off, naming its thing."""
    return NOT_SENT_THIS_TIME.search(sentence)


def item_let_off(sentence: str) -> re.Match | None:
    """The let-off of a sentence naming an item (this one, or one by its section and number, or several by their
    numbers) in place of a material, or closing it bare (…牵头单位，不报送)."""
    return (NAMED_ITEM.search(sentence) or NAMED_ITEMS.search(sentence) or NAMED_SECTION.search(sentence)
            or THIS_ITEM.search(sentence)
            or CLOSING_NOT_SENT.search(sentence) or OWN_PAPER_NOT_SENT.search(sentence)
            or arranged_otherwise_let_off(sentence) or not_sent_this_time(sentence))


# 上述两项材料均无需报送, 以上材料均不再报送: a clause fronting what is let off, no subject of its own
FRONTED_MATERIAL = re.compile(r"^(?:上述|以上|前述|这)?(?:[两二三四五六七八九十\d]+项|各项|全部|所有)?(?:材料|资料)(?:均|都|也)*$")


def a_fronted_material(own: str) -> bool:
    """A clause's words before its let-off that are what it lets off (上述两项材料均), not whom."""
    return FRONTED_MATERIAL.match(own) is not None


def names_an_item(said: re.Match) -> bool:
    """A let-off naming its item by section and number (第二部分第（二）项, 第二项材料, 第二、三项材料), not by 此项 or a
    material."""
    return said.re in (NAMED_ITEM, NAMED_SECTION, NAMED_ITEMS)


SENDING_SECTION = re.compile(r"材料|报送|上报|提交")


def materials_of_the_numbered_items(said: re.Match, body: str) -> str:
    """无需单独报送第二、三项材料: the first material of each bracketed item so numbered ((二), (三)) under the one section
    whose heading says it sends (二、材料报送), joined by 、; "" when no such one section or item is found."""
    sending = [items for _, heading, under in numbered_sections(body.split("\n")) if SENDING_SECTION.search(heading)
               and (items := [line.strip() for line in under if BRACKET_ITEM.match(line)])]
    if len(sending) != 1:
        return ""
    wanted = {cn_int(n) for n in re.split(r"[、和及]", said.group("items"))}
    named = [first_material_pointed_to(item, []) for k, item in enumerate(sending[0], 1) if k in wanted]
    return "、".join(n for n in named if n) if len(named) == len(wanted) else ""


def material_of_the_named_section(said: re.Match, body: str) -> str:
    """四、喇嘛洞镇…本次不报送第二项材料: the materials of the section headed 二、 (its heading's words and the lines under
    it), or of the section before it when it names them only as 上述两项材料, joined by 、; "" when the body has no such section, or when a
    第N项 could be an item in brackets (（二）) of a list the body has."""
    lines = body.split("\n")
    if said.group("by") == "项" and any(BRACKET_ITEM.match(line) for line in lines):
        return ""
    before: list[str] = []  # the section just before it
    own: list[str] | None = None
    for line in lines:
        head = SECTION_HEAD.match(line)
        if head and own is not None:
            break
        if head and head.group("n") == said.group("section"):
            own = [head.group("text")]
        elif own is not None:
            own.append(line)
        else:
            before = [head.group("text")] if head else before + [line]
    if own is None:
        return ""
    named = [name for line in own for name in material_names(line) if material_names(name) and not POINTER.match(name)]
    named = named or [name for line in before for name in material_names(line) if material_names(name)]
    return "、".join(dict.fromkeys(named))


def material_of_the_named_item(said: re.Match, body: str) -> str:
    """The first material of the item ``said`` names by its section and number (第二部分第（二）项: the line opening
    (二) under the heading 二、) that reads as one on its own (as ``excused_from`` reads it back), "" when it names none
    or the body has no such item."""
    in_section = False
    items: list[str] = []  # the items of this section so far
    previous: list[str] = []  # the items of the section before it
    for line in body.split("\n"):
        plain = line.strip()
        if SECTION_HEAD.match(plain):
            in_section = re.match(r"^%s\s*[、.．]" % said.group("section"), plain) is not None
            previous, items = items or previous, []
        elif in_section and re.match(r"^[(（]%s[)）]" % said.group("item"), plain):
            return first_material_pointed_to(plain, items or previous)
        elif BRACKET_ITEM.match(plain):
            items.append(plain)
    return ""


POINTER = re.compile(r"^(?:以上|上述|前述|上列)")


def first_material_pointed_to(item: str, before: list[str]) -> str:
    """The first material of ``item`` that reads as one on its own; when that is 以上两项材料 (pointing back), the first
    material of the items listed before it (一、核查内容 （一）…《统计表》 （二）…照片 above 二（一）…将以上两项材料发送)."""
    first = next((name for name in material_names(item) if material_names(name)), "")
    if not POINTER.match(first):
        return first
    return next((name for line in before for name in material_names(line) if material_names(name)
                 and not POINTER.match(name)), "")


# 两镇, 这两个乡, 上述三乡镇, 以上单位 (本次): the units the sentence named before, said again by a count or 上述
COUNTED_AGAIN = re.compile(r"^(?:(?:上述|以上|前述|这|该)(?:[两二三四五六七八九十\d]+个?)?|[两二三四五六七八九十\d]+个?)"
                           r"(?:乡镇|镇|乡|单位|部门)(?:本次|此次|这次|今年|本年度|均|也|暂)*$")


def said_again_by_a_count(own: str) -> bool:
    """A clause's subject that only counts or points back at units named before it (两镇本次)."""
    return COUNTED_AGAIN.match(own) is not None


def units_counted_back(own: str, before: str, resolver) -> str:
    """县人社局为…承办单位，县税务局…已通过系统推送，上述两单位不报送…: the units the clauses before the let-off open with,
    when they are as many as ``own`` (上述两单位) counts; "" when they are not."""
    count = re.search(COUNT, own)
    names = list(dict.fromkeys(u for clause in re.split(r"[，,]", before) for u in units_opening(clause.strip(), resolver)))
    return "、".join(names) if count and len(names) == cn_int(count.group()) else ""


TIME_WORDS = re.compile(r"(?:本年度|今年|本年|本次|此次|本季度|本月|近期)+$")
LINKING_WORDS = re.compile(r"^(?:其中|另外|此外|同时)[，,]?")


# 其中，素珠营子乡已于…完成试点调查，本次不再报送: a linking word standing as a clause of its own before the subject
LINKING_CLAUSE = re.compile(r"^\s*(?:其中|另外|此外|同时)\s*[，,]\s*")


def without_a_linking_clause(sentence: str) -> str:
    """The sentence from its subject on, when it opens with a linking word set off by a comma (其中，…): the word says
    how the sentence bears on the one before, and the units let off open the clause after it."""
    return LINKING_CLAUSE.sub("", sentence, count=1)


# 县文旅局作为联合主办单位不另行推荐作品: the unit's role in the campaign, said between it and its let-off
ROLE = re.compile(r"(?<=[局委办府心社乡镇所站队院馆])\s*作为(?:本次[\u4e00-\u9fa5]{0,6}?)?[\u4e00-\u9fa5]{2,12}?(?:单位|部门|机构|方)$")


def without_its_role(who: str) -> str:
    """县文旅局作为联合主办单位 → 县文旅局: a let-off's subject without the role it names for the unit."""
    return ROLE.sub("", who)


def bare_subject(who: str) -> str:
    """大屯镇、石佛乡、魏家岭乡本年度 → …魏家岭乡, 其中和尚房子乡 → 和尚房子乡: a subject read up to a 无 / 不 / 已 keeps the
    word linking it to the sentence before and the when it ends with."""
    return TIME_WORDS.sub("", LINKING_WORDS.sub("", who))


# 县融媒体中心、县档案馆已纳入市级统一编目，县政务服务中心由本中心一并编制，均无需报送上述材料: a let-off whose clause
# opens with 均 (都, 一律) and has no subject of its own says it of the units of every clause before it
ALL_OF_THEM = re.compile(r"[，,]\s*(?:本次|此次)?(?:均|都|一律)(?:本次|此次)?\s*$")


def units_of_every_clause_before(sentence: str, at: int, resolver) -> str:
    """The units opening each clause of ``sentence`` before the 均 let-off at ``at``, joined by 、; "" without a 均 or
    when fewer than two clauses open with units (one clause is read as the let-off's subject as ever)."""
    if at <= 0 or not ALL_OF_THEM.search(sentence[:at]):
        return ""
    opening = [units_opening(c.strip(), resolver) for c in re.split(r"[，,]", sentence[:at])[:-1]]
    if sum(1 for names in opening if names) < 2:
        return ""
    return "、".join(dict.fromkeys(u for names in opening for u in names))


ANY_MATERIAL = {"材料", "资料", "文件", "任何材料", "相关材料", "有关材料"}  # 不单独报送材料: nothing at all


# 县统计局负责提供相关基础数据，不单独报送项目材料: 材料 qualified by the matter (项目) the asking text is about
MATTERS_MATERIALS = re.compile(r"(?P<matter>[\u4e00-\u9fa5]{2,4}?)(?:材料|资料)")


def the_matters_materials(what: str, text: str) -> bool:
    """A let-off naming the materials of a matter (项目材料) against a text asking papers about that matter (梳理储备项目，
    填写《重大项目储备表》): all the text asks, the matter being no material of its own (台账材料 is the 台账)."""
    m = MATTERS_MATERIALS.fullmatch(what)
    return bool(m) and not material_names(m.group("matter")) and m.group("matter") in text


# 均无需报送上述材料, 不再报送以上材料: the materials named above the let-off, no name of their own
MATERIALS_ABOVE = re.compile(r"(?:上述|以上|前述|上列)(?:各项|全部|所有)?(?:材料|资料)")


def materials_named_above(what: str, before: str) -> str:
    """A let-off's 上述材料 as the materials the body names before it, joined by 、 (so the let-off reaches the
    requirements above it, not one asked after it); ``what`` itself when it names materials of its own or none are above."""
    if not MATERIALS_ABOVE.fullmatch(what):
        return what
    sent = [m.group(1) for m in SENT_THING.finditer(before)]  # 报送政务数据资源目录（附件2…）: no material word names it
    names = [n for n in [*material_names(before), *sent] if n not in ANY_MATERIAL and not POINTER.match(n)]
    return "、".join(dict.fromkeys(names)) or what


# 于…前报送政务数据资源目录（附件2，Excel格式）: the thing a sending verb names, up to its bracket
SENT_THING = re.compile(r"(?:报送|上报|提交)([^，,。；;、()（）\s]{2,20})(?=[(（])")
