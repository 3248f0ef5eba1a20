"""What a titled form carries, put before the sending verb by 将: `各乡镇须将两轮排查结果分别于3月13日、20日前报送《防返贫
监测户排查情况表》（Excel格式）` — the results go into the form; the file sent is the 《…情况表》, the results no file of their
own. Only where the verb's object is a 《》 title (or `以《…》形式`): `将排查结果于3月13日前报送至县…邮箱` sends the results."""

from __future__ import annotations

import re

SENDING_A_TITLE = r"[^，,。；;]*?(?:(?:报送|上报|提交|填报|报)\s*(?:至|给)?\s*|以)《"


def less_what_the_titled_form_carries(names: list[str], text: str) -> list[str]:
    """``names`` without those put before the sending verb by 将 where the verb sends a 《》-titled form."""
    return [n for n in names if not re.search(rf"[将把]\s*{re.escape(n)}{SENDING_A_TITLE}", text)] or names
