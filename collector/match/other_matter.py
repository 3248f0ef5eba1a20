"""Whether a mail's material is really the chosen campaign's, or another year's or another matter's.

Routing (match/campaigns.py) picks the campaign a mail's words and time fit best. A
mail can still be of the same kind and not this campaign's: next year's 5·15 summary,
the "2024年工作总结" where the campaign asks for 2025's, a 全市安全生产执法培训报名表
where the campaign's training asks for a 报名表, a 部门预算公开说明 sent to a campaign
that asks nothing of that name, a mail long after the campaign closed that never
speaks of it. Each check here returns a Routed with no campaign, and why, for a
person to look at; or None when the mail is the campaign's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.commented_draft import returns_its_draft_with_comments
from collector.match.periods import calendar_week_names, requirement_periods
from collector.match.requirements import requirement_words
from collector.match.routed import Routed, Words
from collector.match.text import normalize, per_campaign
from collector.match.units import HEAD_ROLE_RE, senders_own_text
from collector.match.words import (PERIOD_RE, REPLY, UNIT_LIKE_RE, contains_word, document_title, file_stem, file_title,
                                   headline, is_notice_title, named_halves, named_periods, places, remark_on_the_notice,
                                   subject_text, with_their_quarters)

# A mail that names nothing of a campaign still counts for it this long after its
# last deadline (a late unit sending bare photos); later it is taken for another matter.
BARE_GRACE = dt.timedelta(days=7)


YEAR_RE = re.compile(r"(20\d{2})\s*年")
EDITION_RE = re.compile(r"第([一二三四五六七八九十]{1,4}|\d{1,3})届")


def another_year(parsed: ParsedMail, c: Campaign, received_at: dt.datetime | None = None) -> Routed | None:
    """The mail's titles speak of another year, or another edition (第十八届), than the
    campaign does: next year's 5·15 summary is not this year's, however alike. Names
    reused from last year's mail, over this year's content, do not count (see
    ``content_outweighs_old_names``)."""
    found = _titled_another_year(parsed, c)
    if found is not None and found.year_only and content_outweighs_old_names(parsed, c, received_at):
        return None
    return found.routed if found is not None else None


@dataclasses.dataclass(frozen=True)
class _OtherYear:
    routed: Routed
    year_only: bool  # a year decided it (not an edition, a period or a half-year)


def _titled_another_year(parsed: ParsedMail, c: Campaign) -> _OtherYear | None:
    head = _headline_without_asides(parsed, c)
    own_years = _own_years(c)
    years = set(YEAR_RE.findall(head))
    editions, own_editions = set(EDITION_RE.findall(head)), set(EDITION_RE.findall(c.title))
    periods, own_periods = named_periods(head) - calendar_week_names(head, c), _own_periods(c)  # 第29周: the calendar's
    halves, own_halves = named_halves(head), _own_halves(c)  # 2043年下半年's table, for 上半年's
    if years and not years & own_years:
        what = "、".join(sorted(years)) + "年"
    elif editions and own_editions and not editions & own_editions:
        what = "第" + "、".join(sorted(editions)) + "届"
    elif periods and own_periods and not with_their_quarters(periods) & own_periods:
        what = "、".join(sorted(periods))
    elif halves and own_halves and not halves & own_halves:
        what = "、".join(sorted(halves))
    else:
        material = _material_of_another_year(parsed, c)
        return _OtherYear(material, True) if material else None
    routed = Routed(None, f"邮件写的是{what}的材料，不是“{c.title}”的，请人工确认", [c.title])
    return _OtherYear(routed, bool(years) and not years & own_years)


def _headline_without_asides(parsed: ParsedMail, c: Campaign) -> str:
    """The headline, less the files that name none of the campaign's materials while another file
    does: "关于表扬2027年度…的通报.pdf", sent 供参考 beside the 2028 评分表, says nothing of the
    评分表's year."""
    words = requirement_words(c)
    material = [a for a in parsed.attachments if any(w in file_title(a) for w in words)]
    return headline(parsed, material or None)


