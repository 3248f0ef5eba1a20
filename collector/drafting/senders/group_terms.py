"""A group of units the notice gives a short name of its own and lists in a 附件:
`本年度春季放养柞蚕的乡镇（以下简称放养乡镇，名单见附件1）` — each later 放养乡镇 that asks (请放养乡镇于…, a clause
opening with it) is read as 附件1所列乡镇, the units of that 附件's list. Where the group is what another unit works on
(请县林草局对放养乡镇上报的…进行审核) it stays as written, and so do the words before the definition, the salutation
among them."""

from __future__ import annotations

import re

# （以下简称放养乡镇，名单见附件1）, （下称试点单位；具体名单见附件2）
LISTED_IN_ATTACHMENT = re.compile(r"[(（]\s*(?:以下|下文)?简?称\s*[:：为]?\s*[“\"]?(?P<term>[\u4e00-\u9fa5]{2,10}?"
                                  r"(?P<kind>乡镇|单位|部门))[”\"]?\s*[，,;；]\s*(?:具体)?(?:名单|范围)见\s*附件\s*"
                                  r"(?P<n>\d{1,2})\s*[)）]")


def spelled_out(text: str) -> str:
    m = LISTED_IN_ATTACHMENT.search(text)
    if not m:
        return text
    listed = f"附件{m.group('n')}所列{m.group('kind')}"
    # 各放养乡镇: the 各 goes with the term, the list names each unit
    tail = re.sub(rf"(?<=[请由，,。；;：:\n)）])\s*各?{re.escape(m.group('term'))}", listed, text[m.end():])
    return text[: m.end()] + tail
