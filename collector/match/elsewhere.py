"""A mail written to another office: its salutation names a body of the city or the province, or it sends the city's
own paper and asks the office to pass it on.

A unit answers a higher office's notice too, and now and then sends that answer to the county's collecting mailbox by
mistake: `市统计局综合科：按要求报送《葫芦岛统计年鉴（2067）》建昌县资料，请审核。` with the city's 资料 attached. Its files may
look like something a campaign here asks (a 年鉴 beside the county's 年鉴供稿), yet it is not a submission to this office:
a person tells the unit it went to the wrong mailbox. The salutation is the first line of the sender's own words, a
name and a colon and nothing else (as `units.SALUTATION_RE` reads it); it names another office when it is a body of a
city or a province (`市统计局综合科`, `葫芦岛市应急管理局`, `辽宁省…厅`), never anything of the county (县…, a town,
`城市管理局`, `市场监管局`).

The other shape: the file is the higher office's own form (`葫芦岛市2070年防汛抢险技术培训班参训人员回执`) and the sender asks
this office to pass it up (`请汇总报市应急局`), while the campaign is the county's own (`2070年全县基层防汛…培训班`, no city
or province in its title). The words of the county's campaign fit, but the paper answers the city's notice: a person
sends it on and asks the unit for the county's.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.match.text import content_lines, normalize
from collector.match.units import senders_own_text

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


# 请汇总报市应急局 / 汇总后上报省厅 / 请转报市里: the sender asks the office to pass its paper up to the city or the province
RELAY_UP = re.compile(r"(?:汇总|统一|转|代)后?上?报送?(?:至|给|到)?(?:[\u4e00-\u9fa5]{2,3}市(?!场)|市(?![场民])|省)")
# 葫芦岛市2070年…回执 / 辽宁省…表 / 全市…: a paper titled by the city or the province (not 城市…, 超市…: one character before 市)
HIGHER_TITLE = re.compile(r"^(?:辽宁省)?(?:[\u4e00-\u9fa5]{2,3}[市省]|全市|全省)(?=[\d\u4e00-\u9fa5])")
# a campaign of the county relaying a higher office's matter names it: 全市…培训班, 省…评选, 葫芦岛市…
NAMES_A_HIGHER_LEVEL = re.compile(r"(?<![城超都])市(?![场民政])|省")
TITLE_LINES = 3


def a_higher_offices_paper_to_pass_on(parsed, campaign: Campaign) -> str:
    """The title of the mail's paper that is a city's or a province's own, where the sender asks to pass it up and the
    campaign is the county's own; else ""."""
    if NAMES_A_HIGHER_LEVEL.search(normalize(campaign.title)):
        return ""
    if not RELAY_UP.search(normalize(senders_own_text(parsed, [campaign]))):
        return ""
    for a in parsed.attachments:
        if a.kind == "document":
            for line in _title_lines(a.text or ""):
                if HIGHER_TITLE.match(line):
                    return line
    return ""


def _title_lines(text: str) -> list[str]:
    """A document's first lines, a workbook's [sheet] markers left out."""
    lines = [ln.strip() for ln in normalize(text).splitlines() if ln.strip() and not ln.startswith("[")]
    return lines[:TITLE_LINES]
