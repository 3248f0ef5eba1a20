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

Once a campaign is chosen, match/other_matter.py asks whether the mail's material
is really that campaign's (another year's, another matter's).

A straggler (a 5·15 summary in June) goes to its campaign by its words. A mail
that fits two campaigns equally, or none, goes to review saying so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from collector.campaign import Campaign, is_workbook
from collector.model import ParsedMail
from collector.parsers.sniff import PHOTO_EXTS, file_extension
from collector.match.other_matter import (another_year, in_window as _in_window, long_over_and_unnamed,
                                          names_something_else, qualified_as_another_matter, still_its_matter)
from collector.match.requirements import (answered_in_body, asks_pictures, detect_requirements,
                                          only_photos, requirement_words, words_found)
from collector.match.routed import Routed, Words
from collector.match.shared_answer import answered_alike
from collector.match.text import content_lines, normalize, per_campaign, workbook_sheets
from collector.match.units import senders_own_text
from collector.match.words import (REPLY, Place, document_title, file_stem, file_title, find_words, is_notice_title,
                                   merged, places, subject_text, tail_words)

CLEAR_LEAD = 1.5  # the best campaign's words must outweigh the next one's by this factor
NAMING_PLACES = ("subject", "fwd_subject", "filename")  # where the sender names what the mail is
TOPIC_FACTOR = 0.5  # a campaign's topic word (subject_hints) against a requirement's own word


def _vocabulary(campaigns: list[Campaign]) -> dict[str, set[tuple[str, str]]]:
    """word -> {(campaign id, requirement id or "" for a campaign word)}."""
    vocab: dict[str, set[tuple[str, str]]] = {}
    for c in campaigns:
        for word, rids in requirement_words(c).items():
            vocab.setdefault(word, set()).update((c.id, rid) for rid in rids)
        for w in c.subject_hints:
            vocab.setdefault(normalize(w), set()).add((c.id, ""))
    return vocab


def word_scores(parsed: ParsedMail, campaigns: list[Campaign], unit: str) -> Words:
    """The requirement and campaign words the mail carries, split by whether
    ``unit`` owes them. A word weighs its length, shared among the campaigns using it."""
    vocab = _vocabulary(campaigns)
    owed = {(c.id, r.id) for c in campaigns for r in c.requirements_for(unit)}
    on = {c.id for c in campaigns if c.unit_by_name(unit)}
    said = places(parsed, senders_own_text(parsed, campaigns))
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


def _only_names_what_is_not_owed(words: Words, campaigns: list[Campaign], on: list[Campaign], unit: str,
                                 parsed, received_at: dt.datetime | None) -> Routed | None:
    """The mail names only requirements that ``unit`` does not owe, in a campaign
    other than the one it is on (a town sending a self-check report it was not asked
    for), or names by its own words only campaigns the unit is not on, while its subject
    and file names name nothing the unit owes (a 工作信息 about 森林防火宣传 is still
    the 信息 it owes)."""
    on_ids = {c.id for c in on}
    named_elsewhere = [cid for cid in words.named if cid not in on_ids]
    if named_elsewhere and not any(cid in on_ids for cid in words.named) and not words.titled_as_owed:
        c = next(c for c in campaigns if c.id == named_elsewhere[0])
        own = [o for o in on if _in_window(o, received_at)]
        if _photos_for_its_own(parsed, own, unit):
            return Routed(own[0], f"{own[0].title}（照片；所附表格像是“{c.title}”的，{unit}不在该活动的报送单位中，不算本项材料）")
        return Routed(None, f"邮件像是“{c.title}”的材料（{'、'.join(words.named[c.id][:3])}），"
                            f"但{unit}不在该活动的报送单位中，请人工确认", [c.title])
    if words.names_owed_requirement or not words.foreign:
        return None
    if _photos_for_the_campaign_its_subject_names(parsed, words, campaigns, [c for c in on if c in campaigns], unit):
        return None
    if len(on) == 1 and all(cid == on[0].id for cid, _, _ in words.foreign):
        return None  # one campaign: the decision says so with the unit's evidence
    cid, rid, ws = max(words.foreign, key=lambda f: sum(len(w) for w in f[2]))
    c = next(c for c in campaigns if c.id == cid)
    return Routed(None, f"邮件像是“{c.title}”的{c.requirement(rid).title}（{'、'.join(ws[:3])}），"
                        f"但{unit}无需报送此项，请人工确认", [c.title])


