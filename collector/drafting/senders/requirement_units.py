"""Which units a requirement's sentence asks: its group words and kinds (各乡镇, 县直各部门 …), an 附件's list, its
rows or a column, the units a group leaves out (除…外, 各乡镇（A、B除外）), the units a body names as its scope, and not
the groups the sentence only works on, serves or gathers for. Names are resolved by units.py."""

from __future__ import annotations

import re

from collector.numerals import cn_int

from .beside_a_list import units_before_the_list, units_beside_the_list
from .co_operating import without_the_helpers
from .groups_in_what_is_sent import without_a_group_in_what_is_sent
from ..asks.joint_reports import the_one_who_sends_a_joint_material
from .kind_among import of_the_kind_among
from .outside_a_list import units_outside_a_list
from .sent_by_the_excepted import senders_inside_the_exception
from .town_or_township import LOCAL, kinds_said_by
from .urged_groups import without_the_bodies_urged
from .units import (
    ALL_WORDS,
    DEPT_WORDS,
    LOCAL_WORDS,
    WHERE_THEY_ARE,
    ZONE_WORDS,
    UnitList,
    UnitResolver,
    gathers_for_the_others,
    leading_unit_and_end,
    named_units,
    names_other_groups,
)
from ..materials.worked_from import without_the_groups_worked_from

# 除县公安局外的各部门, 除建昌镇（城区由县住建局另行部署）外，各乡镇…
# 请汤神庙镇、药王庙镇以外的各乡镇于…: the 除 may go unsaid right after 请, 以外的 / 之外的 closing the units (a lead's probe)
EXCEPT_RE = re.compile(r"(?:除|(?<=请)(?=[^，,。；;（(各于将在对]{2,60}?(?:以外|之外)的))(?P<who>[^，,。；;（(]{2,60}?)(?:[(（][^)）]*[)）])?(?:以外|之外|外)[，,]?的?(?:县直|县政府)?(?:各|其他|其余|所有)")

# 各成员单位（县政务服务中心除外）, 县直各部门（县公安局、县税务局除外）: a group, the units it leaves out in brackets;
# 附件1所列单位（县融媒体中心除外）: the units of an 附件's list, less those; 各乡镇（建昌镇、八家子镇除外，两镇由…直接组织）:
# the bracket may go on to say why; 各乡镇（A乡、B乡无成片果园，不报送）:
# the units named, why, and a let-off closing the bracket; 各乡镇（除八家子镇外）, 各部门（不含县税务局）: the units left
# out said first, after 除 / 不含 / 不包括
BRACKET_EXCEPT_RE = re.compile(r"(?P<group>(?:各|其他|其余|所有|附件\s*\d{0,2}\s*(?:中|所列|中所列|列出的|名单中的?))"
                               r"[\u4e00-\u9fa5]{0,8}?(?:单位|部门|乡镇|机构)(?:人民政府|党委|党组织|党组)?)\s*"
                               r"[(（](?P<lead>除|不含|不包含|不包括)?(?P<who>[^()（）]{2,60}?)"
                               r"(?(lead)(?:以外|之外|外)?|(?:除外(?:[，,；;][^()（）]{0,80})?|[，,]?\s*(?:本次|此次|均)?"
                               r"(?:不|无需|不需|不必|免于|免予)(?:单独)?(?:报送|上报|填报)(?:材料)?))[)）]")


def groups_let_off(sentences: list[str], resolver: UnitResolver) -> dict[str, set[str]]:
    """一、工作任务 各乡镇（建昌镇、八家子镇除外，…）要组织…: the units a bracket leaves out of a group in a sentence that
    sets no date (the scope of the work), by the group as written, for every requirement of that group."""
    out: dict[str, set[str]] = {}
    for sentence in sentences:
        for m in BRACKET_EXCEPT_RE.finditer(sentence):
            out.setdefault(m.group("group"), set()).update(named_units(m.group("who"), resolver))
    return out


def let_off_the_group_said(text: str, let_off: dict[str, set[str]]) -> set[str]:
    """The units left out of each group ``text`` says, less those it names itself."""
    return {u for group, units in let_off.items() if group in text for u in units if u not in text}


