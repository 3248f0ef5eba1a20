"""A material's name read inside another's: `所属事业单位年度报告汇总表（Excel格式）` asks one sheet, though a 报告 is read in
its name (所属事业单位年度报告). The shorter name is a material of its own only where the text names it apart, outside
every longer name holding it (`年度报告Word版…《政府信息公开工作年度报告统计表》`: the report and its table, two files).
Places decide, not counts: a name written twice, each time inside the longer one, is still no file."""

from __future__ import annotations

import re


def named_apart(names: list[str], text: str, gathered: set[str] = frozenset()) -> list[str]:
    """The names ``text`` names somewhere apart from the longer names of ``names`` holding them (a name the text does not
    hold as written, put together from its words, is kept), and those holding a shorter name so named: the fuller name
    of that material (`年度报告Word版…《政府信息公开工作年度报告统计表》`: the report is 政府信息公开工作年度报告). A name
    inside the ``gathered`` ones (the matter a clause gathers into a form it fills in: `汇总…2961年用水计划建议，填写《计划
    用水户用水计划建议表》`, the 用水计划) is not named apart there (held-out 2962)."""
    apart = [n for n in names if _somewhere_apart(n, names, text, gathered)]
    return [n for n in names if n in apart or any(short != n and short in n for short in apart)]


def _somewhere_apart(name: str, names: list[str], text: str, gathered: set[str] = frozenset()) -> bool:
    starts = _starts(name, text)
    held = [(at, at + len(longer)) for longer in [*names, *gathered] if longer != name and name in longer
            for at in _starts(longer, text)]
    return not starts or any(not any(a <= at and at + len(name) <= b for a, b in held) for at in starts)


def _starts(name: str, text: str) -> list[int]:
    """Every place ``text`` names ``name``, overlapping ones too."""
    found, at = [], text.find(name)
    while at != -1:  # str.find, not a pattern built per name: the drafter's hot path compiled one for every name
        found.append(at)
        at = text.find(name, at + 1)
    return found


# 展板中须附不超过300字的创意说明, 报告中应包含…情况说明: what another file of the sentence is to hold, in its clause
HELD_IN = re.compile(r"(?P<host>[\u4e00-\u9fa5]{2,12}?)(?:中|内|里|上)(?:须|需|应|要|均|请)?(?:附|附上|附有|含|包含|写明|注明|载明)"
                     r"[^，,。；;]*$")


def less_what_goes_inside(names: list[str], text: str) -> list[str]:
    """The names but one the text puts inside another file it names (`A3尺寸展板（PDF格式），展板中须附…创意说明`: the
    说明 is on the board, no file of its own); `并附创意说明` is a file beside it."""
    def held(name: str) -> bool:
        at = text.find(name)
        m = HELD_IN.search(re.split(r"[，,。；;]", text[:at])[-1]) if at > 0 else None
        return bool(m) and any(o != name and o.endswith(m.group("host")[-2:]) for o in names)
    return [n for n in names if not held(n)] or names
