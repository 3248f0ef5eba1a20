"""The numbered items a notice assigns to units (its 承办单位分解表: 建议第3号 → 县教育局), read against a mail.

A requirement's ``assigned`` (docs/campaign-format.md) maps each item, as the notice numbers it, to the unit that
answers it. A mail answering such items names them (`…关于县政协十届三次会议提案第16号的答复.pdf`, `第12号答复函`): the
item names its unit where nothing else does, and a unit answering only items the table gives another unit has not
answered its own.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign, Requirement
from collector.match.names import Hit
from collector.match.units import senders_own_text

ITEM = re.compile(r"第\s*(\d{1,4})\s*号")
KEY = re.compile(r"^(.*?)第?\s*(\d{1,4})\s*号$")
# 建议第3号、第8号 / 提案第4号和第9号: the series carried along a list of numbers
LISTED = re.compile(r"\s*(?:、|，|,|和|及|与|以及)\s*")


def _series_and_number(key: str) -> tuple[str, int] | None:
    """建议第3号 → (建议, 3); 第12号 → ("", 12)."""
    m = KEY.match(key.strip())
    return (m.group(1).strip(), int(m.group(2))) if m else None


def items_written(text: str, series: list[str]) -> list[tuple[str, int, str]]:
    """The items ``text`` names: (series, number, as written). The series is the one of ``series`` written right
    before 第 (县政协十届三次会议提案第16号: 提案), or carried from the item before along a list (建议第3号、第8号), or ""
    when none is written (第12号)."""
    out: list[tuple[str, int, str]] = []
    longest_first = sorted((s for s in series if s), key=len, reverse=True)
    last_series, last_end = "", -1
    for m in ITEM.finditer(text):
        before = text[:m.start()]
        said = next((s for s in longest_first if before.endswith(s)), "")
        if not said and last_end >= 0 and LISTED.fullmatch(text[last_end:m.start()]):
            said = last_series
        out.append((said, int(m.group(1)), (said + m.group(0)) if said else m.group(0)))
        last_series, last_end = said, m.end()
    return out


def keys_for(requirement: Requirement, written: tuple[str, int, str]) -> list[str]:
    """The requirement's items an item written so may be: the one of its series and number, or, its series unsaid,
    every item of that number (only 建议 has a 第12号: 第12号 is 建议第12号)."""
    said, number, _ = written
    out = []
    for key in requirement.assigned:
        parsed = _series_and_number(key)
        if parsed and parsed[1] == number and (not said or parsed[0] == said):
            out.append(key)
    return out


def where_items_are_named(parsed, campaigns: list[Campaign]) -> str:
    """Where a mail names its items: its subject, its files' names and the sender's own words."""
    names = [a.filename or "" for a in parsed.attachments if a.kind != "link"]
    return "\n".join([parsed.subject or "", *names, senders_own_text(parsed, campaigns)])


def items_in_text(text: str, requirement: Requirement) -> list[tuple[str, list[str]]]:
    """(as written, the requirement's items it may be) for every item number ``text`` names that the requirement
    assigns."""
    series = list(dict.fromkeys(p[0] for k in requirement.assigned if (p := _series_and_number(k))))
    found = [(w[2], keys_for(requirement, w)) for w in items_written(text, series)]
    return [(written, keys) for written, keys in found if keys]


def item_hits(parsed, campaigns: list[Campaign]) -> list[Hit]:
    """A unit named by the items the mail answers, where one unit is assigned every item it names (第12号答复函 from a
    new address: the 分解表 gives 建议第12号 to 县水利局). Asked only when nothing else names a unit."""
    assigning = [(c, r) for c in campaigns for r in c.requirements if r.assigned]
    text = where_items_are_named(parsed, campaigns) if assigning else ""
    hits = []
    for c, r in assigning:
        named = items_in_text(text, r)
        units = {r.assigned[k] for _, keys in named for k in keys}
        if len(units) == 1:
            written = "、".join(dict.fromkeys(w for w, _ in named))
            keys = "、".join(dict.fromkeys(k for _, ks in named for k in ks))
            hits.append(Hit(c.id, (units.pop(),), "assigned_item", keys, f"{written}（分解表：{keys}）"))
    return hits


def _requirements_assigning(parsed, campaign: Campaign, requirements: list[str]) -> tuple[list[Requirement], str]:
    """The mail's requirements that assign items, and where the mail names its items (read only if one does)."""
    assigning = [r for r in campaign.requirements if r.id in requirements and r.assigned]
    return assigning, (where_items_are_named(parsed, [campaign]) if assigning else "")


def answers_another_units_items(parsed, campaign: Campaign, unit: str, requirements: list[str]) -> str:
    """What to say when every item the mail answers is assigned to another unit (县市场局 sending an answer to 提案第16号,
    县卫健局's; its own is 提案第18号): the unit has not answered its own, and whose answer it is a person asks. ""
    when the mail names none of the items, or one of its own."""
    assigning, text = _requirements_assigning(parsed, campaign, requirements)
    for r in assigning:
        named = items_in_text(text, r)
        if not named or any(r.assigned[k] == unit for _, keys in named for k in keys):
            continue
        theirs = "、".join(dict.fromkeys(f"{k}由{r.assigned[k]}承办" for _, keys in named for k in keys))
        own = "、".join(k for k, u in r.assigned.items() if u == unit) or "无"
        return f"邮件答复的编号在承办单位分解表中不是{unit}的（{theirs}；{unit}承办：{own}）"
    return ""


FIRST_ANSWER_NOTE = "。标注了“以此为准/更正”，但所答编号此前未登记过答复，按首次报送登记，不作更正"


def corrects_none_of_its_items(is_correction: bool, open_requirements, parsed, campaign: Campaign, unit: str,
                               requirements: list[str]) -> bool:
    """A mail marked 以此为准 answering assigned items, whose items no earlier filed mail of the unit answered
    (县市场局's own 提案第18号, “前次误将提案第16号的协办意见报来，请以本件为准”, the earlier mail held): it replaces nothing
    filed, each item being a letter of its own. Asked through what the pipeline knows of the unit's earlier mails."""
    answered_before = getattr(open_requirements, "items_answered_before", None)
    if not (is_correction and answered_before):
        return False
    assigning, text = _requirements_assigning(parsed, campaign, requirements)
    for r in assigning:
        mine = {k for _, keys in items_in_text(text, r) for k in keys if r.assigned[k] == unit}
        if not mine or mine & answered_before(campaign.id, unit, r.id):
            return False
    return bool(assigning)
