"""Which units: the roster's names as a notice writes them (UnitResolver), the units a piece of text names or opens
with, and the county bodies off the roster that open an item. Which units a requirement's sentence asks is read in
requirement_units.py; the addressee line and the 附件's lists in unit_lists.py."""

from __future__ import annotations

import dataclasses
import re

from collector.roster import Roster

from . import glued_towns
from .requested import unit_requested
from .town_or_township import LOCAL
from .unit_cell import ROW_NUMBER, off_roster_row

# 各有关单位, 县政府有关部门, 县政府各行政执法部门 (a part of the departments, not which part)
# 各成员单位, 有关部门: groups no kind of the roster is; not 各级文物保护单位 / 各类…单位 (sites, levels, kinds of things)
# 县河长制成员单位 (no 各): a body's members, which the body may list (a lead's probe)
UNDECIDED = re.compile(r"(?:各|有关|相关)*(?:有关|相关)(?:成员)?(?:单位|部门|乡镇(?:人民政府|政府)?)|各单位|各(?![级类种项])[\u4e00-\u9fa5]{2,6}(?:部门|单位|机构)"
                       r"|(?<!的)成员单位")  # not …为“是”的成员单位: the rows a table marks
UNIT_SUFFIX = re.compile(r"(?:局|中心|分局|委员会|委|办公室|办|所|院|站|社|馆|队|公司|管委会|政府|镇|乡|会|集团|银行|处)$")
# words of a requirement's sentence that say which units, by kind
ALL_WORDS = re.compile(r"(?<!县直)(?<!以上)(?<!上述)(?<!前述)各单位|各有关单位|各相关单位|各地区|各地|参训单位|被[\u4e00-\u9fa5]{2}单位")
LOCAL_WORDS = re.compile(r"各乡镇|各[\u4e00-\u9fa5]{2}乡镇(?!人民政府[各所])|各镇(?!区)|各乡|每个?乡镇|每个乡(?!村)|每个镇|乡镇[(（](?:含)?开发区[)）]")  # 乡镇（开发区）审核意见: each one's
# 各直属事业单位 / 各事业单位: the institutions by their group word, as 各直属单位 (held-out 2450)
# 各县直部门, 各县政府部门: the 各 before the 县 (请各乡镇于A前、各县直部门于B前)
# 县直有关部门于12月10日前 (beside 各乡镇于12月5日前): the county's bodies among the addressees, not the towns
DEPT_WORDS = re.compile(r"各(?:组成)?部门|县(?:直|政府)(?:有关|相关)(?:部门|单位)|各县(?:政府|直)(?:组成|工作)?部门|各委办局|各直属机构|各直属单位|各(?:直属)?事业单位|县直各单位")
ZONE_WORDS = re.compile(r"开发区|管委会|党\s*[(（]\s*工\s*[)）]\s*委")  # 各乡镇党（工）委: the zone's 党工委 too
# 试点村所在乡镇: the towns an 附件 lists the villages (schools, projects) under
WHERE_THEY_ARE = re.compile(r"[\u4e00-\u9fa5]{2,8}所在(?:地)?的?(?:乡镇|乡\(镇\)|镇)")
LIST_MARK = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])")


def county_prefix(county: str) -> re.Pattern:
    """What stands before a county unit's own name: 辽宁省葫芦岛市建昌县, 葫芦岛市建昌县, 建昌县, 县
    (any province and city, but only before the roster's own county: 葫芦岛市公安局 is the
    city's bureau, not 县公安局)."""
    own = re.escape(county) if county else r"(?!)"
    return re.compile(rf"^(?:(?:[\u4e00-\u9fa5]{{2,3}}省)?(?:[\u4e00-\u9fa5]{{2,4}}市)?{own}|县)")


@dataclasses.dataclass
class UnitList:
    names: list[str]  # roster names, in the order found
    groups: list[list[str]]  # cells that name several units: one submission serves them (shared slot)
    unknown: list[str]  # unit-like names not on the roster
    # 第三纪检监察组 | 9 | 县财政局, then rows whose first cell is empty (a merged cell): the units under each label
    blocks: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    # 责任单位 | 配合单位: the units of each column of a table, by its header (a column naming units only)
    columns: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    # 一、重点村推荐乡镇：… 二、民宿推荐乡镇：…: the units of each numbered part of the 附件, in order
    parts: list[list[str]] = dataclasses.field(default_factory=list)


