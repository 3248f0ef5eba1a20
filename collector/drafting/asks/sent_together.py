"""A material sent with another one already asked (`…承诺书…仅报送盖章扫描件，与第一轮检查记录表一并报送`):

- the one it goes with may be named by its round (第一轮 / 第二批 / 首次 …) and the name the rounds share: the requirement
  of that round, the n-th asking that name (`the_one_named`);
- sent 一并 (in one package) by the very units that send that one, it is a part of that requirement, no requirement of
  its own (`joined_as_a_part`); 同时 / 同步, or other units, leave it a requirement of its own."""

from __future__ import annotations

import re

from collector.numerals import cn_int

from .extra_parts import with_ids_apart
from ..requirements import DraftRequirement

# 第一轮检查记录表, 第二批申报表, 首次统计表: a round's ordinal before the name the rounds share
ROUND = re.compile(r"^(?:第(?P<n>[一二三四五六七八九十\d]{1,3})(?:轮|批|次|期|阶段)|(?P<first>首次|首轮|首批))的?(?P<name>.{2,})$")
# …，与第一轮检查记录表一并报送: sent in one package with it
TOGETHER = re.compile(r"与(?P<what>[^，,。；;]{2,20}?)一并(?:报送|发送|上报|提交|报)")


def the_one_named(what: str, found: list[DraftRequirement]) -> DraftRequirement | None:
    """The requirement ``what`` names: by its title or a long hint, else by a round's ordinal and the shared name."""
    other = next((r for r in found if what in r.title or r.title in what
                  or any(h in what for h in r.hints if len(h) >= 4)), None)
    if other is not None or not (m := ROUND.match(what)):
        return other
    n = 1 if m.group("first") else cn_int(m.group("n"))
    asking = [r for r in found if m.group("name") in r.title or r.title in m.group("name")]
    return asking[n - 1] if n and 0 < n <= len(asking) else None


def joined_as_a_part(sentence: str, made: DraftRequirement, found: list[DraftRequirement]) -> bool:
    """Add ``made``'s parts to the requirement it is sent 一并 with, when the same units send both; True when joined."""
    m = TOGETHER.search(sentence)
    other = the_one_named(m.group("what"), found) if m else None
    if other is None or other.due != made.due or set(other.units) != set(made.units):
        return False
    other.parts = with_ids_apart([*other.parts, *(p for p in made.parts if p not in other.parts)])
    return True