# 本次总结验收涉及的县直部门为：县教育局、县公安局…: the body says which 有关部门 it means
# 1．报送范围：各乡镇…；县水利局、县应急局…的分管负责人: the 报送范围 names who reports
# 报送单位为：…, and 本通知所称有关单位，是指县交通运输局、… (the notice defining its own 各有关单位)
# 县河长制成员单位名单：县水利局、…: the members' list, after its colon
SCOPE_LIST_RE = re.compile(r"(?:(?:(?:部门|单位)(?:为|是|包括|有|名单)|(?:报送|填报|上报)(?:范围|单位)(?:为|是|包括)?)\s*[:：]"
                           r"|(?:本通知)?所(?:称|指|说)的?(?:各)?有关(?:单位|部门)\s*[，,]?\s*(?:是指|系指|指的是|指|包括|为))\s*"
                           r"(?P<who>[^。\n]{2,300})")


# 二、参加单位 / 各乡镇，县教育局、县科技局…: a section of the body naming the units concerned
SCOPE_SECTION_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十]+[)）])\s*"
                              r"(?:参加|参与|报送|填报|责任|实施|承办)(?:单位|范围|对象)\s*(?:[:：]?\s*\n|[。.:：]\s*)"
                              r"(?P<who>[^。\n]{2,300})", re.MULTILINE)


# 县发改局、县财政局、县住建局为本次报送部门: the units named first, then what they are in this notice (a lead's probe)
SCOPE_NAMED_FIRST_RE = re.compile(r"(?:^|(?<=[。；;\n]))\s*(?P<who>[^。；;\n:：]{2,300}?)(?:为|是)(?:本次|此次|本通知的?)?"
                                  r"(?:报送|填报|上报|参加|参与)(?:部门|单位)(?=[。；;，,\n]|$)", re.MULTILINE)
SCOPE_PATTERNS = (SCOPE_LIST_RE, SCOPE_SECTION_RE, SCOPE_NAMED_FIRST_RE)


def units_in_scope(body: str, resolver: UnitResolver) -> list[str]:
    """The roster units a body lists as the departments (units) concerned, for an addressee line
    that says only 各有关部门."""
    found = [m.group("who") for pattern in SCOPE_PATTERNS for m in pattern.finditer(body)]
    return list(dict.fromkeys(n for who in found for n in named_units(who, resolver)))


def units_excepted(body: str, resolver: UnitResolver) -> set[str]:
    """二、调整范围。请各乡镇和除县公安局以外的县直各部门认真梳理…: units the notice leaves out of a
    group anywhere in its body, for requirements whose own sentence names none of them."""
    return {n for m in EXCEPT_RE.finditer(body) for n in named_units(m.group("who"), resolver)}


# 请县工信局、县应急局…，对各乡镇、开发区核实结果提出复核意见, 请县税务局对各部门所提供信息…进行汇总分析: what the bureaus
# work on, not who sends
# (请县人社局于…前报送对各乡镇报名人员…的审核意见: the towns are what the opinion is about, after the sending verb;
# 请县农业农村局、县人社局就各乡镇名额分配提出意见: 就, the matter the opinion is on, as 对; 请县民政局将名单与各乡镇
# 摸底表进行核对: what the bureau checks against; 县民政局、县乡村振兴局请分别对各乡镇上报的…进行核验: a 请 / 要 / 分别 between)
WORKED_ON = re.compile(r"(?:[，,]\s*|(?<=[局委办府心社乡镇])(?:请|要|须|应|需)?(?:分别)?)[对就](?:各|全县)[^，,。；;]{1,30}?(?=提出|进行|开展|审核|复核|核实|核查|检查|督导|指导|评估|审查)"
                       r"|(?<=报送|上报|提交|发送|反馈)对(?:各|全县)[^，,。；;]{1,30}?的"
                       r"|与(?:各|全县)[^，,。；;]{1,30}?(?=进行|核对|比对|对比|对照)")
