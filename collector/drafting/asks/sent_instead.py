"""Some units of a group sending another material instead of the group's on the same day: `各乡镇于5月24日前报送《…登记表》
（Excel格式）。八家子镇…不再另行填写电子表格，请将…纸质登记表加盖公章后扫描，以PDF格式于同日前报送`. The one
requirement their words draft is theirs alone; they are taken out of the group's requirement of that day (the group's
material is not theirs to send)."""

from __future__ import annotations

import re

from ..requirements import DraftRequirement

# 不再另行填写电子表格, 无需报送登记表, 不用填报: the group's material not sent by these units
NOT_THE_GROUPS = re.compile(r"(?:不再|无需|不需|不需要|不用|不必)\s*(?:另行|单独|重复)?\s*(?:填写|填报|报送|提交|上报)")


def take_out_those_sending_instead(requirements: list[DraftRequirement]) -> None:
    """For each requirement whose words say its units do not send the group's material (NOT_THE_GROUPS) and that asks
    something of its own, its units leave every requirement of the same moment whose units they are some (not all) of."""
    for own in requirements:
        if not own.units or not own.parts or not NOT_THE_GROUPS.search(own.said or ""):
            continue
        for group in requirements:
            if group is not own and group.due == own.due and set(own.units) < set(group.units):
                group.units = [u for u in group.units if u not in own.units]
