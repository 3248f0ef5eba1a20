"""Which campaign a mail answers, when one unit owes several at once.

The office runs several notices at a time from one mailbox, and most units are
on several of them. Once the sender is known, each campaign the unit is on is
weighed by what the mail carries and when it came:

- words: the requirement words and campaign words (``subject_hints``) found in
  the subject, file names, document titles and opening lines (match/words.py).
  A word is worth more the longer it is and the fewer campaigns share it: the
  annual report's "年度报告" says more than "政务公开", which the 5·15 campaign
  and the annual report both use;
- time: a mail cannot answer a notice issued after it arrived; among the rest,
  a campaign whose window (notice date to last deadline) holds the receipt
  time is preferred when the words do not decide, and a mail that names
  nothing of any campaign more than a week after the last deadline of its
  unit's only campaign is taken for another matter (a notice the clerk has
  not set up yet), not filed there;
- what is still owed: a bare mail ("照片") in a period where two campaigns are
  open goes to the one where the unit still owes something.

A straggler (a 5·15 summary in June) goes to its campaign by its words. A mail
that fits two campaigns equally, or none, goes to review saying so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.requirements import (answered_in_body, detect_requirements, only_photos, requirement_periods,
                                          requirement_words, words_found)
from collector.match.text import normalize, per_campaign
from collector.match.units import HEAD_ROLE_RE, _own_text
from collector.match.words import (PERIOD_RE, UNIT_LIKE_RE, Place, document_title, file_stem, file_title, find_words,
                                   headline, is_notice_title, merged, named_periods, places, subject_text, tail_words)

CLEAR_LEAD = 1.5  # the best campaign's words must outweigh the next one's by this factor
NAMING_PLACES = ("subject", "fwd_subject", "filename")  # where the sender names what the mail is
TOPIC_FACTOR = 0.5  # a campaign's topic word (subject_hints) against a requirement's own word
# A mail that names nothing of a campaign still counts for it this long after its
# last deadline (a late unit sending bare photos); later it is taken for another matter.
BARE_GRACE = dt.timedelta(days=7)


@dataclasses.dataclass
class Routed:
    campaign: Campaign | None
    why: str  # Chinese: why this campaign, or why none (then campaign is None)
    suggestions: list[str] = dataclasses.field(default_factory=list)


def _vocabulary(campaigns: list[Campaign]) -> dict[str, set[tuple[str, str]]]:
    """word -> {(campaign id, requirement id or "" for a campaign word)}."""
    vocab: dict[str, set[tuple[str, str]]] = {}
    for c in campaigns:
        for word, rids in requirement_words(c).items():
            vocab.setdefault(word, set()).update((c.id, rid) for rid in rids)
        for w in c.subject_hints:
            vocab.setdefault(normalize(w), set()).add((c.id, ""))
    return vocab


@dataclasses.dataclass
class Words:
    owed: dict[str, tuple[float, list[str]]]  # campaign id -> (weight, words) of what the unit owes there
    foreign: list[tuple[str, str, list[str]]]  # (campaign id, requirement id, words) the unit does not owe
    names_owed_requirement: bool  # some word names a requirement the unit owes (not just a campaign's topic)
    named: dict[str, list[str]]  # campaign id -> its own name words (subject_hints no other campaign uses)
    requirement_words: set[str]  # ids of campaigns one of whose requirements the mail names (owed)
    titled_as_owed: bool = False  # the subject or a file name names a requirement the unit owes


def word_scores(parsed: ParsedMail, campaigns: list[Campaign], unit: str) -> Words:
    """The requirement and campaign words the mail carries, split by whether
    ``unit`` owes them. A word weighs its length, shared among the campaigns using it."""
    vocab = _vocabulary(campaigns)
    owed = {(c.id, r.id) for c in campaigns for r in c.requirements_for(unit)}
    on = {c.id for c in campaigns if c.unit_by_name(unit)}
    said = places(parsed, _own_text(parsed, campaigns))
    found = merged(find_words(said, vocab), tail_words(said, vocab, owed))
    sharing = {w: len({cid for cid, _ in keys}) for w, keys in vocab.items()}
    words_of: dict[str, set[str]] = {}
    topic_words: set[tuple[str, str]] = set()  # (campaign, word) found only as a campaign word
    foreign = []
    named: dict[str, list[str]] = {}
    with_requirement: set[str] = set()
    titled_as_owed = False
    for (cid, rid), pairs in found.items():
        words = [w for w, _ in pairs]
        if not rid:
            named[cid] = [w for w in words if sharing[w] == 1] or named.get(cid, [])
            named = {k: v for k, v in named.items() if v}
        if (cid, rid) in owed or (not rid and cid in on):
            words_of.setdefault(cid, set()).update(words)
            if rid:
                with_requirement.add(cid)
                titled_as_owed |= any(p.source in NAMING_PLACES for _, p in pairs)
            else:
                topic_words.update((cid, w) for w in words)
        elif rid:
            foreign.append((cid, rid, words))
    topic_only = {(cid, w) for cid, w in topic_words
                  if not any(w == w2 and (cid2, r) in owed for (cid2, r), pairs in found.items() if r for w2, _ in pairs)}

    def weight(cid: str, w: str) -> float:  # a campaign's topic word says less than a requirement's own
        return len(w) / sharing[w] * (TOPIC_FACTOR if (cid, w) in topic_only else 1.0)

    scored = {cid: (sum(weight(cid, w) for w in ws), sorted(ws, key=len, reverse=True))
              for cid, ws in words_of.items()}
    return Words(scored, foreign, bool(with_requirement), named, with_requirement, titled_as_owed)


def _only_names_what_is_not_owed(words: Words, campaigns: list[Campaign], on: list[Campaign], unit: str) -> Routed | None:
    """The mail names only requirements that ``unit`` does not owe, in a campaign
    other than the one it is on (a town sending a self-check report it was not asked
    for), or names by its own words only campaigns the unit is not on, while its subject
    and file names name nothing the unit owes (a 工作信息 about 森林防火宣传 is still
    the 信息 it owes)."""
    on_ids = {c.id for c in on}
    named_elsewhere = [cid for cid in words.named if cid not in on_ids]
    if named_elsewhere and not any(cid in on_ids for cid in words.named) and not words.titled_as_owed:
        c = next(c for c in campaigns if c.id == named_elsewhere[0])
        return Routed(None, f"邮件像是“{c.title}”的材料（{'、'.join(words.named[c.id][:3])}），"
                            f"但{unit}不在该活动的报送单位中，请人工确认", [c.title])
    if words.names_owed_requirement or not words.foreign:
        return None
    if len(on) == 1 and all(cid == on[0].id for cid, _, _ in words.foreign):
        return None  # one campaign: the decision says so with the unit's evidence
    cid, rid, ws = max(words.foreign, key=lambda f: sum(len(w) for w in f[2]))
    c = next(c for c in campaigns if c.id == cid)
    return Routed(None, f"邮件像是“{c.title}”的{c.requirement(rid).title}（{'、'.join(ws[:3])}），"
                        f"但{unit}无需报送此项，请人工确认", [c.title])


def _in_window(c: Campaign, when: dt.datetime | None) -> bool:
    if when is None:
        return False
    opens, last = c.opens, c.last_due
    return (opens is None or opens <= when) and (last is None or when <= last)


def _issued_after(c: Campaign, when: dt.datetime | None) -> bool:
    return when is not None and c.opens is not None and when < c.opens


def _owes(c: Campaign, unit: str, open_requirements: dict | None) -> bool:
    """Whether the unit still owes something in ``c``. open_requirements lists only the
    (campaign, unit) pairs with something open: a pair missing from a campaign that has
    status rows is one the unit has completed; a campaign with none has no status yet."""
    if open_requirements is None:
        return True
    if (c.id, unit) in open_requirements:
        return bool(open_requirements[(c.id, unit)])
    return not any(cid == c.id for cid, _ in open_requirements)


def route(
    parsed: ParsedMail,
    campaigns: list[Campaign],
    unit: str,
    received_at: dt.datetime | None,
    open_requirements: dict | None,
) -> Routed:
    """The campaign ``unit``'s mail answers (see the module docstring)."""
    on = [c for c in campaigns if c.unit_by_name(unit)]
    # a notice not issued yet when the mail came asks nothing of it: its words (a 2029 campaign's
    # 活动照片) say nothing of a 2023 mail's photos
    issued = [c for c in campaigns if not _issued_after(c, received_at)]
    words = word_scores(parsed, issued, unit)
    not_owed = _only_names_what_is_not_owed(words, issued, on, unit)
    if not_owed:
        return not_owed
    possible = [c for c in on if not _issued_after(c, received_at)]
    if not possible:
        if len(on) == 1:
            return Routed(None, f"邮件早于“{on[0].title}”的通知日期，不属于该活动，请人工确认", [on[0].title])
        return Routed(None, f"邮件早于{unit}所在各项活动的通知日期，无法判断属于哪项活动", [c.title for c in on])
    current = [c for c in possible if not _long_over_and_unnamed(parsed, c, words, received_at)] or possible
    split = _split_between(parsed, current, unit)  # before the years: each campaign's files carry their own
    if split:
        return split
    crossed = _subject_against_the_files(parsed, current, unit, open_requirements)
    if crossed:
        return crossed
    other_year = {c.id: _another_year(parsed, c) for c in current}
    current = [c for c in current if not other_year[c.id]] or current
    chosen = _choose(parsed, current, words, unit, received_at, open_requirements)
    if chosen.campaign is not None:
        chosen = (other_year[chosen.campaign.id] or _qualified_as_another_matter(parsed, chosen)
                  or _still_its_matter(parsed, chosen, words, received_at)
                  or _names_something_else(parsed, chosen, words) or chosen)
    # another year's material of a campaign the mail names says more than "none fits", or than
    # a campaign it names nothing of
    named_other_year = next((other_year[cid] for cid in words.requirement_words if other_year.get(cid)), None)
    if named_other_year and (chosen.campaign is None or chosen.campaign.id not in words.requirement_words):
        return named_other_year
    return chosen


