"""The decision: one unit clearly wins, or the mail goes to a person with the reasons."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from collector.campaign import Campaign, office_addresses
from collector.model import Match, ParsedMail
from collector.match.asks_for_help import asks_to_send_people
from collector.match.declined import sends_no_one
from collector.match.elsewhere import a_higher_offices_paper_to_pass_on, addressed_to_a_higher_office
from collector.match.names import SOURCE_LABELS, STRONG, WEIGHTS, name_index, one_slip
from collector.match.campaigns import requirements_in, route
from collector.match.correction_window import correction_window_shut
from collector.match.requirements import FOR_REFERENCE
from collector.match.requirements import (_inapplicable, asks_a_question, blank_forms, files_in_a_refused_form,
                                          files_of_another_material, not_yet_submitted, notices_sent_back, only_acknowledges, only_photos,
                                          stands_on_an_answer)
from collector.match.passed_on import passes_on_a_misdirected_mail
from collector.match.places import towns_where_its_files_were_made
from collector.match.quota import over_the_quota
from collector.match.renamed import renamed_note, renamed_units, with_former_names
from collector.match.sent_apart import password_only
from collector.match.sends_for import says_it_sends_for
from collector.match.signed import seals_pasted_on_typed_papers, what_the_typed_paper_lacks
from collector.match.supplied import a_correction_or_a_supply
from collector.match.text import content_lines, quoted_senders, simplified_view
from collector.match.words import FORWARD, REPLY, is_notice_title, subject_text
from collector.parsers.classify import RECALL, advert_words, mailing_words, system_sent_words
from collector.parsers.headers import parse_address_list
from collector.parsers.links import openable_shares, shares_awaiting_a_code, shares_from_a_cloud_drive
from collector.parsers.share_codes import AWAITING_CODE_NOTE
from collector.parsers.sniff import disguised_programs, nothing_inside
from collector.match.units import (_describe, _score, a_village_writes, gather_hits, on_roster_elsewhere,
                                   senders_own_text, short_name_hits, unknown_units, units_shortened_to)

# 更正, 以此为准, 最终版; 修改后的台账和报告重新报送, （修改后）; 报送更新后的名单, （4月更新）: a new
# version of what was sent
CORRECTION_RE = re.compile(r"更正|以[^，。,；;]{0,8}为准|最终版|最终稿|定稿版|修正版|修订版|重新报送|重新上报|[(（]修改后[)）]"
                           r"|更新后的|[(（](?:\d{1,2}月)?更新版?[)）]")


# 压缩版供预览，请以原片为准 / 扫描件不清的以原件为准 / 附件为空白问卷，请以正文为准: which form of what this mail
# brings counts (a file or its original, the attached form or the body), not a new version of a sent one
THE_ORIGINAL_PREVAILS = re.compile(r"以(?:原(?:片|图|件|视频|文件|始文件|图片)|(?:邮件)?正文(?:内容|所填|答复)?)为准")


# 另附更新后的排查整改台账（…），供参考: the clause of a file sent for reference
FOR_REFERENCE_CLAUSE = re.compile(r"[^。；;！!]*?(?:仅|只)?供(?:参考|参阅|备查|查阅|了解)")


# ---------------------------------------------------------------- decision


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


# 测试 / 测试邮件，收到勿回 / test: a new mailbox tried before the real mail
TEST_WORDS = re.compile(r"^\s*(?:邮件)?(?:测试|试发|试一下|test|testing)(?:邮件)?\s*[。.!！]?\s*$", re.I)


def _a_test_mail(subject: str, body: str) -> bool:
    """A mail of no file whose subject, or first line, only says it is a test, and whose body says little more
    (a 收到勿回 and a signature)."""
    lines = [ln.strip() for ln in body.splitlines() if ln.strip() and ln.strip() != "--"]
    first = re.split(r"[,，。；;]", lines[0])[0] if lines else ""
    words = len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", body))
    return bool(TEST_WORDS.match(subject) or TEST_WORDS.match(first)) and words <= 40


DRAFT_NAME = re.compile(r"初稿|草稿|原稿|修改前|旧版")
REVISED_NAME = re.compile(r"修改稿|修订稿|修改版|修订版|终稿|定稿|修改后|新版")


def _both_versions_sent(parsed) -> bool:
    """A mail carrying a file's draft and its revision together (a forward of the 科员's 初稿 and 修改稿)."""
    names = [a.filename or "" for a in parsed.attachments]
    return any(DRAFT_NAME.search(n) for n in names) and any(REVISED_NAME.search(n) for n in names)


def _a_note_to_itself(parsed, offices: set[str]) -> bool:
    """The office's phone note to its own mailbox (明天催报：…): from it, to it alone, no file. A unit's mail the office
    forwards or saves to itself carries that mail or its files, and stays for a person; so does a unit's answer the
    office got another way and wrote down to keep (新开岭乡…通过微信报送外网调查情况，转录如下，存档)."""
    to = {a.lower() for a in parsed.to or []}
    return not parsed.attachments and bool(to) and to <= offices and not TRANSCRIBED.search(parsed.body_text or "")


# …通过微信报送…，转录如下 / 电话报来…，记录如下: a unit's answer got by another way, written down by the office
TRANSCRIBED = re.compile(r"(?:微信|电话|短信|钉钉|QQ|政务微信)[^。\n]{0,30}?(?:转录|抄录|代为录入|代录|记录如下|整理如下)")


def _a_notice_it_sent(parsed, offices: set[str]) -> bool:
    """The office's own notice (关于…的补充通知, its units in 密送), the copy sent to its own address: the subject a
    notice's title, the body that notice (its title, an addressee line), to the office alone."""
    to = {a.lower() for a in parsed.to or []}
    subject = subject_text(parsed.subject)
    lines = [ln.strip() for ln in (parsed.body_text or "").splitlines() if ln.strip()][:4]
    return (bool(to) and to <= offices and not REPLY.match(parsed.subject or "") and is_notice_title(subject)
            and any(re.search(r"(?:^各|[，,、]各|部门|机构|政府)[^：:]{0,30}[:：]$", ln) for ln in lines))


