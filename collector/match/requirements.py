"""What it answers: the requirements of a campaign that one mail serves."""

from __future__ import annotations

import datetime as dt
import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.parsers.links import openable_shares
from collector.parsers.sniff import PHOTO_EXTS, file_extension
from collector.match.text import normalize, per_campaign, workbook_sheets
from collector.match.periods import (a_running_total, a_sent_periods_file, period_words, the_period_it_arrives_in,
                                     the_round_its_figures_run_to, the_weeks_its_dates_name, without_periods_only_said)
from collector.match.blank_answers import is_blank_questionnaire
from collector.match.rounds import first_answer_under_the_offices_reply
from collector.match.stamped_scan import sorted_by_the_scan
from collector.match.page_links import pages_linked
from collector.match.paper_form import PAPER_FORM_NOTE, takes_a_photographed_form, the_one_form_photographed
from collector.match.illustrations import not_pictures_beside_another_material
from collector.match.units import senders_own_text
from collector.match.words import (REPLY, Place, document_title, file_title, find_words, headline, merged, places,
                                   subject_text, tail_words)

PHOTO_EXT = tuple(f".{ext}" for ext in sorted(PHOTO_EXTS))


# ---------------------------------------------------------------- requirements


@per_campaign
def requirement_words(campaign: Campaign) -> dict[str, set[str]]:
    """hint word -> ids of the campaign's requirements it points to (shared: do not change it). A part's own words of
    three characters or more name its requirement too (普查指导员 of the 名单, where the hints say 普查两员名单)."""
    vocab: dict[str, set[str]] = {}
    for req in campaign.requirements:
        for w in req.hints:
            vocab.setdefault(normalize(w), set()).add(req.id)
    by_parts: dict[str, set[str]] = {}
    for req in campaign.requirements:
        for w in (normalize(w) for p in req.parts for w in p.words):
            if len(w) >= 3:
                by_parts.setdefault(w, set()).add(req.id)
    for w, rids in by_parts.items():  # 进度统计表 of both rounds of one table names neither
        if len(rids) == 1 and w not in vocab:
            vocab[w] = rids
    return vocab


def words_found(parsed: ParsedMail, campaign: Campaign, extra: list[Place] = ()) -> dict[str, list[str]]:
    """requirement id -> the words that name it in the places that say what the mail
    carries. The sender's opening lines count only when the subject, the file names
    and the document titles name nothing: "已对自查发现的问题完成整改" in a
    rectification mail is a passing mention, not a self-check report."""
    return _words_of(_requirement_words_placed(parsed, campaign, extra))


def _words_of(placed: dict) -> dict[str, list[str]]:
    """words_found from the words as placed: the lead's only when nothing else names a requirement."""
    headline = {rid for rid, pairs in placed.items() if any(p.source != "lead" for _, p in pairs)}
    return {rid: list(dict.fromkeys(w for w, _ in pairs)) for rid, pairs in placed.items()
            if not headline or rid in headline}


def _requirement_words_placed(parsed: ParsedMail, campaign: Campaign, extra: list[Place] = ()):
    """requirement id -> [(word, place)]: each requirement word found where the mail says what it carries."""
    said = [*places(parsed, senders_own_text(parsed, [campaign])), *extra]
    vocab = requirement_words(campaign)
    found = merged(find_words(said, vocab), tail_words(said, vocab, {r.id for r in campaign.requirements}))
    return merged(found, period_words(said, campaign))  # 四月份, 报告期：2068年4月 for the hint 4月份