KEPT_CONJUNCTIONS = str.maketrans("和及与", "\ue001\ue002\ue003")
CONJUNCTIONS_BACK = str.maketrans("\ue001\ue002\ue003", "和及与")


class UnitResolver:
    def __init__(self, roster: Roster):
        self.roster = roster
        self.prefix = county_prefix(roster.county)
        self.by_name: dict[str, str] = {}
        self.slips: dict[str, str] = {}  # 县卫建局 -> 县卫健局: names read past a same-sound typing slip
        self.short_forms: dict[str, str] = {}  # 县文旅广电局 -> 县文旅局: a short form of one unit's long name
        self.suffix_slips: dict[str, str] = {}  # 大屯乡 -> 大屯镇: a town written with the other of 乡 / 镇
        self._shapes: dict[tuple[int, str], list[tuple[str, str]]] | None = None
        self._separators: re.Pattern | None = None
        self._joined_names: re.Pattern | None = None
        for u in roster.units:
            for n in u.all_names():
                self.by_name.setdefault(_key(n), u.name)
        for u in roster.units:  # 建昌县X局 / X局 for 县X局, 八家子镇人民政府 for 八家子镇
            for n in u.all_names():
                stem = self.prefix.sub("", _key(n))
                for variant in (stem, "县" + stem, roster.county + stem):
                    self.by_name.setdefault(variant, u.name)
                if u.kind in LOCAL or u.kind == "zone":
                    for tail in ("人民政府", "政府", "党委", "管委会"):
                        self.by_name.setdefault(_key(n) + tail, u.name)

    def conjunctions_kept(self, text: str) -> str:
        """``text`` with the 和 / 及 / 与 inside roster names (县发展和改革局, 县住房和城乡建设局) made private characters, so
        that no split at a conjunction cuts a name in two; ``conjunctions_back`` undoes it."""
        if self._joined_names is None:
            names = sorted({n for n in self.by_name if len(n) >= 4 and any(c in n[1:] for c in "和及与")}, key=len, reverse=True)
            self._joined_names = re.compile("|".join(map(re.escape, names))) if names else re.compile(r"(?!)")
        return self._joined_names.sub(lambda m: m.group().translate(KEPT_CONJUNCTIONS), text)

    @staticmethod
    def conjunctions_back(text: str) -> str:
        return text.translate(CONJUNCTIONS_BACK)

    def separators(self) -> re.Pattern:
        """What parts the names of a sentence (、，。 spaces 和 及 与 请 由 : the capturing group keeps them), where 和
        and the rest do not begin a roster name (和尚房子乡)."""
        if self._separators is None:
            starts = sorted({n for n in self.by_name if n[:1] in "和及与请由"}, key=len, reverse=True)
            guard = f"(?!{'|'.join(map(re.escape, starts))})" if starts else ""
            self._separators = re.compile(rf"((?:[、,，;；。()（）\s:：]|{guard}[和及与请由])+)")
        return self._separators

    def by_stem(self) -> dict[str, str]:
        """发展改革 → 县发改局: each name without its county and its 局 / 委 / 办 (and without 和 / 与:
        住房城乡建设), where only one unit has that stem."""
        units: dict[str, set[str]] = {}
        for u in self.roster.units:
            for n in u.all_names() if u.kind in ("department", "institution") else ():
                named = self.prefix.sub("", _key(n))
                stem = STEM_END.sub("", named)
                for variant in {stem, re.sub(r"[和与]", "", stem)} if stem != named else ():
                    if len(variant) >= 2:
                        units.setdefault(variant, set()).add(u.name)
        return {stem: next(iter(names)) for stem, names in units.items() if len(names) == 1}

    def resolve(self, text: str) -> str | None:
        k = _key(text)
        found = self.by_name.get(k) or self.by_name.get(self.prefix.sub("", k))
        if found is None and (body := PARTY_BODY.fullmatch(k)):
            return self.resolve(body.group("unit"))  # 中共建昌县药王庙镇委员会: the party body leading the unit
        if found is None and (bare := PARTY_ORGAN.sub("", k)) != k:
            return self.resolve(bare)  # 县水利局党组 (a 巡察 notice writes to the unit's party organ): the unit
        if found is None and k.endswith("管理委员会"):
            return self.resolve(k[:-len("管理委员会")] + "管委会")  # 八家子经济开发区管理委员会: the long form of 管委会
        if found is None and (inner := INNER_SECTION.fullmatch(k)):
            return self.resolve(inner.group("unit"))  # 县水利局河湖管理股: a section inside the unit, written to as it
        return found or self._slip(k) or self._short_form(k) or self._suffix_slip(self.prefix.sub("", k))

    def _suffix_slip(self, written: str) -> str | None:
        """大屯乡 where the roster has 大屯镇 and no 大屯乡 (an old name from before 撤乡设镇, or a slip): the one town or
        township whose name differs only by 乡 / 镇, remembered in ``suffix_slips`` for an unsettled line."""
        m = re.fullmatch(r"(?P<base>[\u4e00-\u9fa5]{2,5})(?P<kind>[乡镇])(?:人民政府|政府|党委)?", written)
        if not m:
            return None
        unit = self.by_name.get(m.group("base") + ("镇" if m.group("kind") == "乡" else "乡"))
        if unit is None or self.roster.get(unit).kind not in LOCAL:
            return None
        self.suffix_slips.setdefault(m.group("base") + m.group("kind"), unit)
        return unit

    def readings(self) -> list[str]:
        """An unsettled line for each name off the roster read as a unit: a same-sound slip, a short form, 乡 for 镇."""
        return ([f"“{written}”不在名册中，读作同音的{unit}，请核对" for written, unit in self.slips.items()]
                + [f"“{written}”不在名册中，读作{unit}的简称，请核对" for written, unit in self.short_forms.items()]
                + [f"“{written}”不在名册中，读作只差乡/镇一字的{unit}，请核对" for written, unit in self.suffix_slips.items()])

    def _short_form(self, written: str) -> str | None:
        """县文旅广电局: a county unit's name (县… ending 局 / 委 / 办 / 中心) no roster lists, that shortens exactly one
        unit's long name (建昌县文化旅游和广播电视局) as the matcher reads short forms (match.units.shortened_from);
        remembered in ``short_forms`` for an unsettled line."""
        if written in self.short_forms:
            return self.short_forms[written]
        if not re.fullmatch(r"县[\u4e00-\u9fa5]{3,7}(?:局|委|办|中心)", written):
            return None
        from collector.match.units import shortened_from

        units = shortened_from(written, self.roster.county, [u for u in self.roster.units
                                                              if u.kind in ("department", "institution")])
        if len(units) != 1 or self._a_name_of_its_own(written, units[0]):
            return None
        self.short_forms[written] = units[0]
        return units[0]

    def _slip(self, written: str) -> str | None:
        """A name one same-sound character away from exactly one unit's (县卫建局: 县卫健局), remembered in
        ``slips`` for an unsettled line; too short a name (≤ 3 characters) is anyone's."""
        if written in self.slips:
            return self.slips[written]
        if len(written) < 4 or not UNIT_SUFFIX.search(written) or self._glued_to_a_town(written):
            return None
        from collector.match.names import a_slip_of_the_same_sound

        # a slip keeps the length and the last character (the unit's kind): only those names are compared
        alike = self._by_shape().get((len(written), written[-1]), ())
        units = {u for n, u in alike if a_slip_of_the_same_sound(written, n)}
        if len(units) != 1:
            return None
        self.slips[written] = units.pop()
        return self.slips[written]

    def _glued_to_a_town(self, written: str) -> bool:
        """现八家子镇 of `抽查发现八家子镇`: a word's last character glued to a town's bare name, no slip of 县八家子镇 (a
        town is written bare; 现卫健局 stays a slip of 县卫健局, a bureau is written with its 县)."""
        unit = self.by_name.get(written[1:])
        return unit is not None and self.roster.get(unit).kind in LOCAL

    def _a_name_of_its_own(self, written: str, unit: str) -> bool:
        """县城市管理局 is no short form of 城市管理综合行政执法局 but a bureau of its own name: its words stand together
        in the long name (城市管理), where a short form takes a character of each word (文旅广电 of 文化旅游和广播电视)."""
        words = re.sub(r"^县|(?:局|委|办|中心)$", "", written)
        return any(words in self.prefix.sub("", n) for n in self.roster.get(unit).all_names())

    def _by_shape(self) -> dict[tuple[int, str], list[tuple[str, str]]]:
        """(length, last character) -> the (name, unit) pairs of that shape, made on the first slip looked for."""
        if self._shapes is None:
            self._shapes = {}
            for n, u in self.by_name.items():
                self._shapes.setdefault((len(n), n[-1:]), []).append((n, u))
        return self._shapes

    def ethnic_townships(self) -> list[str]:
        return [u.name for u in self.roster.units if u.kind in LOCAL and re.search(r"族(?:乡|镇)$", u.name)]

    def kinds(self, kinds) -> list[str]:
        return self.roster.names(tuple(kinds))


