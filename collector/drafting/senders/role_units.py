"""Units a sentence names by their role in the notice: `（一）推荐单位于3月17日18:00前，将推荐汇总表…报送` after a paragraph
that says who recommends (`县住建局、县交通局、县水利局分别推荐工程类专家不少于5名，县卫健局、县教育局分别推荐…`) are those
units, whatever the salutation says (`县直有关部门`). The role is a verb and 单位 (推荐单位, 申报单位, 参赛单位 …); the
units are the subjects of the clauses before that do it (`…分别推荐`, `…各推荐`); 被推荐 is who is recommended."""

from __future__ import annotations

import re

from .units import UnitResolver, named_units

UNIT_END = "[局委办心乡镇社馆院所站部队会府区室厅台]"  # the last character of a unit's name
# 推荐单位于…前, 各申报单位请于…: the role word as the subject of the sentence (not 被推荐单位, 推荐单位名称 a column)
ROLE = re.compile(r"(?:^|[，,。；;：:)）\s])\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]+、)?"
                  r"\s*(?:请)?(?:各)?(?P<verb>推荐|申报|参评|参赛|选送|选派|报名)单位(?=于|在|请|须|需|应|要|将|务必|按|，|,)")


def units_of_the_role(text: str, earlier: list[str], resolver: UnitResolver) -> list[str]:
    """The roster units the clauses of ``earlier`` say do what the role word of ``text`` names (…分别推荐…), or []."""
    m = ROLE.search(text)
    if not m:
        return []
    # the units right before the verb (县卫健局、县教育局分别推荐; 建昌镇人民政府各推荐, a 人民政府 ending in 府), not a unit
    # organising others to do it (县工信局负责组织申报)
    doing = re.compile(r"^(?P<who>[^，,。；;：:]{2,80}?" + UNIT_END + r")(?:分别|各|均|各自|可)?" + m.group("verb"))
    names: list[str] = []
    for sentence in earlier:
        for clause in re.split(r"[，,。；;]", sentence):
            if d := doing.match(clause.strip()):
                names += [n for n in named_units(d.group("who"), resolver) if n not in names]
        names += [n for n in names_heading_the_verb(sentence, m.group("verb"), resolver) if n not in names]
    return names


# 答：建昌镇、药王庙镇人民政府，建昌县教育局、建昌县卫生健康局，各选派2名团干部参加: the units heading the sentence (after an
# answer's 答： or an item's mark), a comma between each run of them, the verb in a clause of its own after them
HEAD_LABEL = re.compile(r"^\s*(?:答\s*[:：]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]{1,2}[)）])?\s*")
NAME_RUN = re.compile(r"[^，,。；;：:]{2,80}?" + UNIT_END + r"\s*[，,]\s*")


def names_heading_the_verb(sentence: str, verb: str, resolver: UnitResolver) -> list[str]:
    """The units of the runs of names opening ``sentence``, each run a clause of its own, when the clause after them
    opens with the role's verb (各选派 / 分别推荐); [] when a clause before the verb is no run of names."""
    at = HEAD_LABEL.match(sentence).end()
    runs: list[str] = []
    while run := NAME_RUN.match(sentence, at):
        if not named_units(run.group(), resolver):
            return []
        runs.append(run.group())
        at = run.end()
    if not runs or not re.match(rf"(?:分别|各|均|各自)?{verb}", sentence[at:]):
        return []
    return [n for run in runs for n in named_units(run, resolver)]
