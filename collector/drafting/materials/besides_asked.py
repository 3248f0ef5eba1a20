"""A material named inside `除报送…外，还须…` (`上述三个单位除报送年检材料外，还须于…前报送《…情况说明》`): the paper asked
before, which the units send besides what this sentence asks; it is no material of this sentence. `还` (还须, 还需, 还应,
还要, 另须) after the clause says so; a 除…外 of units (`除县公安局外，各部门…`) names no material and is left to
`requirement_units`."""

from __future__ import annotations

import re

# 除报送年检材料外，还须, 除按时报送统计表以外，另需: the sending of a paper asked before, and the asking of one more
BESIDES_THE_ASKED = re.compile(r"除(?:按时|按要求|按期)?(?:报送|上报|提交|填报|报)(?P<what>[^，,。；;除]{1,40}?)(?:以外|之外|外)"
                               r"\s*[，,]?\s*(?:还|另)(?:须|需|应|要|必须|需要)")


def asked_besides(text: str, start: int, end: int) -> bool:
    """The material at ``start``–``end`` of ``text`` is named inside a `除报送…外，还须` clause: one asked before."""
    return any(m.start("what") <= start and end <= m.end("what") for m in BESIDES_THE_ASKED.finditer(text))
