"""A let-off written in a bracket after a group: `各乡镇（牤牛营子乡、石佛乡无设施大棚，无需报送）` in a table's unit cell
(held-out 2253). The bracket is a note on the group: the units it names are let off, the group outside it still sends.
A bracket in a sentence that sends a paper (`请上述单位（牤牛营子乡积案已全部化解，无需报送）于七月八日前将整改报告…`, held-out
3267) lets them off that paper only, not the notice's other papers."""

from __future__ import annotations

import re

from ..requirements import material_names

# （牤牛营子乡、石佛乡无设施大棚，无需报送）: a bracket whose words hold a let-off verb
BRACKET = re.compile(r"[(（](?P<note>[^()（）]{4,60})[)）]")


def the_bracket_letting_off(sentence: str, let_off: re.Pattern) -> str:
    """The words of the bracket in ``sentence`` that hold the let-off (``let_off``) when the let-off stands only inside
    a bracket; else the sentence itself, read whole."""
    for bracket in BRACKET.finditer(sentence):
        if let_off.search(bracket.group("note")):
            outside = sentence[: bracket.start()] + sentence[bracket.end():]
            return sentence if let_off.search(outside) else bracket.group("note")
    return sentence


def the_paper_outside_the_bracket(sentence: str, note: str) -> str:
    """The first paper ``sentence`` names outside its bracket ``note`` (the let-off the_bracket_letting_off read): the
    paper the bracket's units are let off; "" when the note is the sentence or the words around it name no paper."""
    if note == sentence:
        return ""
    outside = sentence.replace(note, "")
    return next(iter(material_names(outside)), "")
