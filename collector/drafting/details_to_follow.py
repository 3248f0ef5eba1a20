"""A return the notice only announces: its sentence gives a time but says its details will come in a later notice
(`请各单位于12月上旬报送工作总结，具体要求另行通知`, `自4月起…每月5日前报送上月激活进度，具体表样另行下发`). Until
the form or the requirements are sent there is nothing to collect; a later return whose time alone is to come
(`以后各季度报送时间另行通知`) leaves the dated one before it standing, and `不再另行通知` announces nothing."""

from __future__ import annotations

import re

from .dates import Deadline

# 具体要求另行通知, 具体表样另行下发, 报送模板另行印发: what the units are to send, to be sent to them later
DETAILS_LATER = re.compile(r"(?<!不再)(?<!无需)(?:具体|报送)?(?:要求|表样|样表|格式|模板|表格|报送要求|填报要求|填报说明)"
                           r"(?:将|再)?另行(?:通知|下发|印发|告知|发布)")


def details_to_follow(sentence: str, deadline: Deadline) -> bool:
    """The deadline's statement (to its full stop) says the return's requirements or form are still to be sent."""
    statement = re.split(r"[。；;]", sentence[deadline.end:], maxsplit=1)[0]
    return bool(DETAILS_LATER.search(statement))
