"""Which words of a sentence go with which of its deadlines: each deadline's segment (the
clauses saying what is due by it) and the deadlines that share one clause or one statement
(于5月10日、5月24日前分别报送自查报告和整改报告)."""

from __future__ import annotations

import re

from .. import requirements as req
from ..heading.addresses import SUBMIT
from ..materials.counted_tables import as_the_items_above
from ..timing.dates import MD, Deadline
from ..timing.same_day import the_same_time_clause_apart
from .dated_in_its_bracket import dated_in_its_bracket
from .in_turn import each_its_own_material, the_kth_material_alone
from .respectively import IN_TURN
from ..materials.nth_round import each_rounds_own
from ..words import PHOTO_WORDS



def segments(sentence: str, deadlines: list[Deadline]) -> list[tuple[Deadline, str, str]]:
    """Each deadline with the clauses that say what is due by it, and the sentence's
    opening (who is asked) for the unit words. A clause between two deadlines goes to the
    earlier one when that one's own clause names no material."""
    bounds = [0] + [m.end() for m in re.finditer(r"[,，;；]", sentence)] + [len(sentence) + 1]
    # 《…统计表》（Excel版，5月10日前）、《…报告》（Word版，5月20日前）: a paper's dated bracket and the 、 after it end a clause
    bounds = sorted(set(bounds) | {d.end + m.end() for d in deadlines if dated_in_its_bracket(sentence, d)
                                   and (m := re.match(r"\s*[)）]、", sentence[d.end:]))})
    clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]

    def clause_of(pos: int) -> int:
        return next(i for i, (a, b) in enumerate(clauses) if a <= pos < b)

    at = [clause_of(d.start) for d in deadlines]
    own_material = [bool(req.MATERIAL.search(sentence[clauses[c][0]:clauses[c][1]])) for c in at]
    # 台账（Excel格式，4月17日前）；总结（Word格式，4月29日前）: a day closing its paper's bracket closes what it asks
    own_material = [own or dated_in_its_bracket(sentence, d) for own, d in zip(own_material, deadlines)]
    # a semicolon closes what one deadline asks: 台账…于1月30日前报送；…情况报告…于2月27日前报送
    ends_statement = [sentence[a:b].rstrip().endswith(("；", ";")) for a, b in clauses]
    out = []
    for i, d in enumerate(deadlines):
        lo = 0 if i == 0 else (at[i - 1] + 1 if own_material[i - 1] else at[i])
        if i > 0:
            lo = next((c + 1 for c in range(at[i] - 1, at[i - 1] - 1, -1) if ends_statement[c]), lo)
        if i + 1 < len(deadlines):
            hi = at[i + 1] - 1 if not own_material[i] and at[i + 1] > at[i] else at[i]
            if at[i + 1] == at[i]:
                hi = at[i]
            hi = next((c for c in range(at[i], at[i + 1]) if ends_statement[c]), hi)
        else:
            hi = len(clauses) - 1
        lo = min(lo, at[i])
        segment = sentence[clauses[lo][0]: clauses[hi][1]]
        who = sentence[: clauses[at[0]][0]]
        out.append((d, segment, who))
    return out



def paired(sentence: str, segments: list[tuple[Deadline, str, str]]) -> list[tuple[Deadline, str, str]]:
    """Deadlines that share one clause take one material each: with 分别 the materials after it
    in order (于5月10日、5月24日前分别报送自查报告和整改报告), else the words from each deadline to
    the next (于12月27日前将元旦值班表、1月20日前将春节值班表报送…)."""
    out = list(segments)
    for clause in re.finditer(r"[^,，;；]+", sentence):
        text, at = clause.group(), clause.start()
        same = [i for i, (d, _, _) in enumerate(segments) if at <= d.start < clause.end()]
        if len(same) < 2:
            continue
        opening = text[: segments[same[0]][0].start - at]
        verb = SUBMIT.search(text)
        if "分别" in text:
            pieces = _respective(text[text.index("分别"):], len(same))
            pieces = [f"{text[:text.index('分别')]}报送{n}" for n in pieces]
        else:
            starts = [segments[i][0].start - at for i in same] + [len(text)]
            pieces = [opening + text[a:b] + ("" if SUBMIT.search(text[a:b]) or not verb else verb.group())
                      for a, b in zip(starts, starts[1:])]
        if len(pieces) != len(same) or not all(req.material_names(p) for p in pieces):
            pieces = _listed_together(sentence, at, [segments[i][0] for i in same])
            if not pieces:
                continue
        for i, piece in zip(same, pieces):
            out[i] = (segments[i][0], piece, segments[i][2])
    return out


