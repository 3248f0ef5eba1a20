"""Units a notice lets off a submission (各直属机构…不需报送自评报告, …，学校不单独报送, …不参加本次清查) or adds to
every one the addressees owe (八家子经济开发区参照本通知执行)."""

from __future__ import annotations

import re

from ..asks.already_sent import thing_sent_already
from .bracketed_let_off import the_bracket_letting_off, the_paper_outside_the_bracket
from .excused_items import (
    ANY_MATERIAL,
    NAMED_ITEMS,
    NAMED_SECTION,
    a_fronted_material,
    the_matters_materials,
    bare_subject,
    item_let_off,
    material_of_the_named_item,
    material_of_the_named_section,
    materials_named_above,
    materials_of_the_numbered_items,
    names_an_item,
    said_again_by_a_count,
    units_counted_back,
    units_of_every_clause_before,
    without_a_linking_clause,
    without_its_role,
)
from ..asks.not_mailed import KEPT, entered_or_carried_not_mailed
from ..requirements import MATERIAL, material_names
from ..reading.table_grids import NOTE_LABEL
from .unit_lists import read_addressees
from .units import (
    COUNTY_BODY,
    LIST_MARK,
    UnitResolver,
    leading_unit,
    named_units,
    off_roster_subject,
    units_opening,
)

# 县公安局年度报告…通过系统单独报送，不再向我中心报送: the office it no longer sends to, between the let-off and its verb
# 列入市级试点的大屯镇可不报送, 可以不再报送: 可不 lets off as 无需 does
EXCUSED = re.compile(r"(?:(?:不需|无需|不必|不用|不再|免于|免予|不单独|不另行|可(?:以)?不)(?:重复|再次|再|另行|单独|向[^，,。；;向]{1,10}?)?"
                     r"(?:报送|上报|提交|填报|反馈|报)"
                     # 县文旅局作为联合主办单位不另行推荐作品: the verb of the ask itself, kept with its object (推荐作品);
                     # （县气象局所属气象科普馆已于上一年度获得认定，本次不再申报）: 不再 / 无需 申报 the same (held-out 2878)
                     r"|(?:不单独|不另行|不再|无需|不需|不必|免于|免予)(?=推荐|申报)"
                     # 建昌镇、大屯镇已于上年完成试点，本次除外: left out of this round's asks altogether (held-out 2330)
                     r"|(?:本次|此次|这次)(?:均|也)?除外"
                     # 县公共资源交易中心本次不报送材料。: a bare 不 of this round, closing its sentence on 材料 or on the verb,
                     # or on the paper it names (谷杖子乡人民政府、建昌县水利局本次不报送整改报告: that paper only, held-out 2737)
                     # 县气象局档案按…规定管理，本次不移交、不报送: other things it does not do this round listed first
                     # (held-out 3057)
                     r"|(?:本次|此次|这次)(?:均|也)?(?:不[\u4e00-\u9fa5]{1,4}?[、和及])*"
                     r"不(?:报送|上报|提交|填报)(?=(?:材料|[^的\W\d]{0,12}?(?:" + MATERIAL.pattern + r"))?\s*$)"
                     # 建昌镇、八家子镇、大屯镇近年未开展上述项目，不涉及此项。: the item does not concern them, closing its
                     # sentence (not 如不涉及，请填"无", which still asks a reply)
                     r"|(?:本次|此次|这次)?(?:均|也)?不涉及(?:此项|本项|该项|上述事项)(?:工作|内容|任务)?(?=\s*[。；;]?\s*$))"
                     r"(?P<what>[\u4e00-\u9fa5]{0,12})")
# 县政务服务中心账号已于前期完成整合，本次整改报告不报送: the paper of this round fronted before its let-off closing the
# sentence, that paper only (held-out 3064)
FRONTED_PAPER = re.compile(r"(?:本次|此次|这次)(?:的)?(?P<what>[^的\W\d]{0,12}?(?:" + MATERIAL.pattern + r"))(?:均|也)?"
                           r"(?:不|无需|不需|不必|不用|不再)(?:再|单独|另行)?(?:报送|上报|提交|填报)\s*$")
