"""A thing the units make for their own work (`对自查发现的问题建立台账`, `逐户制定改造方案`) is no material to send when the
clause names what it sends: right after its sending verb (`于…前报送整改情况报告`) or between 将 and that verb
(`于6月20日前将改造户清单（Excel格式）和加固改造户施工图（CAD格式）报送`). Named there itself, also by a shorter name
(`制定本乡镇…实施方案，于…前将实施方案发送`), or with nothing else named to send (`建立…台账（Excel格式），…一并发送`), it is sent."""

from __future__ import annotations

import re

# 建立台账, 健全制度, 制定改造方案: made (kept) by the unit
MADE = re.compile(r"建立|建好|健全|完善|制定|制订")
SENT_RIGHT_BEFORE = re.compile(r"(?:报送|上报|发送|提交|报来)$")
# 将改造户清单（Excel格式）和…施工图（CAD格式，.dwg文件）报送: what 将 sends, brackets and all, up to the verb
OBJECT_OF_JIANG = re.compile(r"将(?P<what>(?:[^，,。；;将()（）]|[(（][^()（）]*[)）]){2,120}?)"
                             r"(?=报送|上报|发送|提交|报至|发至|报县)")


def made_before(text: str, start: int, material: int) -> bool:
    """The name from ``start`` to its material word at ``material`` says it is made (逐户制定改造方案)."""
    return bool(MADE.search(text[start:material]))


def without_the_making(name: str) -> str:
    """问题建立整改台账 → 整改台账."""
    return MADE.split(name)[-1]


def named_as_sent(text: str, at: int) -> bool:
    """The name starting at ``at`` is what the clause sends: right after its verb, or inside what 将 sends."""
    return bool(SENT_RIGHT_BEFORE.search(text[:at])) or any(
        m.start("what") <= at < m.end("what") for m in OBJECT_OF_JIANG.finditer(text))


def only_what_is_sent(names: list[str], made: set[str], sent: set[str]) -> list[str]:
    """The names less those made and not sent, when the clause names something it sends (else all of them). A thing
    sent by a shorter name is sent (制定本乡镇…实施方案，于…前将实施方案发送: the plan made)."""
    if not sent:
        return names
    return [n for n in names if n not in made or any(n.endswith(s) or s.endswith(n) for s in sent)] or names
