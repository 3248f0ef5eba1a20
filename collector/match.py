"""Match stage: ParsedMail -> Match (which unit sent it, for which requirements).

Evidence is gathered the way a clerk reads a mail: the sender address (roster
or learned), display name, subject, attachment names, the signature block
(落款), the heading and 落款 of attached documents, the original sender of a
forwarded mail, and -- weakly -- names mentioned in the body or inside a
report. Quoted replies and copies of the notice are stripped first.

A mail is filed only when one unit clearly wins; anything doubtful goes to
review with suggestions, because a mail filed under the wrong unit is worse
than one left for a person.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import os
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from collector.campaign import Campaign
from collector.audit import now_iso
from collector.model import Match, ParsedMail

# Names are compared by the sound of each character; pypinyin's phrase
# dictionary (for reading polyphones in context) costs ~45 MB in every process
# and a third of the time, and made no difference on the labelled set
# (tests/test_match_labelled.py: 199/199 either way). pypinyin reads these at import.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
try:  # homophone / near-miss matching; without it only exact names match
    from pypinyin import Style, lazy_pinyin
except ImportError:  # pragma: no cover
    lazy_pinyin = None

# weight of one hit by where it was found; body mentions are weak on purpose
WEIGHTS = {
    "address": 6.0,  # roster address or an address a person confirmed
    "learned": 5.0,  # an address matched with confidence before
    "fwd_address": 5.0,
    "from_name": 4.0,
    "subject": 4.0,
    "fwd_name": 3.5,
    "fwd_subject": 3.5,
    "filename": 3.5,
    "signature": 3.0,
    "body_self": 3.0,  # "我单位（喇嘛洞镇）…"
    "doc_head": 2.7,
    "doc_sign": 2.7,
    "body_lead": 2.0,
    "body": 0.7,
    "doc_body": 0.4,
}
STRONG = 2.0  # a unit needs at least this much non-weak evidence to be filed
FUZZY_FACTOR = 0.75
SOURCE_LABELS = {
    "address": "发件地址",
    "learned": "已学习的发件地址",
    "fwd_address": "转发原发件地址",
    "from_name": "发件人名称",
    "subject": "主题",
    "fwd_name": "转发原发件人",
    "fwd_subject": "转发原主题",
    "filename": "附件名",
    "signature": "落款",
    "body_self": "正文自称",
    "doc_head": "文档标题",
    "doc_sign": "文档落款",
    "body_lead": "正文开头",
    "body": "正文提及",
    "doc_body": "文档内容提及",
}
CORRECTION_RE = re.compile(r"更正|以此为准|以此版为准|以本次为准|最终版|最终稿|定稿版|修正版|修订版")
# words that may stand right before "县发改局" without being a county's name
LEADS_INTO_NAME = (r"(?:关于|报送|上报|呈报|转发|回复|现将|我们|附件|会同|请|致|送|向|给|对|由|为|是|在|的|将|及|和|与|"
                   r"本|我|全|各|该|经|从|代|替|把|受|按|据|即|系|此|其|到|至|往|于)$")
SELF_RE = re.compile(r"我单位|本单位|我局|本局|我镇|本镇|我乡|本乡|我区|我中心|我分局|我委")
UNIT_LIKE_RE = re.compile(
    r"(?:建昌县|县)?[\u4e00-\u9fa5]{2,10}?(?:分局|局|委员会|委|中心|办公室|管理处|大队|支队|站|所|院|馆|镇|乡|街道|公司)"
)
QUOTE_START_RE = re.compile(
    r"^\s*(?:-{2,}\s*(?:原始邮件|Original Message|转发邮件信息|Forwarded message|转发的邮件)\s*-{2,}"
    r"|-{5,}|_{5,}"
    r"|在\s?.{0,60}写道[:：]?\s*$"
    r"|On .{0,100}wrote:\s*$"
    r"|(?:发件人|From)\s*[:：].*$)",
    re.IGNORECASE,
)
QUOTED_HEADER_RE = re.compile(r"^\s*(?:发件人|发送时间|收件人|抄送|主题|日期|From|Sent|Date|To|Cc|Subject)\s*[:：]")
NOISE_LINE_RE = re.compile(r"发自我的|Sent from my|来自网易|来自QQ邮箱|^--\s*$|^\s*$")
PHOTO_EXT = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".bmp", ".gif", ".webp", ".tif", ".tiff")


@dataclasses.dataclass
class Hit:
    campaign: str
    units: tuple[str, ...]  # more than one: an ambiguous name (八家子)
    source: str
    alias: str
    text: str  # what was written
    fuzzy: bool = False

    @property
    def weight(self) -> float:
        w = WEIGHTS[self.source]
        return w * FUZZY_FACTOR if self.fuzzy else w


# ---------------------------------------------------------------- text helpers


def normalize(text: str | None) -> str:
    """Full-width to half-width, drop zero-width chars; keep line breaks."""
    if not text:
        return ""
    import unicodedata

    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"[\u200b-\u200f\ufeff]", "", t)
    # "县 发改局", "喇嘛洞镇　人民政府": spaces between Chinese characters carry nothing
    return re.sub(r"(?<=[\u4e00-\u9fa5])[ \t]+(?=[\u4e00-\u9fa5])", "", t)


def _squash(s: str) -> str:
    return re.sub(r"[\s|｜>*\-—_·•]+", "", s)


def strip_quoted(body: str, quote_sources: list[str] = ()) -> str:
    """The sender's own words: no quoted replies, no pasted notice."""
    return "\n".join(drop_pasted(cut_quoted(normalize(body).splitlines()), quote_sources))