def content_outweighs_old_names(parsed: ParsedMail, c: Campaign, received_at: dt.datetime | None) -> bool:
    """药王庙镇 copies last year's mail: “2093年” in the subject and every file name, while the body and the 报告's own
    text say 2094, and the mail comes inside the campaign's window. The names were reused; the content's year
    outweighs them. Content that says the names' old year (a 2093 报告 with its 2094 plans), or no year at all,
    leaves the mail held as last year's material."""
    own = {int(y) for y in _own_years(c)}
    if not own or not in_window(c, received_at):
        return False
    named = {int(y) for y in MATERIAL_YEAR_RE.findall(_names(parsed))} - own
    if not named or max(named) >= min(own):
        return False
    content = {int(y) for y in MATERIAL_YEAR_RE.findall(_content_text(parsed, c))}
    return bool(content & own) and not content & named


def _names(parsed: ParsedMail) -> str:
    """What the sender named the mail and its files: the subject and the file names."""
    return normalize(" ".join([parsed.subject or ""] + [file_stem(a.filename) for a in parsed.attachments]))


def _content_text(parsed: ParsedMail, c: Campaign) -> str:
    """The documents' own text and the sender's own words (a quoted notice cut: its year is the campaign's anyway)."""
    docs = [a.text for a in parsed.attachments if a.kind == "document" and a.text]
    return normalize("\n".join([senders_own_text(parsed, [c]), *docs]))


def in_window(c: Campaign, when: dt.datetime | None) -> bool:
    """The mail came between the campaign's notice date and its last deadline."""
    return (when is not None and (c.opens is None or c.opens <= when)
            and (c.last_due is None or when <= c.last_due))


@per_campaign
def _own_periods(c: Campaign) -> set[str]:
    """The periods a campaign collects, where its title or requirements name them: a monthly
    report "首次报送2026年3月份工单办理情况" wants March's, not April's (and, with a second
    period copied from the first, April's too)."""
    return named_periods(normalize(c.title)) | set(requirement_periods(c).values())


@per_campaign
def _own_halves(c: Campaign) -> set[str]:
    """The half-year a campaign's title names (2044年上半年…学时统计 → 上半年)."""
    return named_halves(normalize(c.title))


def _material_of_another_year(parsed: ParsedMail, c: Campaign) -> Routed | None:
    """The campaign's title gives each material its year ("2025年工作总结和2026年工作计划"):
    a mail's "2024年工作总结" is last year's, though 2025 is among the campaign's years."""
    words = sorted(requirement_words(c), key=len, reverse=True)
    wanted = _material_years(normalize(c.title), words)
    title_years = set(MATERIAL_YEAR_RE.findall(normalize(c.title)))
    if not wanted and len(title_years) == 1:  # 2027年度部门预算编制: every material is 2027's
        wanted = dict.fromkeys(words, next(iter(title_years)))
    for place in places(parsed, ""):
        for word, year in _material_years(place.text, words).items():
            if wanted.get(word, year) != year:
                return Routed(None, f"邮件写的是{year}年的{word}，“{c.title}”要的是{wanted[word]}年的，请人工确认",
                              [c.title])
    return None


MATERIAL_YEAR_RE = re.compile(r"(20\d{2})\s*年度?(?!\s*\d{1,2}\s*月)")  # 2025年1月 is a date, not the material's year


def _material_years(text: str, words: list[str]) -> dict[str, str]:
    """material word -> the year written just before it (2025年工作总结)."""
    out: dict[str, str] = {}
    for word in words:
        at = text.find(word)
        if at < 0 or word in out or any(word in w for w in out):
            continue
        years = MATERIAL_YEAR_RE.findall(text[max(0, at - 10):at])
        if years:
            out[word] = years[-1]
    return out