# 请各乡镇人民政府和县直有关部门（…）分别于3月9日前、3月16日下午4时前, 请各乡镇/县直各单位分别于5月13日/5月20日前
# 二、县发改局、县财政局、县住建局分别于5月12日、5月14日、5月19日前: the item's number is no group;
# 各乡镇、县直各部门请分别于12月12日、12月16日前 (请 / 须 / 务必 … after the groups): the groups all the same (held-out 2336);
# 县教育局、县卫健局、建昌镇依次于5月6日、5月13日、5月20日前: 依次 / 顺次 / 依序 pair them as 分别 does (respectively.IN_TURN)
RESPECTIVE_SUBJECT = re.compile(r"(?:^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、])?\s*|请|由)"
                                rf"(?P<who>[^，,。；;请由]{{2,80}}?)(?P<ask>请|须|需|要|应|务必|务请)?(?P<turn>{IN_TURN})(?:于|在)")


# 请各乡镇于3月5日前、上述四个部门于3月9日下午4时前，将…: a deadline's own subject said between the two
SUBJECT_BETWEEN = re.compile(r"\s*、\s*(?P<who>[^、，,。；;于在]{2,24}?)\s*(?:于|在)\s*")


def subjects_between(sentence: str, triples: list[tuple[Deadline, str, str]]) -> list[tuple[Deadline, str, str]]:
    """A deadline whose own subject stands between it and the one before (、上述四个部门于…) is that subject's alone, and
    the one before is not it: each segment keeps its own subject and the words after both (the material, the way)."""
    out = list(triples)
    for k in range(len(out) - 1):
        (d, segment, who), (nxt, next_segment, _) = out[k], out[k + 1]
        m = SUBJECT_BETWEEN.fullmatch(sentence[d.end:nxt.start])
        if not m or nxt.text not in next_segment:
            continue
        after = next_segment[next_segment.index(nxt.text) + len(nxt.text):]  # the material and the way, shared
        own = segment.replace(sentence[d.end:nxt.end], "")
        out[k] = (d, own if after.strip(" ,，") in own else own.rstrip(" ,，") + after, who)
        out[k + 1] = (nxt, m.group("who") + "于" + next_segment[next_segment.index(nxt.text):], "")
    return out


def respective_subjects(sentence: str, triples: list[tuple[Deadline, str, str]], names) -> list[tuple[Deadline, str, str]]:
    """Groups of units before 分别 and as many deadlines after it: each group its own deadline, in order. Not
    where 分别 pairs the deadlines with as many materials instead (各乡镇、各部门分别于5月10日、5月24日前报送自查报告
    和整改报告: both groups send both) — photos among them go with the paper, no date of their own (各镇、各乡分别于A、B
    前，将《…自评表》和…活动照片: each group its date, both sent) — unless the groups are set apart by slashes, which pair everything, or are
    units named alone, each with its own material (in_turn.each_its_own_material): each its date and its material.
    ``names``: the roster units a piece of text names (every group must name some)."""
    m = RESPECTIVE_SUBJECT.search(sentence)
    if not m:
        return triples
    after = [i for i, (d, _, _) in enumerate(triples) if d.start >= m.end()]
    subject = m.group("who")
    groups = _top_level_split(subject)
    if len(after) < 2 or len(groups) != len(after) or not all(names(g) for g in groups):
        return triples
    end = min([i for i in (sentence.find(c, triples[after[-1]][0].end) for c in "；;。") if i >= 0] or [len(sentence)])
    materials = req.material_names(sentence[m.end():end])
    in_turn = each_its_own_material(sentence[:end], groups, materials, names)  # 县公安局、县卫健局分别于A、B前，将X和Y
    if not re.search(r"[/／]", subject) and len(materials) == len(after) and not in_turn \
            and not any(PHOTO_WORDS.search(n) for n in materials):  # …自评表和活动照片: the photos go with the paper
        return triples
    out = list(triples)
    for k, (i, group) in enumerate(zip(after, groups)):
        d, segment, who = out[i]
        segment = the_kth_material_alone(segment, materials, k) if in_turn else segment
        segment = _the_group_alone(segment, m, group)
        out[i] = (d, _the_kth_of_slashed(segment, k, len(groups)), who.replace(subject, group))
    return out


def _the_group_alone(segment: str, m: re.Match, group: str) -> str:
    """The segment with its group in the place of the groups listed: 县教育局于5月6日 for 县教育局、县卫健局依次于5月6日、
    5月13日 (依次 / 顺次 / 依序 say the order of a list, none of one unit, which would read as part of its name);
    分别 is kept as written, the unit readers reading past it, and so is a word of asking (须)."""
    turn = m.group("turn") if m.group("turn") == "分别" else ""
    said = m.group("who") + (m.group("ask") or "") + m.group("turn")
    return segment.replace(said, group + (m.group("ask") or "") + turn) if said in segment \
        else segment.replace(m.group("who"), group)


# 《需求表》/《报名表》（附件1/附件2）: as many things as groups, slash-paired with them
SLASHED = re.compile(r"(?:《[^《》]+》|附件\s*\d+)(?:\s*[/／]\s*(?:《[^《》]+》|附件\s*\d+))+")


