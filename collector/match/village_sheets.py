"""A town's villages' own sheets where the notice asks the town's one table.

A notice that collects a town's figures village by village often asks for one table a town, its villages a row each
(`每乡镇一份，各村按行填写，不要分村单独报送`, `由乡镇汇总后报送`). A town that sends instead each village's sheet
(`东营子村防汛物资储备情况统计表.xlsx`, one file a village) and none of its own has every figure but not the table asked:
whether to take them or send them back for the 汇总 is a person's call. Where the notice says nothing of it, or asks a
paper a village (各行政村承诺书，每村一份), village files are what it asks and are filed as before.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.text import per_campaign
from collector.match.words import file_stem

# 每乡镇一份 / 不要分村单独报送 / 由乡镇汇总后报送: the notice asking the town's one table, not its villages'
ONE_TABLE_A_TOWN = re.compile(r"每(?:个)?乡镇(?:只)?(?:报送|填报|报)?一份"
                              r"|(?:不要|不得|请勿|不必|严禁|不再)(?:分村|按村|逐村|以村为单位)[^。；;，,）)]{0,6}?(?:报送|上报|报)"
                              r"|由乡镇汇总后(?:统一)?(?:报送|上报)")
# 东营子村…, （平房村）: a village's name in a file's name (not 各村, 农村, 乡村, 村级, 村委会)
VILLAGE_IN_NAME = re.compile(r"[^\W\d_乡镇各全农县市区本该每]{2,5}村(?![委民级务庄])")
SPREADSHEET = re.compile(r"\.(?:xlsx|xlsm|xls|et|csv|ods)$", re.I)


@per_campaign
def _asks_one_table_a_town(campaign: Campaign) -> str:
    """The notice's words asking one table a town (每乡镇一份…不要分村单独报送), or ""."""
    found = [m.group() for m in ONE_TABLE_A_TOWN.finditer(campaign.notice_text or "")]
    return "，".join(dict.fromkeys(found))


def _villages_named(names: list[str]) -> list[str]:
    """Each file's village, when every file is named for one; [] otherwise."""
    villages = [m.group() for n in names for m in [VILLAGE_IN_NAME.search(file_stem(n))] if m]
    return villages if len(villages) == len(names) else []


def villages_sent_apart(parsed: ParsedMail, campaign: Campaign) -> str:
    """What to tell the person when the mail's tables are only its villages' own where the notice asks the town's one;
    "" otherwise."""
    asked = _asks_one_table_a_town(campaign)
    sheets = [a.filename for a in parsed.attachments if a.kind == "document" and SPREADSHEET.search(a.filename or "")]
    villages = _villages_named(sheets) if asked and sheets else []
    if not villages:
        return ""
    return (f"附件是各村分别填写的表（{'、'.join(villages[:3])}{'等' if len(villages) > 3 else ''}{len(villages)}个村），"
            f"没有全乡镇汇总的一份，通知要求“{asked}”")