QUOTED = re.compile(r"“[^”]*”|《[^》]*》|\"[^\"]*\"")  # a case's or a document's own title: no topic
QUALIFIER_NOISE = re.compile(PERIOD_RE.pattern + "|" + HEAD_ROLE_RE.pattern + r"|第\s*\d+\s*号|领导班子|班子成员|补发|补报|补充|补交|重发|再发|修改|更正|修订|最新|最终|分享|转发|\d{1,3}\s*[个份张条段篇组件]|\d{2,4}\s*年度?|[\d\s.·•（）()【】\[\]《》“”\"_\-—、，,：:]+|关于|我[局乡镇委办]|本[局乡镇委办]|单位|报送|上报|提交|的$")
VILLAGE_RE = re.compile(r"[\u4e00-\u9fa5]{2,5}?(?:村|社区|居委会)(?![民级务庄镇振])")
PROJECTS_NAME = re.compile(r"(?:工程|项目)[\u4e00-\u9fa5]{0,2}$")  # …改扩建工程(用地)
FOREIGN_RUN = 4  # characters in a row that the campaign never uses: a topic of its own
OWN_RUN = 2  # at most this many such characters: the qualifier is in the campaign's own words
STOCK_WORDS = re.compile(r"工作|情况|问题|有关|相关|专项|开展|全面|进一步|上半年|下半年|全年|年度|年终|季度|月份")


def qualified_as_another_matter(parsed: ParsedMail, chosen: Routed) -> Routed | None:
    """The mail names one of the campaign's materials, but as another matter's: the
    "全市安全生产执法培训报名表" is a 报名表, yet not the one the 政务公开 training asks
    for. What stands before the material's word, once unit names, years and stock
    words are gone, holds a run of words the campaign never uses. A mail that also
    says the material in the campaign's own words, or speaks of the campaign, is its."""
    c = chosen.campaign
    if _mentions(parsed, c, own_name_only=True):
        return None
    known = _campaign_bigrams(c)
    names = _unit_names(c) + people_named(parsed)
    foreign: list[str] = []
    for place in places(parsed, ""):
        for word in requirement_words(c):
            at = place.text.find(word)
            if at < 0:
                continue
            if _listed_after_another_paper(place.text[:at]):
                continue  # 统计表和请示: the 请示 stands alone, 统计表 names another paper of the list, not the 请示's matter
            qualifier = _bare_qualifier(_own_sectors(c).sub(" ", place.text[:at]), names)
            if len(qualifier) < 2 or PROJECTS_NAME.search(qualifier):
                continue  # …农村公路提级改造工程范围图: a project's own name before its paper, no other matter
            if _foreign(qualifier, known):
                foreign.append(qualifier + word)
            elif _longest_unknown_run(qualifier, known) <= OWN_RUN:
                return None  # said in the campaign's own words
            # else neither: 防火检查 before 情况表 for a 消防安全检查 — the other places decide
    if not foreign:
        return None
    return Routed(None, f"邮件写的是“{foreign[0]}”，不是“{c.title}”要求的材料，请人工确认", [c.title])


# 统计表和 / 汇总表、 / 报告及: what stands before a material's word ends with a paper's noun and a joining word
LISTED_AFTER = re.compile(r"(?:表|书|报告|方案|总结|清单|台账|名单|说明|材料|请示|函)\s*(?:和|及|与|以及|、|，|,)\s*$")


def _listed_after_another_paper(before: str) -> bool:
    """The word comes second in a list of papers (一事一议项目统计表和请示): nothing before the joining word qualifies it."""
    return bool(LISTED_AFTER.search(before))


PERSON_RE = re.compile(r"([\u4e00-\u9fa5]{2,3}?)同志|^\s*([\u4e00-\u9fa5]{2,3})[，,]\s*(?:[男女]|现任|现为|现系|系)", re.M)


def people_named(parsed: ParsedMail) -> list[str]:
    """The people a mail's documents are about (邓航同志先进事迹材料; 邓航，现任…), and 同志: a
    推荐表 named for its person (邓航推荐表) is the campaign's own 推荐表, not another matter's."""
    texts = [parsed.subject or "", *(a.filename or "" for a in parsed.attachments),
             *("\n".join((a.text or "").split("\n")[:3]) for a in parsed.attachments if a.kind == "document")]
    found = {n for t in texts for m in PERSON_RE.finditer(normalize(t)) for n in m.groups() if n}
    return sorted(found, key=len, reverse=True) + (["同志"] if found else [])


