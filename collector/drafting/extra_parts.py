"""One unit of a requirement's group sending one thing more in the same sentence: `请县教育局、县卫健局、县农业农村局于5月9日
前报送…情况（Word格式），县教育局另附参训教师名单（Excel格式），发送至…`. The group's requirement keeps what all of them send;
the unit named before 另附 gets a requirement of its own on the same day, with that and its extra part, right after. A
clause naming no unit of the group, or all of it (…，均另附照片), or naming no part of the requirement, leaves it as it is."""

from __future__ import annotations

import dataclasses
import re

from . import requirements as req
from .requirements import DraftRequirement

# ，县教育局另附参训教师名单（Excel格式）, ，其中县教育局还需另附…: the unit, then the thing it adds
ATTACHES_MORE = re.compile(r"[，,；;]\s*(?:其中\s*[，,]?\s*)?(?P<who>[^，,；;。()（）]{2,40}?)\s*(?:还需|还应|须|需)?"
                           r"(?:另附|另行附|另需附|另报|加附)\s*(?P<what>[^，,；;。]+)")


def _is_the_extra(part: dict, what: str, before: str) -> bool:
    """The part read from the clause ``what`` (its words there, not in the sentence before the clause)."""
    words = part.get("words") or [part.get("title", "")]
    return any(w and w in what and w not in before for w in words)


def one_unit_sends_more(requirements: list[DraftRequirement], units_of) -> None:
    """Split each requirement whose sentence says one (or some) of its units 另附 a thing: those units get a requirement of
    their own with every part; the others keep the parts without it. ``units_of``: the roster units a text names."""
    for r in list(requirements):
        said = r.said or r.description
        m = ATTACHES_MORE.search(said)
        who = units_of(m.group("who")) if m else []
        if not who or not set(who) < set(r.units):
            continue
        extra = [p for p in r.parts if _is_the_extra(p, m.group("what"), said[:m.start()])]
        kept = [p for p in r.parts if p not in extra]
        if not extra or not kept:
            continue
        extra = [{**p, "title": p["title"].split(m.group("who"))[-1].removeprefix("另附") or p["title"]} for p in extra]
        title = "及".join(dict.fromkeys(p["title"] for p in [*kept, *extra]))
        own = dataclasses.replace(r, id=req.requirement_id(title, {x.id for x in requirements}), title=title,
                                  units=list(who), parts=[*kept, *extra])
        r.title = "及".join(dict.fromkeys(p["title"] for p in kept))
        r.units = [u for u in r.units if u not in who]
        r.parts = kept
        requirements.insert(requirements.index(r) + 1, own)