def _photos_for_the_campaign_its_subject_names(parsed, words: Words, campaigns: list[Campaign], on: list[Campaign],
                                                unit: str) -> bool:
    """县财政局无烟机关自查照片补充, two photos alone: the bare 照片 is also the word of another campaign's photos
    requirement (5·15's 记录照片), but the unit owes nothing in that campaign, while the subject names, by its
    title or requirement words, the one campaign the unit is on that asks it for photos. The photos are that
    campaign's. A subject naming no campaign, or naming the campaign of the foreign word too, decides nothing here."""
    foreign = [c for c in campaigns if c.id in {cid for cid, _, _ in words.foreign}]
    if not only_photos(parsed) or any(c.requirements_for(unit) for c in foreign):
        return False
    subject = normalize(subject_text(parsed.subject))
    if any(w in subject for c in foreign for w in _naming_words(c)):
        return False
    named = [c for c in on if asks_photos_of(c, unit) and any(w in subject for w in _naming_words(c))]
    return len(named) == 1


def asks_photos_of(c: Campaign, unit: str) -> bool:
    return any(p.kind == "photo" for r in c.requirements_for(unit) for p in r.parts)


def _photos_for_its_own(parsed, on: list[Campaign], unit: str) -> bool:
    """汤神庙镇 fills in the departments' 统计表 by mistake and sends its photos with it: the photos are what the one
    campaign it is on and open then (``on``) asks (a photo part), so the mail is that campaign's, the wrong form
    counting for nothing."""
    return (len(on) == 1 and any(a.kind == "photo" and not a.inline for a in parsed.attachments)
            and any(p.kind == "photo" for r in on[0].requirements_for(unit) for p in r.parts))


def _issued_after(c: Campaign, when: dt.datetime | None) -> bool:
    return when is not None and c.opens is not None and when < c.opens


def _owes(c: Campaign, unit: str, open_requirements: dict | None) -> bool:
    """Whether the unit still owes something in ``c``. open_requirements: (campaign, unit) -> the
    requirements not yet complete (status.OwedWhenReceived in the pipeline, which has every unit of
    every campaign); of a plain dict, a pair missing from a campaign it has others of is one with
    nothing open, and a campaign it has none of owes all."""
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
    not_owed = _only_names_what_is_not_owed(words, issued, on, unit, parsed, received_at)
    if not_owed:
        return not_owed
    possible = [c for c in on if not _issued_after(c, received_at)]
    if not possible:
        if len(on) == 1:
            return Routed(None, f"邮件早于“{on[0].title}”的通知日期，不属于该活动，请人工确认", [on[0].title])
        return Routed(None, f"邮件早于{unit}所在各项活动的通知日期，无法判断属于哪项活动", [c.title for c in on])
    open_then = [c for c in possible if _in_window(c, received_at)]  # their words are no old campaign's mention
    current = [c for c in possible if not long_over_and_unnamed(parsed, c, words, received_at, open_then)] or possible
    split = _split_between(parsed, current, unit)  # before the years: each campaign's files carry their own
    if split:
        return split
    sheets = _sheets_for_two_campaigns(parsed, current, unit)
    if sheets:
        return sheets
    crossed = _subject_against_the_files(parsed, current, unit, open_requirements)
    if crossed:
        return crossed
    thread = _a_reply_on_another_campaigns_thread(parsed, current, unit)
    if thread:
        return thread
    other_year = {c.id: another_year(parsed, c, received_at) for c in current}
    current = [c for c in current if not other_year[c.id]] or current
    chosen = _choose(parsed, current, words, unit, received_at, open_requirements)
    if chosen.campaign is not None:
        adds = adds_photos_to_its_earlier_mail(parsed, chosen.campaign, unit, words, open_requirements)
        chosen = (other_year[chosen.campaign.id] or (None if adds else qualified_as_another_matter(parsed, chosen))
                  or still_its_matter(parsed, chosen, words, received_at, open_then)
                  or names_something_else(parsed, chosen, words) or chosen)
    if chosen.campaign is not None and parsed.attachments:
        also = _facts_in_the_body_for_another(parsed, current, chosen.campaign, unit)
        if also is not None:
            return Routed(None, f"邮件附件是“{chosen.campaign.title}”的材料，正文又写了“{also.title}”要求的信息，"
                                f"一封邮件答了两项活动，请人工分别登记", [chosen.campaign.title, also.title])
    # another year's material of a campaign the mail names says more than "none fits", or than
    # a campaign it names nothing of
    named_other_year = next((other_year[cid] for cid in words.requirement_words if other_year.get(cid)), None)
    if named_other_year and (chosen.campaign is None or chosen.campaign.id not in words.requirement_words):
        return named_other_year
    return chosen