def _foreign(qualifier: str, known: set[str]) -> bool:
    """A run of words the campaign never uses (安全生产执法 before 培训), or, once stock
    words are gone, a topic of which it uses nothing (档案 in 档案工作年度报告)."""
    if _longest_unknown_run(qualifier, known) >= FOREIGN_RUN:
        return True
    topic = STOCK_WORDS.sub("", qualifier)
    return len(topic) >= 2 and not any(topic[i:i + 2] in known for i in range(len(topic) - 1))


@per_campaign
def _campaign_bigrams(c: Campaign) -> set[str]:
    """The campaign's own words: its title, hints and requirements. Not its notice's text,
    which speaks of much besides (“政务公开助力优化营商环境” in a call for 政务公开 cases
    does not make a 优化营商环境 case for the city's bureau one of them)."""
    texts = [c.title, *c.subject_hints]
    for r in c.requirements:
        texts += [r.title, r.description, *r.hints, *(p.title for p in r.parts), *(w for p in r.parts for w in p.words)]
    text = normalize(" ".join(texts))
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _unit_names(c: Campaign) -> list[str]:
    return sorted({n for u in c.units for n in u.all_names()} | {c.county} - {""}, key=len, reverse=True)


# 教育系统 / 全县卫健行业 before a material's word: a department's own sector, the scope of its table, no other matter.
# 全市教育系统 is the city's: another level's matter, left as it is
SECTOR_WORDS = "系统|行业|战线|领域|条线"
OFFICE_END = re.compile(r"(?:委员会|办公室|局|委|办|中心|站|所|社)$")


@per_campaign
def _own_sectors(c: Campaign) -> re.Pattern:
    """教育系统, 全县教育系统 … of each department or institution the campaign addresses (its name without the county
    and the office word: 教育 of 建昌县教育局), not after 市 / 省 / 国."""
    cores = set()
    for u in c.units:
        if u.kind in ("department", "institution"):
            for name in u.all_names():
                core = OFFICE_END.sub("", name.removeprefix(c.county).removeprefix("县"))
                if len(core) >= 2:
                    cores.add(re.escape(core))
    if not cores:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<![市省国州])(?:全县|县)?(?:{'|'.join(sorted(cores, key=len, reverse=True))})(?:{SECTOR_WORDS})")


def _bare_qualifier(text: str, names: list[str]) -> str:
    """What a headline says before a material's word, without unit names and stock words."""
    for n in names:
        text = text.replace(n, " ")
    text = UNIT_LIKE_RE.sub(" ", QUOTED.sub("", text))  # a name written wrong (莽牛营子乡) is still a name
    text = VILLAGE_RE.sub(" ", text)  # a town sends its villages' tables too (东营子村…统计表)
    text = text.split(" ")[-1]  # only what qualifies the word, not an earlier name or phrase
    return QUALIFIER_NOISE.sub("", text)


def _longest_unknown_run(text: str, known: set[str]) -> int:
    """The longest stretch of ``text`` whose every two-character piece the campaign never uses."""
    best = run = 0
    for i in range(len(text) - 1):
        run = run + 1 if text[i:i + 2] not in known else 0
        best = max(best, run + 1 if run else 0)
    return best


def _own_years(c: Campaign) -> set[str]:
    """The years a campaign's materials may speak of: its title's, else the notice's year
    and the one before it (a notice of January 2025 asks for the 2024年度 自查 without
    saying so in its title), and the years of its deadlines."""
    years = set(YEAR_RE.findall(c.title))
    if not years and c.notice_date:
        years = {str(c.notice_date.year), str(c.notice_date.year - 1)}
    elif c.notice_date:
        years.add(str(c.notice_date.year))
    return years | {str(r.due.year) for r in c.requirements}