# 县税务局请于…前，将各乡镇缴费入库明细（Excel格式）发送至…: a group inside what 将 sends names whose figures they are
WHOSE_MATERIAL = re.compile(r"(?<=将)(?:各|全县)[^，,。；;将]{1,30}?"
                            r"(?=(?:[(（][^()（）]{0,20}[)）])?\s*(?:发送|报送|上报|报至|报县|提交|发至|传至))")


def requirement_units(text: str, resolver: UnitResolver, lists: dict[str, UnitList],
                      campaign_units: list[str], paragraph: str = "") -> tuple[list[str], list[list[str]]]:
    """requirement_units_named, less the units a 除…外的各部门 leaves out, and less the groups a sentence that names
    its units works on (…，对各乡镇、开发区核实结果提出复核意见)."""
    if only := named_units(senders_inside_the_exception(text), resolver):  # 县直各单位除A、B于…报送…外，不需报送: A and B
        return only, []
    if sender := the_one_who_sends_a_joint_material(text, lambda words: named_units(words, resolver)):  # A、B联合形成一份…，由A汇总后…报送: A
        return [sender], []
    text = without_the_groups_worked_from(text, lambda left: bool(named_units(left, resolver)) or _asks_a_group(left))  # 根据各乡镇面积测算
    text = without_the_bodies_urged(text, resolver)  # 请督促各乡镇卫生院…开展自查，于…汇总报送: the addressee sends
    if WORKED_ON.search(text) and named_units(WORKED_ON.sub("，", text), resolver):
        text = WORKED_ON.sub("，", text)
    if WHOSE_MATERIAL.search(text) and named_units(WHOSE_MATERIAL.sub("", text), resolver):
        text = WHOSE_MATERIAL.sub("", text)  # the sentence names who sends it: the group is the material's, not a sender
    text = without_a_group_in_what_is_sent(text, lambda left: bool(named_units(left, resolver)))  # 报送各单位…情况
    if (rest := units_outside_a_list(text, lists, campaign_units, resolver.roster)) is not None:
        return rest, []  # 除附件所列乡镇外，其余各乡镇: the towns the list leaves, read before 除…外 is made 各
    said = text if EXCEPT_RE.search(text) else paragraph
    excepted = {n for m in EXCEPT_RE.finditer(said) for n in named_units(m.group("who"), resolver)}
    # 各成员单位（县政务服务中心除外）请于…: the bracket after the group in the sentence itself
    excepted |= {n for m in BRACKET_EXCEPT_RE.finditer(text) for n in named_units(m.group("who"), resolver)}
    text = BRACKET_EXCEPT_RE.sub(lambda m: m.group("group"), text)
    units, groups = requirement_units_named(EXCEPT_RE.sub("各", text), resolver, lists, campaign_units,
                                            EXCEPT_RE.sub("各", paragraph))
    return of_the_kind_among(text, [u for u in units if u not in excepted], resolver.roster), groups  # …中的各乡


# 为便于各乡镇比对核查，请县市场局于…: whom the material serves, before the one asked; …由中心汇总后分发各乡镇, …，为各乡镇…提供
# 依据: after it
SERVED = re.compile(r"(?:^|(?<=[，,。；;)）]))\s*为(?:了|便于|方便)?[^，,。；;请]{1,30}[，,]"
                    r"|(?:分发|下发|转发|反馈|发给|转给|通报)(?:至|给|到)?(?:各|全县)[\u4e00-\u9fa5]{1,6}(?:[、和及][\u4e00-\u9fa5]{2,6})*"
                    r"|[，,]\s*(?:便于|以便|方便|供)[^，,。；;]{1,24}"
                    # …预测材料，为各乡镇和有关部门提前部署提供依据: a purpose clause after the material, to its end
                    r"|[，,]\s*为(?:了|便于|方便)?[^，,。；;请]{1,30}提供[^，,。；;]{0,8}(?:依据|参考|支撑|支持|基础|服务)"
                    # …，我所根据各单位需求统筹编排…: a clause whose subject is the issuing office itself
                    r"|[，,]\s*(?:我|本)(?:所|局|办|委|中心|站|院|馆|部|会)[^。；;]*")


