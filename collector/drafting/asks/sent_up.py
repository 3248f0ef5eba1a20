"""The collecting office's own step up: a deadline by which one office (the issuer, or the one unit that gathers what
the others send) reports upward, to the city, the province, the county's government or party committee. Nothing comes
to the mailbox by that date, so it is no requirement of the units.

Three shapes of it: a sentence (`县安委办汇总后于7月3日前报市安委办`, `三、5月10日前，县市场局将汇总…报县政府`), a table
row of that office under the units' rows (`县招商中心 | 汇总形成调度报告报县政府 | 8月29日前`), and either of them of a
roster unit whose name does not end as an office's does (`县供销社汇总后，于7月10日前…报市供销合作社`, 团县委, …联).
All three ask the same question of who acts: `said_after_one_office`."""

from __future__ import annotations

import re

from ..heading.addresses import before_the_date
from ..timing.dates import Deadline
from .not_mailed import OWN_NAME
from ..reading.schedule_rows import work_of_a_glued_schedule_row
from ..senders.units import LIST_MARK, UnitResolver, leading_unit_and_end

# 县安委办汇总后于7月3日前报市安委办, 县营商局要对各单位报送的意见建议逐条研究，7月中旬前形成分析报告
# 报县政府: the collecting office's own report upward (to the city, the province, the county's
# government or party committee), not the units'
# 报送市售碘盐抽检结果报告: 市 opening a word of its own (市售, 市场, 市面 …) is no city body sent to (held-out 2283); not 民:
# 报市民政局 is the city's bureau
NOT_THE_CITY = r"(?!售|场|面|值|价|容|貌)"
UPWARD = re.compile(r"(?:报|报送|上报|呈报)(?:至|到|给)?(?:市" + NOT_THE_CITY + r"|省|县政府(?!办)|县人民政府(?!办)|县委(?!办))")
# 三、我院对各乡镇需求审核汇总后，于4月10日前转报市中级人民法院: the issuer by the word it calls itself (我院, 本校, 我站),
# whatever its name ends in, is one office too (held-out 3332)
ONE_COUNTY_OFFICE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])?\s*(?:由)?"
                               r"(?:(?:县(?!直|政府各)|我|本)?[^\s各、和及,，]{0,10}?(?:办|局|委|室|中心|会)|" + OWN_NAME + r")"
                               r"(?![各、和及与])")
RESULTS = re.compile(r"(?:成果|结果|数据|汇总表|汇总情况)\s*(?:于|在)?\s*$")
TO_CITY_OR_PROVINCE = re.compile(r"^[^，,。；;]{0,6}?(?:报|报送|上报|呈报)(?:至|到|给)?(?:市|省)")
COUNTIES = re.compile(r"各(?:县[(（][市区、]+[)）]|县区|区县|县市区)")
WHAT_UNITS_SENT = re.compile(r"汇总|各[\u4e00-\u9fa5]{0,4}报送的|收集的")
ITSELF_AFTER_THE_DATE = re.compile(r"[\s\t]*(?:由)?[我本](?:局|办|委|部|中心|站|所|院|队|组|会)")
# 12月10日前	上报市文明办: a schedule row whose work is only the report up, no one named to make it
ONLY_SENT_UP = re.compile(r"[\s\t]*(?:上报|报送|呈报|报)(?:至|到|给)?(?:市|省)[^，,。；;、和及与]{1,12}\s*$")


# 三、7月上旬，县中小企业服务中心将会同县科技局…核查，7月20日前将…报市工信局: a clause with no subject of its own goes on
# with the sentence's, one county office (or 我局) opening it with 将 / 拟 / 会同 after an optional time phrase
OFFICE_GOING_ON = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])?\s*(?:[^，,。；;]{0,10}[，,])?\s*(?:由)?"
                             r"(?:县(?!直|政府各)[^\s各、和及与,，]{0,12}?(?:办公室|办|局|委员会|委|部|室|中心|站|所|队|院|组)|"
                             + OWN_NAME + r")\s*(?:还将|届时将|将|拟|计划|会同)")


# 三、5月10日前，县市场局将汇总…报县政府: a clause that is only its date (and an item number), the subject after it one
# county office (or 我局) that will act (将 / 拟), not 请 / 各 units
NUMBER_ONLY = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])?\s*")
OFFICE_AFTER_THE_DATE = re.compile(r"\s*[，,]\s*(?:由)?(?:县(?!直|政府各)[^\s各、和及与,，]{0,12}?"
                                   r"(?:办公室|办|局|委员会|委|部|室|中心|站|所|队|院|组)|" + OWN_NAME + r")"
                                   r"\s*(?:还将|届时将|将|拟|计划)")


