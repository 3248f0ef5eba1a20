"""The units a notice lists: its addressee line (各乡镇人民政府，县政府各部门：, names one per line, a 单位（…）
naming them in brackets) and the tables and lists of its 附件 (a 责任单位 column, a 是否报送 column, a form's 示例 row
that names no unit, a person's post naming the unit before it)."""

from __future__ import annotations

import dataclasses
import re

from collector.numerals import cn_int

from .units import (
    LOCAL,
    UNDECIDED,
    UNIT_SUFFIX,
    UnitList,
    UnitResolver,
    _key,
    leading_unit_and_end,
)
from .what_a_unit_includes import without_what_the_units_include

# 县直各预算单位, 县直各行政事业单位: words every county unit answers to, so 县直各单位 itself
EVERY_UNIT_QUALIFIERS = ["预算", "行政事业", "机关事业", "机关"]
# what follows a kind word when the addressee is an organisation inside each unit of the kind
INSIDE_THE_UNIT = re.compile(r"(?:学校|中学|小学|幼儿园|卫生院|医院|派出所|所|站|校|园)$")
# 各乡镇劳动保障所, 各乡镇财政所, 各乡（镇）农业综合服务站: an office each town and township keeps of its own, so the
# towns themselves (not a 派出所 nor a 司法所, a county bureau's office in the town; not a school or a 卫生院)
TOWNS_OWN_OFFICE = re.compile(r"(?:劳动保障|社会保障|社保|人社|劳动就业|就业和社会保障|财政|农经|农业(?:综合)?|农技|"
                              r"水利|林业|文化|综合文化|民政|党政|退役军人)(?:服务|工作)?(?:所|站|中心|办公室|办)$")
# addressee words → roster kinds; checked in this order, the first that matches a piece wins
ADDRESSEE_KINDS = [
    # 各乡镇党（工）委: the towns' 党委 and the zone's 党工委, written as one
    (re.compile(r"各(?:乡\s*[、(（]?\s*镇|镇\s*[、(（]?\s*乡)[)）]?\s*党\s*[(（]\s*工\s*[)）]\s*委"), LOCAL + ("zone",)),
    # 各乡镇, 各乡、镇, 各乡（镇）, 各镇乡, 各镇、乡 (not 各镇乡村…: the towns' villages)
    (re.compile(r"各(?:乡\s*[、(（]?\s*镇|镇\s*[、(（]?\s*乡(?![村]))"), LOCAL),
    (re.compile(r"各镇(?!区)"), ("town",)),  # 各镇人民政府: the 镇, not the 乡; 各镇区 the towns' built-up areas
    (re.compile(r"各乡(?![村])"), ("township",)),
    # 县直各部门, 各部门, 县政府组成部门; 各县直部门, 各县政府部门 (the 各 before the 县)
    (re.compile(r"(?:县政府|县直|县)?各(?:工作|组成)?部门|各县(?:政府|直)(?:工作|组成)?部门|县政府(?:工作|组成)部门|各委办局"),
     ("department",)),
    (re.compile(r"各直属(?:机构|单位)|县政府直属机构|各(?:直属)?事业单位|县政府直属事业单位"), ("institution",)),
    (re.compile(r"县直各(?:%s)?单位|县直(?:%s)?单位" % (("|".join(EVERY_UNIT_QUALIFIERS),) * 2)),
     ("department", "institution")),
    # 县直各基层工会, 县直各党组织: the union (party branch…) inside every county unit — the units
    (re.compile(r"县直各(?:基层|机关)?(?:工会|党组织|党支部|党委|团组织|团委|妇委会|妇联)"), ("department", "institution")),
    (re.compile(r"开发区|管委会|园区"), ("zone",)),
]
# 全县少数民族乡人民政府, 各民族乡: the townships (towns) of an ethnic minority, by their names (…蒙古族乡)
ETHNIC_TOWNSHIPS = re.compile(r"(?:全县|我县|各)?(?:少数)?民族乡(?:镇)?(?:人民政府|政府)?")
# addressees outside the county government's roster (party, congress, courts, people's organisations)
OUTSIDE = re.compile(r"^(?:县委|中共|县人大|县政协|县法院|县人民法院|县检察院|县人民检察院|人民团体|群团|驻县|中省市)")
# 各银行业金融机构, 各保险机构, 各商业银行: banks and insurers as a group are no county office, whatever 各…机构 says
# (undecided would read them as some 各有关部门); off the roster as 各有关企业 is, their own table row theirs;
# 各承保机构 (the underwriters of a policy insurance) are insurers named by what they do
FINANCIAL_GROUP = re.compile(r"^(?:各|全县|辖区)[\u4e00-\u9fa5]{0,6}(?:银行|金融|保险|证券|信用社|信用联社|承保)")
IN_AN_ATTACHMENT = re.compile(r"附件\s*\d*\s*(?:所列|中所列|列出|名单所列|名单中|名单内)的?")
INCLUDING = re.compile(r"[(（]含([^()（）]{2,30})[)）]")