# 魏家岭乡暂无训练场馆，照片本次不报送: the paper opening the let-off's clause before the 本次, the same fronted paper of
# the units the sentence opens with (held-out 3493)
PAPER_BEFORE_THE_ROUND = re.compile(r"(?:^|(?<=[，,]))\s*(?P<what>[^的\W\d]{0,12}?(?:" + MATERIAL.pattern + r"))"
                                    r"(?:本次|此次|这次)(?:均|也)?(?:不|无需|不需|不必|不用|不再)(?:再|单独|另行)?"
                                    r"(?:报送|上报|提交|填报)\s*$")
# 建昌县住房和城乡建设局本次自查范围内无统计联网直报任务，不报送整改报告: a bare 不报送 opening the sentence's last clause and
# closing it (on 材料 or the paper it names), after a clause saying why the unit has nothing to send (``REASON``; held-out
# 3535); a bare 不报送 anywhere else (逾期不报送的, 如不报送) lets no one off
BARE_NOT_SENT = re.compile(r"(?<=[，,])\s*不(?:报送|上报|提交|填报)"
                           r"(?=(?:材料|[^的\W\d]{0,12}?(?:" + MATERIAL.pattern + r"))?\s*$)(?P<what>[\u4e00-\u9fa5]{0,12})")
# 无…任务, 没有此类项目, 未开展, 已完成整改, 不涉及, 不承担: why the clause's unit has nothing to send
REASON = re.compile(r"无|没有|未|不涉及|不承担|已")
# 本次不再申报: the verb kept by EXCUSED with no object after it names no material (the item's own is let off)
BARE_VERB = re.compile(r"^(?:推荐|申报)$")
# 各乡镇如无此类工程，可不报送: the 可不 of a condition (如 / 若 / 如果 无 / 没有 / 未 / 不涉及), no let-off
IF_NONE = re.compile(r"(?:如|若|如果|倘若)(?:本单位|本乡镇|辖区内?)?(?:无|没有|未|不涉及)")
# 县水利局、县财政局将本部门有关情况提供给县农业农村局，不单独报送: units feeding another's report open with 将
SUBJECT_END = re.compile(r"(?:分别)?负责|参照|要|应|须|需|按|不|无|可|只|仅|均|免|已|将(?=[^，,;；]{2,40}?(?:提供给|报给|交给|汇总到|报送给))")
COUNTED_GROUP = re.compile(r"等?\s*[\d一二三四五六七八九十两]+\s*[家个]\s*[\u4e00-\u9fa5]{0,8}?(?:单位|部门|机构)$")
# 备注：建昌镇辖区内无种植基地，本次不需报送: a note's label, and the area of the unit with nothing to send (also
# what stands in it: 喇嘛洞镇、娘娘庙乡辖区步道已纳入…，本次无需报送 lets both towns off)
AREA = re.compile(r"(?:辖区|境内|区域)内?(?:的?[\u4e00-\u9fa5]{1,8})?$|范围内$"
                  # 新开岭乡、贺杖子乡的设施已纳入…，本次不报送: the things of the units named, the units let off
                  r"|(?<=[镇乡局委办区心馆社队所院站会])的[\u4e00-\u9fa5]{1,8}$")
# 县税务局、县气象局…3家垂直管理单位的办公用房由其上级主管部门统一组织清查，不参加本次清查: out of all of it
# …不参加本次培训，但请两单位于6月19日前报送…推荐名单 / 不参加此次会议，但须… / …，仍请于…报送: not at the event, still asked
# the paper after it (held-out 2904): a 但 / 仍 ask later in the sentence keeps them in
NOT_TAKING_PART = re.compile(r"不参加(?:本次|此次|这次)(?![^。；;]*?(?:但|仍|还|另)(?:请|须|需|要|应|仍须|仍需|仍请))")

# 县民政局…，相关情况由县医保局代为汇总报送: another unit sends it in the subject's place, the subject sends nothing
SENT_FOR_THEM = re.compile(r"由[^，,。；;由]{2,30}?代为(?:统一)?(?:汇总|收集|整理)?(?:报送|上报|提交|填报)")