def detect_requirements(
    parsed: ParsedMail,
    campaign: Campaign,
    unit: str,
    received_at: dt.datetime | None = None,
    open_requirements: set[str] | None = None,
) -> tuple[list[str], list[str]]:
    """Which of the unit's requirements the mail serves, and why (Chinese)."""
    applicable = campaign.requirements_for(unit)
    if not applicable:
        return [], []
    placed = _requirement_words_placed(parsed, campaign)  # found once: every rule below reads these
    named = _words_of(placed)
    if not parsed.attachments:
        return answered_in_body(parsed, campaign, applicable, named)
    if all(is_calendar(a) for a in parsed.attachments):
        return [], ["邮件是会议邀请（日历），不是报送材料"]
    if a_draft_for_comment(parsed, campaign):
        return [], ["邮件是征求意见稿（请本办提意见，定稿后再报），不是正式报送的材料"]
    if span := a_running_total(parsed, campaign, applicable):
        return [], [f"附件写的是“{span}”的累计数，通知按期报送当期数，请人工确认（退回重报或另行处理）"]
    chosen: list[str] = []
    why: list[str] = []
    has_photo = any(is_photo(a) and not _inside_document(parsed, a) for a in parsed.attachments)
    photos_alone = only_photos(parsed)
    own = senders_own_text(parsed, [campaign]) if photos_alone else ""
    for req in applicable:
        on_paper = photos_alone and takes_a_photographed_form(campaign, req, own)  # 可打印问卷手工填写后拍照发送
        if (req.id in named and photos_alone and not takes_pictures(req) and not answered_in_words(parsed, campaign, req)
                and not on_paper):
            continue  # photos of a paper form where an Excel table is asked: a person looks
        if req.id in named:
            chosen.append(req.id)
            why.append(f"{req.title}（{'、'.join(named[req.id][:3])}{'；' + PAPER_FORM_NOTE if on_paper else ''}）")
        elif has_photo and asks_pictures(req):
            chosen.append(req.id)
            why.append(f"{req.title}（附有照片）")
    if chosen:
        chosen, why = _named_by_its_own_words(chosen, why, named, campaign)
        chosen, why = _not_the_threads_nor_the_file_names(parsed, placed, chosen, why)
        chosen, why = _not_the_ones_sent_for_reference(parsed, campaign, chosen, why, open_requirements)
        chosen, why = not_pictures_beside_another_material(chosen, why, named, open_requirements)
        chosen, why = sorted_by_the_scan(parsed, campaign, applicable, chosen, why)
        if resent := a_sent_periods_file(parsed, placed, campaign, chosen, open_requirements):
            return [], [resent]
        chosen, why = without_periods_only_said(parsed, placed, campaign, chosen, why)
        return the_period_it_arrives_in(parsed, chosen, why, campaign, received_at)
    if _inapplicable(parsed, campaign, unit) or asks_a_question(parsed, campaign):
        return [], []
    if photos_alone:  # photos alone answer only a material that asks for photos, or the form said photographed
        return the_one_form_photographed(campaign, applicable, own)  # 回执已填好，拍照发来, no word naming it
    if as_of := the_round_its_figures_run_to(parsed, applicable):
        return as_of
    if by_dates := the_weeks_its_dates_name(parsed, campaign, applicable):
        return by_dates
    return fallback_requirement(applicable, received_at, open_requirements)


FOR_REFERENCE = re.compile(r"(?:仅|只)?供(?:参考|参阅|备查|查阅|了解)")


def _not_the_ones_sent_for_reference(parsed: ParsedMail, campaign: Campaign, chosen: list[str], why: list[str],
                                     open_requirements: set[str] | None) -> tuple[list[str], list[str]]:
    """整改情况报告…见附件，另附更新后的排查台账，供参考: a file sent beside the material owed, for reference, of a
    requirement the unit has already sent, is not that requirement sent again."""
    if open_requirements is None or len(chosen) < 2 or not FOR_REFERENCE.search(senders_own_text(parsed, [campaign])):
        return chosen, why
    keep = [i for i, rid in enumerate(chosen) if rid in open_requirements]
    return ([chosen[i] for i in keep], [why[i] for i in keep]) if keep else (chosen, why)


def _not_the_threads_nor_the_file_names(parsed: ParsedMail, placed: dict, chosen: list[str],
                                       why: list[str]) -> tuple[list[str], list[str]]:
    """Two requirements named, one of them only where it says nothing of what this mail carries: the subject of a
    reply (Re:建昌镇民法典宣传月活动方案, the thread of the plan, the summary attached), or a file's name its document's
    own title gainsays (…活动总结.docx titled …活动方案). The other one stands."""
    if len(chosen) < 2:
        return chosen, why
    where = {rid: {p.source for _, p in pairs} for rid, pairs in placed.items()}
    titled = {rid for rid, sources in where.items() if "doc_title" in sources}
    reply = bool(REPLY.match(parsed.subject or ""))

    def hollow(rid: str) -> bool:
        sources = where.get(rid, set())
        return bool(sources) and ((reply and sources == {"subject"})
                                  or (sources <= {"filename", "subject"} and bool(titled - {rid})))
    keep = [i for i, rid in enumerate(chosen) if not hollow(rid)]
    return ([chosen[i] for i in keep], [why[i] for i in keep]) if keep else (chosen, why)


