"""One unit of a requirement's group sending one thing more in the same sentence: `请县教育局、县卫健局、县农业农村局于5月9日
前报送…情况（Word格式），县教育局另附参训教师名单（Excel格式），发送至…`. The group's requirement keeps what all of them send;
the unit named before 另附 gets a requirement of its own on the same day, with that and its extra part, right after. A
clause naming no unit of the group, or all of it (…，均另附照片), or naming no part of the requirement, leaves it as it is.
The same for a unit of the group that 另需报送 one thing more in a sentence of the group's item sending it with the group's
material (`八家子经济开发区另需报送《…清单》（Excel格式），与统计表同时报送`: `an_extra_sent_with_the_groups`)."""

from __future__ import annotations

import dataclasses
import re

from ..hints_and_ids import requirement_id
from ..reading.item_numbers import ARABIC_ITEM, BRACKETED_ITEM, CHINESE_ITEM
from ..requirements import DraftRequirement

# ，县教育局另附参训教师名单（Excel格式）, ，其中县教育局还需另附…: the unit, then the thing it adds
ATTACHES_MORE = re.compile(r"[，,；;]\s*(?:其中\s*[，,]?\s*)?(?P<who>[^，,；;。()（）]{2,40}?)\s*(?:还需|还应|须|需)?"
                           r"(?:另附|另行附|另需附|另报|加附)\s*(?P<what>[^，,；;。]+)")


def is_the_extra(part: dict, what: str, before: str) -> bool:
    """The part read from the clause ``what`` (its words there, not in the words ``before`` the clause)."""
    words = part.get("words") or [part.get("title", "")]
    return any(w and w in what and w not in before for w in words)


def split_off(requirements: list[DraftRequirement], r: DraftRequirement, who: list[str], title: str,
              kept: list[dict], extra: list[dict]) -> None:
    """The units ``who`` of ``r`` get a requirement of their own, titled ``title``, right after it: the ``kept`` parts
    and their ``extra`` ones; ``r`` keeps its other units and the ``kept`` parts."""
    own = dataclasses.replace(r, id=requirement_id(title, {x.id for x in requirements}), title=title,
                              units=[u for u in r.units if u in who], parts=[*kept, *extra])
    r.units = [u for u in r.units if u not in who]
    r.parts = kept
    requirements.insert(requirements.index(r) + 1, own)


def one_unit_sends_more(requirements: list[DraftRequirement], units_of) -> None:
    """Split each requirement whose sentence says one (or some) of its units 另附 a thing: those units get a requirement of
    their own with every part; the others keep the parts without it. ``units_of``: the roster units a text names."""
    for r in list(requirements):
        said = r.said or r.description
        m = ATTACHES_MORE.search(said)
        who = units_of(m.group("who")) if m else []
        if not who or not set(who) < set(r.units):
            continue
        extra = [p for p in r.parts if is_the_extra(p, m.group("what"), said[:m.start()])]
        kept = [p for p in r.parts if p not in extra]
        if not extra or not kept:
            continue
        extra = [{**p, "title": p["title"].split(m.group("who"))[-1].removeprefix("另附") or p["title"]} for p in extra]
        title = "及".join(dict.fromkeys(p["title"] for p in [*kept, *extra]))
        r.title = "及".join(dict.fromkeys(p["title"] for p in kept))
        split_off(requirements, r, who, title, kept, extra)


# 八家子经济开发区另需报送《园区企业专利清单》（Excel格式），与统计表同时报送: some of a group's units send one thing more
EXTRA_OF_SOME = re.compile(r"另需|另须|另要|还需|还须|还要|另外(?:还)?(?:需|须|要)?|另行?(?:报送|提交|附)")


# （二）县交通局、县水利局…还需…，与办理情况报告同步报送: an item of its own, numbered, stays a requirement of its own
OWN_ITEM = re.compile(rf"^\s*(?:{BRACKETED_ITEM}|{CHINESE_ITEM}|{ARABIC_ITEM})")


def an_extra_sent_with_the_groups(extra: DraftRequirement, requirements: list[DraftRequirement]) -> None:
    """A requirement read from `X另需报送…，与…同时报送` said within the group's item (due with another one, ``extra``
    just added last): when its units are some of that one's (same due), those units send the group's material and the
    extra one, in a requirement of their own right after the group's; the group's keeps the others. Units not among the
    group's, a clause without another/more word (…，与统计表同时报送 alone), or a numbered item of its own, leave it."""
    said = extra.said or extra.description
    if not EXTRA_OF_SOME.search(said) or OWN_ITEM.match(said):
        return
    group = next((r for r in requirements if r is not extra and r.due == extra.due and set(extra.units) < set(r.units)),
                 None)
    if group is None:
        return
    requirements.remove(extra)
    extra.title = "及".join(dict.fromkeys([group.title, extra.title]))
    extra.parts = with_ids_apart([*group.parts, *extra.parts])
    group.units = [u for u in group.units if u not in extra.units]
    requirements.insert(requirements.index(group) + 1, extra)


def with_ids_apart(parts: list[dict]) -> list[dict]:
    """The parts, a part whose id an earlier one has taken numbered on (table, table → table, table2)."""
    taken: set[str] = set()
    out = []
    for part in parts:
        pid, k = part.get("id", "part"), 2
        while pid in taken:
            pid, k = f"{part.get('id', 'part')}{k}", k + 1
        taken.add(pid)
        out.append({**part, "id": pid})
    return out
