"""A short name the notice defines for several bodies at once: `县文旅局、县科技局、县档案馆（以下简称“三单位”）…三单位于3月13日前…`.
The short name stands for the whole list wherever it is used, not for the body written last before the bracket (which
is what a short name defined for one body, layout.DEFINED_SHORT, would take). A short name defined for things that
are no bodies (`宫颈癌和乳腺癌（以下简称“两癌”）`) is left as written."""

from __future__ import annotations

import re

SUFFIX = r"(?:局|中心|委员会|办公室|办|政府|管委会|公司|站|所|院|队|馆|社|部|分局)"
# one body: its own characters, not a verb or particle that opens the clause before it (请, 由, 将 …)
BODY = rf"[^\s，,、；;：:()（）“”\"和及与请将由于对在向]{{2,20}}?{SUFFIX}"
DEFINED_FOR_A_LIST = re.compile(rf"(?P<list>{BODY}(?:\s*[、和及与]\s*{BODY})+)\s*[(（]\s*(?:以下|下文)?(?:统?称|简称)\s*[:：]?\s*"
                                r"[“\"]?(?P<short>[^“”\"()（），,、]{2,12}?)[”\"]?\s*[)）]")


def spelled_out(text: str) -> str:
    """Each short name defined for a list of bodies as that list, where it is defined and wherever it is used."""
    for m in list(DEFINED_FOR_A_LIST.finditer(text)):
        names, short = m.group("list"), m.group("short")
        text = text.replace(m.group(), names)
        if short not in names:
            text = text.replace(short, names)
    return text
