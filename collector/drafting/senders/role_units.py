"""Units a sentence names by their role in the notice: `（一）推荐单位于3月17日18:00前，将推荐汇总表…报送` after a paragraph
that says who recommends (`县住建局、县交通局、县水利局分别推荐工程类专家不少于5名，县卫健局、县教育局分别推荐…`) are those
units, whatever the salutation says (`县直有关部门`). The role is a verb and 单位 (推荐单位, 申报单位, 参赛单位 …); the
units are the subjects of the clauses before that do it (`…分别推荐`, `…各推荐`); 被推荐 is who is recommended."""

from __future__ import annotations

import re

from .units import UnitResolver, named_units

# 推荐单位于…前, 各申报单位请于…: the role word as the subject of the sentence (not 被推荐单位, 推荐单位名称 a column)
ROLE = re.compile(r"(?:^|[，,。；;：:)）\s])\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]+、)?"
                  r"\s*(?:请)?(?:各)?(?P<verb>推荐|申报|参评|参赛|选送|报名)单位(?=于|在|请|须|需|应|要|将|务必|按|，|,)")


def units_of_the_role(text: str, earlier: list[str], resolver: UnitResolver) -> list[str]:
    """The roster units the clauses of ``earlier`` say do what the role word of ``text`` names (…分别推荐…), or []."""
    m = ROLE.search(text)
    if not m:
        return []
    # the units right before the verb (县卫健局、县教育局分别推荐; 建昌镇人民政府各推荐, a 人民政府 ending in 府), not a unit
    # organising others to do it (县工信局负责组织申报)
    doing = re.compile(r"^(?P<who>[^，,。；;：:]{2,80}?[局委办心乡镇社馆院所站部队会府区室厅台])(?:分别|各|均|各自|可)?" + m.group("verb"))
    names: list[str] = []
    for sentence in earlier:
        for clause in re.split(r"[，,。；;]", sentence):
            if d := doing.match(clause.strip()):
                names += [n for n in named_units(d.group("who"), resolver) if n not in names]
    return names
