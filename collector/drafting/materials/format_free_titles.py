"""A document part's title names the material, not the format it is sent in: 综治中心建设情况报告, not
综治中心建设情况报告Word版 (the part's ``formats`` say Word). A title made only of a format word keeps it."""

from __future__ import annotations

import re

# Word版, Word格式, （Word版）, word文档: a format said after the name (可编辑Word版 stays: the title asks an editable copy,
# which a PDF is not: campaign.model.Part.takes_format)
FORMAT_TAIL = re.compile(r"\s*[（(]?(?<!可编辑)(?<!可编辑的)(?:Word|WORD|word|WPS|wps)(?:版本?|格式|文档|文件)?[）)]?$")


def title_without_its_format(title: str) -> str:
    """综治中心建设情况报告Word版 → 综治中心建设情况报告; 推荐表（Word格式） → 推荐表; Word版 alone stays."""
    bare = FORMAT_TAIL.sub("", title)
    return bare if len(bare) >= 2 else title
