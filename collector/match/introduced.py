"""A writer who says where he works: 我是县林草局办公室信息员…, 本人系八家子镇党政办干事.

A person writing from his own address, without a sign-off, names his unit in the sentence that says who he is; a clerk
reads that as a unit's 落款 put first. The unit must follow 我是 / 本人系 at once (a post or office may come after it):
a unit spoken of later in the sentence (我是一名退休干部，想问县林草局…) is only a mention, and a village's cadre (我是谷杖子乡
三道沟村会计) speaks for the village, which no campaign asks.
"""

from __future__ import annotations

import re

# 我是 / 我系 / 本人是 / 本人系 / 我们是, then the unit (建昌县 or 县 before it, as the name may be written)
INTRODUCTION = re.compile(r"(?:我是|我系|本人是|本人系|我们是)(?:建昌县|县)?$")
# …三道沟村会计, …城关社区主任: a village or a community of the town, right after its name
ONE_OF_ITS_VILLAGES = re.compile(r"(?:人民政府)?[\u4e00-\u9fa5]{1,5}?(?:村|社区|居委会)(?![民级务])")


def introduces_oneself(line: str, alias_text: str) -> bool:
    """The name comes right after the writer's 我是 (我是县林草局办公室信息员任春建)."""
    pos = line.find(alias_text)
    return (pos > 0 and bool(INTRODUCTION.search(line[:pos]))
            and not ONE_OF_ITS_VILLAGES.match(line[pos + len(alias_text):]))
