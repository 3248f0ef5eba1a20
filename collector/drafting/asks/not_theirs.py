"""Materials a unit is told it does not send, by a bare let-off verb and their names: `（三）建昌镇…不单独编制示范片区
建设方案，请于4月10日前报送…项目清单（Excel格式），不报送定稿和规划图` and `…于10月17日前将台账（Excel格式）及照片…
发送。其中，八家子经济开发区…不报送台账和照片，只报送园区排水管网图（PDF格式）`. What such a clause names is no part of
the requirement it is said in; a unit so let off leaves the group's requirements that ask only those materials; and a
unit of the group said (其中，…) to send only another material instead is given a requirement of its own, on the
group's day, of that material alone."""

from __future__ import annotations

import dataclasses
import re

from .. import requirements as req
from .only_some_items import _bare, _take_out
from ..reading.item_numbers import CHINESE_ITEM, ITEM
from ..reading.line_forms import UNIT_WORD
from ..requirements import DraftRequirement
from .some_send_more import OWN_DATE, _said_at
from ..senders.units import UnitResolver, leading_unit, named_units, units_opening

# ，不报送定稿和规划图 / ，不单独编制示范片区建设方案 / ，本次不再填报…表: a clause opening with a let-off verb, then what is
# not sent, up to the clause's end (not 不得, 不需 …: those say how, or are read by not_mailed.py; not a bracket's
# （A乡无果园，不报送）于…前将…: the bracket closes the let-off)
NOT_SENT_BY_THEM = re.compile(r"(?:(?<=[，,；;。：:])|^)\s*(?:本次|此次|均|也)?不\s*(?:单独|另行|再)?\s*"
                              r"(?:报送|上报|提交|填报|编制|填写)\s*(?P<what>[^，,；;。\n()（）]{2,40})(?=[，,；;。\n]|$)")
# 答题信息在线填报，无需另行报送名单: a clause saying a material need not be sent (无需 / 不需 / 不必 / 不用 / 可不 + the
# sending verb)
# names no part of the requirement either; it lets no unit off another requirement (materials_not_sent reads 不报送 alone);
# the units the clause is said of may stand before the negation, after the item's number (held-out 2945: 二、各乡镇人民政府
# 不需报送文字报告，只填写《…统计表》; 县直各部门无需报送…): kept, the negation and what it names taken out
UNIT_SUBJECT = rf"(?:{CHINESE_ITEM}|{ITEM})?\s*{UNIT_WORD}(?:人民政府|政府)?(?:[、和及]{UNIT_WORD}(?:人民政府|政府)?)*"
NO_NEED_TO_SEND = re.compile(r"(?:(?<=[，,；;。：:])|^)(?P<who>\s*(?:" + UNIT_SUBJECT + r")?)"
                             r"\s*(?:本次|此次|均|也)?(?:无需|不需要?|不必|不用|可(?:以)?不)\s*(?:单独|另行|再|重复)?\s*"
                             r"(?:报送|上报|提交|填报|发送)\s*(?P<what>[^，,；;。\n()（）]{2,40})(?=[，,；;。\n]|$)")
# ，书面总结无需报送 / ，纸质版不再报送: the same with the material named first, the whole clause its name and the let-off
FRONTED_NOT_SENT = re.compile(r"(?:(?<=[，,；;。：:])|^)\s*(?P<what>[^，,；;。\n()（）]{2,20}?)\s*(?:本次|此次|均|也)?"
                              r"(?:无需|不需要?|不必|不用|可(?:以)?不|不再|不)\s*(?:单独|另行|再|重复)?\s*"
                              r"(?:报送|上报|提交|填报|发送)(?=[，,；;。\n]|$)")
# …基本情况表（Excel格式），其他乡镇本次不报送材料: a clause letting the others off (其他 / 其余 + the units' word) names
# what they do not send, nothing the senders of the sentence owe
OTHERS_LET_OFF = re.compile(r"(?:(?<=[，,；;])|^)\s*(?:其他|其余|其它)各?[\u4e00-\u9fa5]{0,6}?(?:乡镇|乡|镇|单位|部门|机构|学校)"
                            r"(?:本次|此次|今年|本年度|均|暂)?(?:不|无需|不需|不必|免于|免予)\s*(?:单独|另行|再)?\s*"
                            r"(?:报送|上报|提交|填报)[^，,；;。\n]{0,20}(?=[，,；;。\n]|$)")