def _named_by_its_own_words(chosen: list[str], why: list[str], named: dict[str, list[str]],
                            campaign: Campaign) -> tuple[list[str], list[str]]:
    """年度报告（定稿）where the campaign asks a 年度报告初稿 and then its 定稿: the words that name the whole
    campaign (in its title: 政府信息公开工作年度报告) or that are part of a word found for another requirement
    (年度报告 in 年度报告定稿) do not name a requirement where another is named by a word of its own (定稿)."""
    title = normalize(campaign.title)
    found = {rid: words for rid, words in named.items() if rid in chosen}

    def own(rid: str) -> list[str]:
        others = [w for other, words in found.items() if other != rid for w in words]
        return [w for w in found[rid] if w not in title and not any(w != o and w in o for o in others)]
    if len(found) < 2 or not any(own(rid) for rid in found):
        return chosen, why
    keep = [i for i, rid in enumerate(chosen) if rid not in found or own(rid)]
    return [chosen[i] for i in keep], [why[i] for i in keep]


NOT_DATA = re.compile(r"\d{1,3}|合计|总计|小计|[^\t]{0,8}[:：]")  # a row number, a total, a label to fill in


def blank_forms(parsed: ParsedMail) -> list[str]:
    """The spreadsheets sent back as they were handed out: a header row, nothing filled in under it; and the
    questionnaires with every answer slot empty."""
    return [a.filename or "" for a in parsed.attachments if a.kind == "document" and a.text
            and (_is_blank_table(a.text) or is_blank_questionnaire(a.text))]


def notices_sent_back(parsed: ParsedMail, c: Campaign) -> list[str]:
    """The campaign's own notice attached in place of the material: a document headed as the notice is
    (its kept text's title, when the campaign keeps it), or as a notice holding the campaign's title
    (关于报送2045年第一季度乡级河长巡河记录的通知) with an addressee line under it (各乡镇人民政府：). Read from the
    document's text, never its file name alone: a unit's table may well be named after the notice."""
    own = normalize(c.title)
    return [a.filename or "" for a in parsed.attachments if a.kind == "document" and a.text and own
            and _reads_as_the_notice(a.text, own, notice_heading(c))]


@per_campaign
def notice_heading(c: Campaign) -> str:
    return normalize(document_title(c.notice_text)) if c.notice_text else ""


ADDRESSEE_LINE = re.compile(r"^\s*各[^。，,；;]{1,40}[:：]\s*$", re.M)


def _reads_as_the_notice(text: str, own_title: str, heading: str) -> bool:
    head = normalize(document_title(text))
    if not head.endswith("通知"):
        return False
    return head == heading or (own_title in head and bool(ADDRESSEE_LINE.search(text[:600])))


def _is_blank_table(text: str) -> bool:
    """Every sheet with a header row (three cells or more) has no row of data below it. A
    sheet without such a row (a letter typed in Excel) is not a form, and decides nothing."""
    headers = 0
    for _, sheet in workbook_sheets(text):
        rows = [[c.strip() for c in line.split("\t") if c.strip()] for line in sheet.splitlines()]
        first = next((i for i, row in enumerate(rows) if len(row) >= 3), None)
        if first is None:
            continue
        headers += 1
        if any(not NOT_DATA.fullmatch(cell) for row in rows[first + 1:] for cell in row):
            return False
    return headers > 0


CALENDAR_EXT = (".ics", ".vcs")


def is_calendar(a) -> bool:
    """A meeting invitation (Outlook's invite.ics): no material."""
    return (a.filename or "").lower().endswith(CALENDAR_EXT) or (a.content_type or "").lower() == "text/calendar"


