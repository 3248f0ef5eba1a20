"""A 补充通知 putting a group's date off without naming what it sends: `…原通知要求各乡镇于3月20日前报送《摸底排查表》。…
一、各乡镇报送时间推迟至3月27日下午4时前。` The date put off is the one the recital of the earlier notice set for that group, so
the material is the one the recital names for it (the 排查表, a sheet), not a bare 材料. A sentence naming its own material
keeps it; a group the recital asks nothing of takes nothing. A paper named in the clause before the one moving its date
(`一、各乡镇报送《…摸底表》（Excel格式）的截止时间，由原定的3月13日前延长至3月20日下午4点前`: X的 截止时间 / 报送时限 /
期限, then the clause 由 / 从 原定…延长至 / 调整为…) is what the new date sends."""

from __future__ import annotations

import re

from .. import requirements as req
from ..heading.addresses import clause_at

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


# 各乡镇报送《…摸底表》（Excel格式）的截止时间，: a clause naming whose time the next clause moves
TIME_OF = re.compile(r"(?:的|之)?(?:报送|上报|填报|提交)?(?:截止)?(?:时间|时限|期限|日期)\s*$")


def paper_whose_date_is_moved(sentence: str, replaced_at: int) -> str:
    """The clause before the one holding the replaced date (由原定的3月13日前延长至…) when it ends on the time of a paper
    it names (…摸底表（Excel格式）的截止时间), else ""."""
    cut = max(sentence.rfind(c, 0, replaced_at) for c in ",，")
    if cut <= 0:
        return ""
    before = clause_at(sentence, cut - 1)
    return before if TIME_OF.search(before) and req.material_names(before) else ""
