"""The decision: one unit clearly wins, or the mail goes to a person with the reasons."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from collector.campaign import Campaign, office_addresses
from collector.model import Match, ParsedMail
from collector.match.acknowledged import only_says_it_received
from collector.match.asks_for_help import asks_to_send_people
from collector.match.assigned import (FIRST_ANSWER_NOTE, answers_another_units_items, corrects_none_of_its_items,
                                      item_hits)
from collector.match.blank_answers import what_is_left_blank
from collector.match.bounced import says_its_bounced_mail_is_sent_again
from collector.match.declined import sends_no_one
from collector.match.elsewhere import a_higher_offices_paper_to_pass_on, addressed_to_a_higher_office
from collector.match.names import SOURCE_LABELS, STRONG, name_index
from collector.match.campaigns import requirements_in, route
from collector.match.correction_window import correction_window_shut
from collector.match.completes_its_unit import names_its_unit_completing
from collector.match.course_for_sale import a_course_for_sale
from collector.match.reports_a_fault import reports_a_fault
from collector.match.requirements import FOR_REFERENCE
from collector.match.requirements import (_inapplicable, asks_a_question, blank_forms, files_in_a_refused_form,
                                          files_of_another_material, not_yet_submitted, notices_sent_back, only_acknowledges, only_photos,
                                          stands_on_an_answer)
from collector.match.passed_on import passes_on_a_misdirected_mail
from collector.match.places import towns_where_its_files_were_made
from collector.match.quota import over_the_quota
from collector.match.renamed import renamed_note, renamed_units, with_former_names
from collector.match.sent_apart import password_only
from collector.match.sends_for import an_office_of, says_it_sends_for
from collector.match.village_sheets import villages_sent_apart
from collector.match.signed import seals_pasted_on_typed_papers, what_the_typed_paper_lacks
from collector.match.supplied import a_correction_or_a_supply
from collector.match.version_words import correction_by_file_names_only
from collector.match.text import simplified_view
from collector.match.words import subject_text
from collector.parsers.classify import RECALL, advert_words, mailing_words, system_sent_words
from collector.parsers.links import openable_shares, shares_awaiting_a_code, shares_from_a_cloud_drive
from collector.parsers.share_codes import AWAITING_CODE_NOTE
from collector.parsers.sniff import disguised_programs, nothing_inside
from collector.match.office_mail import (a_note_to_itself, a_notice_it_sent, a_notice_to_the_office, a_persons_thanks,
                                         a_test_mail, an_answer_written_down, passing_on_the_offices_mail,
                                         posing_as_the_office, the_mail_names_its_unit)
from collector.match.which_unit import (a_file_name_against_the_document, a_subject_left_over, a_template_left_over,
                                        a_typo_of, in_brackets_after, only_who_the_sender_was_against, sent_on_behalf_of,
                                        working_for)
from collector.match.units import (_describe, _score, a_village_writes, gather_hits, on_roster_elsewhere,
                                   senders_own_text, short_name_hits, unknown_units, units_shortened_to)

# 更正, 以此为准, 最终版; 修改后的台账和报告重新报送, （修改后）; 报送更新后的名单, （4月更新）: a new
# version of what was sent
CORRECTION_RE = re.compile(r"更正|以[^，。,；;]{0,8}为准|最终版|最终稿|定稿版|修正版|修订版|重新报送|重新上报|[(（]修改后[)）]"
                           r"|更新后的|[(（](?:\d{1,2}月)?更新版?[)）]")


# 压缩版供预览，请以原片为准 / 扫描件不清的以原件为准 / 附件为空白问卷，请以正文为准: which form of what this mail
# brings counts (a file or its original, the attached form or the body), not a new version of a sent one
THE_ORIGINAL_PREVAILS = re.compile(r"以(?:原(?:片|图|件|视频|文件|始文件|图片)|(?:邮件)?正文(?:内容|所填|答复)?)为准")


CLAUSE_END = re.compile(r"([。；;！!])")


def without_clauses_for_reference(text: str) -> str:
    """另附更新后的排查整改台账（…），供参考: each clause cut up to its last 供参考. Clause by clause, not one regex
    scanning on from every character: that was quadratic, minutes for a long body with no full stop."""
    pieces = []
    for piece in CLAUSE_END.split(text):
        ends = [m.end() for m in FOR_REFERENCE.finditer(piece)]
        pieces.append(piece[ends[-1]:] if ends else piece)
    return "".join(pieces)


def match_mail(
    parsed: ParsedMail,
    campaigns: list[Campaign],
    learned: dict[str, tuple[str, str]] | None = None,
    received_at: dt.datetime | None = None,
    open_requirements: dict[tuple[str, str], set[str]] | None = None,
    scans: dict | None = None,
) -> Match:
    """Place one mail. ``learned``: address -> (campaign_id, unit).
    ``received_at`` (server time) and ``open_requirements`` ((campaign, unit) ->
    ids still incomplete) help choose the requirement when no word names it.
    ``scans``: what prepare_scans found for this mail, if it ran elsewhere."""
    with name_index(campaigns).remembering(scans):
        view = simplified_view(parsed)
        renamed = renamed_units(view, campaigns)  # 我局已更名为县教育和体育局（原县教育局）
        match = _match_mail(with_former_names(view, renamed), campaigns, learned, received_at, open_requirements)
        return dataclasses.replace(match, reason=match.reason + renamed_note(renamed)) if renamed else match


DRAFT_NAME = re.compile(r"初稿|草稿|原稿|修改前|旧版")
REVISED_NAME = re.compile(r"修改稿|修订稿|修改版|修订版|终稿|定稿|修改后|新版")


def _both_versions_sent(parsed) -> bool:
    """A mail carrying a file's draft and its revision together: a forward of the 科员's 初稿 and 修改稿, or 总结.docx
    beside 总结（修改版）.docx, the same name with and without its revision's mark (the first one left in by mistake)."""
    names = [a.filename or "" for a in parsed.attachments]
    if any(DRAFT_NAME.search(n) for n in names) and any(REVISED_NAME.search(n) for n in names):
        return True
    unmarked = {n for n in names if not REVISED_NAME.search(n)}
    return any(_without_revision_mark(n) in unmarked for n in names if REVISED_NAME.search(n))


