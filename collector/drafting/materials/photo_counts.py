"""How many pictures a photo part takes (``min_count``), as a clerk reads the count the notice says of them: a number
with the measure a picture is counted by — 张, 幅 (a painting's or a photograph's), 件, 组, 帧 — after 不少于 / 至少 /
不低于 or before 以上, or the first of a range (图片2至4张), said of the pictures in their own clause:
`作品图片（jpg格式，每单位不少于3幅，每幅不小于2MB）` takes 3, `活动照片（不少于3张）` 3. A count past another material
named after the pictures is that one's (`照片（jpg格式），典型案例不少于3件`: 1 picture), and a size is no count
(`每幅不小于2MB`). A 组 of before-and-after pictures (`整改前后对比照片（…每单位不少于2组）`) is a pair: twice as many."""

from __future__ import annotations

import re

from collector.numerals import COUNT, cn_int

# the measures pictures are counted by
PICTURE_MEASURE = r"(?:张|幅|件|组|帧)"
LEAST = re.compile(rf"(?:不少于|至少|不低于)\s*(?P<n>{COUNT})\s*(?P<m>{PICTURE_MEASURE})"
                   rf"|(?P<above>{COUNT})\s*(?P<m2>{PICTURE_MEASURE})(?:以上|及以上)"
                   rf"|^\s*(?P<low>{COUNT})\s*(?:至|-|~|到|～|－|—|–)\s*{COUNT}\s*(?P<m3>{PICTURE_MEASURE})")
# 惠民演出剧照5至10张, 工作照不少于3张, 5张集体合影: a word naming a kind of photograph is photos when 张 counts it (after
# it, or right before it); alone (`剧照展`, `合影留念`) it names none
PHOTO_KIND = r"(?:剧照|工作照|现场照|生活照|活动照|集体照|集体合影|合影|合照|航拍图|航拍照|实景图|全景图)(?!片)"
COUNTED_PHOTO_KIND = (rf"(?:(?<=张){PHOTO_KIND}|{PHOTO_KIND}(?=\s*(?:不少于|至少|不低于)?\s*{COUNT}\s*"
                      rf"(?:(?:至|-|~|到|～|－|—|–)\s*{COUNT}\s*)?张))")
# 整改前后对比照片, 对比图片: pictures compared before and after, a 组 of them a pair
COMPARED = re.compile(r"前后对比|对比(?:照片|图片)")
# 3张以上 anywhere in the text: 张 counts pictures only, whatever it follows
PICTURES_ABOVE = re.compile(r"(\d+)\s*张以上")
# the pictures' own clause: up to the sentence's end, within a few dozen characters
CLAUSE = re.compile(r"[^。;；]{0,40}")


def least_count(text: str, word: str, material: re.Pattern) -> int:
    """The fewest pictures the text asks of the pictures named by ``word`` (照片|图片, 截图); 1 when it says no count."""
    for m in re.finditer(word, text):
        clause = own_clause(text, m.end(), material)
        if found := LEAST.search(clause):
            n = cn_int(found.group("n") or found.group("above") or found.group("low"))
            return 2 * n if in_pairs(text, m.start(), found) else n
    above = PICTURES_ABOVE.search(text)
    return int(above.group(1)) if above else 1


def in_pairs(text: str, at: int, found: re.Match) -> bool:
    """The count is of 组 and the pictures (named up to ``at``) are compared before and after: each 组 two pictures."""
    measure = found.group("m") or found.group("m2") or found.group("m3")
    return measure == "组" and bool(COMPARED.search(text[max(0, at - 6):at + 2]))


def own_clause(text: str, at: int, material: re.Pattern) -> str:
    """What the text says of the pictures named right before ``at``: its clause, cut before the next material named
    (``material``: the material words) that is no picture."""
    clause = CLAUSE.match(text, at).group()
    other = next((m for m in material.finditer(clause)
                  if not re.fullmatch(rf"照片|图片|截图|影像资料|{PHOTO_KIND}", m.group())), None)
    return clause[: other.start()] if other else clause
