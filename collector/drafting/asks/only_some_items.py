"""Some of a list's senders sending only some of its items: `请各乡镇人民政府、县民政局、县文旅局于11月19日前，将上述材料
发送至…。其中，县民政局仅报送第1、2项，县文旅局仅报送第2项。` after `二、报送内容 1．《…统计表》（Excel格式）；2．…总结（Word格式）；
3．…照片`. Each such unit is taken out of the requirement that sends the whole list and given one of its own, on the same
day, of the items its numbers choose. A unit the requirement does not ask, or a number past the list's end, leaves the
requirement as it is. A unit said to send only one of the materials by name (`其中，贺杖子乡…本次只报送界桩照片，
不报送登记表`) is split off the same way, when that is fewer parts than the requirement's and of shapes it has."""

from __future__ import annotations

import dataclasses
import re

from .. import requirements as req
from ..hints_and_ids import hints_for, requirement_id
from .items_by_number import N, lists_above, numbers_chosen
from ..materials.parts import parts_for
from ..requirements import DraftRequirement

# 县民政局仅报送第1、2项, 县文旅局只需提交第2项材料, 县教育局仅报送第1至3项: the units, then the numbers they send
ONLY_THESE = re.compile(rf"(?P<who>[^，,；;。\n]{{2,40}}?)\s*(?:仅|只)(?:需|须|要)?\s*(?:报送|提交|上报|填报)\s*"
                        rf"第\s*(?P<nums>{N}(?:\s*[、,，和及]\s*第?\s*{N})*)(?:\s*(?:至|到|—|~)\s*第?\s*(?P<last>{N}))?"
                        rf"\s*项(?:材料|资料|内容)?(?=\s*[，,；;。]|\s*$)")
LINKING = re.compile(r"^\s*(?:其中|另外|此外)\s*[，,]?\s*")
# 其中，贺杖子乡所辖界桩已于去年完成更换，本次只报送界桩照片，不报送登记表: a unit of the sentence sending one of its
# materials by name (the unit may stand clauses before 只报送)
ONLY_THIS = re.compile(r"其中\s*[，,]?(?P<who>[^。；;\n]{2,60}?)(?:仅|只)(?:需|须|要)?\s*(?:报送|提交|上报|填报)\s*"
                       r"(?!第)(?P<what>[^，,；;。\n]{2,30})")


def split_by_the_items_units_send(body: str, requirements: list[DraftRequirement], units_of) -> None:
    """Each unit a clause says sends only some numbered items of the list above it gets a requirement of those items
    (after the one sending the whole list, taken out of it). ``units_of``: the roster units a piece of text names."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        for m in ONLY_THESE.finditer(line):
            run = next(iter(lists_above(lines, i)), None)
            nums = numbers_chosen(m)
            who = units_of(LINKING.sub("", m.group("who")))
            if not run or not nums or not who or max(nums) > len(run) or min(nums) < 1:
                continue
            whole = next((r for r in requirements if set(who) <= set(r.units) and len(r.parts) == len(run)
                          and set(who) != set(r.units)), None)
            if whole is None:
                continue
            _take_out(whole, [run[n - 1] for n in nums], who, requirements)
        for m in ONLY_THIS.finditer(line):
            who = units_of(m.group("who"))
            what = m.group("what")
            fewer = parts_for(what, req.material_names(what))
            whole = next((r for r in requirements if who and set(who) < set(r.units) and _bare(m.group()) in _bare(r.said)
                          and 0 < len(fewer) < len(r.parts) and _shapes(fewer) <= _shapes(r.parts)), None)
            if whole is not None:
                _take_out(whole, [what], who, requirements)


def _bare(text: str) -> str:
    """The words alone (a requirement's ``said`` has its punctuation made half-width)."""
    return re.sub(r"[\W_]", "", text)


def _shapes(parts: list[dict]) -> set[tuple]:
    return {(p["kind"], tuple(p.get("formats") or ())) for p in parts}


def _take_out(whole: DraftRequirement, items: list[str], who: list[str], requirements: list[DraftRequirement]) -> None:
    """``who`` out of ``whole``, and a requirement of their own, of ``items``, right after it (and those split off
    it before)."""
    whole.units = [u for u in whole.units if u not in who]
    requirements.insert(requirements.index(whole) + 1 + _split_off(requirements, whole),
                        _of_the_items(whole, items, who, requirements))


def _split_off(requirements: list[DraftRequirement], whole: DraftRequirement) -> int:
    """How many requirements split off ``whole`` stand right after it already (so the next goes after them)."""
    k = requirements.index(whole) + 1
    while k < len(requirements) and requirements[k].said == whole.said and requirements[k].due == whole.due:
        k += 1
    return k - requirements.index(whole) - 1


def _of_the_items(whole: DraftRequirement, items: list[str], who: list[str],
                  requirements: list[DraftRequirement]) -> DraftRequirement:
    names = [name for item in items for name in req.material_names(item)]
    parts = [part for item in items for part in parts_for(item, req.material_names(item))]
    title = "及".join(dict.fromkeys(names)) or whole.title
    return dataclasses.replace(whole, id=requirement_id(title, {r.id for r in requirements}), title=title,
                               units=list(who), parts=parts, hints=hints_for(names))
