"""A 附件 named by its number as what a unit fills in or writes, its material named only in the 附件 list after the body
(`各乡镇请按附件1、附件2的表样如实填写，于…前报送`, `县人社局还需一并填报附件4`; 附件：1．…统计表（Excel格式） 3．…报告提纲
（报告为Word格式）): each 附件 is written in as the list titles it, so each is a part, in the format the list gives it."""

from __future__ import annotations

import re

# 按附件1、附件2的表样 / 按照附件3的提纲 / 参照附件2格式: the 附件 whose form is followed
BY_THE_FORM = re.compile(r"(?<=[按照依参])\s*(?P<refs>附件\s*\d+(?:\s*[、和及与]\s*(?:附件)?\s*\d+)*)\s*(?=的?\s*(?:表样|样表|提纲|模板|格式|样式|要求))")
# 填报附件4 / 一并填写附件2: the 附件 filled in, the verb before it
FILLED_IN = re.compile(r"(?<=填报|填写|报送|提交)\s*(?P<refs>附件\s*\d+(?:\s*[、和及与]\s*(?:附件)?\s*\d+)*)(?![\d\s]*(?:中|的|所列|要求|说明))")


def annexes_written_in(body: str, titles: dict[str, str]) -> str:
    """``body`` with each 附件N of such a reference written as 《its title》(附件N), when the 附件 list titles every one of
    them; the reference as written otherwise."""
    def titled(m: re.Match) -> str:
        numbers = re.findall(r"\d+", m.group("refs"))
        named = [titles.get(f"附件{n}", "").strip("《》 ") for n in numbers]
        if not all(named):
            return m.group(0)
        return "、".join(f"《{t}》(附件{n})" for t, n in zip(named, numbers))
    return FILLED_IN.sub(titled, BY_THE_FORM.sub(titled, body))