def looks_like_unit(cell: str) -> bool:
    """县统计局 yes; 以项目建设为中心 (a theme) no."""
    c = _key(cell)
    if not 3 <= len(c) <= 20 or not UNIT_SUFFIX.search(c) or re.search(r"\d", c):
        return False
    if re.search(r"[的为以在和与及对把将]", c[:-2]):
        return False
    return bool(re.match(r"(?:县|市|国家|[\u4e00-\u9fa5]{2,3}[省市县])", c) or re.search(r"局|镇$|乡$|中心$|管委会$", c))


@dataclasses.dataclass
class Addressees:
    kinds: list[str]
    names: list[str]
    undecided: list[str]  # 各有关单位 and the like, as written
    unknown: list[str] = dataclasses.field(default_factory=list)  # pieces that name no roster unit


TICKED = re.compile(r"[☑✅■✔√]\s*(?P<name>[^☑✅■✔√□☐\s、，,；;]+)")
ORGAN_KINDS_IN_BRACKETS = re.compile(r"[(（](?:(?:党委|党组|党总支|党支部|党工委|总支|支部|机关党委)[、,，和及]?){2,}[)）]")
# 县安委会有关成员单位（县应急局、县住建局…）, 沿线乡镇人民政府（喇嘛洞镇、药王庙镇…）: a group, then which of its members
NAMED_IN_BRACKETS = re.compile(r"[^、,，;；()（）]*(?:单位|部门|机构|乡镇(?:人民政府|政府|党委)?)\s*[(（](?P<who>[^()（）]{2,200})[)）]")


def _the_named(m: re.Match, resolver: UnitResolver) -> str:
    """The bracket's units in place of the group, when every piece of it is a roster unit; beside the group, when the
    group is every unit of a kind and the bracket names none of that kind (各乡镇人民政府（八家子经济开发区管委会）: the
    zone is no town, so no member the group is narrowed to, but one written to with them)."""
    pieces = [p.strip() for p in re.split(r"[、,，;；]", m.group("who")) if p.strip()]
    named = [resolver.resolve(p) for p in pieces]
    if not (named and all(named)):
        return m.group()
    group = m.group()[:m.start("who") - m.start()].rstrip("（( ")
    kinds = _kinds_of_every(group)
    if kinds and not any(resolver.roster.get(n).kind in kinds for n in named):
        return "、".join([group, *named])
    return "、".join(named)


def _kinds_of_every(group: str) -> tuple[str, ...]:
    """The roster kinds a group word says every unit of (各乡镇人民政府: towns and townships); () for any other group
    (沿线乡镇, 有关成员单位: some, the bracket says which)."""
    for pattern, kinds in ADDRESSEE_KINDS:
        if (m := pattern.search(group)) and m.group().startswith(("各", "县直", "县政府")):
            return kinds
    return ()


def _pieces(line: str, resolver: UnitResolver) -> list[str]:
    """The addressee line's names: parted by 、，; and, where a piece is only roster names parted by spaces
    (建昌镇人民政府 玲珑塔镇人民政府 汤神庙镇人民政府), by the spaces too."""
    pieces = []
    for piece in re.split(r"[、,，;；]", line):
        words = piece.split()
        words = [name for w in words for name in _glued_at_a_wrap(w, resolver)] if len(words) > 1 else words
        pieces += words if len(words) > 1 and all(resolver.resolve(w) for w in words) else _joined(piece.strip(), resolver)
    return [p for p in pieces if p]