def _work_of_the_row(sentence: str, deadline: Deadline) -> str:
    """What follows a date opening its row (12月10日前\t上报市文明办), or its work cell in a PDF's glued schedule."""
    if not sentence[: deadline.start].strip():
        return sentence[deadline.end:]
    return work_of_a_glued_schedule_row(sentence, deadline)


def onward(sentence: str, deadline: Deadline, resolver: UnitResolver) -> bool:
    """A deadline sent upward after it, in a sentence whose subject is one county office (or
    its 汇总 of what the units sent), not the units (各乡镇…, 请…)."""
    if not UPWARD.search(sentence[deadline.end: deadline.end + 30].split("；")[0]):
        return False
    before = before_the_date(sentence, deadline)
    if COUNTIES.search(before):
        return True  # 各县（市、区）须于6月23日前…报送市安委办: the city's deadline to the county itself
    if ITSELF_AFTER_THE_DATE.match(sentence[deadline.end:]):
        return True  # 成果汇交	9月底前	我队汇总全县成果报市林草局: a schedule's row names the office after its date
    if ONLY_SENT_UP.match(_work_of_the_row(sentence, deadline)):
        return True  # 12月10日前	上报市文明办: the row names no sender, so it is the collecting office's own report
    if re.search(r"各|请", before):
        return False
    opening = sentence[: deadline.start]
    if NUMBER_ONLY.fullmatch(before) and OFFICE_AFTER_THE_DATE.match(sentence[deadline.end:]):
        return True  # 三、5月10日前，县市场局将汇总检查情况报县政府: the office named after the date, its own step up
    if not before.strip() and OFFICE_GOING_ON.match(opening):
        return True  # 县…中心将会同…核查，7月20日前将推荐名单报市工信局: the office's own next step
    if re.search(r"(?:将|拟)(?:于|在)?\s*$", before) and not re.search(r"县|乡|镇|局|委|办", before):
        return True  # 监测结果将于6月底前报市疾控中心: what the office will do with the results, no unit named
    if RESULTS.search(before) and not re.search(r"县|乡|镇|局|委|办|单位|部门", before) \
            and TO_CITY_OR_PROVINCE.search(sentence[deadline.end: deadline.end + 30]):
        return True  # 数据成果于1月15日前上报省自然资源厅: the county's results, sent up by the office
    return ("汇总" in before or said_after_one_office(before, resolver) is not None
            or (said_after_one_office(opening, resolver) is not None and bool(WHAT_UNITS_SENT.search(opening))
                and "请" not in opening))


def said_after_one_office(text: str, resolver: UnitResolver) -> str | None:
    """What ``text`` says after the one office opening it: a county office by its name's ending (县市场局, 我局, 由县…
    中心), or a roster unit by its name or alias (县供销社, 团县委). None when no office opens it, or a list of units does
    (县供销社、县商务局…: no one unit's own step)."""
    if m := ONE_COUNTY_OFFICE.match(text):
        return text[m.end():]
    opening = re.sub(r"^\s*由", "", LIST_MARK.sub("", text)).lstrip()
    unit, end = leading_unit_and_end(opening, resolver)
    if not unit or re.match(r"\s*[、和及与]", opening[end:]):
        return None
    return opening[end:]


SUMMED_UP = re.compile(r"汇总|汇集|综合形成|整理形成")


def a_row_summed_up_and_sent_up(sentence: str, deadline: Deadline, resolver: UnitResolver) -> bool:
    """Whether ``sentence`` is a table row of one office (its first named cell) whose cells before ``deadline``
    sum up and send upward (县招商中心 | 汇总形成调度报告报县政府); a row's date ends it, so ``onward``, which reads
    the words after the date, does not see it."""
    if "\t" not in sentence:
        return False
    cells = [c.strip() for c in sentence[: deadline.start].split("\t")]
    named = [c for c in cells if c and not re.fullmatch(r"\d{1,3}", c)]
    if len(named) < 2 or not (ONE_COUNTY_OFFICE.fullmatch(named[0]) or said_after_one_office(named[0], resolver) == ""):
        return False
    work = "，".join(named[1:])
    return bool(SUMMED_UP.search(work)) and bool(UPWARD.search(work))


def sent_up_by_the_office(sentence: str, deadline: Deadline, resolver: UnitResolver) -> bool:
    """Whether ``deadline`` is the office's own step up, said in a sentence or a table row."""
    return onward(sentence, deadline, resolver) or a_row_summed_up_and_sent_up(sentence, deadline, resolver)
