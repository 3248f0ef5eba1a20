"""A file provided to the office: `县公安局于6月19日上午10时前，提供…比对结果（Excel格式）`, `县市场局于6月16日前提供…查询结果
（加盖公章的PDF扫描件）`. 提供 alone asks no mail (`提供场地和服务保障`, `配合部门按要求提供材料`); but what is provided by a date
in a file's format named in the bracket after it is a file, and a notice that gives its mailbox (`邮箱：…@163.com`) receives
its files there, as it does what the other units 报送."""

from __future__ import annotations

import re

from .addresses import EMAIL

# 提供…（Excel格式）, 提供…（加盖公章的PDF扫描件）, 提供…（Word版）: a file's format in the bracket right after the thing
A_FILE_IN_ITS_FORMAT = re.compile(r"[(（][^()（）]{0,10}?(?:Word|WORD|word|Excel|EXCEL|excel|WPS|PDF|pdf|JPG|jpg)\s*"
                                  r"(?:格式|版|文件|文档|扫描件|表格)[^()（）]{0,12}[)）]")
# 提供给县农业农村局 (to another unit, not the office), …提供的名单 (what another unit supplies to work with)
PROVIDED_TO_THE_OFFICE = re.compile(r"提供(?!给|的)")
# 向县教育局提供…: to the unit named after 向 (向我局 / 向本中心 is the office)
TO_ANOTHER = re.compile(r"向(?![我本])[^，,。；;]{2,16}$")
# 邮箱：…@…, 材料报送邮箱：…: the notice's mailbox, a label then the address
MAILBOX_LINE = re.compile(r"邮箱\s*[:：]?\s*" + EMAIL.pattern)


def a_file_provided_to_the_mailbox(segment: str, sentences: list[str]) -> bool:
    """``segment`` provides a thing in a file's format named in its bracket (提供…（Excel格式）) and the notice's
    ``sentences`` give a mailbox: the file is sent there."""
    provided = PROVIDED_TO_THE_OFFICE.search(segment)
    if not provided or TO_ANOTHER.search(re.split(r"[，,。；;]", segment[: provided.start()])[-1]):
        return False
    return bool(A_FILE_IN_ITS_FORMAT.search(segment, provided.end())
                and any(MAILBOX_LINE.search(s) for s in sentences))
