"""A date a higher body's notice sets for the county itself: `市通知要求县级于8月22日前上报，县危改办汇总后统一报送，各单位不得
直接向市局报送`. It is what the issuing office owes upward once it has gathered the units' materials, not a date the units
send by (the units were given their own dates). A higher body's date for the units (`市通知要求各乡镇于…前报送`) or the
units told to follow the city's notice (`请各乡镇按市通知要求于…前报送`) stays the units' requirement."""

from __future__ import annotations

import re

from ..heading.addresses import before_the_date
from ..timing.dates import Deadline

# 市通知要求县级, 省厅文件规定我县, 市局要求全县: the higher body, what it says, then the county as the one it asks;
# 市通知要求各县（市、区）: the city asking every county, this one among them
COUNTY_ASKED = re.compile(r"(?:市|省)[\u4e00-\u9fa5]{0,6}?(?:通知|文件|方案)?(?:要求|规定|明确)\s*"
                          r"(?:县级|我县|县里|全县|本县|各(?:县\s*[(（][市区、]+[)）]|县区|区县|县市区))"
                          r"[^，,。；;]{0,6}$")


def owed_by_the_county(sentence: str, deadline: Deadline) -> bool:
    """The deadline's clause, up to its date, is a higher body asking the county level."""
    before = before_the_date(sentence, deadline)
    return bool(COUNTY_ASKED.search(re.sub(r"(?:于|在)\s*$", "", before)))
