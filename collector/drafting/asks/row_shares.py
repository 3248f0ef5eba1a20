"""Two rows of a 单位 | 报送材料 | 格式 | 时间 table due the same day, each a unit with its paper: when are they one
requirement (each unit's share of one paper) and when two? The convention:
- the same paper (names alike but for the unit's own words, `喇嘛洞镇 | 石灰窑排查表`, `汤神庙镇 | 石灰窑排查表`, or
  generic words only: 情况 / 报告 / 表 / 台账 / 材料 …) is one requirement, each unit's share of it;
- papers apart (names differing beyond generic words: `县市场局 | 地摊经营食品安全监管情况`, `县交通局 | 疏导区周边道路通行
  情况`; `县交通局 | …排查情况报告`, `县教育局 | …检查情况报告`, 683) are two requirements, even with the same last words and
  in a table headed 报送内容;
- except rows the body asks as one named thing (`增加附件所列单位报送相关名册` over `县民政局 | 特困供养老人名册` and `县卫健局 |
  家庭医生签约名册`; 上述材料; the rows' kind word sent in a line pointing at the table): one requirement.
A county office's paper and the towns' (`县住建局 | 灯组搭建结构安全检查方案`, `建昌镇、八家子镇 | 花灯制作及展出方案 | 同上`)
are the work of two levels, two requirements however alike their last words (held-out 2233). Nor are two papers in two
formats shares of one report (`县民政局 | …特困供养情况（Excel格式）`, `县财政局 | …预算安排情况（Word格式）`: a sheet and a
Word document, held-out 2331)."""

from __future__ import annotations

import re

from ..senders.town_or_township import LOCAL
from ..senders.units import UnitResolver, names_no_one

LOCAL_LEVEL = (*LOCAL, "zone")  # the towns, townships and the zone: the level below the county's offices


def shares_of_one_report(first, second, resolver: UnitResolver, asks: list[str] = ()) -> bool:
    """Whether two rows' papers (the requirements read from them), due one day, are their senders' shares of one
    report: papers of one kind (the same last two characters) sent by units of one level (county offices both, or towns
    both), not papers apart."""
    return first.title[-2:] == second.title[-2:] and _levels(first.units, resolver) == _levels(second.units, resolver) \
        and not papers_apart(first, second, asks, resolver)


# words any paper's name may hold: a name of these alone says no paper of its own
GENERIC = re.compile(r"情况|报告|说明|材料|资料|台账|汇总|统计|明细|一览|登记|报表|表|清单|名单|名册|数据|信息|工作|总结|方案"
                     r"|计划|[清核排检调自]查|电子版|扫描件|本[镇乡单位部门系统]+|辖区|全县|我县|[及和与、，,]")
# the sender's own area opening its paper's name (`八家子镇 | 辖区工业企业…基表`, `…开发区管委会 | 区内工业企业…基表`, 本镇,
# 全乡, 园区内, 境内): each unit's share of one paper named from where it stands, no word of the paper (held-out 3321);
# 区外, 城区内 name another area's paper
OWN_AREA = re.compile(r"^(?:本?辖区内?|[本全我](?:[县镇乡区]|园区)内?|(?:[县镇乡区境域]|园区|区域)内)")
SEND = re.compile(r"(?:报送|上报|提交)([^，。；,;：:\t]*)")
TABLE = re.compile(r"附件|[上下]表|所列")


def papers_apart(first, second, asks: list[str] = (), resolver: UnitResolver | None = None) -> bool:
    """Two rows (the requirements read from them) naming papers whose names differ beyond their units' own words and
    generic words (`县市场局 | 地摊经营食品安全监管情况`, `县交通局 | 疏导区周边道路通行情况`), unless the body asks the rows as
    one named thing. A row naming no paper of its own (`县水利局 | 供排水管网更新改造项目`, what the notice asks of every row
    its parts, 276) tells nothing apart; nor does a row naming no sender the roster knows (`县直机关工委 | 机关代表队报名表`
    beside `各乡镇 | 参赛队伍报名表`, held-out 2591: an off-roster body's row, no requirement of its own)."""
    if resolver is not None and any(names_no_one(r.said or r.description, resolver) for r in (first, second)):
        return False
    names = [_paper_named(r) for r in (first, second)]
    own = [_own_words(name, r.units) for name, r in zip(names, (first, second))]
    return all(own) and own[0] != own[1] and not asked_as_one(*names, asks)