def _subject_against_the_files(parsed, campaigns: list[Campaign], unit: str, open_requirements) -> Routed | None:
    """县水利局一季度清欠情况 with the 国家安全教育日 方案 attached: the subject names one campaign, every
    file another — a file sent again under the wrong subject, or the wrong file. A person looks.
    Unless the unit has sent all the subject's campaign asks and still owes the files' one: then
    the subject is the last mail's, kept by "再次编辑" (八家子镇's 汇报材料 subject over its 统计年报)."""
    docs = [a for a in parsed.attachments if a.kind == "document"]
    if len(campaigns) < 2 or not docs:
        return None
    subject = normalize(subject_text(parsed.subject))
    if is_notice_title(subject) or re.match(r"\s*(?:回复|答复|re)\s*[:：]", parsed.subject or "", re.I):
        return None  # a reply to another campaign's notice says nothing by its subject
    by_subject = {c.id for c in campaigns if any(w in subject for w in _naming_words(c))}
    by_files = [{c.id for c in campaigns if any(w in file_title(a) for w in _naming_words(c))} for a in docs]
    if len(by_subject) != 1 or any(len(ids) != 1 for ids in by_files) or len(set.union(*by_files)) != 1:
        return None
    (said,), (sent,) = by_subject, set.union(*by_files)
    if said == sent:
        return None
    by_id = {c.id: c for c in campaigns}
    title = {c.id: c.title for c in campaigns}
    if (open_requirements is not None and not _owes(by_id[said], unit, open_requirements)
            and _owes(by_id[sent], unit, open_requirements)):
        return Routed(by_id[sent], f"{title[sent]}（附件；主题是已报齐的“{title[said]}”的，沿用了旧邮件的主题）")
    return Routed(None, f"邮件主题写的是“{title[said]}”，附件却是“{title[sent]}”的材料，请人工确认",
                  [title[said], title[sent]])