def asks_pictures(req) -> bool:
    """Photos, or a document asked in a picture format (a 提交成功 screenshot, a form's photo)."""
    return any(p.kind == "photo" or (p.kind == "document" and PHOTO_EXTS & set(p.formats)) for p in req.parts)


def takes_pictures(req) -> bool:
    """Photos, or a document that may come as a picture: one of any format (a paper 回执, filled and
    photographed) or a scan asked as jpg. Not a table asked in Excel, nor a scan asked as PDF."""
    return any(p.kind == "photo" or (p.kind == "document" and (not p.formats or PHOTO_EXTS & set(p.formats)))
               for p in req.parts)


# 交通局行业防汛应急预案（征求意见稿）: a draft the office is asked to comment on, not the material
DRAFT_FOR_COMMENT = re.compile(r"征求意见稿|讨论稿|送审稿|意见征求稿")


def a_draft_for_comment(parsed: ParsedMail, campaign: Campaign) -> bool:
    """The mail's titles call it a draft for comment, and the campaign collects no such thing
    (a call for comments on a 征求意见稿 gets replies that name it)."""
    own = normalize(" ".join([campaign.title, *(r.title for r in campaign.requirements)]))
    return bool(DRAFT_FOR_COMMENT.search(headline(parsed))) and not DRAFT_FOR_COMMENT.search(own)


def files_of_another_material(parsed: ParsedMail, campaign: Campaign, rids: list[str]) -> list[str]:
    """The mail's files when every one is in a format none of the chosen requirements' parts takes and
    named for none of them: eight villages' 责任书 scanned to PDF where only the 签订情况统计表 in Excel
    is asked. Not what was asked, for a person to answer. (A Word 申报表 where its stamped scan is asked
    names the part: the material, in another form, is filed.)"""
    files = [a for a in parsed.attachments if a.kind == "document" and not a.inline]
    if not files or any(is_photo(a) and not a.inline for a in parsed.attachments):
        return []
    parts = [p for r in campaign.requirements if r.id in rids for p in r.parts]
    if not parts or any(p.kind != "document" or not p.formats for p in parts):
        return []
    for a in files:
        ext = file_extension(a.filename, a.content_type)
        title = file_title(a)
        if any(p.takes_format(ext) for p in parts) or any(w in title for p in parts for w in p.words):
            return []
        if not NAMES_A_PAPER.search(title):
            return []  # 扫描全能王 2044-07-04.pdf says nothing of what it is: it may be the asked one, scanned
    return [a.filename for a in files]


# 采集表须保留Excel格式，以便导入平台，请勿转为PDF或图片; 不接受PDF扫描件: forms the notice refuses
REFUSED_FORMS = re.compile(r"(?:请勿|不要|切勿|不得|严禁|不能|不可|不接受|不再接受)(?:转为|转换为|转换成|转成|导出为|导出成|另存为|以|用|使用|提交|报送|发送)?"
                           r"\s*(?P<a>PDF|pdf|图片|照片|截图|扫描件)(?:(?:或|和|、|及)(?P<b>PDF|pdf|图片|照片|截图|扫描件))?")


@per_campaign
def refused_forms(c: Campaign) -> frozenset[str]:
    """What the campaign's notice says not to send a material as: "pdf", "picture"."""
    said = {w.lower() for m in REFUSED_FORMS.finditer(c.notice_text or "") for w in m.group("a", "b") if w}
    return frozenset({"pdf" for w in said if w in ("pdf", "扫描件")} | {"picture" for w in said if w in ("图片", "照片", "截图")})


def files_in_a_refused_form(parsed: ParsedMail, campaign: Campaign, rids: list[str]) -> list[str]:
    """The mail's files when every one is a PDF or a picture the notice says not to send (请勿转为PDF或图片) and the
    chosen requirements' documents ask other formats (Excel, to import): what came cannot be used as asked."""
    refused = refused_forms(campaign)
    parts = [p for r in campaign.requirements if r.id in rids for p in r.parts if p.kind == "document" and p.formats]
    files = [a for a in parsed.attachments if not a.inline and a.kind in ("document", "photo")]
    if not refused or not parts or not files:
        return []

    def refused_file(a) -> bool:
        ext = file_extension(a.filename, a.content_type)
        return (("pdf" in refused and ext == "pdf") or ("picture" in refused and is_photo(a))) \
            and not any(ext in p.formats for p in parts)

    return [a.filename for a in files] if all(refused_file(a) for a in files) else []


