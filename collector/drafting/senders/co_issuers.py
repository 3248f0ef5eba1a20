"""The issuers of a joint notice as senders: `各联合发文部门` (联合发文单位, 各发文单位) are the units whose names stand a line
each above the title (two or more), less the lead the body names (`由县农业农村局牵头`) where the words leave it out
(`除牵头单位外的各联合发文部门`, `各联合发文部门（牵头单位除外）`). Spelled out in the body before it is read."""

from __future__ import annotations

import re

from .units import UnitResolver

JOINT = re.compile(r"(?P<but>除牵头(?:单位|部门)(?:以)?外的?)?(?:各?联合|各)发文(?:部门|单位)"
                   r"(?P<bracket>\s*[(（]\s*牵头(?:单位|部门)除外\s*[)）])?")
LEAD = re.compile(r"由(?P<lead>[^，,。；;由]{2,24}?)牵头")


def co_issuers_spelled_out(body: str, issuers: list[str], resolver: UnitResolver, unsettled: list[str]) -> str:
    """The body with its 各联合发文部门 written as the issuers' names (县市场局、县公安局、县交通局), when the notice has two
    issuers or more above its title, all on the roster."""
    names = [resolver.resolve(line.strip()) for line in issuers]
    if len(names) < 2 or not all(names) or not JOINT.search(body):
        return body
    lead = next((u for m in LEAD.finditer(body) if (u := resolver.resolve(m.group("lead").strip()))), None)

    def spelled(m: re.Match) -> str:
        but_the_lead = bool(m.group("but") or m.group("bracket"))
        return "、".join(n for n in names if not (but_the_lead and n == lead))

    but = any(m.group("but") or m.group("bracket") for m in JOINT.finditer(body))
    left_out = f"，除去牵头单位{lead or '（正文未写由谁牵头）'}" if but else ""
    unsettled.append(f"“联合发文部门”读作通知标题上方的发文单位（{'、'.join(names)}）{left_out}，请核对")
    return JOINT.sub(spelled, body)