@per_campaign
def _naming_words(c: Campaign) -> list[str]:
    """Words that call this campaign or its materials by name: its subject hints and requirement
    hints, three characters or more."""
    words = {normalize(w) for w in [*c.subject_hints, *(h for r in c.requirements for h in r.hints)]}
    return [w for w in words if len(w) >= 3]


def _choose(parsed, possible: list[Campaign], words: Words, unit: str, received_at, open_requirements) -> Routed:
    if len(possible) == 1:
        return Routed(possible[0], "")
    if not parsed.attachments:  # facts typed in the body (a 回执's names and phones) answer only some
        answered = [c for c in possible
                    if answered_in_body(parsed, c, c.requirements_for(unit), words_found(parsed, c))[0]]
        if len(answered) == 1:
            return Routed(answered[0], f"{answered[0].title}（正文写有所要求的信息）")
    named = [c for c in possible if c.id in words.named]
    others_asked = any(c.id in words.requirement_words for c in possible if c not in named)
    if len(named) == 1 and (named[0].id in words.requirement_words or not others_asked):
        # the mail calls one campaign by a name no other campaign uses, and no other
        # campaign's requirement is what it names instead
        return Routed(named[0], f"{named[0].title}（{'、'.join(words.named[named[0].id][:3])}）")

    def score(c: Campaign) -> float:
        return words.owed.get(c.id, (0.0, []))[0]

    ranked = sorted(possible, key=score, reverse=True)
    best = score(ranked[0])
    if best > 0:
        close = [c for c in ranked if score(c) * CLEAR_LEAD > best]
        if len(close) == 1:
            return Routed(ranked[0], f"{ranked[0].title}（{'、'.join(words.owed[ranked[0].id][1][:3])}）")
        narrowed = [c for c in close if _in_window(c, received_at)]
        if len(narrowed) == 1:
            return Routed(narrowed[0], f"{narrowed[0].title}（用词与多项活动相符，按收件时间）")
        return _tie(close)
    in_window = [c for c in possible if _in_window(c, received_at)]
    if len(in_window) == 1:
        return Routed(in_window[0], f"{in_window[0].title}（按收件时间）")
    if not in_window:
        return Routed(None, f"邮件未写明报送内容，且不在{unit}所在任何活动的报送期内，无法判断属于哪项活动",
                      [c.title for c in possible])
    owing = [c for c in in_window if _owes(c, unit, open_requirements)]
    if len(owing) == 1:
        return Routed(owing[0], f"{owing[0].title}（该单位仅此项活动尚未报齐）")
    fitting = [c for c in (owing or in_window) if _takes_the_files(parsed, c, unit)]
    if len(fitting) == 1:
        return Routed(fitting[0], f"{fitting[0].title}（附件格式只符合该活动的要求）")
    if only_photos(parsed):
        wanting = [c for c in owing if _owes_photos(c, unit, open_requirements)]
        if len(wanting) == 1:
            return Routed(wanting[0], f"{wanting[0].title}（只有照片，该单位仅此项活动尚欠照片）")
    return _tie(owing or in_window)