# 县公安局视频监控点位已于2448年底接入平台，本次无需报送事项清单: the system or platform is a thing done before, the
# units are let off, not told to enter the data instead of mailing it (县统计局已按市统计局统一部署通过"一套表"平台报送…)
# 国家税务总局建昌县税务局已完成系统数据对接，无需报送整改报告 / 已与省级平台实现数据共享 / 系统数据已对接: a system joined
# up with before (对接 / 共享 / 互通 / 联通), the same (held-out 3345)
JOINED_UP = r"对接|共享|互通|联通|贯通"
DONE_BEFORE = re.compile(r"已(?:于[^，,。；;]{1,12}?|按[^，,。；;]{1,12}?)?(?:接入|录入|导入|并入|纳入|通过)[^，,。；;]{0,12}?(?:系统|平台)"
                         rf"|已[^，,。；;]{{0,12}}?(?:系统|平台)[^，,。；;]{{0,8}}?(?:{JOINED_UP})"
                         rf"|已(?:完成|实现)?(?:{JOINED_UP})[^，,。；;]{{0,12}}?(?:系统|平台)"
                         rf"|(?:系统|平台)[^，,。；;]{{0,8}}?已(?:完成|实现)?(?:{JOINED_UP})")


def units_excused(body: str, resolver: UnitResolver) -> list[tuple[set[str], str]]:
    """Whole kinds or named units a sentence lets off a submission, with the material it
    names (or ""): 各直属机构参照市通知要求做好本单位工作，不需报送自评报告."""
    out: list[tuple[set[str], str]] = []
    for line, sentence in _sentences_in_lines(body):  # …各乡镇负责…；县应急局、县市场局…配合开展检查，不单独报送材料
        whole, sentence = sentence, the_bracket_letting_off(sentence, EXCUSED)  # 各乡镇（石佛乡无设施大棚，无需报送）
        sentence = without_what_is_still_asked(sentence)  # …本次不报送统计表，但须按时报送工作总结及照片
        named = item_let_off(sentence)  # 不再报送第二部分第（二）项材料: the item named, not 第二部分第 as a material
        said = (named if named and names_an_item(named) else None) or FRONTED_PAPER.search(sentence) \
            or PAPER_BEFORE_THE_ROUND.search(sentence) \
            or EXCUSED.search(sentence) or NOT_TAKING_PART.search(sentence) or SENT_FOR_THEM.search(sentence) \
            or _let_off_after_its_reason(sentence) or named
        plain = without_a_linking_clause(NOTE_LABEL.sub("", LIST_MARK.sub("", sentence).strip()))  # 其中，X…不再报送
        # 县公安局、县税务局的政务服务事项由市级主管部门统一调整，本次不需报送: whose matters they are
        # …, or a kind of unit its first clause opens with (各乡镇资产清查工作由市财政局另行统一部署，此次无需报送)
        subject = (re.match(r"^([^，,;；]{2,40}?)(?=" + SUBJECT_END.pattern + ")", plain) or re.match(r"^([^，,;；的]{2,40})的", plain)
                   or re.match(r"^((?:各|县直)[^，,;；]{1,38})[，,;；]", plain))
        own = (_own_subject(plain, plain.find(said.group()))
               or _subject_of_the_clause_before(plain, plain.find(said.group()), resolver)) if said else ""
        own = "" if a_fronted_material(own) else own  # …不承担政务服务事项，上述两项材料均无需报送: the sentence's subject
        own = without_its_role(own)  # 县文旅局作为联合主办单位不另行推荐作品
        if said:  # 已参加4月专项检查的大屯镇不再报送, 对已于5月报送的大屯镇，本次不再报送: the units after the 的
            own = _units_after_a_describing_clause(plain[: plain.find(said.group())], resolver) or own
        if said and said.re is SENT_FOR_THEM:  # 县民政局…，相关情况由县医保局代为报送: the units the sentence opens with
            own = "、".join(units_opening(plain, resolver))
        if own and said_again_by_a_count(own):  # …，两镇本次不再报送推荐表: the units the sentence opens with
            own = (units_counted_back(own, plain[: plain.find(said.group())], resolver)  # A…，B…，上述两单位不报送
                   or _units_opening_the_first_clause(plain, plain.find(said.group()), resolver))
        if said and not own and not (subject and _units_read(subject.group(1), resolver)):
            own = _units_opening_the_first_clause(plain, plain.find(said.group()), resolver)
        if said and not own and not (subject and _units_read(subject.group(1), resolver)) \
                and ONLY_SENDS.search(plain[: plain.find(said.group())]):  # …的八家子镇、谷杖子乡，只需报送回执，不需报送台账
            own = _units_closing_the_first_clause(plain, resolver)
        if said and not own:  # A…，B…，均无需报送上述材料: the units of every clause
            own = units_of_every_clause_before(plain, plain.find(said.group()), resolver)
        if not said or not (subject or own):
            continue
        if IF_NONE.search(plain[: plain.find(said.group())]):
            continue  # 各乡镇如无此类工程，可不报送 / 无需报送: a leave to skip under a condition, the units still owe it
        if a_format_let_off(sentence, said):
            continue  # 仅报送盖章扫描件（PDF格式），不需报送Word版: one form of the paper, not the units, let off
        if not said.groupdict().get("what") and KEPT.search(plain[: plain.find(said.group())]):
            continue  # 各乡镇要…建立巡查台账，由乡镇留存备查，不需报送: the 台账 is kept, the units still send the rest
        if entered_or_carried_not_mailed(plain) and not DONE_BEFORE.search(plain):
            continue  # 请各乡镇…完成系统登记（系统登记不需另行报送）: that entry is not mailed, the units still send the rest
        who = bare_subject(AREA.sub("", COUNTED_GROUP.sub("", subject.group(1)))) if subject else ""  # …生态环境局建昌分局3家垂直管理单位: the three
        who = every_name_of_a_glued_list(who, resolver)  # 娘娘庙乡、魏家岭乡上年招募的…: both towns
        if own:  # 各乡镇负责组织辖区学校开展自查，…，学校不单独报送: the clause's own subject is let off, not the sentence's
            who = own
        add = read_addressees(who, resolver)
        units = set(resolver.kinds(add.kinds)) | set(add.names)
        if names_an_item(said):  # 不报送第二部分第（二）项材料: that item's material, or nothing when the body has no such item
            if what := (material_of_the_named_section(said, body) if said.re is NAMED_SECTION
                        else materials_of_the_numbered_items(said, body) if said.re is NAMED_ITEMS
                        else material_of_the_named_item(said, body)):
                out += [(units, what)] if units else []
        elif units:
            what = (BARE_VERB.sub("", said.groupdict().get("what") or "") or thing_sent_already(plain[: plain.find(said.group())])
                    or the_paper_outside_the_bracket(whole, sentence) or _dated_material_of_the_item(line, sentence, said.start()))
            out.append((units, materials_named_above(what, body[: body.find(line)])))  # 上述材料: those named above
    return out