def _passing_on_the_offices_mail(parsed, offices: set[str]) -> bool:
    """要路沟乡 forwards the office's reminder to its villages (各村：…), the office only in Cc, no file: the office's own
    words passed down, nothing sent to it."""
    to = {(a or "").lower() for _, a in parse_address_list(parsed.headers.get("To") or "")}
    cc = {(a or "").lower() for _, a in parse_address_list(parsed.headers.get("Cc") or "")}
    quoted_from = set(quoted_senders(parsed.body_text or ""))
    return (not parsed.attachments and bool(cc & offices) and not (to & offices) and bool(quoted_from)
            and quoted_from <= offices)


# 各县（市、区）防溺水办：, 各乡镇人民政府，县直各部门：: a notice's addressee line, to several offices at once
ADDRESSEES = re.compile(r"^\s*各[^。；;\n]{1,60}[:：]\s*$")


def _a_notice_to_the_office(parsed) -> bool:
    """A higher office's notice (葫芦岛市防溺水办's 关于报送…的通知 to 各县（市、区）防溺水办：): its subject a notice's title,
    its first lines an addressee line 各…：, neither a reply nor a forward. Asked only of a mail naming no unit of
    ours: work the office is given, not a unit's submission."""
    subject = parsed.subject or ""
    if REPLY.match(subject) or FORWARD.match(subject) or parsed.forwarded or not is_notice_title(subject_text(subject)):
        return False
    return any(ADDRESSEES.match(line) for line in content_lines(parsed.body_text or "")[:2])


def _posing_as_the_office(sender: str | None, offices: set[str]) -> str:
    """The collecting address whose name the sender takes on another domain (jc7710089@163-mail-verify.top posing
    as jc7710089@163.com), or "": no unit writes from there."""
    local, _, domain = (sender or "").lower().partition("@")
    return next((o for o in sorted(offices) if o.partition("@")[0] == local and o.partition("@")[2] != domain), "")


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


# where the mail itself names a unit (not an address, not a passing mention)
NAMING_SOURCES = set(WEIGHTS) - {"address", "learned", "address_pinyin", "fwd_address", "body", "doc_body"}


def _only_who_the_sender_was_against(hits, rival: str, unit: str) -> bool:
    """The rival stands only for the person who sends, while the mail itself names ``unit``.
    An address learned from earlier mails, against two naming places or more: a 包村干部's own QQ
    address, learned from the town's mail, sending the 农业农村局's table "代发" names the bureau.
    A mail signature, against the documents' own sign-off and two more places: a cadre moved from
    the 水利局 to 大屯镇 keeps the old signature under 大屯镇's subject, files and stamped report."""
    rival_sources = {h.source for h in hits if rival in h.units and h.source not in ("body", "doc_body")}
    unit_sources = {h.source for h in hits if h.units == (unit,) and h.source in NAMING_SOURCES}
    if rival_sources - {"body_lead"} == {"learned"}:  # …商务局的由新同事报送: the old unit spoken of, in passing
        return len(unit_sources) >= 2 + ("body_lead" in rival_sources)
    return (rival_sources == {"signature"} and bool({"doc_sign", "doc_head"} & unit_sources)
            and len(unit_sources - {"signature"}) >= 3)


