"""A thing sent that no material word names, known by the format bracket right after it: `组织编制小班作业设计（Word格式）`,
`矢量数据（Excel格式）`. The words before the bracket, after the verb that makes them, are the material's name; a bracket
after a name a material word already gives (`统计表（Excel格式）`) or after format words only (`电子版（Word格式）`) adds
none."""

from __future__ import annotations

import re

FORMAT_BRACKET = re.compile(r"(?P<what>[^，,。；;()（）、《》\s]{2,24})[(（](?:Word|WORD|word|Excel|EXCEL|excel)(?:格式|版|文档)?[)）]")
LONGEST = 12


def named_by_their_format(text: str, material: re.Pattern, verbs: re.Pattern, leading: re.Pattern,
                          format_only: re.Pattern) -> list[tuple[int, str]]:
    """(where, name) of each thing the text names only by its format bracket."""
    found = []
    for m in FORMAT_BRACKET.finditer(text):
        if material.search(m.group("what")):
            continue
        name = leading.sub("", re.sub(r"^[将把]", "", verbs.split(m.group("what"))[-1]))
        if 2 <= len(name) <= LONGEST and not format_only.fullmatch(name):
            found.append((m.start("what") + m.group("what").rfind(name), name))
    return found
