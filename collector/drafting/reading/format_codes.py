"""Formats written as letter codes that a legend line of the notice explains: `材料格式代码：W为Word文档，E为Excel表格，
P为加盖单位公章的PDF扫描件。` over `…统计表（E）` and `…情况说明（W+P）`. Each bracket holding only codes of the legend is
the formats the legend names, written out (`（Excel格式）`, `（Word格式及加盖单位公章的PDF扫描件）`: a document and its
stamped scan; a format named with its kind of file, `Excel表格`, `Word文档`, is written as the format), so the papers
are read in their formats as if the notice had spelt them. The legend line stays as written. Letters in brackets with
no legend (`（A类）`, `（E）` alone), a legend whose meanings are no formats (`A为优秀，B为良好`), and codes the legend does
not give are left as written."""

from __future__ import annotations

import re

# 材料格式代码：, 格式代号：, 文件格式缩写说明：: the label of a legend of format codes (代码 / 代号 / 缩写 / 简称 / 字母)
LEGEND = re.compile(r"^[ \t\u3000]*(?:注[:：]\s*)?[^\n:：，,。；;]{0,8}?(?:代码|代号|缩写|简称|字母)(?:说明|含义)?\s*[:：]\s*"
                    r"(?P<pairs>[^\n]+?)\s*[。.]?[ \t\u3000]*$", re.M)
# W为Word文档, E代表Excel表格, P表示加盖单位公章的PDF扫描件: one code and what it stands for
PAIR = re.compile(r"^\s*(?P<code>[A-Za-z]{1,3})\s*(?:为|代表|表示|指|即|=|[:：])\s*(?P<means>[^，,；;、。]{2,24})\s*$")
# Word / Excel / PDF / 扫描件 / 照片 …: what a meaning must name to be a format
FORMAT_WORD = re.compile(r"Word|WORD|word|Excel|EXCEL|excel|PDF|pdf|WPS|wps|JPG|jpg|JPEG|PNG|OFD|扫描件|照片|图片|文档|表格")
# （E）, （W+P）, (W、P): a bracket of codes only, joined by + / ＋ / 、 / 和 / 及
CODES = re.compile(r"(?P<open>[(（])\s*(?P<codes>[A-Za-z]{1,3}(?:\s*(?:\+|＋|、|和|及|/)\s*[A-Za-z]{1,3})*)\s*[)）]")
JOINER = re.compile(r"\s*(?:\+|＋|、|和|及|/)\s*")
# Excel表格, Word文档, WPS文件: a format named with its kind of file, written as the format (`Excel格式`), so that the
# bracket is read as formats and no `Excel表格` as a paper beside the one it follows
KIND_OF_FILE = re.compile(r"(?P<format>Word|WORD|word|Excel|EXCEL|excel|WPS|wps|PDF|pdf|OFD)\s*(?:电子)?(?:表格|文档|文件|版本|版)$")


def spelled_out(text: str) -> str:
    """Each bracket of the legend's codes (`（W+P）`) as the formats the legend gives them (`（Word格式及…PDF扫描件）`)."""
    legend = _legend(text)
    if not legend:
        return text

    def written_out(m: re.Match) -> str:
        codes = JOINER.split(m.group("codes"))
        if not all(code in legend for code in codes):
            return m.group()
        close = "）" if m.group("open") == "（" else ")"
        return m.group("open") + "及".join(legend[code] for code in codes) + close
    return CODES.sub(written_out, text)


def _legend(text: str) -> dict[str, str]:
    """The codes of the notice's legend line and what each stands for (two codes or more, each meaning a format)."""
    for m in LEGEND.finditer(text):
        pairs = [PAIR.match(piece) for piece in re.split(r"[，,；;]", m.group("pairs"))]
        if len(pairs) >= 2 and all(p and FORMAT_WORD.search(p.group("means")) for p in pairs):
            return {p.group("code"): KIND_OF_FILE.sub(r"\g<format>格式", p.group("means")) for p in pairs}
    return {}
