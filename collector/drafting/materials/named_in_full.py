"""A material the sending sentence names by its bare noun only (`统计表和照片请于7月31日前发送至…`) is the one the notice
names in full elsewhere (`1.《2098年上半年农村公益电影放映场次统计表》（Excel格式）…；2.放映现场照片3张以上`): the bare noun
refers back to it, so the requirement's title, its hints and its parts carry the full name. Only when the notice names
exactly one such material of that noun: two tables named in full (《A统计表》, 《B统计表》) leave a bare 统计表 as it is, and so
does a noun no other sentence names in full. A name opening with a determiner (`每张照片标明放映村和日期`: how each photo is
labelled) names no material of its own, and only a name the notice gives as a material counts: titled in 《》, with a
bracket of its own after it (`…汇总表（附件，Excel格式）`, `…页面截图（不少于3张）`), or opening a numbered item (`2.放映现场照片…`),
not words of the preamble (`现就做好秋收秋种工作信息报送通知如下`) or of the work (`对初稿内容、数据和图片把关`)."""

from __future__ import annotations

import re

from .. import requirements as req
from ..hints_and_ids import hints_for
from ..reading.item_numbers import CHINESE_ITEM, ITEM
from ..words import bare, part_words

# 每张照片, 各份报告, 上述统计表: a determiner before the noun, no name of a material
DETERMINER = re.compile(r"^(?:每|各|该|此|这|本|其|上述|以上|所有|全部)[张份个件篇幅项条套]?")
JOINER = re.compile(r"[及和与、]")


def a_bare_noun(name: str) -> bool:
    """统计表, 报告, 照片, 花名册: a material's noun alone (or a bare generic name), naming no material of its own."""
    return len(name) >= 2 and (bare(name) or bool(req.MATERIAL.fullmatch(name)))


# 1. / （二） / 2、: the number opening an item
ITEM_NUMBER = re.compile(rf"^\s*(?:{ITEM}|{CHINESE_ITEM})")


def given_as_a_material(name: str, sentence: str) -> bool:
    """The sentence gives ``name`` as a material: in 《》 (a leading year left out of the name), with its own bracket
    after it, or in the first clause of a numbered item."""
    if re.search(r"《[^《》]*" + re.escape(name) + r"》|" + re.escape(name) + r"\s*[(（]", sentence):
        return True
    return any(ITEM_NUMBER.match(item) and name in re.split(r"[，,]", item)[0] for item in re.split(r"[；;。]", sentence))


def full_name_of(noun: str, sentences: list[str]) -> str:
    """The one name the notice gives a material of this noun elsewhere (放映场次统计表 for 统计表); "" when it gives none
    or more than one."""
    full = {n for s in sentences for n in req.material_names(s)
            if n.endswith(noun) and n != noun and not a_bare_noun(n) and not DETERMINER.match(n)
            and given_as_a_material(n, s)}
    return full.pop() if len(full) == 1 else ""


def bare_nouns_named_in_full(found: list[req.DraftRequirement], sentences: list[str]) -> None:
    """Each requirement's bare nouns (its title's, its parts') given the full names the notice gives them (in place):
    the title rebuilt from the full names when it is the bare nouns joined, each part's title and words, the hints."""
    for r in found:
        pieces = [p for p in JOINER.split(r.title) if p]
        named = {p: full for p in dict.fromkeys(pieces + [part["title"] for part in r.parts])
                 if a_bare_noun(p) and (full := full_name_of(p, sentences))}
        if not named:
            continue
        if all(p in named for p in pieces):
            r.title = "及".join(named[p] for p in pieces)
        for part in r.parts:
            if full := named.get(part["title"]):
                part["title"] = full
                if "words" in part:
                    part["words"] = part_words(full)
        r.hints = hints_named_in_full(r.hints, named)


def hints_named_in_full(hints: list[str], named: dict[str, str]) -> list[str]:
    """The hints with each bare noun's (统计表) replaced, in its place, by those of its full name (放映场次统计表…)."""
    bare_ones = set(hints_for(list(named)))
    out: list[str] = []
    for h in hints:
        if h in named:
            out += hints_for([named[h]])
        elif h not in bare_ones:
            out.append(h)
    out += [h for noun, full in named.items() if noun not in hints for h in hints_for([full])]
    return list(dict.fromkeys(out))