def adds_photos_to_its_earlier_mail(parsed, c: Campaign, unit: str, words: Words, open_requirements) -> bool:
    """头道营子乡补一张科普日照片 after its 总结 and two photos (3 to 5 asked): photos only, the sender's words naming
    ``c`` (a word of it found), and the unit's earlier filed mails of a requirement with a photo part, still open,
    brought fewer photos than it asks (the pipeline's OwedWhenReceived). The photos add to those mails: what stands
    before the campaign's word (补一张) names no other matter."""
    short = getattr(open_requirements, "photos_short_before", None)
    if short is None or not only_photos(parsed) or c.id not in words.owed:
        return False
    still = open_requirements.get((c.id, unit)) or set()
    return any(r.id in still and short(c.id, unit, r.id) for r in c.requirements_for(unit)
               if any(p.kind == "photo" for p in r.parts))


def _subject_and_files(parsed, campaigns: list[Campaign], subject: str) -> tuple[str, str] | None:
    """(the campaign the subject names, the one every document's name names), each one only and not the
    same; None otherwise (a mail of one campaign, or one naming several)."""
    docs = [a for a in parsed.attachments if a.kind == "document"]
    if len(campaigns) < 2 or not docs:
        return None
    by_subject = {c.id for c in campaigns if any(w in subject for w in _naming_words(c))}
    per_file = [{c.id for c in campaigns if any(w in file_title(a) for w in _naming_words(c))} for a in docs]
    by_files = set.union(*per_file)
    if len(by_subject) != 1 or len(by_files) != 1 or not all(per_file) or by_subject == by_files:
        return None
    return next(iter(by_subject)), next(iter(by_files))


def _subject_against_the_files(parsed, campaigns: list[Campaign], unit: str, open_requirements) -> Routed | None:
    """县水利局一季度清欠情况 with the 国家安全教育日 方案 attached: the subject names one campaign, every file
    another. The files are what arrived: when the unit still owes what they are, the mail is filed by them
    (mixed21's, mixed23's and mixed38's clerks all file so), and the subject's campaign stays owed, its reminders
    asking for it (when that campaign is all sent, the subject was kept from an earlier mail by 再次编辑). A person
    looks when the files were sent already (a file sent again under another subject) or nothing is known of what
    is owed."""
    subject = normalize(subject_text(parsed.subject))
    if is_notice_title(subject) or REPLY.match(parsed.subject or ""):
        return None  # a reply to another campaign's notice says nothing by its subject
    crossed = _subject_and_files(parsed, campaigns, subject)
    if crossed is None:
        return None
    said, sent = crossed
    docs = [a for a in parsed.attachments if a.kind == "document"]
    by_id = {c.id: c for c in campaigns}
    title = {c.id: c.title for c in campaigns}
    if open_requirements is not None and _owes_what_the_files_are(by_id[sent], unit, docs, open_requirements):
        if not _owes(by_id[said], unit, open_requirements):
            return Routed(by_id[sent], f"{title[sent]}（附件；主题是已报齐的“{title[said]}”的，沿用了旧邮件的主题）")
        return Routed(by_id[sent], f"{title[sent]}（按附件内容登记；邮件主题写的是“{title[said]}”，该项仍未报送）")
    return Routed(None, f"邮件主题写的是“{title[said]}”，附件却是“{title[sent]}”的材料，请人工确认",
                  [title[said], title[sent]])


