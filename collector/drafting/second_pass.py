"""Passes over a notice's drafted requirements all at once, after each was read on its own: a weekend
deadline the notice rolls over, a material sent in batches, the units that follow the notice (参照执行), and an item
a later section withdraws (暂停报送), and the senders a sentence gives numbered items (第3项由各乡镇报送)."""

from __future__ import annotations

import re

from . import requirements as req
from .asks.amended_items import items_withdrawn, requirements_of_the_item
from .timing.deadlines import DEADLINE_RE, EARLIER, ROLLS_OVER, STAYS, rolled_back, rolled_over
from .requirements import DraftRequirement
from .asks.statements import PERIOD, clipped

# 五、特别说明 … 第（二）项《2196年维修养护资金需求表》暂停报送: an item of the notice withdrawn further down
WITHDRAWN = re.compile(r"《(?P<name>[^》]{2,40})》(?P<between>[^。；;《]{0,20}?)(?:暂停|暂缓|不再|取消|停止|无需|不需)(?:报送|上报|提交|填报)")


def drop_withdrawn_items(body: str, requirements: list[DraftRequirement], unsettled: list[str]) -> None:
    """A requirement whose material (by its 《name》) or item (by its number: 三（三）项暂缓报送) a later sentence of the
    notice withdraws is none, with a line saying so. (《…》纸质版无需报送 withdraws the paper copy only.)"""
    for section, item, sentence in items_withdrawn(body):
        for r in requirements_of_the_item(body, section, item, requirements):
            requirements.remove(r)
            unsettled.append(f"要求“{r.title}”（{r.due.month}月{r.due.day}日）被通知后文撤回（{clipped(sentence)}），"
                             f"未列为报送要求，请核对")
    for m in WITHDRAWN.finditer(body):
        if re.search(r"纸质|原件|纸本", m.group("between")):
            continue
        sentence = m.group()
        for r in [r for r in requirements if f"《{m.group('name')}》" in r.said and sentence not in r.said]:
            requirements.remove(r)
            unsettled.append(f"要求“{r.title}”（{r.due.month}月{r.due.day}日）被通知后文撤回（{clipped(sentence)}），"
                             f"未列为报送要求，请核对")


# 以上第1、2项由各乡镇、县退役军人事务局、县档案馆报送；第3项由各乡镇报送: who sends the listed items, by their numbers
ITEMS_BY_NUMBER = re.compile(r"第\s*(?P<nums>\d{1,2}(?:\s*[、,，和及至到—-]\s*\d{1,2})*)\s*项(?:材料)?(?:均|分别)?由"
                             r"(?P<who>[^；;。由]{2,80}?)(?:负责|统一)?(?:报送|填报|上报|提交)")


def senders_by_item_number(body: str, requirements: list[DraftRequirement], units_of) -> None:
    """Requirements read from numbered items (1．…表……5月6日前) take the units a later sentence gives their numbers.
    ``units_of``: the roster units a piece of text asks."""
    for m in ITEMS_BY_NUMBER.finditer(body):
        numbers = [int(n) for n in re.findall(r"\d{1,2}", m.group("nums"))]
        if re.search(r"[至到—-]", m.group("nums")) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))
        units = units_of(m.group("who"))
        for r in requirements:
            item = re.match(r"\s*(\d{1,2})\s*[.．、]", r.said)
            if units and item and int(item.group(1)) in numbers:
                r.units = list(units)


def roll_weekend_deadlines_over(body: str, requirements: list[DraftRequirement], unsettled: list[str]) -> None:
    """如遇双休日…顺延至下一个工作日: a deadline falling on a Saturday or Sunday is the Monday after
    (遇双休日不顺延: it stays, with an unsettled line; 提前至前一个工作日: the Friday before)."""
    if EARLIER.search(body):
        _move_weekend_deadlines(requirements, rolled_back, "提前", unsettled)
        return
    if not ROLLS_OVER.search(body):
        if STAYS.search(body):  # 截止日遇双休日不顺延
            unsettled += [f"“{r.title}”的期限{r.due.month}月{r.due.day}日是周末，通知说不顺延，仍按该日计，请核对"
                          for r in requirements if r.due.weekday() >= 5]
        return
    _move_weekend_deadlines(requirements, rolled_over, "顺延", unsettled, _working_weekend_days(body))


# 国庆节放假调休，9月29日（星期日）、10月12日（星期六）上班 / 10月12日为正常工作日: weekend days worked
WORKED_CLAUSE = re.compile(r"[^。；;，,]*(?:上班|正常工作日|照常工作|为工作日)[^。；;，,]*")
MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _working_weekend_days(body: str) -> set[tuple[int, int]]:
    """(month, day) of the weekend days the notice says are worked (调休), which no 顺延 moves a deadline off."""
    return {(int(m), int(d)) for clause in WORKED_CLAUSE.findall(body) for m, d in MONTH_DAY.findall(clause)}


