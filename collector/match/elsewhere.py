"""A mail written to another office: its salutation names a body of the city or the province.

A unit answers a higher office's notice too, and now and then sends that answer to the county's collecting mailbox by
mistake: `市统计局综合科：按要求报送《葫芦岛统计年鉴（2067）》建昌县资料，请审核。` with the city's 资料 attached. Its files may
look like something a campaign here asks (a 年鉴 beside the county's 年鉴供稿), yet it is not a submission to this office:
a person tells the unit it went to the wrong mailbox. The salutation is the first line of the sender's own words, a
name and a colon and nothing else (as `units.SALUTATION_RE` reads it); it names another office when it is a body of a
city or a province (`市统计局综合科`, `葫芦岛市应急管理局`, `辽宁省…厅`), never anything of the county (县…, a town,
`城市管理局`, `市场监管局`).
"""

from __future__ import annotations

import re

from collector.match.text import content_lines

# 市统计局综合科：/ 葫芦岛市应急管理局：/ 省农业农村厅：/ 辽宁省…厅办公室：— a city's or a province's office; not 市场监管局,
# not 住建局城市管理科 (no place name before 市 carries an office's word), nothing with 县 in it
HIGHER_OFFICE = re.compile(r"(?:尊敬的)?(?:(?:(?![局委办科处室厅站所县乡镇])[\u4e00-\u9fa5]){2,4}[市省]|市(?!场)|省)"
                           r"(?:(?!县)[\u4e00-\u9fa5（）()、]){1,20}"
                           r"(?:局|委|办|厅|科|处|室|中心|政府|委员会|办公室|同志|领导)\s*[:：]\s*")


def addressed_to_a_higher_office(parsed) -> str:
    """The salutation opening the sender's own words when it names a city's or a province's office, else ""."""
    lines = content_lines(parsed.body_text or "")
    first = lines[0] if lines else ""
    return first.rstrip("：: ") if HIGHER_OFFICE.fullmatch(first) else ""
