"""A column of the notice's table the words name by its header (`上表牵头部门于7月24日前…报送` above the rows
`重点事项 | 牵头部门 | 配合部门`): the senders are that column's cells, not every cell of the table (the 配合部门 of the same
rows only help). A Word table's cells are parted by tabs; a PDF's row is a line of space-parted cells (a narrow last
cell wrapped onto a line of its own goes on that cell), and the table ends at the first line of prose.
A header of any words, quoted, names its column as the clause's sender too (`请表中“检查方”于…前将互查报告…；“被检查方”
根据互查意见认真整改，于…前将整改报告…` over `序号 | 检查方 | 被检查方`: each column its own paper, held-out 3331) when its
cells are units' names; a quoted header that is not the clause's subject (`在“备注”栏注明`) names no sender."""

from __future__ import annotations

import re

from ..reading.item_numbers import CHINESE_ITEM, ITEM
from ..reading.table_grids import UNIT_NAME
from .table_towns import ENDS_IN_WORDS, PROSE, WRAPPED_REST

# 上表牵头部门, 表中所列责任单位, 上表“牵头单位”: a header with a word before 单位 / 部门 (a bare 单位 or 乡镇 is the table);
# 表中所列牵头单位、配合单位: two columns named
HEAD = r"[“\"]?[\u4e00-\u9fa5]{2}(?:单位|部门)[”\"]?"
COLUMN_NAMED = re.compile(r"(?:表中|上表|下表|表内|表格中)(?:所列的?|中的?)?(?P<heads>" + HEAD + r"(?:[、和及与]" + HEAD + r")*)")
# 统一由帮扶部门于…发送, 帮扶部门另于…报送, 请各责任单位将…: a header word opening the clause as the one who sends
SENDER_BEFORE = r"(?:^|(?<=[由请，,；;。]))各?"
SENDER_AFTER = r"(?:另|统一|须|需|应|要)?(?:于|在|将|报送|发送|上报|提交)"
# 请表中“检查方”于, “被检查方”根据互查意见认真整改，于: a quoted header opening the clause, its verb later in the sentence
QUOTED_SENDER = (rf"(?:^\s*(?:{ITEM}|{CHINESE_ITEM})?|(?<=[由请，,；;。]))"
                 r"(?:(?:表中|上表|下表|表内)(?:所列的?)?)?各?[“\"](?P<head>[^“”\"，,。；;]{2,8})[”\"]"
                 r"(?=[^。；;“”]{0,30}?" + SENDER_AFTER + ")")


def _cells(row: list[str]) -> list[str]:
    """A row's cells: a Word row's tab-parted ones, or a PDF line's space-parted ones."""
    return [c.strip() for c in row] if len(row) > 1 else re.split(r"[ \u3000]+", row[0].strip()) if row else []


def _column_under(header: list[str], k: int, rows: list[list[str]]) -> list[str]:
    """Cell ``k`` of each row under ``header`` with as many cells, up to the first line of prose."""
    cells: list[str] = []
    last_was_wrapped_cell = False
    for row in rows:
        parts = _cells(row)
        if len(parts) == len(header) and not any(PROSE.search(p) for p in parts):
            cells.append(parts[k])
            last_was_wrapped_cell = k == len(header) - 1
        elif len(parts) == 1 and WRAPPED_REST.fullmatch(parts[0]) and cells and ENDS_IN_WORDS.search(cells[-1]):
            if last_was_wrapped_cell:
                cells[-1] += parts[0]  # 县公安局、县人 / 社局: the last cell wrapped
        else:
            break
    return cells


def column_of_the_table(sentence: str, rows: list[list[str]]) -> str:
    """上表牵头部门…: the cells of the table column the sentence names by its header, joined for the requirement's
    subject; "" when the sentence names no column, or no table of the notice has it."""
    m = COLUMN_NAMED.search(sentence)
    if not m:
        return ""
    heads = re.findall(r"[\u4e00-\u9fa5]{2}(?:单位|部门)", m.group("heads"))
    for i, row in enumerate(rows):
        header = _cells(row)
        if len(header) > 1 and all(h in header for h in heads) and not any(PROSE.search(c) for c in header):
            cells = [c for h in heads for c in _column_under(header, header.index(h), rows[i + 1:])]
            if cells:
                return "、".join(cells)
    return ""


def column_named_as_the_sender(text: str, rows: list[list[str]]) -> str:
    """统一由帮扶部门于…发送 beside the table `结对乡镇 | 帮扶部门`: the cells of the one column whose header (a word
    before 单位 / 部门) the clause names as who sends, with no 上表 / 表中 before it; "" when it names no such column, or
    two (a pair table whose sides both send is the whole table's)."""
    for i, row in enumerate(rows):
        header = _cells(row)
        if len(header) < 2 or any(PROSE.search(c) for c in header):
            continue
        heads = [h for h in header if re.fullmatch(HEAD, h)
                 and re.search(SENDER_BEFORE + re.escape(h) + SENDER_AFTER, text)]
        heads += [h for h in _quoted_senders(text) if h in header and h not in heads]
        if len(heads) == 1 and (cells := _column_under(header, header.index(heads[0]), rows[i + 1:])) \
                and (re.fullmatch(HEAD, heads[0]) or all(map(UNIT_NAME.match, cells))):
            return "、".join(cells)
    return ""


def _quoted_senders(text: str) -> list[str]:
    """The quoted headers ``text``'s clauses open with as who sends (请表中“检查方”于…)."""
    return [m.group("head") for m in re.finditer(QUOTED_SENDER, text)]
