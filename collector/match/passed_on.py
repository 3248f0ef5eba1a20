"""An office off the roster passing on a unit's mail that was sent to it by mistake.

The 县委组织部干部科 writes “大屯镇将…推荐材料误发至我部邮箱，现转给你们”, 大屯镇's own mail attached whole (or quoted under
its 发件人 head): the forwarder's name (中共建昌县委组织部) is who carried the mail, not a unit that sends it, as a roster
unit passing one on is (`…误发至我局邮箱，现转给你办`). The mail is the forwarded mail's unit's when that mail's own
sender (its address or name) names the unit and the forwarder's words say the mail came to it by mistake.
"""

from __future__ import annotations

import re

from collector.model import ParsedMail
from collector.match.text import normalize

# 误发至我部邮箱，现转给你们 / 错发到我委，特转你办 / 发错了邮箱，现转交: a mail that came to the forwarder by mistake
MISDIRECTED = re.compile(r"(?:误发|错发|发错)[^。；;\n]{0,30}?(?:转(?:给|交|发给?|你|您|贵|县政府|至)|转来)")
INNER_SENDER = ("fwd_address", "fwd_name")


def passes_on_a_misdirected_mail(name: str, unit: str, parsed: ParsedMail, hits) -> bool:
    """``name`` (off the roster, in the sender's name) is the office passing ``unit``'s mail on."""
    own = normalize(f"{parsed.subject or ''}\n{parsed.body_text or ''}")
    return (bool(parsed.forwarded) and name in normalize(parsed.from_name or "")
            and any(h.source in INNER_SENDER and h.units == (unit,) for h in hits)
            and bool(MISDIRECTED.search(own)))