def _glued_at_a_wrap(word: str, resolver: UnitResolver) -> list[str]:
    """建昌县市场监督管理局建昌县公安局: a PDF's space-parted addressee line wrapped between two names, the two glued
    where the lines were joined: both, when the word is no unit itself and each side is one."""
    if resolver.resolve(word):
        return [word]
    for cut in range(2, len(word) - 1):
        if ADDRESSEE_END.match(word[cut - 1]) and resolver.resolve(word[:cut]) and resolver.resolve(word[cut:]):
            return [word[:cut], word[cut:]]
    return [word]


ADDRESSEE_END = re.compile(r"[局委办府区镇乡心会院所站队社司馆处室部团校]")


def _joined(piece: str, resolver: UnitResolver) -> list[str]:
    """县公安局和县林草局, the last two addressees joined by 和 / 及 / 与: both, when the piece is no unit itself
    (县住房和城乡建设局 is one) and each side is a roster unit."""
    if resolver.resolve(piece):
        return [piece]
    for m in re.finditer(r"[和及与]", piece):
        left, right = piece[:m.start()].strip(), piece[m.end():].strip()
        if resolver.resolve(left) and resolver.resolve(right):
            return [left, right]
    return [piece]


# 建昌镇、八家子镇等7个镇人民政府: a few named, then how many there are in all
CLOSED_BY_A_COUNT = re.compile(r"(?P<named>(?:[^\s、,，;；:：]{2,12}、)*[^\s、,，;；:：]{2,12}?)等\s*"
                               r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个(?:建制)?(?P<kind>乡镇|镇|乡)")
KIND_OF = {"乡镇": ("town", "township"), "镇": ("town",), "乡": ("township",)}


def every_one_by_the_count(line: str, resolver: UnitResolver) -> str:
    """建昌镇、八家子镇等7个镇 in a county of seven 镇: every 镇 (各镇), the two named only to begin the list; a count
    short of the kind's whole (等5个乡镇) stays as written, its units undecided."""
    def whole(m: re.Match) -> str:
        kinds = KIND_OF[m.group("kind")]
        every = len(resolver.kinds(kinds)) == cn_int(m.group("n"))
        return ("各乡镇" if len(kinds) == 2 else "各" + m.group("kind")) if every else m.group()
    return CLOSED_BY_A_COUNT.sub(whole, line)


def read_addressees(line: str, resolver: UnitResolver) -> Addressees:
    kinds: list[str] = []
    names: list[str] = []
    undecided: list[str] = []
    unknown: list[str] = []
    line = without_what_the_units_include(line, resolver)  # 县融媒体中心（含下属各乡镇广播站）: bodies inside it
    line = INCLUDING.sub(lambda m: "、" + m.group(1), line)  # 各乡镇（含开发区）: the zone too
    if TICKED.search(line):  # 主送：☑县教育局　□县交通局…: an OA form's checklist, the ticked ones addressed
        line = "、".join(m.group("name") for m in TICKED.finditer(line))
    line = ORGAN_KINDS_IN_BRACKETS.sub("", line)  # 县直各机关党组织（党委、党总支、党支部）: which organs, not who
    line = NAMED_IN_BRACKETS.sub(lambda m: _the_named(m, resolver), line)
    line = re.sub(r"各镇\s*[、和及与]\s*乡", "各乡镇", line)  # 各镇、乡人民政府: both kinds
    # 全县28个乡镇人民政府: every town and township, counted
    line = re.sub(r"(?:全县|我县)(?:\d{1,3}|[一二三四五六七八九十]{1,3})个(?=乡镇|镇|乡)", "各", line)
    line = every_one_by_the_count(line, resolver)
    previous = ""
    for piece in _pieces(line, resolver):
        if not piece:
            continue
        if piece == "各单位" and previous.startswith("县直"):
            piece = "县直各单位"  # 县直各部门、各单位: the 县直 is said once for both
        previous = piece
        if OUTSIDE.match(piece) or FINANCIAL_GROUP.match(piece):
            unknown.append(piece)
            continue
        if ETHNIC_TOWNSHIPS.fullmatch(piece):
            names += [n for n in resolver.ethnic_townships() if n not in names]
            continue
        # 附件名单中的王宝营子乡人民政府: one unit of the 附件's list, by its name (附件所列各单位 is the whole list)
        if (listed := IN_AN_ATTACHMENT.match(piece)) and not piece.startswith("各", listed.end()) \
                and resolver.resolve(piece[listed.end():].strip()):
            piece = piece[listed.end():].strip()  # (附件1所列乡镇人民政府 stays the list: no unit by name)
        named = resolver.resolve(piece)
        if named and not re.match(r"各", piece):
            names.append(named)
            continue
        qualified = re.search(r"各[\u4e00-\u9fa5]{2,6}(?:部门|单位|机构)", piece) and not re.search(
            r"各(?:工作|直属|组成|(?:直属)?事业|县(?:政府|直)(?:工作|组成)?|{})(?:部门|单位|机构)|各委办局".format(
                "|".join(EVERY_UNIT_QUALIFIERS)), piece)  # 各县直部门: the county's, no qualified few (各涉农部门)
        for pattern, ks in [] if qualified else ADDRESSEE_KINDS:
            m = pattern.search(piece)
            if m and set(ks) <= {"town", "township"} and TOWNS_OWN_OFFICE.fullmatch(piece[m.end():].lstrip("）) ")):
                kinds += [k for k in ks if k not in kinds]  # 各乡镇劳动保障所: the towns' own office, the towns
                break
            if m and INSIDE_THE_UNIT.search(re.sub(r"[(（][^()（）]*[)）]", "", piece[m.end():])):
                unknown.append(piece)  # 各乡镇中心学校: a school in each town, not the town
                break
            if m:
                kinds += [k for k in ks if k not in kinds]
                break
        else:
            if UNDECIDED.search(piece) or IN_AN_ATTACHMENT.match(piece):  # 附件1所列乡镇: which, its list says
                undecided.append(piece)
            elif not re.fullmatch(r"(?:人民)?政府|党委", piece):  # 各乡镇党委、政府: the same towns
                unknown.append(piece)
    return Addressees(kinds, names, undecided, unknown)


# 是否需报送: whether the row's unit sends at all; not 是否需报送整治方案, a column of one material only (marked_columns.py)
WHETHER_ASKED = re.compile(r"^是否(?:需要?|须|要)?(?:报送|填报|上报|参加|参与)(?:材料|资料)?$")
NOT_ASKED = re.compile(r"[×✗✘xX╳否]|不需要?|无需|不报送?")


# a line that is only a name and a colon: a letter's or a form's salutation (承诺书, 申请, 函)
FORM_SALUTATION = re.compile(r"[^\s:：，,。；;、]{2,30}[:：]")
EXAMPLE_ROW = re.compile(r"(?:填写|填报|填表)?(?:示例|样例|范例|举例|例)[:：]?")


def units_in_attachment(section: str, resolver: UnitResolver) -> UnitList:
    names: list[str] = []
    groups: list[list[str]] = []
    unknown: list[str] = []
    asked_column = None  # 是否需报送: a column that says which rows owe
    for line in section.split("\n"):
        tabular = "|" in line or "\t" in line
        if not tabular and FORM_SALUTATION.fullmatch(line.strip()):
            continue  # 中共建昌县委统战部： above a 承诺书's text: to whom the form is written, no sender
        if not tabular and (group := _a_whole_group(line.strip(), resolver)):
            names += [n for n in group if n not in names]  # 征求意见单位名单 / 各乡镇人民政府 / 县财政局: every town
            continue
        cells = [c.strip() for c in re.split(r"[|\t]", line)]
        if tabular and EXAMPLE_ROW.fullmatch(cells[0] or (cells[1] if len(cells) > 1 else "")):
            continue  # 示例 | 建昌镇人民政府 | 王晓光 …: the pattern of a filled row, not a unit asked
        if tabular and asked_column is None:
            asked_column = next((k for k, c in enumerate(cells) if WHETHER_ASKED.match(c)), None)
        if tabular and asked_column is not None and asked_column < len(cells) and NOT_ASKED.fullmatch(cells[asked_column]):
            continue  # 喇嘛洞镇 | 0 | ×: this row's unit is not asked
        for cell in cells:
            found, bad = units_in_cell(cell, resolver)
            names += [n for n in found if n not in names]
            unknown += [b for b in bad if b not in unknown]
            if tabular and 2 <= len(found) <= 3 and not re.search(r"[、,，]", cell):
                groups.append(found)
    return UnitList(names, groups, unknown, blocks_of_merged_cells(section, resolver), units_by_column(section, resolver),
                    numbered_parts(section, resolver))


# 各乡镇人民政府, 县政府各部门: a line of a list that is a whole group, as an addressee line names it
GROUP_LINE = re.compile(r"^(?:[\u4e00-\u9fa5]{0,4}各|全县)[\u4e00-\u9fa5]{1,10}$")


def _a_whole_group(line: str, resolver: UnitResolver) -> list[str]:
    """The units of the group a list's line names whole (各乡镇人民政府: every town and township); none for a line
    naming anything else (a unit, a part of a group, 各有关单位)."""
    if not GROUP_LINE.match(line):
        return []
    read = read_addressees(line, resolver)
    return resolver.kinds(read.kinds) if read.kinds and not (read.names or read.undecided or read.unknown) else []


PART_HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|[(（][一二三四五六七八九十]{1,2}[)）]|第[一二三四五六七八九十]{1,2}部分)")


