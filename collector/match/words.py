"""The words that say what a mail carries, and which requirement words they contain.

A clerk tells what a mail answers from a few places: the subject, the names of
the attached files, the titles of the attached documents, and the sender's
opening lines. A report's body speaks of everything ("整改工作取得实效…",
"领导参加了访谈…"), so it is not read for this. Within one place a word counts
only where no longer word of another requirement covers it: "报告" inside
"整改报告" is the rectification report's, not every report's. A clause that
puts something off ("整改报告另行报送") does not count for what it puts off, nor,
when it names nothing of its own ("统计表正在逐处核实，另行报送"), do the clauses
before it that name what it puts off.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Hashable, Iterable, Iterator

from collector.model import ParsedMail
from collector.match.text import content_lines, normalize
from collector.numerals import cn_int

# a clause about something put off, or already sent before: not what this mail carries
DEFERRED_RE = re.compile(r"另行|稍后|随后|后续|待.{0,6}后|将于|尚未|还未|暂未|未完成|再报|已于|已经?报送?|此前已|已提交|已发送|已发(?=$|[，,。；;])")
SENTENCE_RE = re.compile(r"[。；;！!？?\n]")
# a clause saying only that a sending is still to come, with no topic of its own (另行报送, 随后补, 核完再报,
# 待领导签字后报送; not 解压密码另行发送, nor one done before: 已报修, 已于4月修复)
ONLY_STILL_TO_COME_RE = re.compile(r"(?:[\u4e00-\u9fa5]{1,6}?[后完毕]|待.{0,6}?后)?(?:另行|稍后|随后|后续|将于.{0,8}?|再)?"
                                   r"(?:单独|统一|一并|补充|正式)?(?:补报|报送|上报|报|发送|发|提交|补)(?:上|过来|过去)?")
# what a clause names as its own topic: a paper, or the rest of what is owed (其余材料稍后报送)
OWN_TOPIC_RE = re.compile(r"书|报告|表|台账|清单|方案|总结|计划|名单|函|说明|材料|证明|纪要|记录|照片|图片|截图|视频|文件|附件"
                          r"|版|稿|信息|数据|其余|其他|其它|剩余|余下")
# 总结见附件，请查收 / 先报1-2月的台账: a clause saying what the mail carries now is never put off by a deferral after it
CARRIED_NOW_RE = re.compile(r"见附件|附件[是为]|随附|附后|现将|查收|先行?(?:报|发|提交)")
TITLE_MAX = 40  # a document's title lines are short and end no sentence
UNIT_LIKE_RE = re.compile(
    r"(?:建昌县|县)?[\u4e00-\u9fa5]{2,10}?(?:分局|局|委员会|委(?!员)|中心|办公室|管理处|大队|支队|站|所|院|馆|(?<!乡)镇|乡(?![村镇])|街道|公司)"
)
# what a subject or file name holds besides what it names: a unit's name, a year, filler
BARE_NOISE = re.compile(r"报送|上报|提交|材料|附件|文件|请查收|20\d{2}\s*年度?|[\d\s.·•（）()【】\[\]《》“”\"_\-—、，,：:]+")


@dataclasses.dataclass(frozen=True)
class Place:
    source: str  # subject | fwd_subject | filename | doc_title | lead
    text: str


# 回复：回复：…, Re: …: a reply's subject (forwarding, 转发 / Fw:, is no reply)
REPLY = re.compile(r"\s*(?:(?:回复|答复|re)\s*[:：]\s*)+", re.I)
FORWARD = re.compile(r"\s*(?:fw|fwd|转发)\s*[:：]", re.I)  # Fw: / Fwd: / 转发: a forward's subject


def subject_text(subject: str | None) -> str:
    s = normalize(subject or "")
    return re.sub(r"^(?:\s*(?:re|fw|fwd|回复|答复|转发)\s*[:：])+", "", s, flags=re.I)


def document_title(text: str) -> str:
    """The first lines of a document up to its first sentence or its addressee line
    ("县政府办公室："): heading and title; the body after them speaks of everything."""
    out: list[str] = []
    for line in content_lines(text)[:4]:
        if len(line) > TITLE_MAX or re.search(r"[。，,；;]", line) or re.search(r"[:：]$", line):
            break
        out.append(line)
    return " ".join(out)


NOTICE_TITLE_RE = re.compile(r"^(?:关于)?.{2,60}的?(?:通知|提醒|催报函|温馨提示)$")  # the office's notices and reminders


def is_notice_title(subject: str) -> bool:
    """A reply to the office's notice, or to its reminder (关于催报…的提醒), keeps that title as
    its subject: it names what the office asked for, not what this mail carries."""
    return bool(NOTICE_TITLE_RE.match(subject.strip()))


# 关于征求…意见的通知（无意见）: a short remark in brackets after the notice's title kept by a reply
REMARK_AFTER_TITLE = re.compile(r"^(.+?)\s*[（(【\[]\s*([^（）()【】\[\]]{1,12}?)\s*[）)】\]]$")


def remark_on_the_notice(subject: str) -> str:
    """The remark a reply adds in brackets after the notice's title it keeps as its subject (…的通知（无意见）): the
    sender's own answer, said where the title ends; "" when the subject is no notice's title with such a remark."""
    m = REMARK_AFTER_TITLE.match(subject.strip())
    return m.group(2) if m and is_notice_title(m.group(1)) else ""


def file_stem(name: str | None) -> str:
    return re.sub(r"\.[A-Za-z0-9]{1,5}$", "", normalize(name or ""))


def places(parsed: ParsedMail, own_text: str) -> list[Place]:
    """Where the mail says what it carries (see the module docstring)."""
    subject = subject_text(parsed.subject)
    out = [] if is_notice_title(subject) else [Place("subject", subject)]
    out += [Place("fwd_subject", subject_text(f.subject)) for f in parsed.forwarded
            if f.subject and not is_notice_title(subject_text(f.subject))]
    for a in parsed.attachments:
        if a.kind == "link":
            continue
        out.append(Place("filename", file_stem(a.filename)))
        if a.kind == "document" and a.text:
            out.append(Place("doc_title", document_title(a.text)))
    for line in content_lines(own_text)[:3]:
        kept = [c for sentence in SENTENCE_RE.split(line) for c in clauses_not_put_off(sentence)]
        if kept:
            out.append(Place("lead", "，".join(kept)))
    return [p for p in out if p.text]


def clauses_not_put_off(sentence: str) -> list[str]:
    """The clauses of one sentence that may say what the mail carries: none that puts something off or says it was
    sent before, and, when a clause says a sending is still to come and names nothing of its own (另行报送, 核实后再报),
    none of the clauses before it back to the one naming what is to come (水毁设施排查统计表正在逐处核实，另行报送)."""
    clauses = [c for c in re.split(r"[，,]", sentence) if c.strip()]
    put_off: set[int] = set()
    for i, clause in enumerate(clauses):
        if not DEFERRED_RE.search(clause):
            continue
        put_off.add(i)
        if OWN_TOPIC_RE.search(clause) or not ONLY_STILL_TO_COME_RE.fullmatch(clause.strip()):
            continue
        for j in range(i - 1, -1, -1):
            if CARRIED_NOW_RE.search(clauses[j]):
                break
            put_off.add(j)
            if OWN_TOPIC_RE.search(clauses[j]):
                break
    return [c for i, c in enumerate(clauses) if i not in put_off]


def find_words(
    texts: Iterable[Place], vocabulary: dict[str, set[Hashable]]
) -> dict[Hashable, list[tuple[str, Place]]]:
    """key -> [(word, place)] for every vocabulary word found, where a word is
    dropped if a longer found word of a different key covers it."""
    found: dict[Hashable, list[tuple[str, Place]]] = {}
    words = sorted((w for w in vocabulary if w), key=len, reverse=True)
    for place in texts:
        spans: list[tuple[int, int, str]] = []
        for w in words:
            for v in spellings(w):
                if v in place.text:  # most words are not: no generator for them
                    spans += [(start, start + len(v), w) for start in _occurrences_as_written(place.text, v)]
        for s, e, w in spans:
            covered = any(
                s2 <= s and e <= e2 and (e2 - s2) > (e - s) and not (vocabulary[w2] & vocabulary[w])
                for s2, e2, w2 in spans
            )
            if covered:
                continue
            for key in vocabulary[w]:
                pairs = found.setdefault(key, [])
                if (w, place) not in pairs:
                    pairs.append((w, place))
    return found


# 营商环境总结 asked, 营商环境工作总结 written: 工作 put before a paper's noun changes nothing of what it is
WITH_WORK = re.compile(r"^(?P<matter>[\u4e00-\u9fa5]{2,}?)(?P<noun>总结|报告|方案|计划|要点|台账)$")


@functools.cache
def spellings(word: str) -> tuple[str, ...]:
    """``word``, and the same paper with 工作 before its noun (环境总结: 环境工作总结). Remembered: every vocabulary
    word is looked up for every place of every mail."""
    m = WITH_WORK.match(word)
    if not m or m.group("matter").endswith(("工作", "情况")):
        return (word,)
    return (word, f"{m.group('matter')}工作{m.group('noun')}")


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` (or its spelling with 工作, ``spellings``) stands in ``text``; a word of digits (515, 5.15)
    not inside a longer number (微信图片_20340515…, a phone number): that is no mention of it."""
    for spelled in spellings(word):
        yield from _occurrences_as_written(text, spelled)