def _asks_a_group(text: str) -> bool:
    return bool(LOCAL_WORDS.search(text) or DEPT_WORDS.search(text) or ALL_WORDS.search(text))


def _without_those_served(text: str, resolver: UnitResolver) -> str:
    """The sentence without the units it names only as those the material serves (为便于各乡镇比对核查，请县市场局…,
    由中心汇总后分发各乡镇, …，便于各乡镇核对), when what is left still names who is asked."""
    left = SERVED.sub("", text)
    if left == text:
        return text
    asked = re.search(r"请\s*[\u4e00-\u9fa5]{2}", left) or _asks_a_group(left) or named_units(left, resolver)
    return left if asked else text


# 填写《公共资源开放清单》（附件）: the 附件 is the form to fill in, not a list of who sends it
FORM_IN_ATTACHMENT = re.compile(r"(?:填写|填报|按照?)《[^》]{2,40}》\s*[(（]\s*(?:见)?附件\s*[)）]")


# 附件1中序号1—7的乡镇, 序号8至12的单位, 上表中序号为单数（双数）的乡镇: the rows of a numbered table, by their 序号
NUMBERED_ROWS = re.compile(r"序号(?:为)?\s*(?:(?P<a>\d{1,3})\s*(?:[—\-~～至到–－]|——)\s*(?P<b>\d{1,3})\s*(?:号)?"
                           r"|(?P<parity>单数|双数|奇数|偶数))的?"
                           r"(?=[\u4e00-\u9fa5]{0,4}(?:乡镇|单位|部门|镇|乡))")


PART_OF_A_LIST = re.compile(r"附件\s*(?P<n>\d+)\s*(?:中|的)?第\s*(?P<k>[一二三四五六七八九十]|\d{1,2})\s*(?:部分|类|批|组)")


def _column_named(text: str, ul: UnitList) -> list[str]:
    """The units of the column of a 附件's table the text names by its header (附件1所列责任单位), when two columns or more
    name units."""
    if len(ul.columns) < 2:
        return []
    named = [units for header, units in ul.columns.items() if re.search(rf"(?:所列|中的?|列出的)\s*{re.escape(header)}", text)]
    return named[0] if len(named) == 1 else []