# 其中，八家子经济开发区…不报送台账和照片，只报送园区排水管网图（PDF格式）: some of the group, another material instead
ONLY_INSTEAD = re.compile(r"其中\s*[，,]?\s*(?P<who>[^。；;\n]{2,60}?)不\s*(?:单独|另行|再)?\s*(?:报送|上报|提交|填报)"
                          r"[^。；;\n]{2,40}?[，,]\s*(?:仅|只)(?:需|须)?\s*(?:报送|提交|上报|填报)\s*"
                          r"(?P<what>[^，,；;。\n]{2,40})")

# 其中，建昌县信访局只需报送工作情况汇报，不报送典型案例 (held-out 2913): the same said the other way round, the paper they
# keep first (one they owe already, or a new one), the one they are let off after; or a sentence of its own opening with
# the units, no 其中 (held-out 2952: 。县市场监督管理局已于今年4月完成专项整改，本次只报送自查报告，不报送整改报告 — a
# sentence opening with no unit, 。如无整改事项，本次只报送…, names no one: _units_said finds none)
ONLY_FIRST = re.compile(r"(?:其中\s*[，,:：]?|(?:(?<=[。；;\n])|^))\s*(?P<who>[^。；;\n]{2,60}?)(?:本次|此次)?"
                        r"(?:仅|只)(?:需|须)?\s*(?:报送|提交|上报|填报)\s*"
                        r"(?P<what>[^，,；;。\n]{2,40})[，,]\s*(?:不|无需|不需|不必|不用)\s*(?:单独|另行|再)?\s*"
                        r"(?:报送|上报|提交|填报)\s*(?P<not>[^，,；;。\n]{2,40})")


def materials_not_sent(text: str) -> list[str]:
    """The material names the let-off clauses of ``text`` name (不报送定稿和规划图: 定稿, 规划图)."""
    return [n for m in NOT_SENT_BY_THEM.finditer(text) for n in req.material_names(m.group("what"))]


def without_what_is_not_sent(text: str) -> str:
    """``text`` less its let-off clauses that name materials: what they name is not asked (…清单（Excel格式），不报送
    定稿和规划图 asks the 清单 alone; …在线填报，无需另行报送名单 asks no 名单), and less a clause letting the others off (…（Excel格式），其他乡镇本次不报送材料)."""
    text = OTHERS_LET_OFF.sub("", text)  # 其他乡镇本次不报送材料: the others', no part of the senders'
    for let_off in (NOT_SENT_BY_THEM, NO_NEED_TO_SEND, FRONTED_NOT_SENT):  # 无需另行报送名单: the 名单 no part
        text = let_off.sub(lambda m: (m.groupdict().get("who") or "") if req.material_names(m.group("what")) else m.group(),
                           text)
    return text


# ，培训情况不需报送: the facts of a matter said not to be sent, as a paper is
FACTS_NAMED = re.compile(r"情况$")


def without_papers_said_not_sent(text: str) -> str:
    """``text`` less its clauses saying a paper or the facts of a matter is not sent (`，培训情况不需报送`, `，签到表无需报送`):
    they send nothing, so a deadline whose words send nothing else (`各乡镇要在4月20日前完成责任人培训，培训情况不需报送`) is
    the day the work is done by. A clause letting units off (`，建昌镇不需报送`) is kept: the let-off rules read it."""
    return FRONTED_NOT_SENT.sub(
        lambda m: "" if req.material_names(m.group("what")) or FACTS_NAMED.search(m.group("what").strip()) else m.group(),
        text)


def some_send_another_instead(text: str) -> bool:
    """A sentence saying some of the group send only another material, not the group's (其中，X…不报送…，只报送…, or
    其中，X只需报送…，不报送…): no more of the group's submission."""
    return bool(ONLY_INSTEAD.search(text) or any(m.group().startswith("其中") for m in ONLY_FIRST.finditer(text)))


