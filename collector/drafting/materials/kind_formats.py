"""Formats a notice says once for a kind of material rather than for a material by its name: `三、报送方式 以上材料电子版
（表格为Excel格式，报告为Word格式）发送至…`. Said apart from the sentences naming the materials, in a sentence of them all or
under a heading about the sending, each part of that kind with no format of its own takes it
(`named_formats.formats_said_of_a_kind`); said of one kind, it is no format of a material of another (the Excel of
表格为Excel格式 makes no report a spreadsheet: `parts.parts_for`)."""

from __future__ import annotations

import re

# the noun a kind of material ends in (报送格式仍为Excel格式 says the format of what the sentence sends, no kind's)
KIND_NOUN = r"表格|报表|表|台账|清单|名单|报告|材料|资料|文字|文稿|文档|文本|总结|方案|说明|计划|汇报"
# 以上材料电子版（表格为Excel格式，报告为Word格式）, 其中文字材料请用Word格式: a kind of material and the format it is sent in
KIND_IN_A_FORMAT = re.compile(r"(?<![\u4e00-\u9fa5])(?:其中|所有|全部|各类)?(?P<kind>[\u4e00-\u9fa5]{0,10}?(?:" + KIND_NOUN + r"))"
                              r"(?:均|都|一律|统一)?(?:须|需|请|应)?(?:为|用|采用|使用|以)\s*"
                              r"(?:(?P<word>Word|WORD|word|docx?)|(?P<sheet>Excel|EXCEL|excel|xlsx?))\s*(?:格式|版|文档|文件)")
# \t应急减排清单（Excel）\t: a table's head cell, a paper and its format and nothing else
HEAD_CELL_IN_EXCEL = re.compile(r"(?<=\t)(?P<kind>[^\t()（），,；;。]{2,30})[(（]\s*(?P<sheet>Excel|EXCEL|excel|xlsx?)\s*(?:格式|版)?"
                                r"[)）](?=\t|$|[，,；;。\n])", re.M)
# 序号 | 单位 | …: a table's head row, its units column named (a row of units and their papers is no head)
UNITS_HEAD_CELL = re.compile(r"(?:^|\t)\s*(?:报送|责任|填报)?(?:单位|乡镇|部门)(?:名称)?\s*(?=\t)", re.M)
# the words for every written material, whatever its name ends in
WRITTEN = re.compile(r"^(?:文字|文字材料|文稿|文档|文本|书面材料)$")
TABLE_KIND = re.compile(r"^(?:表格|报表|表)$")
# 以上材料, 上述各项材料, 全部资料: the materials named above as a whole
ALL_MATERIALS = re.compile(r"(?:以上|上述|前述|所有|全部)[\u4e00-\u9fa5]{0,4}?(?:材料|资料|文件)")
# 三、报送方式, 四、报送要求, 五、材料报送: a section about the sending itself
SENDING_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、\s*(?:材料|资料)?(?:报送|上报|格式)(?:方式|要求|形式)?\s*[:：。]?\s*$")


def kinds_said_of_all(body: str) -> list[tuple[str, str]]:
    """(kind, word / sheet) for each kind of material given a format in a sentence of all the materials or under a
    heading about the sending."""
    out: list[tuple[str, str]] = []
    sending = False
    for line in body.split("\n"):
        if re.match(r"^\s*[一二三四五六七八九十]+、", line):
            sending = bool(SENDING_HEADING.match(line))
        for sentence in re.split(r"(?<=[。；;])", line):
            if not (sending or ALL_MATERIALS.search(sentence)):
                continue
            out += [(m.group("kind"), "word" if m.group("word") else "sheet") for m in KIND_IN_A_FORMAT.finditer(sentence)]
    return out


def of_the_kind(title: str, kind: str, form: str) -> bool:
    """A part titled ``title`` is of the ``kind`` a format was said of: its name ends in it (报告, 自查报告), any written
    material for 文字材料, any table for 表格."""
    if form == "word" and (WRITTEN.match(kind) or ALL_MATERIALS.fullmatch(kind)):
        return not re.search(r"表$|表格$|台账$|清单$", title)
    if form == "sheet" and TABLE_KIND.match(kind):
        return bool(re.search(r"表$|表格$", title))
    return title.endswith(kind)


def excel_said_of_another_kind(text: str, docs: list[str]) -> bool:
    """Every Excel ``text`` names is given to a kind of material (表格为Excel格式) none of ``docs`` is of, or to another
    paper heading a table's column (`单位 | 应急减排清单（Excel） | 应急预案修订稿（Word）` beside the clause sending the
    预案): no document of them is the spreadsheet."""
    excels = [m.start() for m in re.finditer(r"Excel|EXCEL|excel|xlsx?", text)]
    said = [m for m in KIND_IN_A_FORMAT.finditer(text) if m.group("sheet")]
    said += [m for m in _head_cells_in_excel(text) if not any(d in m.group("kind") or m.group("kind") in d for d in docs)]
    return bool(excels) and all(any(m.start() <= at < m.end() and not any(of_the_kind(d, m.group("kind"), "sheet")
                                                                            for d in docs) for m in said)
                                for at in excels)


def _head_cells_in_excel(text: str) -> list[re.Match]:
    """The head cells of a table's head row (one with a 单位 / 乡镇 / 部门 column) that name a paper in Excel."""
    out: list[re.Match] = []
    for row in re.finditer(r"[^\n，,；;。]+", text):  # a requirement's text joins its sentences and rows by commas
        if UNITS_HEAD_CELL.search(row.group()):
            out += [m for m in HEAD_CELL_IN_EXCEL.finditer(text, row.start(), row.end())]
    return out