# the nouns a file's name or title says what paper it is by (…目标责任书, …情况报告, …统计表)
NAMES_A_PAPER = re.compile(r"书|报告|表|台账|清单|方案|总结|计划|名单|函|通知|请示|说明|材料|证明|纪要|记录")


def only_photos(parsed: ParsedMail) -> bool:
    return bool(parsed.attachments) and all(is_photo(a) for a in parsed.attachments)


def asks_a_question(parsed: ParsedMail, campaign: Campaign) -> bool:
    """The sender's own words ask something ("是否与县里的台账一并报送？请县政府办明示。"):
    a mail that names none of the campaign's materials and asks is for a person to answer,
    not a submission to place by time."""
    own = normalize(senders_own_text(parsed, [campaign]))
    return _asks(own) or bool(re.search(r"请[^，。]{0,8}(?:明示|答复|告知|指示|回复)", own))


# 确认后再正式报送 / 等您答复后再报: the files are a sample to check, the submission is still to come;
# 整改正在施工，先报送整改前照片，整改完成后报送…: the work itself is not done, what is owed comes after it;
# 麻烦帮忙重置（密码），重置后再核实反馈: help asked first; 初稿尚未完成…申请延期: more time asked, an outline sent;
# 初稿请先审阅，无意见后我局再签发盖章报送: a draft for the office to read, the signed paper still to come;
# 麻烦先帮看看这样写行不行…没问题再正式报: the same, with the office's "no problem" as the condition
NOT_YET_RE = re.compile(r"(?:确认|答复|回复|明确|看过|指导)(?:后|以后|之后)再(?:正式)?(?:报送|上报|提交|发送|报)"
                        r"|(?:待|等)[^，。,；;]{0,12}(?:确认|答复|回复|明确)(?:后|以后|之后)?(?:再|正式)(?:报送|上报|提交)"
                        r"|(?:正在施工|正在整改|正在进行|尚未完成|还未完成|还没完成|未完工)[^。]{0,40}?(?:完成|完工|竣工)(?:后|以后|之后)"
                        r"(?:再|正式)?(?:报送|上报|提交|补报|发送)"
                        r"|(?:重置|解锁|找回|恢复|开通)(?:后|以后|之后)(?:我们|我局|我乡|我镇|我单位)?再(?:核实|核对)?(?:反馈|报送|上报)"
                        r"|(?:尚未完成|还未完成|没有完成|未完成)[^。]{0,40}?申请(?:延期|延长|推迟|缓报)"
                        r"|(?:审阅|审核|审定|把关|指正|无意见|没有意见|无异议)(?:后|以后|之后)[^，。,；;]{0,6}?再(?:签发|盖章|印发|正式|报送|上报|提交)"
                        r"|(?:没问题|没有问题|无问题)(?:的话)?(?:后|以后|之后)?再(?:正式)?(?:报送|上报|提交|发送|报)"
                        r"|不是正式(?:报送|上报)(?:稿|件|的)?|(?:正式)?(?:报送|上报)[^，。,；;]{0,4}(?:前|之前)[^，。,；;]{0,6}(?:请|麻烦)[^，。,；;]{0,6}(?:看|审)")


def not_yet_submitted(parsed: ParsedMail, campaigns: list[Campaign]) -> str | None:
    """The sender's own words say the files are not the submission yet ("附件是我乡填了一半的台账，
    麻烦看一下填法对不对，确认后再正式报送"): a question for a person, whatever the files are."""
    found = NOT_YET_RE.search(normalize(senders_own_text(parsed, campaigns)))
    return found.group(0) if found else None


# 是否符合推荐条件请明示；如不符合，我镇另行调整人选: a question on what is sent, and what the sender will send instead if
# the answer is no: the submission stands only on the office's answer
ASKS_IF = re.compile(r"是否(?:符合|可以|能够?|可|适合|合适|满足|具备)[^。？?！!\n]{0,20}?(?:请|？|\?|$)")
IF_NOT = re.compile(r"(?:如|若|如果|假如)(?:不符合|不行|不可以|不能|不合适|不适合|不满足|不具备|不可)[^。？?！!\n]{0,20}?"
                    r"(?:另行|重新|再|立即|马上)(?:调整|更换|换|推荐|报送|上报|推选|确定)[^。；;！!？?\n，,]*")