def _takes_the_files(parsed: ParsedMail, c: Campaign, unit: str) -> bool:
    """A mail of PDFs only (a stamped scan) is no answer to a campaign whose materials for the
    unit are only of other formats (Excel tables). A Word file may still be a table typed in
    Word: other formats decide nothing here."""
    extensions = {(a.filename or "").rsplit(".", 1)[-1].lower() for a in parsed.attachments
                  if a.kind == "document" and "." in (a.filename or "")}
    if extensions != {"pdf"}:
        return True
    return any(not p.formats or extensions & set(p.formats) for r in c.requirements_for(unit) for p in r.parts
               if p.kind == "document")


def _owes_photos(c: Campaign, unit: str, open_requirements: dict | None) -> bool:
    """Some requirement of ``c`` that the unit has not completed wants photos."""
    still_open = None if open_requirements is None else open_requirements.get((c.id, unit))
    return any(p.kind == "photo" for r in c.requirements_for(unit)
               if still_open is None or r.id in still_open for p in r.parts)


YEAR_RE = re.compile(r"(20\d{2})\s*年")
EDITION_RE = re.compile(r"第([一二三四五六七八九十]{1,4}|\d{1,3})届")


def _another_year(parsed: ParsedMail, c: Campaign) -> Routed | None:
    """The mail's titles speak of another year, or another edition (第十八届), than the
    campaign does: next year's 5·15 summary is not this year's, however alike."""
    head = _headline_without_asides(parsed, c)
    own_years = _own_years(c)
    years = set(YEAR_RE.findall(head))
    editions, own_editions = set(EDITION_RE.findall(head)), set(EDITION_RE.findall(c.title))
    periods, own_periods = named_periods(head), _own_periods(c)
    if years and not years & own_years:
        what = "、".join(sorted(years)) + "年"
    elif editions and own_editions and not editions & own_editions:
        what = "第" + "、".join(sorted(editions)) + "届"
    elif periods and own_periods and not periods & own_periods:
        what = "、".join(sorted(periods))
    else:
        return _material_of_another_year(parsed, c)
    return Routed(None, f"邮件写的是{what}的材料，不是“{c.title}”的，请人工确认", [c.title])