# 本次不报送统计表，但须按时报送工作总结及照片: a clause opening with 但 that still asks a paper sent, after the let-off of
# another (held-out 3574); 但仍须 / 但需 / 但应 / 但请 …
STILL_ASKED = re.compile(r"[，,]\s*但(?:仍|还|也)?(?:须|需|需要|要|应|请|必须)[^，,。；;]*?(?:报送|上报|提交|填报|发送)[^，,。；;]*$")


def without_what_is_still_asked(sentence: str) -> str:
    """…本次不报送统计表，但须按时报送工作总结及照片: the sentence up to the let-off, when a closing 但 clause still asks the
    units another paper: the let-off names its paper (统计表) and closes its clause, so it is read as closing the sentence,
    that paper only. A let-off naming no paper, or only 材料 (`本次不报送材料，但须报送说明`), is left as written: which
    paper it spares is not said, and no one is let off."""
    if not (still := STILL_ASKED.search(sentence)):
        return sentence
    before = sentence[: still.start()]
    said = FRONTED_PAPER.search(before) or PAPER_BEFORE_THE_ROUND.search(before) or EXCUSED.search(before)
    what = said.group("what") if said else ""
    return before if said and said.end() == len(before.rstrip()) and material_names(what) and what not in ANY_MATERIAL \
        else sentence


def every_name_of_a_glued_list(who: str, resolver: UnitResolver) -> str:
    """娘娘庙乡、魏家岭乡上年招募 (…的特聘农技员服务期未满，本次不报送): a let-off's subject read up to its 的 or its verb that
    is a 、-list of roster units, the last glued to what is said of them: every name of the list (held-out 3562; the
    glued last one was lost), joined by 、; ``who`` as it is when a piece of it opens with no roster unit (各乡镇、…)."""
    pieces = who.split("、")
    names = units_opening(who, resolver)
    return "、".join(names) if len(pieces) > 1 and len(names) == len(pieces) else who


