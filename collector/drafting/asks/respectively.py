"""分别 pairing units with materials one to one: `县文旅局、县市场局分别于7月13日前报送本部门已备案民宿名录、已办理营业执照的民宿
经营户名录（Excel格式）` — each bureau sends its own list, so a unit's mail holds one file, in the format the bracket after the
list gives. Where the count of materials is not the count of units (`各乡镇分别报送统计表和总结`, `县教育局、县卫健局分别报送
方案、总结和台账`), each unit sends them all, as written; so too where photos stand beside a written material (`分别将活动
总结（Word格式）及活动照片3至5张报送`: each unit's photos of its own work), or a thing is attached to the material before it
(`分别报送…情况报告（Word格式），并附…还款凭证扫描件（PDF格式）`: each report's own vouchers). The same pairing said clause by clause: `县卫健局提供筛查名单（Excel），
县教育局提供残疾学生名单（Excel）` — each clause opens with its own unit and names one material, so each mail holds one file."""

from __future__ import annotations

import re

from ..timing.deadlines import find_deadlines
from ..materials.paper_and_its_scan import a_paper_beside_its_scan
from ..words import NOUN_AT_END, PHOTO_WORDS

# 县文旅局、县市场局分别于…: two units or more, joined by 、, right before 分别 (or before the deadline that stands before
# it, units_respectively)
UNITS = r"(?P<who>(?:[^\s，,。；;:：、()（）]{2,15}、)+[^\s，,。；;:：、()（）]{2,15}?)"
UNITS_RIGHT_BEFORE = re.compile(UNITS + r"$")
UNITS_AT_THE_END = re.compile(UNITS + r"(?:请|须|务必)?(?:于|在|自|从)?\s*$")
UNIT_END = re.compile(r"(?:局|委|办|中心|政府|镇|乡|院|所|站|社|部|队|会)$")
# 依次 / 顺次 / 依序 (in the same order as the units listed) pair them as 分别 does
IN_TURN = r"(?:分别|依次|顺次|依序)"


def units_respectively(text: str) -> tuple[list[str], int] | None:
    """The units a 分别 pairs and where 分别 ends: the 、-joined units right before it, or before a deadline the drafter
    reads there (县卫健局、县市场局请于10月13日前，分别…; 县教育局、县公安局自本通知印发之日起两周内，分别…)."""
    for at in re.finditer(IN_TURN, text):
        clause = re.split(r"[。；;\n]", text[: at.start()])[-1]
        if not (m := UNITS_RIGHT_BEFORE.search(clause)):
            read = [d for d in find_deadlines(clause + text[at.start():].split("。")[0], None)
                    if re.fullmatch(r"\s*[,，]?\s*", clause[d.end:])]
            if not read:
                continue
            before = clause[: read[-1].start]
            if not (m := UNITS_AT_THE_END.search(before)):
                continue
        return m.group("who").split("、"), at.end()
    return None


def one_each(text: str, names: list[str]) -> list[str]:
    """The names a unit sends: the list's last (which carries the list's format) when 分别 gives each unit one of them."""
    found = units_respectively(text)
    if len(names) < 2:
        return names
    if not found:
        return names[:1] if _one_clause_each(text, names) else names
    units, end = found
    if len(units) != len(names) or not all(UNIT_END.search(u) for u in units) or photos_beside_a_writing(names) \
            or attached_to_another(text, names) or of_one_thing(names) or each_sends_both(text, names, end) \
            or a_paper_and_its_scan(text, names):
        return names
    if not all(text.find(n, end) >= 0 for n in names):
        return names  # the materials are named before 分别: not what it pairs
    return names[-1:]


def photos_beside_a_writing(names: list[str]) -> bool:
    """宣传活动总结（Word格式）及活动照片3至5张: photos beside a written material show the work it reports, so 分别 leaves
    both to each unit; it pairs a unit with a material of its own only among materials of one sort."""
    photos = [n for n in names if PHOTO_WORDS.search(n)]
    return 0 < len(photos) < len(names)


# …报告（Word格式），并附加盖公章的还款凭证扫描件（PDF格式）: a thing attached (并附 / 同时附 / 另附) to the one before it
ATTACHING = r"(?:并|同时|另)附(?:上|带)?[^，,。；;]{0,12}?"


def attached_to_another(text: str, names: list[str]) -> bool:
    """…分别报送…情况报告（Word格式），并附…还款凭证扫描件（PDF格式）: a material attached to another goes with it in each unit's
    mail (the vouchers of that unit's report), so 分别 pairs no unit with it alone."""
    return any(re.search(ATTACHING + re.escape(n), text) for n in names[1:])


