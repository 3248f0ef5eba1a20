"""Bodies above the county named beside its units: `经国家统计局建昌调查队抽选，药王庙镇、大屯镇…4个乡镇…（以下简称样本乡镇）`.
国家统计局, 省林草局, 中央网信办 are no county unit, though the roster knows the county's bureau by the same short name
(统计局): read out of the words that name a group's members, they leave the county's 县统计局 out of the group."""

from __future__ import annotations

import re

# 国家统计局, 国家统计局建昌调查队, 省农业农村厅, 中央网信办: the level's word, then the body's name up to its suffix
HIGHER_BODY = re.compile(r"(?:国家|中央|省|自治区)[\u4e00-\u9fa5]{1,10}?(?:总局|局|厅|部|委员会|委|办公室|办|署)"
                         r"(?:[\u4e00-\u9fa5]{2,6}?(?:调查队|分局|监测站))?")


def without_higher_bodies(text: str) -> str:
    return HIGHER_BODY.sub("", text)
