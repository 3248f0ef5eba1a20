"""Which units a notice addresses: its addressee line, read with what the body and the 附件 say of an
undecided 各有关单位 (a body list, 本通知所称有关单位, 请下列单位 with a list or table below), and the
units listed below a sentence or in the body's tables."""

from __future__ import annotations

import dataclasses
import re

from collector.roster import Roster

from ..timing.deadlines import DEADLINE_RE
from ..reading.layout import Layout
from ..reading.name_lines import ASK_ENDS, a_name_line
from ..reading.table_grids import SERIAL, UNIT_COLUMN
from .list_after_the_ask import units_listed_after_the_ask
from .members_in_brackets import groups_with_members, member_pieces, members_of_the_group_said
from .named_tables import LISTED_UNITS
from ..asks.statements import sentences_of
from ..asks.table_lead_in import BY_THE_TABLE_BELOW
from .table_towns import table_cells
from .towns_of_the_work import towns_the_work_is_done_in
from ..heading.titles import units_asked_in_title
from .unit_lists import as_the_notice_defines, read_addressees
from .unit_refs import groups_named
from .town_or_township import LOCAL
from .units import UnitList, UnitResolver, named_units, units_asked_in_text
from .requirement_units import SCOPE_PATTERNS, units_in_scope
from .second_salutation import units_of_the_opening_salutation


