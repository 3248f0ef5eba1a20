"""Units a sending sentence names only as helping the unit asked (…发送至上述邮箱；县应急局做好配合): a clause whose
subject is a unit and whose whole predicate is co-operation (做好配合, 积极配合, 协助做好现场检查) sends nothing. A clause
that co-operates by sending (县应急局配合报送…) or asks (请县应急局配合…) is left to the other rules."""

from __future__ import annotations

import re

from ..heading.addresses import SUBMIT

HELPS = re.compile(r"(?:^|(?<=[，,；;]))\s*(?P<who>[^，,；;。请\d]{2,40}?)(?:要|须|需|应|负责)?(?:积极|全力|主动|密切)?"
                   r"(?:做好|予以|给予)?(?:配合|协助|协同)(?:工作|做好[^，,；;。]{0,20}|开展[^，,；;。]{0,20})?\s*(?=[，,；;。]|$)")


def without_the_helpers(text: str, asks) -> str:
    """``text`` without its clauses naming units that only help (县应急局做好配合), when what is left still names whom
    it asks (``asks``: does a text name the units asked)."""
    helpers = [m for m in HELPS.finditer(text) if not SUBMIT.search(m.group()) and asks(m.group("who"))]
    if not helpers:
        return text
    left = text
    for m in reversed(helpers):
        left = left[: m.start()] + left[m.end():]
    return left if asks(left) else text