@functools.lru_cache(maxsize=8)
def _squashed(quote_sources: tuple[str, ...]) -> list[str]:
    """The notice(s), normalised and squashed once, not once for every text compared with them."""
    return [_squash(normalize(s)) for s in quote_sources if s]


HEADER_AHEAD_RE = re.compile(r"(?:发件人|发送时间|日期|Sent|Date|收件人|To|From)\s*[:：]", re.I)


def cut_quoted(lines: list[str]) -> list[str]:
    """Lines before a quoted reply or forward; "> " lines dropped."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        if QUOTE_START_RE.match(line):
            # "发件人：张三" may be the sender's own line, and a row of dashes
            # may just decorate a signature: only a quoted header block ends the text
            plain_sep = re.fullmatch(r"\s*(?:-{5,}|_{5,})\s*", line)
            own_from = re.match(r"^\s*(?:发件人|From)\s*[:：]", line, re.I)
            if plain_sep or own_from:
                nxt = " ".join(lines[i + 1 : i + 4])
                if not HEADER_AHEAD_RE.search(nxt):
                    kept.append(line)
                    continue
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return kept


def drop_pasted(kept: list[str], quote_sources: list[str] = ()) -> list[str]:
    """Lines without the pieces pasted from ``quote_sources`` (the notice)."""
    squashed_sources = _squashed(tuple(quote_sources))
    if not squashed_sources:
        return kept
    squashed = [_squash(normalize(line)) for line in kept]
    # short lines ("附件1", "|") neither start nor break a pasted block
    neutral = [len(sq) < 4 for sq in squashed]
    in_source = [not neutral[k] and any(sq in src for src in squashed_sources) for k, sq in enumerate(squashed)]
    out: list[str] = []
    i = 0
    while i < len(kept):
        if not in_source[i]:
            out.append(kept[i])
            i += 1
            continue
        j = i
        while j < len(kept) and (in_source[j] or neutral[j]):
            j += 1
        run = [k for k in range(i, j) if in_source[k]]
        long_lines = [k for k in run if len(squashed[k]) >= 15]
        if len(run) >= 3 or long_lines:
            # a pasted piece of the notice: drop it, but short lines just above
            # its first long line are the sender's own 落款 ("县发改局")
            out.extend(kept[i : long_lines[0]] if long_lines else [])
        else:
            out.extend(kept[i:j])
        i = j
    return out


def content_lines(text: str) -> list[str]:
    return [ln.strip() for ln in normalize(text).splitlines() if ln.strip() and not NOISE_LINE_RE.search(ln)]


def signature_block(body: str, n: int = 4) -> str:
    return "\n".join(content_lines(body)[-n:])


def lead_block(body: str, n: int = 2) -> str:
    return "\n".join(content_lines(body)[:n])


# ---------------------------------------------------------------- name index


def _pinyin(text: str) -> list[str]:
    """The sound of each character ("#" for anything not Chinese)."""
    return [_sound(ch) for ch in text]


@functools.lru_cache(maxsize=65536)
def _sound(ch: str) -> str:
    return (lazy_pinyin(ch, style=Style.NORMAL, errors=lambda s: ["#"] * len(s)) or ["#"])[0]


@functools.lru_cache(maxsize=4096)  # a few hundred syllables, looked up for every character scanned
def _loose(py: str) -> str:
    """Fuzzy pinyin as input methods allow it: zh=z, ang=an, l=n ..."""
    py = re.sub(r"^(zh|ch|sh)", lambda m: m.group(1)[0], py)
    py = re.sub(r"^l", "n", py)
    return re.sub(r"(ang|eng|ing)$", lambda m: m.group(1)[:-1], py)


LANDMARK_AFTER = "村寺山河沟街路桥组社校站湖湾岭水库景区小学中学"


def _landmark(text: str, end: int, alias: str) -> bool:
    """石佛寺, 喇嘛洞村: a bare place name followed by a village or landmark is not the township."""
    return alias[-1] not in "镇乡局区委心办所院队" and text[end : end + 1] in LANDMARK_AFTER and end < len(text)


class NameIndex:
    """Every name of every unit of the open campaigns, for scanning text."""

    def __init__(self, campaigns: list[Campaign]):
        self.campaigns = campaigns
        self.targets: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for c in campaigns:
            for u in c.units:
                for name in u.all_names():
                    self.targets[normalize(name)][c.id].add(u.name)
        aliases = sorted(self.targets, key=len, reverse=True)
        self.regex = re.compile("|".join(re.escape(a) for a in aliases)) if aliases else None
        self.by_pinyin: dict[tuple[str, ...], list[str]] = defaultdict(list)
        self.by_loose: dict[tuple[str, ...], list[str]] = defaultdict(list)
        self.long_aliases: dict[int, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        if lazy_pinyin is not None:
            for a in aliases:
                if len(a) < 3 or not re.fullmatch(r"[\u4e00-\u9fa5]+", a):
                    continue
                py = tuple(_pinyin(a))
                self.by_pinyin[py].append(a)
                if len(a) >= 4:
                    self.by_loose[tuple(_loose(p) for p in py)].append(a)
                if len(a) >= 5:
                    self.long_aliases[len(a)].append((a, py))
        self.lengths = sorted({len(k) for k in self.by_pinyin}, reverse=True)
        # Where a sound match can start at all: most positions of a text can be
        # skipped by one set lookup instead of trying every alias length there.
        self.first_sounds = {k[0] for k in self.by_pinyin} | {k[0] for k in self.by_loose}
        self.first_chars = {a[0] for group in self.long_aliases.values() for a, _ in group}
        self.county = next((c.county for c in campaigns if c.county), "")
        self._memo: dict | None = None

    def _foreign(self, text: str, start: int, alias: str) -> bool:
        """A unit of another level or county, not ours: 市公安局, 葫芦岛市公安局,
        绥中县公安局. Before "县…" only words that lead into a name are ours
        (报送县发改局); anything else is taken for another county's name."""
        if alias.startswith(("建昌", self.county or "\0")):
            return False
        before = text[max(0, start - 6) : start]
        county_stem = self.county[:-1] if self.county.endswith("县") else self.county
        if before.endswith(self.county or "\0") or (alias.startswith("县") and county_stem and before.endswith(county_stem)):
            return False
        if alias.startswith("县"):
            prev = before[-1:] if before else ""
            return bool(re.fullmatch(r"[\u4e00-\u9fa5]", prev)) and not re.search(LEADS_INTO_NAME, before)
        return bool(re.search(r"[市省]$", before)) or bool(re.search(r"[\u4e00-\u9fa5]{2}县$", before))

    @contextlib.contextmanager
    def remembering(self, scans: dict | None = None) -> Iterator[dict]:
        """Within the block, scan() results are kept in, and taken from, ``scans``.

        Scanning a mail's texts (by sound too) is most of matching's cost and
        needs nothing but the mail, so a parse worker does it (prepare_scans) and
        the poll process reuses the results instead of scanning again.
        """
        previous, self._memo = self._memo, ({} if scans is None else scans)
        try:
            yield self._memo
        finally:
            self._memo = previous

    def scan(self, text: str, fuzzy: bool = True) -> list[tuple[str, str, bool]]:
        """(alias, written text, fuzzy) for every unit name in ``text``."""
        if self._memo is None:
            return self._scan(text, fuzzy)
        key = (text, fuzzy)
        if key not in self._memo:
            self._memo[key] = self._scan(text, fuzzy)
        return list(self._memo[key])

    def _scan(self, text: str, fuzzy: bool) -> list[tuple[str, str, bool]]:
        text = normalize(text)
        if not text or self.regex is None:
            return []
        found: list[tuple[str, str, bool]] = []
        taken = [False] * len(text)
        for m in self.regex.finditer(text):
            for k in range(max(0, m.start() - 1), m.end()):
                taken[k] = True  # a foreign name is no typo of ours either
            if self._foreign(text, m.start(), m.group()) or _landmark(text, m.end(), m.group()):
                continue
            found.append((m.group(), m.group(), False))
        if fuzzy and self.lengths:
            found += self._scan_sounds(text, taken)
        return found

    def mask_known(self, text: str) -> str:
        """``text`` with every name of ours blanked out (for finding names that are not)."""
        text = normalize(text)
        if self.regex is None:
            return text
        chars = list(text)
        for m in self.regex.finditer(text):
            if not self._foreign(text, m.start(), m.group()):
                chars[m.start() : m.end()] = "|" * (m.end() - m.start())
        return "".join(chars)

    def _scan_sounds(self, text: str, taken: list[bool]) -> list[tuple[str, str, bool]]:
        py = _pinyin(text)
        if len(py) != len(text):
            return []
        loose = [_loose(p) for p in py]
        out = []
        i = 0
        while i < len(text):
            hit = None
            if py[i] not in self.first_sounds and loose[i] not in self.first_sounds and text[i] not in self.first_chars:
                i += 1
                continue
            for n in self.lengths:
                window = text[i : i + n]
                if len(window) < n or any(taken[i : i + n]) or "#" in py[i : i + n]:
                    continue
                cands = self.by_pinyin.get(tuple(py[i : i + n])) or (
                    self.by_loose.get(tuple(loose[i : i + n])) if n >= 4 else None
                )
                if not cands:
                    cands = self._near_miss(window, py[i : i + n])
                if cands:
                    hit = (cands[0], window, n)
                    break
            if hit:
                alias, window, n = hit
                if not self._foreign(text, i, alias):
                    out.append((alias, window, True))
                for k in range(i, i + n):
                    taken[k] = True
                i += n
            else:
                i += 1
        return out

    def _near_miss(self, window: str, py: list[str]) -> list[str]:
        """One wrong character in a long name (5+ characters), neither its first
        (县/市: another level) nor its last (镇/乡/局: another kind)."""
        out = []
        for alias, apy in self.long_aliases.get(len(window), []):
            if window[-1] != alias[-1] or window[0] != alias[0]:
                continue
            diff = sum(1 for a, b in zip(window, alias) if a != b)
            if diff == 1:
                out.append(alias)
        return out

    def hits(self, text: str, source: str, fuzzy: bool = True) -> list[Hit]:
        out = []
        for alias, written, is_fuzzy in self.scan(text, fuzzy=fuzzy):
            for cid, units in self.targets[alias].items():
                out.append(Hit(cid, tuple(sorted(units)), source, alias, written, is_fuzzy))
        return out


