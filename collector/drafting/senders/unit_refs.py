"""Units a requirement's words point to elsewhere in the notice: 上述五个部门, 其余部门, a
column of the notice's table (各牵头单位, 附表所列建设单位, rows whose 是否报送 says 是), a
label line under a task (责任单位：…), a group a ※ footnote defines (沿河乡镇※) or
its brackets name (县直有关部门（县教育局、县卫健局）)."""

from __future__ import annotations

import itertools
import re

from collector.numerals import COUNT, cn_int

from .column_of_a_kind import kinds_the_column_is_narrowed_to, of_the_kinds
from .higher_bodies import without_higher_bodies
from .own_work import at_its_own_work
from .members_in_brackets import (
    groups_with_members,
    members_of_the_group_said,
    roster_members,
)
from .requirement_units import NUMBERED_ROWS
from .not_yet_sent import units_not_yet_sent
from .role_units import units_of_the_role
from .row_labels import units_of_the_labelled_rows
from ..reading.name_lines import ASK_ENDS, a_name_line
from ..reading.table_grids import REMARKS_HEAD, table_bottom, table_top
from .gathers_the_let_off import names_only_the_gatherer_of_a_let_off
from .let_off import names_only_units_let_off
from .let_off_rows import REMARK_LET_OFF
from .town_or_township import LOCAL, kinds_said_by
from .unit_lists import read_addressees, units_in_cell
from .what_a_unit_includes import without_what_the_units_include
from .units import (
    LIST_MARK,
    LOCAL_WORDS,
    UNIT_SUFFIX,
    UnitResolver,
    leading_unit,
    list_head,
    named_units,
)

# 上述各乡 / 上述各镇: those named before too (上述各单位 is read as the salutation's units elsewhere); 上述有零散烈士纪念设施的
# 乡镇: a 的-clause of up to a dozen characters saying which of them, those of the noun's kind (2132); 以上各单位 / 以上单位
# opening its clause (held-out 2941: after a table of units; not 县级以上单位, 50万元以上单位), those named before
EARLIER_UNITS = re.compile(r"(?:上述(?:各(?=乡|镇))?|(?<![^，,。；;：:、\s请由和及对])以上各?(?=单位))"
                           r"(?P<n>[一二两三四五六七八九十\d]{1,3})?个?(?P<q>[\u4e00-\u9fa5]{1,12}?的)?"
                           r"(?P<noun>部门|单位|乡镇|镇(?!政府)|乡(?![镇村]))")
# 上述分馆所在单位, 上述项目所在乡镇: the units the things pointed back at are in, those the sentence naming the things
# named (`分馆设在建昌镇人民政府、…`); a count there counts the things, not the units; opening its clause or after 请 / 由
# (将上述分馆所在单位名单报送: a list of them, sent by another)
EARLIER_HOSTS = re.compile(r"(?<![^，,。；;：:、\s请由和及对])上述(?:[一二两三四五六七八九十\d]{1,3}个)?(?:(?![的由各将于在向与和及等为请对])[\u4e00-\u9fa5]){1,6}?"
                           r"所在(?:地)?(?P<n>)(?P<q>)(?P<noun>单位|部门|乡镇|镇(?![区村政])|乡(?![镇村政]))")
# 上述两镇三乡, 上述三个乡两个镇: a count of towns and one of townships said back to back
TOWNS_AND_TOWNSHIPS_COUNTED = re.compile(r"上述(?P<a>[一二两三四五六七八九十\d]{1,2})个?(?P<na>镇|乡)"
                                         r"(?:和|及|、)?(?P<b>[一二两三四五六七八九十\d]{1,2})个?(?P<nb>(?!(?P=na))(?:镇|乡))")
# 上述五个沿边乡镇, 前述三个受灾镇: pointed back at and counted, a word of what they are between the count and the noun
EARLIER_UNITS_DESCRIBED = re.compile(r"(?:上述|前述)(?P<n>[一二两三四五六七八九十\d]{1,3})个(?P<q>)(?:(?!的)[\u4e00-\u9fa5]){1,4}?"
                                     r"(?P<noun>部门|单位|乡镇|镇(?![区村政])|乡(?![镇村政]))")
# 以上沿河乡镇, 上述受灾乡: pointed back at with no count, a word of what they are before the noun (not 5个以上乡镇, 县级以上部门:
# 以上 opens the clause or follows 请 / 由 / 、; the word before the noun no verb, joiner or material: not 以上材料由乡镇…)
EARLIER_UNITS_QUALIFIED = re.compile(r"(?<![^，,。；;：:、\s请由和及对])(?:以上|上述|前述)(?P<n>)(?P<q>)"
                                     r"(?:(?![的由各将于在向与和及等为请对报送交填材资料表])[\u4e00-\u9fa5]){0,4}?"
                                     r"(?P<noun>部门|乡镇|镇(?![区村政])|乡(?![镇村政]))")
