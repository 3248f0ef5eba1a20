"""An institution the salutation names on its own beside `县直各部门` (`各乡镇人民政府，县直各部门，县融媒体中心：`) and
gives an item of its own by name (`（二）县融媒体中心负责拍摄…，于3月27日前将样片…报送`) is no 部门 of that notice: a
request whose words name no unit, read from `各乡镇、县直各部门`, is not its (2088), nor is an item that says 各部门 itself
(`二、县直各部门（含县卫健局机关各股室）组织…，请于4月21日前报送…截图`, 2150). 部门 takes institutions in where the
salutation does not set one apart; 县直各单位 / 各单位 take in every one. Nor is one the table lets off in a row of its own
(`县直各部门，县政务服务中心，县融媒体中心，县气象局：` over a row `县气象局 | 本次不报送 | — | —`: the 县直各部门 row is not its)."""

from __future__ import annotations

import re

from .let_off_rows import units_of_let_off_rows
from ..requirements import DraftRequirement
from .units import ALL_WORDS, DEPT_WORDS, UnitResolver, named_units

POINTS_BACK = re.compile(r"上述|以上|前述|上列|所列|有关|相关|该单位|这些")
# 县直各部门（含…）组织…: the departments said in the item itself (县直各单位 is every unit, institutions in)
DEPARTMENTS_SAID = re.compile(r"各(?:组成)?部门")
# 县直各单位 / 县直各预算单位 …: a word every county unit answers to, the institution set apart too
EVERY_COUNTY_UNIT = re.compile(r"县直各(?:预算|行政事业|机关)?单位")


def institutions_addressed_apart(salutation: str, body: str, named_in_salutation: list[str],
                                 requirements: list[DraftRequirement], resolver: UnitResolver, unsettled: list[str]) -> None:
    """Take each institution named apart beside a 部门 group in the salutation, and asked by name in an item of its
    own, out of the requirements whose words name no unit (or whose line says 各部门 and does not name it) and whose line
    asks no 各单位 and points back at none; an unsettled line says so."""
    if not DEPT_WORDS.search(salutation) and "部门" not in salutation:
        return
    asked_by_name = {id(r): named_units(r.said, resolver) for r in requirements}
    institutions = {u for u in named_in_salutation if getattr(resolver.roster.get(u), "kind", "") == "institution"}
    let_off = units_of_let_off_rows(body, resolver) & institutions  # 县气象局 | 本次不报送 | — | —
    apart = [u for u in named_in_salutation if u in institutions
             and (u in let_off or any(_asked_alone(u, r, asked_by_name[id(r)], institutions) for r in requirements))]
    for r in requirements:
        line = _line_of(body, r.said)
        if (asked_by_name[id(r)] and not DEPARTMENTS_SAID.search(line)) or ALL_WORDS.search(line) \
                or EVERY_COUNTY_UNIT.search(line) or POINTS_BACK.search(line):
            continue  # 各单位 / 县直各单位 / 上述单位: every addressee, every county unit, or those named above
        out = [u for u in apart if u in r.units and not (asked_by_name[id(r)] and u in line)]  # 县直各部门、县融媒体中心
        if out and len(out) < len(r.units):
            r.units = [u for u in r.units if u not in out]
            if asked := [u for u in out if u not in let_off]:
                unsettled.append(f"要求“{r.title}”按“各部门”读出单位，未含抬头另列、另有专项要求的"
                                 f"{'、'.join(asked)}，请核对")
            if excused := [u for u in out if u in let_off]:
                unsettled.append(f"要求“{r.title}”按“各部门”读出单位，未含抬头另列、表中本次不报送的"
                                 f"{'、'.join(excused)}，请核对")


def _asked_alone(unit: str, r: DraftRequirement, named: list[str], institutions: set[str]) -> bool:
    """``r`` is asked of ``unit`` by name, with no unit but the institutions set apart beside it: its words name only it
    (`县融媒体中心负责拍摄…`) or only them (`二、县档案馆、县融媒体中心于3月21日上午11时前报送…`, 2196), or it is the one
    sender of a requirement its words name (`三、科普宣传。县融媒体中心制作…短视频…，于4月25日…报送`, no verb the unit
    reader knows)."""
    return (unit in named and set(named) <= institutions) or (not named and r.units == [unit] and unit in r.said)


def _line_of(body: str, said: str) -> str:
    """The body's line (an item, a paragraph) the requirement's words stand in; the words alone when not found."""
    at = body.find(said.strip()) if said.strip() else -1
    if at < 0:
        return said
    end = body.find("\n", at)
    return body[body.rfind("\n", 0, at) + 1: end if end >= 0 else len(body)]
