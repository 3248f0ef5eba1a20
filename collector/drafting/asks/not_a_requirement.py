"""What a deadline in a sending sentence turns out not to be: a wish beside the real date, work to be done, a
stage of the work, an activity's day, paper or a system instead of mail, the office's own work, a late-filing or
correction window, … Each is said in ``unsettled`` for the clerk and made no requirement."""

from __future__ import annotations

import datetime as dt
import re

from ..materials import mail_body
from . import sending_columns
from ..heading.addresses import SUBMIT
from ..heading.addresses import clause_at as _clause_at
from .around import (
    first_report_before,
    only_wished,
    provided_and_sent_below,
    sent_by_the_closing_clause,
    statement_at,
    statement_of_its_own,
)
from .county_level import owed_by_the_county
from .dated_in_its_bracket import sent_by_the_sentence
from ..timing.counted_from_above import without_the_deadline_counted_from
from ..timing.dates import Deadline
from .details_to_follow import a_paper_to_follow, details_to_follow, later_returns_to_follow
from .fed_back import fed_back_to_the_units, passed_down_to_the_units
from .not_theirs import without_papers_said_not_sent
from .not_mailed import (
    MAILED_TOO,
    a_plan_for_the_product,
    a_correction_window,
    a_day_not_before,
    a_day_nothing_is_sent_for,
    dates_said_to_send_nothing,
    a_late_filing_window,
    a_resend_if_changed,
    activity_days,
    activity_planned_over,
    an_extension_request,
    entered_or_carried_not_mailed,
    office_itself,
    on_paper,
    opening_of_a_window,
    sent_elsewhere,
    sent_without_mail,
    things_handed_back,
    without_a_late_warning,
    without_lead_in,
    work_to_be_done_by,
)
from .meeting_agenda import put_before_a_meeting
from .online_sign_up import online_sign_up_closes
from .others_duty import a_duty_of_others
from ..requirements import TZ, material_names
from .sent_up import sent_up_by_the_office
from .stage_rows import a_stage_of_the_work
from .statements import clipped
from ..senders.units import (
    UnitResolver,
    sent_to_an_addressee,
)

# 于5月22日前填报《村级事务公开情况统计表》: a titled form filled in by the date is the form sent (in no system named)
FORM_FILLED_IN = re.compile(r"填报《[^《》]{2,40}(?:表|单|册|台账|清单)》")
IN_A_SYSTEM = re.compile(r"系统|平台|网上|在线|线上|小程序|网站|APP|App|app")


# 并于十一月十三日前补报实践基地介绍视频（MP4格式）: a paper sent after the first (补报 / 补交 / 补充报送 and what it names);
# 请县乡村振兴局于9月4日前另报…清单（Excel格式）: one sent besides it (另报 / 另交 / 另送 / 另附, 另行 / 另外 too)
SENT_LATER = re.compile(r"(?:补报|补交|补送|补充报送|补充提交|补充上报|另(?:行|外)?(?:报|交|送|附)(?![名告道到])|另外?报送)"
                        r"(?P<what>[^，,。；;]{2,40})")
# 无需另报…, 不再另附…, 可不补报…: the paper said not to be sent
NOT_SENT_BEFORE = re.compile(r"(?:无需|无须|不需要?|不必|不用|不再|可不|不)$")


def a_paper_sent_later(segment: str) -> bool:
    """``segment`` asks a material of its own sent later than the first (…前补报…视频) or besides it (…前另报…清单): a
    sending, not a 补报 verb alone (a window for the late, 逾期未报送的…于…前补报, is read as one further on), nor one said
    not to be sent (无需另报…)."""
    return any(material_names(m.group("what")) and not NOT_SENT_BEFORE.search(segment[: m.start()])
               for m in SENT_LATER.finditer(segment))


def a_form_filled_in_for_us(segment: str) -> bool:
    """``segment`` asks a titled form filled in (填报《…表》), nowhere but to the office: the form is what is sent."""
    return bool(FORM_FILLED_IN.search(segment)) and not IN_A_SYSTEM.search(segment)