def _occurrences_as_written(text: str, spelled: str) -> Iterator[int]:
    start = text.find(spelled)
    while start >= 0:
        if not _within_a_number(text, start, spelled):
            yield start
        start = text.find(spelled, start + 1)


def _within_a_number(text: str, start: int, word: str) -> bool:
    before = text[start - 1:start]
    after = text[start + len(word):start + len(word) + 1]
    return (word[:1].isdigit() and before.isdigit()) or (word[-1:].isdigit() and after.isdigit())


def contains_word(text: str, word: str) -> bool:
    """``word`` in ``text``, not as a piece of a longer number."""
    return next(occurrences(text, word), None) is not None


def merged(found: dict, more: dict) -> dict:
    """``found`` with the (word, place) pairs of ``more`` added."""
    for key, pairs in more.items():
        found.setdefault(key, []).extend(p for p in pairs if p not in found[key])
    return found


def tail_words(
    texts: Iterable[Place], vocabulary: dict[str, set[Hashable]], allowed: set[Hashable]
) -> dict[Hashable, list[tuple[str, Place]]]:
    """A subject, file name or title that says nothing but the last word of one
    material ("信息", "石佛乡信息.docx" for the 工作信息) names that material, when
    among the ``allowed`` keys only one has a word ending so: people shorten what
    they send. Beside other words ("防汛名单") or in the opening lines it names nothing."""
    found: dict[Hashable, list[tuple[str, Place]]] = {}
    for place in texts:
        if place.source == "lead":
            continue
        bare = BARE_NOISE.sub("", UNIT_LIKE_RE.sub("", place.text))
        if len(bare) < 2 or bare in vocabulary:  # a word of its own is found as such
            continue
        longer = {k: w for w, keys in sorted(vocabulary.items(), key=lambda kv: len(kv[0]))
                  if len(w) > len(bare) and w.endswith(bare) for k in keys if k in allowed}
        if len(longer) == 1:
            ((key, word),) = longer.items()
            found.setdefault(key, []).append((word, place))
    return found


