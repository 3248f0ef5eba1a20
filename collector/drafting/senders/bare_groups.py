"""Groups named bare, each by its own date: `报送时间：乡镇3月20日前，部门3月22日前`, `其中乡镇于3月20日前报送，县直部门于3月22日前
报送`. Without 各 the words are no group the drafter reads (乡镇 is also a word of many names), but set against each other,
each opening a clause with its date, they are the two groups of the notice: the towns and the county's departments. They
are read as 各乡镇 and 县直各部门. One bare group alone, or one not followed by its date, is left as written."""

from __future__ import annotations

import re

from ..timing.dates import MD

# a clause's opening: the start of a line, or after a colon, comma, semicolon or 其中
OPENING = r"(?:^|(?<=[：:，,；;（(])|(?<=其中)|(?<=其中[，,]))\s*"
DATED = rf"(?=\s*(?:须|应|要|请)?\s*(?:于|在)?\s*(?:\d{{4}}\s*年\s*)?{MD}\s*月\s*{MD}\s*日)"
BARE_TOWNS = re.compile(OPENING + r"乡镇(?:人民政府|政府)?" + DATED, re.M)
BARE_DEPARTMENTS = re.compile(OPENING + r"(?:县直)?(?:部门|单位)" + DATED, re.M)


def bare_groups_spelled_out(body: str) -> str:
    """Each sentence naming both bare groups by their dates, with 各乡镇 and 县直各部门 for them."""
    return re.sub(r"[^。\n]+", _spelled_out_in_sentence, body)


def _spelled_out_in_sentence(m: re.Match) -> str:
    sentence = m.group()
    if not (BARE_TOWNS.search(sentence) and BARE_DEPARTMENTS.search(sentence)):
        return sentence
    sentence = BARE_TOWNS.sub(lambda x: x.group().replace("乡镇", "各乡镇", 1), sentence)
    return BARE_DEPARTMENTS.sub(lambda x: re.sub(r"(?:县直)?(?:部门|单位)", "县直各部门", x.group(), count=1), sentence)
