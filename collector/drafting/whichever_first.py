"""Two limits for one material joined by 或 and settled by 以先到者为准 (以较早者为准, 以时间在先者为准):
`于活动结束后3日内或7月25日（星期二）前（以先到者为准）` is one deadline, the earlier of the two; the later one is
no second requirement. Two dates in a sentence without such words (分两批, 先…后…) stay two deadlines."""

from __future__ import annotations

import re

from .dates import Deadline, said

# 以先到者为准, 以先到为准, 以较早者为准, 以早者为准, 以时间在先者为准, 两者以先到期者为准
EARLIER_WINS = re.compile(r"以(?:两者中)?(?:先到期?者?|较早者?|早者|时间(?:在)?先者?|先届满者?)为准")


def whichever_comes_first(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """In each sentence saying 以先到者为准 after two or more dated limits, only the earliest is kept (in place)."""
    for sentence, deadlines in zip(sentences, dated):
        said_so = EARLIER_WINS.search(sentence)
        timed = [d for d in deadlines if d.due and said_so and d.end <= said_so.start()]
        if len(timed) < 2:
            continue
        first = min(timed, key=lambda d: d.due)
        for d in timed:
            if d is not first:
                deadlines.remove(d)
        first.assumed = "；".join(x for x in (first.assumed, f"同句写了{len(timed)}个期限并“{said_so.group()}”，"
                                              f"取较早的{first.due.month}月{first.due.day}日{said(first.due.time())}，请核对") if x)
