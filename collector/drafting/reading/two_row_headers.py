"""A table whose header is two rows: the papers (or stages) in the first, each over the columns it spans, its cell
repeated (`序号 | 单位 | 自查报告 | 自查报告 | 整改报告 | 整改报告`), and what each column says of them in the second, its first
cells empty (` | | 格式 | 报送时间 | 格式 | 报送时间`; a PDF's or Word's merged cells, held-out 2991). The two are read as one
header, each column's two words joined (`序号 | 单位 | 自查报告格式 | 自查报告报送时间 | 整改报告格式 | 整改报告报送时间`),
before any step reads a table's first row as its header (a second row's empty 单位 cell would else be filled from
above and the row read as the table's first). A second row of anything but such words (a row of data, a 备注 row) is no
header."""

from __future__ import annotations

import re

from ..asks.stage_columns import STAGE_HEADER

# 格式, 报送时间, 截止时间, 报送格式, 时限: what a second header row says of the papers its first names
SECOND_HEADER_CELL = re.compile(r"^(?:报送|提交|上报|文件)?(?:格式|时间|时限|日期|截止时间|截止日期)$")


def joined(text: str) -> str:
    """``text`` with each table's two-row header (see the module's docstring) joined into one line."""
    lines = text.split("\n")
    out: list[str] = []
    for k, line in enumerate(lines):
        if out and _second_header_row(lines, k):
            top = out[-1].split("\t")
            out[-1] = "\t".join(t.strip() + b.strip() for t, b in zip(top, line.split("\t")))
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
