"""A paper the body names only by a word for material (`线路介绍材料按附件2的要求和时间报送`, `请按附件3要求，于…前将申报
材料发送…`), its makeup said in that 附件 as numbered items each naming its file (附件2 `…报送要求` over `1．线路介绍（Word格式），
包括…` `2．沿线景点照片（JPG格式）5至10张`): the items are written in for the material word, so each is a part
of that paper in the format its item gives (a document and the photos), not one document named by the body's word."""

from __future__ import annotations

import re

from .. import requirements as req

# 按附件2的要求 / 按照附件3要求 / 参照附件2所列要求 / 详见附件2: the 附件 the paper is made up as
FOLLOWS_THE_ANNEX = re.compile(r"(?:(?:按|依|参)照?\s*附件\s*(?P<n>\d+)[^，,。；;]{0,8}?要求|(?:详见|具体见|见)\s*附件\s*(?P<seen>\d+))")
# 线路介绍材料, 申报资料, 有关材料: the body's word for the paper, saying nothing of what it is made of; it starts after
# 将 / 把 or a sending verb, or where the Chinese run does, and holds neither
MATERIAL_WORD = re.compile(r"(?:(?<=[将把])|(?<=报送|上报|提交|发送)|(?<![\u4e00-\u9fa5]))(?:(?!报送|上报|提交|发送)[^\W\d_将把请于的]){0,12}?"
                           r"(?:材料|资料)(?![\u4e00-\u9fa5]{0,4}(?:要求|清单|目录))")
# (Word格式), (JPG格式), (Excel版), (PDF扫描件): an item's own file
FILE_BRACKET = re.compile(r"[(（][^()（）]{0,12}(?:格式|Word|WORD|word|Excel|EXCEL|excel|PDF|pdf|JPG|jpg|JPEG|jpeg|PNG|png"
                          r"|MP4|mp4|电子版|扫描件)[^()（）]{0,12}[)）]")
NUMBERED_LINE = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*(?P<item>\S.*)$")
CLAUSE_END = re.compile(r"[，,。；;：:]")
# ，不超过3000字 inside (Word格式，不超过3000字): a remark on the file, not the file
BRACKET_REMARKS = re.compile(r"[，,；;][^()（）]*(?=[)）])")


def contents_written_in(body: str, annexes: dict[str, str]) -> str:
    """``body`` with each sentence that sends a paper by a 附件's 要求, naming it only by a 材料 / 资料 word and no file
    of its own, written as that 附件's numbered items, the paper's makeup: `线路介绍（Word格式）、沿线景点照片（JPG格式）5至10张
    按附件2的要求…`. A sentence naming its own format, a 附件 whose items name no file (a 名单, a 填表说明) and a 附件 the
    sentence does not point to leave it as written."""
    out = []
    for sentence in re.split(r"(?<=[。；;\n])", body):
        ref = FOLLOWS_THE_ANNEX.search(sentence)
        items = _items_naming_their_files(annexes.get(f"附件{ref.group('n') or ref.group('seen')}", "")) if ref else []
        word = MATERIAL_WORD.search(sentence)
        if items and word and not FILE_BRACKET.search(sentence):
            sentence = sentence[:word.start()] + "、".join(items) + sentence[word.end():]
        out.append(sentence)
    return "".join(out)


def _items_naming_their_files(annex: str) -> list[str]:
    """The numbered items of ``annex`` when each names a material and one at least its file (`线路介绍（Word格式）`), each
    up to its first clause's end (`_first_clause`); [] for a list of anything else."""
    items = [_first_clause(m.group("item")) for line in annex.split("\n") if (m := NUMBERED_LINE.match(line))]
    if len(items) < 2 or not any(FILE_BRACKET.search(i) for i in items) \
            or not all(FILE_BRACKET.search(i) or req.MATERIAL.search(i) for i in items):
        return []
    return items


def _first_clause(item: str) -> str:
    """``item`` up to its first clause's end, a bracket's remarks after its own first clause left out (`推荐报告（Word格式，
    不超过3000字）；` is `推荐报告（Word格式）`), so the items read as one run of materials."""
    item = BRACKET_REMARKS.sub("", item)
    return CLAUSE_END.split(item)[0]
