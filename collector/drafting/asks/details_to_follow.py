"""A return the notice only announces: its sentence gives a time but says its details will come in a later notice
(`请各单位于12月上旬报送工作总结，具体要求另行通知`, `自4月起…每月5日前报送上月激活进度，具体表样另行下发`). Until
the form or the requirements are sent there is nothing to collect; a later return whose time alone is to come
(`以后各季度报送时间另行通知`) leaves the dated one before it standing, and so does a later return whose requirements are
to come (`于3月20日前报送…明细表（Excel格式），此后资金拨付情况按月报送，具体要求另行通知`: the details are the monthly
returns', the dated table is asked now), and so do the other papers of a sentence where the details to come are one
paper's (`…将工作总结（Word格式）及典型案例发送至…，典型案例的报送要求将另行下发`: the 总结 is asked now), or a paper is
named only to say it is announced later (`…发送至…，统计表另行通知`: the clerk is told of the 统计表 either way);
`不再另行通知` announces nothing."""

from __future__ import annotations

import re

from ..timing.dates import Deadline

# 具体要求另行通知, 具体表样另行下发, 报送模板另行印发: what the units are to send, to be sent to them later
DETAILS_LATER = re.compile(r"(?<!不再)(?<!无需)(?:具体|报送)?(?:要求|表样|样表|格式|模板|表格|报送要求|填报要求|填报说明)"
                           r"(?:将|再)?另行(?:通知|下发|印发|告知|发布)")


# 此后资金拨付情况按月报送, 以后每季度报送一次: a clause opening the returns after the dated one
LATER_RETURNS = re.compile(r"[，,](?:此后|以后|今后|之后|嗣后|后续)[^，,。；;]{0,30}?(?:报送|上报|填报|报告|按月|按季|每月|每季|每周)")


def details_to_follow(sentence: str, deadline: Deadline) -> bool:
    """The deadline's statement (to its full stop) says the return's requirements or form are still to be sent, not
    only those of the later returns a clause after it opens."""
    statement = re.split(r"[。；;]", sentence[deadline.end:], maxsplit=1)[0]
    later = DETAILS_LATER.search(statement)
    return bool(later) and not _of_the_later_returns(statement, later.start()) \
        and not _of_one_paper_among_others(sentence, statement, later.start())


def later_returns_to_follow(sentence: str, deadline: Deadline) -> bool:
    """The deadline's statement announces later returns whose requirements are still to be sent (此后…按月报送，具体要求
    另行通知): the dated return stands, the later ones are the clerk's to add when they come."""
    statement = re.split(r"[。；;]", sentence[deadline.end:], maxsplit=1)[0]
    later = DETAILS_LATER.search(statement)
    return bool(later) and _of_the_later_returns(statement, later.start())


# 典型案例的报送要求将另行下发: the details to come are of the paper named before them (a clause opening with its name)
OF_A_PAPER = re.compile(r"(?:^|[，,])[\u4e00-\u9fa5《》“”]{2,24}的?$")


def a_paper_to_follow(sentence: str, deadline: Deadline) -> str:
    """The paper whose details are to come while the sentence's others are asked now (典型案例的报送要求将另行下发 →
    典型案例), or ""."""
    statement = re.split(r"[。；;]", sentence[deadline.end:], maxsplit=1)[0]
    later = DETAILS_LATER.search(statement)
    if later and _of_one_paper_among_others(sentence, statement, later.start()):
        return re.split(r"[，,]", statement[:later.start()])[-1].removesuffix("的")
    return _a_paper_announced_later(statement)


# …发送至…邮箱，统计表另行通知: the statement sends something before it names the paper to come (not `评估定于…进行，
# 评估结果另行通知` nor `…演练，演练方案另行下发`: the office's own papers, issued later)
SENT_BEFORE = re.compile(r"发送|报送|上报|提交|报至|送至|传至")


def _a_paper_announced_later(statement: str) -> str:
    """A paper the statement names only to say its sending is announced later, after what it sends now (`…发送至…，
    统计表另行通知` → 统计表; requirements.material_names leaves it out), or ""."""
    from ..materials.asks_nothing import announced_later
    from ..requirements import MATERIAL  # imported here, as in _of_one_paper_among_others
    for m in MATERIAL.finditer(statement):
        if announced_later(statement, m.end()) and SENT_BEFORE.search(statement, 0, m.start()):
            return re.split(r"[，,]", statement[:m.end()])[-1]
    return ""


def _of_one_paper_among_others(sentence: str, statement: str, details_at: int) -> bool:
    """The details to come are one named paper's (典型案例的报送要求将另行下发) while the sentence asks other papers now:
    those stand, that one waits (requirements.material_names leaves it out)."""
    from ..requirements import material_names  # requirements reads this stage's sentences; imported here, not at the top
    return bool(OF_A_PAPER.search(statement, 0, details_at)) and bool(material_names(sentence))


def _of_the_later_returns(statement: str, details_at: int) -> bool:
    """The details to come are said after a clause opening later returns (此后…按月报送，具体要求另行通知)."""
    return bool(LATER_RETURNS.search(statement, 0, details_at))