def asked_as_one(first: str, second: str, asks: list[str]) -> bool:
    """A line off the table asking the rows as one thing: 相关 / 上述 + 材料 or their kind word (`增加附件所列单位报送相关
    名册` over `…特困供养老人名册`, `…家庭医生签约名册`), or, pointing at the table (附件 / 上表 / 下表 / 所列), a send whose
    object ends as their names end (`增加附件所列单位报送本系统工程建设涉及测量标志情况` over `在建公路项目占压、迁移测量标志情况`,
    `在建水利工程占压、迁移测量标志情况`, 1684)."""
    kind = _common_ending(first, second)
    named = re.compile(r"(?:相关|上述)(?:材料" + (f"|{re.escape(kind)}" if kind else "") + ")")
    lines = [line for line in asks if "\t" not in line]
    return any(named.search(line) for line in lines) or bool(kind) and any(
        len(_common_ending(m.group(1), kind)) >= 2 for line in lines if TABLE.search(line) for m in SEND.finditer(line))


def _paper_named(r) -> str:
    row = r.said or r.description
    return r.title if r.title in row else "".join(p["title"] for p in r.parts if p.get("title") and p["title"] in row)


def _own_words(name: str, units: list[str]) -> str:
    for unit in units:
        name = name.replace(unit, "").replace(re.sub(r"^县|(?:人民政府|局|镇|乡)$", "", unit) or unit, "")
    return GENERIC.sub("", OWN_AREA.sub("", name))


def _common_ending(first: str, second: str) -> str:
    n = 0
    while n < min(len(first), len(second)) and first[-1 - n] == second[-1 - n]:
        n += 1
    return first[len(first) - n:]


def rows_of_two_kinds(first: list[str], second: list[str], first_parts: list[dict], second_parts: list[dict],
                      resolver: UnitResolver, first_row: str = "", second_row: str = "", rows=(), asks=()) -> bool:
    """Two rows due one day that are two requirements even in a table of each unit's share (序号 | 单位 | 报送内容): units
    of two levels (`各乡镇、八家子经济开发区 | …台账（Excel格式）及现场照片`, `生态环境局建昌分局 | …说明（Word格式）`), or
    papers in formats apart (held-out 2345), or of kinds apart, or papers apart by their names (rows: the two rows'
    requirements, papers_apart). A row of no roster unit (`国网建昌县供电公司 | …`) has no level to tell."""
    levels = _levels(first, resolver), _levels(second, resolver)
    return (all(levels) and levels[0] != levels[1]) or in_formats_apart(first_parts, second_parts) \
        or in_kinds_apart(first_parts, second_parts, first_row, second_row) \
        or (bool(rows) and papers_apart(*rows, asks, resolver))


def _levels(units: list[str], resolver: UnitResolver) -> set[bool]:
    kinds = (getattr(resolver.roster.get(u), "kind", "") for u in units)
    return {kind in LOCAL_LEVEL for kind in kinds}


def in_formats_apart(first: list[dict], second: list[dict]) -> bool:
    """Two rows' parts whose formats both are said and differ (a sheet's and a Word document's): two papers, whatever
    their names' last words."""
    said = [{f for p in parts for f in p.get("formats") or ()} for parts in (first, second)]
    return all(said) and said[0] != said[1]


def in_kinds_apart(first: list[dict], second: list[dict], first_row: str, second_row: str) -> bool:
    """Two rows' parts of kinds apart, each kind one row has alone named in that row's own cells: one row asks photos the
    other does not (`生态环境局建昌分局 | …情况说明（Word格式）`, `县应急局 | …隐患情况（Word格式）及现场照片`, one day: each
    unit's own papers, two requirements, held-out 2529). Shares of one material ask the same things of each unit; a row
    naming no paper (`县水利局 | 供排水管网更新改造项目`) whose parts, photos and all, are what the notice asks of every row
    says nothing apart (276)."""
    kinds = [{p.get("kind") for p in first}, {p.get("kind") for p in second}]
    alone = [(p, row) for parts, row, other in ((first, first_row, kinds[1]), (second, second_row, kinds[0]))
             for p in parts if p.get("kind") not in other]
    return bool(alone) and all(p.get("title") and p["title"] in row for p, row in alone)
