"""A 补充通知 that adds units for a new material (`三、增加附件所列单位报送本系统…情况，具体内容和时限见附件`): the units it
adds are asked that material only, not the original notice's ones it restates (`二、原通知要求报送的…现场照片…，报送时间不变，
仍为3月20日前`, naming no unit: the units the original notice asked, not every addressee of this one). A unit the restated
item names itself stays."""

from __future__ import annotations

import re

from ..requirements import DraftRequirement

# 增加附件所列单位报送…, 增加县交通局、县水利局两个单位报送…: units added to those the original notice asked
ADDS_UNITS = re.compile(r"增加[^，,。；;]{0,16}?(?:单位|部门)[^，,。；;]{0,4}?(?:报送|上报|提交)")
# 原通知要求报送的…, 原通知要求各乡镇于3月20日前报送的…: an item of the original notice, said again
OF_THE_ORIGINAL = re.compile(r"原(?:通知|文件)")


def the_added_left_out_of_the_original(sentence: str, added: list[DraftRequirement],
                                       requirements: list[DraftRequirement]) -> None:
    """When ``sentence`` adds units whose requirements are ``added``, take those units out of each other requirement
    restating an item of the original notice (its description says 原通知), unless that item names them."""
    if not ADDS_UNITS.search(sentence) or not added:
        return
    new = {u for r in added for u in r.units}
    for r in requirements:
        text = r.said or r.description or ""
        if r in added or not OF_THE_ORIGINAL.search(text):
            continue
        kept = [u for u in r.units if u not in new or u in text]
        if kept:
            r.units = kept
