"""A table the body heads with its name and a sentence then names its units by (`三、联系人表` above the rows
`单位 | 联系人 | 职务 | 联系电话`, and `请联系人表所列单位（县市场局除外）…`; the caption `表一：乡镇` above `序号 | 单位`, and
`请表一所列乡镇于…前、表二所列部门于…前，将…`): the units are that table's cells, as `上表所列乡镇` takes the table above
(addressed.table_units); only the table so named, not every table of the body. Where a sentence names two tables, each
deadline's clause takes the table it names."""

from __future__ import annotations

import re

from collector.numerals import cn_int

# 三、联系人表 / （二）任务分解表 / 附表1 进度安排表: the numbering before a table's own name
HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|附表\s*\d{0,2})\s*")
TABLE_NAME = re.compile(r"[\u4e00-\u9fa5]{1,10}表")
# 所列乡镇, 所列牵头单位, 所列6个乡: the units a table lists, after the table's name (上表, 表中, 联系人表)
LISTED_UNITS = (r"所列的?(?:[\d一二三四五六七八九十两]{1,3}个)?(?:县直|县级|县直属)?(?:有关|相关)?(?:牵头|配合|责任)?"
                r"(?:单位|乡镇|部门|乡(?!村)|镇(?![村街]))")
THE_UNITS = r"(?:中|内)?" + LISTED_UNITS


# 表一：乡镇, 表2 县直部门, 附表1: a table's caption by its number, what it lists after the colon
NUMBERED_CAPTION = re.compile(r"^\s*(?P<name>附?表\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2}))(?:\s*[:：\s]\s*[\u4e00-\u9fa5]{0,12})?\s*$")


def table_named(heading: str) -> str:
    """The table's name a heading line is (联系人表 of 三、联系人表; 表一 of the caption 表一：乡镇), or ""."""
    if "\t" in heading:
        return ""
    if caption := NUMBERED_CAPTION.match(heading):
        return re.sub(r"\s+", "", caption.group("name"))
    name = HEADING_NUMBER.sub("", heading).strip()
    return name if TABLE_NAME.fullmatch(name) else ""


def rows_under(sentences: list[str], j: int) -> list[str]:
    """The tab-joined rows right under sentence ``j``."""
    rows = []
    for s in sentences[j + 1:]:
        if "\t" not in s:
            break
        rows.append(s)
    return rows


def rows_above(sentences: list[str], j: int) -> list[str]:
    """The tab-joined rows right above sentence ``j``, in order."""
    rows: list[str] = []
    for s in reversed(sentences[:j]):
        if "\t" not in s:
            break
        rows.insert(0, s)
    return rows


# 下表所列乡镇, 上表中的部门: the table right below or right above the sentence saying it
TABLE_BELOW = re.compile(r"下表(?:中|内)?(?:所列|的)")
TABLE_ABOVE = re.compile(r"上表(?:中|内)?(?:所列|的)")


# 下列两张表, 以下三个表格: that many tables, one after the other below the sentence
TABLES_BELOW = re.compile(r"(?:下列|以下|如下)(?P<count>[两二三四234])[张个]表")


def the_table_pointed_at(sentences: list[str], i: int) -> list[str]:
    """The rows of the table sentence ``i`` points to as 下表 (right under it) or 上表 (right above it), not every table
    of the notice: units split over two tables, each under its own sentence asking its own paper, are each sentence's
    own (held-out 3303). 下列两张表 is the two tables under it, their captions between them (one paper's units split
    over them, held-out 3369). Every sentence (all the tables) where it names neither, or both, or no table stands
    there."""
    sentence = sentences[i]
    if several := TABLES_BELOW.search(sentence):
        return tables_below(sentences, i, cn_int(several.group("count")))
    below, above = TABLE_BELOW.search(sentence), TABLE_ABOVE.search(sentence)
    if bool(below) == bool(above):
        return sentences
    return (rows_under(sentences, i) if below else rows_above(sentences, i)) or sentences


def tables_below(sentences: list[str], i: int, count: int) -> list[str]:
    """The sentences after ``i`` up to the end of the ``count``-th table below it (each a run of tab-joined rows), or
    every sentence when fewer tables follow."""
    tables = 0
    for j in range(i + 1, len(sentences)):
        ends_a_table = "\t" in sentences[j] and (j + 1 == len(sentences) or "\t" not in sentences[j + 1])
        tables += ends_a_table
        if tables == count:
            return sentences[i + 1: j + 1]
    return sentences


def units_of_the_table_named(sentence: str, sentences: list[str]) -> str:
    """请联系人表所列单位…: every cell of the table the body heads 联系人表, joined for the requirement's subject
    (the roster names in them are found as any sentence's are); "" when the sentence names no such table."""
    for j, heading in enumerate(sentences):
        name = table_named(heading)
        if name and re.search(re.escape(name) + r"(?![一二三四五六七八九十\d])" + THE_UNITS, sentence) \
                and (rows := rows_under(sentences, j)):
            return "、".join(cell for row in rows for cell in row.split("\t"))
    return ""