def _headline_without_asides(parsed: ParsedMail, c: Campaign) -> str:
    """The headline, less the files that name none of the campaign's materials while another file
    does: "关于表扬2027年度…的通报.pdf", sent 供参考 beside the 2028 评分表, says nothing of the
    评分表's year."""
    words = requirement_words(c)
    material = [a for a in parsed.attachments if any(w in file_title(a) for w in words)]
    return headline(parsed, material or None)


@per_campaign
def _own_periods(c: Campaign) -> set[str]:
    """The periods a campaign collects, where its title or requirements name them: a monthly
    report "首次报送2026年3月份工单办理情况" wants March's, not April's (and, with a second
    period copied from the first, April's too)."""
    return named_periods(normalize(c.title)) | set(requirement_periods(c).values())


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
QUALIFIER_NOISE = re.compile(PERIOD_RE.pattern + "|" + HEAD_ROLE_RE.pattern + r"|领导班子|班子成员|补发|补报|补充|补交|重发|再发|修改|更正|修订|最新|最终|\d{2,4}\s*年度?|[\d\s.·•（）()【】\[\]《》“”\"_\-—、，,：:]+|关于|我[局乡镇委办]|本[局乡镇委办]|单位|报送|上报|提交|的$")
VILLAGE_RE = re.compile(r"[\u4e00-\u9fa5]{2,5}?(?:村|社区|居委会)(?![民级务庄镇振])")
FOREIGN_RUN = 4  # characters in a row that the campaign never uses: a topic of its own
OWN_RUN = 2  # at most this many such characters: the qualifier is in the campaign's own words
STOCK_WORDS = re.compile(r"工作|情况|问题|有关|相关|专项|开展|全面|进一步|上半年|下半年|全年|年度|年终|季度|月份")


def _qualified_as_another_matter(parsed: ParsedMail, chosen: Routed) -> Routed | None:
    """The mail names one of the campaign's materials, but as another matter's: the
    "全市安全生产执法培训报名表" is a 报名表, yet not the one the 政务公开 training asks
    for. What stands before the material's word, once unit names, years and stock
    words are gone, holds a run of words the campaign never uses. A mail that also
    says the material in the campaign's own words, or speaks of the campaign, is its."""
    c = chosen.campaign
    if _mentions(parsed, c, own_name_only=True):
        return None
    known = _campaign_bigrams(c)
    names = _unit_names(c)
    foreign: list[str] = []
    for place in places(parsed, ""):
        for word in requirement_words(c):
            at = place.text.find(word)
            if at < 0:
                continue
            qualifier = _bare_qualifier(place.text[:at], names)
            if len(qualifier) < 2:
                continue
            if _foreign(qualifier, known):
                foreign.append(qualifier + word)
            elif _longest_unknown_run(qualifier, known) <= OWN_RUN:
                return None  # said in the campaign's own words
            # else neither: 防火检查 before 情况表 for a 消防安全检查 — the other places decide
    if not foreign:
        return None
    return Routed(None, f"邮件写的是“{foreign[0]}”，不是“{c.title}”要求的材料，请人工确认", [c.title])


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


def _split_between(parsed: ParsedMail, possible: list[Campaign], unit: str) -> Routed | None:
    """One mail whose attachments answer two campaigns (a 说明 with photos for one, a
    report and a 台账 for another): filing it under either would lose the other's."""
    if len(possible) < 2:
        return None
    claims: dict[str, set[int]] = {}
    for c in possible:
        vocab = {w: {rid} for rid_words in [requirement_words(c)] for w, rids in rid_words.items()
                 for rid in rids if any(r.id == rid for r in c.requirements_for(unit))}
        for i, a in enumerate(parsed.attachments):
            if a.kind != "document":
                continue
            texts = [file_stem(a.filename), document_title(a.text or "")]
            if find_words([Place("filename", t) for t in texts if t], vocab):
                claims.setdefault(c.id, set()).add(i)
    # two campaigns each claiming a document the other does not; a third claiming the same
    # documents as one of them (an old campaign sharing the word 总结) does not hide the split
    apart = {cid for a, mine in claims.items() for b, theirs in claims.items() if a != b and mine - theirs
             and theirs - mine for cid in (a, b)}
    if not apart:
        return None
    titles = [c.title for c in possible if c.id in apart]
    return Routed(None, f"邮件的附件分属多项活动：{'；'.join(titles)}，请人工分别确认", titles)


