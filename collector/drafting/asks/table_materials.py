"""Materials named only in a table of the body, the sending sentence pointing at its rows: `材料名称 | 格式 | 份数 |
报送单位` rows, then `请各乡镇于…前将上表所列材料发送至…` (every row) or `各乡镇请于…前报送上表第1至3项材料；县自然资源局、县住建局
请于…前报送上表第4、5项材料` (the rows by their 序号). The pointer is written out as the rows' materials, each with its
format (用地预审意见(Word格式)); a clause whose units send rows of different 报送单位 is split into one clause per unit,
each sending its own rows. A pointer at the table below (`于…前将下表所列材料发送至指定邮箱。` right above its rows) is
written out from the table under its line. A table without a materials column, or rows the pointer does not find, leave
the text as written."""

from __future__ import annotations

import re

from collector.numerals import cn_int

from .. import requirements as req
from ..materials.row_formats import with_format_word
from ..timing.dates import DATE
from ..reading.table_grids import FORMAT_COLUMN, MATERIAL_COLUMN, NONE_CELL, UNIT_COLUMN, papers_column, table_top

# 上表所列材料, 上表中的材料, 上表第1至3项材料, 上表第4、5项材料, 表中所列全部材料
POINTER = re.compile(r"(?:上表|表中|上述表格|表格中)(?:中|内)?(?:的)?(?:所列)?"
                     r"(?:第(?P<items>[\d一二三四五六七八九十]+(?:\s*(?:至|到|—|-|~|、|和|及)\s*[\d一二三四五六七八九十]+)*)项)?"
                     r"(?:所列)?(?:的)?(?:全部|所有|各项)?(?:材料|资料)"
                     # 上表所列两张报表, 上表中的3份表格: a table of sheets (报表名称 | 填报口径 | 格式), pointed at by their count
                     r"|(?:上表|表中|上述表格|表格中)(?:中|内)?(?:的)?(?:所列)?(?:的)?[两二三四五六七八九十\d]+\s*[张份个](?:报表|表格|统计表)")
# 下表所列材料, 以下表格中的材料, 如下表所列全部材料: the table just under the pointer's line (below_pointers_written_out);
# not 按下表所列材料和时间: the table gives each row's time too, its rows the requirements, read as rows
POINTER_BELOW = re.compile(r"(?:(?<![以如])下表|(?:以下|如下|下列)表格?)(?:中|内)?(?:的)?(?:所列)?(?:的)?(?:全部|所有|各项)?(?:材料|资料)"
                           r"(?!\s*[和及与、]\s*(?:报送)?(?:时间|时限|期限|日期))")
# 报表名称 | 填报口径 | 格式: the sheets' names are the materials, as 材料名称's are
SHEET_COLUMN = re.compile(r"^(?:报表|表格|表单)名称$")
NUMBER_COLUMN = re.compile(r"^(?:序号|编号)$")


def table_materials_written_out(body: str) -> str:
    """``body`` with each clause pointing at the materials table above it written out (see the module)."""
    lines = body.split("\n")
    out: list[str] = []
    table: list[list[str]] | None = None
    read_below = False  # the rows of a table a line above wrote out: said there, not read again
    for k, line in enumerate(lines):
        if "\t" in line:
            if k == 0 or "\t" not in lines[k - 1]:
                table = _materials_table(lines, k)
            if not read_below:
                out.append(line)
            continue
        below = _materials_table(lines, k + 1) if _table_starts_at(lines, k + 1) else None
        written = _below_pointers_written_out(line, below)
        read_below = written != line
        written = _caption_with_its_papers(written, below) if not read_below else written
        out.append(_pointers_written_out(written, table) if table else written)
    return "\n".join(out)


# 表二　整改报告报送单位（十一月二十一日前报送）, 附表1 自查报告报送单位, 表2：整改材料报送单位: a table's own caption, its
# number first, one line of no sentence (no 。 / ；), the table named by what its rows send and who
CAPTION = re.compile(r"^\s*附?表\s*[一二三四五六七八九十\d]{1,3}\s*[:：.、．]?\s*[^。；;\t]{2,60}$")


def _caption_with_its_papers(line: str, table: list[list[str]] | None) -> str:
    """A numbered caption right above a materials table with no date in its rows (`表二　整改报告报送单位（…前报送）` over
    `序号 | 单位 | 报送材料`, `1 | 八家子镇 | 整改报告（Word格式）及整改前后截图`): the caption names the table by its chief
    paper, its rows say all the papers sent; when a row names a paper the caption does not, the rows' papers are written
    after it (`…（…前报送）：整改报告（Word格式）及整改前后截图`), so the caption's date sends them all. A caption whose rows
    send its own paper alone is left as it is."""
    if not table or not CAPTION.match(line):
        return line
    rows = [row for row in table[1:] if any(row)]
    if any(re.search(DATE, c) for row in rows for c in row):
        return line  # rows dated each their own: read as rows
    papers = list(dict.fromkeys(p for p in (_materials_of([row], table[0]) for row in rows) if p))
    if not any(name not in line for p in papers for name in req.material_names(p)):
        return line
    return line.rstrip() + "：" + "、".join(papers)


def _table_starts_at(lines: list[str], k: int) -> bool:
    return k < len(lines) and "\t" in lines[k]


def _below_pointers_written_out(line: str, table: list[list[str]] | None) -> str:
    """于…前将下表所列材料发送: the pointer written out as the rows of the materials table right under the line. A table
    whose every row gives its own date is read as rows, each its unit's requirement, as 按下表所列材料和时间 is."""
    if not table or all(any(re.search(DATE, c) for c in row) for row in table[1:] if any(row)):
        return line
    return "".join(_clause_written_out(c, table, POINTER_BELOW) for c in re.split(r"(?<=[；;])", line))