def requirement_units_named(text: str, resolver: UnitResolver, lists: dict[str, UnitList],
                            campaign_units: list[str], paragraph: str = "") -> tuple[list[str], list[list[str]]]:
    """The roster names a requirement's sentence points to, and its shared cells. A
    sentence that names no units ("统计表及现场照片请于5月30日前报县防办") is asked of
    whom its paragraph's earlier sentences speak to ("各乡（镇）要对辖区内…排查")."""
    if (rest := units_outside_a_list(text, lists, campaign_units, resolver.roster)) is not None:
        return rest, []  # 附件1所列乡镇以外的其他乡镇: the towns the list leaves
    if NUMBERED_ROWS.search(text) and (rows := named_units(text, resolver)):
        return rows, []  # 附件1中序号1—7的乡镇: those rows of the list (unit_refs.numbered_rows wrote them in)
    if (part := PART_OF_A_LIST.search(text)) and (ul := lists.get(f"附件{part.group('n')}")) \
            and 0 < (k := cn_int(part.group("k"))) <= len(ul.parts):
        return list(ul.parts[k - 1]), []  # 附件1第一部分所列乡镇: that part of the list
    for num in re.findall(r"附件\s*(\d+)", text):
        ul = lists.get(f"附件{num}")
        if ul and (column := _column_named(text, ul)):
            return column, []  # 附件1所列责任单位: that column of its table, not the 配合单位 beside it
        if ul:  # 附件1所列乡镇和县文旅局: the list, and the units named beside it
            beside = units_beside_the_list(text, num, lambda rest: leading_unit_and_end(rest, resolver))
            before = units_before_the_list(text, lambda words: _units_or_group(words, resolver, campaign_units))
            return list(dict.fromkeys([*before, *ul.names, *beside])), ul.groups
    if len(lists) == 1 and re.search(r"附件(?!\s*\d)|(?:所列|名单|以下|下列)(?:单位|部门|乡镇)", text) \
            and not FORM_IN_ATTACHMENT.search(text):
        ul = next(iter(lists.values()))  # 附件所列单位, with only one list; 八家子经济开发区和附件所列乡镇: the zone too
        before = units_before_the_list(text, lambda words: _units_or_group(words, resolver, campaign_units))
        return list(dict.fromkeys([*before, *ul.names])), ul.groups
    towns_listed = [n for ul in lists.values() for n in ul.names if resolver.roster.get(n).kind in LOCAL]
    if WHERE_THEY_ARE.search(text) and towns_listed:
        return list(dict.fromkeys(towns_listed)), []
    if gatherer := gathers_for_the_others(text, resolver, campaign_units):
        return [gatherer], []
    text = _without_those_served(text, resolver)
    text = without_the_helpers(text, lambda words: bool(named_units(words, resolver)) or _asks_a_group(words))
    local, dept = LOCAL_WORDS.search(text), DEPT_WORDS.search(text)
    if ALL_WORDS.search(text) or (local and dept) or ((local or dept) and names_other_groups(text)):
        return list(campaign_units), []  # 各乡（镇）、各成员单位: not a kind alone
    if local or dept:
        kinds = kinds_said_by(text, local) if local else kinds_of_the_group_word(dept.group())
        kinds += ("zone",) if ZONE_WORDS.search(text) else ()  # 各乡镇、开发区要…
        roster = resolver.roster
        units = [n for n in campaign_units if roster.get(n) and roster.get(n).kind in kinds]
        # 各乡镇、县林草局、县文旅局要…: the towns and the bureaus named beside them
        return units + [n for n in named_units(text, resolver) if n not in units], []
    named = named_units(text, resolver)
    if named:
        return named, []
    if QUALIFIED_TOWNS.search(text):  # 请涉农乡镇于…, no list nor definition of them: the towns, not every addressee
        return [n for n in campaign_units if getattr(resolver.roster.get(n), "kind", "") in LOCAL], []
    if paragraph:
        return requirement_units_named(paragraph, resolver, {}, campaign_units)
    return list(campaign_units), []


def _units_or_group(words: str, resolver: UnitResolver, campaign_units: list[str]) -> list[str]:
    """The units named in ``words``, or those of the group word they say (各乡镇人民政府和附件所列县直单位: the towns and
    townships beside the list); none where they say neither."""
    if LOCAL_WORDS.search(words) or DEPT_WORDS.search(words):
        return requirement_units_named(words, resolver, {}, campaign_units)[0]
    return named_units(words, resolver)


# 各直属机构, 各直属单位, 各（直属）事业单位: the institutions alone, not a department the salutation names beside them
# (`各直属机构，县商务局：` then `一、各直属机构请于…`); 各部门, 县直各单位 take both kinds in
INSTITUTIONS_WORD = re.compile(r"各直属(?:机构|单位)|各(?:直属)?事业单位")


def kinds_of_the_group_word(word: str) -> tuple[str, ...]:
    """The roster kinds a group word of the county's bodies says in an asking sentence."""
    return ("institution",) if INSTITUTIONS_WORD.fullmatch(word) else ("department", "institution")


# 请涉农乡镇…, 。试点乡镇要…, 有关乡镇于…, 请下列乡镇…: a group of towns by what they are (or where they are listed),
# opening the ask without 各 (not 指导涉农乡镇: the group worked on, whose sentence names its own sender); read only where
# no list or definition of the group names them (下列乡镇: the listed towns are the campaign's, not a bureau beside them)
QUALIFIED_TOWNS = re.compile(r"(?:(?<=请)|(?<=[，,。；;：:\n])|^)\s*(?:涉农|试点|示范|项目|重点|沿线|沿河|沿边|有关|相关|受灾|下列|以下|下述)"
                             r"乡镇(?!人民政府[各所])")
