"""Some units of a group sending one thing more, said by 其中 after the group's request: `…请按附件3的提纲撰写，于4月21日前
报送；其中，县人社局还需一并填报附件4`, `…请于7月14日上午10时前报送。其中，县融媒体中心还需报送…截图`. Those units get a
requirement of their own on the same day, carrying every part of the group's and the thing more; the group's requirement
keeps the others and its own parts (the thing more taken out of it, when it was read into it). A clause naming no unit
of the group, or all of it, or naming nothing to send, leaves the requirement as it is."""

from __future__ import annotations

import re

from . import requirements as req
from .extra_parts import is_the_extra, split_off, with_ids_apart
from .parts import parts_for
from .requirements import DraftRequirement

# 其中，县人社局还需一并填报附件4 / 其中,设有活禽交易区的A镇、B乡还需报送…（Excel格式），与上述材料同时报送
SOME_MORE = re.compile(r"其中\s*[，,]?\s*(?P<who>[^，,；;。:：]{2,60}?)(?:还需|还要|还应|还须|另需|另须)\s*(?:一并|同时|另行|再)?\s*"
                       r"(?:报送|填报|提交|上报|提供|附报|附上|附)?\s*(?P<what>[^，,；;。\n]+)")
# a clause of the same sentence saying it goes with the others' (与上述材料同时报送): no date of its own
OWN_DATE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def _said_at(body: str, r: DraftRequirement, before: int) -> int:
    """Where the words ``r`` was read from (their first clause) last stand in ``body`` before ``before``, or -1."""
    key = re.split(r"[，,；;]", (r.said or "").strip())[0][:20]
    return body.rfind(key, 0, before) if len(key) >= 4 else -1


def some_send_more(body: str, requirements: list[DraftRequirement], units_of) -> None:
    """Split, for each 其中，X还需… clause of ``body`` with no date of its own, the requirement said nearest before it whose
    units X are some (not all) of. ``units_of``: the roster units a text names."""
    for m in SOME_MORE.finditer(body):
        if OWN_DATE.search(m.group("what")):
            continue
        who = units_of(m.group("who"))
        mine = [(at, r) for r in requirements if who and set(who) < set(r.units)
                and (at := _said_at(body, r, m.start())) >= 0]
        names = req.material_names(m.group("what"))
        if not mine or not names:
            continue
        r = max(mine, key=lambda x: x[0])[1]
        said = r.said or ""
        before = said[:said.find(m.group())] if m.group() in said else said
        kept = [p for p in r.parts if not is_the_extra(p, m.group("what"), before)] or r.parts
        extra = with_ids_apart([*kept, *parts_for(m.group("what"), names)])[len(kept):]
        split_off(requirements, r, who, "及".join(dict.fromkeys([r.title, *names])), kept, extra)