def addressed_units(layout: Layout, resolver: UnitResolver, lists: dict[str, UnitList],
                    unsettled: list[str]) -> tuple[list[str], list[str] | None, list[str]]:
    """The campaign's units, the kinds they are exactly (for ``units: {kinds: …}``) or None, and the addressee words
    left to the clerk (each with its UNDECIDED line; undecided_lines_once_settled tells them what the body settled)."""
    if not layout.addressee:
        unsettled.append("未找到主送单位（如“各乡镇人民政府、县政府各部门：”），单位按正文和附件确定，请核对")
    add = read_addressees(as_the_notice_defines(layout.addressee, layout.body, resolver), resolver)
    names = [n for n in resolver.kinds(add.kinds)]
    names += [n for n in add.names if n not in names]
    # 县政府各部门（县营商局除外）, 除县营商局以外的县政府各部门, 县政府各部门（不含县税务局、县烟草局）
    excepted = [m.group(1) or m.group(2) or m.group(3) for m in
                re.finditer(r"[(（]([^()（）]{2,40}?)除外[)）]|除([^，,、()（）]{2,40}?)(?:以外|之外|外)"
                            r"|[(（](?:不含|不包含|不包括)([^()（）]{2,40}?)[)）]", layout.addressee)]
    # 县直各单位（附件2所列单位除外）: the units of that 附件's list
    lists_left_out = {f"附件{k}" for said in excepted for k in re.findall(r"附件\s*(\d+)", said)}
    left_out = {n for said in excepted for n in named_units(said, resolver)}
    left_out |= {n for key in lists_left_out if key in lists for n in lists[key].names}
    names = [n for n in names if n not in left_out]
    listed = [n for key, ul in lists.items() if key not in lists_left_out for n in ul.names]
    # 县直有关部门办公室 with 县直有关部门（县教育局、县卫健局） in the body: the members the brackets name
    groups = groups_with_members(layout.body, resolver)
    bracketed = {u: members for u in add.undecided if (members := members_of_the_group_said(u, groups))}
    for undecided, members in bracketed.items():
        unsettled.append(f"主送“{undecided}”读作正文括号所列的{'、'.join(members)}，请核对")
        names += [n for n in members if n not in names]
    for undecided, members in undecided_named_so_in_the_body(add.undecided, layout.body, resolver).items():
        unsettled.append(f"主送“{undecided}”读作正文以此简称的{'、'.join(members)}，请核对")
        names += [n for n in members if n not in names]
        bracketed[undecided] = members
    for undecided, members in undecided_spelled_out_below(add.undecided, add.names, layout.body, resolver).items():
        unsettled.append(f"主送“{undecided}”读作正文开头称呼所列的{'、'.join(members)}，请核对")
        names += [n for n in members if n not in names]
        bracketed[undecided] = members
    add = dataclasses.replace(add, undecided=[u for u in add.undecided if u not in bracketed])
    if block := block_the_body_names(layout.body, lists):  # 附件中由第三纪检监察组综合监督的单位
        label, listed = block
        unsettled.append(f"单位按附件表格中“{label}”一栏所列确定（{'、'.join(listed)}），请核对")
    # 关于请建昌镇和县住建局报送…的通知 to 各有关单位: the title names who they are
    titled = named_units(units_asked_in_title(layout.title), resolver) if add.undecided and not listed else []
    listed = listed or titled
    in_scope = groups_and_units_in_scope(layout.body, resolver, names) if add.undecided and not listed else []
    asked = units_asked_in_text(layout.body, resolver) if add.undecided and not (listed or names or in_scope) else []
    below = unitslisted_below(layout.body, resolver) if add.undecided and not (listed or names or in_scope) else []
    asked += [n for n in below if n not in asked]
    heads = units_at_item_heads(layout.body, resolver) if add.undecided and not (listed or names or in_scope or asked) else []
    tabled = units_in_tables_the_addressee_means(add.undecided, layout.body, resolver) \
        if not (listed or names or in_scope or asked or heads) else []
    # 有关乡镇人民政府： over 在涉及灌区的A、B、C、D开展…自查: the towns the work is done in (towns_of_the_work)
    worked_in = towns_the_work_is_done_in(layout.body, resolver) \
        if any(SOME_TOWNS.search(u) for u in add.undecided) and not (listed or in_scope or asked or heads or tabled) else []
    left_to_choose: list[str] = []
    for undecided in add.undecided:
        if tabled and the_table_fills(undecided, add.undecided):
            unsettled.append(f"主送“{undecided}”无法确定具体单位，已列入正文表格所列单位（{'、'.join(tabled)}），请核对")
        elif worked_in and SOME_TOWNS.search(undecided):
            unsettled.append(f"主送“{undecided}”读作正文所说开展工作的{'、'.join(worked_in)}，请核对")
        elif heads:
            unsettled.append(f"主送“{undecided}”无法确定具体单位，已列入正文各项开头所列单位（{'、'.join(heads)}），请核对")
        elif in_scope:
            unsettled.append(f"主送“{undecided}”读作正文所列的{'、'.join(in_scope)}，请核对")
        elif asked:
            unsettled.append(f"主送“{undecided}”无法确定具体单位，已列入正文点名要求的单位，请核对")
        elif titled:
            unsettled.append(f"主送“{undecided}”读作标题所列的{'、'.join(titled)}，请核对")
        elif listed:
            unsettled.append(f"主送“{undecided}”无法确定具体单位，已列入附件所列单位，请核对")
        else:
            unsettled.append(UNDECIDED.format(undecided))
            left_to_choose.append(undecided)
    exact_kinds = add.kinds if add.kinds and not add.names and not left_out and not bracketed else None
    # 各风沙区乡镇人民政府: the group the body names so (以下简称风沙区乡镇) and lists; 县直涉农部门: the one it brackets
    groups = {**groups_with_members(layout.body, resolver), **groups_named(sentences_of(layout.body)[0], resolver)} \
        if add.unknown else {}
    for u in add.unknown:
        term = _group_the_addressee_says(re.sub(r"^各|(?:人民政府|政府|党委)$", "", u), groups)
        if term:
            unsettled.append(f"主送“{u}”读作正文所列的{term}（{'、'.join(groups[term])}），请核对")
            names += [n for n in groups[term] if n not in names]
            exact_kinds = None
        else:
            unsettled.append(f"主送“{u}”不是名册中的单位，未列入，请核对")
    for n in listed + in_scope + asked + heads + tabled + worked_in:
        if n not in names:
            names.append(n)
            exact_kinds = None
    return names, exact_kinds, left_to_choose


UNDECIDED = "主送“{}”无法确定具体单位，请选择"
NAMES_SHOWN = 6  # an unsettled line names this many units, then says how many in all