_INDEXES: dict[tuple, tuple[tuple, NameIndex]] = {}


def name_index(campaigns: list[Campaign]) -> NameIndex:
    """Built once per set of campaign objects (the last few kept)."""
    key = tuple(id(c) for c in campaigns)
    hit = _INDEXES.get(key)
    if hit is None or any(a is not b for a, b in zip(hit[0], campaigns)):
        hit = (tuple(campaigns), NameIndex(list(campaigns)))
        _INDEXES[key] = hit
        while len(_INDEXES) > 8:
            _INDEXES.pop(next(iter(_INDEXES)))
    return hit[1]


# ---------------------------------------------------------------- evidence


def _doc_texts(parsed: ParsedMail) -> list[str]:
    return [a.text for a in parsed.attachments if a.text and a.kind == "document"]


def _notices(campaigns: list[Campaign]) -> tuple[str, ...]:
    return tuple(c.notice_text for c in campaigns if c.notice_text)


def _own_text(parsed: ParsedMail, campaigns: list[Campaign]) -> str:
    return _own_words(parsed.body_text or "", _notices(campaigns))


@functools.lru_cache(maxsize=4)  # several rules ask for the same mail's own words
def _own_words(body: str, notices: tuple[str, ...]) -> str:
    return strip_quoted(body, list(notices))