def numbered_parts(section: str, resolver: UnitResolver) -> list[list[str]]:
    """The units under each numbered part of a 附件 (一、…乡镇：玲珑塔镇、… / 二、…), in order; none unless two parts
    name units."""
    parts: list[list[str]] = []
    for line in section.split("\n"):
        if PART_HEAD.match(line):
            parts.append([])
        if parts:
            parts[-1] += [n for cell in re.split(r"[|\t]", line) for n in units_in_cell(cell.strip(), resolver)[0]
                          if n not in parts[-1]]
    parts = [p for p in parts if p]
    return parts if len(parts) >= 2 else []


def units_by_column(section: str, resolver: UnitResolver) -> dict[str, list[str]]:
    """序号 | … | 责任单位 | 配合单位: the units of each column headed …单位 (or 乡镇 / 部门), by its header."""
    columns: dict[str, list[str]] = {}
    header: list[str] = []
    for line in section.split("\n"):
        cells = [c.strip() for c in line.split("\t")] if "\t" in line else []
        if not cells:
            header = []
            continue
        if not header:
            header = cells
            continue
        for k, cell in enumerate(cells[:len(header)]):
            if re.search(r"(?:单位|乡镇|部门)$", header[k]):
                found = units_in_cell(cell, resolver)[0]
                columns.setdefault(header[k], []).extend(n for n in found if n not in columns[header[k]])
    return {h: units for h, units in columns.items() if units}


