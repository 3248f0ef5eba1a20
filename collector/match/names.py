"""Unit names in text: every name of every unit, found exactly or by sound (typos, homophones)."""

from __future__ import annotations

import contextlib
import functools
import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterator

from collector.campaign import Campaign
from collector.match.text import normalize, per_campaign


# Names are compared by the sound of each character; pypinyin runs without its phrase
# dictionary (collector/__init__.py says why), which made no difference on the labelled set
# (tests/test_match_labelled.py: 199/199 either way).
try:  # homophone / near-miss matching; without it only exact names match
    from pypinyin import Style, lazy_pinyin, pinyin
except ImportError:  # pragma: no cover
    lazy_pinyin = pinyin = None

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
    "short_name": 3.0,  # a short form of one unit's name no campaign lists (文旅广电局): as a near-miss name in the subject
    "address_pinyin": 3.0,  # datunzhen_fxb@163.com: the address spells the unit's name (大屯镇) in pinyin
    "signature_pinyin": 3.0,  # a sign-off in pinyin: Jianchang Xian Ziranziyuan Ju
    "assigned_item": 3.0,  # 第12号答复函: the item the notice's 分解表 assigns to one unit (asked when nothing else names one)
    # 医保局一日捐的转账回单 from a personal address, completing the unit's earlier mail (completes_its_unit.py): the bar
    "body_owner": 2.0,
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
    "short_name": "简称",
    "address_pinyin": "发件地址拼音",
    "signature_pinyin": "拼音落款",
    "assigned_item": "承办编号",
    "body_owner": "正文写明是该单位此前所缺的材料",
    "doc_head": "文档标题",
    "doc_sign": "文档落款",
    "body_lead": "正文开头",
    "body": "正文提及",
    "doc_body": "文档内容提及",
}

# words that may stand right before "县发改局" without being a county's name
LEADS_INTO_NAME = (r"(?:关于|报送|上报|呈报|转发|回复|现将|我们|附件|会同|请|致|送|向|给|对|由|为|是|在|的|将|及|和|与|"
                   r"本|我|全|各|该|经|从|代|替|把|受|按|据|即|系|此|其|到|至|往|于)$")


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
OWN_SUFFIX = "镇乡局区委心办所院队"  # a name ending so is the unit's own (喇嘛洞镇), never a bare place name (喇嘛洞)
# 水利局家属院, 供销社家属楼: homes named after a unit, a place and not the unit
NAMED_AFTER = ("家属院", "家属楼", "家属区", "宿舍", "小区", "大院", "住宅")


def _landmark(text: str, end: int, alias: str) -> bool:
    """石佛寺, 喇嘛洞村: a bare place name followed by a village or landmark is not the township."""
    return alias[-1] not in OWN_SUFFIX and text[end : end + 1] in LANDMARK_AFTER and end < len(text)


def _an_end_of_a_route(text: str, m: re.Match) -> bool:
    """药王庙至汤神庙农村公路: a town's bare name (no 镇 or 乡) at an end of a road's or a line's 至 is a place."""
    return m.group()[-1] not in OWN_SUFFIX and (text[m.end(): m.end() + 1] in ("至", "到")
                                                      or text[max(0, m.start() - 1): m.start()] in ("至", "到"))