@functools.lru_cache(maxsize=4)
def _doc_lines(text: str, notices: tuple[str, ...]) -> tuple[str, ...]:
    """A document's lines without what was pasted from the notice (a copy of the
    notice attached back names every unit: not evidence)."""
    return tuple(drop_pasted(content_lines(text), list(notices)))


def gather_hits(parsed: ParsedMail, campaigns: list[Campaign], learned: dict | None) -> list[Hit]:
    idx = name_index(campaigns)
    learned = learned or {}
    hits: list[Hit] = []
    office = {a for c in campaigns for a in c.mailbox_addresses}

    def by_address(addr: str | None, source: str, learned_source: str) -> None:
        addr = (addr or "").lower().strip()
        if not addr or addr in office:
            return
        for c in campaigns:
            for u in c.units:
                if addr in u.addresses:
                    hits.append(Hit(c.id, (u.name,), source, addr, addr))
        if addr in learned:
            cid, unit = learned[addr][:2]
            if any(c.id == cid and c.unit_by_name(unit) for c in campaigns):
                hits.append(Hit(cid, (unit,), learned_source, addr, addr))

    by_address(parsed.from_addr, "address", "learned")
    hits += idx.hits(parsed.from_name or "", "from_name")
    hits += idx.hits(_clean_subject(parsed.subject), "subject")
    for fwd in parsed.forwarded:
        by_address(fwd.from_addr, "fwd_address", "fwd_address")
        hits += idx.hits(fwd.from_name or "", "fwd_name")
        hits += idx.hits(_clean_subject(fwd.subject or ""), "fwd_subject")
    for a in parsed.attachments:
        if a.kind != "link":
            hits += idx.hits(re.sub(r"\.[A-Za-z0-9]{1,5}$", "", a.filename or ""), "filename")
    own = _own_text(parsed, campaigns)
    hits += body_hits(idx, content_lines(own), "signature", "body_lead", "body")
    for text in _doc_texts(parsed):
        hits += body_hits(idx, _doc_lines(text, _notices(campaigns)), "doc_sign", "doc_head", "doc_body")
    return hits


