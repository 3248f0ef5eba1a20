"""Passes over a notice's requirements for who sends when: a group of the addressees given a later date
for the same material (各乡镇…报送时间可延至5月25日), and a reminder (催报) whose past deadlines are
the earlier notice's, not requirements."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..hints_and_ids import requirement_id
from ..timing.deadlines import DEADLINE_RE, deadline_of_date
from ..requirements import DraftRequirement
from ..senders.units import LIST_MARK, UnitResolver, named_units, units_opening
from ..senders.requirement_units import requirement_units_named

# 各乡镇因需组织入户核实，报送时间可延至5月25日 / 乡镇可推迟到5月25日前报送: the units before it, their own date
# 其中，县交通局、县住建局…，报送时间延期至2月27日下午5时前: 延期 says the later date is granted, no 可 needed (held-out 2444)
LATER_FOR = re.compile(r"(?:(?:可|可以|允许|准予|可适当)(?:延至|延长至|延长到|延后至|延后到|推迟至|推迟到|放宽至|放宽到)"
                       r"|(?:可|可以|允许|准予)?延期(?:至|到))\s*")


def give_groups_their_later_dates(body: str, notice_date: dt.date | None, resolver: UnitResolver,
                                  campaign_units: list[str], requirements: list[DraftRequirement],
                                  unsettled: list[str]) -> None:
    """The group named before the later date sends by it; the requirement's other units keep the first."""
    if not requirements:
        return
    for sentence in re.split(r"[。；;\n]", body):
        for m in LATER_FOR.finditer(sentence):
            date = DEADLINE_RE.match(sentence, m.end())
            try:
                later = deadline_of_date(date, notice_date).due if date else None
            except ValueError:  # 可延至2月30日: no day; the clerk reads the line
                later = None
            if later is None:
                continue
            group, _ = requirement_units_named(_the_group_said(sentence[: m.start()]), resolver, {}, campaign_units)
            _split_off(set(group), later.replace(tzinfo=requirements[0].due.tzinfo), requirements, unsettled)


# 县税务局因系统升级，可延至…: the reason the group is given the later date, no words of its name
REASON = re.compile(r"(?:因|由于|鉴于)[^，,。；;]*")


def _the_group_said(before: str) -> str:
    """…及现场照片，其中A乡、B乡图斑数量多、任务重，可延至…: the group named after 其中, not the item's whole subject; the
    reason it is given the date left out (县税务局因系统升级，可延至…)."""
    group = re.sub(r"^\s*[，,]?\s*", "", before.rsplit("其中", 1)[1]) if "其中" in before else before
    return REASON.sub("", group)


def _split_off(group: set[str], later: dt.datetime, requirements: list[DraftRequirement], unsettled: list[str]) -> None:
    for r in list(requirements):
        if not group or not group < set(r.units) or r.due >= later:
            continue
        theirs = [u for u in r.units if u in group]
        # 其中各乡镇可推迟到5月25日前报送: read before as a deadline of its own, for the group alone, or (其中A乡、B乡…
        # 可延至7月20日前报送) for the whole item's units, the same material a second time
        dropped = [x for x in requirements if x is not r and x.due == later and _read_before(x, r, group)]
        requirements[:] = [x for x in requirements if x not in dropped]
        unsettled[:] = [line for line in unsettled if not any(_said_of(line, x) for x in dropped)]
        own = dataclasses.replace(r, id=requirement_id(r.title, {x.id for x in requirements}), due=later,
                                  units=theirs)
        requirements.insert(requirements.index(r) + 1, own)
        r.units = [u for u in r.units if u not in group]
        unsettled.append(f"“{r.title}”：通知给部分单位（{len(theirs)}个）放宽至{later.month}月{later.day}日，"
                         f"已分列为两项要求，请核对")
        return


def _said_of(line: str, x: DraftRequirement) -> bool:
    """An unsettled line about a requirement dropped as the later date read before: its title, or its date's
    material not read (期限“2月27日…”报送的内容未能识别)."""
    return f"要求“{x.title}”" in line or (line.startswith(f"期限“{x.due.month}月{x.due.day}日") and "未能识别" in line)


