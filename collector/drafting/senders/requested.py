"""The unit a 请 asks, its name glued to whatever verb follows: `请县融媒体中心拍摄宣传片一部`, `请建昌镇人民政府摸清…`.
Whom 请 asks stands right after it, so the longest roster name that piece opens with is the unit, whatever the verb
(a list of known verbs cannot hold them all). A piece after 请 that opens with no roster name (请各乡镇, 请认真填写) names
no one here."""

from __future__ import annotations

from collections.abc import Callable


def unit_requested(separator: str, piece: str, resolve: Callable[[str], str | None]) -> str | None:
    """The unit ``piece`` opens with when the separator before it ends in 请; None otherwise."""
    if not separator.rstrip().endswith("请"):
        return None
    for n in range(min(len(piece), 20), 2, -1):
        if unit := resolve(piece[:n]):
            return unit
    return None
