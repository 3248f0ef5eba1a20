"""The issuer's own contact written out is given, not asked: `联系人：刘洋；电话：0429-7725860；邮箱：…` at the end of a notice,
read with the last item's sentence, is the number to call, no phone a unit must send. A phone word with its number after
it (`电话：0429-…`, `联系电话 13812345678`) says the number; `请注明联系人及联系电话` has none and still asks one. Work done by phone (`开展电话回访`, 电话核实) asks
no number either."""

from __future__ import annotations

import re

# 电话：0429-7725860, 联系电话 13812345678, 手机:139…, 联系方式：0429-…
A_NUMBER_GIVEN = re.compile(r"(?:联系电话|电话|手机号码|手机|联系方式)\s*[:：]?\s*(?:\d[\d\-－—\s]{5,}\d)")


def without_the_numbers_given(text: str) -> str:
    """``text`` without each phone word followed by its number (the contact the notice gives)."""
    return A_NUMBER_GIVEN.sub("", text)


# 开展电话回访, 电话核实, 通过电话抽查: work done by phone, no number asked
CALL_MADE = re.compile(r"电话(?=回访|随访|访问|核实|核查|抽查|抽访|调查|询问|咨询|沟通|督办|督促|提醒|催报|催办|走访)")


def without_calls_made(text: str) -> str:
    """``text`` without the 电话 of work done by phone (电话回访): it names a way of working, not a number to send."""
    return CALL_MADE.sub("", text)
