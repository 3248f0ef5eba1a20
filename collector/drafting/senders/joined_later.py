"""Units a later section joins to a requirement asked above, with no date of its own: `二、增加报送单位 县水利局在建水利
工程项目较多，一并纳入本次排查，按上述要求和时间报送排查台账` (a 补充通知's added unit, 2094): the unit is asked the
requirement above that sends that material, at its moment."""

from __future__ import annotations

import re

from ..requirements import DraftRequirement, material_names
from ..asks.statements import clipped
from .units import UnitResolver, units_opening

# 按上述要求和时间报送排查台账, 按以上时限报送台账, 按原通知要求和时限报送: the ask above, its moment too, no date said
AS_ABOVE = re.compile(r"按(?:照)?(?:上述|以上|前述|上面|原通知|本通知)(?:的)?(?:要求|标准|格式)?(?:和|及|与|、)?(?:时间|时限|期限)"
                      r"(?:要求)?\s*(?:一并|统一)?(?:报送|上报|填报|提交|报)(?P<what>[^，,。；;]{0,20})")
DATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[一二三四五六七八九十]{1,3}\s*月[一二三四五六七八九十]{1,3}\s*日")


def units_joined_as_above(body: str, requirements: list[DraftRequirement], resolver: UnitResolver,
                          unsettled: list[str]) -> None:
    """Each sentence opening with units that sends by the time above (按上述要求和时间报送X), dated nowhere itself:
    its units join the last requirement above it sending X (the last above at all when X names none)."""
    for sentence in re.split(r"[。\n]", body):
        m = AS_ABOVE.search(sentence)
        if not m or DATED.search(sentence) or not (units := units_opening(sentence.strip(), resolver)):
            continue
        at = body.find(sentence)
        above = [r for r in requirements if r.said and -1 < body.find(r.said.strip()) < at]
        names = material_names(m.group("what"))
        joined = next((r for r in reversed(above) if not names or any(_same_material(n, r) for n in names)), None)
        if joined is None:
            continue
        new = [u for u in units if u not in joined.units]
        if new:
            joined.units += new
            unsettled.append(f"{'、'.join(new)}按上文要求报送“{joined.title}”（{clipped(sentence.strip())}），已加为其报送单位，请核对")


def _same_material(name: str, r: DraftRequirement) -> bool:
    """排查台账 against 《欠薪隐患排查台账》: the name in the requirement's title or a part's, or ending as one ends."""
    titles = [r.title, *(p.get("title", "") for p in r.parts)]
    return any(name in t or t in name or (len(name) >= 4 and t.endswith(name[-2:]) and name[:2] in t) for t in titles if t)
