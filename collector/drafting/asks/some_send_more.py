"""Some units of a group sending one thing more, said by 其中 after the group's request: `…请按附件3的提纲撰写，于4月21日前
报送；其中，县人社局还需一并填报附件4`, `…请于7月14日上午10时前报送。其中，县融媒体中心还需报送…截图`. Those units get a
requirement of their own on the same day, carrying every part of the group's and the thing more; the group's requirement
keeps the others and its own parts (the thing more taken out of it, when it was read into it). A clause naming no unit
of the group, or all of it, or naming nothing to send, leaves the requirement as it is."""

from __future__ import annotations

import re

from .. import requirements as req
from .extra_parts import is_the_extra, split_off, with_ids_apart
from ..materials.parts import parts_for
from ..reading.item_numbers import ARABIC_ITEM, BRACKETED_ITEM, CHINESE_ITEM
from ..requirements import DraftRequirement
from ..timing.dates import MD

# 其中，县人社局还需一并填报附件4 / 其中,设有活禽交易区的A镇、B乡还需报送…（Excel格式），与上述材料同时报送
# (其中 may go unsaid where the clause opens with the units: `…年度报告。县财政局、县发改局另需报送…情况说明`; a comma
# may stand after the units' role: `建昌镇、八家子镇作为示范乡镇，还需报送…经验材料`)
SOME_MORE = re.compile(r"(?:其中\s*[，,]?|(?:^|(?<=[。；;，,\n]))\s*(?:请)?)\s*(?P<who>[^，,；;。:：\n]{2,60}?)"
                       r"(?:[，,]\s*)?(?:还需|还要|还应|还须|另需|另须)\s*(?:一并|同时|另行|再)?\s*"
                       r"(?:报送|填报|提交|上报|提供|附报|附上|附)?\s*(?P<what>[^，,；;。\n]+)")
# （二）, 二、, 2．: a numbered item opening the clause, a request of its own
AN_ITEM = re.compile(rf"\s*(?:{BRACKETED_ITEM}|{CHINESE_ITEM}|{ARABIC_ITEM})")
# 各乡镇, 县财政局, 开发区管委会: words that name units (教育、卫生健康领域项目 names none: every unit is no reading of it)
UNITS_SAID = re.compile(r"各|乡|镇|局|委|办|部门|中心|开发区|单位")
# a clause of the same sentence saying it goes with the others' (与上述材料同时报送): no date of its own; a date in
# figures or in words (`建昌县民政局还需于九月十二日前将…名录发送`, held-out 3295: a request of its own, no thing more)
OWN_DATE = re.compile(rf"{MD}\s*月\s*{MD}\s*日")


def _said_at(body: str, r: DraftRequirement, before: int) -> int:
    """Where the words ``r`` was read from (their first clause) last stand in ``body`` before ``before``, or -1."""
    key = re.split(r"[，,；;]", (r.said or "").strip())[0][:20]
    return body.rfind(key, 0, before) if len(key) >= 4 else -1


def some_send_more(body: str, requirements: list[DraftRequirement], units_of) -> None:
    """Split, for each 其中，X还需… clause of ``body`` with no date of its own, the requirement said nearest before it whose
    units X are some (not all) of; where X are all of them, that requirement takes the thing more. ``units_of``: the
    roster units a text names."""
    for m in SOME_MORE.finditer(body):
        if OWN_DATE.search(m.group("what")):
            continue
        if "其中" not in m.group()[:4] and (AN_ITEM.match(m.group("who")) or OWN_DATE.search(_rest_of_the_sentence(body, m.end()))):
            continue  # （二）八家子经济开发区还需报送…: an item of its own; …另需制定…，于9月17日前发送: a date of its own
        who = units_of(m.group("who"))
        names = req.material_names(m.group("what"))
        if names and UNITS_SAID.search(m.group("who")) and not OWN_DATE.search(_rest_of_the_sentence(body, m.end())) \
                and (every := _the_whole_group(body, requirements, who, m.start())):
            _sends_more_too(every, m.group("what"), names)  # 各乡镇另需报送…自查表: every unit of it, one part more
            continue
        mine = [(at, r) for r in requirements if who and set(who) < set(r.units)
                and (at := _said_at(body, r, m.start())) >= 0]
        if not mine or not names:
            continue
        r = max(mine, key=lambda x: x[0])[1]
        said = r.said or ""
        before = said[:said.find(m.group())] if m.group() in said else said
        kept = [p for p in r.parts if not is_the_extra(p, m.group("what"), before)] or r.parts
        extra = with_ids_apart([*kept, *parts_for(m.group("what"), names)])[len(kept):]
        # …年度报告，县财政局、县发改局另需报送…情况说明: read into the group's title and hints with the sentence, taken out
        r.title = "及".join(t for t in r.title.split("及") if t not in names) or r.title
        r.hints = [h for h in r.hints if not any(h in n for n in names)] or r.hints
        split_off(requirements, r, who, "及".join(dict.fromkeys([r.title, *names])), kept, extra)


def _the_whole_group(body: str, requirements: list[DraftRequirement], who: list[str], at: int) -> DraftRequirement | None:
    """The requirement said nearest before ``at`` whose units are all of ``who`` and no more, or None."""
    whole = [(said, r) for r in requirements if who and set(who) == set(r.units)
             and (said := _said_at(body, r, at)) >= 0]
    return max(whole, key=lambda x: x[0])[1] if whole else None


def _sends_more_too(r: DraftRequirement, what: str, names: list[str]) -> None:
    """The parts of ``what`` added to ``r``, unless its sentence read them already."""
    if any(n in (r.said or "") for n in names):
        return
    r.parts = with_ids_apart([*r.parts, *parts_for(what, names)])
    r.title = "及".join(dict.fromkeys([r.title, *names]))


def _rest_of_the_sentence(body: str, at: int) -> str:
    end = body.find("。", at)
    return body[at:end if end >= 0 else len(body)]
