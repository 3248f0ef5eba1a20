"""Items that split the units between two materials by name and by “the rest”, sent by one date below them:
`（一）县交通运输局、县档案馆、喇嘛洞镇、贺杖子乡办公场所使用二次供水设施，须填写《…自查表》（Excel格式）…一并报送。
（二）其余单位办公场所未使用二次供水设施，报送《未使用二次供水设施情况说明》（Word格式）。以上材料均须于5月20日…前发送至…`
(mixed108): the units the first item opens with owe its materials, `其余单位` (其他单位, 除上述单位外的其他单位) — the
campaign's units no item before it named — owe the other's, each a requirement of its own by the one date. Not an item
whose 其余 is no group of units (`（二）其余材料按附件格式报送`)."""

from __future__ import annotations

import re

from .. import requirements as req
from .above import FRONTED_POINTER, ITEM, Section, items_just_above
from ..timing.dates import Deadline
from ..senders.units import UnitResolver, named_units

# 其余单位, 其他各单位, 除上述单位外的其他单位, 除以上单位以外的单位: the units no item before names
THE_REST = re.compile(r"^(?:除(?:上述|以上|前述)单位(?:以|之)?外的?(?:其余|其他|其它)?|其余|其他|其它)各?单位")
OPENING = re.compile(r"^[^，,。；;：:]{2,80}")


def named_and_the_rest(sentences: list[str], dated: list[list[Deadline]], i: int, resolver: UnitResolver,
                       campaign_units: list[str]) -> list[Section]:
    """The items just above sentence ``i`` (which points back at 以上材料), each its material owed by the units its
    opening clause names, the last by 其余单位 (the campaign's units the items before it did not name); none unless
    every item is dated by nothing of its own, names a material, and the rest is some unit."""
    if not FRONTED_POINTER.match(sentences[i]):
        return []
    at = items_just_above(sentences, i)
    if len(at) < 2 or any(dated[k] for k in at):
        return []
    texts = [ITEM.sub("", sentences[k], count=1) for k in at]
    if not THE_REST.match(texts[-1]) or not all(req.material_names(t) for t in texts):
        return []
    out: list[Section] = []
    named: list[str] = []
    for k, text in zip(at[:-1], texts[:-1]):
        who = named_units(OPENING.match(text).group(), resolver) if OPENING.match(text) else []
        if not who or set(who) & set(named):
            return []
        named += who
        out.append(Section("、".join(who) + "：", text, [k]))  # the colon parts the names for the unit rules
    rest = [u for u in campaign_units if u not in named]
    if not rest or not set(named) <= set(campaign_units):
        return []
    return out + [Section("、".join(rest) + "：", THE_REST.sub("", texts[-1], count=1), [at[-1]])]
