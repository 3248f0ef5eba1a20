"""A table whose header is two rows: the papers (or stages) in the first, each over the columns it spans, its cell
repeated (`序号 | 单位 | 自查报告 | 自查报告 | 整改报告 | 整改报告`), and what each column says of them in the second, its first
cells empty (` | | 格式 | 报送时间 | 格式 | 报送时间`; a PDF's or Word's merged cells, held-out 2991). The two are read as one
header, each column's two words joined (`序号 | 单位 | 自查报告格式 | 自查报告报送时间 | 整改报告格式 | 整改报告报送时间`),
before any step reads a table's first row as its header (a second row's empty 单位 cell would else be filled from
above and the row read as the table's first). A second row of anything but such words (a row of data, a 备注 row) is no
header. So is a second row giving each paper of the first its day (`序号 | 单位 | 自查报告（Word格式） | 整改报告（…）` over
` | 报送时间 | 五月十四日（星期一）十六时前 | 六月四日（星期一）前`, held-out 3443): each paper's head takes its day
(`自查报告（Word格式）五月十四日…前`), the label under the units' columns dropped, so the rows' 报送 / `—` cells are read as
under a head naming its paper and its day (table_grids' units down, deadlines across). A first row that is only a
banner over the paper columns (`序号 | 单位 | 报送材料及时间 | 报送材料及时间`) over a second naming each column's paper and day
gives way to the second (held-out 3503, ``_header_under_a_banner``)."""

from __future__ import annotations

import re

from ..asks.stage_columns import STAGE_HEADER
from .line_runs import runs_rewritten
from .table_grids import DATED_HEAD, MATERIAL_COLUMN, PAPER, starts_a_table

# 格式, 报送时间, 截止时间, 报送格式, 时限: what a second header row says of the papers its first names
SECOND_HEADER_CELL = re.compile(r"^(?:报送|提交|上报|文件)?(?:格式|时间|时限|日期|截止时间|截止日期)$")
# 报送材料及时间, 报送内容和时限, 材料及要求, 报送要求: a first row's label of what the columns under it hold, no paper's name
BANNER = re.compile(r"^(?:报送|提交|上报)?(?:(?:材料|资料|内容|事项)(?:名称)?(?:(?:及|和|与|、)(?:报送)?(?:时间|时限|日期|要求|格式))*"
                    r"|要求|时间(?:及|和|与)要求)$")


def stages_apart(text: str) -> str:
    """``text`` with each table of stages side by side (see the module's docstring) written one stage after another."""
    return runs_rewritten(text, _stages_written_apart)


def _stages_written_apart(lines: list[str], i: int) -> tuple[list[str], int] | None:
    if not starts_a_table(lines, i) or i + 1 >= len(lines) or "\t" not in lines[i + 1]:
        return None
    second = [c.strip() for c in lines[i + 1].split("\t")]
    top = _padded(lines[i].split("\t"), len(second))  # a last stage's blank cells may be cut off the line
    if top is None or not (stages := _stage_spans(top, second)):
        return None
    end = i + 2
    while end < len(lines) and "\t" in lines[end]:
        end += 1
    rows = [_padded(line.split("\t"), len(second)) for line in lines[i + 2:end]]
    if not rows or any(row is None for row in rows):
        return None
    lead = range(stages[0][0])
    header = [top[k].strip() for k in lead] + second[stages[0][0]:stages[0][1]]
    written = ["\t".join(row[k] for k in [*lead, *range(a, b)]) for a, b in stages for row in rows]
    return ["\t".join(header), *written], end


def _padded(cells: list[str], width: int) -> list[str] | None:
    return cells + [""] * (width - len(cells)) if len(cells) <= width else None


def _stage_spans(top: list[str], second: list[str]) -> list[tuple[int, int]]:
    """The columns [a, b) each stage of the first row spans, when the row's own columns lead (their second cell empty)
    and every stage spans the same words, a paper column and a day column among them; [] otherwise."""
    lead = next((k for k, c in enumerate(second) if c), len(second))
    if not lead or any(not top[k].strip() for k in range(lead)):
        return []
    starts = [k for k in range(lead, len(top)) if top[k].strip()]
    if len(starts) < 2 or starts[0] != lead:
        return []
    spans = list(zip(starts, [*starts[1:], len(top)]))
    words = {tuple(second[a:b]) for a, b in spans}
    if len(words) != 1 or any(top[k].strip() for a, b in spans for k in range(a + 1, b)):
        return []
    said = next(iter(words))
    has_paper = any(MATERIAL_COLUMN.match(c) for c in said)
    has_day = any(SECOND_HEADER_CELL.match(c) and not re.search("格式", c) for c in said)
    return spans if has_paper and has_day and all(c for c in said) else []