def names_only_units_let_off(sentence: str, resolver: UnitResolver) -> bool:
    """Every roster unit ``sentence`` names is one it lets off (`国家税务总局建昌县税务局的征缴数据由县社保中心从系统直接调取，
    本次不报送`): it asks them nothing, so a sentence after it pointing back (请上述单位) means the units named before it
    (held-out 3348)."""
    named = named_units(sentence, resolver)
    excused = {u for units, _ in units_excused(sentence, resolver) for u in units}
    return bool(named) and all(u in excused for u in named)


# 不需报送Word版, 无需报送纸质版: a form of the paper named after the let-off, the paper itself still sent
FORMAT_LET_OFF = re.compile(r"\s*(?:的)?(?:Word|WORD|word|Excel|EXCEL|excel|PDF|pdf|电子|纸质|可编辑)\s*(?:版|格式|文档|文件|稿)")


def a_format_let_off(sentence: str, said: re.Match) -> bool:
    """A let-off (不需报送) whose object is a form of the paper (Word版, 纸质版) rather than a paper or the units' part:
    the sentence tells which form to send (仅报送盖章扫描件), and lets no unit off."""
    return said.re is EXCUSED and not said.group("what") and bool(FORMAT_LET_OFF.match(sentence, said.end()))


def _let_off_after_its_reason(sentence: str) -> re.Match | None:
    """…无统计联网直报任务，不报送整改报告: a bare 不报送 closing the sentence (``BARE_NOT_SENT``) right after a clause that
    says why (``REASON``) and asks by no date (a dated clause is the ask itself: 于…前报送统计表，不报送纸质材料); a clause
    closing on 的 says which units, whoever they are (已建立台账的，不报送…: a condition, no unit let off)."""
    if not (said := BARE_NOT_SENT.search(sentence)):
        return None
    before = sentence[: said.start()].rstrip().rstrip("，,")
    clause = before[max(before.rfind(c) for c in "，,") + 1:]
    return said if REASON.search(clause) and not clause.endswith("的") \
        and not DATED_ANYHOW.search(DONE_ON.sub("已", clause)) else None


def _sentences_in_lines(body: str):
    for line in body.split("\n"):
        for sentence in re.split(r"[。；;]", line):
            yield line, sentence


# （二）请县农业农村局于5月14日前报送《…统计表》。其中…，县市场局不单独报送: let off that item's material only
DATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。；;]{0,16}?前")


def _dated_material_of_the_item(line: str, sentence: str, at: int) -> str:
    """The material an item sends by a date of its own, when the 不单独报送 that names none (at ``at`` in
    ``sentence``) stands in that item after it: a unit feeding that item's sender is let off it, not the notice's
    other items; a let-off in a sentence of its own after two dated clauses or more, of each of their materials."""
    before = line[: line.find(sentence) + at]
    if not (dates := list(DATED.finditer(before))):
        return ""
    # …制定活动方案，于5月16日前报送；活动结束后…将活动总结…于6月13日前报送。八家子镇、喇嘛洞镇已承办…，本次不报送。
    # (held-out 2950): a let-off in a sentence of its own after a paragraph of two deadlines or more is of each of them,
    # the first material of every stretch the dates cut the paragraph into (制定活动方案…于5月16日 / …活动总结…于6月13日;
    # 请各单位于4月8日前提交自查表，于4月30日前提交整改报告: the paper before its date or after it), joined by 、 as
    # excused_from reads them
    if len(dates) > 1 and "。" in before[dates[-1].end():]:
        cuts = [0, *(d.end() for d in dates), len(before)]
        stretches = [before[a:b] for a, b in zip(cuts, cuts[1:])]
        if len(names := list(dict.fromkeys(n for c in stretches for n in material_names(c)[:1]))) > 1:
            return "、".join(names)
    # 审议…的报告做好准备。请各乡镇…填写《…统计表》，于5月21日前发送…；A乡已于…，本次不报送: the dated sentence's own
    # material, not one an earlier sentence of the line names (its own words name none: the line's)
    own = before[before.rfind("。", 0, dates[-1].start()) + 1:]
    return next(iter(material_names(own) or material_names(before)), "")


ADVERBS = re.compile(r"^(?:本次|此次|这次|今年|本年度|暂|暂时|均|也|都|则|可|一律|原则上|另外|此外|同时|其中|因此|故|已)+")
ADVERBS_AFTER = re.compile(r"(?:本次|此次|这次|今年|本年度|暂|暂时|均|也|都|则|一律|原则上)+$")


