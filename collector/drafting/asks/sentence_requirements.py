"""The requirements a notice's body sets, read sentence by sentence: each deadline of a sending sentence, with the
units it names (or the sections and lists it points to) and the materials of its clause, becomes a requirement;
what a deadline turns out not to be (a meeting, a correction window, work to be done, another body's date) is
said in ``unsettled`` for the clerk."""

from __future__ import annotations

import datetime as dt
import re

from ..heading import corrections
from . import extra_parts, sent_together, table_materials, table_times, unchanged_materials, window_section
from ..materials import material_lists, row_formats
from .. import requirements as req
from ..hints_and_ids import make_distinct, requirement_id
from .above import (
    FRONTED_ANAPHOR,
    SENDS_ABOVE,
    held_before_sending,
    items_led_in_just_above,
    items_of_the_contents,
    listed_items,
    papers_of_the_item_above,
    points_back_at_a_table,
    points_back_at_unit_items,
    senders_of_the_list_above,
    unit_items,
    unit_sections,
    what_the_sentence_above_sends,
    without_count,
    without_subject_line,
)
from ..heading.addresses import SUBMIT
from ..heading.addresses import clause_at as _clause_at
from ..timing.ahead_of import deadlines_ahead_of_a_higher_date
from .already_sent import sent_already_by
from .around import (
    CLOSING_LABEL,
    SENDING_TIME_HEADING,
    STEP_HEADING,
    TIMING,
    at_the_series_hour,
    first_reports,
    item_under_a_timing_heading,
    neighbours,
    rows_are_materials,
    submission_table_header,
    the_series_said_before,
    the_series_sent_first,
    units_before_papers,
    what_was_asked_of,
)
from ..timing.changes_table import rows_of_a_changes_table
from .named_and_the_rest import named_and_the_rest
from .group_clauses import clauses_of_groups_just_above, sends_the_group_clauses
from .numbered_cells import paired_by_number
from .clause_subjects import senders_of_each_clause
from .table_lead_in import papers_the_line_above_sends, sending_line_above_the_table
from .contents_section import (
    body_labelled_in_the_item,
    materials_of_the_contents_section,
    same_paper_of_another_item,
    section_the_closing_date_names,
    units_labelled_in_the_item,
)
from ..timing.counted_from_above import (
    counted_from_those_above,
    without_the_material_counted_from,
)
from ..timing.dates import Deadline
from ..timing.deadlines import (
    deadlines_counted_from,
    find_deadlines,
    replaced_dates,
    timed_after,
)
from ..timing.events import AFTER_DEADLINE_RE, event_dates
from ..reading.glued_rows import (
    glued_rows_are_papers,
    the_header,
    the_row_alone,
    units_of_glued_rows,
)
from ..timing.hour_for_all import timed_for_all
from ..timing.hour_moved import hours_moved_on_the_day
from .item_formats import items_led_in_above
from .items_of_their_senders import items_of_their_senders
from ..timing.kept_in_force import (
    material_kept_in_force,
    the_zone_named,
    without_what_is_sent_by_another_date,
)
from ..senders.gathers_the_let_off import without_a_gathered_let_off_after
from ..senders.let_off import (
    excused_from,
    names_only_units_let_off,
    units_excused,
    without_a_let_off_after,
    without_a_let_off_before,
)
from ..timing.listed_dates import hour_of_the_last_date
from ..senders.marked_columns import rows_marked_as_owing
from ..senders.marked_names import units_marked_in_the_table
from ..timing.named_days import holiday_spans
from ..materials import either_form
from ..materials.named_in_full import bare_nouns_named_in_full
from .narrowed_clause import units_narrowed_to
from .not_a_requirement import not_a_requirement
from .not_mailed import (
    kept_unchanged,
    quotes_its_earlier_ask,
    give_windows,
    superseded_across_sentences,
)
from ..senders.own_work import without_its_own_work_after
from ..senders.off_roster_bodies import body_over_its_table, off_roster_bodies_opening
from ..senders.off_roster_groups import off_roster_groups_opening
from ..timing.office_hours import close_mornings_by_office_hours
from .one_requirement import (
    ANAPHOR,
    requirement_of_the_deadline,
    requirements_of_the_sections,
)
from ..timing.next_day import (
    deadlines_on_the_day_after,
    deadlines_on_the_day_after_whose,
    deadlines_on_the_day_before_named,
    without_whose_deadline_it_follows,
)
from ..timing.overdue_hour import timed_by_a_bracketed_late_rule, timed_by_the_late_clause
from ..timing.own_days import deadlines_of_own_days
from ..timing.period_ends import period_ends
from .postponed_materials import material_of_the_date_put_off, paper_whose_date_is_moved
from ..requirements import DraftRequirement
from .row_shares import in_formats_apart, rows_of_two_kinds, shares_of_one_report
from ..timing.same_as_a_unit import deadlines_same_as_a_units
from ..timing.same_day import sent_at_the_same_time
from .same_material import only_narrows_the_sentence_before, sent_outright_above, the_materials_said_before
from ..timing.same_time import deadlines_as_a_numbered_item, deadlines_at_the_same_time, without_whose_day_it_is
from ..reading.schedule_rows import work_of_a_glued_schedule_row, work_of_a_schedule_row
from .sending_columns import dated_by_a_sending_column
from .sent_alongside import another_unit_sends_too, sent_with_another
from ..materials.sent_object import object_sent
from .sentence_senders import senders_around_the_sentence, senders_in_the_tables, units_of_the_table_said
from .in_turn import a_day_shared_in_turn
from .statements import (
    clipped,
    paired,
    respective_subjects,
    segments,
    sentences_of,
    subjects_between,
)
from .their_own_date import clause_opening_the_next, dates_given_to_items, dates_of_the_items
from ..senders.role_listed import units_of_the_role_listed
from ..senders.units import UnitList, UnitResolver, named_units, names_no_one, names_no_sender, off_roster_subject
from ..senders.requirement_units import groups_let_off, let_off_the_group_said, requirement_units, units_excepted
from ..timing.whichever_first import capped_by_a_latest_date, whichever_comes_first
from ..timing.work_periods import a_period_of_work

