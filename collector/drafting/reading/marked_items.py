"""Numbered items some of which carry a mark, and a line under them giving the marked items one date and the rest
another: `1．达标评估自评表（Excel格式）＊` … `3．活动现场照片（…）＊` / `2．…情况报告（Word格式）` / `4．…情况说明（Word格式）`,
then `标注＊的材料请于5月15日（星期五）下午4点前报送，其余材料请于5月29日前报送，报送邮箱：…` (held-out 2876; also ★ ※ △ …,
the mark before the number or before or after the name, `带★的` / `标有“※”的` / `注有*号的`, `须于` / `于`). Written again as the two
sentences it means (`达标评估自评表（Excel格式）、活动现场照片（…）请于5月15日（星期五）下午4点前报送。…情况报告（Word格式）、
…情况说明（Word格式）请于5月29日前报送。`), so each date is read with its own papers. Items with no mark at all, or marked
all, or a line that gives no second date, leave the text as written."""

from __future__ import annotations

import re

from ..senders.marked_names import MARKS
from .item_numbers import ITEM

MARK = rf"[{re.escape(MARKS)}]"
# 1．达标评估自评表（Excel格式）＊, 2.★活动照片: an item line, its mark before or after its name
ITEM_LINE = re.compile(rf"^\s*(?P<first>{MARK})?\s*{ITEM}\s*(?P<lead>{MARK})?\s*(?P<name>[^\n]*?)\s*(?P<trail>{MARK})?\s*[；;。.]?\s*$")
# 标注＊的材料请于…前报送，其余材料请于…前报送: the marked items' date, then the rest's
SPLIT_BY_MARK = re.compile(
    rf"^\s*(?:注[:：]\s*)?(?:标注|标有|带有?|注有|标)\s*[“\"]?(?P<mark>{MARK})[”\"]?\s*(?:号|标记)?\s*的?\s*(?:材料|资料|项目|内容|事项)?"
    r"\s*(?P<first>(?:均|须|需|请|应)*\s*[于在][^，,；;。]{2,40}?前)\s*(?:报送|上报|提交|发送)?\s*[，,；;]\s*"
    r"其余(?:材料|资料|项目|内容|事项|各项)?\s*(?P<second>(?:均|须|需|请|应)*\s*[于在][^，,；;。]{2,40}?前)\s*"
    r"(?:报送|上报|提交|发送)?\s*(?P<rest>[，,；;。].*)?$")


def spelled_out(text: str) -> str:
    """``text`` with each run of marked items and its dating line written as the two sentences it means."""
    out: list[str] = []
    for line in text.split("\n"):
        said = SPLIT_BY_MARK.match(line)
        top = len(out)
        while said and top > 0 and ITEM_LINE.match(out[top - 1]):
            top -= 1
        written = _as_two_sentences([ITEM_LINE.match(ln) for ln in out[top:]], said) if said else None
        if written is None:
            out.append(line)
        else:
            out[top:] = [written]
    return "\n".join(out)


def _as_two_sentences(items: list[re.Match], said: re.Match) -> str | None:
    """The marked items on the line's first date and the rest on its second, or None when the items are not some
    marked with the line's mark and the others unmarked."""
    marked = [m.group("name") for m in items if said.group("mark") in _marks(m)]
    rest = [m.group("name") for m in items if not _marks(m)]
    if len(items) < 2 or not marked or not rest or len(marked) + len(rest) != len(items):
        return None
    return (f"{'、'.join(marked)}{_verb(said.group('first'))}。"
            f"{'、'.join(rest)}{_verb(said.group('second'))}{said.group('rest') or '。'}")


def _marks(item: re.Match) -> str:
    """The marks an item line carries, before its number, after it or after its name."""
    return "".join(item.group(g) or "" for g in ("first", "lead", "trail"))


def _verb(dated: str) -> str:
    """请于5月15日前 -> 请于5月15日前报送 (a 请 put in when the clause has none)."""
    dated = dated.strip()
    return (dated if re.match(r"[均须需请应]", dated) else "请" + dated) + "报送"