def _own_subject(sentence: str, at: int) -> str:
    """The subject of the clause a 不单独报送 stands in (学校 in …，学校不单独报送), when it has one of its own."""
    if at <= 0:
        return ""
    start = max(sentence.rfind(c, 0, at) for c in "，,") + 1
    # 谷杖子乡、县水利局本次不报送…: the adverbs after the names too
    own = ADVERBS_AFTER.sub("", ADVERBS.sub("", sentence[start:at].strip()))
    return own if re.fullmatch(r"[\u4e00-\u9fa5、()（）]{2,30}", own) else ""


# 建昌县公路管理段 / 县水文站 / 建昌县国有林场 负责…: a county body no roster lists opening the clause before a let-off
# (held-out 2882): the let-off is its own, not the towns the sentence names as the place (在玲珑塔镇…辖区内的…)
OFF_ROSTER_BODY = re.compile(r"^(?:[\u4e00-\u9fa5]{2}(?=县))?(" + COUNTY_BODY + r"|县(?:(?!各|有关|相关)[\u4e00-\u9fa5]){1,12}?[段场])"
                             r"(?=负责|提供|做好|配合|协助|汇总)")


def _subject_of_the_clause_before(sentence: str, at: int, resolver: UnitResolver) -> str:
    """…，县发改局负责提供项目备案资料，无需报送: a let-off opening its clause says it of the subject of the clause before,
    when that clause is not the sentence's first (whose subject is the sentence's, read above), opens with a unit's name
    and sets no date (a dated clause is the ask itself: 请各乡镇于…前报送统计表，无需报送纸质材料); a clause opening with 其
    (its) says it of the clause before that one; a county body no roster lists (OFF_ROSTER_BODY) is named as it is."""
    if at <= 0 or sentence[:at].rstrip()[-1:] not in ("，", ","):
        return ""
    before = sentence[:at].rstrip()[:-1]
    start = max(before.rfind(c) for c in "，,")
    if start < 0:
        return ""
    clause = before[start + 1:].strip()
    clause = ADVERBS.sub("", clause)
    if clause.startswith("其") and (earlier := max(before.rfind(c, 0, start) for c in "，,")) >= 0:
        clause = ADVERBS.sub("", before[earlier + 1:start].strip())  # …负责观测点设置，其观测数据由我局直接采集，不单独报送
    if not DATED_ANYHOW.search(clause) and (body := OFF_ROSTER_BODY.match(clause)) and not resolver.resolve(body.group(1)):
        return body.group(1)  # …，建昌县公路管理段负责观测点设置…，不单独报送: that body's let-off, no roster unit's
    if DATED_ANYHOW.search(clause) or not (first := leading_unit(clause, resolver)):
        return ""
    names = re.match(r"^(.{2,40}?)(?=负责|提供|做好|配合|协助|汇总|" + SUBJECT_END.pattern + ")", clause)
    return names.group(1) if names else first  # 县发改局、县统计局负责提供…: both


def _units_read(who: str, resolver: UnitResolver) -> bool:
    add = read_addressees(AREA.sub("", COUNTED_GROUP.sub("", who)), resolver)
    return bool(add.kinds or add.names)


# 要路沟乡隐患点已于8月完成整改: the day a thing was done before, no date the clause asks by
DONE_ON = re.compile(r"已(?:于|在)\s*(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*[日号])?(?:底|初|中旬|上旬|下旬|前|份)?")


def _units_opening_the_first_clause(sentence: str, at: int, resolver: UnitResolver) -> str:
    """汤神庙镇、石佛乡本季度尚未开设助餐服务点，本次无需报送统计表 / 县公安局视频监控点位已于…接入平台，本次无需报送…: a
    let-off in a later clause with no subject of its own, in a sentence whose first clause opens with roster names (a
    、-list of them, the last glued to what is said of it) and sets no date, says it of those units."""
    first = re.split(r"[，,]", sentence, maxsplit=1)[0]
    if at <= len(first) or DATED_ANYHOW.search(DONE_ON.sub("已", first)):
        return ""
    return "、".join(units_opening(first, resolver))


# 只需按时报送回执, 仅需报送汇总表: a clause keeping one material, before the let-off of the others
ONLY_SENDS = re.compile(r"(?:只|仅)(?:需|须|要)?(?:按时|按要求)?(?:报送|上报|提交|填报)")


