"""Who sent it: evidence for each unit, gathered the way a clerk reads a mail."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from collector.campaign import Campaign, office_addresses, with_derived_aliases
from collector.model import ParsedMail
from collector.match.introduced import introduces_oneself
from collector.match.names import (SOURCE_LABELS, Hit, NameIndex, address_pinyin_hits, name_index,
                                   signature_pinyin_hits)
from collector.match.text import (QUOTED_FROM_RE, QUOTED_HEADER_RE, content_lines, cut_quoted, drop_pasted, normalize,
                                  per_campaign, strip_quoted)
from collector.match.words import FORWARD, UNIT_LIKE_RE, is_notice_title, subject_text

SELF_RE = re.compile(r"我单位|本单位|我局|本局|我镇|本镇|我乡|本乡|我区|我中心|我分局|我委")
# ---------------------------------------------------------------- evidence


def _doc_texts(parsed: ParsedMail) -> list[str]:
    return [a.text for a in parsed.attachments if a.text and a.kind == "document"]


def _notices(campaigns: list[Campaign]) -> tuple[str, ...]:
    return tuple(c.notice_text for c in campaigns if c.notice_text)


def senders_own_text(parsed: ParsedMail, campaigns: list[Campaign]) -> str:
    """The mail body's own words: quoted replies and pasted notices of ``campaigns`` cut, the sender's own earlier mail
    it forwards kept. Most rules read this, not the whole body (cached: they ask for the same mail's words)."""
    own = _own_words(parsed.body_text or "", _notices(campaigns))
    resent = own_mail_forwarded(parsed.subject or "", parsed.body_text or "", parsed.from_addr or "")
    return own + "\n" + _own_words(resent, _notices(campaigns)) if resent else own


@functools.lru_cache(maxsize=4)
def own_mail_forwarded(subject: str, body: str, sender: str) -> str:
    """The text of the sender's own earlier mail it forwards (sent to a mistyped address, bounced, sent on again):
    the quoted header's 发件人 is the sender's own address, so those are its own words too."""
    if not sender or not FORWARD.match(subject):
        return ""
    lines = normalize(body).splitlines()
    rest = lines[len(cut_quoted(lines)):]
    head = rest[:8]
    senders = [ln for ln in head if QUOTED_FROM_RE.match(ln)]
    if not senders or sender.lower() not in senders[0].lower():
        return ""
    at = next(k for k, ln in enumerate(rest) if ln in senders)
    text = rest[at + 1:]
    while text and (QUOTED_HEADER_RE.match(text[0]) or not text[0].strip()):
        text = text[1:]
    return "\n".join(cut_quoted(text))


@functools.lru_cache(maxsize=4)  # several rules ask for the same mail's own words
def _own_words(body: str, notices: tuple[str, ...]) -> str:
    return strip_quoted(body, list(notices))


@functools.lru_cache(maxsize=4)
def _doc_lines(text: str, notices: tuple[str, ...]) -> tuple[str, ...]:
    """A document's lines without what was pasted from the notice (a copy of the
    notice attached back names every unit: not evidence)."""
    return tuple(drop_pasted(content_lines(text), list(notices)))


def forwarded_by_the_office(parsed: ParsedMail, campaigns: list[Campaign]) -> bool:
    """A collecting mailbox (a co-issuer's too) forwarding a unit's mail: the forwarded mail speaks,
    not the forwarder's name and sign-off."""
    return (parsed.from_addr or "").lower().strip() in office_addresses(campaigns) and bool(parsed.forwarded)


def gather_hits(parsed: ParsedMail, campaigns: list[Campaign], learned: dict | None) -> list[Hit]:
    idx = name_index(campaigns)
    learned = learned or {}
    hits: list[Hit] = []
    office = office_addresses(campaigns)

    def by_address(addr: str | None, source: str, learned_source: str) -> None:
        addr = (addr or "").lower().strip()
        if not addr or addr in office:
            return
        for c in campaigns:
            for u in c.units:
                if addr in u.addresses:
                    hits.append(Hit(c.id, (u.name,), source, addr, addr))
        if addr in learned:  # learned in one campaign, it names the unit in every campaign
            unit = learned[addr][1]
            for c in campaigns:
                if c.unit_by_name(unit):
                    hits.append(Hit(c.id, (unit,), learned_source, addr, addr))

    forwarder = forwarded_by_the_office(parsed, campaigns)
    by_address(parsed.from_addr, "address", "learned")
    if not any(h.source in ("address", "learned") for h in hits):
        hits += address_pinyin_hits(parsed.from_addr, campaigns)
    hits += [] if forwarder else idx.hits(parsed.from_name or "", "from_name")
    hits += idx.hits(subject_text(parsed.subject), "subject")
    for fwd in parsed.forwarded:
        by_address(fwd.from_addr, "fwd_address", "fwd_address")
        hits += idx.hits(fwd.from_name or "", "fwd_name")
        hits += idx.hits(subject_text(fwd.subject or ""), "fwd_subject")
    for a in parsed.attachments:
        if a.kind != "link":
            hits += idx.hits(re.sub(r"\.[A-Za-z0-9]{1,5}$", "", a.filename or ""), "filename")
    own = "" if forwarder else senders_own_text(parsed, campaigns)
    hits += body_hits(idx, content_lines(own), "signature", "body_lead", "body")
    hits += signature_pinyin_hits(content_lines(own), campaigns)
    for text in _doc_texts(parsed):
        hits += body_hits(idx, _doc_lines(text, _notices(campaigns)), "doc_sign", "doc_head", "doc_body")
    return hits


SUBMIT_RE = re.compile(r"报送|上报|呈报|提交|发送|发来|报来|送上|查收|现将|附件|报上|材料如下")


def _alias_dominates(line: str, alias_text: str) -> bool:
    """A 落款 line: the unit name, maybe 办公室, a person, a phone, a date -- little else."""
    line = normalize(line)
    # the unit's own office signs (和尚房子乡应急办, 县财政局国库股): still the unit's sign-off
    # 老大杖子乡农业综合服务站: a town's station of a longer name signs for the town too
    rest = re.sub(re.escape(alias_text) + r"(?:人民政府|政府)?[\u4e00-\u9fa5]{0,6}?(?:办公室|办|股|科|室|站|所)", "", line,
                  count=1)
    rest = rest if rest != line else line.replace(alias_text, "", 1)
    rest = re.sub(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d[\d\-\s]{5,}\d|[\W_a-zA-Z\d]+", "", rest)
    rest = re.sub(ROLE_RE.pattern + r"|联系人|联系电话|电话|手机|办公室|(?:党政|综合|政府|党政综合)办|人民政府|政府|党委|党组|管委会|经办人|报送人|[:：]",
                  "", rest)
    return len(rest) <= 4


MISTAKEN_RE = re.compile(r"(?:误|错)(?:将|把)")
COOPERATION_RE = re.compile(r"会同|联合|配合|协同|协助|邀请|派出|组织|参加|一道|共同")


def _submitting_clause(line: str, alias_text: str) -> bool:
    """"现将县发改局访谈材料报送": the name in the clause that sends the mail,
    not a partner in a report ("会同县公安局开展…")."""
    for clause in re.split(r"[，。；;,!！？?]", line):
        if alias_text in clause:
            before = clause[: clause.find(alias_text)]
            if MISTAKEN_RE.search(before):
                return False  # 上周五误将交通局的推荐材料发来: the unit whose files were sent by mistake, not the sender
            return bool(SUBMIT_RE.search(clause)) and not COOPERATION_RE.search(before + clause) and len(before) < 20
    return False


# …如下： ends a sentence that introduces a list, never a salutation
LIST_FOLLOWS_RE = re.compile(r"如下\s*[:：]\s*$")
# 药王庙镇人民政府参加推进会议人员如下： / 县水利局报名情况如下: the writer's unit opens the sentence that lists its answer
OWN_LIST_RE = re.compile(r"^[^，。,；;！!？?]{0,40}如下\s*[:：]?\s*$")


def _opens_its_own_list(line: str, alias_text: str) -> bool:
    """The body's opening sentence, the unit its first words, introduces the list below it (…人员如下：)."""
    line = normalize(line).strip()
    return line.startswith(alias_text) and bool(OWN_LIST_RE.match(line[len(alias_text):]))


# 玲珑塔镇秋收进度：播种3.37万亩…: the unit, a few words of what follows, a colon, and the answer on the same line
OWN_HEADING_RE = re.compile(r"^(?P<head>[^，。,；;！!？?:：\s]{2,10})[:：]\s*\S")
AN_OFFICE_END = re.compile(r"(?:办公室|办|室|科|股|局|站|所|中心|政府|党委|同志|领导|你好|您好)$")


def _opens_with_its_heading(line: str, alias_text: str) -> bool:
    """A body whose first line opens with the unit and a heading over the answer that follows it on the same line
    (a text message made a mail, 139邮箱's 短信发邮件: `玲珑塔镇秋收进度：播种…`): the unit names itself, as a
    subject would. A letter's salutation (大屯镇党政办：…, 大屯镇：…) is no heading."""
    line = normalize(line).strip()
    head = OWN_HEADING_RE.match(line[len(alias_text):]) if line.startswith(alias_text) else None
    return bool(head) and not AN_OFFICE_END.search(head.group("head"))


# 邓航，现任贺杖子乡人民政府党政综合办公室副主任: a person's 事迹材料 opens with where the person works
SERVES_IN_RE = re.compile(r"^[\u4e00-\u9fa5·]{2,5}(?:同志)?[，,]\s*(?:[男女][，,]\s*)?(?:[^，,。]{0,20}[，,]\s*)?"
                          r"(?:现任|现为|现系|系|任)\s*(?:[\u4e00-\u9fa5]{1,5}县)?$")  # 现任建昌县…: any county's name


def _where_the_person_serves(line: str, alias_text: str) -> bool:
    """The unit a 事迹材料's opening sentence says its person holds a post in."""
    at = line.find(alias_text)
    return at > 0 and bool(SERVES_IN_RE.search(line[:at]))


def _news_headline(line: str, alias_text: str) -> bool:
    """雷家店乡：村务公开栏“晒”出明白账 — a 政务信息's headline opens with the unit that writes it."""
    return line.startswith(alias_text) and len(line) > len(alias_text) + 4 and line[len(alias_text)] in "：:"


TITLE_RE = re.compile(r"总结|访谈|报告|情况|材料|讲话|稿|方案|计划|要点|汇报|表|台账|名单|清单|简报|说明|申报书|承诺书")


def _title_line(line: str, alias_text: str) -> bool:
    """建昌县医疗保障局关于…活动的总结: the document's own title, naming its author first."""
    pos = line.find(alias_text)
    return pos < 6 and bool(TITLE_RE.search(line)) and not COOPERATION_RE.search(line[:pos + len(alias_text)])


def _self_reference(line: str, alias_text: str) -> bool:
    """我单位（喇嘛洞镇） / 喇嘛洞镇（我镇）: the name right next to 我单位."""
    pos = line.find(alias_text)
    for m in SELF_RE.finditer(line):
        gap = line[m.end() : pos] if m.end() <= pos else line[pos + len(alias_text) : m.start()]
        if len(re.sub(r"[\s（）()：:,，、是为即]", "", gap)) == 0:
            return True
    return False


# 填报单位, 推荐乡镇（盖章）, 所属乡镇, 单位名称: a form's cell saying whose form it is
FORM_FIELD_RE = re.compile(r"(?:填报|报送|填表|上报|申报|推荐|值班|编制|制表)(?:单位|乡镇|部门)|所属乡镇|(?:单位|乡镇|部门)名称"
                           r"|单位\s*[（(]盖章[)）]")
# a person's own form (a 学员登记表 a trainee sends) says whose it is by the 工作单位 the person works in
WORK_UNIT_RE = re.compile(r"工作单位")
# a table's first cells, 乡镇 | 新开岭乡人民政府 (read as one line: 乡镇新开岭乡人民政府…): the label, then the name
FORM_LABEL_FIRST = ("乡镇", "单位")


# the opening line of a letter: a name and a colon, nothing else (县工信局：, 尊敬的县政府办公室：)
SALUTATION_RE = re.compile(r"\s*(?:尊敬的)?[\u4e00-\u9fa5（）()]{2,30}\s*[:：]\s*")


def body_hits(idx: NameIndex, lines: Sequence[str], sign_src: str, lead_src: str, weak_src: str) -> list[Hit]:
    """Names in a text: 落款 lines and a heading / opening sentence are strong;
    a line that speaks of itself (我单位) is strong; every other mention is weak."""
    out: list[Hit] = []
    n = len(lines)
    # a cell saying whose the form is (a 推荐表's 推荐单位): the person's 工作单位 is then only where the person works
    owner_cell = any(FORM_FIELD_RE.search(line) for line in lines)
    for i, line in enumerate(lines):
        if i < 2 and SALUTATION_RE.fullmatch(line) and not LIST_FOLLOWS_RE.search(line):
            continue  # 县工信局：— whom the letter is to, not who writes it
        edge = i < 3 or i >= n - 4
        line_hits = idx.hits(line, sign_src, fuzzy=edge or bool(SELF_RE.search(line)))
        if not line_hits:
            continue
        label = FORM_FIELD_RE.search(line) or (None if owner_cell else WORK_UNIT_RE.search(line))
        for h in line_hits:
            if (label and line.find(h.text) > label.start()) or any(
                    line.startswith(first + h.text) for first in FORM_LABEL_FIRST):
                h.source = sign_src  # 填报单位（盖章）：要路沟乡 — a form says who fills it in
            elif i >= n - 4 and _alias_dominates(line, h.text):
                h.source = sign_src
            elif i < 3 and (_alias_dominates(line, h.text) or _submitting_clause(line, h.text)
                            or (weak_src == "body" and introduces_oneself(line, h.text))
                            or (weak_src == "body" and (_opens_its_own_list(line, h.text)
                                                        or i == 0 and _opens_with_its_heading(line, h.text))) or (
                lead_src == "doc_head" and (i < 2 and (_title_line(line, h.text) or _news_headline(line, h.text))
                                            or _where_the_person_serves(line, h.text)))):
                h.source = lead_src
            elif weak_src == "body" and _self_reference(line, h.text):
                h.source = "body_self"
            else:
                if h.fuzzy:
                    continue
                h.source = weak_src
            out.append(h)
    return out


# 结合我乡（镇）实际, 经本局研究: the writer's own unit, said with a pronoun, names no one
SELF_REFERENCE = re.compile(r"[我本该此](?:分局|局|委员会|委|中心|办公室|办|镇|乡|街道|站|所|院|馆|公司)$"
                            # 乡林业站, 镇财政所: the sender's own town's office, the town not named
                            r"|^[乡镇](?:" + r"林业|农业|水利|畜牧|农经|文化|财政|司法|国土|规划|城建|社保|民政|计生|综合" + r")"
                            r"(?:服务)?(?:站|所|中心|办)$")


def unknown_units(parsed: ParsedMail, campaigns: list[Campaign], headline_only: bool = False) -> list[str]:
    """Unit-like names in strong places that are not on any roster (县统计局).
    ``headline_only``: only the sender's name and the subject."""
    idx = name_index(campaigns)
    office = {normalize(n) for c in campaigns for n in c.office_names}
    subject = subject_text(parsed.subject)
    from_the_office = (parsed.from_addr or "").lower().strip() in office_addresses(campaigns)
    # the collecting mailbox's own name (县政府办公室) is the office's, whichever campaign names it
    places = ["" if from_the_office or forwarded_by_the_office(parsed, campaigns) else parsed.from_name or "",
              "" if is_notice_title(subject) else subject]
    if not headline_only:
        own = content_lines(senders_own_text(parsed, campaigns))
        places += ["\n".join(own[-4:]), "\n".join(own[:2])]
        places += [a.filename for a in parsed.attachments if a.filename]
        places += [f.from_name or "" for f in parsed.forwarded]
        for a in parsed.attachments:
            if a.kind != "document" or not a.text:
                continue
            dl = _doc_lines(a.text, _notices(campaigns))
            # a spreadsheet's last lines are rows of data (辖区加油站), not a 落款
            places += [*dl[:2], *([] if SPREADSHEET_RE.search(a.filename or "") else dl[-3:])]
    out: list[str] = []
    for place in places:
        masked = idx.mask_known(place)
        for m in [*UNIT_LIKE_RE.finditer(masked), *INSTITUTION_LIKE_RE.finditer(masked)]:
            if m.start() > 0 and masked[m.start() - 1] == "|" and SUB_OFFICE.fullmatch(m.group()):
                continue  # 王宝营子乡人民政府林业站: an office of the unit just named
            if m.start() > 0 and masked[m.start() - 1].isdigit() and m.group()[0] in "年月日":
                continue  # 2058年城镇老旧小区: a date's 年 and the word 城镇, no 年城镇
            if issues_a_document_number(masked, m.end()):
                continue  # 建政法委〔2093〕4号: the notice's issuer, in its 文号, is not who sends
            name = re.sub(r"^(?:关于|报送|上报|转发|回复|现将|我们|附件|[为向对由将把是经])+", "", m.group())
            name = DUTY_BEFORE.sub("", name)  # 从事办公室工作年限: a line of work, no 从事办公室
            if name in office or any(name.endswith(o) for o in office) or len(name) < 3:
                continue
            if name in out or re.match(r"[各全本我该有第]|中小学", name) or "乡镇" in name or SELF_REFERENCE.search(name) \
                    or PERIOD_IN_NAME.search(name) or GENERIC_BODY.match(name) \
                    or idx.scan(name):
                continue  # idx.scan: a typo of one of ours (莽牛营子乡)
            start = m.end() - len(name) if m.group().endswith(name) else m.start()
            if the_campaigns_own_topic(masked, start, m.end(), campaigns):
                continue  # 杨树湾子乡图书馆分馆建设情况: the 图书馆 of the topic's 图书馆分馆, no body sending
            if not _names_a_material(name, campaigns) and not COMMON_NOUN_END.search(name) \
                    and not BUILDING_OFFICE.match(name):
                out.append(name)
    return out


# what follows an issuer's abbreviation in a 公文's 文号: the kind of paper (发, 办字, 函), the year in brackets
# (〔2093〕, [2093], (2093), 【2093】 — （） and ［］ are half-width by now) and the number (4号, 第12号)
DOCUMENT_NUMBER_TAIL = re.compile(r"[发字函办电通]{0,2}\s*[〔\[(【]\s*(?:19|20)\d{2}\s*年?\s*[〕\])】]\s*第?\s*\d{1,5}\s*号")


def issues_a_document_number(text: str, end: int) -> bool:
    """The unit-like name ending at ``end`` of ``text`` opens a 文号 (建政法委〔2093〕4号): it names the
    notice's issuer, never the sender, whether or not any roster knows it."""
    return bool(DOCUMENT_NUMBER_TAIL.match(text, end))


def on_roster_elsewhere(name: str, campaigns: list[Campaign]) -> str | None:
    """The roster unit ``name`` names when it is on the standing roster but in none of
    the campaigns (县档案馆 writing to a campaign of towns only): no unit to add.
    Asked only of names no campaign knows, which are few."""
    key = normalize(name)
    for roster, county in {id(c.roster): (c.roster, c.county) for c in campaigns if c.roster}.values():
        for unit in roster.units:
            if key in {normalize(n) for n in with_derived_aliases(unit, county).all_names()}:
                return unit.name
    return None


def units_shortened_to(name: str, campaigns: list[Campaign]) -> list[str]:
    """The units of the campaigns of which ``name`` is a short form (``shortened_from``)."""
    out: list[str] = []
    for c in campaigns:
        out += [u for u in shortened_from(name, c.county, c.units) if u not in out]
    return out


def shortened_from(name: str, county: str, units) -> list[str]:
    """The units of which ``name`` is a short form people make: the same first and last character as the name
    without its county, every other character taken from it (文广旅局 and 文旅广电局 for 建昌县文化旅游和广播电视局,
    乡振局 for 县乡村振兴局). Also the drafter's (drafting/senders/units.py), over the roster."""
    county_or_xian = rf"^(?:{re.escape(county)}|县)" if county else r"^县"
    core = re.sub(county_or_xian, "", name)
    if len(core) < 3:
        return []
    out: list[str] = []
    for unit in units:
        fulls = [re.sub(county_or_xian, "", n) for n in unit.all_names()]
        if unit.name not in out and any(a_short_form_of(core, f) for f in fulls):
            out.append(unit.name)
    return out


def a_short_form_of(short: str, full: str) -> bool:
    """文旅广电局 of 文化旅游和广播电视局, 交警大队 of 交通警察大队: the same first and last character, every other
    character taken from the full name."""
    return full[:1] == short[:1] and full[-1:] == short[-1:] and all(ch in full for ch in short[1:-1])


def short_name_hits(unknown: list[str], campaigns: list[Campaign]) -> tuple[list[Hit], list[str]]:
    """Hits for the names no campaign lists that shorten exactly one unit's name, and
    the names still unknown."""
    hits, still = [], []
    for name in unknown:
        units = units_shortened_to(name, campaigns)
        if len(units) != 1:
            still.append(name)
            continue
        hits += [Hit(c.id, (units[0],), "short_name", units[0], name) for c in campaigns if c.unit_by_name(units[0])]
    return hits, still


# 从事办公室工作, 分管办公室: a duty or a line of work before an office's kind, no part of a name
DUTY_BEFORE = re.compile(r"^(?:从事|负责|分管|主管|协管|联系)")
SUB_OFFICE = re.compile(r"(?:人民政府|政府)?[\u4e00-\u9fa5]{0,6}?(?:办公室|办|站|所|股|科|室|中心|大队|中队)")  # …农业综合服务站
# what follows a known name (八家子经济开发区管理委员会) is no unit of its own
GENERIC_BODY = re.compile(r"^(?:管理委员会|管委会|人民政府|政府|委员会|办公室|党政办|综合办|党委)$")
SPREADSHEET_RE = re.compile(r"\.(?:xlsx|xlsm|xls|et|csv|ods)$", re.I)
# a school or a hospital named as a material's owner (建昌县第二初级中学防溺水排查台账): no unit of the
# roster, and the unit sending it on is a person's call
INSTITUTION_LIKE_RE = re.compile(r"(?:建昌县|县)?[\u4e00-\u9fa5]{2,8}?(?:中学|小学|学校|幼儿园|中心校|卫生院|医院)")
PERIOD_IN_NAME = re.compile(r"季度|年度|月份|上半年|下半年")  # 第四季度网站(自查表): a period, no unit
# who signs for the unit (牤牛营子乡总河长 唐立英, 县水利局局长 王强): a role, not more of a name
# the head of a unit (县水利局局长, 主要负责同志): no topic of a material, no more of a name
HEAD_ROLE_RE = re.compile(r"(?:副)?(?:书记|乡长|镇长|局长|主任|主要负责同志|主要负责人|负责人|负责同志)")
# who signs a sign-off: a head, or an office's or a system's chief (总河长 is also a topic: 河长制)
ROLE_RE = re.compile(rf"(?:党委|党组|党支部)?(?:{HEAD_ROLE_RE.pattern}|(?:副)?(?:站长|所长|总河长|河长|林长))")
COMMON_NOUN_END = re.compile(r"(?:场所|住所|处所|厕所)$")  # 共排查餐饮场所: a place, no unit
# 综合楼办公室, 政务大厦办公室: the office of a building that several units share, no unit
BUILDING_OFFICE = re.compile(r"^[\u4e00-\u9fa5]{0,6}(?:楼|大厦|大楼)[\u4e00-\u9fa5]{0,3}办公室$")
MATERIAL_RE = re.compile(r"活动|通知|总结|照片|材料|附件|报告|方案|说明|台账|清单|截图|表$")


@per_campaign
def topic_words(c: Campaign) -> list[str]:
    """The campaign's own words for its matter, three characters or more: its subject hints, its requirements' hints,
    titles and parts' words, and the stretches of its title (2105年“书香建昌”全民阅读推广及图书馆分馆建设情况统计:
    书香建昌, 全民阅读推广, 图书馆分馆建设情况统计)."""
    words = [*c.subject_hints, *(w for r in c.requirements for w in [r.title, *r.hints])]
    words += [w for r in c.requirements for p in r.parts for w in [p.title, *p.words]]
    words += TITLE_STRETCH_BREAK.split(normalize(c.title or ""))
    return sorted({normalize(w) for w in words if w and len(normalize(w)) >= 3}, key=len, reverse=True)


# what cuts a campaign's title into stretches of one matter: what is no Chinese character (a year's digits, quotes),
# 年 after the year, and the words joining two matters
TITLE_STRETCH_BREAK = re.compile(r"[^\u4e00-\u9fa5]+年?|及|和|与|暨")


def the_campaigns_own_topic(text: str, start: int, end: int, campaigns: list[Campaign]) -> bool:
    """The unit-like stretch ``text[start:end]`` is the campaigns' own matter, no body that sends: it runs on into
    one of their words, longer than it, that covers it (杨树湾子乡图书馆分馆建设情况: the 图书馆 of 图书馆分馆, the
    town's branch library it reports on). A body naming itself (县图书馆分馆…: the 县 no word covers; 卫生院) still
    stands."""
    return any(i <= start and i + len(w) >= end
               for c in campaigns for w in topic_words(c) if len(w) > end - start
               for i in (k.start() for k in re.finditer(re.escape(w), text)))


def _names_a_material(name: str, campaigns: list[Campaign]) -> bool:
    """"访谈材料中心" is no unit: a stretch ending like a unit but naming the
    campaigns' own topics or materials (their words) or a kind of document."""
    if MATERIAL_RE.search(name):
        return True
    words = {w for c in campaigns for w in c.subject_hints}
    words |= {w for c in campaigns for r in c.requirements for w in r.hints if len(w) >= 2}
    return any(w in name for w in words)


def _score(hits: list[Hit]) -> tuple[dict, dict]:
    """Per (campaign, unit): total score and strong score (best hit per source)."""
    best: dict[tuple, dict[str, float]] = defaultdict(dict)
    for h in hits:
        if len(h.units) != 1:
            continue
        key = (h.campaign, h.units[0])
        best[key][h.source] = max(best[key].get(h.source, 0.0), h.weight)
    total = {k: sum(v.values()) for k, v in best.items()}
    strong = {
        k: sum(w for s, w in v.items() if s not in ("body", "doc_body")) for k, v in best.items()
    }
    return total, strong


def _describe(hits: list[Hit], key: tuple) -> list[str]:
    out = []
    for h in hits:
        if key[1] in h.units and h.campaign == key[0]:
            label = SOURCE_LABELS[h.source]
            s = f"{label}：{h.text}"
            if h.fuzzy:
                s += f"（近似“{h.alias}”）"
            if s not in out:
                out.append(s)
    return out


# 我村想申报…, signed 北山村村委会: a village writing for itself, not its town
VILLAGE_SELF_RE = re.compile(r"我村|本村")
VILLAGE_SIGN_RE = re.compile(r"[\u4e00-\u9fa5]{1,8}村(?:村民委员会|民委员会|村委会|委会|委|党支部|党总支)")


def a_village_writes(parsed: ParsedMail, campaigns: list[Campaign]) -> str:
    """The sender's own words are a village's (我村…, a 村委会 signing): the village committee
    itself, which no campaign asks; its name, or ""."""
    lines = content_lines(senders_own_text(parsed, campaigns))
    signed = next((m.group() for line in lines[-3:] for m in [VILLAGE_SIGN_RE.fullmatch(line.strip())] if m), "")
    if signed:
        return signed
    return "村委会" if any(VILLAGE_SELF_RE.search(line) for line in lines[:3]) else ""
