"""A later clause of a sentence that sends with no object of its own: `请各乡镇于6月15日前报送安全生产月活动总结，县直各部门于
6月20日前报送` — the departments send what the towns send, by their own date. Its words get the clause before's materials,
each with its own bracket, so its parts and title are those."""

from __future__ import annotations

import re

from .. import requirements as req
from .above import SENDS_ABOVE
from ..timing.dates import Deadline
from ..senders.let_off import EXCUSED
from ..materials.sent_object import object_sent

# …县直各部门于6月20日前报送。, …于6月20日前报送至县安委办: the clause ends on its sending verb (and where to), or on a
# clause saying what for (…须于当日上午10时前报送，以便汇总后提交专家评估: why, not what), or on its date closing the
# bracket the clause before opened (…报送至…（各乡镇3月20日前，县直各部门3月22日前）: who and when, nothing more)
POINTING_BACK = re.compile(r"本项|该项|此项|上述|以上|前述")  # 本项材料: a name pointing back, no name to say again
SENDS_NOTHING_NAMED = re.compile(r"(?:(?:报送|上报|提交|发送|报来)(?:至[^，,。；;]{0,20})?"
                                 r"(?:[，,]\s*(?:以便|以供|便于)[^，,。；;]*)?|(?<=[日时点分\d])前\s*[)）])[。；;，,\s]*$")


def the_materials_said_before(pairs: list[tuple[Deadline, str, str]], k: int, sentence_before: str = "") -> str:
    """What the ``k``-th clause sends when it names nothing: the clause before's materials, said again (or ""); for the
    first clause, those of ``sentence_before`` (the dated sentence right before it: `…于6月18日前报送…评估表（Excel格式）。
    其中，县卫健局须于当日上午10时前报送。`), when given."""
    segment = pairs[k][1]
    if not (k or sentence_before) or req.material_names(segment) or object_sent(segment) or re.search(r"[将把]", segment) \
            or not SENDS_NOTHING_NAMED.search(segment):
        return ""  # 县住建局…将农房建设审批备案情况汇总后报送: its own thing, however named
    before = pairs[k - 1][1] if k else sentence_before
    names = [n for n in req.material_names(before) if n not in req.GENERIC and not POINTING_BACK.match(n)]
    if not names:
        return ""
    said = "、".join(name + (f"（{bracket}）" if (bracket := req.own_bracket(before, name)) else "") for name in names)
    return f"，报送{said}"


# 提出意见, 汇总…需求, 统计…情况, 《…审查结果》: a sentence's own work or paper before its date, so it sends its own thing
# (read or not), never the sentence before's
WORK_OF_ITS_OWN = re.compile(r"《|提出|汇总|统计|填写|填报|撰写|形成|整理|梳理|核实|核查|排查|审核|审查|研究|制定|编制|组织|负责|推荐")


def only_narrows_the_sentence_before(sentence: str, opening: str) -> bool:
    """`其中，县卫健局须于…`, `建昌镇、八家子镇作为试点乡镇，须提前至…`: the words before a sentence's date (``opening``) say
    who and when, no work nor paper of their own, and the sentence lets no one off sending."""
    return not WORK_OF_ITS_OWN.search(opening) and not EXCUSED.search(sentence)  # …完成改造，无需报送: no ask at all


# 报送《…情况表》（Excel格式）；…，同时报送…扫描件（PDF格式）: the sending verb, its objects after it
SENDING_VERB = re.compile(r"(?:报送|上报|提交)")


def sent_outright_above(segment: str, before: list[str]) -> str:
    """（二）各乡镇人民政府于十月二十四日前报送上述材料, under （一）县直各部门…于十月十七日前报送《…情况表》（Excel格式）；…同时
    报送…扫描件（PDF格式）: 上述材料 is what the nearest sentence above naming a material sends by its verb with no 将 (its
    objects from the verb on, brackets kept; `above.what_the_sentence_above_sends` reads a 将 object); "" when ``segment``
    names a material of its own, or that sentence has no sending verb before its materials."""
    if not SENDS_ABOVE.search(segment) or any(not POINTING_BACK.match(n) for n in req.material_names(segment)):
        return ""
    for sentence in reversed(before):
        if req.material_names(sentence):
            verb = SENDING_VERB.search(sentence)
            what = sentence[verb.end():] if verb else ""
            return what if req.material_names(what) else ""
    return ""
