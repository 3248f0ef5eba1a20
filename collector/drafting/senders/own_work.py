"""What a unit says it will do itself (the issuer, mostly: `县自然资源局将组织…抽核`, `县税务局将于4月下旬对自查情况进行核查`):
it is asked nothing there, so a sentence pointing back (上述单位) or asking with no subject of its own (请于…前将整改报告…)
speaks past it to the units asked before it."""

from __future__ import annotations

import re

from .units import UnitResolver, leading_unit_end, names_no_sender

# 县自然资源局将组织…抽核, 县林草局将对…开展督导, 县委社会工作部将适时通报, 县税务局将于4月下旬对…核查, 县民族宗教局将于六月上旬
# 会同有关部门进行抽查: the unit's own step, a time of it (not a 前 deadline) between 将 and the work
ITS_OWN_STEP = (r"\s*(?:将|拟|计划)\s*(?:于[^，,。；;前]{1,12}?)?\s*"
                r"(?:组织|开展|会同|适时|不定期|定期|对|派|进行|抽|统一|择优|通报|督导|检查|实地)")
ITS_OWN_WORK = re.compile(r"(?:局|委|办|中心|政府|部|站|所)" + ITS_OWN_STEP)
ASKED = re.compile(r"请|要求|务必|须|应当?(?:于|在|按|将)")


def at_its_own_work(sentence: str) -> bool:
    """A unit saying what it will do itself, asking nothing of anyone."""
    return bool(ITS_OWN_WORK.search(sentence)) and not ASKED.search(sentence)


def subject_of_the_ask_before_its_own_work(sentences: list[str], dated: list[list], i: int, paragraph: str,
                                           resolver: UnitResolver) -> str:
    """The words opening the dated ask before a unit's own work in the paragraph (``paragraph``: its sentences before
    sentence ``i``), when sentence ``i`` asks with no subject of its own just after that work: `请上述三个单位于3月20日前报送
    …。县税务局将于4月下旬…核查。请于5月22日前将整改报告…` is asked of the three again, not of the 税务局 who checks."""
    before = [s for s in paragraph.split("。") if s.strip()]
    if not before or not at_its_own_work(before[-1]) or i < len(before):
        return ""
    for k in range(i - 1, i - len(before) - 1, -1):
        if at_its_own_work(sentences[k]):
            continue
        opening = sentences[k][:dated[k][0].start] if dated[k] else ""
        return "" if names_no_sender(opening, resolver) else opening
    return ""


# …请于10月30日前将…报送县农业农村局，县农业农村局将于11月中旬组织验收: the unit sent to says what it does next
SENDING = re.compile(r"报送|上报|报至|报县|发送|提交|反馈|报给")


def without_its_own_work_after(segment: str, when: str, resolver: UnitResolver) -> str:
    """A deadline's words less the clauses after its sending that open with a unit saying what it will do itself
    (`…报送县农业农村局，县农业农村局将于11月中旬组织验收`: the unit it is sent to, and who acts next, is asked nothing):
    that unit is no sender, and the units asked are those the ask says (你乡镇 / 你单位: the addressees). The clause of the
    date itself (``when``: `材料报送后，县文旅局将于4月21日至4月29日组织抽样复核`) stays, for what is said of that date."""
    pieces = re.split(r"(?<=[，,；;])", segment)
    kept = [p for k, p in enumerate(pieces)
            if not (k and _a_units_own_step(p, resolver) and when not in p and SENDING.search("".join(pieces[:k])))]
    return segment if len(kept) == len(pieces) else "".join(kept).rstrip("，,；; ")


def _a_units_own_step(clause: str, resolver: UnitResolver) -> bool:
    clause = clause.strip()
    end = leading_unit_end(clause, resolver)
    return bool(end) and bool(re.match(ITS_OWN_STEP, clause[end:])) and not ASKED.search(clause)