REVISION_MARK = re.compile(r"[(（【\[]\s*(?:%s)\s*[)）】\]]|[-_ ]?(?:%s)(?=\.\w+$)" % ((REVISED_NAME.pattern,) * 2))


def _without_revision_mark(name: str) -> str:
    """总结（修改版）.docx → 总结.docx, 总结_修订稿.docx → 总结.docx: the name its unrevised version has."""
    return REVISION_MARK.sub("", name, count=1)


def prepare_scans(parsed: ParsedMail, campaigns: list[Campaign]) -> dict:
    """The mail's own part of matching: every text it has scanned for unit names.
    Depends only on the mail and the campaigns, so a parse worker can do it."""
    if not campaigns:
        return {}
    parsed = simplified_view(parsed)
    parsed = with_former_names(parsed, renamed_units(parsed, campaigns))
    with name_index(campaigns).remembering() as scans:
        gather_hits(parsed, campaigns, None)
        unknown_units(parsed, campaigns)
    return scans


def _every_file(found: list[str], parsed: ParsedMail) -> bool:
    """``found`` (blank forms, the notice sent back) is every document and picture the mail carries."""
    return len(found) == sum(a.kind in ("document", "photo") for a in parsed.attachments)


def _after_the_late_window(campaign: Campaign, requirements: list[str], received_at: dt.datetime | None):
    """The requirement whose 补报 window (``late_until``) had closed when the mail came, when every requirement the
    mail answers has closed so: a person decides whether it is taken."""
    chosen = [r for r in campaign.requirements if r.id in requirements]
    if received_at is None or not chosen or not all(r.late_until and received_at > r.late_until for r in chosen):
        return None
    return chosen[0]


def _links_note(parsed: ParsedMail, campaign: Campaign, requirements: list[str], campaigns: list[Campaign]) -> str:
    """The files are not in the mail but behind links that expire unless fetched: counted where the notice lets a
    part come so (``links: true``), not counted otherwise."""
    taken = any(p.links for r in campaign.requirements if r.id in requirements for p in r.parts)
    if taken and (any(a.kind == "link" or a.link_url for a in parsed.attachments)
                  or openable_shares(senders_own_text(parsed, campaigns))):
        return "。部分材料以下载链接报送（通知允许，已计入报送情况），请在链接到期前下载归档"
    if taken and shares_awaiting_a_code(senders_own_text(parsed, campaigns)):
        return AWAITING_CODE_NOTE
    if any(a.kind == "link" for a in parsed.attachments):
        return "。材料在超大附件链接中，未计入报送情况，请在链接到期前下载归档"
    return ""


