"""The sentence above a deadline's that names each group's materials in a clause of its own, read for one group:
`各乡镇报送本年度创建工作推进情况（Word格式），并附工作照片；县直各部门报送《…统计表》（Excel格式）。` above
`请各乡镇于本月25日前、县直各部门于下月10日前，将上述材料报送至…`: the towns' 上述材料 are the Word report and the
photos, the departments' the sheet, not all three for each. Each clause (parted by ；) opens with a group of units
(各乡镇, 县直各部门, 县财政局) and the verb that sends (报送, 上报, 提交, 提供, 填报); the sentence is read so only where two
or more clauses do, of groups apart, and the requirement's units lie within one of them: its clauses are what it sends.
A sentence naming the materials of all (`各乡镇、县直各部门报送…情况（Word格式）；…统计表（Excel格式）`) is read whole."""

from __future__ import annotations

import re

from .. import requirements as req
from ..senders.unit_lists import read_addressees
from ..senders.units import UnitResolver, named_units

# 各乡镇报送…, 县直各部门要报送…, 县财政局：报送…: the group a clause opens with, up to the verb that sends
GROUP_SENDS = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])?\s*"
                         r"(?:请)?(?P<who>[^，,。；;：:（(《“]{2,24}?)\s*(?:[:：]\s*)?(?:要|应|须|需|均|分别)?"
                         r"(?:报送|上报|提交|提供|填报)")


def the_clauses_of_the_group(before: str, units: list[str], resolver: UnitResolver) -> str:
    """``before`` less the clauses of the other groups, where its clauses name each group's materials apart and
    ``units`` all lie within one group; ``before`` whole otherwise."""
    if not units:
        return before
    clauses = [c for c in re.split(r"(?<=[;；])", before) if c.strip()]
    groups = [group_sending(c, resolver) for c in clauses]
    owned = [(c, g) for c, g in zip(clauses, groups) if g]
    if len(owned) < 2 or len(owned) != len(clauses) or not all(req.material_names(c) for c, _ in owned):
        return before
    if sum(map(len, groups)) > len(set().union(*groups)):
        return before  # a unit in two groups: not the groups apart
    ours = [c for c, g in owned if set(units) <= g]
    return "".join(ours).rstrip(" ;；") if ours else before


def group_sending(clause: str, resolver: UnitResolver) -> set[str]:
    """The units of the group a clause opens with and sends by (各乡镇报送…: the towns and townships), else none."""
    m = GROUP_SENDS.match(clause)
    if not m:
        return set()
    said = read_addressees(m.group("who"), resolver)
    if said.kinds and not said.undecided and not said.unknown:
        return set(resolver.kinds(said.kinds)) | set(said.names)
    return set(named_units(m.group("who"), resolver))
