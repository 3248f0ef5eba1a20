"""A paper's own day in its format bracket: papers listed after the verb that sends them, each with its format and then
its day in its bracket (`1.各乡镇人民政府报送：补贴机具核查台账（Excel格式，4月17日（星期三）下午4点前）；核查工作总结（Word格式，
4月29日前）。`, `请各乡镇报送：《…统计表》（Excel版，5月10日前）、《…报告》（Word版，5月20日17:00前）`). Each bracket's day is
that paper's deadline: its clause closes what that day asks (`statements.segments`), and the later paper needs no
sending verb of its own, the sentence's verb before it sends it (`not_a_requirement`). A day that is not the bracket's
second item right after the format (`（Excel格式，填写5月10日前的整改数据）`) is none."""

from __future__ import annotations

import re

from .. import requirements as req
from ..heading.addresses import SUBMIT
from ..timing.dates import Deadline

# 台账（Excel格式，| 《…报告》（Word版，: a material's name, its bracket opening on its format and a comma
FORMAT_THEN_DAY = re.compile(r"(?P<name>[^，,。；;、()（）]{2,40}?)[(（]\s*(?:Word|WORD|word|Excel|EXCEL|excel|PDF|pdf|WPS|wps|"
                             r"电子|纸质|扫描|图片|JPG|jpg)?[^，,。；;()（）]{0,6}?(?:格式|版|文档|表格|件)?\s*[，,]\s*$")


def dated_in_its_bracket(sentence: str, deadline: Deadline) -> bool:
    """``deadline`` stands second in the bracket of the paper named before it, right after that paper's format, and
    closes the bracket."""
    m = FORMAT_THEN_DAY.search(sentence, 0, deadline.start)
    return bool(m) and bool(req.MATERIAL.search(m.group("name"))) \
        and bool(re.match(r"\s*[)）]", sentence[deadline.end:])) and _a_format_named(m.group())


def sent_by_the_sentence(sentence: str, deadline: Deadline) -> bool:
    """``deadline`` is its paper's own, and a verb before that paper in the sentence sends it."""
    return dated_in_its_bracket(sentence, deadline) and bool(SUBMIT.search(sentence[:deadline.start]))


def _a_format_named(words: str) -> bool:
    return bool(re.search(r"[(（][^()（）]*(?:格式|版|Word|WORD|word|Excel|EXCEL|excel|PDF|pdf|WPS|wps)", words))
