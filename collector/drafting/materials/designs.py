"""Designs of two things joined before one design's noun: `宣传横幅和易拉宝设计稿（JPG格式）` is the banner's design and
the roll-up's, two files each in the bracket's format, as two materials joined under one bracket are two files
(`format_names.said_of_the_pair`). A thing that is a material itself (`宣传册和宣传海报设计稿`) is already a name of its
own, and a paper about two things (`收储及销售情况报告`) stays one: a design is drawn for one thing."""

from __future__ import annotations

import re

from ..requirements import LEADING_WORDS, MATERIAL

DESIGN = re.compile(r"(?:设计稿|设计图|效果图)$")
# the thing before the joiner: Chinese words up to the punctuation, 将 / 把 or 的 before it
THING = r"((?:(?![将把的和及与或])[\u4e00-\u9fa5]){2,8})"


def the_design_after_the_joiner(names: list[str]) -> list[str]:
    """A name read whole across its joiner (`宣传横幅和易拉宝设计稿`, joined_in_a_name) as the design named after it
    (易拉宝设计稿), which a_design_each gives the other thing's design beside."""
    out = []
    for name in names:
        joined = re.match(THING + r"[和及与]", name)
        out.append(name[joined.end():] if joined and DESIGN.search(name) and not MATERIAL.search(joined.group(1))
                   else name)
    return out


def a_design_each(text: str, names: list[str]) -> dict[str, str]:
    """The designs the names leave out, each to the design named after it: {宣传横幅设计稿: 易拉宝设计稿} for
    `宣传横幅和易拉宝设计稿`."""
    out: dict[str, str] = {}
    for name in names:
        if not (m := DESIGN.search(name)):
            continue
        for joined in re.finditer(THING + r"[和及与]" + re.escape(name), text):
            thing = LEADING_WORDS.sub("", joined.group(1))
            design = thing + m.group(0)
            if len(thing) >= 2 and not MATERIAL.search(thing) and design not in names:
                out[design] = name
                break
    return out


def with_each_design(names: list[str], designs: dict[str, str]) -> list[str]:
    """``names`` with each design the names left out, right before the design named after it."""
    out: list[str] = []
    for name in names:
        out.extend(d for d, of in designs.items() if of == name)
        out.append(name)
    return out
