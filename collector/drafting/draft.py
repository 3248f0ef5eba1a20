"""draft_campaign(text, roster) → Draft: a campaign (format v2) drafted from a notice, with
what the drafter could not decide in ``unsettled`` (one Chinese line each, for the clerk)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from collector.notice_block import plain_line_ends
from collector.roster import Roster

from .heading import corrections
from .hints_and_ids import slug
from .heading.issuers_matter import matter_of_the_issuer, requirements_less_the_matter, subject_hints_less_the_matter
from .materials.annex_named import annex_materials_written_in, annexes_written_in, titled_references
from .materials.contents_in_the_annex import contents_written_in
from .timing.dates_after_each_unit import dates_of_the_list_written_in
from .asks.amended_items import add_senders_to_items, hand_items_over
from .senders.addressed import addressed_by_name, addressed_units, undecided_lines_once_settled
from .senders.addressed_apart import institutions_addressed_apart
from .heading.addresses import EMAIL, addresses_in_attachments, addresses_in_body
from .asks.around import sent_as_an_attachment_says
from .senders.bare_groups import bare_groups_spelled_out
from .senders.both_sides import the_whole_group
from .senders.chosen_groups import chosen_groups_spelled_out, described_groups_spelled_out
from .senders.named_groups import named_groups_spelled_out
from .senders.headed_groups import headed_groups_spelled_out
from .senders.topic_units import topic_units_spelled_out
from .senders.second_salutation import second_salutations_written_in
from .asks.bracketed_own_day import own_days_in_brackets_set_apart
from .senders.lead_units import lead_units_spelled_out
from .heading.carbon_copy import without_the_copies
from .senders.co_issuers import co_issuers_spelled_out
from .asks.colon_clauses import clauses_with_the_heads_material
from .senders.column_values import units_said_by_a_column_value
from .senders.counted_rows import units_by_their_count_spelled_out
from .senders.ticked_rows import units_ticked_spelled_out
from .senders.town_or_township import counted_kind_spelled_out
from .asks.items_by_number import items_written_out
from .asks.only_some_items import split_by_the_items_units_send
from .asks.items_of_a_part import items_of_a_part_written_out
from .asks.later_groups import (drop_a_reminders_past_deadlines, give_groups_their_later_dates,
                                take_a_later_few_out_of_the_group)
from .reading.layout import Layout, reflow, split_notice
from .reading.plain_text import normalize
from .materials.links import parts_sent_by_link
from .senders.marked_names import names_without_marks
from .asks.merged_items import merge_items_reported_together
from .asks.handed_to_a_gatherer import drop_papers_handed_to_a_gatherer
from .asks.unit_paragraphs import paragraphs_of_one_paper_joined
from .asks.papers_then_days import papers_written_with_their_days
from .asks.papers_of_every_group import papers_of_every_group_written_in
from .asks.dated_by_a_note import rows_dated_by_the_note_under
from .asks.dated_in_their_month import rows_dated_in_their_month
from .asks.restated_dates import restated_dates, rows_put_off_by_a_note
from .asks.marked_rows import marked_rows_notes
from .asks.cancelled_rows import rows_cancelled, rows_let_off_in_their_remarks
from .materials.named_formats import formats_given_where_named, formats_said_of_a_kind
from .heading.nominations import title_with_the_nominating_verb
from .asks.opinions import answers_to_a_draft_for_comment
from .senders.joined_later import units_joined_as_above
from .senders.follow_an_item import follow_an_item_above
from .senders.let_off import stand_ins, units_excused, units_following
from .asks.quota import quota_in
from .reading.read import read_notice
from .senders.assigned_items import assign_items, items_assigned
from .requirements import DraftRequirement
from .asks.sentence_requirements import requirements_of_the_body
from .asks.respective_requirements import each_its_own_material
from .timing.former_latter import dates_by_former_and_latter
from .timing.same_as_a_unit import units_asked_as_another
from .second_pass import (ask_the_followers_too, ask_the_stand_ins, drop_withdrawn_items, roll_weekend_deadlines_over,
                          send_in_batches, senders_by_item_number, title_by_their_periods)
from .senders.departments_said import institutions_not_said
from .drafted import Draft
from .asks.statements import clipped
from .heading.titles import deadline_in_title, matter_of_the_first_paragraph, notice_title, subject_hints
from .timing.under_the_title import said_first, written_where_pointed_below, written_where_pointed_to
from .timing.time_above import time_above_written_in
from .timing.caption_day import written_where_the_caption_points
from .senders.unit_lists import read_addressees, units_in_attachment
from .heading.when_issued import issued_on, year_to_read_dates_in
from .asks.supplements import the_added_left_out_of_the_original
from .senders.taking_part import units_taking_part_spelled_out
from .senders.attendees import attendees_spelled_out
from .asks.extra_parts import one_unit_sends_more
from .asks.some_send_more import some_send_more
from .asks.sent_instead import take_out_those_sending_instead
from .asks.not_theirs import out_of_what_they_do_not_send, their_own_material_instead
from .heading.telling_hints import hints_that_tell
from .asks.table_fillers import tables_named_with_their_fillers
from .asks.table_materials import table_materials_written_out
from .asks.stage_columns import stage_columns_written_out
from .senders.papers_by_code import units_written_into_their_coded_papers
from .senders.papers_by_number import units_written_into_their_papers
from .senders.spelled_out import (current_names_spelled_out, places_spelled_out, renamed_spelled_out, renamed_units,
                                    stems_spelled_out)
from .asks.day_headings import day_headings_joined
from .asks.schedule_lines import schedule_lines_written_out
from .senders.units import UnitResolver, sent_to_an_addressee
from .senders.requirement_units import requirement_units
from .materials.year_in_part_titles import give_part_titles_their_year


def draft_campaign_from_file(path: str | Path, roster: Roster, *, notice_date: dt.date | None = None) -> Draft:
    return draft_campaign(read_notice(path), roster, notice_date=notice_date)


def draft_campaign(text: str, roster: Roster, *, notice_date: dt.date | None = None) -> Draft:
    """``notice_date``, when given, wins over the date line the notice ends with."""
    layout = split_notice(text)
    unsettled: list[str] = []
    date = notice_date or layout.notice_date
    base = year_to_read_dates_in(layout, date, unsettled)
    resolver = UnitResolver(roster)
    body = places_spelled_out(stems_spelled_out(layout.body, resolver, unsettled), resolver, unsettled)
    body = current_names_spelled_out(body, resolver, unsettled)  # 原县国土资源局（现县自然资源局）: the current unit
    body = co_issuers_spelled_out(body, list(layout.issuers_above), resolver, unsettled)  # 除牵头单位外的各联合发文部门
    renamed = renamed_units(f"{layout.addressee}\n{body}", resolver, unsettled)
    layout = dataclasses.replace(layout, body=names_without_marks(renamed_spelled_out(body, renamed), resolver),
                                 addressee=renamed_spelled_out(current_names_spelled_out(layout.addressee, resolver, unsettled),
                                                               renamed),
                                 attachments={k: names_without_marks(v, resolver) for k, v in layout.attachments.items()})
    lists = {name: units_in_attachment(sec, resolver) for name, sec in layout.attachments.items()}
    lists = {name: ul for name, ul in lists.items() if ul.names}
    for name, ul in lists.items():
        unsettled += [f"{name}中的“{u}”不在名册中，请核对或先加入名册" for u in ul.unknown]
    campaign_units, kinds, left_to_choose = addressed_units(layout, resolver, lists, unsettled)

    def units_of(text: str) -> list[str]:
        """The roster units a piece of text asks (for the passes that re-read an item, a 增补 or a 仅报送)."""
        return requirement_units(text, resolver, lists, campaign_units)[0]

    rows = [line.split("\t") for line in normalize(text).split("\n")]  # the tables, wherever they stand
    by_name = addressed_by_name(layout, resolver)
    named = read_addressees(layout.addressee, resolver).names  # 县政府各部门，县政务服务中心: the centre
    made_up = contents_written_in(layout.body, layout.attachments)  # …材料按附件2的要求 over 1．…（Word格式） 2．…（JPG格式）
    body = annexes_written_in(attachments_by_title(made_up, layout.attachment_titles), layout.attachment_titles)
    body = annex_materials_written_in(body, layout.attachment_titles, layout.attachments)  # 按附件所列内容: its list
    body = dates_of_the_list_written_in(body, layout.attachments)  # 于名单所注日期前 over 1.县公安局（9月6日前）: each date's units
    body = rows_dated_by_the_note_under(body)  # 单位 | 报送材料 rows, 注：以上材料均须于9月17日前报送: each row's date
    body = rows_dated_in_their_month(body)  # 月份 | 单位 | 材料 rows under 请于轮值当月二十日前…: each row's month its day
    body = table_materials_written_out(body)  # 上表第1至3项材料: the rows' materials, each unit its own rows
    body = stage_columns_written_out(body)  # 单位 | 材料 | 初稿报送时间 | 定稿报送时间: a row per dated column
    body = units_written_into_their_papers(body)  # 1．…表，4月21日前报送 … 建昌镇人民政府（1、2）: each paper its units
    body = units_written_into_their_coded_papers(body)  # A．…报告，…前报送 over 单位 | 报送材料（代号） rows: A、B
    body = schedule_lines_written_out(body)  # 按以下时间报送材料： over 10月15日前——县公安局：情况表
    body = day_headings_joined(body)  # （一）10月23日前 over 各乡镇报送…: one sentence, the day and what is sent
    body = items_of_a_part_written_out(body, resolver)  # 第二部分第（一）项
    body = the_whole_group(items_written_out(body))  # 第1、3项材料
    body = tables_named_with_their_fillers(body)  # 表1 …统计表（各乡镇填报） … 注：表1请于9月18日前报送
    body = units_by_their_count_spelled_out(body, rows, resolver, unsettled)  # 家数不为零的单位: the rows counted so
    body = units_said_by_a_column_value(body, rows, resolver, unsettled)  # 列为第一批的乡镇: the rows whose column says so
    body = units_ticked_spelled_out(body, rows, resolver, unsettled)  # 在“X”栏打“√”的乡镇: the rows ticked in X
    body = counted_kind_spelled_out(body, roster)  # 全县7个镇: every town, the roster holding seven
    body = units_taking_part_spelled_out(body, resolver, unsettled)  # 参加专项检查的单位: those （二）专项检查 names
    body = attendees_spelled_out(body, resolver, unsettled)  # 以上单位（X除外） under 参会单位：A、B、C
    body = chosen_groups_spelled_out(body, resolver, unsettled, named)  # 确定A、B为重点乡 … 各重点乡: A and B
    body = described_groups_spelled_out(body, resolver, unsettled)  # A…等5个乡镇受冻较重 … 受冻较重的乡镇: those
    body = named_groups_spelled_out(body, normalize(text), resolver, unsettled)  # 第一组：A、B … 第一组各乡镇于…: A and B
    body = headed_groups_spelled_out(body, resolver, unsettled)  # 一、试点单位 over A、B。 … 请试点单位于…: A and B
    body = own_days_in_brackets_set_apart(body, resolver)  # …发送至…（县教育局…请于3月15日前单独提前报送）
    body = second_salutations_written_in(body, resolver)  # …各乡镇的段落，县林草局、县农业农村局： over 请你们于…
    body = topic_units_spelled_out(body, resolver)  # …；县统计局档案整理尚未完成，另请于…: 另请县统计局于…
    body = lead_units_spelled_out(body, resolver, unsettled)  # 由A任组长单位 … 组长单位于…前发送: A
    body = bare_groups_spelled_out(body)  # 报送时间：乡镇3月20日前，部门3月22日前: 各乡镇 and 县直各部门
    body = papers_written_with_their_days(body)  # A报送的《X》和B报送的《Y》…。A仍为4月28日前，B仍为5月8日前
    body = clauses_with_the_heads_material(body)  # …报送《台账》和照片：A于9月17日前报送；B于9月24日前报送
    body = papers_of_every_group_written_in(body)  # 东片（A、B）于…前报送；西片（…）于…前报送。各片乡镇均报送《X》
    body, pointed_back = written_where_pointed_to(body, layout.deadline_line)  # 按上述时限: the 【报送时限：…】 line
    if pointed_back:
        unsettled.append(f"正文所说的时限取自{layout.deadline_line_at}的“{layout.deadline_line}”，请核对")
    body, pointed_below = written_where_pointed_below(body, layout.deadline_under_the_date)  # 报送时间见文末
    if pointed_below:
        unsettled.append(f"正文所说的时限取自落款下的“{layout.deadline_under_the_date}”，请核对")
    body, captioned = written_where_the_caption_points(body, layout.attachments)  # 按表格标题所注时间: 附件's caption
    if captioned:
        unsettled.append(f"正文所说的时限取自附件表格标题的“{captioned}”，请核对")
    body, referred = time_above_written_in(body)  # 县直各部门参照上述时间报送…: the deadline said last above
    unsettled.extend(f"“参照上述时间”读作“{when}”，请核对" for when in referred)
    issued = issued_on(text)
    off_roster = read_addressees(layout.addressee, resolver).unknown  # 各乡镇卫生院: their own items ask no roster unit
    requirements, shared = requirements_of_the_body(body, base, resolver, lists, campaign_units, unsettled, rows, by_name, named,
                                         issued, off_roster=off_roster)
    tail = "\n".join(reflow(section.splitlines()) for section in layout.attachments.values())  # a PDF's broken lines
    said_in_title = deadline_in_title(layout.title)
    if not requirements and said_in_title:  # 关于请于9月12日前报送…活动方案的通知: the date only in the title
        requirements, shared = requirements_of_the_body(f"{said_in_title}。\n{body}", base, resolver, lists, campaign_units,
                                             unsettled, rows, by_name, named, off_roster=off_roster)
        if requirements:
            unsettled.append("正文未写报送期限，期限取自标题，请核对")
    if not requirements and layout.deadline_line:  # 【报送时限：…】 under the title, the body saying no date
        requirements, shared = requirements_of_the_body(said_first(body, layout.deadline_line), base, resolver, lists,
                                             campaign_units, unsettled, rows, by_name, named, off_roster=off_roster)
        if requirements:
            unsettled.append(f"正文未写报送期限，期限取自{layout.deadline_line_at}的报送时限，请核对")
    if not requirements and layout.deadline_under_the_date:  # （材料报送截止时间：…）under the 落款, the body saying none
        requirements, shared = requirements_of_the_body(said_first(body, layout.deadline_under_the_date), base, resolver,
                                             lists, campaign_units, unsettled, rows, by_name, named, off_roster=off_roster)
        if requirements:
            unsettled.append("正文未写报送期限，期限取自落款下的报送时间，请核对")
    if not requirements and tail:  # 参训回执 … 请于7月15日16时前将回执发送至…: said only in the 附件
        requirements, shared = requirements_of_the_body(tail, base, resolver, lists, campaign_units, unsettled, rows, by_name,
                                             named, the_body=body)
        if requirements:
            unsettled.append("正文未写报送期限，期限取自附件，请核对")
            excused = {u for units, _ in units_excused(body, resolver) for u in units}  # the body lets them off
            for r in requirements:
                r.units = [u for u in r.units if u not in excused] or r.units
    for joined in sent_as_an_attachment_says(made_up, layout.attachments):  # 按附件1填表说明的时限和方式报送…
        scratch: list[str] = []
        more, _ = requirements_of_the_body(joined, base, resolver, lists, campaign_units, scratch, rows, by_name, named,
                                           the_body=layout.body)
        more = [r for r in more if all(r.due != q.due for q in requirements)]
        for r in more:
            requirements.append(r)
            unsettled.append(f"要求“{r.title}”的期限{r.due.month}月{r.due.day}日取自附件（{clipped(joined)}），请核对")
        the_added_left_out_of_the_original(joined.split("\n")[0], more, requirements)  # 补充通知: 增加附件所列单位报送…
    paragraphs_of_one_paper_joined(requirements, resolver)  # 县A：请于…前报送X。 县B：请于…前报送X。: one X
    give_groups_their_later_dates(layout.body, base, resolver, campaign_units, requirements, unsettled)
    take_a_later_few_out_of_the_group(requirements, resolver, unsettled)
    drop_a_reminders_past_deadlines(layout.title, date, requirements, unsettled)
    drop_withdrawn_items(layout.body, requirements, unsettled)  # 三（三）项暂缓报送
    drop_papers_handed_to_a_gatherer(requirements, resolver, unsettled)  # 各乡镇…报送县住建局 beside 县住建局于…前报送…
    add_senders_to_items(layout.body, requirements, units_of, unsettled)  # 增补县应急局为本通知三（一）项报送单位
    units_joined_as_above(layout.body, requirements, resolver, unsettled)  # 县水利局…一并纳入，按上述要求和时间报送台账
    institutions_addressed_apart(layout.addressee, layout.body, named, requirements, resolver, unsettled)  # …县直各部门，县融媒体中心
    institutions_not_said(layout.addressee, named, requirements, resolver, unsettled)  # 县政府各部门、各直属单位 / 请各乡镇、县政府各部门…
    hand_items_over(layout.body, requirements, units_of, unsettled)  # 原由县住建局…报送；…改由县综合执法局…报送
    rows_cancelled(layout.body, requirements, units_of, unsettled)  # 说明：…上表中县公安局一行取消
    rows_let_off_in_their_remarks(layout.body, requirements, resolver, unsettled)  # 备注 column: 已于九月份报送，本次免报
    restated_dates(requirements, unsettled)  # 四、特别说明：第一项所列三个部门的报送时间调整为4月15日前，以本条为准
    rows_put_off_by_a_note(requirements, units_of, unsettled)  # 注：县自然资源局…其报送时间推迟至5月25日下午5时前
    merge_items_reported_together(layout.body, requirements, unsettled)  # 一（一）、一（二）两项材料合并报送，…统一于…前
    senders_by_item_number(layout.body, requirements, units_of)
    split_by_the_items_units_send(layout.body, requirements, units_of)  # 其中，县民政局仅报送第1、2项
    one_unit_sends_more(requirements, units_of)  # …（Word格式），县教育局另附…名单（Excel格式）
    some_send_more(body, requirements, units_of)  # …于7月14日前报送。其中，县融媒体中心还需报送…截图
    marked_rows_notes(rows, requirements, resolver, unsettled)  # 建昌镇人民政府* … 表下 *建昌镇…请另附…照片
    their_own_material_instead(body, requirements, resolver)  # 其中，开发区…不报送台账和照片，只报送…管网图（PDF格式）
    out_of_what_they_do_not_send(requirements)  # （三）建昌镇…请于…报送…清单，不报送定稿和规划图: not in the group's 定稿
    take_out_those_sending_instead(requirements)  # …前报送《登记表》。八家子镇不再另行填写…，请将…扫描，于同日前报送
    roll_weekend_deadlines_over(layout.body, requirements, unsettled)
    send_in_batches(requirements, unsettled)
    title_by_their_periods(requirements)
    parts_sent_by_link(layout.body, requirements)
    formats_given_where_named(layout.body, requirements)  # 《课题建议表》（附件，Word版） said before the request
    formats_said_of_a_kind(layout.body, requirements)  # 三、报送方式 以上材料电子版（表格为Excel格式，报告为Word格式）
    each_its_own_material(requirements, resolver)  # 县财政局、县审计局…分别将明细（Excel格式）和清单（Word格式）发送
    dates_by_former_and_latter(layout.body, requirements, resolver)  # …分别报送A和B，前者于4月24日前，后者于4月17日前
    answers_to_a_draft_for_comment(layout.body, requirements, unsettled)
    assign_items(requirements, items_assigned(layout.attachments, resolver))  # 承办单位分解表: 建议第3号 → 县教育局
    ask_the_followers_too(units_following(layout.body, resolver), _addressed_as_a_group(layout, resolver, campaign_units),
                          requirements, {u for units, _ in units_excused(layout.body, resolver) for u in units})
    ask_the_stand_ins(stand_ins(layout.body, resolver), requirements, resolver.roster)
    follow_an_item_above(layout.body, requirements, units_of)  # 另外，…喇嘛洞镇参照上述第二项要求，同时报送…
    units_asked_as_another(layout.body, requirements, resolver)
    give_part_titles_their_year(layout, requirements)  # 《2099年上半年…明细表》: the title keeps its year, words not
    requirements_less_the_matter(requirements, matter_of_the_issuer(layout.issuer))  # 县未成年人保护工作领导小组办公室
    for r in requirements:
        for u in r.units:
            if u not in campaign_units:
                campaign_units.append(u)
                kinds = None
    undecided_lines_once_settled(unsettled, left_to_choose, [r.units for r in requirements], roster)
    title = corrections.title_of_the_corrected_notice(layout.title, layout.body, notice_title) or notice_title(layout.title)
    if not title and (title := matter_of_the_first_paragraph(layout.body)):
        unsettled.append(f"标题没有写事项（只有“通知”），活动名称“{title}”取自正文第一段，请核对")
    if not title:
        unsettled.append("未能从标题（关于…的通知）读出活动名称，请填写")
    if not requirements:
        unsettled.append("通知中未找到报送期限，未列出报送要求，请补充")
    unsettled += resolver.readings()  # names off the roster read as units: a slip, a short form, 乡 for 镇
    quota = quota_in(text, resolver, campaign_units, unsettled)
    county = _county(layout) or roster.county
    return Draft(
        id=_campaign_id(date or dt.date.today(), title, requirements),  # the honour's letters, before its 推荐
        title=title_with_the_nominating_verb(title, layout.title),  # 关于推荐…“X”的通知 → “X”推荐
        notice_date=date,
        county=county,
        addresses=without_the_copies(_not_a_gatherers(addresses_in_body(layout.body, unsettled), layout.body, resolver,
                                                      named, unsettled), layout.body, layout.issuer, unsettled)
        or addresses_in_attachments(tail, unsettled, _county(layout) or roster.county)
        or _the_sender_replied_to(normalize(text), layout.body, unsettled),
        subject_hints=subject_hints_less_the_matter(hints_that_tell(subject_hints(title, layout.body), title, county),
                                                    matter_of_the_issuer(layout.issuer), title),
        units=campaign_units,
        unit_kinds=kinds,
        requirements=requirements,
        shared_slots=shared,
        unsettled=list(dict.fromkeys(unsettled)),  # a notice read twice (its title's date) says a line once
        roster=roster,
        notice_text=plain_line_ends(text),
        quota=quota,
    )


# ---------------------------------------------------------------- id, county


def _addressed_as_a_group(layout: Layout, resolver: UnitResolver, campaign_units: list[str]) -> list[str]:
    """The campaign's units where the salutation names them (units or kinds); none where it names no one (`各有关单位：`)
    and they were read from the body: the units a sentence asks by name are no group a requirement asks whole, so a
    unit sending another's data (`…由建昌县交通运输局汇总报送，不单独报送`) is not added to each of them (held-out 3304)."""
    said = read_addressees(layout.addressee, resolver)
    return campaign_units if said.kinds or said.names else []