# 县水利局党组, 县教育局关工委, 县卫健局工会: an organ inside the unit, written to as the unit
# 县统计局机关党支部, 县档案馆党总支: 机关 before a party organ is the unit's own offices, the organ still the unit's
PARTY_ORGAN = re.compile(r"(?:机关党委|(?:机关)?(?:党组|党委|党总支|党支部)|领导班子|关工委|关心下一代工作委员会|工会|团委|妇委会)$")
# 中共建昌县药王庙镇委员会, 中共建昌县卫生健康局党组, 中共建昌县融媒体中心总支部委员会: a unit's party body by its
# official name
PARTY_BODY = re.compile(r"中共(?P<unit>[\u4e00-\u9fa5]{2,24}?)(?:总支部委员会|支部委员会|工作委员会|委员会|党组|党委|党工委)")
# 县水利局河湖管理股, 县自然资源局国土空间用途管制股, 县财政局预算科: a section inside the unit, written to as the unit;
# so too its own field units (县公安局网安大队, 县综合执法局城区中队, 县公安局城关派出所, 县农业农村局农机站): a 所 / 站 by
# the names of such offices only (县交通局客运站点… is no unit)
FIELD_UNIT = (r"大队|支队|中队|(?:派出|司法|自然资源|国土资源|国土|林业|财政|兽医|监督)所"
              r"|(?:林业|农机|农技|农业技术推广|水利|水保|畜牧|兽医|动物防疫)站")
