"""The title of a correction notice that does not quote the notice it corrects: `关于更正小杂粮种植意向统计报送邮箱的通知`,
`关于农村寄递物流站点建设情况统计报送时间的更正通知`, its body citing `我中心4月1日印发的《关于开展小杂粮种植意向统计的通知》`.
The campaign is still the corrected notice's, so its title is that notice's subject (小杂粮种植意向统计), read as a title
of its own. A correction title whose body cites no 《关于…的通知》, or a notice that is no correction (关于报送…的通知
citing an earlier one), keeps its own title."""

from __future__ import annotations

import re
from collections.abc import Callable

# 关于更正…的通知, 关于…的更正通知: a notice that corrects another
CORRECTION_TITLE = re.compile(r"关于更正.+的通知|关于.+的更正通知")
# 我中心4月1日印发的《关于开展…的通知》（…〔2466〕2号）: the notice corrected, cited near the body's start
CITED_NOTICE = re.compile(r"《(关于[^《》]{2,80}?的(?:紧急|补充)?通知)》")


def title_of_the_corrected_notice(title_line: str, body: str, title_of: Callable[[str], str]) -> str:
    """The subject of the notice a correction corrects (``title_of`` reads a title line), or ""."""
    if not CORRECTION_TITLE.search(title_line):
        return ""
    if "《" in title_line:  # 关于更正《关于…的通知》…的通知: its own title names the notice; 关于《关于…的通知》的更正通知:
        quoted = CITED_NOTICE.search(title_line)  # nothing but the notice it corrects, whose subject is the title
        return title_of(quoted.group(1)) if quoted and not title_of(title_line) else ""
    cited = CITED_NOTICE.search(body[:300])
    return title_of(cited.group(1)) if cited else ""


# 原通知其他要求不变：各乡镇于4月16日前，将…发送至更正后的邮箱: after the colon, the earlier notice's terms said again,
# still in force (a date the earlier notice set, read here as a deadline of this one)
KEPT_AND_RESTATED = re.compile(r"(?:要求|内容|事项|安排)(?:均|仍)?(?:保持)?不变\s*[:：]\s*[^。；;：:，,]{0,24}$")


def restated_as_kept(before: str) -> bool:
    """The text before a deadline ends in `…其他要求不变：` and the few words of who is asked: the date is in force."""
    return bool(KEPT_AND_RESTATED.search(before))