def blocks_of_merged_cells(section: str, resolver: UnitResolver) -> dict[str, list[str]]:
    """A table whose first column is a vertically merged cell (派驻机构 | 序号 | 综合监督单位, the label on a block's first
    row, empty on the rest): the units of each block, by its label. None unless two blocks or more."""
    blocks: dict[str, list[str]] = {}
    label = None
    for line in section.split("\n"):
        cells = [c.strip() for c in line.split("\t")] if "\t" in line else []
        if len(cells) < 2:
            continue
        found = [n for c in cells[1:] for n in units_in_cell(c, resolver)[0]]
        if cells[0] and not re.fullmatch(r"\d{1,3}", cells[0]) and not units_in_cell(cells[0], resolver)[0]:
            label = cells[0] if found else None
        if label and found:
            blocks.setdefault(label, []).extend(n for n in found if n not in blocks[label])
    return blocks if len(blocks) >= 2 else {}


def units_in_cell(cell: str, resolver: UnitResolver) -> tuple[list[str], list[str]]:
    if coded := by_division_code(cell, resolver):  # 211422102 | 7 | 18.6: a platform's export names a town by its code
        return [coded], []
    cell = re.sub(r"^\s*\d+\s*[.、．]?\s*", "", cell.strip())
    in_brackets = _units_in_brackets(cell, resolver)
    cell = re.sub(r"[(（][^()（）]*[)）]", "", cell)  # 县教育局（牵头）
    if in_brackets and not resolver.resolve(cell):
        return in_brackets, []  # 新建公办幼儿园3所（县教育局）: the item's unit, in brackets
    if not cell:
        return [], []
    whole = resolver.resolve(cell)
    if whole:
        return [whole], []
    found: list[str] = []
    bad: list[str] = []
    for piece in re.split(r"[、,，;；。:：\s]+", cell):
        piece = re.sub(r"^\d+[.、．]?", "", piece).strip()
        if not piece:
            continue
        named = resolver.resolve(piece) or _unit_of_a_post(piece, resolver)
        if named:
            found.append(named)
        elif looks_like_unit(piece):
            bad.append(piece)
    if bad and found and len(cell.split()) > 1:
        # 生态环境局 建昌分局: two pieces that are one unit once joined
        joined = resolver.resolve("".join(cell.split()))
        if joined:
            return [joined], []
    if not found and len(bad) > 1 and resolver.resolve("".join(bad)):
        return [resolver.resolve("".join(bad))], []
    return found, bad


