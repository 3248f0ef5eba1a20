"""A table row whose materials cell lists its papers by 、 and whose 格式 cell lists as many formats by 、, each paper
in its turn's format: `县应急局 | 易燃易爆场所防雷检查情况、防雷检测报告扫描件 | Word、PDF` is the report in Word and the
scan in PDF (`易燃易爆场所防雷检查情况(Word格式)、防雷检测报告扫描件(PDF格式)`), `农资价格监测情况、监测点现场截图 | Word、JPG` a
Word report and its screenshots. A cell whose count of names differs from its count of formats (`中小学校、幼儿园…统计表 |
Excel`: one sheet, its name holding a 、) is left as written."""

from __future__ import annotations

import re

from .table_grids import FORMAT_COLUMN, MATERIAL_COLUMN, table_top

LISTED = re.compile(r"\s*、\s*")
FORMATS = re.compile(r"\s*[、/／]\s*")


def formats_paired_in_the_row(sentences: list[str], i: int) -> tuple[str, str] | None:
    """(the materials cell, the cell with each paper's format in its bracket) of the table row ``sentences[i]``, or None
    for no such row, no 格式 column, one paper, or as many papers as formats not said."""
    if "\t" not in sentences[i]:
        return None
    header = [c.strip() for c in sentences[table_top(sentences, i)].split("\t")]
    row = [c.strip() for c in sentences[i].split("\t")]
    material_at = next((k for k, c in enumerate(header) if MATERIAL_COLUMN.match(c)), None)
    format_at = next((k for k, c in enumerate(header) if FORMAT_COLUMN.match(c)), None)
    if row == header or len(row) != len(header) or material_at is None or format_at is None:
        return None
    names, formats = LISTED.split(row[material_at]), FORMATS.split(row[format_at])
    if len(names) < 2 or len(names) != len(formats) or any(re.search(r"[()（）]", n) for n in names):
        return None
    return row[material_at], "、".join(f"{n}({with_format_word(f)})" for n, f in zip(names, formats))


def with_format_word(fmt: str) -> str:
    """A format cell as a bracket says it: Word → Word格式 (盖章扫描件, PDF版 kept)."""
    return fmt if re.search(r"格式|版|文件|件$", fmt) else fmt + "格式"
