"""Two limits for one material joined by 或 and settled by 以先到者为准 (以较早者为准, 以时间在先者为准):
`于活动结束后3日内或7月25日（星期二）前（以先到者为准）` is one deadline, the earlier of the two; the later one is
no second requirement. Two dates in a sentence without such words (分两批, 先…后…) stay two deadlines.

A limit counted from a day the notice does not give (`于活动结束后5个工作日内报送，最迟不晚于7月15日`) under a latest date
is that date: the one limit the clerk can set (capped_by_a_latest_date)."""

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


# 最迟不晚于7月15日, 最迟不超过, 至迟, 不得晚于: the latest date said after a limit
LATEST_SAID = re.compile(r"(?:最迟|最晚|至迟)(?:不晚于|不超过|不得晚于|不得超过|于|在)?\s*$|(?:不晚于|不得晚于|不得超过)\s*$")


def capped_by_a_latest_date(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """In each sentence, a limit counted from a day not given (its due unknown) followed by a latest date gives way to
    that date (in place), an unsettled line saying so."""
    for sentence, deadlines in zip(sentences, dated):
        for counted, latest in zip(list(deadlines), list(deadlines)[1:]):
            if counted.due is None and latest.due and LATEST_SAID.search(sentence[counted.end:latest.start]):
                deadlines.remove(counted)
                latest.assumed = "；".join(x for x in (latest.assumed, f"期限“{counted.text}”的起算日期通知中未写，"
                                                       f"按所写最迟期限{latest.due.month}月{latest.due.day}日截止，请核对") if x)
