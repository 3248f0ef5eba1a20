"""四、专项整治时间为3月18日至5月17日: the time a piece of work runs, said under a heading of its own, is not the
time materials are sent, even with the mailbox line beside it. So is any span a heading names by what is done in it,
when neither the name nor the sentence says a sending: 三、储备投放时间初定为十二月二十日至次年二月十日，具体以…为准."""

from __future__ import annotations

import re

from ..heading.addresses import SUBMIT
from .dates import TO

HEADING = r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?\s*"
SPAN = r"\s*(?:为|是|[:：])?\s*[^。；;]*?" + TO
# the work a period is named by: 整治时间, 行动时间, 活动时间, 检查时间 …, never 报送/征集/申报时间
WORK_PERIOD = re.compile(HEADING + r"[\u4e00-\u9fa5]{0,4}?"
                         r"(?:整治|行动|活动|治理|检查|排查|督查|巡查|培训|评估|实施|试点|宣传|集中攻坚|开展)(?:时间|期限|期)"
                         + SPAN)
# 储备投放时间初定为…至…: a period named by two to four characters of what is done in it (初定 / 暂定 / 预计 …: set for now)
NAMED_PERIOD = re.compile(HEADING + r"(?P<what>[\u4e00-\u9fa5]{2,4}?)(?:时间|期限)\s*(?:初定|暂定|拟定|预计|计划|定)?"
                          + SPAN)
# what a period of sending is named by: 报送 / 征集 / 申报 / 报名 / 填报 / 受理 / 截止 …时间
SENDING_NAME = re.compile(r"报|送|交|征|申|填|收|截|受理|反馈|上传|订|登记|回复|推荐|投稿|录入|提供")
BY_THEN = re.compile(r"前|止")


def a_period_of_work(sentence: str) -> bool:
    """专项整治时间为3月18日至5月17日 (a span from one day to another that the work runs), not 报送时间为…."""
    return bool(WORK_PERIOD.match(sentence)) or a_period_named_by_its_work(sentence)


def a_period_named_by_its_work(sentence: str) -> bool:
    """储备投放时间初定为十二月二十日至次年二月十日: a span under a name of no sending, in a sentence that sends nothing
    and closes nothing by a day (no 前 / 止)."""
    m = NAMED_PERIOD.match(sentence)
    return bool(m) and not SENDING_NAME.search(m.group("what")) and not SUBMIT.search(sentence) \
        and not BY_THEN.search(sentence)