INNER_SECTION = re.compile(r"(?P<unit>县[\u4e00-\u9fa5]{1,12}?(?:局|委|办|中心))"
                           rf"(?:[\u4e00-\u9fa5]{{2,12}}(?:股|科|室)|[\u4e00-\u9fa5]{{0,12}}?(?:{FIELD_UNIT}))")
STEM_END = re.compile(r"(?:局|委员会|委|办公室|办|社)$")  # 社: 县供销社 is 供销 in a list of stems


def _key(s: str) -> str:
    return re.sub(r"[\s“”\"'()（）]", "", s)


def units_asked_in_text(body: str, resolver: UnitResolver) -> list[str]:
    """The roster units the body asks by name: 请县教育局、县卫健局…结合部门职能… (a run of
    names right after 请). Units named elsewhere (会同县发改局初审, 发送至县政府督查室) are not asked."""
    asked: list[str] = []
    for m in re.finditer(r"请([^，,。；;：:]{3,200})", body):
        for piece in m.group(1).split("、"):
            named = resolver.resolve(piece) or leading_unit(piece, resolver)
            if not named:
                break
            asked += [named] if named not in asked else []
            if not resolver.resolve(piece):
                # 请A、B于…前将…查询、控制…情况统计表…: the last name is glued to what it is asked, and a 、 inside the
                # material after it (held-out 3048) lists no more units
                break
    return asked


# 县政务服务中心对各部门目录审核汇总后，于…前…统一报送: the group is what the unit works on, not who sends (县交通局汇总审核
# 各乡镇核实结果，于…前报送…报告)
ON_THE_GROUP = re.compile(r"^[^，,。；;]{0,4}(?:对|将|汇总|收集|督促|指导|审核)(?:全县)?(?:各|县直各)")