def headline(parsed: ParsedMail, attachments=None) -> str:
    """Subject, file names and document titles: where a mail says what it is (of ``attachments``
    only, when given: the files that are the material, not a reference file beside it)."""
    attachments = parsed.attachments if attachments is None else attachments
    titles = [document_title(a.text) for a in attachments if a.kind == "document" and a.text]
    return normalize(" ".join([parsed.subject or ""] + [file_stem(a.filename) for a in attachments] + titles))


def file_title(a) -> str:
    """What one file says it is: its name, and its document's title."""
    return normalize(f"{file_stem(a.filename)} {document_title(a.text) if a.kind == 'document' and a.text else ''}")


# 3月份, 第一季度, 首周 / 第二周, and a month with its year and no day (月报表（2027年6月）)
PERIOD_RE = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份|(?:第\s*|(?<![上下本每\d一二三四]))([一二三四1-4])\s*季度"
                       r"|(首|第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}))\s*周(?!年)"
                       r"|(?<=\d{4}年)\s*(\d{1,2})\s*月(?![\d份底初中上下旬])(?!\s*\d)")
HALF_YEAR_RE = re.compile(r"(?<=年)\s*([上下])半年")  # 2043年下半年


# 填报日期：2045年4月: when a table was filled in, not the period it is of
DATE_LABELLED = re.compile(r"(?:填报|填表|制表|报送|上报|统计)?(?:日期|时间)\s*[:：]?\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")


def named_periods(text: str) -> set[str]:
    """The months (3月份, 2027年3月), quarters (第一季度, 一季度) and weeks (首周, 第二周) a text names
    as its material's period, each written one way (第3季度 and 第三季度 are one)."""
    out = set()
    for month, quarter, week, year_month in PERIOD_RE.findall(DATE_LABELLED.sub(" ", text)):
        if month or year_month:
            out.add(f"{cn_int(month or year_month)}月份")
        elif quarter:
            out.add(f"第{cn_int(quarter)}季度")
        else:
            out.add(f"第{1 if week == '首' else cn_int(week.lstrip('第'))}周")
    return out


def with_their_quarters(periods: set[str]) -> set[str]:
    """The periods, and the quarter of each month among them: 1月份's table is part of 第1季度's material."""
    months = [int(p[:-2]) for p in periods if p.endswith("月份")]
    return periods | {f"第{(m - 1) // 3 + 1}季度" for m in months if 1 <= m <= 12}


def named_halves(text: str) -> set[str]:
    """The half-years a text names with their year (2043年下半年 → 下半年)."""
    return {f"{half}半年" for half in HALF_YEAR_RE.findall(text)}