ON_BEHALF = re.compile(r"代发|代为(?:报送|发送|上报|提交|转发)|代(?:其|他们|该[乡镇局])?(?:报送|上报)|委托(?:我|本)[乡镇局单位办]"
                       r"|由(?:我|本)(?:局|乡|镇|办|委|中心|单位)(?:统一|一并|负责)?(?:报送|上报|提交|发送)"
                       # 医疗保障局将…误发至我局邮箱，现转给你办: another unit's mail that came to the sender by mistake
                       r"|误发|错发|发错|(?:现|特|现将其?)转(?:给|交|发给?)(?:你|您|贵|县政府)")
FILE_SOURCES = ("filename", "doc_head", "doc_sign")


def _where_named(hits, rival: str, unit: str) -> tuple[set[str], set[str]]:
    """The places naming ``rival`` (the body and document text aside), and those naming ``unit`` alone."""
    return ({h.source for h in hits if rival in h.units and h.source not in ("body", "doc_body")},
            {h.source for h in hits if h.units == (unit,)})


def _a_template_left_over(hits, rival: str, unit: str) -> bool:
    """作品说明 made from 贺杖子乡's form, its 报送单位 cell not changed: only a document's sign-off or
    unit cell names the rival, while the mail names ``unit`` in its subject and the sender's sign-off,
    or that document's own heading and two places of the mail (the subject, the sender's sign-off, a
    file name, the known address) do. A file named for the rival is no template left over."""
    rival_sources, unit_sources = _where_named(hits, rival, unit)
    if rival_sources != {"doc_sign"}:
        return False
    return ({"subject", "signature"} <= unit_sources
            or ("doc_head" in unit_sources and len(unit_sources & {"subject", "signature", "filename", "learned"}) >= 2))


def _a_subject_left_over(hits, rival: str, unit: str) -> bool:
    """大屯镇公文评查 from 养马甸子乡, whose sign-off and file names are all its own: a subject copied from
    another unit's mail and not changed. Only the subject names the rival; the sender's sign-off and its
    file names name ``unit``."""
    rival_sources, unit_sources = _where_named(hits, rival, unit)
    return rival != unit and rival_sources == {"subject"} and {"signature", "filename"} <= unit_sources


def _sent_on_behalf_of(parsed: ParsedMail, hits, units: list[str], campaigns: list[Campaign]) -> str | None:
    """西碱厂乡典型经验信息（杨树湾子乡代发）, 委托我乡代为报送: one unit sends another's material. The
    sender's words say so, and of the units named, one only is named by the files and their
    documents: it is the submission's unit, the sender only carries it."""
    units = list(dict.fromkeys(units))
    if len(units) < 2 or not ON_BEHALF.search(f"{parsed.subject or ''} {senders_own_text(parsed, campaigns)}"):
        return None
    by_files = [u for u in units if any(h.source in FILE_SOURCES and h.units == (u,) for h in hits)]
    return by_files[0] if len(by_files) == 1 else None


# a working body without a place of its own (镇志编委, 编纂委员会办公室, 领导小组办公室, 写作组)
WORKING_BODY = re.compile(r"编委|编纂|委员会|领导小组|专班|工作组|写作组|课题组")
COMMISSIONED = re.compile(r"受(?P<who>[^，,。；;]{2,30}?)(?:的)?委托")


def _working_for(name: str, unit: str, parsed: ParsedMail, hits, campaigns: list[Campaign]) -> bool:
    """An off-roster sender who works for ``unit``: a company its words say the unit commissioned (受小德营子乡人民政府
    委托，我公司…), or a working body naming no place (镇志编委) where the files and two more places name the unit."""
    names = [n for c in campaigns for u in c.units if u.name == unit for n in u.all_names()]
    own = f"{parsed.subject or ''} {senders_own_text(parsed, campaigns)}"
    if any(any(n in m.group("who") for n in names) for m in COMMISSIONED.finditer(own)):
        return True
    sources = {h.source for h in hits if h.units == (unit,)}
    return (bool(WORKING_BODY.search(name)) and not any(u.name in name or any(a in name for a in u.all_names() if len(a) >= 2)
                                                         for c in campaigns for u in c.units)
            and bool(set(FILE_SOURCES) & sources) and len(sources & NAMING_SOURCES) >= 2)