def stands_on_an_answer(parsed: ParsedMail, campaigns: list[Campaign]) -> str | None:
    """The reason's words when the sender asks whether what it sends is acceptable and says what it will send
    instead if not ("其中某某同志…是否符合推荐条件请明示；如不符合，我镇另行调整人选"): a person answers first.
    A courtesy (如有不妥请告知) or a question on the side (请问还需要纸质版吗？) is not this."""
    own = normalize(senders_own_text(parsed, campaigns))
    found = IF_NOT.search(own)
    if not (found and ASKS_IF.search(own)):
        return None
    return f"邮件询问所报内容是否符合要求，不符合将另行调整（“{found.group(0)}”），报送内容尚未确定"


# 通知收到，我局正在逐项核对，核对完后反馈: the notice is received and the answer is still to come
RECEIVED = re.compile(r"(?:通知|文件|邮件|来函)(?:已)?收到|(?:已|均已)?收到(?:通知|文件|邮件|来函)|收悉")
STILL_TO_COME = re.compile(r"(?:正在|抓紧|尽快|随后|稍后|核对完|核实完|完成后|汇总后|整理后|核对后|核实后)"
                           r"[^。；;]{0,24}?(?:反馈|报送|上报|发送|回复|报来|发来)")


def only_acknowledges(parsed: ParsedMail, campaign: Campaign, applicable) -> bool:
    """A mail with nothing attached whose sender's own words only say the notice arrived and the answer
    will follow, and answer none of the unit's fields (核实无误, 无意见): nothing to file, nothing to do."""
    if parsed.attachments:
        return False
    own = normalize(senders_own_text(parsed, [campaign]))
    facts = _sender_facts(parsed, own)
    answered = any(p.kind == "field" and field_found(p, facts, req) for req in applicable for p in req.parts)
    return bool(RECEIVED.search(own) and STILL_TO_COME.search(own)) and not answered and not _asks(own)


def _sender_facts(parsed: ParsedMail, own: str) -> str:
    """The subject and the sender's own words ``own`` (a quoted notice left out): where facts are typed."""
    return "\n".join([subject_text(parsed.subject), own])


def _an_answer_only(req) -> bool:
    """A requirement made of fields only (核实结果, 意见建议 or 无意见, a 回执's names): an answer, no file."""
    return bool(req.parts) and all(p.kind == "field" for p in req.parts)


def _asks(text: str) -> bool:
    """A question mark or a question word, once requests to check the attachments, links (a
    myanswer.html?sid=… query), a survey's questions restated with their answers (一、是否已接入…：是) and
    a chat record pasted below (…的聊天记录: the colleagues' words, not the sender's) are set aside."""
    text = CHAT_RECORD.sub("", text)
    return bool(QUESTION_RE.search(REVIEW_REQUEST_RE.sub("", ANSWERED_QUESTION.sub("", LINK_RE.sub(" ", text)))))


# 三、是否存在“一机两网”情况：否: a form's question written out with its answer after the colon, or in the next cell
# of a table row (一| 本单位是否已使用县电子公文系统（是/否）| 否: an HTML table read as text)
ANSWERED_QUESTION = re.compile(r"[^\n：:？?|]*(?:是否|能否|可否|有无|有没有)[^\n：:？?|]{0,40}(?:[:：]|[ \t]*[|\t])[ \t]*[^\s？?|]"
                               r"[^\n？?]*")
# 融媒体中心网络安全工作群的聊天记录 (汤文 2058-06-16 09:12 / 县政府办要报外网调查…？): a chat pasted, to the end
CHAT_RECORD = re.compile(r"[^\n]{0,30}(?:的)?聊天记录[:：]?\s*\n[\s\S]*$")


