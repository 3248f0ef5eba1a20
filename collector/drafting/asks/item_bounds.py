"""Where a numbered item ends, for the sentences read around a dated one: the next item (`（二）撰写报送稿件。请各单位…
在《稿件审核单》上签字盖章。请于3月31日前将…发送…`) is a submission of its own when a sentence of it is dated, so what it
says (签字盖章, its papers) is its own, not more about the item before it. An item with no date of its own (`（二）统计表须
加盖公章。`) still says more of the one before.

A list a dated sentence's colon leads in (`请上述单位于2月5日…前将以下三项材料一并发送至…：` / `1．…（Word格式）；` … / `3．部门财务报表
（Excel格式）。`) is that sentence's: its last item, naming only its paper, ends there, so a dated sentence after it asking
another paper (`建昌县审计局于2月19日前报送…说明`) is an ask of its own, and going back from it stops at the list."""

from __future__ import annotations

import re

from ..requirements import material_names

# （二）, 2. , 2、: a numbered item's opening; 三、: a section's
ITEM = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[.、．](?!\d(?!\d{3}\s*年)))")
SECTION = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、")


def an_item_dated_on_its_own(sentences: list[str], dated: list[list], j: int, led_in: bool = False) -> bool:
    """Sentence ``j`` opens a numbered item, and a sentence of that item (up to the next item or section) is dated. An
    item of a list ``led_in`` by the dated sentence's colon that names only its paper is that sentence alone: a dated
    sentence after it asking another paper is no more of it (``ends_at_its_paper``)."""
    if not ITEM.match(sentences[j]):
        return False
    for k in range(j, len(sentences)):
        if k > j and (ITEM.match(sentences[k]) or SECTION.match(sentences[k])):
            return False
        if dated[k]:
            return not (led_in and k > j and ends_at_its_paper(sentences[j], sentences[k]))
    return False


# （Excel格式）, （附件2）: a paper's own bracket; ；。 closing the item
BRACKET = re.compile(r"[(（][^()（）]*[)）]")
# 3037年度部门财务报表: the year of the paper, part of its naming
OF_THE_YEAR = r"(?:\d{4}年度?)?"
# 加盖单位公章的, 经主要负责人签字并加盖公章的, 盖章后的: how the paper is sealed or signed, said before its name (the
# paper all the same, sent as its scan: held-out 3373)
SEALED_BEFORE = (r"(?:经[\u4e00-\u9fa5]{1,10}?)?(?:(?:签字|签名|盖章|签章|(?:加盖|盖)(?:单位)?(?:公章|印章))[并和及、]?){1,2}"
                 r"(?:后)?的")


def ends_at_its_paper(item: str, dated: str) -> bool:
    """``item``'s words, its number and brackets aside, are its paper's name alone (`3．部门财务报表（Excel格式）`, or
    `3．加盖单位公章的年报表扫描件（PDF格式）` with its sealing said first; not a step of work, `（二）撰写报送稿件`), and the ``dated`` sentence after it does not name that paper again (`照片请于…前
    另行报送` after `3．工作照片` is still said of it)."""
    words = BRACKET.sub("", ITEM.sub("", item, count=1)).strip(" ;；,，.。")
    names = material_names(words)
    return bool(names) and bool(re.fullmatch(f"(?:{SEALED_BEFORE})?{OF_THE_YEAR}{re.escape(names[0])}", words)) and names[0] not in dated


def an_item_of_a_dated_lead(sentences: list[str], dated: list[list], j: int) -> bool:
    """Sentence ``j`` is an undated numbered item of a list a dated sentence's colon leads in (`…前将以下三项材料一并
    发送至…：` / `1．…；` / `2．…`): that sentence's paper, not one of a dated sentence below the list. An item the
    sentence below dates (`2．撰写财务分析报告，…` / `请于2月19日前将分析报告扫描件…`) is not the lead's."""
    k = j
    while k >= 0 and ITEM.match(sentences[k]) and not dated[k]:
        k -= 1
    return k < j and k >= 0 and bool(dated[k]) and bool(re.search(r"[:：]\s*$", sentences[k])) \
        and not an_item_dated_on_its_own(sentences, dated, j, led_in=True)


def a_row_under_a_dated_line(sentences: list[str], dated: list[list], j: int) -> bool:
    """Sentence ``j`` is an undated row of a table straight under a dated line (`报送截止时间：四月二十三日十六时` as the
    table's title row, or a line just above its header): that line's ask, what its rows send, not more said of a dated
    sentence below the table (`请上表所列乡镇于…前将核查情况报告（Word格式）发送…`)."""
    k = j
    while k >= 0 and "\t" in sentences[k] and not dated[k]:
        k -= 1
    return k < j and k >= 0 and bool(dated[k])
