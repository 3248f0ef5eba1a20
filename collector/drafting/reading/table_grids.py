"""Requirement tables read back as one row per requirement (`序号 | 报送单位 | 报送材料 | 报送时限`), so the table reader
takes each row's senders, material and date together:

- a table whose column headers are the deadlines and whose cells name the units (`报送材料 | 5月13日前 | 5月27日前`,
  `水源地基础信息表（Excel） | 建昌镇、大屯镇 | —`): one row per cell that names units, its row's material and its
  column's date; a cell of `—` / `无` names none. In a PDF's text the row's cells come parted by spaces and its material
  may run over lines (`水质监测报告（盖章PDF` / `扫描件）` / `— 生态环境局建昌分局`); a row is read when its line ends on
  as many unit cells as there are dates.
- rows of one table with the same senders and the same date, one under the other (often by 〃 / 同上): one row whose
  material is every row's, each with its own format (`种植结构调整情况（Word格式）和…台账（Excel格式）`): one requirement
  with several parts, as a sentence asking them together is. Rows of one date with different senders stay apart. A
  table with no unit column is one sender's (the numbered line above it names whose: held-out 3099), its rows of one
  date joined alike.
- the other way round, a table with the units down and the deadlines across its head (`单位 | 第一阶段：五月十四日（星期一）
  十六时前 | 第二阶段：五月二十八日（星期一）前`, `序号 | 乡镇 | 5月14日前报送 | …`), each cell the paper the row's unit sends
  by its column's date (`集体资产清查台账（Excel格式）`), or a mark (✓ √ ● 是, or the bare verb `报送` / `需报送`: held-out
  3363) when the head names the paper (`5月14日前报送清查台账（Excel格式）`, `样本地块登记表（Excel格式）六月十二日十六时前`),
  `—` / `无` / an empty cell / a let-off (`本次不报送`, held-out 3151) for none: one row per cell that sends, column by
  column (held-out 2883, `_dated_columns_at`), a column's cells naming one paper one after the other (held-out 3471); a
  row of a body no roster lists (`建昌县钢铁行业协会`, `建昌县特殊教育学校`: held-out 3523) is a row of the table all the
  same, left out later as any off-roster row is."""

from __future__ import annotations

import re

from ..timing.dates import DATE, TIME, WEEKDAY_NOTE
from .line_runs import runs_rewritten

DATE_COLUMN = re.compile(r"^(?:报送|截止|提交|上报)?(?:日期|时限)$")
SERIAL = re.compile(r"^(?:序号|编号)$")
# 报送时间及方式, 报送时限, 截止日期, 完成时间: the time column, what way it is sent said in it or not
WHEN_COLUMN = re.compile(r"^(?:报送|截止|提交|上报|完成)?(?:时间|时限|日期)(?:(?:及|和|与)(?:方式|要求))?$")
# 截止时间, 截止日期, 时限, 完成时限: a column of the days papers are due by (a bare 时间 may be when they are kept)
DUE_COLUMN = re.compile(r"^(?:报送)?截止(?:时间|日期)$|^(?:报送|完成)?时限$")
# 报送单位, 责任单位, 承办单位 (the bodies handling a motion or a task, each sending its own report)
UNIT_COLUMN = re.compile(r"^(?:报送|责任|牵头|填报|承办)?单位(?:名称)?$")
# 报送材料, 资料名称, 需报送材料, 材料清单, 报送事项, 文件名称: a column of what each row sends (a bare 事项 is a task's)
MATERIAL_COLUMN = re.compile(r"^(?:[需应须]?(?:报送|上报|提交))?(?:材料|资料|内容)(?:名称|清单|目录)?$"
                             r"|^(?:报送|上报)事项$|^文件名称$")
# 材料名称, 报送资料, 报表名称: a column of the papers' names (报送内容 is what each unit's share of one material holds)
PAPERS_COLUMN = re.compile(r"^(?:[需应须]?(?:报送|上报|提交))?(?:材料|资料)(?:名称|清单|目录)?$|^(?:报表|表格|表单|文件)名称$")
FORMAT_COLUMN = re.compile(r"^(?:报送|文件)?格式$")