# 请沿线四个乡镇, 县商务局等五个部门: a count of units the sentences before (or the salutation) name that many of
# 五个试点乡镇: the same, a word of what they were chosen for between the count and the noun; 请三个乡人民政府于…, 两个镇
# 分别…: a count of 乡 (镇) as the senders, their 政府 or their verb after the noun (not 三个乡人民调解员名单, 三个乡设置…)
COUNTED_UNITS = re.compile(r"(?<![第每各全])(?P<n>" + COUNT + r")个(?P<q>)(?:试点|重点|示范|沿线|项目)?"
                           r"(?P<noun>部门|单位|乡镇|(?:乡|镇)(?=(?:人民)?政府|于|分别|均于|各自))")
# 县民政局等七个补贴主管部门: a unit, 等 and a count, what they are in charge of between the count and the noun
FIRST_OF_A_COUNT = re.compile(r"(?P<first>[\u4e00-\u9fa5]{2,24}?)等\s*(?P<n>" + COUNT + r")个(?P<q>)"
                              r"(?:(?!以[上下]|左右)[\u4e00-\u9fa5]{0,6}?)(?P<noun>部门|单位|乡镇)")
# 其余部门, 其他单位; 其他镇 / 其余乡 after towns named one by one: the towns (townships) not named (not 其他乡村); 其余乡镇
# after （一）第一批试点乡镇（A、B、C）…: the towns and townships not named, no department beside them (held-out 2288)
THE_REST = re.compile(r"(?:其余|其他|其它)的?各?(部门|单位|乡镇|镇(?![区村街政])|乡(?![镇村政]))")
# 牵头单位, 责任单位, 建设单位, 报送单位: the heading of a column (or a label line) the words name
COLUMN = re.compile(r"[\u4e00-\u9fa5]{2}单位")
LET_OFF = re.compile(r"不(?:单独|另行|再|需|必|用)?(?:报送|上报|提交|填报)|无需|免于|免予")
SECTION_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")


def units_said_by_reference(text: str, earlier: list[str], rows: list[list[str]], resolver: UnitResolver,
                            campaign_units: list[str], notice: list[str] = (), addressees: list[str] = (),
                            named: list[str] = ()) -> str:
    """The roster units a requirement's words point to elsewhere in the notice, written out
    (县民政局、县水利局。) for the unit rules to read: 上述五个部门 (named before),
    其余部门 (not named before), 各牵头单位 (a column of the notice's table or its label lines),
    “是否报送”为“是”的部门 (the rows so marked), 沿河乡镇 (a ※ footnote's group). ``notice``
    is every sentence of the body; ``addressees``, the units the salutation names one by one (none
    when it names a group such as 各乡镇); ``named``, the units it names one by one beside any group."""
    names = units_named_before(text, earlier, resolver, addressees, named) + the_rest(text, earlier, resolver, campaign_units)
    marked = marked_rows(text, rows, resolver)
    # “是否报送”为“是”的成员单位: the rows so marked, not the whole 成员单位 column
    names += column_units(YES_COLUMN.sub("", text) if marked else text, rows, resolver, notice, campaign_units) + marked
    names += defined_group(text, notice, resolver) + numbered_rows(text, rows, resolver)
    names += scored_below(text, rows, resolver) + units_of_the_labelled_rows(text, rows, resolver)  # 东片区乡镇
    names += addressees_of_a_kind(text, list(addressees) or list(named), resolver)  # 主送单位中的县直部门
    names += units_of_the_role(text, earlier, resolver)  # 推荐单位, after …分别推荐…
    names += units_not_yet_sent(text, earlier, resolver)  # 尚未报送的单位, after …A、B尚未报送
    return "、".join(dict.fromkeys(names)) + "。" if names else ""


# 主送单位中的各镇 / 各乡 / 县直部门: the salutation's units of that kind (not every one of the roster)
ADDRESSEES_OF_A_KIND = re.compile(r"主送单位(?:中|里|当中)的?(?P<kind>各?乡镇|各?镇(?!区)|各?乡(?!村)|(?:县直)?各?(?:部门|单位))")
KIND_WORDS = (("乡镇", LOCAL), ("镇", ("town",)), ("乡", ("township",)), ("", ("department", "institution")))