def undecided_lines_once_settled(unsettled: list[str], left_to_choose: list[str], units_asked: list[list[str]],
                                 roster: Roster) -> None:
    """Each `主送“各有关单位”无法确定具体单位，请选择` line said when the addressee was read, told what the body settled
    after all, when every requirement has its units (its rows, its items, the units it names): the clerk checks them
    rather than choosing from nothing. A word saying a kind (有关乡镇人民政府, 县直有关部门) is told only the units of
    that kind; with none of them it still asks the clerk to choose."""
    if not units_asked or not all(units_asked):
        return
    asked = list(dict.fromkeys(u for units in units_asked for u in units))
    for word in left_to_choose:
        kinds = _kinds_the_word_says(word)
        taken = [u for u in asked if not kinds or ((unit := roster.get(u)) is not None and unit.kind in kinds)]
        if taken and (line := UNDECIDED.format(word)) in unsettled:
            shown = "、".join(taken[:NAMES_SHOWN]) + (f"等{len(taken)}个单位" if len(taken) > NAMES_SHOWN else "")
            unsettled[unsettled.index(line)] = f"主送“{word}”无法确定具体单位，各项要求的单位已按正文列入（{shown}），请核对"


def _kinds_the_word_says(word: str) -> tuple[str, ...]:
    """有关乡镇人民政府: towns and townships; 县直有关部门, 县政府有关部门, 县直有关单位: the county's bodies; 各有关单位: any."""
    if SOME_TOWNS.search(word):
        return LOCAL
    if re.search(r"县直|部门|直属|机构|县政府", word):
        return ("department", "institution")
    return ()


def groups_and_units_in_scope(body: str, resolver: UnitResolver, addressed: list[str] = ()) -> list[str]:
    """本通知所称有关单位为：各乡镇人民政府、八家子经济开发区管委会、县财政局: the units the body's scope list names, and
    every unit of the kinds a group word in it says (各乡镇人民政府: the towns and townships), but those the addressee line
    names already (各乡镇，县直有关单位 with 各乡镇，县教育局…: the undecided word means the bureaus)."""
    said = [m.group("who") for pattern in SCOPE_PATTERNS for m in pattern.finditer(body)]
    groups = [n for who in said for n in resolver.kinds(read_addressees(who, resolver).kinds) if n not in addressed]
    return list(dict.fromkeys([*groups, *units_in_scope(body, resolver)]))


def undecided_named_so_in_the_body(undecided: list[str], body: str, resolver: UnitResolver) -> dict[str, list[str]]:
    """各有关单位： with the body's `县教育局、县民政局和建昌镇人民政府为参与单位（以下简称各有关单位）`: the addressee word
    is the short name the body gives those units, and means them (unit_refs.groups_named)."""
    if not undecided:
        return {}
    named = groups_named(sentences_of(body)[0], resolver)
    return {u: named[term] for u in undecided if (term := _group_the_addressee_says(u, named))}


def undecided_spelled_out_below(undecided: list[str], named: list[str], body: str,
                                resolver: UnitResolver) -> dict[str, list[str]]:
    """`各乡镇人民政府，县直有关部门：` over the body's own opening salutation `各乡镇人民政府，县工信局、县农业农村局…：`: each
    undecided word means the units that salutation names of the word's kind (县直有关部门: the bureaus; 各有关单位: any),
    less those the addressee line names already; a word none of them is of stays undecided."""
    saluted = units_of_the_opening_salutation(body, resolver) if undecided else []
    out: dict[str, list[str]] = {}
    for word in undecided:
        kinds = _kinds_the_word_says(word)
        members = [n for n in saluted if n not in named
                   and (not kinds or ((unit := resolver.roster.get(n)) is not None and unit.kind in kinds))]
        if members:
            out[word] = members
    return out


def _group_the_addressee_says(term: str, groups: dict[str, list[str]]) -> str:
    """The body's short name the addressee is, or ends with (大凌河沿线乡镇 for 沿线乡镇): a qualifier before it
    says where the group lies, not another group."""
    return next((g for g in sorted(groups, key=len, reverse=True) if term == g or term.endswith(g)), "")


def block_the_body_names(body: str, lists: dict[str, UnitList]) -> tuple[str, list[str]] | None:
    """The one block of a 附件 table's merged label column the body names (由第三纪检监察组综合监督的单位): its label and
    units; None when the body names none of the labels, or several."""
    named = [(label, units) for ul in lists.values() for label, units in ul.blocks.items() if label in body]
    return named[0] if len(named) == 1 else None