def _in_brackets_after(parsed: ParsedMail, hits, rival: str, unit: str) -> bool:
    """农业农村局（乡村振兴局）: a unit writing the other name it works under (合署办公, 一套班子两块牌子) in brackets after its
    own, every time the other is named: the mail is the first unit's."""
    said = [h.text for h in hits if h.units == (unit,)]
    others = {h.text for h in hits if rival in h.units and h.source not in ("body", "doc_body")}
    text = f"{parsed.subject or ''}\n{parsed.body_text or ''}"
    return bool(others) and all(
        any(re.search(re.escape(u) + r"\s*[(（]\s*(?:建昌县|县)?" + re.escape(o.removeprefix("建昌县").removeprefix("县"))
                      + r"\s*[)）]", text) for u in said) for o in others)


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


def _the_mail_names_its_unit(hits, unit: str) -> bool:
    """From the collecting mailbox itself (a unit's staff at the office's computer, or the clerk
    mailing in a file received by other means): the files and their documents must name the unit,
    with the subject or the sender's words, or the mail is the office's own (a copy of a notice, a
    reminder) for a person to look at."""
    sources = {h.source for h in hits if h.units == (unit,)}
    return bool({"filename", "doc_head", "doc_sign"} & sources) and len(sources & NAMING_SOURCES) >= 3


def _an_answer_written_down(parsed, hits, unit: str) -> bool:
    """The office wrote down a unit's answer got another way (…通过微信报送…，转录如下), no file: the subject and
    the words name the unit."""
    sources = {h.source for h in hits if h.units == (unit,)}
    return (not parsed.attachments and bool(TRANSCRIBED.search(parsed.body_text or ""))
            and "subject" in sources and bool(sources & {"body", "signature"}))


def _a_file_name_against_the_document(hits, named: str, other: str) -> bool:
    """八家子镇防汛责任人回执.xlsx whose 单位 cell reads 药王庙镇: a neighbour's form used as a
    template and not renamed. Only the file name names ``named``; the document's own heading,
    form cell or sign-off names ``other``."""
    def sources(unit: str) -> set[str]:
        return {h.source for h in hits if h.units == (unit,) and h.source not in ("body", "doc_body")}
    return sources(named) == {"filename"} and bool({"doc_sign", "doc_head"} & sources(other))