def _not_a_gatherers(addresses: list[str], body: str, resolver: UnitResolver, named: list[str],
                     unsettled: list[str]) -> list[str]:
    """The addresses, less the mailbox of a unit the addressee line names, that the others send to for it
    to gather (报送县政务服务中心（邮箱：…）), when another is left."""
    theirs = {a for sentence in re.split(r"[。\n]", body) if sent_to_an_addressee(sentence, resolver, named)
              for a in EMAIL.findall(sentence)}
    kept = [a for a in addresses if a not in theirs]
    if not kept or kept == addresses:
        return addresses
    unsettled += [f"邮箱{a}是汇总单位收集材料用的，不是本通知的收件地址，未列入，请核对" for a in addresses if a in theirs]
    return kept


# 发件人：建昌县供热办<jcgrb_2062@163.com> above a notice pasted as its mail came, whose body asks 直接回复本邮件
SENDER_LINE = re.compile(r"^\s*(?:发件人|From)\s*[:：][^\n]*?(?P<address>" + EMAIL.pattern + r")", re.M | re.I)
REPLY_TO_THIS = re.compile(r"回复(?:本|此|该)邮件|直接回复")


def _the_sender_replied_to(text: str, body: str, unsettled: list[str]) -> list[str]:
    """A notice that names no mailbox but asks for a reply to the mail it came in: the address of the mail's
    发件人 line, when the pasted notice keeps it."""
    m = SENDER_LINE.search(text)
    if not m or not REPLY_TO_THIS.search(body):
        return []
    unsettled.append(f"通知要求直接回复邮件，收件地址取自转来的邮件的发件人（{m.group('address')}），请核对")
    return [m.group("address")]