LINK_RE = re.compile(r"https?://[!-~]+", re.I)
MATERIAL_NOUN_RE = re.compile(r"(?:表格|表|单|回执|材料)$")
QUESTION_RE = re.compile(r"[?？]|请问|是否|能否|可否")
# "请审核是否符合要求": asking the office to check what is attached, not a question to answer
REVIEW_REQUEST_RE = re.compile(r"(?:审核|审阅|审查|审定|核对|核实|查看|看看|把关)(?:一下)?[^，。,；;？?]{0,4}?(?:是否|有无)[^，。,；;？?]{0,12}[？?]?")


def answered_in_body(parsed: ParsedMail, campaign: Campaign, applicable, named: dict) -> tuple[list[str], list[str]]:
    """A mail without attachments can only bring facts (names, phone numbers), or a download link where the
    notice lets a part come by one (``links: true``): it answers a requirement asking for them when the
    sender's own words name what it is for and carry those facts ("医保局培训报名" with the trainees and their mobiles in
    the body: a partial signup). A signature's phone number alone, or a question
    about the notice ("请问报名表需要盖章吗？"), does not."""
    own = senders_own_text(parsed, [campaign])
    said = normalize(" ".join([parsed.subject or "", own]))
    if _asks(said):
        return [], []
    facts = _sender_facts(parsed, own)  # 县气象局参会回执：王磊 副局长 139…, the body empty
    shared = bool(openable_shares(own))
    for req in applicable:
        paged = pages_linked(req.parts, own)  # a 公示 page's link on the county site for its screenshot
        if (shared and any(p.links for p in req.parts) or paged) and req.id in named:
            # 大屯镇成果展航拍视频和照片原图 by a 文叔叔 / 百度网盘 link, where the notice lets big files come so
            link = "政府网站的网页链接，通知允许以链接代替截图" if paged and not shared else "下载链接，通知允许以链接报送"
            return [req.id], [f"{req.title}（正文写有{link}）"]
        fields = [p for p in req.parts if _typed_in_words(p) and field_found(p, facts, req)]
        # the campaign's own words count for its only requirement (参会回执 for the 参会人员回执)
        words = [req.title, *req.hints, *(campaign.subject_hints if len(applicable) == 1 else [])]
        stems = {MATERIAL_NOUN_RE.sub("", normalize(w)) for w in words}
        # …对2041年民生实事项目无意见: the unit's only requirement, an answer and nothing else (fields only),
        # given in the words its pattern asks (words, no number: a signature's mobile answers nothing)
        by_pattern = len(applicable) == 1 and _an_answer_only(req) and any(_said_in_words(p, facts) for p in fields)
        if fields and (req.id in named or by_pattern or any(len(s) >= 2 and s in said for s in stems)):
            return [req.id], [f"{req.title}（正文写有{'、'.join(p.title for p in fields)}）"]
        # 回复：回复：…问卷 — 更正：第五题…手机号码为…, above the office's reply and the unit's first answer (rounds.py)
        first = first_answer_under_the_offices_reply(parsed, campaign, own) if req.id in named else ""
        if first and _an_answer_only(req) and all(field_found(p, first, req) for p in req.parts):
            return [req.id], [f"{req.title}（回复本办对其答复的意见，补充或更正原答复）"]
    return [], []


# 李芳娜 武装部长 13275679762 (a table row), 蒋涛总工程师 13722811008 (a subject): a person's name, maybe with a
# post, beside a mobile number; not a label (联系电话 138…)
PERSON_WITH_PHONE = re.compile(r"(?<![\u4e00-\u9fa5])(?!联系|电话|手机|号码)[\u4e00-\u9fa5]{2,12}(?<!电话)(?<!手机)(?<!号码)(?<!方式)"
                               r"[\s,，、:：]+(?:[\u4e00-\u9fa5（）()]{2,12}[\s,，、:：]+)?1[3-9]\d{9}")


def answered_in_words(parsed: ParsedMail, campaign: Campaign, req) -> bool:
    """A requirement of fields only (核实结果: 无误 / 有误; 意见建议 or 无意见) that the sender's own words
    answer (我局核实表有两处有误，已在打印的表上改好并盖章，拍照发过来): the photos are the form the words speak
    of, not a table or a scan asked in another format."""
    if not _an_answer_only(req):
        return False
    facts = _sender_facts(parsed, senders_own_text(parsed, [campaign]))
    return all(field_found(p, facts, req) for p in req.parts)