def _materials_table(lines: list[str], top: int) -> list[list[str]] | None:
    """The rows (header first) of the tab-parted table starting at ``top``, if its header has a materials column."""
    rows = []
    for line in lines[top:]:
        if "\t" not in line:
            break
        rows.append([c.strip() for c in line.split("\t")])
    header = rows[0]
    if len(rows) < 2 or not any(_names_materials(c) for c in header):
        return None
    return rows


def _names_materials(header_cell: str) -> bool:
    return bool(MATERIAL_COLUMN.match(header_cell) or SHEET_COLUMN.match(header_cell))


def _pointers_written_out(line: str, table: list[list[str]]) -> str:
    clauses = re.split(r"(?<=[；;])", line)
    return "".join(_clause_written_out(c, table) for c in clauses)


def _clause_written_out(clause: str, table: list[list[str]], pointer: re.Pattern = POINTER) -> str:
    m = pointer.search(clause)
    rows = _rows_pointed_at(m, table) if m else None
    if not rows:
        return clause
    header = table[0]
    unit_at = next((k for k, c in enumerate(header) if UNIT_COLUMN.match(c)), None)
    senders = list(dict.fromkeys(row[unit_at] for row in rows if unit_at is not None and unit_at < len(row)))
    run = _units_run(clause[:m.start()], senders) if len(senders) > 1 else None
    if not run:
        return clause[:m.start()] + _materials_of(rows, header) + clause[m.end():]
    end = clause.rstrip("；;")
    stop = clause[len(end):]
    parts = []
    for who in senders:
        own = [row for row in rows if row[unit_at] == who]
        parts.append(end[:run[0]] + who + end[run[1]:m.start()] + _materials_of(own, header) + end[m.end():])
    return "；".join(parts) + stop


def _rows_pointed_at(m: re.Match, table: list[list[str]]) -> list[list[str]]:
    """The rows a pointer names: all of them, or those whose 序号 (or place) the 第…项 gives; none if one is missing."""
    rows = [row for row in table[1:] if any(row)]
    if not m.groupdict().get("items"):
        return rows
    wanted: list[int] = []
    for piece in re.split(r"\s*[、和及]\s*", m.group("items")):
        ends = [cn_int(x) for x in re.split(r"\s*(?:至|到|—|-|~)\s*", piece)]
        if any(e is None for e in ends):
            return []
        wanted += list(range(ends[0], ends[-1] + 1))
    number_at = next((k for k, c in enumerate(table[0]) if NUMBER_COLUMN.match(c)), None)
    by_number = {(row[number_at] if number_at is not None else str(k)): row for k, row in enumerate(rows, 1)}
    chosen = [by_number.get(str(n)) for n in wanted]
    return [] if any(r is None for r in chosen) else chosen


# （附件2）: where the form is, no word of its name
ATTACHMENT_NOTE = re.compile(r"[(（]\s*附件\s*[\d一二三四五六七八九十]*\s*[)）]")


def material_of_the_row(sentences: list[str], i: int, material: re.Pattern) -> tuple[str, str] | None:
    """(name, name with its format) of the materials cell of the table row ``sentences[i]`` when that cell names no
    material word (`县自然资源局 | 新建塔基用地预审意见 | Word | 5月20日前` → 新建塔基用地预审意见, 新建塔基用地预审意见(Word
    格式)): the column says it is the material. None for no such row, cell or column."""
    if "\t" not in sentences[i]:
        return None
    table = _materials_table(sentences, table_top(sentences, i))
    row = [c.strip() for c in sentences[i].split("\t")]
    if table is None or row == table[0]:
        return None
    material_at = papers_column(table[0])
    if material_at is None or len(row) < material_at + 2:
        return None  # 报送单位 | 报送内容: each unit's share of one material (its projects), no name of a paper
    name = ATTACHMENT_NOTE.sub("", row[material_at]).strip()
    if not 2 <= len(name) <= 40 or NONE_CELL.match(name) or material.search(name) or re.search(r"\d{1,2}月\d{1,2}日", name):
        return None
    return name, _materials_of([[name if k == material_at else c for k, c in enumerate(row)]], table[0])


def _materials_of(rows: list[list[str]], header: list[str]) -> str:
    """用地预审意见(Word格式)、施工图审查意见(盖章扫描件)(PDF格式): each row's material with its format cell."""
    material_at = next(k for k, c in enumerate(header) if _names_materials(c))
    format_at = next((k for k, c in enumerate(header) if FORMAT_COLUMN.match(c)), None)
    out = []
    for row in rows:
        name = row[material_at] if material_at < len(row) else ""
        fmt = row[format_at] if format_at is not None and format_at < len(row) else ""
        out.append(f"{name}({with_format_word(fmt)})" if fmt else name)
    return "、".join(out)


def _units_run(before: str, senders: list[str]) -> tuple[int, int] | None:
    """Where the clause names exactly the rows' senders, one after another (县自然资源局、县住建局): its span, or None."""
    spots = [before.find(s) for s in senders]
    if any(p < 0 for p in spots):
        return None
    start = min(spots)
    end = max(p + len(s) for p, s in zip(spots, senders))
    between = before[start:end]
    for s in senders:
        between = between.replace(s, "")
    return (start, end) if re.fullmatch(r"[、,，和及与\s]*", between) else None