def _move_weekend_deadlines(requirements: list[DraftRequirement], move, said: str, unsettled: list[str],
                            worked: set[tuple[int, int]] = frozenset()) -> None:
    for r in requirements:
        if (r.due.month, r.due.day) in worked:
            unsettled.append(f"“{r.title}”的期限{r.due.month}月{r.due.day}日是周末，但通知说当日调休上班，未{said}，请核对")
            continue
        moved = move(r.due)
        if moved != r.due:
            unsettled.append(f"“{r.title}”的期限{r.due.month}月{r.due.day}日是周末，"
                             f"通知说{said}，已按{moved.month}月{moved.day}日计，请核对")
            r.due = moved
    unsettled.append(f"通知说截止日遇节假日{said}，法定节假日未自动{said}，请核对期限是否落在节假日")


BATCH = re.compile(r"^\s*第[一二三四五六七八九十\d]{1,3}批")
THE_REST = re.compile(r"其余|其他|剩余|余下")


def send_in_batches(requirements: list[DraftRequirement], unsettled: list[str]) -> None:
    """第一批：建昌镇、…，5月20日前报送；第二批：其余乡镇，5月29日前报送: one material sent in batches. The
    batch of 其余乡镇 is the units no other batch names, and sends what the first batch sends."""
    batches = [r for r in requirements if BATCH.match(r.description)]
    if len(batches) < 2:
        return
    first = batches[0]
    for r in batches[1:]:
        if THE_REST.search(r.description):
            named = {u for other in batches if other is not r for u in other.units}
            r.units = [u for u in r.units if u not in named]
        if req.material_names(r.description) or r.title == first.title:
            continue
        unsettled[:] = [line for line in unsettled if r.description[:20] not in line and f"要求“{r.title}”" not in line]
        unsettled.append(f"“{clipped(r.description)}”未写材料，按{BATCH.match(first.description).group().strip()}的"
                         f"“{first.title}”列出，请核对")
        r.title, r.hints, r.parts = first.title, list(first.hints), [dict(p) for p in first.parts]


def title_by_their_periods(requirements: list[DraftRequirement]) -> None:
    """请于2月5日17时前报送1月份推进情况，3月5日17时前报送2月份推进情况: requirements of one title
    whose clauses each name a period of their own (its dates left out: 2月5日 is no period) are titled
    by it (1月份…, 2月份…), and it is a hint of theirs, so that a January report sent in March still
    finds January."""
    by_title: dict[str, list[DraftRequirement]] = {}
    for r in requirements:
        by_title.setdefault(r.title, []).append(r)
    for same in by_title.values():
        periods = [m.group() if (m := re.search(PERIOD, DEADLINE_RE.sub(" ", r.said))) else "" for r in same]
        if len(same) < 2 or not all(periods) or len(set(periods)) < len(same):
            continue
        for r, period in zip(same, periods):
            r.title = period + r.title
            r.hints = [period, *r.hints]


def ask_the_followers_too(following: list[str], campaign_units: list[str],
                          requirements: list[DraftRequirement], let_off: set[str] = frozenset()) -> None:
    """What the addressees are asked (all but those the notice lets off), those who follow the notice (参照本通知执行)
    or send in a let-off unit's place are asked too. Addressees the drafter could not name (`各有关单位：`, no units
    read) are no group a requirement asks whole: each item's units are those it names (held-out 2546, `一、县商务局…
    由县商务局汇总报送…，县公安局不单独报送` then `二、县人社局…报送` — 县人社局 alone)."""
    following = [u for u in following if u not in campaign_units]
    addressed = set(campaign_units) - set(let_off)
    for r in requirements:
        if following and addressed and addressed <= set(r.units):
            r.units += [u for u in following if u not in r.units]


def ask_the_stand_ins(stand_ins: list[tuple[list[str], list[str]]], requirements: list[DraftRequirement],
                      roster) -> None:
    """…由八家子经济开发区管委会统一汇总代报，八家子镇不再单独报送: the zone sends what the town was let off, that is each
    requirement asking every other unit of the town's kind but not the town."""
    for senders, replaced in stand_ins:
        for r in requirements:
            if any(u in r.units for u in replaced) or not all(_every_other_of_its_kind(u, r.units, roster) for u in replaced):
                continue
            r.units += [u for u in senders if u not in r.units]


def _every_other_of_its_kind(unit: str, units: list[str], roster) -> bool:
    if not (known := roster.get(unit)):
        return False
    return all(n in units for n in roster.names([known.kind]) if n != unit)