def gathers_for_the_others(text: str, resolver: UnitResolver, campaign_units: list[str]) -> str | None:
    """An addressed unit opening the sentence that works on a group's papers (县政务服务中心对各部门目录
    审核汇总后…报送): it alone sends."""
    plain = LIST_MARK.sub("", text).strip()
    lead, end = leading_unit_and_end(plain, resolver)
    return lead if lead in campaign_units and ON_THE_GROUP.match(plain[end:]) else None


SENT_TO = re.compile(r"(?:报送|上报|发送|报|送|交)(?:至|到|给)?(?P<to>县[\u4e00-\u9fa5]{2,14})")


def sent_to_an_addressee(text: str, resolver: UnitResolver, named: list[str]) -> str | None:
    """The unit, named by name in the addressee line, that a sentence sends the papers to for it to check or
    gather them (县政府各部门，县政务服务中心： … 报送县政务服务中心（邮箱：…），由县政务服务中心负责审核): they
    do not come to this mailbox. (The issuer, among 县直各单位 by its kind, is not named so; a bureau both
    addressed and collecting, 报送县水利局 with nothing said of its checking, is no gatherer.)"""
    for m in SENT_TO.finditer(text):
        to = leading_unit(m.group("to"), resolver)
        if to and to in named and re.search(rf"(?:由|经){to}[^。；;]{{0,8}}?(?:审核|汇总|初审|把关|查重|整理)", text):
            return to
    return None


def leading_unit(text: str, resolver: UnitResolver) -> str | None:
    """县民政局结合部门职能 → 县民政局: the longest start of ``text`` that is a roster unit."""
    return leading_unit_and_end(text, resolver)[0]


def leading_unit_end(text: str, resolver: UnitResolver) -> int:
    """Where the roster unit ``text`` opens with ends in it (县交通局客运站点… → 4); 0 when it opens with none."""
    return leading_unit_and_end(text, resolver)[1]


def units_opening(text: str, resolver: UnitResolver) -> list[str]:
    """汤神庙镇、石佛乡本季度尚未开设… → [汤神庙镇, 石佛乡]: the 、-list of roster units ``text`` opens with, the last
    name glued to what follows it (县工信局通信管线, 要路沟乡示范田受…影响)."""
    names: list[str] = []
    for piece in text.split("、"):
        unit = leading_unit(piece.strip(), resolver)
        if not unit:
            break
        names.append(unit)
    return names


# 其中，建昌县卫生健康局系统…, 此外，县教育局…: a word narrowing or adding to what was said before, then the subject
OPENING_LINK = re.compile(r"^(?:其中|此外|另外)\s*[，,]?\s*")


def units_opening_the_sentence(sentence: str, resolver: UnitResolver) -> str:
    """要路沟乡示范田受8月冰雹灾害影响，…，测产结果汇总表和照片请于10月13日前报送: the units a sentence opens with (its
    subject, glued to what is said of it), for a deadline whose words name no one; "" when it opens with none. A
    linking word before them (`其中，建昌县卫生健康局系统女职工人数较多，请另行制定…方案…`) is passed over: those units
    alone, not those of the sentence before."""
    names = units_opening(OPENING_LINK.sub("", LIST_MARK.sub("", sentence).strip()), resolver)
    return "、".join(names) + "，" if names else ""


def leading_unit_and_end(text: str, resolver: UnitResolver) -> tuple[str | None, int]:
    """leading_unit, and where its name ends in ``text`` (0 when none)."""
    for n in range(min(len(text), 20), 2, -1):
        if unit := resolver.resolve(text[:n]):
            return unit, n
    return None, 0


def names_no_one(text: str, resolver: UnitResolver) -> bool:
    """The text says nothing of who sends: no roster name, no group (各乡镇, 各单位, 县直各单位), no list (附件, 上述, 所列)."""
    return not (named_units(text, resolver) or LOCAL_WORDS.search(text) or DEPT_WORDS.search(text)
                or ALL_WORDS.search(text) or UNDECIDED.search(text) or re.search(r"附件|上述|所列|以上|下列|其余|其他", text))


# 报送上述材料, 以上邮箱: 上述 pointing back at a thing, not at units named above
THINGS_ABOVE = re.compile(r"(?:上述|以上|前述)(?=(?:[两二三四五六七八九十\d]项|各项|全部|所有)?(?:材料|资料|文件|邮箱))")


