"""Passes over a notice's requirements for who sends when: a group of the addressees given a later date
for the same material (各乡镇…报送时间可延至5月25日), and a reminder (催报) whose past deadlines are
the earlier notice's, not requirements."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from . import requirements as req
from .deadlines import DEADLINE_RE, deadline_of_date
from .requirements import DraftRequirement
from .units import UnitResolver, requirement_units_named


# 各乡镇因需组织入户核实，报送时间可延至5月25日 / 乡镇可推迟到5月25日前报送: the units before it, their own date
LATER_FOR = re.compile(r"(?:可|可以|允许|准予|可适当)(?:延至|延长至|延长到|延后至|延后到|推迟至|推迟到|放宽至|放宽到)\s*")


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
            group, _ = requirement_units_named(sentence[: m.start()], resolver, {}, campaign_units)
            _split_off(set(group), later.replace(tzinfo=requirements[0].due.tzinfo), requirements, unsettled)


def _split_off(group: set[str], later: dt.datetime, requirements: list[DraftRequirement], unsettled: list[str]) -> None:
    for r in list(requirements):
        if not group or not group < set(r.units) or r.due >= later:
            continue
        theirs = [u for u in r.units if u in group]
        # 其中各乡镇可推迟到5月25日前报送: read before as a deadline of its own, for the group alone
        requirements[:] = [x for x in requirements if x is r or not (x.due == later and set(x.units) <= group)]
        own = dataclasses.replace(r, id=req.requirement_id(r.title, {x.id for x in requirements}), due=later,
                                  units=theirs)
        requirements.insert(requirements.index(r) + 1, own)
        r.units = [u for u in r.units if u not in group]
        unsettled.append(f"“{r.title}”：通知给部分单位（{len(theirs)}个）放宽至{later.month}月{later.day}日，"
                         f"已分列为两项要求，请核对")
        return


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