def addressees_of_a_kind(text: str, addressees: list[str], resolver: UnitResolver) -> list[str]:
    """The units the salutation names one by one of the kind 主送单位中的… names."""
    names: list[str] = []
    for m in ADDRESSEES_OF_A_KIND.finditer(text):
        kinds = next(kinds for word, kinds in KIND_WORDS if word in m.group("kind"))
        names += [n for n in addressees if resolver.roster.get(n) and resolver.roster.get(n).kind in kinds
                  and n not in names]
    return names


# 考评综合得分低于80分的乡镇: the rows of a table of scores under the mark (a row at the mark is not below it)
BELOW_A_MARK = re.compile(r"(?:得分|分数|成绩|分值)\s*(?P<how>低于|不足|少于|未达到|未达|在)\s*(?P<mark>\d{1,3}(?:\.\d+)?)\s*分(?P<or>以下)?")


def scored_below(text: str, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """The units of the table rows (a unit's name and its score, cells apart) whose score is under the mark."""
    m = BELOW_A_MARK.search(text)
    if not m:
        return []
    mark, at_too = float(m.group("mark")), m.group("how") in ("在",) and bool(m.group("or"))
    names: list[str] = []
    for row in rows:
        units = [u for cell in row for u in [resolver.resolve(cell.strip())] if u]
        scores = [float(c) for c in (cell.strip() for cell in row) if re.fullmatch(r"\d{1,3}(?:\.\d+)?", c)]
        if len(units) == 1 and scores and (scores[-1] < mark or (at_too and scores[-1] == mark)):
            names.append(units[0])
    return names


def units_named_before(text: str, earlier: list[str], resolver: UnitResolver, addressees: list[str] = (),
                       named: list[str] = ()) -> list[str]:
    """各乡镇和上述五个部门: the units of the last sentence before that names five of them (with
    no number, that names any). 请上述单位 under a salutation that names each unit
    (建昌镇、…要路沟乡人民政府，县自然资源局…：) is every one of them, though an item just before
    speaks of some (县自然资源局…配合做好查处工作)."""
    if both := TOWNS_AND_TOWNSHIPS_COUNTED.search(text):  # 上述两镇三乡: the two towns and the three townships, each read
        return [n for k in "ab" for n in units_named_before(f"上述{both.group(k)}个{both.group('n' + k)}", earlier,
                                                             resolver, addressees, named)]
    m = (EARLIER_UNITS.search(text) or EARLIER_HOSTS.search(text) or EARLIER_UNITS_DESCRIBED.search(text)
         or COUNTED_UNITS.search(text) or FIRST_OF_A_COUNT.search(text) or EARLIER_UNITS_QUALIFIED.search(text))
    if not m or whose_matter(text, m, resolver):
        return []
    if addressees and m.group("noun") == "单位" and not m.group("n") and not m.group("q") and m.re is not EARLIER_HOSTS:
        return list(addressees)
    if m.group("q") and not m.group("n"):  # 上述存在问题的单位: those the section before names, item by item
        headings = [k for k, s in enumerate(earlier) if SECTION_HEADING.match(s)]
        if len(headings) >= 2:
            section = earlier[headings[-2]:headings[-1]]
            found = [n for sentence in section for n in [leading_unit(LIST_MARK.sub("", sentence).strip(), resolver)] if n]
            if found:
                return list(dict.fromkeys(found))
    want = cn_int(m.group("n")) if m.group("n") else None
    kinds = NOUN_KINDS.get(m.group("noun"))
    listed = _units_listed_one_a_line(earlier, resolver)  # 建昌镇人民政府：沿街商户… / 县市场局：餐饮… / 县卫健局：…
    # 请下述部门…：/ 建昌县民政局 / 建昌县卫生健康局 / 上述部门请于…: the names one a line just above (reading/name_lines.py)
    listed = listed if len(listed) >= 2 else _name_lines_just_above(earlier, resolver)
    if len(listed) >= 2 and want in (None, len(listed)):
        return listed
    for k in range(len(earlier) - 1, -1, -1):
        sentence = earlier[k]
        if at_its_own_work(sentence) or names_only_units_let_off(sentence, resolver) \
                or names_only_the_gatherer_of_a_let_off(sentence, resolver):
            continue  # 县自然资源局将组织技术人员…实地抽核: a unit (the issuer) at its own work, one let off, or one taking a
            # let-off body's part in (…由县文旅局汇总，不单独报送), asked nothing
        names = named_units(sentence, resolver)
        if (rows := _units_of_the_table_rows(earlier, k, resolver)) and want in (None, len(rows)):
            names = rows  # 桥梁名称 | 所在乡镇 | … one unit a row, then 请上述乡镇: every row's unit, not the last row's
        if (some := SOME_OF_A_COUNT.search(sentence)) and cn_int(some.group("n")) > len(names):
            continue  # 我县喇嘛洞镇、药王庙镇等5个乡镇遭受冰雹: two named of five, not the units meant
        if (want is not None and len(names) != want or m.re in (EARLIER_UNITS_QUALIFIED, EARLIER_HOSTS) or m.group("q")) \
                and kinds:
            # 上述四个乡镇 after 四镇乡…人民政府，县自然资源局; 以上沿河乡镇, 上述有…设施的乡镇: those of its kind
            names = [n for n in names if resolver.roster.get(n) and resolver.roster.get(n).kind in kinds]
        if names and want is None and m.group("noun") == "单位":
            names = the_group_beside_the_names(sentence, names, resolver)  # 请各乡镇、县农业农村局于… then 请上述单位
        if names and want in (None, len(names)):
            return names
    # （一）各乡镇：… （二）县人社局：… （三）县医保局：… （四）县卫健局：… then 请上述三个部门: a run of items, by kind
    for run in reversed(_unit_headed_runs(earlier, resolver)):
        of_kind = [n for n in run if kinds and resolver.roster.get(n).kind in kinds]
        if want is not None and len(of_kind) == want:
            return of_kind
    # 县发改局、…、县市场局，国家税务总局建昌县税务局： then 请县发改局等十个部门: the ten from the first one on (各乡镇人民政府，
    # 县民政局、…、县教育局： then 县民政局等七个补贴主管部门: the salutation's seven named beside its group)
    head = list_head(first.group("first"), resolver) if want and (first := FIRST_OF_A_COUNT.search(text)) else None
    for listed in (list(addressees), list(named)):
        if head and head in listed and len(run := listed[listed.index(head):][:want]) == want:
            return run
    # 喇嘛洞镇、药王庙镇、巴什罕乡、谷杖子乡人民政府，县自然资源局： then 请上述四个乡镇: the salutation's four
    named = [n for n in addressees if kinds and resolver.roster.get(n) and resolver.roster.get(n).kind in kinds]
    return named if named and want in (None, len(named)) else _the_whole_kind(want, kinds, resolver)


def whose_matter(text: str, m: re.Match, resolver: UnitResolver) -> bool:
    """县农业农村局、县文旅局分别梳理上述乡的特色产业…情况: the units pointed back to, followed by 的, are whose matter the
    units the clause names before them work on, not who sends (请上述乡镇的分管领导… names no one before: they send)."""
    clause = re.split(r"[，,。；;：:]", text[:m.start()])[-1]
    return (text[m.end():m.end() + 1] == "的" or the_object_of_their_verb(text, m)) and bool(named_units(clause, resolver))


# 县水利局请提供上述7个乡改水工程运行情况: a verb of the units named before it, the units pointed back to opening its object
OBJECT_VERB = re.compile(r"(?:提供|报送|上报|汇总|统计|梳理|核查|核实|整理|反馈|说明)$")


def the_object_of_their_verb(text: str, m: re.Match) -> bool:
    """The units pointed back to stand right after the verb of the clause (提供上述7个乡改水工程…), a noun after them: what
    the verb's object is of, not who sends (提供上述7个乡 closing the clause is left as before)."""
    return bool(OBJECT_VERB.search(text[:m.start()])) and bool(re.match(r"[\u4e00-\u9fa5]{2}", text[m.end():]))


def the_group_beside_the_names(sentence: str, names: list[str], resolver: UnitResolver) -> list[str]:
    """请各乡镇、县农业农村局于…报送… then 请上述单位…: the units a sentence asks are the towns (townships) its group word
    (各乡镇, 各镇, 各乡) speaks to as well as the units it names beside it; the names alone when it says no such word."""
    sentence = without_what_the_units_include(sentence, resolver)  # 县融媒体中心（含下属各乡镇广播站）: no group
    m = LOCAL_WORDS.search(sentence)
    if not m:
        return names
    group = resolver.kinds(kinds_said_by(sentence, m))
    return group + [n for n in names if n not in group]


def _units_of_the_table_rows(earlier: list[str], k: int, resolver: UnitResolver) -> list[str]:
    """The units of the table whose row (cells joined by tabs) is ``earlier[k]``: every row of the run of rows around it
    naming units, read together (a table lists its units one a row); [] when ``earlier[k]`` is no table row."""
    if "\t" not in earlier[k]:
        return []
    top, end = table_top(earlier, k), table_bottom(earlier, k)
    return list(dict.fromkeys(n for row in earlier[top:end + 1] for n in named_units(row, resolver)))


def _the_whole_kind(want: int | None, kinds, resolver: UnitResolver) -> list[str]:
    """上述7个镇 where nothing before names seven and the county has seven 镇: all of them."""
    every = resolver.kinds(kinds) if want and kinds else []
    return every if len(every) == want else []


def _units_listed_one_a_line(earlier: list[str], resolver: UnitResolver) -> list[str]:
    """The units of the run of items just before, each opening with one unit and a colon (县市场局：餐饮服务单位)."""
    found: list[str] = []
    items = [item for sentence in earlier for item in re.split(r"[；;]", sentence) if item.strip()]
    for sentence in reversed(items):
        if not found and len(sentence) <= 16 and SECTION_HEADING.match(sentence):
            continue  # 二、报送要求 between the list and the sentence pointing back to it
        head = ITEM_HEAD.match(sentence)
        unit = leading_unit(head.group(1), resolver) if head else None
        if not unit or (head and len(named_units(head.group(1), resolver)) != 1):
            break
        found.insert(0, unit)
    return list(dict.fromkeys(found))


def _name_lines_just_above(earlier: list[str], resolver: UnitResolver) -> list[str]:
    """The roster units of the run of bare name lines (建昌县民政局) that ends the text before, under the line ending in a
    colon that asks them (请下述部门…：); none unless there is such a line above the run."""
    k = len(earlier)
    while k > 0 and a_name_line(earlier[k - 1]):
        k -= 1
    if k == len(earlier) or k == 0 or not ASK_ENDS.search(earlier[k - 1]):
        return []
    return list(dict.fromkeys(n for line in earlier[k:] for n in named_units(line, resolver)))


def _unit_headed_runs(earlier: list[str], resolver: UnitResolver) -> list[list[str]]:
    """Every run of items that each open with one unit and a colon (（二）县人社局：…), in the notice's order."""
    runs: list[list[str]] = [[]]
    for sentence in earlier:
        head = ITEM_HEAD.match(sentence)
        unit = leading_unit(head.group(1), resolver) if head and len(named_units(head.group(1), resolver)) == 1 else None
        if unit:
            runs[-1] += [unit] if unit not in runs[-1] else []
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


ITEM_HEAD = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?([^:：，,。；;]{2,20})[:：]")
SOME_OF_A_COUNT = re.compile(r"等\s*(?P<n>" + COUNT + r")\s*个(?:乡镇|乡|镇|单位|部门)")
NOUN_KINDS = {"乡镇": ("town", "township"), "部门": ("department", "institution"), "镇": ("town",), "乡": ("township",)}


def the_rest(text: str, earlier: list[str], resolver: UnitResolver, campaign_units: list[str]) -> list[str]:
    """其余部门和各乡镇: the notice's departments (其余单位: its units) that the sentences
    before, since the section's heading, did not name."""
    m = THE_REST.search(text)
    if not m:
        return []
    start = max((k for k, s in enumerate(earlier) if SECTION_HEADING.match(s)), default=0)
    named = {n for sentence in earlier[start:] for n in named_units(sentence, resolver)}
    kinds = NOUN_KINDS.get(m.group(1)) if m.group(1) != "单位" else None
    roster = resolver.roster
    if kinds and "department" not in kinds and not named & set(roster.names(list(kinds))):
        return []  # 其他镇 with no town named before it: no rest to take
    return [n for n in campaign_units if n not in named and roster.get(n)
            and (kinds is None or roster.get(n).kind in kinds)]


def column_units(text: str, rows: list[list[str]], resolver: UnitResolver, notice: list[str] = (),
                 campaign_units: list[str] = ()) -> list[str]:
    """请各牵头单位…: the units in the 牵头单位 column of the notice's table (rows of cells;
    a row of one cell ends a table), or on its label lines (责任单位：县住建局、县财政局 under
    each task; a group word among them, `参加单位：各乡镇，县教育局…`, is the ``campaign_units`` of its kind). A column a
    clause lets off (配合单位不单独报送) is not asked, nor a row its remarks cell lets off (`建昌县交通运输局 | — |
    本年度无统计任务` under 备注)."""
    heads = {m.group() for clause in re.split(r"[,，;；。]", text) if not LET_OFF.search(clause)
             for m in COLUMN.finditer(clause)} - let_off_columns(text)
    names: list[str] = []
    columns: list[int] = []
    remarks: int | None = None
    seen: set[str] = set()
    for row in rows:
        found = [k for k, cell in enumerate(row) if cell.strip() in heads]
        if found:
            columns = found
            remarks = next((k for k, cell in enumerate(row) if REMARKS_HEAD.match(cell.strip())), None)
            seen |= {row[k].strip() for k in found}
            continue
        if len(row) < 2:
            columns = []
            names += [n for n in labelled_units(row[0], heads, resolver, campaign_units) if n not in names]
        if remarks is not None and remarks < len(row) and REMARK_LET_OFF.search(row[remarks].strip()):
            continue
        for k in columns:
            names += [n for n in (units_in_cell(row[k], resolver)[0] if k < len(row) else []) if n not in names]
    for head in heads - seen:
        names += [n for n in lost_column(head, notice, resolver) if n not in names]
    return of_the_kinds(names, kinds_the_column_is_narrowed_to(text, heads), resolver.roster)  # 主管单位为乡镇人民政府的


LET_OFF_OPENS = re.compile(r"(?:均|也|都|则|一律)?(?:" + LET_OFF.pattern + ")")


def let_off_columns(text: str) -> set[str]:
    """配合单位的情况由牵头单位一并汇总，不单独报送: the column a let-off opening its own clause speaks of, the subject of
    the clause before it, when that clause sets no date (牵头单位于5月10日前报送，不单独报送纸质版 is the ask itself)."""
    out: set[str] = set()
    clauses = [c.strip() for c in re.split(r"[,，;；。]", text)]
    for before, clause in itertools.pairwise(clauses):
        if LET_OFF_OPENS.match(clause) and (head := COLUMN.match(before)) and not re.search(r"\d\s*[月日]", before):
            out.add(head.group())
    return out


def labelled_units(line: str, heads: set[str], resolver: UnitResolver, campaign_units: list[str] = ()) -> list[str]:
    """责任单位：生态环境局建昌分局、县住建局 (a label line of a heading the words name); 参加单位：各乡镇，县教育局、县住建局:
    the towns and townships addressed too (groups_on_the_label)."""
    names: list[str] = []
    for head in heads:
        for m in re.finditer(rf"(?<![\u4e00-\u9fa5]){head}\s*[:：]\s*([^；;。]+)", line):
            names += groups_on_the_label(m.group(1), resolver, campaign_units) + units_in_cell(m.group(1), resolver)[0]
    return names


# 各乡镇, 各乡镇人民政府, 县直各部门, 各乡（镇）: a piece of a label's list that is a group word alone (not 各涉农乡镇, read as
# no kind, nor 各乡镇配合, a clause)
GROUP_PIECE = re.compile(r"(?:县直|县政府)?各(?:乡镇|乡[(（]镇[)）]|镇|乡|部门|单位|机构|直属机构|直属单位)(?:人民政府|政府|党委)?")


def groups_on_the_label(listed: str, resolver: UnitResolver, campaign_units: list[str]) -> list[str]:
    """`参加单位：各乡镇，县教育局、县住建局…`: the addressed units of the kinds the group words among the label's names say
    (every town and township addressed), for `请各参加单位于…` asks them as well as the bureaus named."""
    kinds = {k for piece in re.split(r"[、，,；;]", listed) if GROUP_PIECE.fullmatch(piece.strip())
             for k in read_addressees(piece.strip(), resolver).kinds}
    return [n for n in campaign_units if (unit := resolver.roster.get(n)) is not None and unit.kind in kinds]


def lost_column(head: str, notice: list[str], resolver: UnitResolver) -> list[str]:
    """A PDF's text layer of a table (序号 项目名称 建设单位 … then its rows, run together): the
    columns are lost, so every roster unit named after the heading is taken."""
    for sentence in notice:
        m = re.search(rf"序号.{{0,40}}?{head}", sentence)
        if m and "\t" not in sentence:
            return units_within(sentence[m.end():], resolver)
    return []


YES_COLUMN = re.compile(r"[“\"]([^“”\"]{2,10})[”\"](?:一栏|栏|列)?(?:为|填写?为|标注为|是)[“\"]?(是|√|✓|有)[”\"]?"
                        r"(?:的[\u4e00-\u9fa5]{0,4}(?:单位|部门))?")


def marked_rows(text: str, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """下表中“是否报送”为“是”的部门: the units of the table rows whose 是否报送 cell says 是."""
    m = YES_COLUMN.search(text)
    if not m:
        return []
    column, value = m.group(1), m.group(2)
    names: list[str] = []
    k = None
    for row in rows:
        if column in (cell.strip() for cell in row):
            k = [cell.strip() for cell in row].index(column)
            continue
        if len(row) < 2:
            k = None
        if k is not None and k < len(row) and row[k].strip() == value:
            names += [n for j, cell in enumerate(row) if j != k for n in units_in_cell(cell, resolver)[0]
                      if n not in names]
    return names


def numbered_rows(text: str, rows: list[list[str]], resolver: UnitResolver) -> list[str]:
    """The units of the table rows whose 序号 (their first cell) is in the range the words give, or of the parity they
    give (序号为单数的乡镇)."""
    names: list[str] = []
    for m in _row_references(text):
        for row in rows:
            cells = _cells_of_a_numbered_row(row)
            if len(cells) >= 2 and cells[0].strip().isdigit() and _row_chosen(int(cells[0].strip()), m):
                names += [n for cell in cells[1:] for n in units_in_cell(cell, resolver)[0] if n not in names]
    return names


# 1．建昌镇人民政府 / 2、县卫健局 / （3）县司法局: an item of a numbered list of names (an annex's 名单), its number its 序号
NUMBERED_NAME = re.compile(r"^\s*(?:(?P<n>\d{1,3})\s*[.、．]|[(（](?P<m>\d{1,3})[)）])\s*(?P<name>[^，,。；;：:\s]{2,40})\s*$")


def _cells_of_a_numbered_row(row: list[str]) -> list[str]:
    """A row's cells: a table's as they are; a PDF's row come as one line, its cells spaced apart; a numbered list's
    item, its number and the name after it (a sentence numbered so is no row)."""
    if len(row) >= 2:
        return row
    if item := NUMBERED_NAME.match(row[0]):
        return [item.group("n") or item.group("m"), item.group("name")]
    return row[0].split()


# 序号1到2的乡镇于5月8日前…，序号3到4的乡镇于…: the 于 (or day) of a reference's own clause
OWN_DAY_OR_YU = re.compile(r"于|月\s*[\d一二三四五六七八九十]{1,3}\s*[日号]")


def _row_references(text: str) -> list[re.Match]:
    """The 序号 references of the text; of those by parity only the last: 序号为单数的乡镇于3月11日前、序号为双数的乡镇于
    3月18日前 gives the later date's words both, and the one nearest its date is its own. Likewise a range whose own
    于 or day comes before the last reference (序号1到2的乡镇于5月8日前…，序号3到4的乡镇于…) is an earlier clause's."""
    found = list(NUMBERED_ROWS.finditer(text))
    found = [m for m in found if not OWN_DAY_OR_YU.search(text, m.end(), found[-1].start())]
    by_parity = [m for m in found if m.group("parity")]
    return [m for m in found if not m.group("parity")] + by_parity[-1:]


def _row_chosen(number: int, m: re.Match) -> bool:
    if m.group("parity"):
        return number % 2 == (1 if m.group("parity") in ("单数", "奇数") else 0)
    return int(m.group("a")) <= number <= int(m.group("b"))


# ※沿河乡镇：指大凌河、六股河流经的建昌镇、汤神庙镇… / 注：沿河乡镇是指…
DEFINITION = re.compile(r"(?:※|注\s*[:：])\s*(?P<term>[\u4e00-\u9fa5]{2,10}?)\s*(?:[:：]\s*(?:是?指)?|是指)"
                        r"\s*(?P<means>[^。]+)")


def defined_group(text: str, notice: list[str], resolver: UnitResolver) -> list[str]:
    """沿河乡镇 in a requirement, with a ※ footnote (or 注：) that says which towns they are: those; a group the body
    names by a short name of its own (以下简称风沙区乡镇) likewise."""
    names: list[str] = []
    for sentence in notice:
        for m in DEFINITION.finditer(sentence):
            if m.group("term") in text:
                names += [n for n in units_within(m.group("means"), resolver) if n not in names]
    for term, units in groups_named(notice, resolver).items():
        names += [n for n in units if term in text and n not in names]
    said = members_of_the_group_said(text, groups_with_members("\n".join(notice), resolver))  # 县直有关部门（…）
    return names + [n for n in said if n not in names]


# 我县风沙区涉及以下6个乡镇（以下简称风沙区乡镇）： and a table or list of them, or 喇嘛洞镇、…等6个乡镇（以下简称风沙区乡镇）;
# 沿线乡镇（建昌镇、汤神庙镇，以下简称沿线乡镇）: the members in the bracket itself, before the short name
# 建昌镇、药王庙镇、汤神庙镇（以下简称试点镇）: a short name ending in 镇 (乡) alone names the towns (townships) so
GROUP_NAMED = re.compile(r"[(（](?:(?P<who>[^()（）]{2,200}?)[，,；;]\s*)?\s*(?:以下|下文)?简?称\s*[:：为]?\s*[“\"]?"
                         r"(?P<term>[\u4e00-\u9fa5]{2,10}?(?:乡镇|单位|部门|镇|乡))[”\"]?\s*[)）]")
LISTED_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）])")


