"""Later words of a notice that change who sends one of its numbered items, read after every item was drafted on its
own: a unit added to an item (`增补县应急局为本通知三（一）项报送单位，报送时间、格式与各乡镇相同`, also
`增补县应急局报送三（一）项材料`: the item's requirement is asked of it too), an item held back (`三（三）项暂缓报送，具体时间另行通知`: no requirement, read by
second_pass.drop_withdrawn_items), and an item handed from one unit to another (`本项材料原由县住建局于5月13日前报送；…
改由县综合执法局于5月20日前报送`: the new unit and its date; the old assignment is history, not a deadline)."""

from __future__ import annotations

import re

from ..reading.numbered_sections import CN, item_line
from ..requirements import DraftRequirement, material_names
from .statements import clipped

# 本通知三（一）项, 第三部分第（一）项: an item named by its section and its bracketed number
ITEM_REF = rf"(?:本通知)?第?(?P<section>{CN})(?:部分)?(?:中|的|第)*[(（](?P<item>{CN})[)）]项"
# 三（三）项暂缓报送: an item held back or withdrawn by its number, no unit between
WITHDRAWN_ITEM = re.compile(ITEM_REF + r"(?:材料|内容)?(?:均|也)?(?:暂缓|暂停|不再|取消|停止)(?:报送|上报|提交|填报)")
# 增补县应急局为本通知三（一）项报送单位: a unit made a sender of an item
ADDED_SENDER = re.compile(r"(?:增补|增加|新增|追加)(?P<who>[^，,。；;：:]{2,40}?)为" + ITEM_REF
                          + r"(?:材料)?的?(?:报送|填报|上报|提交)(?:单位|部门)")
# 增补县应急局报送本通知三（一）项材料: the same, the unit the subject of the sending verb and the item its object
ADDED_TO_SEND = re.compile(r"(?:增补|增加|新增|追加)(?P<who>[^，,。；;：:为]{2,40}?)(?:报送|填报|上报|提交)" + ITEM_REF
                           + r"(?:材料|资料|内容)")
# 原由县住建局于…前报送, 原定由…报送: who sent an item before; 改由…于…前报送: who sends it now
SENDS = r"(?=于|负责|牵头|统一|报送|填报|上报|提交)"
ORIGINALLY = re.compile(r"原(?:定|计划|安排)?由(?P<who>[^，,。；;由]{2,30}?)" + SENDS)
NOW = re.compile(r"(?:改由|改为由|调整为由|变更为由)(?P<who>[^，,。；;由]{2,30}?)" + SENDS)


def requirements_of_the_item(body: str, section: str, item: str,
                             requirements: list[DraftRequirement]) -> list[DraftRequirement]:
    """The requirements read from the item ``section``（``item``）."""
    line = item_line(body, section, item)
    return [r for r in requirements if line and r.said and r.said.strip() in line]


def items_withdrawn(body: str) -> list[tuple[str, str, str]]:
    """(section, item, the words saying so) of each item a sentence holds back by its number."""
    return [(m.group("section"), m.group("item"), m.group()) for m in WITHDRAWN_ITEM.finditer(body)]


def add_senders_to_items(body: str, requirements: list[DraftRequirement], units_of, unsettled: list[str]) -> None:
    """增补X为三（一）项报送单位: X is asked the item's requirement; when the sentence gives X a deadline of its own
    (a requirement read from the sentence itself), that requirement is X's alone, sending the item's material unless
    it names one. ``units_of``: the roster units a piece of text names."""
    for m in [*ADDED_SENDER.finditer(body), *ADDED_TO_SEND.finditer(body)]:
        sentence = _sentence_around(body, m.start(), m.end())
        added = units_of(m.group("who"))
        items = requirements_of_the_item(body, m.group("section"), m.group("item"), requirements)
        own = [r for r in requirements if r.said and (r.said.strip() in sentence or sentence in r.said)]
        if own:
            _the_added_units_own(own, added, items[0] if items else None, unsettled)
            continue
        for r in items:
            new = [u for u in added if u not in r.units]
            if new:
                r.units += new
                unsettled.append(f"{'、'.join(new)}由后文增补为“{r.title}”的报送单位（{clipped(m.group())}），请核对")


def _the_added_units_own(own: list[DraftRequirement], added: list[str], item: DraftRequirement | None,
                         unsettled: list[str]) -> None:
    for r in own:
        r.units = list(added) or r.units
        if item is None or material_names(r.description.split("报送单位")[-1]):
            continue
        unsettled[:] = [line for line in unsettled if f"要求“{r.title}”" not in line
                        and ("报送的内容未能识别" not in line or r.description[:20] not in line)]
        unsettled.append(f"“{clipped(r.description)}”未写材料，按所增补的项目“{item.title}”列出，请核对")
        r.title, r.hints, r.parts = item.title, list(item.hints), [dict(p) for p in item.parts]


def hand_items_over(body: str, requirements: list[DraftRequirement], units_of, unsettled: list[str]) -> None:
    """An item whose sender was one unit (原由A…报送) and is now another (改由B…报送): the requirement read from the old
    assignment is dropped when the new one was read as a requirement of its own, else it is asked of B."""
    for r in list(requirements):
        old = ORIGINALLY.search(r.said or "")
        if not old:
            continue
        rest = _rest_of_the_line(body, r.said.strip())
        now = NOW.search(r.said[old.end():]) or NOW.search(rest)
        if not now:
            continue
        if any(q is not r and NOW.search(q.said or "") for q in requirements if now.group() in (q.said or "")):
            requirements.remove(r)
            unsettled.append(f"“{clipped(old.group())}”是原来的安排，已改由他单位报送，未列为报送要求，请核对")
        elif units := units_of(now.group("who")):
            r.units = list(units)
            unsettled.append(f"“{r.title}”{clipped(now.group())}，报送单位已按改由后的单位列出，请核对")


def _sentence_around(body: str, start: int, end: int) -> str:
    left = max(body.rfind(c, 0, start) for c in "。\n") + 1
    ends = [i for c in "。\n" if (i := body.find(c, end)) != -1]
    return body[left:min(ends) if ends else len(body)]


def _rest_of_the_line(body: str, said: str) -> str:
    at = body.find(said)
    if at == -1:
        return ""
    ends = body.find("\n", at)
    return body[at + len(said):ends if ends != -1 else len(body)]