def _mentions(parsed: ParsedMail, c: Campaign, own_name_only: bool = False, specific: list[Campaign] | None = None) -> bool:
    """The mail speaks of the campaign anywhere (subject, body, file names, documents).
    ``own_name_only``: by the words naming the campaign itself, not those naming a
    material too, or part of one (年度报告 is also an 档案工作年度报告's word, 自评 part of
    营商环境评价自评表; 政府信息公开 is neither). ``specific`` (the campaigns open then): not by a
    word their titles or subject words use too (政务公开, the 5·15's and an open 政务公开 campaign's)."""
    text = normalize(" ".join([parsed.subject or "", parsed.body_text or ""]
                              + [a.filename or "" for a in parsed.attachments]
                              + [a.text or "" for a in parsed.attachments if a.text]))
    hints = [normalize(w) for w in c.subject_hints]
    if own_name_only:
        materials = requirement_words(c)
        hints = [w for w in hints if not any(w in m for m in materials)]  # 自评 of 自评表 too
    if specific is not None:
        theirs = normalize(" ".join(w for o in specific if o.id != c.id for w in [o.title, *o.subject_hints]))
        hints = [w for w in hints if w not in theirs]
    return any(contains_word(text, w) for w in hints)


def long_over_and_unnamed(parsed, c: Campaign, words: Words, received_at, open_then: list[Campaign] = ()) -> bool:
    """Past the campaign's last deadline by more than the grace, and the mail does not
    speak of it (its subject words anywhere, but those the campaigns open then use too; for
    a campaign without them, one of its requirements named)."""
    if received_at is None or c.last_due is None or received_at <= c.last_due + BARE_GRACE:
        return False
    return not (_mentions(parsed, c, specific=list(open_then)) if c.subject_hints else c.id in words.requirement_words)


def still_its_matter(parsed, chosen: Routed, words: Words, received_at, open_then: list[Campaign] = ()) -> Routed | None:
    """Long after a campaign's last deadline a mail answers it only if it says so: it
    speaks of the campaign (its subject words, anywhere in the mail), or, for a campaign
    without such words, names one of its requirements. Otherwise it is taken for
    another matter: a notice not set up yet, or no notice at all (就业工作总结 in July)."""
    c = chosen.campaign
    if not long_over_and_unnamed(parsed, c, words, received_at, open_then):
        return None
    return Routed(None, f"邮件未提及“{c.title}”，且已过该活动的报送期，可能属于其他事项或尚未设置的新活动，请人工确认",
                  [c.title])


GENERIC_WORDS = re.compile(r"报送|上报|材料|附件|文件|资料|相关|有关|如下|请查收|请审阅|扫描件|扫描|盖章|签字|签章|修改|最终|定稿|新建|文档|[第版稿]")
TITLED_RE = re.compile(r"[\u4e00-\u9fa5]{2,}(?:报告|总结|说明|方案|预案|计划|汇报|清单|台账|名单|意见|办法|制度|要点|表|函|情况|信息|简报|通报|记录|纪要|责任书|承诺书|责任状|协议书)$")


def names_something_else(parsed, chosen: Routed, words: Words) -> Routed | None:
    """No word of the campaign's requirements, yet the mail's document, or its
    subject, is titled as something of its own ("2024年部门预算公开说明", "汤神庙镇工作信息"
    with a news piece on the campaign's topic): not a bare "材料" to place by time, but
    another matter. A bare mail (材料.docx, 请查收) still goes by time."""
    c = chosen.campaign
    if (c.id in words.requirement_words or _a_reply_to_its_notice_for_papers_of_any_matter(parsed, c)
            or _names_its_periods_material(parsed, c) or returns_its_draft_with_comments(parsed, c)):
        return None
    own_words = (_unit_names(c) + sorted(map(normalize, c.subject_hints), key=len, reverse=True)  # 政务信息 is its own
                 + _material_words(c))  # 乡镇汇总表 asked, 汇总表 sent
    for title in _own_titles(parsed, own_words):
        return Routed(None, f"附件“{title}”不是“{c.title}”要求的材料，请人工确认", [c.title])
    subject = subject_text(parsed.subject)
    if _headline_of_its_own(subject) and _titled(subject, own_words) and _foreign(_bare_qualifier(subject, own_words),
                                                                                 _campaign_bigrams(c)):
        return Routed(None, f"邮件主题“{subject}”不是“{c.title}”要求的材料，请人工确认", [c.title])
    return None