def groups_named(notice: list[str], resolver: UnitResolver) -> dict[str, list[str]]:
    """Each group the body gives a short name (以下简称风沙区乡镇): the units named before it in its sentence, or, when
    the sentence ends in a colon, the units of the table rows or list items right after it."""
    out: dict[str, list[str]] = {}
    for i, sentence in enumerate(notice):
        for m in GROUP_NAMED.finditer(sentence):
            # not 国家统计局 (a higher body), not a unit of a clause before the one the bracket names
            names = roster_members(m.group("who") or "", resolver) \
                or units_within(without_higher_bodies(the_named_clause(sentence[: m.start()], resolver)), resolver)
            if not names and sentence.rstrip().endswith((":", "：")):
                for row in notice[i + 1:]:
                    if "\t" not in row and not LISTED_ITEM.match(row):
                        break
                    names += [n for n in units_within(row, resolver) if n not in names]
            if names and not resolver.resolve(m.group("term")):  # 八家子镇人民政府（以下简称八家子镇）: one unit's name
                out.setdefault(m.group("term"), names)
    return out


def the_named_clause(before: str, resolver: UnitResolver) -> str:
    """The words a （以下简称…） bracket names: its own clause, the one after the last ，/；before it, when that clause
    names units (本次行动由县卫健局牵头，县教育局、建昌镇为参与单位（以下简称各有关单位）: not the 牵头 bureau of the
    clause before); the whole sentence before it when its own clause names none (the units said earlier)."""
    clause = re.split(r"[，,；;]", before)[-1]
    return clause if units_within(clause, resolver) else before