class NameIndex:
    """Every name of every unit of the open campaigns, for scanning text."""

    def __init__(self, campaigns: list[Campaign]):
        self.campaigns = campaigns
        self.targets: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for c in campaigns:
            for u in c.units:
                for name in u.all_names():
                    self.targets[normalize(name)][c.id].add(u.name)
                if getattr(u, "division_code", ""):  # 211422212_春季造林绿化进度统计表.xlsx: a system's export
                    self.targets[u.division_code][c.id].add(u.name)
            for name, unit in zone_names_with_their_towns(c.units):
                self.targets[normalize(name)][c.id].add(unit)
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
        # the names of the county's bodies (not its towns): 喇嘛洞供销社 is the 供销社's branch in 喇嘛洞
        self.body_names = {normalize(n) for c in campaigns for u in c.units if u.kind in ("department", "institution")
                           for n in u.all_names()}
        self._memo: dict | None = None

    def _a_bodys_branch_there(self, text: str, m: re.Match) -> bool:
        """喇嘛洞供销社: a town's bare name (no 镇 or 乡) right before a county body's name is where that body's branch
        is (the 供销社's, here), not the town."""
        if m.group()[-1] in "镇乡区":
            return False
        after = self.regex.match(text, m.end())
        return bool(after) and after.group() in self.body_names and m.group() not in self.body_names

    def _foreign(self, text: str, start: int, alias: str) -> bool:
        """A unit of another level or county, not ours: 市公安局, 葫芦岛市公安局,
        绥中县公安局. Before "县…" only words that lead into a name are ours
        (报送县发改局); anything else is taken for another county's name."""
        county_stem = self.county[:-1] if self.county.endswith("县") else self.county
        if alias.startswith((county_stem or "\0", self.county or "\0")):
            return False
        before = text[max(0, start - 6) : start]
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
            if m.group().isdigit() and (text[m.start() - 1: m.start()].isdigit() or text[m.end(): m.end() + 1].isdigit()):
                continue  # a division code inside a longer number (a phone's, an ID's) is none
            if self._foreign(text, m.start(), m.group()) or _landmark(text, m.end(), m.group()) \
                    or text.startswith(NAMED_AFTER, m.end()) or self._a_bodys_branch_there(text, m) \
                    or _an_end_of_a_route(text, m):
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
        (县/市: another level) nor its last (镇/乡/局: another kind), nor a level's
        character anywhere (建昌县人民政府 is the county's, not 建昌镇人民政府)."""
        out = []
        for alias, apy in self.long_aliases.get(len(window), []):
            if window[-1] != alias[-1] or window[0] != alias[0]:
                continue
            if one_slip(window, alias):
                out.append(alias)
        return out

    def hits(self, text: str, source: str, fuzzy: bool = True) -> list[Hit]:
        out = []
        for alias, written, is_fuzzy in self.scan(text, fuzzy=fuzzy):
            for cid, units in self.targets[alias].items():
                out.append(Hit(cid, tuple(sorted(units)), source, alias, written, is_fuzzy))
        return out


def zone_names_with_their_towns(units) -> list[tuple[str, str]]:
    """(name, zone) for a zone named after a town of the list (八家子经济开发区 beside 八家子镇) as it often calls
    itself, the town's full name in its own (八家子镇经济开发区管委会): the zone's, not the town's. A bare stem
    (八家子) stays as ambiguous as it was."""
    towns = {u.name[:-1]: u.name for u in units if u.kind in ("town", "township") and u.name[-1:] in ("镇", "乡")}
    out = []
    for zone in (u for u in units if u.kind == "zone"):
        for name in zone.all_names():
            stem = next((s for s in towns if name.startswith(s) and len(name) > len(s)), None)
            if stem and not name.startswith(towns[stem]):
                out.append((towns[stem] + name[len(stem):], zone.name))
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


LEVEL_CHARS = set("省市县区镇乡村")  # one of these for another is another level, never a typo


def one_slip(written: str, name: str) -> bool:
    """``written`` is ``name`` with one character wrong: same length, same last character (the
    unit's kind), and the wrong one not a level's (县 for 镇, 市 for 县: another unit)."""
    diff = [(a, b) for a, b in zip(written, name) if a != b]
    return (len(written) == len(name) and written[-1:] == name[-1:] and len(diff) == 1
            and not set(diff[0]) <= LEVEL_CHARS)


def a_slip_of_the_same_sound(written: str, name: str) -> bool:
    """``written`` is ``name`` with one character typed for another of the same sound (县卫建局 for
    县卫健局: the input method's first choice), as one_slip allows it."""
    diff = [(a, b) for a, b in zip(written, name) if a != b]
    return one_slip(written, name) and _sound(diff[0][0]) == _sound(diff[0][1]) != "#"


PINYIN_MIN = 8  # letters: datunzhen, shuiliju; shorter spellings (shiju, jcx) are anyone's


def address_pinyin_hits(addr: str | None, campaigns: list[Campaign]) -> list[Hit]:
    """An address whose local part spells one unit's name in pinyin, kind and all
    (datunzhen_fxb@163.com for 大屯镇): as good as a name in the subject. Two units spelled, or
    none, say nothing."""
    unit = _the_unit_spelled(re.sub(r"[^a-z]", "", (addr or "").split("@")[0].lower()), campaigns)
    return [Hit(c.id, (unit,), "address_pinyin", unit, addr) for c in campaigns if unit and c.unit_by_name(unit)]


def _the_unit_spelled(letters: str, campaigns: list[Campaign]) -> str | None:
    """The one unit whose name ``letters`` spell in pinyin; None for none, or two."""
    spelled = {unit for c in campaigns for spelling, unit in _unit_spellings(c).items() if spelling in letters}
    return spelled.pop() if len(spelled) == 1 else None


LATIN_LINE = re.compile(r"^[A-Za-z][A-Za-z .,'&|/()-]{7,80}$")


def signature_pinyin_hits(lines: list[str], campaigns: list[Campaign]) -> list[Hit]:
    """A signature written in pinyin (`Jianchang Xian Ziranziyuan Ju | Bangongshi`, an English
    signature set up in Foxmail): the last lines of the sender's own words that are Latin letters
    only, spelling one unit's name, sign it as its Chinese name would."""
    hits: list[Hit] = []
    for line in lines[-6:]:
        line = line.strip()
        if not LATIN_LINE.match(line):
            continue
        unit = _the_unit_spelled(re.sub(r"[^a-z]", "", line.lower()), campaigns)
        hits += [Hit(c.id, (unit,), "signature_pinyin", unit, line) for c in campaigns if unit and c.unit_by_name(unit)]
    return hits


@per_campaign
def _unit_spellings(c: Campaign) -> dict[str, str]:
    out: dict[str, str] = {}
    for u in c.units:
        for name in u.all_names():
            for spelling in _spellings(re.sub(r"^(?:建昌县|县)", "", name)):
                if len(spelling) >= PINYIN_MIN:
                    out.setdefault(spelling, u.name)
    return out


def _spellings(name: str, most: int = 16) -> list[str]:
    """Every way to spell a name, a polyphone in each of its readings (石佛乡: shifoxiang, shifuxiang)."""
    if pinyin is None:
        return []
    out = [""]
    for ch in name:
        readings = pinyin(ch, style=Style.NORMAL, heteronym=True, errors=lambda s: [])
        if not readings:
            return []
        out = [o + r for o in out for r in dict.fromkeys(readings[0])][:most]
    return out