def _headline_of_its_own(subject: str) -> bool:
    """The subject is the sender's own headline: not the notice's title a reply keeps, bare or with a remark after it
    (…的通知（无意见）: the remark answers the notice, it titles nothing)."""
    return not (is_notice_title(subject) or remark_on_the_notice(subject))


@per_campaign
def _periods_material_words(c: Campaign) -> list[str]:
    """The words of a material several requirements share (周报表 of four weeks, 进度统计表 of two rounds), three
    characters or more: they name no one period, yet name the campaign's material."""
    rids_of: dict[str, set[str]] = {}
    for r in c.requirements:
        for w in {normalize(w) for p in r.parts for w in p.words}:
            rids_of.setdefault(w, set()).add(r.id)
    return [w for w, rids in rids_of.items() if len(w) >= 3 and len(rids) >= 2]


def _names_its_periods_material(parsed, c: Campaign) -> bool:
    """The subject, a file name or a document title names the material every period of the campaign shares, and
    nothing before that word is a topic the campaign never uses (防溺水巡查周报表, not 防溺水安全教育周报表)."""
    known, names = _campaign_bigrams(c), _unit_names(c)
    return any(not _foreign(_bare_qualifier(place.text[:at], names), known)
               for place in places(parsed, "") for w in _periods_material_words(c) if (at := place.text.find(w)) >= 0)


@per_campaign
def _material_words(c: Campaign) -> list[str]:
    """The words of the materials the campaign asks (its parts' words), three characters or more:
    a bare 说明 or 报告 is anyone's."""
    words = {normalize(w) for r in c.requirements for p in r.parts for w in p.words}
    words = {w for w in words if len(w) >= 3}
    return sorted(words | {"情况" + w for w in words}, key=len, reverse=True)  # 排查情况汇总表 for 汇总表


def _own_titles(parsed, own_words: list[str]) -> list[str]:
    """Titles of the mail's documents (or file names) that name a kind of document
    once the campaign's own words, unit names, years and stock words are taken out."""
    out = []
    for a in parsed.attachments:
        if a.kind != "document":
            continue
        for raw in (document_title(a.text or ""), file_stem(a.filename)):
            title = raw.split(" ")[-1] if raw else ""
            if _titled(title, own_words):
                out.append(title)
                break
    return out


def _titled(title: str, own_words: list[str]) -> bool:
    """With the campaign's own words (unit names, its topic), years and stock words
    taken out, ``title`` still names a kind of document."""
    core = _without_words(title, own_words)
    core = re.sub(r"\d{2,4}\s*年度?|[\d\s.（）()【】\[\]_\-—、，,：:]+", "", core)
    return bool(TITLED_RE.search(GENERIC_WORDS.sub("", core)))


def _without_words(text: str, words: list[str]) -> str:
    """``text`` with every occurrence of ``words`` taken out, where they overlap too: 春季造林绿化进度统计表 less the topic
    春季造林绿化进度 and the paper 进度统计表 is nothing (one after the other, the topic would leave 统计表)."""
    covered = [False] * len(text)
    for w in words:
        at = text.find(w) if w else -1
        while at >= 0:
            covered[at: at + len(w)] = [True] * len(w)
            at = text.find(w, at + 1)
    return "".join(ch for ch, gone in zip(text, covered) if not gone)


def _a_reply_to_its_notice_for_papers_of_any_matter(parsed, c: Campaign) -> bool:
    """回复：关于开展…乡镇公文质量评查的通知, with three 公文 attached (关于上半年森林防火工作情况的报告 …): a
    campaign whose documents are asked by no words of their own collects papers of every matter, and a reply
    on its own notice is its, whatever its files are titled. (As drafted, its part's word 公文 in the mail
    names the requirement and the mail is its anyway.)"""
    documents = [p for r in c.requirements for p in r.parts if p.kind == "document"]
    if not documents or any(p.words for p in documents) or not REPLY.match(parsed.subject or ""):
        return False
    subject = subject_text(parsed.subject)
    return is_notice_title(subject) and any(contains_word(subject, normalize(h)) for h in c.subject_hints)
