"""四、专项整治时间为3月18日至5月17日: the time a piece of work runs, said under a heading of its own, is not the
time materials are sent, even with the mailbox line beside it."""

from __future__ import annotations

import re

# the work a period is named by: 整治时间, 行动时间, 活动时间, 检查时间 …, never 报送/征集/申报时间
WORK_PERIOD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?\s*[\u4e00-\u9fa5]{0,4}?"
                         r"(?:整治|行动|活动|治理|检查|排查|督查|巡查|培训|评估|实施|试点|宣传|集中攻坚|开展)(?:时间|期限|期)\s*"
                         r"(?:为|是|[:：])?\s*[^。；;]*?(?:至|到|—|－|-|~|～)")


def a_period_of_work(sentence: str) -> bool:
    """专项整治时间为3月18日至5月17日 (a span from one day to another that the work runs), not 报送时间为…."""
    return bool(WORK_PERIOD.match(sentence))