# 于清明节前 / 于某月某日下班前 in a sending sentence where no date could be read: a deadline left out
# (the whole number before 时 / 日 is quoted: `每日17时前`, not `7时前`)
UNREAD_DEADLINE = re.compile(r"(?:下班|节|底|末|旬|[\d一二三四五六七八九十两零廿初正腊冬]+[时点日号天])\s*(?:之前|以前|前)")

# 报送时间不变，仍为3月20日前; 开发区仍按原通知要求于3月13日前报送; …名单仍于原定的3月17日上午10时前报送 (the earlier
# notice's date kept in force)
STILL = re.compile(r"仍(?:然)?(?:(?:须|需|要|应)?(?:按照?[^，,。；;于在]{1,10}?(?:要求|规定|安排|时限))?(?:于|在|按)"
                   r"(?:原定|原来|原)?的?|为|是)\s*$")

# 报送材料包括《城市更新项目储备清单》、项目简要说明及现状照片: what every submission holds
# 报送材料包括…, 年度报告由以下三项材料组成：1.…；2.…: the sentence that lists what is sent
MATERIALS_LISTED = re.compile(r"(?:报送|上报)?(?:材料|内容)(?:包括|包含|为|有)|由(?:以下|下列)?[一二两三四五六七八九十\d]*(?:项|份|个)?(?:材料|部分)组成")


def papers_of_its_own(segment: str) -> list[str]:
    """The papers a row or clause names itself; a count of the papers listed elsewhere (`年度报告三项材料`, `两项材料`)
    names none."""
    return [n for n in req.material_names(segment) if not req.ITEMS_COUNTED.search(n)]