# 5月13日(星期三)前, 5 月27 日前, 6月24日下午3时前: a deadline that is the whole header cell
DEADLINE_HEAD = r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\(星期.\)|\(周.\))?\s*(?:[上下中]午)?\s*(?:\d{1,2}\s*[时点:]\s*(?:\d{1,2}\s*分?)?)?\s*(?:之前|以前|前)"
# the header of a date-column grid: a short label (报送材料), then two deadlines or more
GRID_HEADER = re.compile(rf"^\s*(?P<label>[^\d\s，,。；;：:]{{2,8}})(?P<dates>(?:\s+{DEADLINE_HEAD}){{2,}})\s*$")
DEADLINE_CELL = re.compile(DEADLINE_HEAD)
NONE_MARK = r"[—–\-－]{1,2}|/|／|无|×"
NONE_CELL = re.compile(rf"^(?:{NONE_MARK})$")
# one unit's name: it ends as a body's name does (镇, 乡, 局, 分局, 中心, 管委会 …)
# 建昌县钢铁行业协会, 建昌县红十字会: a body ending in 会 is a society or a council, not a meeting (座谈会, 推进会);
# 建昌县特殊教育学校, 县供销合作社, 建昌县自来水厂, 农商银行建昌支行: schools, cooperatives, works and banks are bodies too,
# so such a row stays a row of its table, left out later as any off-roster body's row is (held-out 3523)
UNIT_NAME = re.compile(r"^[\u4e00-\u9fa5()]{1,24}(?:镇|乡|局|委|办|中心|管委会|政府|站|所|院|队|馆|公司|单位|部门"
                       r"|(?:协|商|学|工|联合|委员|红十字)会|学校|幼儿园|社|厂|集团|(?:银|支|分)行)$")
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")


def papers_column(header: list[str]) -> int | None:
    """Where a table names each row's own paper: its 材料名称 / 报送资料 column, or its 报送内容 / 报送事项 column when a
    格式 column beside it gives each row's paper a format of its own (without one, 报送单位 | 报送内容 is each unit's share
    of one material)."""
    cells = [c.strip() for c in header]
    papers = next((k for k, c in enumerate(cells) if PAPERS_COLUMN.match(c)), None)
    if papers is not None or not any(FORMAT_COLUMN.match(c) for c in cells):
        return papers
    return next((k for k, c in enumerate(cells) if MATERIAL_COLUMN.match(c)), None)


# 注：, 注1：, 说明：, 备注：, 特别说明： opening a note (under a table, or after the items it qualifies); 表注： / 表下注：
# / 表格说明： the table's own note (held-out 2731)
NOTE_LABEL = re.compile(r"^\s*(?:备注|附注|表下注|表注|注|表格说明|表下说明|说明|特别说明)\s*\d*\s*[:：]\s*")


def table_top(sentences: list[str], i: int) -> int:
    """Where the table row ``i`` stands in begins: its header row, the first of the rows above it."""
    while i > 0 and "\t" in sentences[i - 1]:
        i -= 1
    return i


