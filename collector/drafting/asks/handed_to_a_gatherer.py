"""Papers handed to a unit that gathers them, not sent to the notice's mailbox: `各乡镇于12月12日前将入户核查结果报送县住建局
（报县住建局汇总）` beside `县住建局于12月15日前将…进度表（Excel格式）发送至…` (or `由县住建局汇总后于12月15日前统一报送…`).
The unit the towns send to is itself asked by name a later paper of its own, so it gathers theirs: the towns' clause asks nothing
of this mailbox (found by the lead by hand, 2026-12-07). A clause naming a mailbox (`报送县住建局（邮箱：…）`), or
sending to a unit asked nothing later (the mailbox's own office, `报送县农业农村局` in its own notice), stays a
requirement; a unit among the clause's senders is no one it hands to, unless the clause names it only as where it
sends."""

from __future__ import annotations

import re

from ..requirements import DraftRequirement
from ..senders.units import SENT_TO, UnitResolver, leading_unit
from .statements import clipped

NAMES_A_MAILBOX = re.compile(r"邮箱|@")


def drop_papers_handed_to_a_gatherer(requirements: list[DraftRequirement], resolver: UnitResolver,
                                     unsettled: list[str]) -> None:
    """Each requirement whose clause sends to a roster unit asked a later requirement of its own is none, with a line
    for the clerk saying so."""
    for r in list(requirements):
        gatherer = _gatherer_sent_to(r, requirements, resolver)
        if gatherer:
            requirements.remove(r)
            unsettled.append(f"要求“{r.title}”（{r.due.month}月{r.due.day}日）是报送{gatherer}汇总的（{clipped(r.said)}），"
                             f"不是报送本邮箱的，未列为报送要求，请核对")


def _gatherer_sent_to(r: DraftRequirement, requirements: list[DraftRequirement], resolver: UnitResolver) -> str | None:
    if NAMES_A_MAILBOX.search(r.said):
        return None
    for m in SENT_TO.finditer(r.said):
        to = leading_unit(m.group("to"), resolver)
        if to and _not_its_sender(to, r) and any(_asked_later_by_name(to, other, r) for other in requirements):
            return to
    return None


def _not_its_sender(unit: str, r: DraftRequirement) -> bool:
    """The unit sent to is none of the clause's senders; or the clause names it only as where it sends, its senders read
    from that name alone (`各乡镇配合…，于…前将核查结果报县住建局`: the towns, said as helping, left no other name)."""
    return unit not in r.units or (r.units == [unit] and r.said.count(unit) == 1)


def _asked_later_by_name(unit: str, other: DraftRequirement, r: DraftRequirement) -> bool:
    """``other`` asks ``unit``, named in its own clause as a sender, later than ``r``: not one of a kind of units sending
    later (`县直各部门于12月20日前…报送县税务局` asks the issuing bureau among them, named only as where they send, and the
    others do send to it)."""
    return unit in other.units and unit in SENT_TO.sub("", other.said) and other.said != r.said and other.due > r.due
