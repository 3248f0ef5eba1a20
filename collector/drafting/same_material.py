"""A later clause of a sentence that sends with no object of its own: `请各乡镇于6月15日前报送安全生产月活动总结，县直各部门于
6月20日前报送` — the departments send what the towns send, by their own date. Its words get the clause before's materials,
each with its own bracket, so its parts and title are those."""

from __future__ import annotations

import re

from . import requirements as req
from .dates import Deadline
from .sent_object import object_sent

# …县直各部门于6月20日前报送。, …于6月20日前报送至县安委办: the clause ends on its sending verb (and where to)
POINTING_BACK = re.compile(r"本项|该项|此项|上述|以上|前述")  # 本项材料: a name pointing back, no name to say again
SENDS_NOTHING_NAMED = re.compile(r"(?:报送|上报|提交|发送|报来)(?:至[^，,。；;]{0,20})?[。；;，,\s]*$")


def the_materials_said_before(pairs: list[tuple[Deadline, str, str]], k: int) -> str:
    """What the ``k``-th clause sends when it names nothing: the clause before's materials, said again (or "")."""
    segment = pairs[k][1]
    if not k or req.material_names(segment) or object_sent(segment) or re.search(r"[将把]", segment) \
            or not SENDS_NOTHING_NAMED.search(segment):
        return ""  # 县住建局…将农房建设审批备案情况汇总后报送: its own thing, however named
    before = pairs[k - 1][1]
    names = [n for n in req.material_names(before) if n not in req.GENERIC and not POINTING_BACK.match(n)]
    if not names:
        return ""
    said = "、".join(name + (f"（{bracket}）" if (bracket := req.own_bracket(before, name)) else "") for name in names)
    return f"，报送{said}"