def addressed_by_name(layout: Layout, resolver: UnitResolver) -> list[str]:
    """The units the salutation names one by one; none when it names a group (各乡镇, 县直各单位)."""
    add = read_addressees(layout.addressee, resolver)
    return add.names if add.names and not add.kinds and not add.undecided else []


LISTED_BELOW = re.compile(r"(?:以下|下列|如下|下述)(?:部门|单位|乡镇|各单位)")
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）])")


TABLE_HEADER = re.compile(r"^\s*序号")


def listed_below(sentences: list[str], i: int, table_rows: bool = False) -> str:
    """请以下部门…：then 1. 县住房和城乡建设局 2. … on the lines below (or `名单如下：…` after it): the units it asks. With
    ``table_rows``, the rows of a table there too (序号 | 指标名称 | 报送单位), for the units of the
    whole notice (a requirement's own rows, with their dates, are read as rows)."""
    if not table_rows and (column := _unit_column_below(sentences, i)):
        return column
    items = []
    for j, sentence in enumerate(sentences[i + 1:]):
        if j == 0 and table_rows and TABLE_HEADER.match(sentence):
            continue
        # 请如下单位…报送…：then 建昌镇人民政府 / 喇嘛洞镇人民政府 one a line, unnumbered (reading/name_lines.py)
        if not (LIST_ITEM.match(sentence) or (table_rows and "\t" in sentence)
                or (ASK_ENDS.search(sentences[i]) and a_name_line(sentence))):
            break
        items.append(LIST_ITEM.sub("", sentence).replace("\t", "、"))
    if not items:  # 请以下单位于…前报送…。名单如下：县住建局、县交通局: the list given after the ask
        return units_listed_after_the_ask(sentences, i)
    return "、".join(items)


def _unit_column_below(sentences: list[str], i: int) -> str:
    """The unit cells of a table right under sentence ``i`` whose header names the units alone (`序号 | 单位`), its rows
    asking nothing of their own: the list of who the sentence's 下列单位 are, up to the table's end (held-out 3159, two
    such tables each led in by its own ask). A table with a paper or date column is read row by row, as rows."""
    header = sentences[i + 1].split("\t") if i + 1 < len(sentences) and "\t" in sentences[i + 1] else []
    if not all(SERIAL.match(c.strip()) or UNIT_COLUMN.match(c.strip()) for c in header) \
            or not any(UNIT_COLUMN.match(c.strip()) for c in header):
        return ""
    unit = next(k for k, c in enumerate(header) if UNIT_COLUMN.match(c.strip()))
    cells = []
    for row in sentences[i + 2:]:
        if "\t" not in row:
            break
        cells += row.split("\t")[unit:unit + 1]
    return "、".join(c.strip() for c in cells if c.strip())


def unitslisted_below(body: str, resolver: UnitResolver) -> list[str]:
    """各有关单位： … 请下列单位按照分工报送 and a list or table of them: the units the notice means.
    A table whose rows carry their own dates is read row by row, each row's units for its date."""
    sentences, _ = sentences_of(body)
    lists = [listed_below(sentences, i, table_rows=True) for i, s in enumerate(sentences) if LISTED_BELOW.search(s)]
    return [n for listed in lists if not DEADLINE_RE.search(listed) for n in named_units(listed, resolver)]


ITEM_HEAD = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)"
                       r"[^\S\n]*(?P<head>[^：:，,。；;\n]{2,40})[：:]", re.M)


def units_at_item_heads(body: str, resolver: UnitResolver) -> list[str]:
    """县残工委各成员单位： … （一）县教育局：…；（二）县人社局：…: the members a 成员单位 addressee means, named only at
    the head of each item of their tasks. Two items or more must be so headed; an item headed by bodies off the roster
    (县总工会、团县委) adds none."""
    found: list[str] = []
    headed = 0
    for m in ITEM_HEAD.finditer(body):
        pieces = [resolver.resolve(p) for p in member_pieces(m.group("head"))]
        if any(pieces):
            headed += 1
            found += [n for n in pieces if n and n not in found]
    return found if headed >= 2 else []