def starts_a_table(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a tab table's first line (its header row): tabbed, and the line above it not."""
    return "\t" in lines[i] and not (i and "\t" in lines[i - 1])


def table_bottom(sentences: list[str], i: int) -> int:
    """Where the table row ``i`` stands in ends: its last row."""
    while i + 1 < len(sentences) and "\t" in sentences[i + 1]:
        i += 1
    return i


def grids_as_rows(text: str) -> str:
    return runs_rewritten(text, _grid_rows_at)


def _grid_rows_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    grid = _grid_at(lines, i) or _dated_columns_at(lines, i)
    if grid is None:
        return None
    rows, end = grid
    return ["序号\t报送单位\t报送材料\t报送时限"] + [f"{n}\t{u}\t{m}\t{d}" for n, (u, m, d) in enumerate(rows, 1)], end


def _grid_at(lines: list[str], start: int) -> tuple[list[tuple[str, str, str]], int] | None:
    header = _grid_header(lines[start])
    if header is None:
        return None
    dates = header
    rows: list[tuple[str, str, str]] = []
    material: list[str] = []
    i = start + 1
    while i < len(lines) and lines[i].strip() and not HEADING.match(lines[i]):
        cells = _row_cells(lines[i], len(dates))
        if cells is None:
            material.append(lines[i].strip())
            i += 1
            continue
        lead, units = cells
        name = "".join(material + ([lead] if lead else []))
        if not name:
            return None
        rows += [(u, name, d) for u, d in zip(units, dates) if not NONE_CELL.match(u)]
        material = []
        i += 1
    return (rows, i) if rows and not material else None


# 备注 / 说明 / 附注 / 备注说明: a table's remarks column, by its head cell
REMARKS_HEAD = re.compile(r"^(?:备注|说明|附注|备注说明|其他说明)$")
# the head of the units' column in a table dated across or ticked by paper (报送单位, 乡镇, 部门名称)
UNITS_HEAD = re.compile(r"^(?:报送|责任|填报)?(?:单位|乡镇|部门)(?:名称)?$")
# 第一阶段：五月十四日（星期一）十六时前, 5月14日前报送清查台账（Excel格式）: a deadline in a head cell, in figures or words
DATED_HEAD = re.compile(rf"{DATE}{WEEKDAY_NOTE}{TIME}\s*(?:之前|以前|前)")
# what a head cell says besides its date: a stage's label (第一阶段：), the sending verb
HEAD_WORDS = re.compile(r"^[^:：]{0,8}[:：]|报送|提交|上报")
MARKS = r"✓|√|✔|☑|●|是"  # a tick: asked
MARK_CELL = re.compile(rf"^(?:{MARKS})$")
# 报送, 需报送, 上报: a cell saying only the sending verb, under a head naming the paper and its day: asked, as a tick is
VERB_CELL = re.compile(r"^(?:[需应须要]|需要)?(?:报送|上报|提交|填报|报)$")  # also around.WORD_MARK, paper_columns.SENDS
# 本次不报送, 不需报送, 无需报送材料, 此次不报, 均不填报: a let-off written in a cell, which sends nothing (held-out 3151);
# the one reader of such cells (let_off_rows, paper_columns, wrapped_cells read it too)
LET_OFF_WORDS = r"(?:本次|此次|这次)?(?:均)?(?:不|不需|无需|不用|免于|免予)(?:报送|上报|提交|填报|报)(?:材料)?"
# …after a clause giving the reason (`降雪预报另行通报，本次不报送`, held-out 2471): the last clause lets off, a clause with a
# date before it would be an ask
LET_OFF_CELL = re.compile(r"^(?:[^，,。；;\d月日]{2,20}[，,])?" + LET_OFF_WORDS + "$")
# —（无需整改）, 无（不涉及）, 本次不报送（已报）: a dash or a let-off with its reason bracketed after it, sending nothing
# of its column's paper (held-out 3503; paper_columns.SENDS_NONE reads such cells for a paper's column alike)
NONE_WITH_A_REASON = re.compile(rf"^(?:{NONE_MARK}|{LET_OFF_WORDS})\s*\([^()]{{1,16}}\)$")
# 权力清单（Excel格式）, 运行流程图照片, 自查报告（Word格式）: a paper's name, its format bracketed or not
PAPER = re.compile(r"(?:表|清单|名单|名册|报告|照片|图片|说明|方案|总结|台账|材料|视频|记录|汇编|图)\s*"
                   r"(?:[(（][^()（）]{0,12}[)）])?$|[(（][^()（）]*(?:Excel|Word|PDF|格式)[^()（）]*[)）]$", re.I)


def _dated_columns_at(lines: list[str], start: int) -> tuple[list[tuple[str, str, str]], int] | None:
    """The rows of a table with the units down and the deadlines across (the module's docstring, last shape)."""
    if not starts_a_table(lines, start):
        return None
    head = [c.strip() for c in lines[start].split("\t")]
    first = 1 if head and head[0] == "序号" else 0
    dated = [DATED_HEAD.search(c) for c in head[first + 1:]]
    if len(dated) < 2 or not UNITS_HEAD.match(head[first]) or not all(dated):
        return None
    dates = [re.sub(r"\s+", "", d.group()) for d in dated]
    named = [HEAD_WORDS.sub("", c[:d.start()] + c[d.end():]).strip() for c, d in zip(head[first + 1:], dated)]
    rows: list[tuple[str, list[str]]] = []
    end = start + 1
    while end < len(lines) and lines[end].count("\t") == len(head) - 1:
        cells = [c.strip() for c in lines[end].split("\t")]
        if not UNIT_NAME.match(cells[first]):
            return None
        papers = [named[k] if _asked_by_a_mark(c) else "" if _sends_nothing(c) else c for k, c in enumerate(cells[first + 1:])]
        if not all(PAPER.search(p) for p in papers if p):
            return None  # 完成50%, 已完成; a mark under a head naming no paper: no table of papers sent
        rows.append((cells[first], papers))
        end += 1
    sent = [(unit, paper, date) for k, date in enumerate(dates) for unit, paper in _one_papers_senders_together(rows, k)]
    return (sent, end) if len(rows) >= 2 and sent else None


def _one_papers_senders_together(rows: list[tuple[str, list[str]]], k: int) -> list[tuple[str, str]]:
    """(unit, paper) of each row sending in column ``k``, the rows naming one paper together in the order each paper is
    first named (`工信局 | 行业自查报告`, `应急局 | …统计表`, `商务局 | 行业自查报告`: the two bureaus' shares one after the other,
    so a row between them does not part one paper's senders; held-out 3471)."""
    sending = [(unit, papers[k]) for unit, papers in rows if papers[k]]
    order = list(dict.fromkeys(paper for _, paper in sending))
    return sorted(sending, key=lambda row: order.index(row[1]))


def _sends_nothing(cell: str) -> bool:
    return not cell or bool(NONE_CELL.match(cell) or LET_OFF_CELL.match(cell) or NONE_WITH_A_REASON.match(cell))


def _asked_by_a_mark(cell: str) -> bool:
    return bool(MARK_CELL.match(cell) or VERB_CELL.match(cell))


def _grid_header(line: str) -> list[str] | None:
    if "\t" in line:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 3 and not re.search(r"\d", cells[0]) and all(DEADLINE_CELL.fullmatch(c) for c in cells[1:]):
            return cells[1:]
        return None
    head = GRID_HEADER.match(line)
    return [re.sub(r"\s+", "", d.group()) for d in DEADLINE_CELL.finditer(head.group("dates"))] if head else None


def _row_cells(line: str, count: int) -> tuple[str, list[str]] | None:
    """The row's material words on this line and its unit cells, when the line ends on ``count`` of them."""
    cells = [c.strip() for c in line.split("\t")] if "\t" in line else line.split()
    if len(cells) < count or not all(_a_unit_cell(c) for c in cells[-count:]):
        return None
    return "".join(cells[:-count]), cells[-count:]


def _a_unit_cell(cell: str) -> bool:
    return bool(NONE_CELL.match(cell)) or all(UNIT_NAME.match(p) for p in re.split(r"[、,，]", cell))


def rows_under_their_header(lines: list[str]):
    """(index, the header's cells, the row's cells) for each table row (a line of tab-joined cells) under the first row
    of its table (a line with no tab ends a table); read lazily, so a row changed in ``lines`` is the next one's above."""
    header: list[str] | None = None
    for i, line in enumerate(lines):
        if "\t" not in line:
            header = None
        elif header is None:
            header = [c.strip() for c in line.split("\t")]
        else:
            yield i, header, line.split("\t")


def same_senders_joined(text: str) -> str:
    lines = text.split("\n")
    header: list[str] | None = None
    out: list[str] = []
    for line in lines:
        if "\t" not in line:
            header = None
        elif header is None:
            header = [c.strip() for c in line.split("\t")]
        elif "\t" in out[-1] and (joined := _rows_joined(header, out[-1].split("\t"), line.split("\t"))):
            out[-1] = joined
            continue
        out.append(line)
    return "\n".join(out)


def _column(header: list[str], pattern: re.Pattern) -> int | None:
    return next((k for k, c in enumerate(header) if pattern.match(c)), None)


def _rows_joined(header: list[str], above: list[str], cells: list[str]) -> str | None:
    unit, day, material = (_column(header, p) for p in (UNIT_COLUMN, WHEN_COLUMN, MATERIAL_COLUMN))
    if None in (day, material) or not len(above) == len(cells) == len(header):
        return None
    same_senders = _one_senders_table(header) if unit is None \
        else bool(cells[unit].strip()) and cells[unit].strip() == above[unit].strip()
    same_date = bool(DEADLINE_CELL.search(cells[day]) or DATED_HEAD.search(cells[day])) \
        and re.sub(r"\s", "", cells[day]) == re.sub(r"\s", "", above[day])  # 5月10日前, 十月二十二日（星期四）前
    if not (same_senders and same_date):
        return None
    form = _column(header, FORMAT_COLUMN)
    merged = list(above)
    merged[material] = f"{_with_format(above, material, form)}和{_with_format(cells, material, form)}"
    if form is not None:
        merged[form] = ""
    return "\t".join(merged)


def _one_senders_table(header: list[str]) -> bool:
    """报送材料 | 格式 | 报送时间: a table whose heads are all of the paper, its format and its time (序号, 备注 beside),
    no column of senders: one sender's, whom the numbered line above it or the sentence leading it in names (a 乡镇 /
    部门 / 报送对象 column is someone's, so its table is not)."""
    heads = (SERIAL, MATERIAL_COLUMN, FORMAT_COLUMN, WHEN_COLUMN, REMARKS_HEAD)
    return all(any(head.match(c) for head in heads) for c in header if c)


def _with_format(cells: list[str], material: int, form: int | None) -> str:
    name = cells[material].strip()
    if form is None or not cells[form].strip():
        return name
    fmt = cells[form].strip()
    return f"{name}({fmt}{'' if re.search(r'(?:格式|版|件)$', fmt) else '格式'})"