def units_within(text: str, resolver: UnitResolver) -> list[str]:
    """Roster units whose names stand anywhere in running text (六股河流经的建昌镇、汤神庙镇),
    the longest name first at each place."""
    names: list[str] = []
    i = 0
    while i < len(text):
        for n in range(min(20, len(text) - i), 2, -1):
            piece = text[i:i + n]
            name = resolver.by_name.get(piece) if UNIT_SUFFIX.search(piece) else None
            if name:
                names += [name] if name not in names else []
                i += n
                break
        else:
            i += 1
    return names


# 承担县级重点项目建设任务的乡镇和部门: only the units that have such a task, and the notice does not say which
# (没有…项目的单位 are asked too: 零报告)
# 2029年度已立项课题的承担单位, 试点项目实施单位: those that carry a project, which the notice does not name
SOME_OF_THEM = re.compile(r"(?<![没无未])(?:承担|担负|负有|涉及|有)[^，。；,;]{1,20}?(?:任务|项目|工作|职责)的"
                          r"(?:乡镇和部门|乡镇、部门|乡镇|部门|单位)"
                          # 有矿山企业的乡镇, 涉及大凌河流域的乡镇: the towns with a thing, not said which (上述有…的乡镇
                          # points back at units named: unit_refs.EARLIER_UNITS)
                          r"|(?<![没无未所上述以前列])(?<!上述)(?<!以上)(?<!前述)(?:涉及|有|存在|辖区内有|境内有)"
                          r"[^，。；,;、的]{2,16}的乡镇(?![^，。；,;]{0,4}(?:名单|见附件))"
                          r"|(?:课题|项目)的?(?:承担|实施|申报)单位"
                          # 安排比例未达到1.5%的单位: the units below (above) a threshold, not said which
                          r"|(?:未达到|未达|达不到|低于|不足|不到|未满|超过|高于)\s*\d[\d.]*\s*(?:%|‰|个百分点|分|人|名|家|个)?"
                          r"(?:以上|以下)?的(?:单位|乡镇|部门)")


# 建昌镇、…、石佛乡等8个重点乡镇: the number the notice gives for the units it lists
COUNTED = re.compile(r"等\s*(?P<n>" + COUNT + r")\s*个(?:重点|试点|有关|相关)?(?:乡镇|单位|部门|乡|镇)")


def check_the_count(text: str, units: list[str], unsettled: list[str]) -> None:
    """建昌镇、…等8个重点乡镇: an unsettled line when the units found are not the count the notice gives."""
    m = COUNTED.search(text)
    if m and cn_int(m.group("n")) != len(units):
        unsettled.append(f"通知写“{m.group()}”，草稿找到{len(units)}个单位，请核对")
