"""Problems found, sent as the object of the sending verb: `请于…前报送排查发现的问题及整改情况`, `将自查发现的问题报送至…`.
No material word names what is sent (问题 is none), so the requirement's material is named as the notice names it: the
verb's whole object ending in 问题, or in 问题 and the 情况 joined to it (问题及整改情况 is one document, not 整改情况)."""

from __future__ import annotations

import re

NAME = r"《?(?P<what>[^，,。；;:：()（）《》\s将把]{2,20}?问题(?:(?:及|和|与|以及)[^，,。；;:：()（）《》\s将把]{2,12}?情况)?)》?"
AFTER_THE_VERB = re.compile(r"(?:报送|上报|提交|报来)" + NAME + r"(?=$|[，,。；;(（])")
BEFORE_THE_VERB = re.compile(r"[将把]" + NAME + r"(?:[(（][^()（）]*[)）])?(?:报送|发送|上报|提交|报至|发至|送至)")


def problems_sent(segment: str) -> str:
    """The problems (and how they were dealt with) a sentence sends, named as the sentence names them; "" when none."""
    m = BEFORE_THE_VERB.search(segment) or AFTER_THE_VERB.search(segment)
    return m.group("what") if m else ""