def _units_closing_the_first_clause(sentence: str, resolver: UnitResolver) -> str:
    """附件1中备注“已全部报废”的八家子镇、谷杖子乡，只需按时报送回执，不需报送…: the 、-list of roster units the first clause
    ends with after its 的 (what it says of them before), when nothing but those names follows the 的."""
    first = re.split(r"[，,]", sentence, maxsplit=1)[0]
    head = first[first.rfind("的") + 1:].strip()
    names = units_opening(head, resolver)
    return "、".join(names) if names and "、".join(names) == head else ""


DATED_ANYHOW = re.compile(r"\d{1,2}\s*月|[\d一二三四五六七八九十]\s*[日号]")


def _units_after_a_describing_clause(before: str, resolver: UnitResolver) -> str:
    """已参加4月专项检查的大屯镇（不再报送） / 对已于5月报送的大屯镇，本次（不再报送） / 参加过省级评估的大屯镇、汤神庙镇本次（不
    报送）: the roster units a let-off's subject names after a clause describing them, ending in 的, when nothing but
    those names (joined by 、 or 和) stands between the 的 and the let-off (less its adverbs and a comma); "" else
    (已参加检查的单位不再报送 names no one)."""
    head = ADVERBS_AFTER.sub("", before.strip()).rstrip("，, ")
    head = ADVERBS_AFTER.sub("", head)
    if "的" not in head:
        return ""
    head = head[head.rfind("的") + 1:].strip()
    names: list[str] = []
    for piece in head.split("、"):
        for name in ([piece] if resolver.resolve(piece) else piece.split("和")):
            if not (unit := resolver.resolve(name.strip())):
                return ""
            names.append(unit)
    return "、".join(names)


# 八家子经济开发区参照本通知执行: a unit the salutation leaves out that does all the notice asks
FOLLOWS = re.compile(r"(?:^|[。；;\n])\s*(?P<who>[^，,。；;\n]{2,40}?)(?:参照|比照|按照)(?:本通知|本文件|此通知|本方案)?(?:要求)?执行")


# 八家子镇辖区的摸底表由八家子经济开发区管委会统一组织填报，八家子镇不再单独报送: the zone sends in the town's place
# …由八家子经济开发区管委会统一汇总代报 (代报: reports for it), 由…代为报送: the same
# 原定由县住建局汇总报送的…，调整为由县发改局…对接，县住建局不再报送: 原定由 (原由, 原计划由) says who was to send before the
# change, no one sending in another's place
SENDS_INSTEAD = re.compile(r"(?<!原)(?<!原定)(?<!原计划)(?<!原先)(?<!原来)由(?P<who>[^，,。；;\n由]{2,30}?)(?:统一|负责)?(?:组织)?(?:汇总)?(?:代为)?(?:填报|报送|上报|代报)(?=[^。；;\n]*?"
                           + EXCUSED.pattern.replace("(?P<what>", "(?:") + ")")


def stand_ins(body: str, resolver: UnitResolver) -> list[tuple[list[str], list[str]]]:
    """(who sends, for whom) of each …由八家子经济开发区管委会统一汇总代报，八家子镇不再单独报送: the units of the 由 clause,
    and the units the rest of its sentence names."""
    out: list[tuple[list[str], list[str]]] = []
    for m in SENDS_INSTEAD.finditer(body):
        add = read_addressees(m.group("who"), resolver)
        senders = [*resolver.kinds(add.kinds), *add.names]
        start = max(body.rfind(c, 0, m.start()) for c in "。；;\n") + 1
        end = min((k for k in (body.find(c, m.end()) for c in "。；;\n") if k >= 0), default=len(body))
        sentence = body[start:m.start()] + body[m.end():end]
        replaced = [n for n in named_units(sentence, resolver) if n not in senders]
        if senders and replaced:
            out.append((senders, replaced))
    return out


def units_following(body: str, resolver: UnitResolver) -> list[str]:
    """The units a line says follow the notice (…参照本通知执行), or send in the place of a unit it lets off (…由八家子
    经济开发区管委会统一组织填报，八家子镇不再单独报送), as addressees the salutation left out."""
    names: list[str] = []
    for m in [*FOLLOWS.finditer(body), *SENDS_INSTEAD.finditer(body)]:
        add = read_addressees(m.group("who"), resolver)
        names += [n for n in [*resolver.kinds(add.kinds), *add.names] if n not in names]
    return names




