"""有关乡镇人民政府： over a body that says which towns the work is done in: `县水利局决定在涉及灌区的玲珑塔镇、汤神庙镇、要路沟乡、
新开岭乡开展农民用水户协会运行情况自查` (held-out 3568). Those towns are the 有关乡镇 the salutation and the asks (`请有关乡镇于…`)
mean; a let-off said later (`新开岭乡…本次不报送`) is read as any other is. Read only where every name of the list is a town
or township of the roster: `在县城建成区开展…`, `在全县范围内开展…` name none, and bureaus named so are no towns."""

from __future__ import annotations

import re

from collector.numerals import COUNT

from .members_in_brackets import roster_members
from .town_or_township import LOCAL
from .units import UnitResolver

# 在涉及灌区的A、B、C、D开展…自查, 拟在A和B组织…, 在A、B等3个乡镇开展试点, 在A、B两个乡镇进行…: 在, what the towns are (words
# ending in 的, no list in them), the towns, a count of them, then the verb of the work
WORK_DONE_IN = re.compile(r"在(?:[^，,。；;、在的]{1,20}的)?(?P<who>[^，,。；;：:在的]{2,120}?)"
                          r"(?:等?\s*(?:" + COUNT + r")\s*个(?:乡镇|乡|镇))?"
                          r"(?:开展|进行|组织|实施|推行|启动)")


def towns_the_work_is_done_in(body: str, resolver: UnitResolver) -> list[str]:
    """The towns and townships the body names as where the work is done (在…A、B、C开展…), each list all towns of the
    roster; [] where it names none so."""
    found: list[str] = []
    for m in WORK_DONE_IN.finditer(body):
        units = roster_members(m.group("who"), resolver)
        if units and all(getattr(resolver.roster.get(u), "kind", "") in LOCAL for u in units):
            found += [u for u in units if u not in found]
    return found