def not_a_requirement(sentence: str, deadline: Deadline, deadlines: list[Deadline], segment: str, label: str,
                      sentences: list[str], i: int, firsts, resolver: UnitResolver, named_in_salutation,
                      unsettled: list[str], windows: dict[str, list[dt.datetime]]) -> bool:
    """Whether ``deadline`` (of ``segment``, in ``sentences[i]``) sets no requirement; the reason goes to ``unsettled``,
    a late-filing or correction window's date to ``windows``."""
    if only_wished(sentence, deadline, deadlines):
        unsettled.append(f"期限“{deadline.text}”是建议的报送时间，同句另写了截止时间，未另列为报送要求，请核对")
        return True
    if work_to_be_done_by(segment, deadline) or dates_said_to_send_nothing(sentence, deadline, segment):
        unsettled.append(f"期限“{deadline.text}”是完成工作的期限（{clipped(segment)}），不是报送材料，未列为报送要求")
        return True
    if a_stage_of_the_work(sentences, i, deadline):
        unsettled.append(f"“{deadline.text}”是工作阶段表中一个阶段的时间（{clipped(sentence)}），该行任务不报送材料，未列为报送要求")
        return True
    if details_to_follow(sentence, deadline):
        unsettled.append(f"期限“{deadline.text}”的报送要求或表样将另行通知（{clipped(segment)}），暂未列为报送要求，"
                         f"收到后续通知后请补充")
        return True
    if paper := a_paper_to_follow(sentence, deadline):
        unsettled.append(f"“{paper}”的报送要求将另行通知，未列入期限“{deadline.text}”的报送材料，收到后续通知后请补充")
    if later_returns_to_follow(sentence, deadline):
        unsettled.append(f"期限“{deadline.text}”之后各期的报送要求将另行通知（{clipped(segment)}），草稿只列出这一次，"
                         f"收到后续通知后请补充")
    said = without_the_deadline_counted_from(segment, deadline)  # 自自查报告报送截止之日起十日内: the other's 报送
    said = without_a_late_warning(without_lead_in(said))
    sends = SUBMIT.search(without_papers_said_not_sent(said)) or a_form_filled_in_for_us(segment) \
        or a_paper_sent_later(segment) \
        or mail_body.a_mail_written(segment) or sent_by_the_sentence(sentence, deadline)  # …报送：A（Excel格式，4月17日前）；B（Word格式，4月29日前）
    if not sends and not label and not provided_and_sent_below(segment, sentences[:i], sentences[i + 1:]) \
            and not sent_by_the_closing_clause(sentence, deadlines):
        if SUBMIT.search(said):  # …前完成责任人培训，培训情况不需报送: only the paper let off says 报送
            unsettled.append(f"期限“{deadline.text}”是完成工作的期限，通知说其材料不需报送（{clipped(segment)}），未列为报送要求")
        elif re.search(r"前|止", deadline.text):
            unsettled.append(f"期限“{deadline.text}”不是报送材料（{clipped(segment)}），未列为报送要求")
        return True
    if others := a_duty_of_others(sentence, deadline):
        unsettled.append(f"“{deadline.text}”是{others}自己的办理期限（{clipped(segment)}），不是各单位的报送期限，未列为报送要求")
        return True
    if online_sign_up_closes(sentence, deadline):
        unsettled.append(f"“{deadline.text}”是网上报名截止的时间（{clipped(segment)}），没有报送材料，未列为报送要求")
        return True
    if (activity_days(deadline, _clause_at(sentence, deadline.start)) or activity_planned_over(sentence, deadline)) \
            and not sending_columns.under_a_sending_column(sentences, i):
        unsettled.append(f"“{deadline.text}”是活动的日期（{clipped(segment)}），未列为报送要求")
        return True
    if on_paper(segment) or on_paper(statement_of_its_own(sentence, deadline, deadlines)) \
            or (on_paper(_clause_at(sentence, deadline.start)) and not MAILED_TOO.search(segment)):
        unsettled.append(f"期限“{deadline.text}”为纸质材料报送（{clipped(segment)}），未列为邮件报送要求，请核对")
        return True
    if sent_up_by_the_office(sentence, deadline, resolver) or owed_by_the_county(sentence, deadline):
        unsettled.append(f"期限“{deadline.text}”是本级汇总后上报上级的期限（{clipped(segment)}），未列为报送要求，请核对")
        return True
    if a_plan_for_the_product(sentence, deadline):
        unsettled.append(f"“{deadline.text}”是发文单位计划印刷出版的时间（{clipped(segment)}），不是各单位的报送期限，未列为报送要求")
        return True
    if put_before_a_meeting(sentence, deadline):
        unsettled.append(f"“{deadline.text}”是材料拟提交会议研究的时间（{clipped(segment)}），不是各单位的报送期限，未列为报送要求")
        return True
    if office := office_itself(sentence, deadline):
        unsettled.append(f"“{deadline.text}”是{office}自己开展工作的时间（{clipped(segment)}），"
                         f"不是各单位的报送期限，未列为报送要求")
        return True
    if fed_back_to_the_units(sentence, deadline, resolver):
        unsettled.append(f"“{deadline.text}”是发文单位将结果反馈各单位的时间（{clipped(segment)}），"
                         f"不是各单位的报送期限，未列为报送要求")
        return True
    if passed_down_to_the_units(sentence, deadline):
        unsettled.append(f"“{deadline.text}”是其他单位向各单位拨付或下发的时间（{clipped(segment)}），"
                         f"不是各单位的报送期限，未列为报送要求")
        return True
    if gatherer := sent_to_an_addressee(segment, resolver, named_in_salutation):
        unsettled.append(f"期限“{deadline.text}”是报送{gatherer}汇总的（{clipped(segment)}），不是报送本邮箱的，"
                         f"未列为报送要求，请核对")
        return True
    if why := sent_without_mail(segment):
        unsettled.append(f"期限“{deadline.text}”" + why.format(clipped(segment)))
        return True
    if entered_or_carried_not_mailed(statement_at(sentence, deadline.start)):
        unsettled.append(f"期限“{deadline.text}”是系统填报或专门送达的，通知说不通过邮件报送（{clipped(segment)}），"
                         f"未列为报送要求，请核对")
        return True
    if a_day_nothing_is_sent_for(sentence, deadline):
        unsettled.append(f"“{deadline.text}”是现场办理或上门的日期，通知说不需报送（{clipped(sentence)}），未列为报送要求")
        return True
    if a_late_filing_window(sentence, deadline):
        return kept_as_a_window(deadline, segment, "给逾期未报单位的补报期限", "补报截止", "late_until", windows, unsettled)
    if things_handed_back(sentence, segment):
        unsettled.append(f"期限“{deadline.text}”是交回借用物品的期限（{clipped(segment)}），不是报送材料，未列为报送要求")
        return True
    if sent_elsewhere(segment) or (label and not SUBMIT.search(segment) and sent_elsewhere(label)):
        unsettled.append(f"期限“{deadline.text}”的材料不报送本单位（{clipped(label or segment)}），"
                         f"未列为报送要求，请核对")
        return True
    if a_correction_window(sentence, deadline):
        return kept_as_a_window(deadline, segment, "报送后发现有误时更正的期限", "更正截止", "corrections_until", windows,
                                unsettled)
    if a_resend_if_changed(sentence, deadline):
        unsettled.append(f"“{deadline.text}”是有修改时重新报送的期限（{clipped(segment)}），未另列为报送要求")
        return True
    if an_extension_request(sentence):
        unsettled.append(f"“{deadline.text}”是延期申请的期限（{clipped(segment)}），未列为报送要求")
        return True
    if opening_of_a_window(segment) or a_day_not_before(sentence, deadline):
        unsettled.append(f"“{deadline.text}”是开始受理的时间（{clipped(segment)}），不是报送期限，未列为报送要求")
        return True
    first = first_report_before(deadline, segment, firsts)
    if first:
        unsettled.append(f"“{deadline.text}”是首次报送（{first}）之后各期的定期报送，草稿只列出首次；"
                         f"以后各期如需收集，请复制该要求，改id和期限")
        return True
    return False


def kept_as_a_window(deadline: Deadline, segment: str, what: str, named: str, field: str,
                     windows: dict[str, list[dt.datetime]], unsettled: list[str]) -> bool:
    """A late-filing or correction window: no requirement of its own, its date kept for every requirement's ``field``."""
    unsettled.append(f"期限“{deadline.text}”是{what}（{clipped(segment)}），未另列为报送要求，"
                     f"已记为{named}（{field}），请核对")
    windows[field].append(deadline.due.replace(tzinfo=TZ))
    return True