def joined(text: str) -> str:
    """``text`` with each table's two-row header (see the module's docstring) joined into one line."""
    lines = text.split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        if out and _second_header_row(lines, k):
            top = out[-1].split("\t")
            out[-1] = "\t".join(t.strip() + b.strip() for t, b in zip(top, line.split("\t")))
            continue
        if out and (header := _header_under_a_banner(lines, k)):
            out[-1] = header
            continue
        if out and _days_under_the_papers(lines, k):
            top = out[-1].split("\t")
            out[-1] = "\t".join(t.strip() + (b.strip() if _a_day(b) else "") for t, b in zip(top, line.split("\t")))
            continue
        out.append(line)
    return "\n".join(out)


def _second_header_row(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is a second header row under a table's first line: as many cells, its first empty and every
    other empty or a word of what a column says (格式, 报送时间), one at least under a cell its neighbour repeats (or
    making with the cell above a paper's date column, 自查报告 over 报送时间)."""
    if not k or "\t" not in lines[k] or (k > 1 and "\t" in lines[k - 2]):
        return False
    top, cells = lines[k - 1].split("\t"), [c.strip() for c in lines[k].split("\t")]
    if len(top) != len(cells) or cells[0] or not all(not c or SECOND_HEADER_CELL.match(c) for c in cells):
        return False
    spanned = {i for i in range(len(top)) for j in (i - 1, i + 1) if 0 <= j < len(top) and top[j].strip() == top[i].strip()}
    said = {i for i, c in enumerate(cells) if c}
    return bool(said) and (bool(spanned & said) or all(STAGE_HEADER.match(top[i].strip() + cells[i]) for i in said))


def _days_under_the_papers(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is a second header row giving the papers above their days: as many cells, the first empty, the
    ones before the days empty or a time label (报送时间, 截止时间), two days at least and every later cell a day under a
    head naming a paper (a row of data has a unit or a number in its first cells)."""
    if not k or "\t" not in lines[k] or (k > 1 and "\t" in lines[k - 2]):
        return False
    top, cells = [c.strip() for c in lines[k - 1].split("\t")], [c.strip() for c in lines[k].split("\t")]
    days = [i for i, c in enumerate(cells) if _a_day(c)]
    if len(top) != len(cells) or cells[0] or len(days) < 2 or days != list(range(days[0], len(cells))):
        return False
    labels = cells[:days[0]]
    return all(not c or (SECOND_HEADER_CELL.match(c) and "格式" not in c) for c in labels) \
        and all(PAPER.search(top[i]) and not DATED_HEAD.search(top[i]) for i in days)


def _a_day(cell: str) -> bool:
    """A cell that is a deadline and nothing else (五月十四日（星期一）十六时前)."""
    m = DATED_HEAD.search(cell.strip())
    return bool(m) and m.group() == cell.strip()


def _header_under_a_banner(lines: list[str], k: int) -> str:
    """Line ``k`` as its table's header when the line above is only a banner over it: the first row's lead cells
    (序号, 单位) repeated in the second or left empty there (a merged cell drawn cell by cell, or a Word merge), its
    other cells one label of what the columns hold (`报送材料及时间`) over every column after them, merged (one cell) or
    drawn in each; the second row names each column's own paper and day (`自查报告（Word格式）六月九日…前`), so the banner
    says nothing the second row does not (held-out 3503). "" when line ``k`` is no such header."""
    if not k or "\t" not in lines[k] or (k > 1 and "\t" in lines[k - 2]):
        return ""
    top, second = [c.strip() for c in lines[k - 1].split("\t")], [c.strip() for c in lines[k].split("\t")]
    lead = next((i for i, c in enumerate(top) if BANNER.match(c)), 0)
    if not lead or len(top) > len(second) or any(not top[i] or second[i] not in ("", top[i]) for i in range(lead)):
        return ""
    banner = top[lead:] + [top[-1]] * (len(second) - len(top))  # a merged banner: one cell over the columns left
    under = second[lead:]
    if len(under) < 2 or len(set(banner)) != 1 or not all(under) or len(set(under)) != len(under) \
            or any(SECOND_HEADER_CELL.match(c) for c in under):
        return ""
    return "\t".join(top[:lead] + under)