SUBMIT_RE = re.compile(r"报送|上报|呈报|提交|发送|发来|报来|送上|查收|现将|附件|报上|材料如下")


def _alias_dominates(line: str, alias_text: str) -> bool:
    """A 落款 line: the unit name, maybe 办公室, a person, a phone, a date -- little else."""
    rest = normalize(line).replace(alias_text, "", 1)
    rest = re.sub(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d[\d\-\s]{5,}\d|[\W_a-zA-Z\d]+", "", rest)
    rest = re.sub(r"联系人|联系电话|电话|手机|办公室|人民政府|政府|党委|党组|管委会|经办人|报送人|[:：]", "", rest)
    return len(rest) <= 4


COOPERATION_RE = re.compile(r"会同|联合|配合|协同|协助|邀请|派出|组织|参加|一道|共同")


def _submitting_clause(line: str, alias_text: str) -> bool:
    """"现将县发改局访谈材料报送": the name in the clause that sends the mail,
    not a partner in a report ("会同县公安局开展…")."""
    for clause in re.split(r"[，。；;,!！？?]", line):
        if alias_text in clause:
            before = clause[: clause.find(alias_text)]
            return bool(SUBMIT_RE.search(clause)) and not COOPERATION_RE.search(before + clause) and len(before) < 20
    return False


TITLE_RE = re.compile(r"总结|访谈|报告|情况|材料|讲话|稿")


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


def body_hits(idx: NameIndex, lines: Sequence[str], sign_src: str, lead_src: str, weak_src: str) -> list[Hit]:
    """Names in a text: 落款 lines and a heading / opening sentence are strong;
    a line that speaks of itself (我单位) is strong; every other mention is weak."""
    out: list[Hit] = []
    n = len(lines)
    for i, line in enumerate(lines):
        edge = i < 3 or i >= n - 4
        line_hits = idx.hits(line, sign_src, fuzzy=edge or bool(SELF_RE.search(line)))
        if not line_hits:
            continue
        for h in line_hits:
            if i >= n - 4 and _alias_dominates(line, h.text):
                h.source = sign_src
            elif i < 3 and (_alias_dominates(line, h.text) or _submitting_clause(line, h.text) or (
                lead_src == "doc_head" and i < 2 and _title_line(line, h.text))):
                h.source = lead_src
            elif weak_src == "body" and _self_reference(line, h.text):
                h.source = "body_self"
            else:
                if h.fuzzy:
                    continue
                h.source = weak_src
            out.append(h)
    return out


def _clean_subject(subject: str) -> str:
    s = normalize(subject)
    return re.sub(r"^(?:\s*(?:re|fw|fwd|回复|答复|转发)\s*[:：])+", "", s, flags=re.I)


def unknown_units(parsed: ParsedMail, campaigns: list[Campaign], headline_only: bool = False) -> list[str]:
    """Unit-like names in strong places that are not on any roster (县统计局).
    ``headline_only``: only the sender's name and the subject."""
    idx = name_index(campaigns)
    office = {normalize(n) for c in campaigns for n in c.office_names}
    places = [parsed.from_name or "", _clean_subject(parsed.subject)]
    if not headline_only:
        own = content_lines(_own_text(parsed, campaigns))
        places += ["\n".join(own[-4:]), "\n".join(own[:2])]
        places += [a.filename for a in parsed.attachments if a.filename]
        places += [f.from_name or "" for f in parsed.forwarded]
        for text in _doc_texts(parsed):
            dl = _doc_lines(text, _notices(campaigns))
            places += dl[:2] + dl[-3:]
    out: list[str] = []
    for place in places:
        for m in UNIT_LIKE_RE.finditer(idx.mask_known(place)):
            name = re.sub(r"^(?:关于|报送|上报|转发|回复|现将|我们|附件)+", "", m.group())
            if name in office or any(name.endswith(o) for o in office) or len(name) < 3:
                continue
            if name in out or re.match(r"[各全本我该有]", name) or idx.scan(name):
                continue  # idx.scan: a typo of one of ours (莽牛营子乡)
            if not re.search(r"政务公开|活动|通知|总结|照片|访谈|材料|附件", name):
                out.append(name)
    return out


# ---------------------------------------------------------------- requirements


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
    # the subject, file names and the opening lines say what is sent; a report's
    # body speaks of everything ("领导参加了访谈…")
    own = "\n".join(content_lines(_own_text(parsed, [campaign]))[:3])
    words_text = " ".join(
        [_clean_subject(parsed.subject), own]
        + [a.filename or "" for a in parsed.attachments]
        + [(f.subject or "") for f in parsed.forwarded]
    )
    chosen: list[str] = []
    why: list[str] = []
    has_photo = any(is_photo(a) for a in parsed.attachments)
    has_doc = any(a.kind == "document" for a in parsed.attachments)
    for req in applicable:
        found = [w for w in req.hints if w in words_text]
        if found:
            chosen.append(req.id)
            why.append(f"{req.title}（{'、'.join(found[:3])}）")
            continue
        photo_part = any(p.kind == "photo" for p in req.parts)
        if has_photo and photo_part:
            chosen.append(req.id)
            why.append(f"{req.title}（附有照片）")
            continue
        for a in parsed.attachments:
            if a.kind != "document" or not a.text:
                continue
            head = " ".join(content_lines(a.text)[:3])
            doc_words = [w for w in req.hints if w in head]
            if doc_words:
                chosen.append(req.id)
                why.append(f"{req.title}（文档标题含“{doc_words[0]}”）")
                break
    if chosen:
        return chosen, why
    if not (has_doc or has_photo or parsed.attachments) or _inapplicable(parsed, campaign, unit):
        return [], []
    candidates = [r for r in applicable if open_requirements is None or r.id in open_requirements]
    if len(applicable) == 1:
        return [applicable[0].id], [f"{applicable[0].title}（该单位仅此一项）"]
    if received_at is not None and candidates:
        pending = sorted((r for r in candidates if received_at <= r.due), key=lambda r: r.due)
        if pending:
            return [pending[0].id], [f"{pending[0].title}（尚未截止的最近一项）"]
    if len(candidates) == 1:
        return [candidates[0].id], [f"{candidates[0].title}（唯一未完成的一项）"]
    return [], []


def _inapplicable(parsed: ParsedMail, campaign: Campaign, unit: str):
    """A requirement the mail's words name but the unit does not owe (教育局 sending 访谈稿)."""
    own = _own_text(parsed, [campaign])
    text = " ".join([_clean_subject(parsed.subject), own] + [a.filename or "" for a in parsed.attachments])
    owed = {r.id for r in campaign.requirements_for(unit)}
    return next((r for r in campaign.requirements if r.id not in owed and any(w in text for w in r.hints)), None)


def is_photo(a) -> bool:
    if a.kind == "photo":
        return True
    return a.kind == "other" and (a.filename or "").lower().endswith(PHOTO_EXT)


# ---------------------------------------------------------------- decision


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
        return _match_mail(parsed, campaigns, learned, received_at, open_requirements)


def prepare_scans(parsed: ParsedMail, campaigns: list[Campaign]) -> dict:
    """The mail's own part of matching: every text it has scanned for unit names.
    Depends only on the mail and the campaigns, so a parse worker can do it."""
    if not campaigns:
        return {}
    with name_index(campaigns).remembering() as scans:
        gather_hits(parsed, campaigns, None)
        unknown_units(parsed, campaigns)
    return scans


def _match_mail(
    parsed: ParsedMail,
    campaigns: list[Campaign],
    learned: dict[str, tuple[str, str]] | None,
    received_at: dt.datetime | None,
    open_requirements: dict[tuple[str, str], set[str]] | None,
) -> Match:
    is_correction = bool(
        CORRECTION_RE.search(
            " ".join([parsed.subject or "", _own_text(parsed, campaigns)] + [a.filename or "" for a in parsed.attachments])
        )
    )
    if parsed.not_submission:
        kinds = {"auto-reply": "自动回复", "bounce": "退信", "read-receipt": "已读回执", "newsletter": "群发邮件"}
        return Match(
            campaign=None, unit=None, requirements=[], state="ignored",
            reason=f"非报送邮件：{kinds.get(parsed.not_submission, parsed.not_submission)}",
            confidence=1.0,
        )
    if not campaigns:
        return Match(None, None, [], "needs_review", "未配置活动（名册）", 0.0)
    office = {a for c in campaigns for a in c.mailbox_addresses}
    if (parsed.from_addr or "").lower() in office and not parsed.forwarded:
        return Match(None, None, [], "needs_review", "发件人是收集邮箱本身（本办发出或抄送的邮件），请人工确认",
                     0.0, [], [], is_correction)
    hits = gather_hits(parsed, campaigns, learned)
    total, strong = _score(hits)
    ranked = sorted(total, key=lambda k: (strong.get(k, 0), total[k]), reverse=True)
    signals = [f"{SOURCE_LABELS[h.source]}：{h.text}" + (f"（近似“{h.alias}”）" if h.fuzzy else "")
               + ("" if len(h.units) == 1 else f"（可能是{'或'.join(h.units)}）") for h in hits]
    signals = list(dict.fromkeys(signals))
    ambiguous = [h for h in hits if len(h.units) > 1 and h.source not in ("body", "doc_body")]
    unknown = unknown_units(parsed, campaigns)

    def review(reason: str, suggestions: list[str], confidence: float = 0.0, campaign=None, unit=None) -> Match:
        return Match(campaign, unit, [], "needs_review", reason, confidence, signals,
                     list(dict.fromkeys(suggestions)), is_correction)

    strong_keys = [k for k in ranked if strong.get(k, 0) >= STRONG]
    if not strong_keys:
        if ambiguous:
            names = sorted({u for h in ambiguous for u in h.units})
            return review(f"名称“{ambiguous[0].text}”可能指{'或'.join(names)}，请人工确认", names)
        if unknown:
            return review(
                f"单位“{unknown[0]}”不在名册中，请确认后加入名册或指定单位",
                [f"加入名册：{n}" for n in unknown] + [k[1] for k in ranked[:3]],
            )
        if ranked:
            evidence = "；".join(e for k in ranked[:3] for e in _describe(hits, k)[:2])
            return review(
                f"证据不足，无法确定报送单位（{evidence}）", [k[1] for k in ranked[:3]],
            )
        return review("未能识别报送单位（发件人、主题、附件名、落款均无单位名称）", [])
    best = strong_keys[0]
    cid, unit = best
    campaign = next(c for c in campaigns if c.id == cid)
    rivals = [k for k in strong_keys[1:] if k[1] != unit]
    same_unit_other_campaign = [k for k in strong_keys[1:] if k[1] == unit]
    requirements, req_why = detect_requirements(
        parsed, campaign, unit, received_at,
        None if open_requirements is None else open_requirements.get(best),
    )
    if same_unit_other_campaign and not any(h in (parsed.subject or "") for h in campaign.subject_hints):
        campaign, requirements = _pick_campaign(parsed, campaigns, unit, requirements, received_at)
        cid = campaign.id
    shared = set()
    for r in requirements or [r.id for r in campaign.requirements_for(unit)]:
        shared |= set(campaign.slot_units(r, unit))
    rivals = [k for k in rivals if not (k[0] == cid and k[1] in shared)]
    conflicting_ambiguous = [h for h in ambiguous if unit not in h.units]
    if rivals:
        names = [unit] + [k[1] for k in rivals]
        return review(
            "邮件同时指向多个单位：" + "、".join(names) + "，请人工确认",
            names,
            confidence=0.3,
        )
    headline_unknown = unknown_units(parsed, campaigns, headline_only=True)
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
    if not requirements:
        foreign = _inapplicable(parsed, campaign, unit)
        if foreign:
            return review(
                f"识别为{unit}（{'；'.join(evidence[:3])}），但邮件像是{foreign.title}，该单位无需报送此项，请人工确认",
                [unit], confidence=conf, campaign=cid, unit=unit,
            )
        return review(
            f"识别为{unit}（{'；'.join(evidence[:3])}），但无法判断报送的是哪一项材料",
            [unit], confidence=conf, campaign=cid, unit=unit,
        )
    reason = f"{unit}：{'；'.join(evidence[:4])}。报送：{'；'.join(req_why)}"
    if is_correction:
        reason += "。标注更正/以此为准，作为最新版本"
    return Match(cid, unit, requirements, "filed", reason, round(conf, 2), signals,
                 [], is_correction)


def _pick_campaign(parsed, campaigns, unit, requirements, received_at):
    """The same unit is on several open rosters: the campaign whose words or open deadline fit."""
    text = (parsed.subject or "") + " " + (parsed.body_text or "")[:500]
    scored = []
    for c in campaigns:
        if not c.unit_by_name(unit):
            continue
        reqs, _ = detect_requirements(parsed, c, unit, received_at)
        hint = sum(1 for h in c.subject_hints if h in text)
        scored.append((hint, len(reqs), c, reqs))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return scored[0][2], scored[0][3]


# ---------------------------------------------------------------- learned addresses

LEARN_MIN_CONFIDENCE = 0.5


def load_learned(db) -> dict[str, tuple[str, str]]:
    """address -> (campaign, unit) for addresses that point at one unit."""
    if "learned_addresses" not in db.table_names():
        return {}
    return {
        r["address"]: (r["campaign"], r["unit"])
        for r in db["learned_addresses"].rows
        if r["unit"] and r["how"] in ("matched", "confirmed")
    }


def learn_address(db, parsed: ParsedMail, match: Match, message_sha256: str, how: str = "matched") -> bool:
    """Remember the sender address of a confidently filed mail (or one a person
    assigned: how="confirmed"). The address's own evidence does not count, a
    forwarded mail teaches nothing about the forwarder, and an address seen for
    two units is marked "conflict" and no longer used (a person's
    confirmation always wins)."""
    addr = (parsed.from_addr or "").lower().strip()
    if not addr or not match.unit or not match.campaign:
        return False
    if how == "matched":
        if match.state != "filed" or match.confidence < LEARN_MIN_CONFIDENCE or parsed.forwarded:
            return False
        own = [s for s in match.signals if s.split("：")[0] not in (SOURCE_LABELS["learned"], SOURCE_LABELS["address"])]
        if not own:
            return False
    existing = db["learned_addresses"].get(addr) if _has_row(db, addr) else None
    row = {
        "address": addr, "campaign": match.campaign, "unit": match.unit, "how": how,
        "learned_at": now_iso(), "message_sha256": message_sha256,
    }
    if existing and how == "matched":
        if existing["how"] in ("confirmed", "conflict") or existing["unit"] == match.unit:
            return False
        row.update(unit="", how="conflict")
    db["learned_addresses"].insert(row, replace=True)
    return True


def _has_row(db, addr: str) -> bool:
    return bool(db.execute("SELECT 1 FROM learned_addresses WHERE address = ?", [addr]).fetchone())