def _mentions(parsed: ParsedMail, c: Campaign, own_name_only: bool = False) -> bool:
    """The mail speaks of the campaign anywhere (subject, body, file names, documents).
    ``own_name_only``: by the words naming the campaign itself, not those naming a
    material too, or part of one (年度报告 is also an 档案工作年度报告's word, 自评 part of
    营商环境评价自评表; 政府信息公开 is neither)."""
    text = normalize(" ".join([parsed.subject or "", parsed.body_text or ""]
                              + [a.filename or "" for a in parsed.attachments]
                              + [a.text or "" for a in parsed.attachments if a.text]))
    hints = c.subject_hints
    if own_name_only:
        materials = requirement_words(c)
        hints = [w for w in hints if not any(normalize(w) in m for m in materials)]  # 自评 of 自评表 too
    return any(normalize(w) in text for w in hints)


def _long_over_and_unnamed(parsed, c: Campaign, words: Words, received_at) -> bool:
    """Past the campaign's last deadline by more than the grace, and the mail does not
    speak of it (its subject words anywhere; for a campaign without them, one of its
    requirements named)."""
    if received_at is None or c.last_due is None or received_at <= c.last_due + BARE_GRACE:
        return False
    return not (_mentions(parsed, c) if c.subject_hints else c.id in words.requirement_words)


def _still_its_matter(parsed, chosen: Routed, words: Words, received_at) -> Routed | None:
    """Long after a campaign's last deadline a mail answers it only if it says so: it
    speaks of the campaign (its subject words, anywhere in the mail), or, for a campaign
    without such words, names one of its requirements. Otherwise it is taken for
    another matter: a notice not set up yet, or no notice at all (就业工作总结 in July)."""
    c = chosen.campaign
    if not _long_over_and_unnamed(parsed, c, words, received_at):
        return None
    return Routed(None, f"邮件未提及“{c.title}”，且已过该活动的报送期，可能属于其他事项或尚未设置的新活动，请人工确认",
                  [c.title])


GENERIC_WORDS = re.compile(r"报送|上报|材料|附件|文件|资料|相关|有关|如下|请查收|请审阅|扫描件|扫描|盖章|签字|签章|修改|最终|定稿|新建|文档|[第版稿]")
TITLED_RE = re.compile(r"[\u4e00-\u9fa5]{2,}(?:报告|总结|说明|方案|预案|计划|汇报|清单|台账|名单|意见|办法|制度|要点|表|函|情况|信息|简报|通报|记录|纪要|责任书|承诺书|责任状|协议书)$")


def _names_something_else(parsed, chosen: Routed, words: Words) -> Routed | None:
    """No word of the campaign's requirements, yet the mail's document, or its
    subject, is titled as something of its own ("2024年部门预算公开说明", "汤神庙镇工作信息"
    with a news piece on the campaign's topic): not a bare "材料" to place by time, but
    another matter. A bare mail (材料.docx, 请查收) still goes by time."""
    c = chosen.campaign
    if c.id in words.requirement_words:
        return None
    own_words = (_unit_names(c) + sorted(map(normalize, c.subject_hints), key=len, reverse=True)  # 政务信息 is its own
                 + _material_words(c))  # 乡镇汇总表 asked, 汇总表 sent
    for title in _own_titles(parsed, own_words):
        return Routed(None, f"附件“{title}”不是“{c.title}”要求的材料，请人工确认", [c.title])
    subject = subject_text(parsed.subject)
    if not is_notice_title(subject) and _titled(subject, own_words) and _foreign(_bare_qualifier(subject, own_words),
                                                                                 _campaign_bigrams(c)):
        return Routed(None, f"邮件主题“{subject}”不是“{c.title}”要求的材料，请人工确认", [c.title])
    return None


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
    core = title
    for n in own_words:
        core = core.replace(n, "")
    core = re.sub(r"\d{2,4}\s*年度?|[\d\s.（）()【】\[\]_\-—、，,：:]+", "", core)
    return bool(TITLED_RE.search(GENERIC_WORDS.sub("", core)))


def _tie(tied: list[Campaign]) -> Routed:
    titles = [c.title for c in tied]
    return Routed(None, f"邮件同样符合多项活动：{'；'.join(titles)}，请人工确认属于哪项活动", titles)


def requirements_in(
    parsed: ParsedMail, campaign: Campaign, unit: str, received_at, open_requirements: dict | None
) -> tuple[list[str], list[str]]:
    return detect_requirements(
        parsed, campaign, unit, received_at,
        None if open_requirements is None else open_requirements.get((campaign.id, unit)),
    )
