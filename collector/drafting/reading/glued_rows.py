"""The rows of a deadline table a PDF gave back glued into one sentence (`单位 采集内容 报送时限` / `县工信局 通信管线
11月8日（星期五）前` / `县水利局 供水、排水主干管线 11月13日（星期三）前`, read as one run of text with no punctuation
between the rows): each date is owed by the unit its row opens with, not by every unit the notice addresses. A row may open
with a group the addressee line would name (`各乡镇人民政府 10月11日（星期五）下班前` / `县自然资源局 10月18日（星期五）前`): the
units of its kinds; or with a cell naming its batch before them (`第二批 各乡 9月19日（星期三）前`: the townships)."""

from __future__ import annotations

import re

from ..timing.dates import Deadline
from .row_mailboxes import past_a_rows_mailbox
from ..senders.unit_lists import ADDRESSEE_KINDS
from ..senders.units import LOCAL, UnitResolver, leading_unit_end, units_opening

# 其他乡镇 | …台账 | 11月11日前 under a row of 建昌镇、八家子镇: the towns and townships the table's other rows leave;
# 第二批 | 其余各乡 under a row of the seven towns: the townships no row names (其余各镇: the towns)
OTHER_TOWNS = re.compile(r"(?:其他|其余|其它)(?:各)?(?P<kind>乡镇|乡\(镇\)|乡(?![村政])|镇(?![区村街政]))")
KINDS_LEFT = {"乡": ("township",), "镇": ("town",)}
# 第二批, 第2批次, 第三阶段: a row's first cell naming its batch, before its units (批次 | 乡镇 | 报送时限)
BATCH_CELL = re.compile(r"^第?[一二三四五六七八九十\d]{1,2}(?:批次?|阶段|轮)")
# 2县教育局: a row's 序号 cell glued to its units, in a table whose header opens with 序号
SERIAL_CELL = re.compile(r"^\d{1,3}(?=\s*[\u4e00-\u9fa5])")
# what a row of a table does not hold: a clause's punctuation, or a request (请…于…报送)
NOT_A_ROW = re.compile(r"[，,；;:：]|请|于|报送|上报|发送|提交|填报")


def units_of_glued_rows(sentence: str, deadlines: list[Deadline], resolver: UnitResolver) -> bool:
    """Give each of two or more deadlines the units of its row (Deadline.units) when the text before each, back to the
    deadline before it, opens with a roster unit and reads as a row's cells (no punctuation, no request); the first row
    may follow the table's header. Unchanged otherwise. Whether they were given."""
    if len(deadlines) < 2 or any(d.units or d.due is None for d in deadlines):
        return False
    rows: list[tuple[str, ...]] = []
    the_rest: dict[int, tuple[str, ...]] = {}  # row → the kinds of the towns it takes that no other row names
    for k, d in enumerate(deadlines):
        piece = sentence[deadlines[k - 1].end if k else 0: d.start].strip()
        piece = piece[past_a_rows_mailbox(piece):] if k else piece  # …11月27日前 jczqb_xz@163.com | 县住建局…
        if not k:
            piece = piece[next((i for i in range(len(piece)) if _row_opening(piece[i:], resolver)), len(piece)):]
        piece = piece[batch.end():] if k and (batch := BATCH_CELL.match(piece)) else piece  # 第二批 | 各乡 | 9月19日前
        piece = piece[_serial_cell_end(piece, sentence, deadlines):].strip() if k else piece
        if k and (other := OTHER_TOWNS.match(piece)) and not NOT_A_ROW.search(piece):
            the_rest[k] = KINDS_LEFT.get(other.group("kind"), LOCAL)  # read once every row is
            rows.append(())
            continue
        if not piece or not _row_opening(piece, resolver) or NOT_A_ROW.search(piece):
            return False
        rows.append(_row_opening(piece, resolver))
    named = {u for units in rows for u in units}
    rows = [tuple(n for n in resolver.roster.names(the_rest[k]) if n not in named) if k in the_rest else units
            for k, units in enumerate(rows)]
    for d, units in zip(deadlines, rows):
        d.units = units
    return True


