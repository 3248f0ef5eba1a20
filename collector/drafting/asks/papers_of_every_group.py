"""Groups of senders each on a line (or a clause) of its own with its own day and a bare sending verb, the papers named
once for every group in a sentence right after them or a label's line right before them:
`东片（建昌镇、喇嘛洞镇、…）于6月13日（星期四）前报送；` / `西片（…）于6月17日前报送；` / `北片（…）于6月20日前报送。` /
`各片乡镇均报送参赛报名表（Excel格式）及运动员身份证复印件扫描件（PDF格式），发送至…` (held-out 3026; also `以上各批乡镇均须报送…`,
`三个片区均需提交…`), or `报送材料：参赛报名表（Excel格式）及…。` / `报送时间：` / the lines. Each group's clause is written with
those papers after its verb (`东片（…）于6月13日前报送参赛报名表（Excel格式）及…扫描件（PDF格式）；`), so every day asks them,
not only the day next to the sentence naming them. A clause naming a paper of its own, a single dated clause, or a
sentence after them not said of every group (no 均 after 各… / 以上… / 两组 …) leaves the text as written."""

from __future__ import annotations

import re

from .. import requirements as req
from .colon_clauses import DATED

# a piece of the body: up to its ； / 。 / line end, the stops kept with it
PIECE = re.compile(r"[^；;。\n]+[；;。\n]*|[；;。\n]+")
# …于6月13日前报送 / …前报送完毕 / 报送时间：东片（…）于…前上报: the verb ending the clause, nothing sent named after it
BARE_END = re.compile(r"(?P<verb>报送|上报|提交|报)(?:完毕|完成|即可)?\s*$")
# 报送时间： opening the first clause
TIME_LABEL = re.compile(r"^\s*(?:报送|报名|提交|上报|截止)?(?:时间|日期)\s*[:：]\s*")
# the papers: up to a comma or stop outside a bracket
WHAT = r"(?P<what>(?:[^，,。；;（(]|[（(][^）)（(]*[）)])+)"
# 各片乡镇均报送… / 以上各批乡镇均须报送… / 两组单位均需提交… / 三个片区的乡镇均应上报…: said of every group, after the groups
EVERY_GROUP_SENDS = re.compile(r"^\s*(?P<who>(?:以上|上述|前述)?(?:各|每|两|二|三|四|五|[2-5])[^，,。；;]{0,12}?)"
                               r"均(?:须|需|应|要|请)?(?:按要求)?(?:报送|上报|提交|发送|报)" + WHAT)
# 报送材料：… / 报名材料：… / 二、报送内容：…: the papers on a label's line before the groups
PAPERS_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])?\s*"
                          r"(?:报送|报名|申报|提交|上报)(?:材料|内容)\s*[:：]\s*" + WHAT)


def _bare_dated(piece: str) -> bool:
    clause = TIME_LABEL.sub("", piece.strip().rstrip("；;。"))
    return bool(DATED.search(clause) and BARE_END.search(clause)) and not req.material_names(clause)


def _papers(m: re.Match | None, piece: str) -> str:
    if not m or DATED.search(piece) or not req.material_names(m.group("what")):
        return ""
    return m.group("what").strip()


def _with_papers(piece: str, papers: str) -> str:
    body = piece.rstrip("；;。\n \t")
    m = BARE_END.search(body)
    return body[:m.start()] + m.group("verb") + papers + piece[len(body):]


def papers_of_every_group_written_in(body: str) -> str:
    """``body`` with each clause of a run of bare dated clauses (two or more) sending the papers the sentence right
    after the run names for every group, or the papers label's line right before it."""
    pieces = PIECE.findall(body)
    i = 0
    while i < len(pieces):
        if not _bare_dated(pieces[i]):
            i += 1
            continue
        j = i
        while j < len(pieces) and _bare_dated(pieces[j]):
            j += 1
        if j - i >= 2:
            after = next((k for k in range(j, len(pieces)) if pieces[k].strip("；;。\n \t")), None)
            papers = _papers(EVERY_GROUP_SENDS.match(pieces[after]), pieces[after]) if after is not None else ""
            if not papers:
                before = [k for k in range(i - 1, -1, -1) if pieces[k].strip("；;。\n \t")][:2]
                if before and TIME_LABEL.fullmatch(pieces[before[0]].strip("；;。\n \t")):
                    before = before[1:]  # 报送时间： on a line of its own over the groups
                papers = _papers(PAPERS_LABEL.match(pieces[before[0]]), pieces[before[0]]) if before else ""
            if papers:
                for k in range(i, j):
                    pieces[k] = _with_papers(pieces[k], papers)
        i = j
    return "".join(pieces)