def _a_reply_on_another_campaigns_thread(parsed, campaigns: list[Campaign], unit: str) -> Routed | None:
    """回复：回复：县公安局档案移交目录 (the office's 收到 of another campaign's mail) carrying the 排查 table,
    the sender's words naming the 排查: a reply's subject is its thread's; the files, named for one other
    campaign, and the sender's own words (which do not name the thread's) decide."""
    if not REPLY.match(parsed.subject or ""):
        return None
    crossed = _subject_and_files(parsed, campaigns, subject_text(parsed.subject))
    if crossed is None:
        return None
    thread, sent = crossed
    by_id = {c.id: c for c in campaigns}
    if any(w in normalize(senders_own_text(parsed, campaigns)) for w in _naming_words(by_id[thread])):
        return None
    return Routed(by_id[sent], f"{by_id[sent].title}（附件；主题是回复“{by_id[thread].title}”邮件时沿用的）")


def _owes_what_the_files_are(c: Campaign, unit: str, docs: list, open_requirements: dict) -> bool:
    """The unit has yet to complete the requirement of ``c`` the files name (a 方案 sent again, while
    the campaign's 总结 is still owed, is no 方案 owed). Files naming no single requirement: the campaign."""
    if not _owes(c, unit, open_requirements):
        return False
    named = {r.id for r in c.requirements_for(unit) for a in docs
             if any(w in file_title(a) for w in {normalize(h) for h in r.hints} if len(w) >= 3)}
    still_open = open_requirements.get((c.id, unit))
    return len(named) != 1 or still_open is None or bool(named & still_open)


def _facts_in_the_body_for_another(parsed, current: list[Campaign], chosen: Campaign, unit: str) -> Campaign | None:
    """The files answer one campaign, and the body, by its own words, answers another's requirement of
    facts only (a 台账 attached; the 专栏网址 and the 联络员's mobile typed below it for the other notice)."""
    body = without_contact_sign_off(parsed)
    for c in current:
        facts_only = [r for r in c.requirements_for(unit) if r.parts and all(p.kind == "field" for p in r.parts)]
        if (c is not chosen and facts_only and answered_in_body(body, c, facts_only, words_found(body, c))[0]
                and not answered_alike(f"{body.subject or ''}\n{body.body_text or ''}", chosen, c, unit,
                                       [w for w in _naming_words(c) if w not in _naming_words(chosen)])):
            return c
    return None


# 联系人：姜婷  18377487048 / 经办人：王磊，电话：0429-7891234 — a line of its own under the text
CONTACT_SIGN_OFF = re.compile(r"^[ \t]*(?:联系人|经办人|填报人|填表人)[ \t]*[:：]?[ \t]*[\u4e00-\u9fa5]{2,4}[ \t,，、;；]*"
                              r"(?:(?:联系)?电话|手机|联系方式)?[ \t]*[:：]?[ \t]*(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})[ \t]*$", re.M)


def without_contact_sign_off(parsed: ParsedMail) -> ParsedMail:
    """The mail without its sender's contact line (联系人：姓名 手机): every mail that carries files signs off so, and
    the line is who to call about those files, not another notice's 回执 of names and phones."""
    body = CONTACT_SIGN_OFF.sub("", parsed.body_text or "")
    return parsed if body == parsed.body_text else dataclasses.replace(parsed, body_text=body)


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
    # 现场照片见附件 beside a lone JPEG asks nothing of the campaign whose photo part the word comes from: it says what
    # the file is, and the words naming one campaign's matter (县人防办, 试鸣) decide
    others_asked = any(c.id in words.requirement_words and not (len(named) == 1 and says_only_pictures(parsed, words, c))
                       for c in possible if c not in named)
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
    if only_photos(parsed):  # 补发照片 after the campaign is complete: still the one that asks photos
        named = _pictures_named_as(parsed, in_window, unit)
        if len(named) == 1:
            return Routed(named[0], f"{named[0].title}（图片，邮件写明是该活动要求的{'、'.join(named[0].subject_hints[:1])}材料）")
        asking = [c for c in in_window if _owes_photos(c, unit, None)]
        if len(asking) == 1:
            return Routed(asking[0], f"{asking[0].title}（只有照片，仅此项活动要求该单位报送照片）")
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
    tied = owing or in_window
    topic = _topic_in_own_words(parsed, tied)
    if topic:
        c, word = topic
        return Routed(c, f"{c.title}（邮件正文写的是“{word}”，回复所用的主题不算）")
    return _tie(tied)


