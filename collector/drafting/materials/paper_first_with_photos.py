"""A clause that opens with the paper it sends, the pictures it brings in that paper's bracket, and only then says by
when it goes: `2.村庄清洁行动开展情况（含照片），7月15日前报送；`, `上半年工作总结（含图片），7月10日前报送`,
`…进展情况（附照片3张）请于…前报送` (a lead's probe). The facts of a matter opening such a clause (…情况) are the paper it
sends, a document of those facts, not the photos alone; as everywhere, a 含 bracket says what that document holds and an
附 bracket sends the pictures beside it.

Not a clause sending the paper by its verb first (`报送本乡镇防火工作开展情况（含巡护照片）`: the account, the photos what it
holds, `one_requirement._facts_beside_the_photos`), nor pictures opening it (`村庄清洁行动照片（含说明）`: the photos), nor
a bracket naming the materials the facts are made of (`开展情况（文字材料及图片）`: those materials, no 含 / 附)."""

from __future__ import annotations

import re

from ..reading.item_numbers import CHINESE_ITEM, ITEM
from ..words import PHOTO_WORDS

# 2.村庄清洁行动开展情况（含照片）, 上半年工作总结（含图片）, …进展情况（含现场照片、视频）, …情况（附照片3张）: the paper opening
# the clause (after its item number, if any), then a bracket of the pictures it includes or brings, then the clause goes on
OPENING_PAPER = re.compile(rf"^\s*(?:{ITEM}|{CHINESE_ITEM})?\s*《?(?P<paper>[^，,。；;:：()（）《》\s将把]{{2,30}}?)》?\s*"
                           r"[(（]\s*(?P<how>含有?|包含|包括|附有?|附带|配有?)\s*(?P<pictures>[^()（）]{1,30}?)\s*[)）]"
                           r"(?=\s*(?:[，,]|请|于|在|\d|每|$))")
# 报送, 上报, 将…: a verb of sending or the object marker inside what opens the clause: no paper named first
VERB_INSIDE = re.compile(r"报送|上报|提交|发送|报来|填报|形成|撰写|制定|编制|请")


def _opening_paper(clause: str) -> re.Match | None:
    """The paper a clause opens with and the bracket of pictures after it, or None."""
    m = OPENING_PAPER.match(clause)
    if not m or VERB_INSIDE.search(m.group("paper")) or PHOTO_WORDS.search(m.group("paper")):
        return None
    return m if PHOTO_WORDS.search(m.group("pictures")) else None


def facts_before_their_pictures(clause: str, names: list[str]) -> str:
    """The facts of a matter (…情况) a clause opens with when the only things it names are the pictures in their bracket
    (`2.村庄清洁行动开展情况（含照片），7月15日前报送`, `…进展情况（含现场照片、视频），请于…前报送`): the paper those facts
    are, sent beside them; "" for any other clause."""
    m = _opening_paper(clause)
    if not m or not m.group("paper").endswith("情况"):
        return ""
    return m.group("paper") if all(n in m.group("pictures") for n in names) else ""

