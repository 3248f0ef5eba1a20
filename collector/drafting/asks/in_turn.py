"""分别 pairing named units, dates and materials alike, one to one in order: `县公安局、县卫健局分别于5月23日上午9时前、
5月25日下午3时前，将考点周边治安保障方案和考点医疗卫生保障方案（Word格式）报送…` — the police's security plan by the 23rd,
the health bureau's medical plan by the 25th (held-out 2274; `县文旅局、县市场局分别于7月22日、7月27日前，报送…检查情况（Word
格式）和…统计表（Excel格式）`, 2296). Groups of units (`各乡镇、县卫健局分别于3月9日、3月16日前报送自查报告和整改报告`) or
materials every unit sends both of (respectively.one_each) leave the dates to the materials, every unit on each
(statements.respective_subjects). 依次 / 顺次 / 依序 pair them as 分别 does (held-out 3546: `…依次于5月6日、5月13日、5月13日、
5月20日前`), two units on one day for the same paper one requirement (a_day_shared_in_turn)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..requirements import DraftRequirement, same_paper_and_day
from .respectively import one_each

BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]")


def each_its_own_material(sentence: str, groups: list[str], materials: list[str],
                          names: Callable[[str], list[str]]) -> bool:
    """Each of the units before 分别 a roster unit named alone (not 各乡镇, a group), and 分别 giving each of them one
    of the materials (not 方案和应急预案 under one bracket, every unit's pair: respectively.each_sends_both)."""
    if len(groups) != len(materials) or not all(len(names(g)) == 1 for g in groups):
        return False
    return len(one_each(sentence, materials)) == 1


def the_kth_material_alone(segment: str, materials: list[str], k: int) -> str:
    """The words with the list of materials cut to its k-th, with its own bracket or the one the list shares
    (治安保障方案和医疗卫生保障方案（Word格式） → 治安保障方案（Word格式）)."""
    start = segment.find(materials[0])
    last = segment.find(materials[-1], start + len(materials[0])) if start >= 0 else -1
    at = segment.find(materials[k], start) if start >= 0 else -1
    if last < 0 or at < 0:
        return segment
    end = last + len(materials[-1])
    shared = BRACKET.match(segment, end)
    end = shared.end() if shared else end
    own = BRACKET.match(segment, at + len(materials[k]))
    bracket = (own or shared).group().strip() if (own or shared) else ""
    return segment[:start] + materials[k] + bracket + segment[end:]


def a_day_shared_in_turn(r: DraftRequirement, made: dict[int, DraftRequirement]) -> DraftRequirement | None:
    """The requirement of an earlier group of the sentence that asks the same paper by the same day as ``r``: units
    given their days in turn, two on one day (`…、县卫健局、建昌镇、…依次于5月6日、5月13日、5月13日、5月20日前`), send
    that day's paper as one requirement, as rows of one paper and day do (row_shares)."""
    return next((q for q in made.values() if same_paper_and_day(q, r)), None)
