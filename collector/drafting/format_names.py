"""A format named like a material: `《…普查登记表》（WPS表格）`. WPS表格 (like Excel表格, 电子表格, WPS文字, Word文档) is the
program the form is filled in, written in a bracket right after the form's name: it says the form's format and is no
second file. The same words standing as the thing sent (`将统计数据填入电子表格发送`) stay a material."""

from __future__ import annotations

import re

SHEET_PROGRAM = r"WPS表格|Excel表格?|EXCEL表格?|excel表格?|电子表格"
WORD_PROGRAM = r"WPS文字|Word文档|WORD文档|word文档"
PROGRAM = re.compile(rf"(?:{SHEET_PROGRAM}|{WORD_PROGRAM})(?:格式|版|文件)?")


def only_a_format(text: str, name: str) -> bool:
    """``name`` is a program's name in a bracket right after another name (…登记表》（WPS表格）)."""
    if not PROGRAM.fullmatch(name):
        return False
    return bool(re.search(r"[\u4e00-\u9fa5》”][(（]\s*" + re.escape(name) + r"\s*[)）,，、]", text))


def program_format(bracket: str) -> str:
    """sheet or word for a bracket that names the program (（WPS表格）, （WPS文字）), else ""."""
    if re.search(SHEET_PROGRAM, bracket):
        return "sheet"
    return "word" if re.search(WORD_PROGRAM, bracket) else ""
