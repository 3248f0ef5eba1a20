"""Units a later sentence tells to do what one of the asks above asks, by its number (`另外，…喇嘛洞镇、玲珑塔镇参照
上述第二项要求，同时报送辖区种畜禽场情况汇报`, a postscript under the 联系人 line, held-out 3515): they send that ask's paper
by its day, as its other units do. The number is that of a section (`二、…`) when the body's section of that number
holds asks, else it counts the notice's asks in the order they are written; a sentence with a day of its own is an ask
of its own, and a number past the last ask, or words naming no unit, change nothing."""

from __future__ import annotations

import re

from collector.numerals import cn_int

from ..reading.numbered_sections import numbered_sections
from ..requirements import DraftRequirement
from ..timing.deadlines import DEADLINE_RE

# 喇嘛洞镇、玲珑塔镇参照上述第二项要求, 县民政局按照以上第2项要求, 八家子镇比照前述第一项: who, and the ask's number
FOLLOWS_AN_ITEM = re.compile(r"(?:^|(?<=[。；;，,：:\n]))\s*(?P<who>[^，,。；;：:\n]{2,60}?)(?:参照|比照|按照|依照)"
                             r"(?:上述|以上|前述|上列)第\s*(?P<n>[一二两三四五六七八九十\d]{1,2})\s*项(?:要求|规定)?")


def follow_an_item_above(body: str, requirements: list[DraftRequirement], units_of) -> None:
    """Add the units of each `…参照上述第N项要求…` sentence with no day of its own to the N-th requirement.
    ``units_of``: the roster units a piece of text asks."""
    for m in FOLLOWS_AN_ITEM.finditer(body):
        if DEADLINE_RE.search(_sentence_after(body, m.end())):
            continue
        for r in _the_asks_numbered(body, cn_int(m.group("n")), requirements):
            r.units += [u for u in units_of(m.group("who")) if u not in r.units]


def _the_asks_numbered(body: str, n: int, requirements: list[DraftRequirement]) -> list[DraftRequirement]:
    """The asks of the body's section n (二、…) when it holds any, else the n-th ask written."""
    for number, heading, lines in numbered_sections(body.split("\n")):
        section = "\n".join([heading, *lines])
        if number == n and (asks := [r for r in requirements if r.said and r.said.strip() in section]):
            return asks
    return [requirements[n - 1]] if 1 <= n <= len(requirements) else []


def _sentence_after(body: str, at: int) -> str:
    ends = [k for k in (body.find(c, at) for c in "。；;\n") if k >= 0]
    return body[at:min(ends, default=len(body))]
