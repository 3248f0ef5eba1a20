"""A file provided to the office: `县公安局于6月19日上午10时前，提供…比对结果（Excel格式）`, `县市场局于6月16日前提供…查询结果
（加盖公章的PDF扫描件）`. 提供 alone asks no mail (`提供场地和服务保障`, `配合部门按要求提供材料`); but what is provided by a date
in a file's format named in the bracket after it is a file, and a notice that gives its mailbox (`邮箱：…@163.com`) receives
its files there, as it does what the other units 报送; so does one that says where the things are sent (`请将资料发送至
…@163.com`, held-out 2247: `a_mailbox_given`). A file 提供给 another unit (`提供给县农业农村局`) is not the
office's; one 提供给 the unit whose mailbox the notice gives (`…信息（Excel格式）提供给县民政局` with `发送至县民政局养老服务股
邮箱：…`, held-out 2222) or 给我局 / 本局 is."""

from __future__ import annotations

import re

from ..heading.addresses import EMAIL

# 提供…（Excel格式）, 提供…（加盖公章的PDF扫描件）, 提供…（Word版）: a file's format in the bracket right after the thing
A_FILE_IN_ITS_FORMAT = re.compile(r"[(（][^()（）]{0,10}?(?:Word|WORD|word|Excel|EXCEL|excel|WPS|PDF|pdf|JPG|jpg)\s*"
                                  r"(?:格式|版|文件|文档|扫描件|表格)[^()（）]{0,12}[)）]")
# 提供给县农业农村局 (to another unit, not the office), …提供的名单 (what another unit supplies to work with)
PROVIDED_TO_THE_OFFICE = re.compile(r"提供(?!给|的)")
# 提供给县民政局, 提供给建昌县民政局, 提供给我局: the unit a thing is handed to
PROVIDED_TO = re.compile(r"提供给(?:[\u4e00-\u9fa5]{1,4}(?=县))?(?P<to>[我本]|[\u4e00-\u9fa5]{2,12}?(?:局|委|办|中心|政府|部))")
# 向县教育局提供…: to the unit named after 向 (向我局 / 向本中心 is the office)
TO_ANOTHER = re.compile(r"向(?![我本])[^，,。；;]{2,16}$")
# 邮箱：…@…, 材料报送邮箱：…: the notice's mailbox, a label then the address; or the address things are sent to
# (请将资料发送至…@163.com, held-out 2247), which names no 邮箱 but is one all the same
MAILBOX_LINE = re.compile(r"(?:邮箱\s*[:：]?|(?:发送|报送|提交|发|送)(?:至|到)(?:邮箱)?)\s*" + EMAIL.pattern)


def a_file_provided_to_the_mailbox(segment: str, sentences: list[str]) -> bool:
    """``segment`` provides a thing in a file's format named in its bracket (提供…（Excel格式）, or 将…（Excel格式）提供给 the
    mailbox's unit) and the notice's ``sentences`` give a mailbox: the file is sent there."""
    if handed := handed_to_the_mailboxs_unit(segment, sentences):
        clause = re.split(r"[，,。；;]", segment[: handed.start()])[-1]  # 将…信息（Excel格式）, the thing before 提供给
        return bool(A_FILE_IN_ITS_FORMAT.search(clause))
    provided = PROVIDED_TO_THE_OFFICE.search(segment)
    if not provided or TO_ANOTHER.search(re.split(r"[，,。；;]", segment[: provided.start()])[-1]):
        return False
    return bool(A_FILE_IN_ITS_FORMAT.search(segment, provided.end())
                and a_mailbox_given(sentences))


def a_mailbox_given(sentences: list[str]) -> bool:
    """The notice gives a mailbox: `邮箱：…@163.com`, or the address its things are sent to (`发送至…@163.com`)."""
    return any(MAILBOX_LINE.search(s) for s in sentences)


def handed_to_the_mailboxs_unit(segment: str, sentences: list[str]) -> re.Match | None:
    """将…（Excel格式）提供给县民政局 where the notice's mailbox is 县民政局's (`发送至县民政局养老服务股邮箱：…`), or 提供给我局 /
    本局: handed to the office itself, as if 提供 alone. The match of 提供给…, else None."""
    handed = PROVIDED_TO.search(segment)
    if not handed:
        return None
    to = handed.group("to")
    mailbox_owners = (re.split(r"[，,；;]", s[:m.start()])[-1] for s in sentences for m in MAILBOX_LINE.finditer(s))
    return handed if to in "我本" or any(to in owner for owner in mailbox_owners) else None