def _of_the_materials(part: dict, names: list[str]) -> bool:
    """A part asking one of ``names``: its title holds the name, or the name's material word with the two characters
    before it (示范片区建设方案 → 建设方案, in 建设方案初稿)."""
    title = part.get("title") or ""
    for name in names:
        keys = [name] + [name[max(0, m.start() - 2):m.end()] for m in req.MATERIAL.finditer(name)]
        if any(len(k) >= 2 and k in title for k in keys):
            return True
    return False


def out_of_what_they_do_not_send(requirements: list[DraftRequirement]) -> None:
    """A requirement whose words let its units off some materials (不报送定稿和规划图) takes them out of every other
    requirement, of any day, whose units they are some (not all) of and whose every part is one of those materials."""
    for own in requirements:
        names = materials_not_sent(own.said or "") if own.units and own.parts else []
        if not names:
            continue
        for group in requirements:
            if group is not own and set(own.units) < set(group.units) and group.parts \
                    and all(_of_the_materials(p, names) for p in group.parts):
                group.units = [u for u in group.units if u not in own.units]


def _units_said(who: str, resolver: UnitResolver) -> list[str]:
    """The units a 其中 clause names, or the one opening it (八家子经济开发区管网已全部实现…: the zone)."""
    return named_units(who, resolver) or [u for u in [leading_unit(who.strip(), resolver)] if u]


# 同时，请各单位选取…: a word linking the sentence to the one before, no part of where its words stand
LINKING_OPENING = re.compile(r"^\s*(?:同时|另外|此外|另|其次|最后)\s*[,，]\s*")


def _said_before(body: str, r: DraftRequirement, before: int) -> int:
    """Where ``r``'s words stand in ``body`` before ``before`` (_said_at), a linking word opening them read past."""
    return _said_at(body, dataclasses.replace(r, said=LINKING_OPENING.sub("", r.said or "")), before)


def their_own_material_instead(body: str, requirements: list[DraftRequirement], resolver: UnitResolver) -> None:
    """For each 其中，X…不报送…，只报送C clause of ``body`` with no date of its own and said after (not in) the group's
    sentence: X out of the requirement said nearest before it whose units X are some of, and a requirement of C for X
    right after it. The same said the other way round (其中，X只需报送C，不报送B, ONLY_FIRST, or a sentence of its own
    opening with X: 。X已完成…，本次只报送C，不报送B): X out of the nearest such requirement asking B, and one of C for X only when X owe no C already."""
    for m in ONLY_INSTEAD.finditer(body):
        who, what = _units_said(m.group("who"), resolver), m.group("what")
        if not who or OWN_DATE.search(what) or not req.material_names(what):
            continue
        mine = [(at, r) for r in requirements if set(who) < set(r.units) and _bare(m.group()) not in _bare(r.said or "")
                and (at := _said_at(body, r, m.start())) >= 0]
        if mine:
            _take_out(max(mine, key=lambda x: x[0])[1], [what], who, requirements)
    for m in ONLY_FIRST.finditer(body):  # 其中，建昌县信访局只需报送工作情况汇报，不报送典型案例
        who, what = _units_said(m.group("who"), resolver), m.group("what")
        kept, let_off = req.material_names(what), req.material_names(m.group("not"))
        if not m.group().startswith("其中"):  # a sentence of its own: the units opening it, no other it names
            who = units_opening(m.group("who").strip(), resolver)
        if not who or OWN_DATE.search(what) or not kept or not let_off:
            continue  # …只需报送电子版，不报送纸质版: a form of the paper, no paper let off
        mine = [(at, r) for r in requirements if set(who) & set(r.units) and set(r.units) - set(who)  # some let off already
                and _bare(m.group()) not in _bare(r.said or "") and (at := _said_before(body, r, m.start())) >= 0
                and (any(_of_the_materials(p, let_off) for p in r.parts)  # …典型案例，整理成文字材料:
                     or any(n in _bare(r.said or "") for n in let_off))]  # the paper its matter
        if not mine:
            continue
        whole = max(mine, key=lambda x: x[0])[1]
        if any(r is not whole and set(who) <= set(r.units)
               and any(_of_the_materials(p, kept) for p in r.parts) for r in requirements):
            whole.units = [u for u in whole.units if u not in who]  # the paper they keep is one they owe already
        else:
            _take_out(whole, [what], who, requirements)