def names_no_sender(text: str, resolver: UnitResolver) -> bool:
    """names_no_one, a 上述 that points back at a thing (请提前报送上述材料) not taken for units said above."""
    return names_no_one(THINGS_ABOVE.sub("", text), resolver)


def names_other_groups(text: str) -> bool:
    """The text also speaks to a group that is no kind of the roster (各成员单位, 有关部门
    in 各乡镇和有关部门)."""
    rest = DEPT_WORDS.sub("、", LOCAL_WORDS.sub("、", text))
    return bool(UNDECIDED.search(rest))


# 报送县委农办（县乡村振兴局）, 发送至县政府办公室: the office that receives, not a unit that sends
RECEIVER = re.compile(r"(?:报送|上报|报|送|发送|提交)(?:至|到|给)?[^，,。；;、]{0,14}?(?:办公室|办|局|中心|委员会|委|部)"
                      r"\s*[(（][^()（）]{2,20}[)）]")


# …、要路沟乡、谷杖子乡督促辖区景区 and 开发区管委会和县工业和信息化局督促辖区（行业）重点排污单位…: the last name of a list of
# units, joined to the one before by 、 or by 和 / 及 / 与 (held-out 3596), glued to the verb after it
LIST_JOINS = ("、", "和", "及", "与")


# 八家子经济开发区管委会仅需于2月4日前报送…, 县教育局只需报送汇总表: the 仅需 after the unit it says of
ONLY_AFTER_A_UNIT = re.compile(r"(?<=[局委办会心府区镇乡所站院队社联协])(?:仅|只)(?=需|须|要)")


def named_units(text: str, resolver: UnitResolver) -> list[str]:
    """Roster units a sentence names outright (请县教育局、县卫健局于…); not the office a sentence
    sends to, and not in a label before a colon (第一批：建昌镇、…: the list starts after it)."""
    found: list[str] = []
    text = RECEIVER.sub(" ", text)
    parts = [resolver.conjunctions_back(p) for p in
             resolver.separators().split(resolver.conjunctions_kept(LIST_MARK.sub("", text)))]
    for k in range(0, len(parts), 2):
        piece = parts[k]
        # 只需县教育局、县卫健局报送; 增加 (增列) 县住建局为报送单位 (a 补充通知 adding a sender)
        named = _unit_in(re.sub(r"^.*?(?:只需|仅需|只由|仅由)|^(?:只要|仅|只|增加|增列|新增|增补|追加)", "", piece), resolver)
        if not named and ONLY_AFTER_A_UNIT.search(piece):
            named = _unit_in(piece, resolver)  # 八家子经济开发区管委会仅需于…报送: the unit before the 仅需 its subject
        if not named and k >= 1:
            named = unit_requested(parts[k - 1], piece, resolver.resolve)  # 请县融媒体中心拍摄…: glued to any verb
        if not named and k + 2 < len(parts) and parts[k + 1] == "、" and _unit_in(parts[k + 2], resolver):
            named = list_head(piece, resolver)
        if not named and k >= 2 and parts[k - 1] in LIST_JOINS and found and _unit_in(parts[k - 2], resolver):
            named = leading_unit(piece, resolver)  # …、要路沟乡、谷杖子乡督促辖区景区: the list's last name, a verb after it
        if not named and (k == 0 or "、" not in parts[k - 1]):
            named = glued_towns.town_opening(piece, resolver)  # 要路沟乡隐患点已于…完成整改: a clause's subject, glued on
        if named and named not in found:
            found.append(named)
    return found


