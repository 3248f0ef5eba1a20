"""A format word and its noun parted by a space, as a PDF's text comes out (`山杏加工企业名录(Excel 格式)`): read as
one word (`Excel格式`), so a bracket of that shape gives the material its format as the typed text does. A space
before anything else (`Word 2010以上版本`, `PDF 扫描件` left to the scan rules) stays."""

from __future__ import annotations

import re

# Excel 格式, Word 版, WPS 表格, CSV 格式: a Latin format name, spaces, then the Chinese noun that makes it a format
GAP = re.compile(r"(?<![A-Za-z])(?P<name>Excel|EXCEL|excel|Word|WORD|word|WPS|wps|CSV|csv|TIFF?|tiff?)[ \t]+(?=格式|版|文档|表格|文字)")


def closed_up(text: str) -> str:
    """`(Excel 格式)` as `(Excel格式)`; other spaces kept."""
    return GAP.sub(r"\g<name>", text)
