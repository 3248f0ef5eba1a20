"""Groups named bare, each by its own date: `报送时间：乡镇3月20日前，部门3月22日前`, `其中乡镇于3月20日前报送，县直部门于3月22日前
报送`. Without 各 the words are no group the drafter reads (乡镇 is also a word of many names), but set against each other,
each opening a clause with its date, they are the two groups of the notice: the towns and the county's departments. They
are read as 各乡镇 and 县直各部门. One bare group alone, or one not followed by its date, is left as written.

So are bare groups set against each other as numbered subheads, each alone on its line over its own paper (`（一）乡镇` over
`本乡镇…排班表（Excel格式），3月9日…前报送。`, `（二）部门` over `本部门…报告（Word格式），3月23日前报送。`, held-out 3210): the line under
each subhead names no sender, its subhead does, so the two are one item, `（一）各乡镇：本乡镇…`, as an item giving its
sender before a colon is read. A subhead with no line under it, or one over a line numbered or naming its own sender
(各… / 县… / 请…), or a bare group with no other group's subhead beside it, is left as written."""

from __future__ import annotations

import re

from ..timing.dates import MD

# a clause's opening: the start of a line, or after a colon, comma, semicolon or 其中
OPENING = r"(?:^|(?<=[：:，,；;（(])|(?<=其中)|(?<=其中[，,]))\s*"
DATED = rf"(?=\s*(?:须|应|要|请)?\s*(?:于|在)?\s*(?:\d{{4}}\s*年\s*)?{MD}\s*月\s*{MD}\s*日)"
BARE_TOWNS = re.compile(OPENING + r"乡镇(?:人民政府|政府)?" + DATED, re.M)
BARE_DEPARTMENTS = re.compile(OPENING + r"(?:县直)?(?:部门|单位)" + DATED, re.M)


# （一）乡镇, 二、县直部门：, 1．乡镇人民政府: a numbered subhead that is one bare group and nothing more
SUBHEAD = re.compile(r"^(?P<number>\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．])\s*)"
                     r"(?P<group>(?P<towns>各?乡镇(?:人民政府|政府)?)|(?:县直)?各?(?:部门|单位))\s*[:：]?\s*$")
# what a line naming its own sender, or numbered itself, opens with
OWN_OPENING = re.compile(r"^\s*(?:各|县|请|[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．])")


def bare_groups_spelled_out(body: str) -> str:
    """Each sentence naming both bare groups by their dates, with 各乡镇 and 县直各部门 for them; each of the bare groups'
    subheads set against each other joined to the line under it as its sender."""
    return re.sub(r"[^。\n]+", _spelled_out_in_sentence, subheads_joined_to_their_lines(body))


def subheads_joined_to_their_lines(body: str) -> str:
    """``body`` with each bare group's subhead and the line under it one item (`（一）各乡镇：…`), where subheads of both
    groups stand in it."""
    lines = body.split("\n")
    heads = {i: m for i, line in enumerate(lines) if (m := SUBHEAD.match(line))}
    if len({bool(m.group("towns")) for m in heads.values()}) < 2:
        return body
    joined: list[str] = []
    i = 0
    while i < len(lines):
        under = lines[i + 1] if i + 1 < len(lines) else ""
        if (m := heads.get(i)) and under.strip() and not OWN_OPENING.match(under):
            joined.append(f"{m.group('number')}{'各乡镇' if m.group('towns') else '县直各部门'}：{under.strip()}")
            i += 2
            continue
        joined.append(lines[i])
        i += 1
    return "\n".join(joined)


def _spelled_out_in_sentence(m: re.Match) -> str:
    sentence = m.group()
    if not (BARE_TOWNS.search(sentence) and BARE_DEPARTMENTS.search(sentence)):
        return sentence
    sentence = BARE_TOWNS.sub(lambda x: x.group().replace("乡镇", "各乡镇", 1), sentence)
    return BARE_DEPARTMENTS.sub(lambda x: re.sub(r"(?:县直)?(?:部门|单位)", "县直各部门", x.group(), count=1), sentence)
