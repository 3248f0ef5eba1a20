"""Groups a notice names and lists on lines of their own, then asks by the group's name: `第一组：建昌镇、药王庙镇、大屯镇`
/ `第二组：石佛乡、…` (in the body, or only in the 附件) and `第一组各乡镇于3月13日前报送…；第二组各乡镇于3月20日前报送`.
Each mention of a group (`第一组`, `第一组单位`, `第一组各乡镇`, `第一组的乡镇`) is spelled out as the roster units its line
lists (an unsettled line says so), so every other rule reads them as named; `两组各乡镇` / `各组单位` / `上述两批` is every
group's units. The label may be 第N组 / 第N批(次) / A组 / 甲组 / 第N片区 / 东片区 (东片 / 西部片区). A line whose pieces are not
all names of units (`第一组：工作方案、自查报告`: a group of papers) makes no group; a name off the roster in a list of
units (`…、建昌县农产品质量安全检测站`) is left out of it, and said in the unsettled line."""

from __future__ import annotations

import re

from .members_in_brackets import member_pieces
from .units import UnitResolver

_NUMBER = r"[一二三四五六七八九十\d]{1,2}"
# 第一组 / 第二批 / 第3批次 / A组 / 甲组 / 第一片区 / 东片区 / 西部片区 / 南片
LABEL = (rf"(?:(?:第{_NUMBER}|[A-Za-z甲乙丙丁])(?:组|批次|批|片区)|[东南西北中]{{1,2}}部?(?:片区|片))")
# the group's line: its label, a colon, its units to the line's end (a closing 。 / ；)
GROUP_LINE = re.compile(rf"^[ \t\u3000]*(?P<label>{LABEL})[ \t\u3000]*[：:][ \t\u3000]*(?P<who>[^\n。；;]+?)[。；;]?[ \t\u3000]*$",
                        re.M)
# a unit's name ends in what such a unit is called
UNIT_NAME = re.compile(r"(?:乡|镇|局|委|办|办公室|中心|院|所|站|馆|社|队|处|科|公司|部|会|街道|村|场|厂|校|学)$")
# after the label: the kind of unit it holds (第一组各乡镇, 第一组的单位, 第一组所列乡镇), or a bare label its clause's
# subject (第一批于5月20日前…, 第二组须…), never one of other words (第一组织, 两组数据)
KIND = r"(?:(?:的|所列|所属)?(?:各|有关)?(?:乡镇|乡|镇|单位|部门)(?![乡镇村])|(?=[于须要均应请务在]))"
# every group at once: 两组各乡镇, 各组单位, 上述两批, 三个片区的乡镇
ALL_GROUPS = r"(?:上述|以上)?(?:各|两|二|三|四|[2-4])个?(?P<kind>组|批次|批|片区)"


def _kind(label: str) -> str:
    return next(k for k in ("组", "批", "片") if k in label)


def named_groups(text: str, resolver: UnitResolver) -> dict[str, tuple[list[str], list[str]]]:
    """label -> (its roster units, its names off the roster), for each group line of ``text`` listing names of units
    only, at least one of them on the roster."""
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for m in GROUP_LINE.finditer(text):
        pieces = member_pieces(m.group("who"))
        if not pieces or not all(resolver.resolve(p) or UNIT_NAME.search(p) for p in pieces):
            continue
        units = list(dict.fromkeys(u for p in pieces if (u := resolver.resolve(p))))
        if units:
            groups.setdefault(m.group("label").replace("批次", "批"), (units, [p for p in pieces if not resolver.resolve(p)]))
    return groups


def named_groups_spelled_out(body: str, text: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """``body`` with each mention of a group listed on a line of ``text`` (the whole notice as typed, 附件 and all: its
    lines not yet joined) written as its units; the group's own label, before its colon, is left as written."""
    groups = named_groups(text, resolver)
    if not groups:
        return body
    said: set[str] = set()

    def one(m: re.Match) -> str:
        label = m.group("label").replace("批次", "批")
        said.add(label)
        return "、".join(groups[label][0])

    def every(m: re.Match) -> str:
        kind = _kind(m.group("kind"))
        of_kind = [label for label in groups if _kind(label) == kind]
        if len(of_kind) < 2:
            return m.group()
        said.update(of_kind)
        return "、".join(dict.fromkeys(u for label in of_kind for u in groups[label][0]))

    labels = "|".join(sorted((re.escape(label).replace("批", "批次?") for label in groups), key=len, reverse=True))
    one_group = re.compile(rf"(?P<label>{labels}){KIND}")
    all_groups = re.compile(ALL_GROUPS + KIND)
    body = all_groups.sub(every, one_group.sub(one, body))
    for label in groups:
        if label in said:
            units, off = groups[label]
            left = f"（名册外的{'、'.join(off)}未列入）" if off else ""
            unsettled.append(f"“{label}”读作通知所列{'、'.join(units)}{left}，请核对")
    return body