def _the_kth_of_slashed(segment: str, k: int, n: int) -> str:
    def kth(m: re.Match) -> str:
        items = re.split(r"\s*[/／]\s*", m.group())
        return items[k] if len(items) == n else m.group()

    return SLASHED.sub(kth, segment)


def _top_level_split(subject: str) -> list[str]:
    """各乡镇/县直各单位 → two groups; 各乡镇人民政府和县直有关部门（县卫健局、县市场局、县民政局） → two, the 、 inside
    the brackets no separator. Slashes first, then 和 / 及 / 与, then 、."""
    masked = re.sub(r"[（(][^）)]*[）)]", lambda q: "＿" * len(q.group()), subject)
    for separators in (r"[/／]", r"和|及|与|以及", r"、"):
        cuts = [(x.start(), x.end()) for x in re.finditer(separators, masked)]
        if cuts:
            bounds = [0, *(c for cut in cuts for c in cut), len(subject)]
            return [subject[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2])]
    return [subject]


# 6月25日前、12月10日前 / 7月3日前和12月4日前: deadlines listed one after another
LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|以及|或|/|／)?\s*(?:于|在)?\s*")
PERIOD = r"(?:上半年|下半年|全年|全年度|年度|半年|前三季度|第?[一二三四1-4]季度|[一二三四五六七八九十\d]{1,2}月份?)"


def _listed_together(sentence: str, at: int, deadlines: list[Deadline]) -> list[str]:
    """Deadlines listed together (请于7月3日前和12月4日前，分别将上半年和全年工作落实情况报送…)
    share the statement after them, to the sentence's end or its next ；: each deadline takes it,
    and with 分别 and as many periods as deadlines (上半年和全年) each takes its own period."""
    if any(not LIST_JOIN.fullmatch(sentence[a.end:b.start]) for a, b in zip(deadlines, deadlines[1:])):
        return []
    end = min([i for i in (sentence.find(c, deadlines[-1].end) for c in "；;") if i >= 0] or [len(sentence)])
    tail = sentence[deadlines[-1].end:end]
    if not SUBMIT.search(tail):
        return []
    opening = sentence[at:deadlines[0].start]
    tails = each_rounds_own(tail, len(deadlines))  # …，第二轮报送时一并附…扫描件: the second date's only
    periods = re.search(rf"{PERIOD}(?:[和及、与]{PERIOD}){{{len(deadlines) - 1}}}(?![和及、与])", tail)
    if "分别" in opening + tail and periods and len(set(tails)) == 1:
        tails = [tail.replace(periods.group(), p, 1) for p in re.findall(PERIOD, periods.group())]
    return [opening + sentence[d.start:d.end] + t for d, t in zip(deadlines, tails)]


# 分别于5月12日、5月19日下午5时前将…统计表: the list 分别 splits is of dates, one material sent at each
DATE_IN_A_MODIFIER = re.compile(rf"{MD}\s*[月日]")


def _respective(text: str, count: int) -> list[str]:
    """分别报送自查报告和整改报告 → the two names; 分别报送上半年和全年工作落实情况报告 → 上半年工作落实
    情况报告 and 全年工作落实情况报告 (modifiers that share one head noun)."""
    names = req.material_names(text)
    if len(names) == count or len(names) != 1:
        return names
    m = re.search(rf"([^,，;；]*?){re.escape(names[0])}", text)
    before = re.sub(r"^分别(?:报送|上报|提交|报)?", "", m.group(1)) if m else ""
    modifiers = [x for x in re.split(r"[和及、与]", before + names[0]) if x]
    if len(modifiers) != count or any(DATE_IN_A_MODIFIER.search(x) for x in modifiers):  # 分别于5月12日、5月19日前: dates
        return names
    head = re.search(r"(?:工作|情况).*$", modifiers[-1]) or re.search(req.MATERIAL.pattern + r".*$", modifiers[-1])
    if not head:
        return names
    return [x if req.MATERIAL.search(x) else x + head.group() for x in modifiers]


def clipped(text: str, limit: int = 30) -> str:
    """A sentence cut short for a line of the draft's 待确认 list."""
    text = text.strip(" ,，;；")
    return text if len(text) <= limit else text[:limit] + "…"


def sentences_of(body: str) -> tuple[list[str], list[str]]:
    """The body's sentences, and for each the sentences before it in its paragraph."""
    sentences: list[str] = []
    earlier: list[str] = []
    for paragraph in body.split("\n"):
        # …总结，县应急局同时报送…台账: the 同时 clause of some units a sentence of its own
        pieces = [c for s in paragraph.split("。") if s.strip() for c in the_same_time_clause_apart(s)]
        for k, sentence in enumerate(pieces):
            sentences.append(as_the_items_above(sentence))  # 两张表一并报送: the tables listed above
            earlier.append("。".join(pieces[:k]))
    return sentences, earlier