# what only says a picture is one: 照片, 现场照片, 活动照片, 图片 (no word of a matter left beside it)
PICTURE_WORD = re.compile(r"(?:活动|现场|工作|的)*(?:照片|图片|相片|截图)")


def says_only_pictures(parsed: ParsedMail, words: Words, c: Campaign) -> bool:
    """The mail brings photos only, and every word it has of ``c`` only says it is a picture (现场照片见附件): the
    files fit ``c``'s photo part by their type alone, naming nothing of its matter."""
    found = words.owed.get(c.id, (0.0, []))[1]
    return only_photos(parsed) and bool(found) and all(PICTURE_WORD.fullmatch(w) for w in found)


def _topic_in_own_words(parsed: ParsedMail, tied: list[Campaign]) -> tuple[Campaign, str] | None:
    """娘娘庙乡 replies on the 三资 notice's thread with a screenshot and writes only 问卷已填报: nothing else
    decides, and the sender's own words (the thread's subject and the quoted notice left out) name one
    campaign's topic by the head of one of its words (问卷 of 问卷调查, 问卷截图), a head no other tied campaign's
    title or words carry. Only a reply: a mail of its own says what it is in its subject."""
    if not REPLY.match(parsed.subject or "") or len(tied) < 2:
        return None
    own = normalize(senders_own_text(parsed, tied))
    heads = {c.id: {normalize(w)[:2] for w in [*c.subject_hints, *(h for r in c.requirements for h in r.hints)]
                    if len(normalize(w)) >= 4} for c in tied}
    said = []
    for c in tied:
        others = "".join(normalize(o.title) + "".join(_naming_words(o)) for o in tied if o is not c)
        mine = sorted(h for h in heads[c.id] if h in own and h not in others)
        if mine:
            said.append((c, mine[0]))
    return said[0] if len(said) == 1 else None


REPORT_KIND = re.compile(r"报告|说明|总结|方案|汇报|请示|函")


def _takes_the_files(parsed: ParsedMail, c: Campaign, unit: str) -> bool:
    """A mail of PDFs only that says it is a report (盖章报告, a stamped scan) is no answer to a
    campaign whose materials for the unit are only of other formats (Excel tables). A scan sent
    as bare 材料 may be a printed and stamped table, and a Word file a table typed in Word:
    they decide nothing here."""
    extensions = {(a.filename or "").rsplit(".", 1)[-1].lower() for a in parsed.attachments
                  if a.kind == "document" and "." in (a.filename or "")}
    said = " ".join([subject_text(parsed.subject), *(a.filename or "" for a in parsed.attachments)])
    if extensions != {"pdf"} or not REPORT_KIND.search(said):
        return True
    return any(not p.formats or extensions & set(p.formats) for r in c.requirements_for(unit) for p in r.parts
               if p.kind == "document")


def _owes_photos(c: Campaign, unit: str, open_requirements: dict | None) -> bool:
    """Some requirement of ``c`` that the unit has not completed wants photos, or pictures (a
    screenshot or a photographed form, a document part listing picture formats)."""
    still_open = None if open_requirements is None else open_requirements.get((c.id, unit))
    return any(asks_pictures(r) for r in c.requirements_for(unit) if still_open is None or r.id in still_open)


def _pictures_named_as(parsed: ParsedMail, possible: list[Campaign], unit: str) -> list[Campaign]:
    """Pictures alone, and the subject or the sender's words name what they are by a part's own word
    (谷杖子乡问卷, 截图微信发我: the 问卷's 截图), of one campaign only."""
    said = normalize(" ".join([subject_text(parsed.subject), *content_lines(parsed.body_text or "")[:6]]))
    return [c for c in possible
            if any(len(w) >= 2 and normalize(w) in said for r in c.requirements_for(unit) for p in r.parts
                   if p.kind == "document" and PHOTO_EXTS & set(p.formats) for w in p.words)]