def hollow_files(parsed: ParsedMail) -> list[str]:
    """Attachments that carry no material: a 0-byte file (an upload cut off), an Office owner file
    (~$台账.xlsx) or a Windows shortcut (….xlsx - 快捷方式.lnk) attached in place of the document."""
    return [a.filename for a in parsed.attachments if nothing_inside(a.filename, a.kind)]


def _unknown_unit(review, unknown: list[str], campaigns: list[Campaign], likely: list[str]) -> Match:
    """A unit name no campaign knows: on the standing roster but in none of the
    campaigns (the notice was not sent to it), or not on the roster at all."""
    for name in unknown:
        unit = on_roster_elsewhere(name, campaigns)
        if unit:
            return review(f"发件单位是{unit}（名册中有），但{unit}不在各项活动的报送单位中，请确认是否应报送或属于其他事项",
                          [unit] + likely)
    return review(f"单位“{unknown[0]}”不在名册中，请确认后加入名册或指定单位",
                  [f"加入名册：{n}" for n in unknown] + likely)


def _match_mail(
    parsed: ParsedMail,
    campaigns: list[Campaign],
    learned: dict[str, tuple[str, str]] | None,
    received_at: dt.datetime | None,
    open_requirements: dict[tuple[str, str], set[str]] | None,
) -> Match:
    if parsed.not_submission and parsed.not_submission != RECALL:  # a recall asks a person to act: below
        kinds = {"auto-reply": "自动回复", "bounce": "退信", "read-receipt": "已读回执", "newsletter": "群发邮件",
                 "system": "邮箱服务商的系统通知"}
        return Match(
            campaign=None, unit=None, requirements=[], state="ignored",
            reason=f"非报送邮件：{kinds.get(parsed.not_submission, parsed.not_submission)}",
            confidence=1.0,
        )
    if programs := disguised_programs(parsed.attachments):  # 说明\u202excod.exe, shown as 说明exe.docx: no submission
        return Match(None, None, [], "ignored", f"疑似恶意邮件：附件{'、'.join(programs)}是伪装成文档的可执行程序（文件名用"
                                                f"从右到左控制符藏起了真实的扩展名），不是报送，请勿打开；其他单位可能也收到了，请提醒", 1.0)
    if not campaigns:
        return Match(None, None, [], "needs_review", "未配置活动（名册）", 0.0)
    own = senders_own_text(parsed, campaigns)
    # …另附更新后的台账，供参考: a file's 更新 or 修订版 beside the words 供参考 is no new version of what was sent
    names = [] if FOR_REFERENCE.search(own) else [a.filename or "" for a in parsed.attachments]
    if _both_versions_sent(parsed):  # 初稿 and 修改稿 in one mail, 以修改稿为准: a choice among its own files
        names, own = [], re.sub(r"以[^，。,；;]{0,8}为准", "", own)
    own = THE_ORIGINAL_PREVAILS.sub("", own)
    words = [parsed.subject or "", without_clauses_for_reference(own)]
    said_in_words = bool(CORRECTION_RE.search(" ".join(words)))  # not only in a file name (终稿, 最终版 - 副本)
    is_correction = bool(CORRECTION_RE.search(" ".join(words + names)))
    offices = office_addresses(campaigns)
    from_office = (parsed.from_addr or "").lower() in offices and not parsed.forwarded
    if posing := posing_as_the_office(parsed.from_addr, offices):
        return Match(None, None, [], "ignored", f"疑似钓鱼邮件：发件地址{parsed.from_addr}仿冒收集邮箱{posing}，"
                                                f"不是报送，请勿打开其中的链接或附件", 1.0, [], [], is_correction)
    short_hits, unknown = short_name_hits(unknown_units(parsed, campaigns), campaigns)
    hits = gather_hits(parsed, campaigns, learned) + short_hits
    total, strong = _score(hits)
    if not any(v >= STRONG for v in strong.values()) and (numbered := item_hits(parsed, campaigns)):
        hits += numbered  # 第12号答复函 from a new address, naming no unit: the 分解表 says whose item it is
        total, strong = _score(hits)
    if not any(v >= STRONG for v in strong.values()) and (owner := names_its_unit_completing(
            parsed, own, hits, campaigns, received_at, open_requirements)):
        hits.append(owner)  # 医保局一日捐的转账回单 from a phone, the unit's 花名册 filed before: its missing part
        total, strong = _score(hits)
    ranked = sorted(total, key=lambda k: (strong.get(k, 0), total[k]), reverse=True)
    signals = [f"{SOURCE_LABELS[h.source]}：{h.text}" + (f"（近似“{h.alias}”）" if h.fuzzy else "")
               + ("" if len(h.units) == 1 else f"（可能是{'或'.join(h.units)}）") for h in hits]
    signals = list(dict.fromkeys(signals))
    ambiguous = [h for h in hits if len(h.units) > 1 and h.source not in ("body", "doc_body")]

    def review(reason: str, suggestions: list[str], confidence: float = 0.0, campaign=None, unit=None) -> Match:
        return Match(campaign, unit, [], "needs_review", reason, confidence, signals,
                     list(dict.fromkeys(suggestions)), is_correction)

    if from_office and a_note_to_itself(parsed, offices):
        return Match(None, None, [], "ignored", "非报送邮件：收集邮箱发给自己的邮件（本办的备忘），没有附件", 1.0, signals,
                     [], is_correction)
    if not from_office and passing_on_the_offices_mail(parsed, offices):
        return Match(None, None, [], "ignored", "非报送邮件：转发本办的通知或催报给其他人，只抄送本办，没有附件", 1.0,
                     signals, [], is_correction)
    if from_office and a_notice_it_sent(parsed, offices):
        return Match(None, None, [], "ignored", f"非报送邮件：本办发出的通知（{subject_text(parsed.subject)}），收集邮箱留存的一份",
                     1.0, signals, [], is_correction)
    if from_office and not (ranked and (the_mail_names_its_unit(hits, ranked[0][1])
                                        or an_answer_written_down(parsed, hits, ranked[0][1]))):
        return Match(None, None, [], "needs_review", "发件人是收集邮箱本身（本办发出或抄送的邮件），请人工确认",
                     0.0, [], [], is_correction)
    strong_keys = [k for k in ranked if strong.get(k, 0) >= STRONG]
    strong_keys = [k for k in strong_keys
                   if not any(a_file_name_against_the_document(hits, k[1], o[1]) for o in strong_keys if o[1] != k[1])]
    if not strong_keys:
        body = parsed.body_text or ""
        if not parsed.attachments and a_test_mail(parsed.subject or "", body):
            return Match(None, None, [], "ignored", "非报送邮件：试发的测试邮件，没有材料", 1.0, signals)
        if apart := password_only(parsed, own, signals):  # 密码 from an address not learned yet (the zip still held)
            return apart
        if only_says_it_received(parsed, own, campaigns):  # 收到 from a phone, the notice quoted: nothing brought, nothing asked
            return Match(None, None, [], "ignored", "非报送邮件：发件人只回复“收到”（确认收到通知或邮件），没有附件，"
                                                    "也没有询问，没有要登记或办理的内容", 1.0, signals)
        if mailing := mailing_words(body) or ("" if parsed.attachments else system_sent_words(body)):
            return Match(None, None, [], "ignored", f"非报送邮件：群发或系统自动发送的邮件（写有“{mailing}”），未写任何名册单位", 1.0,
                         signals)
        if a_notice_to_the_office(parsed):
            sender = parsed.from_name or parsed.from_addr or ""
            return Match(None, None, [], "ignored", f"非报送邮件：{sender}发来的通知（{subject_text(parsed.subject)}），"
                                                    f"是交给本办的工作，不是名册单位的报送，请经办人另行办理", 1.0, signals)
        if course := a_course_for_sale(parsed, signals):  # 中心定于…举办研修班，每人收费…元，请填写报名回执
            return course
        if a_persons_thanks(parsed, own):
            return Match(None, None, [], "ignored", "非报送邮件：个人来信致谢（写信人以个人身份来信，如政协委员、人大代表），"
                                                    "提到的单位是被感谢的一方，没有要登记的材料", 1.0, signals)
        if ambiguous:
            names = sorted({u for h in ambiguous for u in h.units})
            return review(f"名称“{ambiguous[0].text}”可能指{'或'.join(names)}，请人工确认", names)
        if unknown:
            return _unknown_unit(review, unknown, campaigns, [k[1] for k in ranked[:3]])
        if ranked:
            evidence = "；".join(e for k in ranked[:3] for e in _describe(hits, k)[:2])
            return review(
                f"证据不足，无法确定报送单位（{evidence}）", [k[1] for k in ranked[:3]],
            )
        advert = advert_words(f"{parsed.subject or ''} {parsed.body_text or ''}")
        if len(advert) >= 2 and not parsed.attachments:
            return Match(None, None, [], "ignored", f"非报送邮件：广告（{'、'.join(advert)}），未写任何单位", 1.0, signals)
        return review("未能识别报送单位（发件人、主题、附件名、落款均无单位名称）", [])
    strong_keys = [k for k in strong_keys if not any(a_subject_left_over(hits, k[1], o[1]) for o in strong_keys)]
    principal = sent_on_behalf_of(parsed, hits, [k[1] for k in strong_keys], campaigns)
    if principal:
        strong_keys = [k for k in strong_keys if k[1] == principal]
    unit = strong_keys[0][1]
    # the address learned for 县商务局, its staffer now at 县发改局 (subject, sign-off and table 发改局's): the mail's own
    # words name the unit, the address only who sends
    named = next((k for k in strong_keys[1:] if k[1] != unit and only_who_the_sender_was_against(hits, unit, k[1])),
                 None)
    if named:
        strong_keys = [named] + [k for k in strong_keys if k is not named]
        unit = named[1]
    rivals = [k for k in strong_keys[1:] if k[1] != unit and not only_who_the_sender_was_against(hits, k[1], unit)
              and not a_template_left_over(hits, k[1], unit) and not in_brackets_after(parsed, hits, k[1], unit)
              and not towns_where_its_files_were_made(hits, k[1], unit, campaigns)]
    routed = route(parsed, campaigns, unit, received_at, open_requirements)
    if routed.campaign is None:
        if rivals:
            names = list(dict.fromkeys([unit] + [k[1] for k in rivals]))
            return review("邮件同时指向多个单位：" + "、".join(names) + "，请人工确认", names, confidence=0.3)
        return review(f"识别为{unit}，{routed.why}", [unit], confidence=0.3, unit=unit)
    campaign = routed.campaign
    cid = campaign.id
    best = (cid, unit) if (cid, unit) in strong else strong_keys[0]
    requirements, req_why = requirements_in(parsed, campaign, unit, received_at, open_requirements)
    is_correction, first_version = correction_by_file_names_only(is_correction, said_in_words, open_requirements, cid,
                                                                 unit, requirements)
    shared = set()
    for r in requirements or [r.id for r in campaign.requirements_for(unit)]:
        shared |= set(campaign.slot_units(r, unit))
    rivals = [k for k in rivals if not (k[0] == cid and k[1] in shared)]
    rivals = list({k[1]: k for k in rivals}.values())  # one per unit, whichever campaigns name it
    conflicting_ambiguous = [h for h in ambiguous if unit not in h.units]
    if rivals:
        names = [unit] + [k[1] for k in rivals]
        return review(
            "邮件同时指向多个单位：" + "、".join(names) + "，请人工确认",
            names,
            confidence=0.3,
        )
    headline_unknown = [n for n in unknown_units(parsed, campaigns, headline_only=True)
                        if unit not in units_shortened_to(n, campaigns) and not a_typo_of(n, unit, campaigns)
                        and not working_for(n, unit, parsed, hits, campaigns)
                        and not passes_on_a_misdirected_mail(n, unit, parsed, hits)
                        and not says_it_sends_for(unit, parsed, campaigns)
                        and not an_office_of(n, unit, parsed, campaigns)]
    elsewhere = [on_roster_elsewhere(n, campaigns) for n in headline_unknown]
    if any(elsewhere):
        other = next(u for u in elsewhere if u)
        return review(f"识别为{unit}，但发件人或主题写的是{other}（名册中有，但不在各项活动的报送单位中），请人工确认",
                      [unit, other], 0.3)
    if headline_unknown:
        return review(
            f"识别为{unit}，但发件人或主题写的是名册外单位“{headline_unknown[0]}”，请人工确认",
            [unit] + [f"加入名册：{n}" for n in headline_unknown], 0.3,
        )
    if conflicting_ambiguous:
        names = [unit] + sorted({u for h in conflicting_ambiguous for u in h.units})
        return review(f"识别为{unit}，但另有名称“{conflicting_ambiguous[0].text}”指向其他单位，请人工确认", names, 0.3)
    evidence = _describe(hits, best)
    only_fuzzy = all(h.fuzzy for h in hits if unit in h.units and h.source not in ("body", "doc_body"))
    conf = min(1.0, strong[best] / 6.0) * (0.8 if only_fuzzy else 1.0)
    if parsed.not_submission == RECALL:
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），邮件是 Outlook 的撤回请求（{parsed.subject}）："
                      f"163 邮箱不会撤回原邮件，此前那封仍按已报送计，请人工确认是否作废或等其重发",
                      [unit], confidence=conf, campaign=cid, unit=unit)
    if elsewhere := addressed_to_a_higher_office(parsed):  # 市统计局综合科：… the city's 资料 sent to the wrong box
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但邮件抬头写的是“{elsewhere}”，是写给其他机关的，"
                      f"可能发错了邮箱，请人工确认并告知发件单位", [unit], confidence=conf, unit=unit)
    if higher := a_higher_offices_paper_to_pass_on(parsed, campaign):  # 葫芦岛市…回执，请汇总报市应急局
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但附件“{higher[:40]}”是上级机关的材料，邮件请本办转报，"
                      f"不是“{campaign.title}”要求的材料，请人工转交并向该单位确认", [unit], confidence=conf, unit=unit)
    if not requirements:
        if req_why:  # the requirements stage says why it chose none (a past period's file)
            return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但{req_why[0]}，请人工确认",
                          [unit], confidence=conf, campaign=cid, unit=unit)
        foreign = _inapplicable(parsed, campaign, unit)
        if foreign:
            return review(
                f"识别为{unit}（{'；'.join(evidence[:3])}），但邮件像是{foreign.title}，该单位无需报送此项，请人工确认",
                [unit], confidence=conf, campaign=cid, unit=unit,
            )
        if only_acknowledges(parsed, campaign, campaign.requirements_for(unit)):
            return Match(cid, unit, [], "ignored", f"非报送邮件：{unit}只回复收到通知、结果随后报送，没有可登记的内容",
                         conf, signals)
        if only_says_it_received(parsed, own, campaigns):
            return Match(cid, unit, [], "ignored", f"非报送邮件：{unit}只回复“收到”，没有附件，也没有询问，没有可登记的内容",
                         conf, signals)
        if says_its_bounced_mail_is_sent_again(parsed, campaign):
            return Match(cid, unit, [], "ignored", f"非报送邮件：{unit}转来退信，说材料另行重新发送，本封没有附件", conf, signals)
        if apart := password_only(parsed, own, signals, cid, unit, conf):  # 解压密码：jyj0419, after the locked zip
            return apart
        if not parsed.attachments and (said := system_sent_words(parsed.body_text or "")):
            # 建昌县气象台's 暴雨预警 (本邮件由…系统自动发送): the unit's system broadcasting, nothing answered
            return Match(None, None, [], "ignored", f"非报送邮件：{unit}的系统自动发送的邮件（写有“{said}”），"
                                                    f"没有附件，也没有答复任何要求", 1.0, signals)
        if shares_from_a_cloud_drive(senders_own_text(parsed, campaigns)):
            return review(f"识别为{unit}（{'；'.join(evidence[:3])}），材料放在网盘或在线文档的链接里，不是邮件附件，"
                          f"请人工下载归档或请该单位补发附件", [unit], confidence=conf, campaign=cid, unit=unit)
        if asks_a_question(parsed, campaign):
            return review(f"识别为{unit}（{'；'.join(evidence[:3])}），邮件是在询问，不是报送材料，请人工答复",
                          [unit], confidence=conf, campaign=cid, unit=unit)
        if only_photos(parsed) and (fault := reports_a_fault(parsed, campaign)):  # 3号警报器没有响…请尽快派人检修
            return review(f"识别为{unit}（{'；'.join(evidence[:3])}），{fault}", [unit], confidence=conf, campaign=cid,
                          unit=unit)
        if only_photos(parsed):
            return review(f"识别为{unit}（{'；'.join(evidence[:3])}），邮件只有照片，但“{campaign.title}”中该单位要报的材料"
                          f"不要求照片，请人工确认", [unit], confidence=conf, campaign=cid, unit=unit)
        return review(
            f"识别为{unit}（{'；'.join(evidence[:3])}），但无法判断报送的是哪一项材料",
            [unit], confidence=conf, campaign=cid, unit=unit,
        )
    if closed := _after_the_late_window(campaign, requirements, received_at):
        shut = closed.late_until.astimezone(campaign.tz)
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但“{closed.title}”的补报已于{shut.month}月{shut.day}日"
                      f"{shut:%H:%M}截止（通知写明逾期不再受理），请人工确认是否收下", [unit], confidence=conf, campaign=cid,
                      unit=unit)
    if shut := correction_window_shut(campaign, requirements, received_at, is_correction):
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但{shut}，请人工确认是否收下", [unit], confidence=conf,
                      campaign=cid, unit=unit)
    hollow = hollow_files(parsed)
    if hollow and len(hollow) == len(parsed.attachments):
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但附件“{hollow[0]}”不是材料本身（空文件、“~$”临时文件或快捷方式），"
                      f"请联系发件单位重发", [unit], confidence=conf, campaign=cid, unit=unit)
    not_yet = not_yet_submitted(parsed, [campaign])
    if not_yet:
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但邮件说附件还不是正式报送（“{not_yet}”），请人工答复",
                      [unit], confidence=conf, campaign=cid, unit=unit)
    if pending := (stands_on_an_answer(parsed, [campaign]) or over_the_quota(parsed, campaign, unit, requirements)
                   or asks_to_send_people(parsed, campaign) or sends_no_one(parsed, campaign, requirements)
                   or answers_another_units_items(parsed, campaign, unit, requirements)
                   or villages_sent_apart(parsed, campaign)):
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但{pending}，请人工确认后答复或退回",
                      [unit], confidence=conf, campaign=cid, unit=unit)
    village = a_village_writes(parsed, [campaign])
    if village:
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但发件的是村（{village}）自己，通知要求由乡镇报送，"
                      f"请转乡镇或人工确认", [unit], confidence=conf, campaign=cid, unit=unit)
    blank = blank_forms(parsed)
    if blank and _every_file(blank, parsed):
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但附件“{blank[0]}”是{what_is_left_blank(parsed, blank[0])}，"
                      f"请人工确认", [unit], confidence=conf, campaign=cid, unit=unit)
    notices = notices_sent_back(parsed, campaign)
    if notices and _every_file(notices, parsed):
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但附件“{notices[0]}”是本次通知原文，不是要报送的材料，"
                      f"请联系发件单位重发", [unit], confidence=conf, campaign=cid, unit=unit)
    another_material = files_of_another_material(parsed, campaign, requirements)
    if another_material:
        asked = "、".join(p.title for r in campaign.requirements if r.id in requirements for p in r.parts)
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但附件（{'、'.join(another_material[:3])}"
                      f"{'等' if len(another_material) > 3 else ''}）都不是要报的{asked}，格式和名称都对不上，请人工确认",
                      [unit], confidence=conf, campaign=cid, unit=unit)
    refused = files_in_a_refused_form(parsed, campaign, requirements)
    if refused:
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但附件（{'、'.join(refused[:3])}"
                      f"{'等' if len(refused) > 3 else ''}）是PDF或图片，通知写明不要这样报送，请人工确认是否请该单位重发原格式",
                      [unit], confidence=conf, campaign=cid, unit=unit)
    pasted = seals_pasted_on_typed_papers(parsed, campaign, requirements)
    if pasted:
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但“{pasted[0]}”是电脑上生成的PDF（文字不是扫描的），"
                      f"{what_the_typed_paper_lacks(parsed, pasted[0])}，不是通知要求的签字盖章后的扫描件，请人工确认是否收下或请该单位重报",
                      [unit], confidence=conf, campaign=cid, unit=unit)
    is_correction, supplied = a_correction_or_a_supply(is_correction, open_requirements, parsed, cid, unit, requirements)
    if corrects_none_of_its_items(is_correction, open_requirements, parsed, campaign, unit, requirements):
        is_correction, supplied = False, supplied + FIRST_ANSWER_NOTE
    reason = f"{unit}：{'；'.join(evidence[:4])}。报送：{'；'.join(req_why)}{supplied}{first_version}"
    if from_office:
        reason += "。由收集邮箱本身发出（他人代发或本办转存），发件地址不记为该单位地址"
    if routed.why:
        reason += f"。活动：{routed.why}"
    if is_correction:
        reason += "。标注更正/以此为准，作为最新版本"
    if hollow:
        reason += f"。附件“{hollow[0]}”不是材料本身（空文件、“~$”临时文件或快捷方式），未计入报送情况，请联系发件单位重发"
    reason += _links_note(parsed, campaign, requirements, campaigns)
    return Match(cid, unit, requirements, "filed", reason, round(conf, 2), signals,
                 [], is_correction)