def requirements_of_the_body(body: str, date: dt.date | None, resolver: UnitResolver, lists: dict[str, UnitList],
                  campaign_units: list[str], unsettled: list[str], rows: list[list[str]], addressees: list[str] = (),
                  named_in_salutation: list[str] = (), issued: dt.date | None = None, off_roster: list[str] = (),
                  the_body: str = ""):
    """the_body: the notice's body when `body` is its annex drafted alone (what it asks of the annex's rows)."""
    found: list[DraftRequirement] = []
    shared: list[dict] = []
    sentences, earlier = sentences_of(body)
    asks = sentences + the_body.splitlines()  # 增加附件所列单位报送相关名册: the rows asked as one (row_shares)
    excused = units_excused(body, resolver)  # 各直属机构…不需报送自评报告
    zones = [u for u in campaign_units if getattr(resolver.roster.get(u), "kind", "") == "zone"]
    excepted = units_excepted(body, resolver)  # 请各乡镇和除县公安局以外的县直各部门…
    events = event_dates(body, date)  # 会议召开前一日: the meeting's day
    events = period_ends(body, date) | events  # 公示期为5月8日至5月14日 … 公示期结束后3个工作日内
    events |= holiday_spans(body, date)  # 国庆节假期为10月1日至10月7日 … 国庆节后第一个工作日
    if issued:
        events["印发"] = issued  # 自本通知印发之日起10日内: the 版记's 2094年5月7日印发, when it gives one
    dated = [find_deadlines(s, date, events) or deadlines_of_own_days(s, sentences, date, resolver) for s in sentences]
    # 在自查报告报送截止之日起10日内, 于上述乡镇材料报送截止之日后5个工作日内: read again, knowing them
    if counted := counted_from_those_above(sentences, dated) | deadlines_counted_from(sentences, dated):
        events |= counted
        dated = [find_deadlines(s, date, events) if AFTER_DEADLINE_RE.search(s) else ds for s, ds in zip(sentences, dated)]
    # 4月10日至4月21日。请各单位在此期间将…发送至…: the span's end
    window_section.windows_pointed_back_at(sentences, dated, lambda words: find_deadlines(words, date, events))
    dated_by_a_sending_column(sentences, dated, date)  # 报送单位 | 报送时段: 各乡镇 | 11月12日至11月16日，每日8:30—17:00
    timed_after(sentences, dated)  # 于7月18日…报送。当日下午5时30分截止
    hours_moved_on_the_day(sentences, dated)  # 仍为7月12日，但截止时间由…当日下班前提前至当日中午12时前
    timed_for_all(sentences, dated)  # …8月5日前、9月5日前、10月8日前报送，截止时间均为当日17时
    hour_of_the_last_date(sentences, dated)  # 分别于5月12日、5月19日下午5时前: the hour of each
    timed_by_the_late_clause(sentences, dated)  # …于5月20日前发送…。…5月20日17时后到达的视为逾期
    timed_by_a_bracketed_late_rule(sentences, dated)  # 6月18日前（…17:00以后发送的视为逾期）
    sent_at_the_same_time(sentences, dated)  # …于3月18日前报送自查报告。其中，县教育局须同时报送《统计表》
    window_section.window_given_to_the_next_section(sentences, dated, resolver)  # 一、报送时间 6月14日至18日 二、报送材料 各乡镇报送…
    deadlines_at_the_same_time(sentences, dated)  # …截止时间：2344-09-15 18:00:00。…并于同一时间前将…发送
    deadlines_as_a_numbered_item(sentences, dated)  # 二、…于3月16日上午11时前报送…。三、…，报送时间同第二条
    deadlines_on_the_day_after_whose(sentences, dated)  # 一、各乡镇于8月15日前…。二、…于各乡镇报送截止的次日上午10时前…
    deadlines_on_the_day_after(sentences, dated)  # 一、…于10月10日前报送…。二、各乡镇…于次日上午10时前报送…
    deadlines_on_the_day_before_named(sentences, dated)  # …于6月18日前报送…。其中，县卫健局须于当日上午10时前报送
    deadlines_same_as_a_units(sentences, dated, resolver)  # …报送至县营养办邮箱，报送时限同县市场局
    whichever_comes_first(sentences, dated)  # 活动结束后3日内或7月25日前（以先到者为准）
    capped_by_a_latest_date(sentences, dated)  # 活动结束后5个工作日内报送，最迟不晚于7月15日
    close_mornings_by_office_hours(body, dated)  # 上午下班前, the hours on the contact line
    deadlines_ahead_of_a_higher_date(sentences, dated)  # 较市普查办规定时限提前3个工作日
    for d in (d for ds in dated for d in ds):  # 要求…于8月14日前报送 beside 由原定的8月14日延期至…
        if d.due and not d.moved and d.due.date() in replaced_dates(body, date):
            d.superseded = True
    superseded_across_sentences(sentences, dated)
    let_off = groups_let_off([s for s, ds in zip(sentences, dated) if not ds], resolver)  # 各乡镇（A、B除外）要组织…
    firsts = first_reports(sentences, dated)
    held = {k for i, s in enumerate(sentences) if dated[i] and SENDS_ABOVE.search(s)
            for section in unit_sections(sentences, dated, i, resolver) for k in section.at}
    listed = next((s for s in sentences if MATERIALS_LISTED.search(s) and req.material_names(s)), "") \
        or table_times.sent_by_the_tables_times(sentences) \
        or table_times.sent_above_its_schedule(sentences, dated)  # 按所属批次时限，将…发送; …一并报送 above 批次 | 单位 | 时间
    listed = listed or papers_the_line_above_sends(sentences, dated)  # 按下表分工，将…（Excel格式）…发送至 above 单位 | 采集内容 | 时限
    by_row_due: dict[dt.datetime, DraftRequirement] = {}
    labelled: list[DraftRequirement] = []  # requirements of items whose own line labels their sender
    restated = rows_of_a_changes_table(sentences)
    windows: dict[str, list[dt.datetime]] = {"late_until": [], "corrections_until": []}
    given_to_items: list[Deadline] = []  # 其中，X的材料…于…前报送: dates some items of a list by unit took

    def units_of(text: str) -> list[str]:
        return requirement_units(text, resolver, lists, campaign_units)[0]

    for i, (sentence, deadlines) in enumerate(zip(sentences, dated)):
        if not deadlines:
            if SUBMIT.search(sentence) and (unread := UNREAD_DEADLINE.search(sentence)):
                unsettled.append(f"“{clipped(sentence)}”写了期限“{unread.group()}”，但未能读出日期，"
                                 f"未列为报送要求，请补充")
            continue
        if i in restated:  # 事项 | 原时限 | 调整后时限: the body's changes set out again
            unsettled.append(f"“{clipped(sentence)}”是调整前后期限的对照表，期限已按正文读出，未另列为报送要求，请核对")
            continue
        # 二、报送时间。2024年12月20日前。: the heading before says what the date is for;
        # 二、征集时间：即日起至9月30日。 with 三、报送方式：…发送至… beside it: the same
        label = sentences[i - 1] if i > 0 and len(sentences[i - 1]) <= 12 and SUBMIT.search(sentences[i - 1]) else ""
        # …, or on a line of its own under that heading (二、征集时间 / 即日起至9月20日18时止)
        timing = (TIMING.match(sentence) and not a_period_of_work(sentence)) \
            or (i > 0 and SENDING_TIME_HEADING.match(sentences[i - 1]))
        if timing and any(SUBMIT.search(neighbours(sentences, dated, i, k)) for k in (-1, 1)):
            label = sentence
        label = label or submission_table_header(sentences, i) or sending_line_above_the_table(sentences, i) \
            or (sentence if CLOSING_LABEL.match(sentence) else "")  # 请…按下表报送材料： above 单位 | 材料 | 时限
        # …三项材料一并发送至…。报送时间见下表。 above 序号 | 单位 | 截止时间: that sentence says what the rows' dates are for
        label = label or (listed if listed and table_times.a_row_it_dates(sentences, i, listed) else "")
        under_timing = item_under_a_timing_heading(sentences, dated, i)
        label = label or (sentence if under_timing else "")
        # （一）梳理申报（8月13日前）: a step's heading, its date in brackets; the sentence after it sends
        if STEP_HEADING.match(sentence) and i + 1 < len(sentences) and SUBMIT.search(sentences[i + 1]) \
                and not dated[i + 1]:
            label = sentences[i + 1]
        glued = units_of_glued_rows(sentence, deadlines, resolver)  # 县工信局 通信管线 11月8日前 县水利局 … 11月13日前 (a PDF's table)
        label = label or (the_header(sentence, deadlines, resolver) if glued else "")  # 报送单位 报送时限
        by_number = paired_by_number(sentence, paired(sentence, segments(sentence, deadlines)))  # 1.…表；2.…说明 | 1.9月6日前
        by_group = respective_subjects(sentence, by_number,
                                       lambda text: requirement_units(text, resolver, lists, campaign_units)[0])
        pairs = subjects_between(sentence, by_group)
        given_in_turn = by_group != by_number  # A、B、C依次于5月6日、5月13日、5月13日前: B and C share one requirement
        made: dict[int, DraftRequirement] = {}  # the requirement of each clause of the sentence
        # …，各乡镇于A前报送，县直各部门于B前报送; 第一批为A镇，于…前报送；第二批为B镇，于…前报送
        # 请下表所列乡镇…，于A前…；请县水利局于B前…: the table's units the first clause's own (units_of_the_table_said)
        clause_senders = senders_of_each_clause(
            sentence, [d for d, _, _ in pairs],
            lambda words: units_of_the_table_said(words, sentences, i, rows, resolver) or units_of(words),
            lambda words: not names_no_one(words, resolver))
        for k, (deadline, segment, who) in enumerate(pairs):
            if any(deadline is d for d in given_to_items):
                continue  # 其中，县民政局的材料…于5月10日前报送: its item's date, drafted with the items
            segment = the_zone_named(segment, zones)  # 开发区仍按原通知要求…: the notice's one zone
            # 请附件1所列责任单位于4月10日前…，6月12日16时前…: a later deadline keeps the sentence's subject (发送至上述邮箱 names none;
            # …发送至同一邮箱；石佛乡本次无需报送 names units only to let them off)
            if k and (names_no_sender(who + segment, resolver) or names_only_units_let_off(who + segment, resolver)) \
                    and not off_roster_subject(segment.lstrip("，,；;。 "), resolver):
                who = sentence[:pairs[0][0].start] + who
            said_again = the_materials_said_before(  # …报送…总结，县直各部门于6月20日前报送: the same materials
                pairs, k, sentences[i - 1] if i and any(d.due for d in dated[i - 1])
                and only_narrows_the_sentence_before(sentence, sentence[:pairs[0][0].start]) else "")
            segment += said_again
            segment = the_row_alone(sentence, deadlines, deadline, resolver) if glued else segment
            segment = work_of_a_glued_schedule_row(sentence, deadline) or segment  # 阶段 时间 工作内容, a PDF's rows glued
            segment = work_of_a_schedule_row(sentences, i, deadline) or segment  # 材料报送 | 8月19日前 | 乡镇报送…表
            if i in held and held_before_sending(sentence, deadline):
                continue  # 各乡镇要在4月18日前组织…培训，并报送…: sent by the 上述材料's date below
            still = STILL.search(sentence[:deadline.start]) or corrections.restated_as_kept(sentence[:deadline.start]) \
                or kept_unchanged(sentence, deadline)  # 原通知其他内容不变，请各乡镇仍于5月15日前报送; …前报送，时间不变
            if deadline.superseded or (quotes_its_earlier_ask(sentence[:deadline.start]) and not deadline.moved and not still) \
                    or sent_already_by(sentence, deadline):  # 于9月2日前已报送的…不再重复报送
                unsettled.append(f"期限“{deadline.text}”是此前通知所定的（{clipped(sentence)}），未列为报送要求，请核对")
                continue
            if deadline.replaced_at is not None and not req.material_names(segment):
                segment = _clause_at(sentence, deadline.replaced_at) + "," + segment  # 原…报送的报告，现调整为…
                if not req.material_names(segment) and (paper := paper_whose_date_is_moved(sentence, deadline.replaced_at)):
                    segment = paper + "," + segment  # …摸底表（Excel格式）的截止时间，由原定的…延长至…
            # （三）县民政局无需报送材料；县妇联于3月31日前报送…: the let-off before is no part of the body's ask
            segment, who = without_a_let_off_before(segment, resolver), without_a_let_off_before(who, resolver)
            segment = without_whose_day_it_is(segment)  # …，与各乡镇同日报送: 各乡镇 not its senders
            segment = without_whose_deadline_it_follows(segment)  # 于各乡镇报送截止的次日…前: 各乡镇 not its senders
            segment = without_its_own_work_after(segment, deadline.text, resolver)  # …报送县农业农村局，县农业农村局将于…验收
            if not named_units(who + segment, resolver) \
                    and (body := off_roster_subject(sentence, resolver) or off_roster_subject(segment, resolver)
                         or off_roster_groups_opening(segment, off_roster)  # 各乡镇卫生院、各定点零售药店对照…
                         or off_roster_bodies_opening(sentence, resolver)  # 县人民法院、县人民检察院参照本通知要求…
                         or body_over_its_table(sentences, i, resolver)  # 三、建昌县城乡环卫有限公司 over its table
                         or body_labelled_in_the_item(sentences, dated, i, resolver)):  # 被审计单位：…有限公司
                unsettled.append(f"期限“{deadline.text}”是名册外单位“{body}”的（{clipped(segment)}），未列为报送要求，请核对")
                continue
            series = pairs if any(d.recurring for d, _, _ in pairs) else the_series_said_before(sentences, dated, i)
            segment = the_series_sent_first(deadline, segment, series, firsts)  # …每月25日前报送…台账，首次报送时间为5月25日
            at_the_series_hour(deadline, series, firsts)  # 每周五17时前…，首次报送时间为3月13日: 3月13日17时
            if not_a_requirement(sentence, deadline, deadlines, segment, label, sentences, i, firsts, resolver,
                                 named_in_salutation, unsettled, windows):
                continue
            context = (neighbours(sentences, dated, i, -1), neighbours(sentences, dated, i, 1))
            if listed and not papers_of_its_own(segment) and table_times.a_row_it_dates(sentences, i, listed):
                context = ("", "")  # 约稿单位 | 交稿时间 rows under 请约稿单位按上表时间报送稿件: what that sentence sends
                # 药王庙镇 | 年度报告三项材料 | 1月20日…: a cell counting the papers listed above names none of its own
                segment = "\t".join(cell for cell in segment.split("\t") if not req.ITEMS_COUNTED.search(cell))
            facts: list[str] = []  # 1．收储情况；2．…统计表: items naming the facts of a matter, no material word
            if (SENDS_ABOVE.search(segment) or points_back_at_a_table(sentences, i)
                    or (not k and (points_back_at_unit_items(sentences, dated, i, resolver)
                                   or sends_the_group_clauses(sentences, dated, i, resolver)
                                   or named_and_the_rest(sentences, dated, i, resolver, campaign_units)))) \
                    and (not object_sent(segment) or ANAPHOR.fullmatch(object_sent(segment))):
                if sections := (unit_sections(sentences, dated, i, resolver) or unit_items(sentences, dated, i, resolver)
                                or named_and_the_rest(sentences, dated, i, resolver, campaign_units)
                                or clauses_of_groups_just_above(sentences, dated, i, resolver)):
                    # …；其中，县民政局的材料…请于5月10日下午5时前报送: that item by its own date
                    items = dates_of_the_items(deadline, sections, [(d, s) for d, s, _ in pairs[k + 1:]]
                                               + clause_opening_the_next(sentences, dated, i), units_of)
                    for due, section in items:
                        made_of = requirements_of_the_sections(due, [section], resolver, lists, campaign_units, found,
                                                               shared, unsettled)
                        for r in made_of:  # （一）各乡镇党委：…。魏家岭乡…，本次不报送: the section's units less those let off
                            left_out = excused_from(excused, section.who + section.text)
                            r.units = [u for u in r.units if u not in left_out] or r.units
                        found += made_of
                    given_to_items += dates_given_to_items(items, deadline)
                    continue
                if items := listed_items(sentences, dated, i):  # the items' own heads, not a sentence after them
                    segment = without_count(without_subject_line(segment)) + "," + "、".join(item.text for item in items)
                    facts = [f for item in items for f in material_lists.facts_listed(item.text, req.MATERIAL)]
                    context = ("", context[1])
                    if not named_units(who + segment, resolver):  # …报送以下材料： led the list in
                        who += senders_of_the_list_above(sentences, dated, i, resolver)
            elif SUBMIT.search(segment) and not object_sent(segment) \
                    and ((not req.material_names(segment)
                          and (items := items_of_the_contents(sentences, dated, i)  # 请于…前发送至…: what 一、报送内容 lists
                               or items_led_in_just_above(sentences, dated, i)
                               or items_led_in_above(sentences, dated, i)  # 第1项为Excel格式 between them
                               or materials_of_the_contents_section(sentences, dated, i, context[0])))  # …填写《…》；撰写《…》
                         # …报送以下三项材料：1.…；2.…；3.…。上述材料请于…前打包发送: every item led in, not the two just above
                         or (FRONTED_ANAPHOR.match(segment) and (items := items_led_in_just_above(sentences, dated, i)
                                                                  # 以上材料请于…: the papers before it in its item
                                                                  or papers_of_the_item_above(sentences, dated, i)))):
                items = items_of_their_senders(  # 各乡镇、开发区于3月18日前报送；县发改局…于3月25日前报送: each its own item
                    items, who + segment, lambda text: requirement_units(text, resolver, lists, campaign_units)[0],
                    lambda text: names_no_one(text, resolver))
                segment = without_subject_line(segment) + "," + "、".join(item.text for item in items)
                # 1.村庄清洁行动开展情况；2.上半年工作总结。以上材料请于…报送: the facts an item names are a paper too
                facts = [f for item in items for f in material_lists.facts_listed(item.text, req.MATERIAL)]
                context = ("", context[1])
            section, named = section_the_closing_date_names(sentences, i)
            if section and named in segment:  # 推荐材料的截止日期为… under 二、推荐材料。各乡镇填写…: that section's papers
                segment = section + "，" + re.sub(re.escape(named) + "的?", "", segment, count=1)
                context = ("", context[1])
            who = senders_around_the_sentence(sentences, dated, i, who, segment, under_timing, earlier, resolver)
            if not req.material_names(segment) and (asked := what_was_asked_of(segment, sentences[:i])):
                segment = f"{segment}，{asked}"  # 县教育局限3月27日前报送: what 一（二）县教育局：…填写《…名单》 asks
            if kept := material_kept_in_force(segment, sentences[:i]) or material_of_the_date_put_off(segment, sentences[:i]):
                segment = f"{segment}，{kept}"  # 开发区仍按原通知要求于3月13日前报送: the material whose date the sentence before moved
            elif not req.material_names(context[0]) and (same := what_the_sentence_above_sends(segment, sentences[:i])
                                                         or sent_outright_above(segment, sentences[:i])):
                segment = f"{segment}，{same}"  # 县财政局…请提前于…前报送上述材料: what item 二 above sends by its own date
            who = senders_in_the_tables(sentences, i, who, segment, rows, resolver, campaign_units, addressees,
                                        named_in_salutation)
            who = units_of_the_role_listed(who + segment, sentences, lists) + who  # 项目实施单位名单见附件1
            row = ("\t" in sentence or glued) and deadline.due and by_row_due.get(deadline.due)
            segment = without_the_material_counted_from(segment, deadline)  # 于上述乡镇材料报送截止之日后5个工作日内
            segment = without_a_let_off_after(segment, resolver)  # …（Word格式）；县应急局负责…，本次不报送材料
            segment = without_a_gathered_let_off_after(segment, resolver)  # …；…中心的材料由县统计局汇总，不单独报送
            segment = without_what_is_sent_by_another_date(segment)  # …，年度统计表仍按第（一）项时间报送
            if each := row_formats.formats_paired_in_the_row(sentences, i):
                segment = segment.replace(*each, 1)  # 县应急局 | …检查情况、…报告扫描件 | Word、PDF: a format each
            elif not req.material_names(segment) and (cell := table_materials.material_of_the_row(sentences, i, req.MATERIAL)):
                segment, facts = segment.replace(cell[0], cell[1], 1), [cell[0]]  # 县林草局 | 使用林地审核情况 | Word
            r = requirement_of_the_deadline(deadline, segment, who, context, earlier[i], resolver, lists, campaign_units,
                                            [] if row else found, shared, [] if row else unsettled, listed, facts)
            if r and glued:
                r.units = list(deadline.units)  # a glued row of a PDF's table: its own units, before rows merge
            # 喇嘛洞镇 | 石灰窑排查表 and 汤神庙镇 | 石灰窑排查表, one day: each unit's share of one paper (row_shares)
            same_kind = units_before_papers(sentences, i) and r and row \
                and shares_of_one_report(row, r, resolver, asks) \
                and not in_formats_apart(row.parts, r.parts)
            papers = rows_are_materials(sentences, i, resolver) or (glued and glued_rows_are_papers(sentence, deadlines, resolver))
            shares = not papers and not (r and row and rows_of_two_kinds(row.units, r.units, row.parts, r.parts, resolver,
                                                                         row.said or row.description, sentence,
                                                                         (row, r), asks))
            if r and row and (r.title == row.title or same_kind or shares):
                row.units += [u for u in r.units if u not in row.units]  # 序号 | 报送单位 | 报送内容 | 5月15日前:
                continue  # the rows of one deadline are one requirement, unless each row is a material of its own
            if r and row:  # built apart from the others (its rows may yet merge): its own id among them
                r.id = requirement_id(r.title, {q.id for q in found})
            if r and ("\t" in sentence or glued):
                by_row_due[deadline.due] = r
            if r and deadline.units:
                r.units = list(deadline.units)  # a row of the schedule: its own units
            if r and (marked := rows_marked_as_owing(who + segment, rows, resolver)
                      or units_marked_in_the_table(who + segment, rows, resolver)):  # 标注★的乡镇
                r.units = marked  # 其中附件中标注需报送整治方案的乡镇: the rows marked 是 in that column
            if r:
                asked = who + segment + ("" if req.material_names(segment) else context[0])  # what the sentence before asks
                left_out = excused_from(excused, asked) | {u for u in excepted if u not in who + segment}
                left_out |= let_off_the_group_said(who + segment, let_off)
                kept = [u for u in r.units if u not in left_out]
                if r.units and not kept:
                    unsettled.append(f"要求“{r.title}”的单位都被通知说成不需报送，未选单位，请核对")
                r.units = kept
                if k in clause_senders:
                    r.units = [u for u in r.units if u in clause_senders[k]] or r.units
                if said_again and k - 1 in made and [p["title"] for p in r.parts] == [p["title"] for p in made[k - 1].parts]:
                    r.title = made[k - 1].title  # the same paper, said again: one title (和 / 及 as first written)
                if k - 1 in made and (narrowed := units_narrowed_to(pairs[k][1], made[k - 1].units, units_of)):
                    r.units = narrowed  # …，其中县卫健局须于当日上午10时前报送: those units alone, by their own date
                if r.units and set(units_labelled_in_the_item(sentences, dated, i, resolver)) == set(r.units):
                    # 交办单一 / 被审计单位：县教育局 / 报送材料：整改报告 / 报送时限：6月12日…, 交办单二 the same for 县卫健局: as
                    # rows of one day, each unit's share of one paper (row_shares)
                    if share := same_paper_of_another_item(r, labelled):
                        share.units += [u for u in r.units if u not in share.units]
                        continue
                    labelled.append(r)
                if given_in_turn and (share := a_day_shared_in_turn(r, made)):
                    share.units += [u for u in r.units if u not in share.units]
                    continue
                made[k] = r
                found.append(r)
    for i, sentence in enumerate(sentences):  # …汇总表，与办理情况报告同步报送: the other's deadline
        r = sent_with_another(sentence, dated[i], found, (neighbours(sentences, dated, i, -1), ""), earlier[i],
                              resolver, lists, campaign_units, shared, unsettled)
        if r and not sent_together.joined_as_a_part(sentence, r, found):  # …，与第一轮检查记录表一并报送: its part
            found.append(r)
            extra_parts.an_extra_sent_with_the_groups(r, found)  # X另需报送…，与统计表同时报送: X on its own
        if r := another_unit_sends_too(sentence, dated[i], found, earlier[i], resolver, lists, campaign_units, shared,
                                       unsettled):
            found.append(r)
    for field, dues in windows.items():  # 逾期…补报, 发现有误…更正: dates kept on every requirement
        give_windows(found, dues, field)
    unchanged_materials.materials_of_the_item_before(found)  # 二、各乡报送时间更正为9月6日前，报送材料不变
    unchanged_materials.no_bare_part_said_unchanged(found)  # …统计表…的时间延至9月19日，报送材料和要求不变
    bare_nouns_named_in_full(found, sentences)  # 统计表和照片请于…发送: the 《…场次统计表》 and 放映现场照片 named above
    either_form.scans_taken_too(found, sentences)  # 汇总表报送Excel电子版或…PDF扫描件均可: one table, either form
    distinct = make_distinct([r.hints for r in found], [r.title for r in found])
    for r, hints in zip(found, distinct):
        r.hints = hints
        if not hints:
            unsettled.append(f"要求“{r.title}”没有与其他要求不同的关键词（hints），请补充")
    return found, shared
