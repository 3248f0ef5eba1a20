"""A 补充通知 putting a group's date off without naming what it sends: `…原通知要求各乡镇于3月20日前报送《摸底排查表》。…
一、各乡镇报送时间推迟至3月27日下午4时前。` The date put off is the one the recital of the earlier notice set for that group, so
the material is the one the recital names for it (the 排查表, a sheet), not a bare 材料. A sentence naming its own material
keeps it; a group the recital asks nothing of takes nothing."""

from __future__ import annotations

import re

from .. import requirements as req

# 一、各乡镇报送时间推迟至3月27日…前, 县教育局的报送期限延长至…, 各乡报送截止时间顺延至…: the group, then its date moved
MOVED = re.compile(r"^\W*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、])?\s*"
                   r"(?P<who>[\u4e00-\u9fa5、]{2,40}?)的?(?:报送|上报|填报|提交)?(?:截止)?(?:时间|时限|期限|日期)"
                   r"(?:统一)?(?:推迟|延长|延期|顺延|延)(?:至|到)")
SENDS = r"(?:报送|上报|填报|提交)"
BRACKET = re.compile(r"\s*[(（][^()（）]{1,30}[)）]")


def material_of_the_date_put_off(segment: str, before: list[str]) -> str:
    """The materials, with their format brackets, the nearest sentence before asks of the group whose date ``segment``
    puts off (要求各乡镇于3月20日前报送《…排查表》), for a segment that names no material of its own; "" otherwise."""
    m = MOVED.match(segment)
    if not m or req.material_names(segment):
        return ""
    asked = re.compile(rf"{re.escape(m.group('who'))}[^。；;，,]{{0,30}}?{SENDS}(?P<what>[^。；;]*)")
    for sentence in reversed(before):
        if (said := asked.search(sentence)) and (names := req.material_names(said.group("what"))):
            return "、".join(_with_its_bracket(said.group("what"), name) for name in names)
    return ""


def _with_its_bracket(text: str, name: str) -> str:
    at = text.find(name)
    bracket = BRACKET.match(text, at + len(name)) if at >= 0 else None
    return name + (bracket.group().strip() if bracket else "")