def _a_typo_of(name: str, unit: str, campaigns: list[Campaign]) -> bool:
    """汤王庙镇 in the subject of a mail the sign-off and the form give to 药王庙镇: one character off
    the unit's name (any but its kind), a slip of the keyboard, not another unit."""
    names = {n for c in campaigns for u in c.units if u.name == unit for n in u.all_names()}
    return len(name) >= 4 and any(one_slip(name, n) for n in names)  # 市林草局 for 县林草局: another level


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
    is_correction = bool(CORRECTION_RE.search(" ".join([parsed.subject or "", FOR_REFERENCE_CLAUSE.sub("", own)] + names)))
    offices = office_addresses(campaigns)
    from_office = (parsed.from_addr or "").lower() in offices and not parsed.forwarded
    if posing := _posing_as_the_office(parsed.from_addr, offices):
        return Match(None, None, [], "ignored", f"疑似钓鱼邮件：发件地址{parsed.from_addr}仿冒收集邮箱{posing}，"
                                                f"不是报送，请勿打开其中的链接或附件", 1.0, [], [], is_correction)
    short_hits, unknown = short_name_hits(unknown_units(parsed, campaigns), campaigns)
    hits = gather_hits(parsed, campaigns, learned) + short_hits
    total, strong = _score(hits)
    ranked = sorted(total, key=lambda k: (strong.get(k, 0), total[k]), reverse=True)
    signals = [f"{SOURCE_LABELS[h.source]}：{h.text}" + (f"（近似“{h.alias}”）" if h.fuzzy else "")
               + ("" if len(h.units) == 1 else f"（可能是{'或'.join(h.units)}）") for h in hits]
    signals = list(dict.fromkeys(signals))
    ambiguous = [h for h in hits if len(h.units) > 1 and h.source not in ("body", "doc_body")]

    def review(reason: str, suggestions: list[str], confidence: float = 0.0, campaign=None, unit=None) -> Match:
        return Match(campaign, unit, [], "needs_review", reason, confidence, signals,
                     list(dict.fromkeys(suggestions)), is_correction)

    if from_office and _a_note_to_itself(parsed, offices):
        return Match(None, None, [], "ignored", "非报送邮件：收集邮箱发给自己的邮件（本办的备忘），没有附件", 1.0, signals,
                     [], is_correction)
    if not from_office and _passing_on_the_offices_mail(parsed, offices):
        return Match(None, None, [], "ignored", "非报送邮件：转发本办的通知或催报给其他人，只抄送本办，没有附件", 1.0,
                     signals, [], is_correction)
    if from_office and _a_notice_it_sent(parsed, offices):
        return Match(None, None, [], "ignored", f"非报送邮件：本办发出的通知（{subject_text(parsed.subject)}），收集邮箱留存的一份",
                     1.0, signals, [], is_correction)
    if from_office and not (ranked and (_the_mail_names_its_unit(hits, ranked[0][1])
                                        or _an_answer_written_down(parsed, hits, ranked[0][1]))):
        return Match(None, None, [], "needs_review", "发件人是收集邮箱本身（本办发出或抄送的邮件），请人工确认",
                     0.0, [], [], is_correction)
    strong_keys = [k for k in ranked if strong.get(k, 0) >= STRONG]
    strong_keys = [k for k in strong_keys
                   if not any(_a_file_name_against_the_document(hits, k[1], o[1]) for o in strong_keys if o[1] != k[1])]
    if not strong_keys:
        body = parsed.body_text or ""
        if not parsed.attachments and _a_test_mail(parsed.subject or "", body):
            return Match(None, None, [], "ignored", "非报送邮件：试发的测试邮件，没有材料", 1.0, signals)
        if apart := password_only(parsed, own, signals):  # 密码 from an address not learned yet (the zip still held)
            return apart
        if mailing := mailing_words(body) or ("" if parsed.attachments else system_sent_words(body)):
            return Match(None, None, [], "ignored", f"非报送邮件：群发或系统自动发送的邮件（写有“{mailing}”），未写任何名册单位", 1.0,
                         signals)
        if _a_notice_to_the_office(parsed):
            sender = parsed.from_name or parsed.from_addr or ""
            return Match(None, None, [], "ignored", f"非报送邮件：{sender}发来的通知（{subject_text(parsed.subject)}），"
                                                    f"是交给本办的工作，不是名册单位的报送，请经办人另行办理", 1.0, signals)
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
    strong_keys = [k for k in strong_keys if not any(_a_subject_left_over(hits, k[1], o[1]) for o in strong_keys)]
    principal = _sent_on_behalf_of(parsed, hits, [k[1] for k in strong_keys], campaigns)
    if principal:
        strong_keys = [k for k in strong_keys if k[1] == principal]
    unit = strong_keys[0][1]
    # the address learned for 县商务局, its staffer now at 县发改局 (subject, sign-off and table 发改局's): the mail's own
    # words name the unit, the address only who sends
    named = next((k for k in strong_keys[1:] if k[1] != unit and _only_who_the_sender_was_against(hits, unit, k[1])),
                 None)
    if named:
        strong_keys = [named] + [k for k in strong_keys if k is not named]
        unit = named[1]
    rivals = [k for k in strong_keys[1:] if k[1] != unit and not _only_who_the_sender_was_against(hits, k[1], unit)
              and not _a_template_left_over(hits, k[1], unit) and not _in_brackets_after(parsed, hits, k[1], unit)
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
                        if unit not in units_shortened_to(n, campaigns) and not _a_typo_of(n, unit, campaigns)
                        and not _working_for(n, unit, parsed, hits, campaigns)
                        and not passes_on_a_misdirected_mail(n, unit, parsed, hits)
                        and not says_it_sends_for(unit, parsed, campaigns)]
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
                   or asks_to_send_people(parsed, campaign) or sends_no_one(parsed, campaign, requirements)):
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但{pending}，请人工确认后答复或退回",
                      [unit], confidence=conf, campaign=cid, unit=unit)
    village = a_village_writes(parsed, [campaign])
    if village:
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但发件的是村（{village}）自己，通知要求由乡镇报送，"
                      f"请转乡镇或人工确认", [unit], confidence=conf, campaign=cid, unit=unit)
    blank = blank_forms(parsed)
    if blank and _every_file(blank, parsed):
        return review(f"识别为{unit}（{'；'.join(evidence[:3])}），但附件“{blank[0]}”是空白表格（只有表头，没有填写内容），"
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
    reason = f"{unit}：{'；'.join(evidence[:4])}。报送：{'；'.join(req_why)}{supplied}"
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