def the_row_alone(sentence: str, deadlines: list[Deadline], deadline: Deadline, resolver: UnitResolver) -> str:
    """A glued row's own words: from the date cell before it (the first row: from its unit, after the header) to its own
    date cell. What the PDF ran on after the table's last row (县水利局负责…，不单独报送台账) is no row's."""
    k = next(k for k, d in enumerate(deadlines) if d is deadline)
    start = deadlines[k - 1].end if k else 0
    start += past_a_rows_mailbox(sentence[start: deadline.start]) if k else 0
    if not k:
        start = next((i for i in range(deadline.start) if _row_opening(sentence[i:deadline.start], resolver)), 0)
    row = sentence[start: deadline.end].strip()
    row = row[_serial_cell_end(row, sentence, deadlines):].strip() if k else row
    return row[_units_cell_end(row, resolver):]  # the cells after the units' own


def _serial_cell_end(piece: str, sentence: str, deadlines: list[Deadline]) -> int:
    """Where a row's 序号 cell ends (0 when it has none), in a table whose header, before the first date, has 序号."""
    numbered = "序号" in sentence[: deadlines[0].start]
    return m.end() if numbered and (m := SERIAL_CELL.match(piece)) else 0


def _units_cell_end(row: str, resolver: UnitResolver) -> int:
    """Where the units a row opens with end in it (县交通局、县住建局 | 客运站点…表: after 县住建局)."""
    if other := OTHER_TOWNS.match(row):
        return other.end()
    end = 0
    while True:
        n = leading_unit_end(row[end:], resolver)
        if not n:
            break
        end += n
        if row[end:end + 1] != "、":
            return end
        end += 1
    return _groups_opening(row, resolver)[1] or end


def _row_opening(piece: str, resolver: UnitResolver) -> tuple[str, ...]:
    """The roster units a row's text opens with: a 、-list of names, or a group (各乡镇人民政府) as its kinds' units."""
    if named := units_opening(piece, resolver):
        return tuple(named)
    return _groups_opening(piece, resolver)[0]


def _groups_opening(piece: str, resolver: UnitResolver) -> tuple[tuple[str, ...], int]:
    """The units of the groups a row opens with (各乡镇人民政府; a 、-list 各乡镇、开发区 the kinds of each) and where
    they end; ((), 0) when it opens with none."""
    units: list[str] = []
    at = end = 0
    for k in range(4):
        m, kinds = next(((m, kinds) for word, kinds in ADDRESSEE_KINDS if (m := word.match(piece, at))), (None, ()))
        if m is None or (not k and not m.group().startswith("各")):
            break
        units += [u for u in resolver.roster.names(kinds) if u not in units]
        end = m.end() + len(re.match(r"(?:人民政府|政府|管委会)?", piece[m.end():]).group())
        if piece[end:end + 1] != "、":
            break
        at = end + 1
    return tuple(units), end


def the_header(sentence: str, deadlines: list[Deadline], resolver: UnitResolver) -> str:
    """The glued table's header, before its first row's units (报送单位 报送时限): it says the rows' dates are for sending."""
    first = deadlines[0]
    return sentence[: next((i for i in range(first.start) if _row_opening(sentence[i:first.start], resolver)), 0)]


# 报送单位 报送材料 报送时限: a header whose papers column follows the units' one
PAPERS_AFTER_UNITS = re.compile(r"单位\s*(?:报送)?材料(?:名称)?")


def glued_rows_are_papers(sentence: str, deadlines: list[Deadline], resolver: UnitResolver) -> bool:
    """A glued table whose header names each row's papers after its units (报送单位 报送材料 报送时限): each row a material
    of its own, two rows due the same day two requirements (建昌镇、八家子镇 | 台账 | 11月4日前, 县市场局 | 汇总表 | 11月11日前)."""
    return bool(PAPERS_AFTER_UNITS.search(the_header(sentence, deadlines, resolver)))
