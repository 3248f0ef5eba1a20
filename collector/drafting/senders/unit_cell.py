"""A table row whose unit cell names a body off the roster (units.off_roster_subject): `4	建昌县驴业协会	会员养殖情况
3月17日前`, `四	县满族联谊会	…名单	九月五日前`, `各中小学	优秀教师推荐表	Word	8月12日前` are that body's or group's rows, no
roster unit's. One rule for every such name, not a list of name endings (协会, 联谊会, 度假村, 公司, 站 … each batch
brings a new one): the row's first cell (after its item number) is its unit cell, and a cell that neither the roster nor
the notice's addressee words (各乡镇, 县直各部门, 各有关单位, 各成员单位 …) account for is a body of its own."""

from __future__ import annotations

import functools
import re

from ..timing.dates import DATE

# 4\t…, 四\t… (a ruled PDF's rows number in Chinese), （四）…, 4.…: a table row's 序号 cell
ROW_NUMBER = r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、\t]|\d{1,2}[.、．]|\d{1,3}\t)?\s*"
# the unit cell, the row's material (a cell with words), and a tab after it; or the row's last cell, its date
# (`4	建昌县消费者协会	12月21日（星期一）17:00前` under 序号 | 单位 | 截止时间, the papers named above the table)
UNIT_CELL = re.compile(ROW_NUMBER + r"(?P<cell>[\u4e00-\u9fa5]{2,20})\t[^\t]*\S[^\t]*(?:\t|$)")

# words that make a cell the addressees' (or a part of them), never a body of its own: 县直有关部门, 以上单位, 同上, 其他乡镇,
# 各乡镇（街道）, 县直各部门, 所属单位, 上表所列 …
ADDRESSEES_WORDS = re.compile(r"有关|相关|县直|直属|所属|下属|以上|上述|同上|上表|其他|其余|全部|所有|乡镇|部门|委办局|开发区|管委会")
# a group named by its part in the work (各成员单位, 各责任单位, 各牵头单位, 各参会单位…) or by a word every county unit answers
# to (各直属单位, 各事业单位, 各预算单位, 各机关单位): the addressees, as 各乡镇 is; a group by its own line of work or place
# (各中小学, 各助产机构, 各驻县单位, 各国有林场) is not
ROLE_IN_THE_WORK = re.compile(r"成员|责任|牵头|配合|协办|承办|主办|参与|参加|参会|参训|参赛|参建|联系|包保|帮扶|挂钩|结对|对口|"
                              r"试点|涉及|报送|填报|上报|申报|事业|预算|行政|机关|主管|监管|执法|驻村|派驻|定点|重点|"
                              r"被|受|级|类|种|项|乡|镇|地区")
# a cell that reads as the row's time or stage, not its unit: 九月五日前 (a PDF's dates in Chinese numerals), 第一阶段
NOT_A_UNIT = re.compile(r"[〇零一二三四五六七八九十]+月|[〇零一二三四五六七八九十]+日|阶段|期间|前后|以前|之前|截止")


# 三月四日（星期一）前	建昌县农资有限责任公司	…: a table ordered by date, its unit cell the one after the date (held-out 3063)
DATE_CELL_FIRST = re.compile(rf"^\s*{DATE}[^\t]{{0,20}}\t(?=[^\t]+\t)")


# a unit cell listing bodies: 共青团建昌县委员会、建昌县青年联合会 / 建昌县妇女联合会和建昌县科学技术协会 (held-out 2957)
LISTED_CELL = re.compile(ROW_NUMBER + r"(?P<cell>[\u4e00-\u9fa5]{2,20}(?:[、，,]\s*[\u4e00-\u9fa5]{2,20})+)\t[^\t]*\S[^\t]*(?:\t|$)")
# 、 / ， between bodies, or 和 / 及 / 与 after a body's last character and before the next one's county (县, or the
# county's name without it: 建昌), 共青团 or 中共
JOINED = r"\s*[、，,]\s*|(?<=[会局委办部团联社])(?:和|及|与)(?=县|{county}共青团|中共)"


@functools.lru_cache(maxsize=8)
def _joined(county: str) -> re.Pattern:
    stem = _county_stem(county)
    return re.compile(JOINED.format(county=f"{re.escape(stem)}|" if stem else ""))


def off_roster_row(text: str, resolver) -> str:
    """The unit cell of a table row, when it names a body or group of bodies off the roster; else "". A cell listing
    bodies (`共青团建昌县委员会、建昌县青年联合会`, joined by 、 / ， / 和) is off the roster when each of them is. A row
    opening with its date (`报送时间 | 报送单位 | 报送材料`) has its unit cell next."""
    text = DATE_CELL_FIRST.sub("", text, count=1)
    m = UNIT_CELL.match(text) or LISTED_CELL.match(text)
    if not m:
        return ""
    cell = m.group("cell")
    if len(names := _joined(resolver.roster.county).split(cell)) > 1:  # 共青团建昌县委员会、建昌县青年联合会: each body read as a cell of its own
        whole = all(n and off_roster_row(f"{n}\t-", resolver) for n in names)
        return cell if whole and not resolver.resolve(cell) else ""
    if resolver.resolve(cell) or ADDRESSEES_WORDS.search(cell) or NOT_A_UNIT.search(cell) or _a_material(cell):
        return ""
    if not cell.startswith("各"):
        return cell if _of_the_county(cell, resolver.roster.county) else ""
    group = re.sub(r"(?:单位|机构)$", "", cell[1:])  # 各驻县单位 → 驻县, 各助产机构 → 助产: named by what they are
    return "" if len(group) < 2 or re.search(r"单位|机构", group) or ROLE_IN_THE_WORK.search(group) else cell


def _of_the_county(cell: str, county: str) -> bool:
    """A body by its own name carries its place: 县满族联谊会, 建昌县驴业协会, 建昌温泉度假村, 中国移动建昌分公司 (the county,
    with or without its 县), or a province's or city's body sited in the county, 辽宁省第十地质大队 (held-out 3311); a
    cell naming no place is the row's stage or thing (第二批, 第一周, 成果汇交, 田径)."""
    stem = _county_stem(county)
    return cell.startswith("县") or bool(stem) and stem in cell or bool(HIGHER_BODY.fullmatch(cell))


# a body of the province, a city or the state by its own name: its place first (辽宁省, 葫芦岛市, 国家, 中国), a body's
# ending last (辽宁省第十地质大队, 葫芦岛市水文局, 国家税务总局…分局); 城市更新 or 省级示范 name no place of a body
HIGHER_BODY = re.compile(r"(?:[\u4e00-\u9fa5]{2,3}[省市]|国家|中国)[\u4e00-\u9fa5]{2,16}?"
                         r"(?:队|局|中心|公司|院|站|所|馆|会|社|厂|场|行|处)")


def _county_stem(county: str) -> str:
    """建昌县 → 建昌: the county's name as its bodies write it before their own (建昌温泉度假村, 建昌县青年联合会)."""
    return county[:-1] if county.endswith("县") and len(county) > 2 else county


def _a_material(cell: str) -> bool:
    """肉驴养殖户统计表, 整改情况报告: a table whose first column is the material, not the unit."""
    from ..requirements import material_names  # requirements reads units; imported here, not at the top
    return bool(material_names(cell))