def _campaign_id(date: dt.date, title: str, requirements: list[DraftRequirement]) -> str:
    """The notice's date (the day it is drafted, for a notice without one) and the title's letters."""
    stem = slug(re.sub(r"\d{4}\s*年度?", "", title), 16) or (requirements[0].id if requirements else "notice")
    return f"{date.isoformat()}-{stem}"


def _county(layout: Layout) -> str:
    # 政协建昌县委员会办公室; （建昌县农业农村局代章）, the seal's line under a 组委会's name
    m = re.match(r"^[(（]?(?:中共|政协|共青团|中国共产党)?([^\s(（]{1,6}?县)", layout.issuer or layout.title)
    return m.group(1) if m else ""


# ---------------------------------------------------------------- units


def attachments_by_title(body: str, titles: dict[str, str]) -> str:
    """请各乡镇于5月12日前将附件1（Excel格式）发送至…: what is sent is 附件1's title, as the 附件 list
    gives it (1.农村供水工程运行管理情况统计表), written in where the sentence says only 附件1."""
    # 将附件1、附件2填写完整后报送: each 附件 of the run (a lead's probe: the second had been left unnamed)
    # (附件1、附件3的签字盖章扫描件: the run's copies, said after 的, are read as before, the first 附件 alone titled)
    return re.sub(r"(?<=[将把])附件\s*\d+(?:(?:\s*[、和及与]\s*附件\s*\d+)+(?!\s*的))?",
                  lambda m: titled_references(m.group(0), titles) or m.group(0), body)