# 县教育局副局长: a member's post in a 领导小组's list of persons (孙立军　县教育局副局长): the unit before the post
POST = re.compile(r"(?:常务)?副?(?:局长|主任|主席|书记|部长|科长|股长|站长|所长|队长|院长|馆长|县长|经理|理事长|秘书长)|负责人|"
                  r"党组书记|党组成员|成员|[一二三四]级(?:主任科员|调研员)")


def _unit_of_a_post(piece: str, resolver: UnitResolver) -> str | None:
    unit, end = leading_unit_and_end(piece, resolver)
    return unit if unit and POST.fullmatch(piece[end:]) else None


def _units_in_brackets(cell: str, resolver: UnitResolver) -> list[str]:
    """The roster units a cell's closing bracket names, all of its pieces (县教育局、县卫健局), or none."""
    m = re.search(r"[(（]([^()（）]+)[)）]\s*[。;；]?$", cell)
    pieces = [p.strip() for p in re.split(r"[、,，;；]", m.group(1)) if p.strip()] if m else []
    named = [resolver.resolve(p) for p in pieces]
    return named if named and all(named) else []


# 本通知所称“县直各单位”，是指县政府工作部门，不包括县政府直属事业单位: the notice's own meaning of an addressee word
DEFINED_WORD = re.compile(r"(?:本通知|本文|本方案)?所(?:称|指|说)的?\s*[“\"‘]?(?P<word>[^“”\"‘’，,。；;\s]{2,12}?)[”\"’]?\s*[，,]?\s*"
                          r"(?:是指|系指|指的是|特指|专指)\s*(?P<meaning>[^，,。；;\n]{2,60})")


def as_the_notice_defines(addressee: str, body: str, resolver: UnitResolver) -> str:
    """The addressee line with each group word the body defines (本通知所称“县直各单位”，是指县政府工作部门) read as its
    definition; a word read as 各有关单位 (undecided) is left to the readers of the body's lists."""
    for m in DEFINED_WORD.finditer(body):
        word, meaning = m.group("word"), m.group("meaning")
        if word in addressee and read_addressees(word, resolver).kinds and read_addressees(meaning, resolver).kinds:
            addressee = addressee.replace(word, meaning)
    return addressee


def by_division_code(cell: str, resolver: UnitResolver) -> str | None:
    """A cell that is only a 行政区划代码 the roster gives a unit (211422102, or its 12-digit form 211422102000)."""
    code = cell.strip()
    if not re.fullmatch(r"\d{9}(?:000)?", code):
        return None
    return next((u.name for u in resolver.roster.units if u.division_code and u.division_code == code[:9]), None)