SOME_TOWNS = re.compile(r"(?:有关|相关)乡镇")
# 有关单位, 相关单位, 各有关单位: no kind said, the units the table the body sends by lists
SOME_UNITS = re.compile(r"^各?(?:有关|相关)单位$")


def units_in_tables_the_addressee_means(undecided: list[str], body: str, resolver: UnitResolver) -> list[str]:
    """有关乡镇人民政府: the towns a body table lists; 有关单位 (no kind said) over a body that sends by the table below
    (请有关单位按下表报送…): every roster unit of that table's rows (its heading row left out)."""
    if any(SOME_TOWNS.search(u) for u in undecided):
        return towns_in_tables(body, resolver)
    if any(SOME_UNITS.match(u) for u in undecided) and BY_THE_TABLE_BELOW.search(body):
        rows = rows_under_the_heading(sentences_of(body)[0], resolver)
        return named_units("、".join(r.replace("\t", "、") for r in rows if not _sends_nothing(r)), resolver)
    return []


def the_table_fills(undecided: str, every_undecided: list[str]) -> bool:
    """Whether ``undecided`` is the addressee units_in_tables_the_addressee_means filled from the table: 有关乡镇人民政府
    (its towns), not the 县直有关部门 beside it, which the clerk still picks; 有关单位 when no 有关乡镇 is addressed."""
    if any(SOME_TOWNS.search(u) for u in every_undecided):
        return bool(SOME_TOWNS.search(undecided))
    return bool(SOME_UNITS.match(undecided))


# 本次不报送, 无需报送, —（本次不报送）, a bare dash: a row that lets its unit off
ROW_LETS_OFF = re.compile(r"不(?:单独|另行|再|需|必|用)?(?:报送|上报|提交|填报)|无需|免于|免予|^[—－-]+$")


def _sends_nothing(row: str) -> bool:
    return any(ROW_LETS_OFF.search(cell.strip()) for cell in row.split("\t")[1:])


def towns_in_tables(body: str, resolver: UnitResolver) -> list[str]:
    """有关乡镇人民政府： and a table in the body that lists them (批次 | 验收日期 | 乡镇): the towns and townships in its
    cells, the ones the addressee means."""
    local = set(resolver.kinds(("town", "township")))
    return [n for n in named_units(table_units(sentences_of(body)[0]), resolver) if n in local]


# 上表所列乡镇, 表中所列牵头单位, 上表所列6个乡 (a count, and 乡 or 镇 alone, for a table of townships or towns only)
# 下列两张表所列单位, 以下各表中的单位: the tables below, several of them (a paper's units split over them, held-out 3369)
IN_THE_TABLE = re.compile(r"(?:表中|上表|下表|表内|表格中|(?:下列|以下|如下)(?:[两二三四234][张个]|各)表格?(?:中|内)?)"
                          r"(?:" + LISTED_UNITS + r"|的?(?:牵头|配合|责任)?(?:单位|乡镇|部门))")


def table_units(sentences: list[str], rows: list[list[str]] = (), resolver: UnitResolver | None = None) -> str:
    """请表中所列牵头单位、配合单位…: every cell of the body's table rows (cells joined by tabs);
    the roster names in them are found as any sentence's are. A PDF's table, whose rows the reflowed body ran into one
    line, is read from the notice's own lines (``rows``: space-parted cells, table_towns.table_cells). With a
    ``resolver``, a table's heading row is left out (see rows_under_the_heading)."""
    tabbed = rows_under_the_heading(sentences, resolver) if resolver else [s for s in sentences if "\t" in s]
    cells = [cell for s in tabbed for cell in s.split("\t")]
    return "、".join(cells or table_cells(rows))


def rows_under_the_heading(sentences: list[str], resolver: UnitResolver) -> list[str]:
    """The tab-parted rows of the body's tables less each table's heading row (序号 | 被检查单位 | 检查内容): its first row
    when that names no roster unit and a row under it does. A heading cell names a column, not who is listed
    (被检查单位 would read as every unit addressed)."""
    out: list[str] = []
    run: list[str] = []
    for s in [*sentences, ""]:
        if "\t" in s:
            run.append(s)
            continue
        if len(run) > 1 and not named_units(run[0], resolver) and any(named_units(r, resolver) for r in run[1:]):
            run = run[1:]
        out += run
        run = []
    return out
