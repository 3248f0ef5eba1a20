"""A town or township glued to the noun after it in running text: `要路沟乡隐患点已于…完成整改`, `石佛乡示范田受灾`.
The 乡 / 镇 of its name ends the unit, and what follows is a thing of that unit (its 隐患点, its 示范田), so the clause names
the unit as `要路沟乡所辖隐患点` does. A name run on by a word that takes the 乡 / 镇 into it (乡村, 乡镇, 镇街, 镇级) is
no unit of its own."""

from __future__ import annotations

import re

from .town_or_township import LOCAL as LOCAL_KINDS

# 乡村振兴, 乡镇, 镇村, 镇街, 镇级, 乡级: the 乡 / 镇 starts a word with what follows
RUN_ON = re.compile(r"[村镇乡街级区]")


def town_opening(piece: str, resolver) -> str | None:
    """The town or township ``piece`` opens with, glued to a noun (要路沟乡隐患点 → 要路沟乡); None when it opens with
    none, or its 乡 / 镇 runs on into a word of its own."""
    for n in range(min(len(piece), 12), 2, -1):
        if piece[n - 1] not in "乡镇" or not re.match(r"[\u4e00-\u9fa5]", piece[n:n + 1]) or RUN_ON.match(piece, n):
            continue
        unit = resolver.by_name.get(piece[:n])
        if unit and resolver.roster.get(unit).kind in LOCAL_KINDS:
            return unit
    return None
