"""A correction's item that moves only the date and says the materials stay: `一、各镇报送站点统计表（Excel格式）和站点照片的
时间…更正为8月30日前。二、各乡报送时间更正为9月6日前，报送材料不变。` The second asks what the item before it asks (Excel +
photos), not a bare 材料. Only a requirement that names nothing of its own but 材料 / 内容, with 不变 said of them, takes the
one drafted just before it; one that names its own material (报送材料不变，另需报送…说明) keeps its own. `县教育局报送材料同上，时间为9月21日前` (材料同上)
says the same: the materials of the item before."""

from __future__ import annotations

import copy
import re
from itertools import pairwise

from ..hints_and_ids import requirement_id

# 报送材料不变, 材料要求不变, 报送内容及格式不变, 所报材料均不变
# 报送材料和要求不变; 县教育局报送材料同上: the materials of the item before, said as 同上 (not 同上级, 同上年)
MATERIALS_UNCHANGED = re.compile(r"(?:报送|所报|上报)?(?:材料|内容)(?:[及和与]?(?:格式|要求))?(?:均|仍|保持)?(?:不变|同上(?![\u4e00-\u9fa5]))")
BARE_TITLES = ("材料", "报送材料", "内容", "报送内容")


def materials_of_the_item_before(requirements: list) -> None:
    """Give each bare-titled requirement that says its materials are unchanged the title and parts of the one before."""
    for before, r in pairwise(requirements):
        if r.title in BARE_TITLES and MATERIALS_UNCHANGED.search(r.said) and before.title not in BARE_TITLES:
            r.title, r.hints, r.parts = before.title, list(before.hints), copy.deepcopy(before.parts)
            r.id = requirement_id(r.title, {q.id for q in requirements if q is not r})


def no_bare_part_said_unchanged(requirements: list) -> None:
    """各乡镇报送《…统计表》（Excel格式）的时间…延至9月19日，报送材料和要求不变: a requirement that names its own material keeps
    it; the bare 材料 that 不变 is said of is that same material, not a document part of its own."""
    for r in requirements:
        kept = [p for p in r.parts if p.get("title") not in BARE_TITLES]
        if r.title not in BARE_TITLES and MATERIALS_UNCHANGED.search(r.said) and kept and len(kept) < len(r.parts):
            r.parts = kept
            r.title = re.sub(r"(?:及|和)(?:报送)?(?:材料|内容)$", "", r.title)
            r.hints = [h for h in r.hints if h not in BARE_TITLES]
