"""A group named inside the thing a unit sends, after the sending verb: `县财政局另于1月23日…前，报送2688年度各单位公用
经费中水电费…支出情况（Excel格式）` — 各单位 says whose figures the sheet holds, not who sends it; the bureau the sentence
opens with does. (`将各乡镇缴费入库明细…发送`, the group between 将 and the verb, is requirement_units.WHOSE_MATERIAL.)"""

from __future__ import annotations

import re
from collections.abc import Callable

# 报送2688年度各单位公用经费…, 提交全县各乡镇…汇总表: up to the clause's end, a year or a few words before the group
GROUP_AFTER_THE_VERB = re.compile(r"(?<=报送|上报|提交|提供)[^，,。；;各]{0,12}?(?:各|全县)[^，,。；;]{1,40}")


def without_a_group_in_what_is_sent(text: str, names_a_sender: Callable[[str], bool]) -> str:
    """``text`` less the groups named in what its verb sends, when what is left still names a sender (a group after
    报送 with no one named before it is left to the other rules: it may be who is asked)."""
    left = GROUP_AFTER_THE_VERB.sub("", text)
    return left if left != text and names_a_sender(left) else text