def _read_before(x: DraftRequirement, r: DraftRequirement, group: set[str]) -> bool:
    """The later date already drafted as a requirement: of the group alone, or of all r's units asking r's parts."""
    return set(x.units) <= group or (set(x.units) == set(r.units) and _titles(x) == _titles(r))


def _titles(r: DraftRequirement) -> list:
    return sorted(str(p.get("title")) for p in r.parts)


REMINDER = re.compile(r"催报|催交|催缴|催办|补报")


def drop_a_reminders_past_deadlines(title_line: str, notice_date: dt.date | None,
                                    requirements: list[DraftRequirement], unsettled: list[str]) -> None:
    """关于催报…的通知: the earlier notice's deadline (1月20日前) and the moment the count was taken (截至
    1月22日上午9时), on or before the reminder's own date, are no requirements when a later one is asked."""
    if notice_date is None or not REMINDER.search(title_line):
        return
    past = [r for r in requirements if r.due.date() <= notice_date]
    if not past or len(past) == len(requirements):
        return
    requirements[:] = [r for r in requirements if r not in past]
    said_of_them = [(f"{r.due.month}月{r.due.day}日", f"“{r.title}”") for r in past]
    unsettled[:] = [line for line in unsettled if not any(
        (line.startswith("期限“") and day in line) or f"要求{title}" in line for day, title in said_of_them)]
    unsettled += [f"“{r.title}”的期限{r.due.month}月{r.due.day}日不晚于催报通知的日期，是前一通知的期限或统计时点，"
                  f"未列为要求，请核对" for r in past]


# 县教育局、县卫健局还需报送…, 同时报送, 另需报送: a material more, not the same one later
ONE_MORE = re.compile(r"还需|还要|还应|另需|另行补充|另外|此外|同时|也需|也要|增报|加报|补充报送")


def take_a_later_few_out_of_the_group(requirements: list[DraftRequirement], resolver: UnitResolver,
                                      unsettled: list[str]) -> None:
    """（一）请各单位于11月20日前报送《…统计表》… （二）县教育局、县卫健局…不按本条第（一）项时间报送，请于12月4日前将…统计表
    报送 / 要路沟乡…不参加9月24日集中测产，测产结果汇总表和照片请于10月13日前报送 / 县财政局…请提前于十一月三日前报送上述
    材料: a requirement asked after another, of some of its units, asking every one of its parts again (a part of the
    same kind and formats, one title inside the other), is those units' own date for the same material, later or
    earlier: they are taken out of the one asked before. Not when it asks
    one thing more (还需, 同时, 另需…), nor when the later one's own words do not name its units (名单报送后人员有变动的，
    请于…报送更新后的名单: whoever has a change, not a few named)."""
    for k, later in enumerate(requirements):
        said = later.said or later.description
        if not later.units or ONE_MORE.search(said) or not _names_its_units(said, later.units, resolver):
            continue
        for first in reversed(requirements[:k]):
            # 三、县财政局…请提前于十一月三日前报送上述材料: an earlier date of their own takes them out the same
            if first.due != later.due and set(later.units) < set(first.units) and _the_same_parts(later, first):
                first.units = [u for u in first.units if u not in later.units]
                unsettled.append(f"“{first.title}”：{len(later.units)}个单位另定{later.due.month}月{later.due.day}日"
                                 f"报送同样的材料（“{later.title}”），已从前一要求中去掉，请核对")
                break


def _the_same_parts(later: DraftRequirement, first: DraftRequirement) -> bool:
    def same(a: dict, b: dict) -> bool:
        return (a.get("kind") == b.get("kind") and a.get("formats") == b.get("formats")
                and bool(a.get("title")) and bool(b.get("title")) and (a["title"] in b["title"] or b["title"] in a["title"]))
    return bool(later.parts) and all(any(same(p, q) for q in first.parts) for p in later.parts)


def _names_its_units(said: str, units: list[str], resolver: UnitResolver) -> bool:
    opening = re.sub(r"^其中\s*[，,]?\s*", "", LIST_MARK.sub("", said).strip())  # …，其中县卫健局须于当日上午10时前报送
    named = set(named_units(said, resolver)) | set(units_opening(opening, resolver))
    return set(units) <= named