# 4\t国网建昌县供电公司\t…, 四\t…: a table row's 序号 cell numbers its row as 4. or （四） numbers an item
ITEM_NUMBER = ROW_NUMBER
# a county shop, hall, works or farm (县新华书店, 县…馆, 县…厂, 县国有林场), never a group (县直各…, 县有关…)
COUNTY_SHOP = r"县(?:(?!各|有关|相关)[\u4e00-\u9fa5]){1,12}?(?:店|馆|厂|场)"
# 中国联通建昌县分公司作为政务云技术支撑单位，于9月8日前提交…: the body's role in the work, said between it and its ask
ROLE_BEFORE_THE_ASK = r"(?:作为[^，,；;。、]{1,16}?(?:单位|部门|机构|方)[，,]?)"
# 县科协, 县计生协: a 协会 by its short name ends in 协, as 县残联 / 县总工会 end in 联 / 会; 县人民法院, 县…站 (never 县直各…)
COUNTY_BODY = r"县(?:(?!各|有关|相关)[\u4e00-\u9fa5]){1,12}?(?:局|委|办|中心|联|会|协|院|站|所|队|社)"
# what an item addressed to one body goes on with: its verb or its date, 请 before it
ITEM_ASKS = r"请?(?:将|要|应|须|负责|于|在|对|汇总|核实|核查)"
# 参展汽车企业于10月26日前报名: companies named by what they do, with no 各 (nor a 、 / 及 list, nor 县…, nor a verb)
TRADE_COMPANIES = r"(?![各请县])(?:(?!督促|组织|会同|指导|要求|通知|乡镇|单位|部门|各|及|和|与)[\u4e00-\u9fa5]){2,8}?企业"
SUBJECT_UNIT = re.compile(ITEM_NUMBER +
                          r"(?:(?P<trade>" + TRADE_COMPANIES + r")|(?P<name>" + COUNTY_BODY + "|" + COUNTY_SHOP +
                          # 中国人民银行建昌县支行于同日前报送: a bank's branch or a company, never a county office; asked by
                          # 请 too (请国网建昌县供电公司核实…，于…前函复我局), where a 县…局 so asked may be a short form
                          r")|请?(?P<company>(?![各请])(?:(?!督促|组织|会同|指导|要求|通知)[\u4e00-\u9fa5]){2,16}?"
                          # 建昌农商银行请于…: a bank or credit union by its own name, as a branch is
                          r"(?:支行|分行|分公司|公司|营业部|银行|信用社|信用(?:合作)?联社))|"
                          # 3.各运营企业于4月28日前报送…: companies as a group, which no roster lists (各乡镇, 各单位 are no 企业);
                          # 各国有林场于…前将…计划报…: farms (林场, 农场, 养殖场) as a group, no office either
                          r"(?P<companies>各(?:(?!督促|组织|会同|指导|要求|通知|乡镇|单位|部门)[\u4e00-\u9fa5]){0,10}?(?:企业|公司|运营商|场)))"
                          # 县红十字会请于5月27日前报送…: a 请 before the verb, as an item addressed to one body opens;
                          # 建昌县国有林场：请于…: a paragraph headed by the body and a colon (held-out 3387)
                          r"(?=[:：]?" + ROLE_BEFORE_THE_ASK + r"?" + ITEM_ASKS + r")")


def off_roster_subject(text: str, resolver: UnitResolver) -> str:
    """（三）县残联将…比对，比对结果一并于6月6日前反馈: a county body no roster lists, the subject of its own item: the
    item is that body's, no roster unit's (县红十字会请于…前报送…: asked with 请 as well; a table row whose unit cell
    is the body alone, `县人武部	名单	Excel	9月14日前`, or a group of bodies off the roster, `各中小学	…`, `各助产机构	…`,
    too). Its name, or ""."""
    if row := off_roster_row(text, resolver):
        return row  # 4	建昌县驴业协会	会员养殖情况	3月17日前: a table row's unit cell (unit_cell)
    # 建昌县人民法院于同日前报送…: the county's own name before 县 read as the 县 of a short name
    m = SUBJECT_UNIT.match(text) or ASKED_SHOP.match(text) or SUBJECT_UNIT.match(resolver.prefix.sub("县", text))
    name = m and (m.group("name") or m.groupdict().get("company") or m.groupdict().get("companies")
                  or m.groupdict().get("trade"))
    return name if name and not resolver.resolve(name) else ""


# 三、请县新华书店将…发送: a county shop asked by 请 is no office either (请县经管局… may be a bureau by another name: kept);
# （二）请县人民医院于…前将…发送: nor a hospital, station or institute (院, 站, 所), one of a group the salutation addresses
COUNTY_INSTITUTION = r"县(?:(?!各|有关|相关)[\u4e00-\u9fa5]){1,12}?(?:医院|院|站|所)"
ASKED_SHOP = re.compile(ITEM_NUMBER + r"请(?P<name>" + COUNTY_SHOP + "|" + COUNTY_INSTITUTION + r")(?=将|要|应|须|于|在|对)")