def _typed_in_words(part) -> bool:
    """A part the sender can give in the mail's words: a field, or a photo part whose ``pattern`` stands
    for its pictures (the 问卷's “查看我的答卷” link where its screenshot is asked)."""
    return part.kind == "field" or (part.kind == "photo" and bool(part.pattern))


def _said_in_words(part, text: str) -> bool:
    """The field's pattern found as words, no number in them (无意见; not a signature's mobile)."""
    m = re.search(part.pattern, text) if part.pattern else None
    return bool(m) and not re.search(r"\d", m.group())


def field_found(part, text: str, req) -> bool:
    """A field part is in the text: its pattern, or, for the names a roll asks (a requirement of
    fields only: a 参会回执's 姓名 and 手机), a name written beside a mobile number with no label (the
    回执 pasted as a table, typed in the subject). Where a document is asked too, a signature's
    name and mobile are no answer (访谈领导姓名 is not whoever signs the mail)."""
    if part.pattern and re.search(part.pattern, text):
        return True
    if part.kind == "field" and _an_answer_only(req) and NOT_APPLICABLE.search(text):
        return True  # 调查表中的终端数量、网络安全管理员等项目对我局不适用: the answer is that nothing applies
    return ("姓名" in part.title and all(p.kind == "field" for p in req.parts)
            and bool(PERSON_WITH_PHONE.search(text) or PERSON_WITH_PHONE_IN_BRACKETS.search(text)))


# 副乡长邹新（手机18940063622）: the person's mobile in brackets after the name
PERSON_WITH_PHONE_IN_BRACKETS = re.compile(r"(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{2,12}(?<!电话)(?<!手机)(?<!号码)\s*[（(]\s*"
                                           r"(?:手机号码|手机号|手机|联系电话|电话)?\s*[:：]?\s*1[3-9]\d{9}\s*[)）]")


# …等项目对我局不适用, 我乡不涉及此项: a unit answering that what is asked does not apply to it
NOT_APPLICABLE = re.compile(r"(?:均|都|全部)?(?:不适用|不涉及|无此项|无此类|没有此项|无相关(?:情况|事项))")


def fallback_requirement(applicable, received_at, open_requirements) -> tuple[list[str], list[str]]:
    """No word names a requirement: the only one, the next one due, or the only one still open. The
    next one due even when the unit has sent it already: a bare 材料 on 05-09 is more likely the
    interview again (due 05-11) than a summary of an activity of 05-15 not yet held."""
    candidates = [r for r in applicable if open_requirements is None or r.id in open_requirements]
    if len(applicable) == 1:
        return [applicable[0].id], [f"{applicable[0].title}（该单位仅此一项）"]
    if received_at is not None:
        pending = sorted((r for r in applicable if received_at <= r.due), key=lambda r: r.due)
        if pending:
            return [pending[0].id], [f"{pending[0].title}（尚未截止的最近一项）"]
    if len(candidates) == 1:
        return [candidates[0].id], [f"{candidates[0].title}（唯一未完成的一项）"]
    return [], []


def _inapplicable(parsed: ParsedMail, campaign: Campaign, unit: str):
    """A requirement the mail's words name but the unit does not owe (教育局 sending 访谈稿);
    here the sender's whole own text counts, not only its opening lines."""
    owed = {r.id for r in campaign.requirements_for(unit)}
    named = words_found(parsed, campaign, [Place("body", normalize(senders_own_text(parsed, [campaign])))])
    return next((r for r in campaign.requirements if r.id not in owed and r.id in named), None)


def _inside_document(parsed: ParsedMail, a) -> bool:
    """A picture taken out of a report (a logo, a seal, a pasted photo): the report's
    own words say what it is, the picture adds nothing to that."""
    parent = parsed.attachments[a.parent] if a.parent is not None and 0 <= a.parent < len(parsed.attachments) else None
    return parent is not None and parent.kind == "document"


def is_photo(a) -> bool:
    if a.kind == "photo":
        return True
    return a.kind == "other" and (a.filename or "").lower().endswith(PHOTO_EXT)