def excused_from(excused: list[tuple[set[str], str]], text: str) -> set[str]:
    """The units ``units_excused`` lets off the submission ``text`` asks for: every one when the
    exclusion names no material or only 材料, else when a material it names is in ``text``."""
    out: set[str] = set()
    # 各乡镇工会填写…统计表（Excel格式），不需报送文字总结，请于…前发送: the material a let-off names is asked only when named
    # outside the let-off (held-out 2864)
    text = EXCUSED.sub("", text)
    for units, what in excused:
        if not what or what in ANY_MATERIAL or any(n in text for n in material_names(what) + _listed(what)) \
                or named_by_its_first_words(what, text) or named_short(what, text) or opinions_asked(what, text) \
                or the_matters_materials(what, text):
            out |= units
    return out


# 起草单位不再反馈意见: the opinions a 征求意见 notice asks, whatever form they are sent in (反馈表, 修改意见)
OPINIONS = re.compile(r"(?:修改|书面|反馈)?意见(?:建议)?")


def opinions_asked(what: str, text: str) -> bool:
    """A let-off naming only 意见 against a text asking opinions in any form (《意见反馈表》扫描件, 修改意见)."""
    return bool(OPINIONS.fullmatch(what)) and "意见" in text


def _listed(what: str) -> list[str]:
    """上述材料 written out as the things named above (工作回执、政务数据资源目录): each, a material word or not."""
    return what.split("、") if "、" in what else []


def named_by_its_first_words(what: str, text: str) -> bool:
    """本次无需再报送比对情况 against …报送比对情况说明（Word版）: a let-off naming the material by its first words, words
    no material name is read from (情况 alone names none), four characters or more found as they stand in the asking text."""
    return len(what) >= 4 and not material_names(what) and what in text


# 无需报送整改报告 against 整改情况报告（Word格式）, 整改工作报告: the asked paper named short, without the 情况 / 工作 of its
# full name (a let-off seldom writes a paper's name out in full; 整改情况统计表 is another paper, 整改报告 not in it)
NAME_FILLER = re.compile(r"情况|工作")


def named_short(what: str, text: str) -> bool:
    """A let-off naming a paper the asking text names with 情况 or 工作 inside its name (整改报告: 整改情况报告)."""
    return any(n in NAME_FILLER.sub("", asked) for n in material_names(what) if not NAME_FILLER.search(n)
               for asked in material_names(text))


# …（Word格式）；县应急局负责应急通信保障点位的核对，本次不报送材料: the statement after the semicolon lets a unit off
LETS_OFF = re.compile(r"不(?:单独|另行|再|需|必|用)?(?:报送|上报|提交|填报)|无需|免于|免予")


def without_a_let_off_after(segment: str, resolver: UnitResolver) -> str:
    """A deadline's words less the statements after its last semicolon that open with a unit and let it off: they ask
    nothing (their 点位 or 材料 no part of the requirement), and the let-off is read from the body elsewhere."""
    pieces = re.split(r"(?<=[；;])", segment)
    kept = len(pieces)
    while kept > 1 and LETS_OFF.search(pieces[kept - 1]) and not DATED_ANYHOW.search(pieces[kept - 1]) \
            and leading_unit(pieces[kept - 1].strip(), resolver):
        kept -= 1
    return segment if kept == len(pieces) else "".join(pieces[:kept]).rstrip("；;")


def without_a_let_off_before(text: str, resolver: UnitResolver) -> str:
    """A deadline's words less the statements before its first semicolon that open with a unit and let it off, when the
    statement left opens with a sender of its own (`（三）县民政局无需报送材料；县妇联于3月31日前报送…名单`: 县妇联's, a body
    off the roster, not 县民政局's): they ask nothing, and the let-off is read from the body elsewhere."""
    pieces = re.split(r"(?<=[；;])", text)
    dropped = 0
    while dropped < len(pieces) - 1 and _a_unit_let_off(pieces[dropped], resolver):
        dropped += 1
    rest = "".join(pieces[dropped:]).strip()
    opens_with_its_sender = leading_unit(rest, resolver) or off_roster_subject(rest, resolver)
    return rest if dropped and (opens_with_its_sender or not rest) else text


def _a_unit_let_off(statement: str, resolver: UnitResolver) -> bool:
    return bool(LETS_OFF.search(statement)) and not DATED_ANYHOW.search(statement) \
        and bool(leading_unit(LIST_MARK.sub("", statement).strip(), resolver))