def of_one_thing(names: list[str]) -> bool:
    """所属单位防空地下室统计表 and 防空地下室平面图: files of one thing (their words before the material's noun share a
    run of three characters or more), its table and its drawing; each unit 分别 names has that thing and sends them all.
    Files of different things (扶持资金拨付明细, 审计发现问题清单; 已备案民宿名录, 民宿经营户名录) are what 分别 pairs."""
    subjects = [NOUN_AT_END.sub("", n) for n in names]
    if not all(subjects):
        return False
    first, others = subjects[0], subjects[1:]
    return any(all(first[i:i + 3] in o for o in others) for i in range(len(first) - 2))


def a_paper_and_its_scan(text: str, names: list[str]) -> bool:
    """县市场局、县交通局、县应急局分别报送本部门年度报告，材料包括：年度报告（Word版）、加盖公章的年度报告扫描件（PDF格式）、
    相关数据统计表（Excel格式） (held-out 2549): a paper listed beside its own scan (paper_and_its_scan) goes with that scan
    in each unit's mail, its own report and the stamped scan of it, so 分别 pairs no unit with one of them alone, however
    many the units and the names."""
    return any(a_paper_beside_its_scan(n, o, text) for n in names for o in names if n != o)


# 县卫健局提供…名单（Excel）, 县水利局请提供…数据表: a clause opening with a unit and its verb of giving
UNIT_GIVES = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）])?(?P<who>[\u4e00-\u9fa5]{2,15}?)"
                        r"(?:请|须|需|要|应)?(?:负责)?(?:提供|报送|上报|提交|填报|填写)")


def owners_by_clause(text: str, names: list[str]) -> dict[str, str]:
    """Each name's unit where each name is in a clause of its own whose subject is a unit of its own (…局提供A，…局提供B);
    {} otherwise."""
    owners: dict[str, str] = {}
    for clause in re.split(r"[,，;；。]", text):
        m = UNIT_GIVES.match(clause)
        held = [n for n in names if n in clause]
        if m and UNIT_END.search(m.group("who")) and len(held) == 1:
            owners[held[0]] = m.group("who")
    return owners if len(owners) == len(names) and len(set(owners.values())) == len(names) else {}


def _one_clause_each(text: str, names: list[str]) -> bool:
    """Each name in a clause of its own whose subject is a unit of its own (…局提供A，…局提供B)."""
    return bool(owners_by_clause(text, names))


# 供应保障方案和应急预案（Word格式）: two names joined right before the one bracket after the second
JOINED_UNDER_ONE_BRACKET = r"\s*(?:以及|和|及|与)\s*"
# the tables' and lists' words are one kind of material: 学校名录、医疗机构名单 are what 分别 pairs
SHEET_WORD = re.compile(r"(?:表|表格|名单|名录|名册|清单|台账)$")


# 分别报送 / 分别将: 分别 right before the sending verb hands the objects out, one to each unit (分别于…前报送,
# 分别从本系统…推荐三名，报送…: 分别 said of the date or of where each unit looks, the objects are each one's whole)
HANDS_OUT = re.compile(r"\s*(?:报送|上报|提交|报|将|把|发送|填报|提供|编制|制定|形成)")


def each_sends_both(text: str, names: list[str], end: int) -> bool:
    """…分别于1月16日前，报送节日市场供应保障方案和应急预案（Word格式）: two names of different material words (方案,
    预案; 推荐表, 业绩材料) joined under one format bracket are two files, a pair every unit 分别 names sends (its own
    plan and its own contingency plan), not one material each. Names of one material word (医疗保障方案和安全保卫方案),
    each with its own bracket (拨付明细（Excel格式）和问题清单（Word格式）), or not each ending in a material word
    (收购资金保障情况和…工作方案) are what 分别 pairs, and so are any two when 分别 stands right before the sending verb
    (`分别报送畜禽产品检疫工作方案和集市规范提升计划（均为Word格式）`, 1878: one each). ``end``: where 分别 ends."""
    if HANDS_OUT.match(text, end):
        return False
    for first, second in zip(names, names[1:]):
        if not re.search(re.escape(first) + JOINED_UNDER_ONE_BRACKET + re.escape(second) + r"\s*[(（]", text):
            continue
        words = [_material_word(first), _material_word(second)]
        if all(words) and words[0] != words[1]:
            return True
    return False


def _material_word(name: str) -> str:
    if not (m := NOUN_AT_END.search(name)):
        return ""
    return "表" if SHEET_WORD.search(m.group()) else m.group()