def _split_between(parsed: ParsedMail, possible: list[Campaign], unit: str) -> Routed | None:
    """One mail whose attachments answer two campaigns (a 说明 with photos for one, a
    report and a 台账 for another): filing it under either would lose the other's."""
    if len(possible) < 2:
        return None
    claims: dict[str, set[int]] = {}
    for c in possible:
        vocab = {w: {rid} for rid_words in [requirement_words(c)] for w, rids in rid_words.items()
                 for rid in rids if any(r.id == rid for r in c.requirements_for(unit))}
        # a picture claims by its name's words for the campaign too (雷家店乡问卷调查截图.png: the 问卷调查's), where the
        # campaign asks pictures and the sender's own words name it (我乡三资承诺书、统计表和问卷调查提交成功截图一并发送);
        # photos named 安全生产月1.jpg under a subject naming only the 5·15 总结 claim nothing
        asks_pictures = [r.id for r in c.requirements_for(unit) for p in r.parts
                         if p.kind == "photo" or any(re.search(r"截图|照片|图片", w) for w in [p.title, *p.words])]
        said = normalize(f"{parsed.subject or ''} {senders_own_text(parsed, possible)}")
        pictures = ({normalize(w): set(asks_pictures) for w in c.subject_hints if len(w) >= 4 and normalize(w) in said}
                    if asks_pictures else {})
        for i, a in enumerate(parsed.attachments):
            if a.kind not in ("document", "photo") or (a.kind == "photo" and (a.parent is not None or not pictures)):
                continue
            texts = [file_stem(a.filename)] + ([document_title(a.text or "")] if a.kind == "document" else [])
            if find_words([Place("filename", t) for t in texts if t], vocab if a.kind == "document" else pictures):
                claims.setdefault(c.id, set()).add(i)
    # two campaigns each claiming a document the other does not; a third claiming the same
    # documents as one of them (an old campaign sharing the word 总结) does not hide the split
    apart = {cid for a, mine in claims.items() for b, theirs in claims.items() if a != b and mine - theirs
             and theirs - mine for cid in (a, b)}
    if not apart:
        return None
    titles = [c.title for c in possible if c.id in apart]
    return Routed(None, f"邮件的附件分属多项活动：{'；'.join(titles)}，请人工分别确认", titles)


def _sheets_for_two_campaigns(parsed: ParsedMail, possible: list[Campaign], unit: str) -> Routed | None:
    """One workbook whose sheets are titled as the materials of two campaigns the unit owes (the 申报汇总表 on its
    first sheet, another notice's 执法人员清单 on its second): filing the mail under either loses the other's sheet."""
    if len(possible) < 2:
        return None
    for a in parsed.attachments:
        if a.kind != "document" or not a.text or not is_workbook(file_extension(a.filename, a.content_type)):
            continue
        titles = sheet_titles(a.text)
        answered = {_the_one_campaign_named(title, possible, unit) for title in titles} - {None}
        if len(titles) >= 2 and len(answered) >= 2:
            names = [c.title for c in possible if c.id in answered]
            return Routed(None, f"附件“{a.filename}”的各工作表分属多项活动：{'；'.join(names)}，请人工分别登记", names)
    return None


def sheet_titles(text: str) -> list[str]:
    """A workbook's sheets as the parser writes them (a "[name]" line opening each): each sheet's name and its first
    line, the title a clerk sees on the tab and at the top. A document of one sheet, or none, gives nothing."""
    sheets = workbook_sheets(text)
    return [" ".join([name, *content_lines(body)[:1]]) for name, body in sheets] if len(sheets) >= 2 else []


def _the_one_campaign_named(title: str, possible: list[Campaign], unit: str) -> str | None:
    """The id of the one campaign whose requirements owed by ``unit`` the title names by their words, or None."""
    named = []
    for c in possible:
        owed = {r.id for r in c.requirements_for(unit)}
        vocab = {w: rids & owed for w, rids in requirement_words(c).items() if rids & owed}
        if find_words([Place("doc_title", normalize(title))], vocab):
            named.append(c.id)
    return named[0] if len(named) == 1 else None


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