def list_head(piece: str, resolver: UnitResolver) -> str | None:
    """The first name of a 、-list of units glued to the words before it (移民分布在大屯镇、玲珑塔镇…):
    the longest end of the piece that is a roster name."""
    for start in range(max(0, len(piece) - 20), len(piece) - 2):
        named = resolver.resolve(piece[start:])
        if named:
            return named
    return None


# 县财政局关于互助养老服务站运营补贴资金拨付情况的说明（Word格式）仍于5月9日前报送, 县财政局所报…说明: a unit named as the
# owner of the paper a clause sends, no verb after it but the paper's name (held-out 3032); not a notice it issued
# (县政府办关于开展…的通知: no paper word ends it) nor a paper of its sending (县…局关于报送…的说明)
OWNERS_PAPER = re.compile(r"(?:关于|所报|所提交|所填报)(?=(?:(?!报送|上报|发送|提交|印发|下发)[^，,。；;])*?"
                          r"(?:说明|报告|总结|方案|材料|清单|意见|明细表|汇总表|统计表)(?:$|(?:仍|须|需|应|均)?(?:于|在)[^，,。；;]*$))")

# 县卫生健康局除报送上述台账外，还须于7月5日前…: 除…外 (besides) right after the unit, which goes on to say what it sends too
# (held-out 3585); not the unit a bracket leaves out (建昌镇除外: nothing between 除 and 外)
BESIDES_AFTER_A_UNIT = re.compile(r"除(?=[^，,。；;除外]{1,30}(?:以|之)?外)")


def _unit_in(piece: str, resolver: UnitResolver) -> str | None:
    """The unit a piece of a sentence starts with: 县应急局 (应 in its name is no verb),
    县教育局要于…, 县卫健局报送, 石佛乡等8个重点乡镇, 县自然资源局结合各自行业排查情况, 要路沟乡辖区内有…."""
    cuts = [m.start() for m in re.finditer(r"主要|要|应|务必|须|需|还|也|仍(?=然|须|需|要|应|于|在|按|将|报)|另(?=外?(?:请|需|须|要|于|在|行?报|$))|从|推荐|选派|于|在|限|按|报送|上报|填报|提交|发送|负责|牵头|提供|制定|作|分别|的|局长|主任|书记|等"
                                           r"|(?:仅|只)(?=需|须|要)|(?:同时|同步)(?=报送|提交|上报|发送)|结合|根据|对照|针对|围绕|核实|核查|做好|认真|及时|抓紧|辖区|境内|所辖|所属|下属|汇总|会同|梳理|组织|统计|收集|整理|对|导出|形成|将"
                                           # 增加县住建局为报送单位, 增加八家子经济开发区为排查报送单位 (the work named before 报送);
                                           # 确定…和县民政局为本次自查重点单位, …列为示范单位 (the role it is given: 重点 / 试点 / 示范 …单位)
                                           r"|列?为(?=[\u4e00-\u9fa5]{2}(?:报送|填报|上报)单位|报送|填报|上报|责任|承办"
                                           r"|[\u4e00-\u9fa5]{0,6}?(?:重点|试点|示范|联系|牵头|配合)(?:单位|部门))", piece)]
    cuts += [m.start() for m in BESIDES_AFTER_A_UNIT.finditer(piece)]  # 县卫生健康局除报送上述台账外，还须…: its subject
    cuts += [m.end() for m in re.finditer(PARTY_ORGAN.pattern.rstrip("$"), piece)]  # 县教育局关工委制定…
    cuts += [m.end() for m in re.finditer(r"人民政府|管委会", piece)]  # 杨树湾子乡人民政府审计发现问题较多: its name ends
    cuts += [m.start() for m in OWNERS_PAPER.finditer(piece)]  # 县财政局关于…的说明（Word格式）仍于…前报送: the paper's owner
    for candidate in (piece, *(piece[:at] for at in cuts)):
        named = resolver.resolve(candidate) if len(candidate) >= 3 else None
        if named:
            return named
    return None
