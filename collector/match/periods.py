"""Which period a mail is of, where a campaign asks one report every week, month or round.

A clerk reads the period from what the mail carries: the period its documents' titles, subject or file names name
(第二周, 5月份; a period hint however the period is written: 四月份, 报告期：2068年4月), else the cut-off day its table
gives (统计截至4月15日), or the days its table covers — a week written by its dates (7.23-7.29) or by the calendar's
week number (2063年第29周) is the period whose dates hold it. A mail naming no period answers the one it arrives in.
A file of a period already sent, under words naming one still owed, is the wrong file sent again: a person asks for
the right one.
"""

from __future__ import annotations

import datetime as dt
import re

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.text import content_lines, normalize, per_campaign, workbook_sheets
from collector.match.units import senders_own_text
from collector.match.words import DATE_LABELLED, PERIOD_RE, Place, document_title, headline, named_periods

# 统计截至：2059年4月15日 in a table; 第一次报送截至4月15日的进展情况 in the requirement: the figures' cut-off day
AS_OF = re.compile(r"截[至止](?:到)?\s*[:：]?\s*(?:\d{4}\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")


def the_round_its_figures_run_to(parsed: ParsedMail, applicable) -> tuple[list[str], list[str]] | None:
    """Rounds of one table asked as of different days (第一次截至4月15日, 第二次截至5月20日), a mail naming none: the
    round whose cut-off day the table's own 截至 line gives (a late first round sent in the second's time)."""
    said = {(int(m.group("m")), int(m.group("d"))) for a in parsed.attachments if a.kind == "document" and a.text
            for m in AS_OF.finditer(normalize(a.text[:3000]))}
    if len(said) != 1:
        return None
    rounds = {r.id: {(int(m.group("m")), int(m.group("d"))) for m in AS_OF.finditer(
        normalize(" ".join([r.title, r.description, *r.hints])))} for r in applicable}
    if sum(1 for days in rounds.values() if days) < 2:
        return None
    hits = [r for r in applicable if rounds[r.id] == said]
    if len(hits) != 1:
        return None
    (m, d), = said
    return [hits[0].id], [f"{hits[0].title}（表中统计截至{m}月{d}日）"]



def the_period_it_arrives_in(parsed: ParsedMail, chosen: list[str], why: list[str], campaign: Campaign,
                             received_at: dt.datetime | None) -> tuple[list[str], list[str]]:
    """One report sent every week or month is one requirement per period, all of the same
    material (the same hints and parts): a mail naming it answers the period it names
    (`5月份…（补报）`), else the period it arrives in, the first not yet due, or the last one
    once all are past. A past period named only by its file or document, while a later one is
    open, is most likely the wrong file: nothing is chosen, and the reason says so."""
    if received_at is None:
        return chosen, why
    by_id = {r.id: r for r in campaign.requirements}
    series: dict[tuple, list[str]] = {}
    for rid in chosen:
        series.setdefault(_material_of(by_id[rid]), []).append(rid)
    dropped = set()
    for rids in series.values():
        if len(rids) < 2 or not by_id[rids[0]].hints:
            continue
        dues = sorted(rids, key=lambda rid: by_id[rid].due)
        arriving = next((rid for rid in dues if received_at <= by_id[rid].due), dues[-1])
        named = _the_period_named(parsed, campaign, dues)
        if named and received_at > by_id[named].due and arriving != named and not _said_by_the_sender(parsed, campaign, named):
            periods = requirement_periods(campaign)
            return [], [f"附件是{periods[named]}的材料（{periods[named]}已截止），现在应报的是{periods.get(arriving, '下一期')}，"
                         f"可能发错了文件"]
        dropped |= set(rids) - {named or arriving}
    kept = [(rid, w) for rid, w in zip(chosen, why) if rid not in dropped]
    return [rid for rid, _ in kept], [w for _, w in kept]


# 2053年1-6月（上半年累计）, 1—9月累计: a span of months, said to be a running total
CUMULATIVE = re.compile(r"(?P<a>\d{1,2})\s*[-—–~～至到]\s*(?P<b>\d{1,2})\s*月(?:份)?[^。\n]{0,8}?累计|上半年累计|前三季度累计")


def a_running_total(parsed: ParsedMail, campaign: Campaign, applicable) -> str:
    """A document heading its figures as a running total over more than one period of a series asked period by
    period (均填报当季数，不填累计数): the span as written, or ""."""
    spans = [m for a in parsed.attachments for m in CUMULATIVE.finditer(" ".join(content_lines(a.text or "")[:6]))]
    if not spans:
        return ""  # most mails: nothing said to be a running total, no need to read the campaign's periods
    periods = requirement_periods(campaign)
    said = [periods[r.id] for r in applicable if r.id in periods]
    if len(said) < 2:
        return ""
    months = 1 if any(p.endswith("月份") for p in said) else 3 if any(p.endswith("季度") for p in said) else 12
    return next((m.group() for m in spans if not m.group("a") or int(m.group("b")) - int(m.group("a")) + 1 > months), "")


def _the_period_named(parsed: ParsedMail, campaign: Campaign, rids: list[str]) -> str | None:
    """The period the documents' titles name, else the subject and file names (a file kept from
    last month, `…（5月份）.xlsx`, whose table says 2027年6月, is June's)."""
    periods = requirement_periods(campaign)
    titles = " ".join(t for a in parsed.attachments if a.kind == "document" and a.text for t in _titles(a.text))
    for text in (titles, headline(parsed)):
        hits = {rid for rid in rids if periods.get(rid) in named_periods(normalize(text))}
        if hits:
            return hits.pop() if len(hits) == 1 else None
    return None


def _said_by_the_sender(parsed: ParsedMail, campaign: Campaign, rid: str) -> bool:
    """The subject or the sender's own words name the period (西碱厂乡5月份月报表（补报））."""
    own = normalize(f"{parsed.subject or ''} {senders_own_text(parsed, [campaign])}")
    return requirement_periods(campaign)[rid] in named_periods(own)


def _titles(text: str) -> list[str]:
    """A document's title; a workbook's, one per sheet (a town adding each month's sheet to one
    workbook names every month it holds)."""
    sheets = [sheet for _, sheet in workbook_sheets(text)]
    if len(sheets) < 2:
        return [document_title(text)]
    return [next((line for line in sheet.splitlines() if line.strip()), "") for sheet in sheets]


@per_campaign
def requirement_periods(campaign: Campaign) -> dict[str, str]:
    """requirement id -> the month, quarter or week it collects, when its title or description
    names one (首次请于6月10日前报送5月份月报表); the other periods of the same report (copied
    from it, 此后每月10日前报送上月情况) a month on for each month their deadline is later."""
    out = {}
    for r in campaign.requirements:
        named = named_periods(normalize(f"{r.title} {r.description}"))
        if len(named) == 1:
            out[r.id] = named.pop()
    series: dict[tuple, list] = {}
    for r in campaign.requirements:
        series.setdefault(_material_of(r), []).append(r)
    for reqs in series.values():
        known = next((r for r in reqs if out.get(r.id, "").endswith("月份")), None)
        if not known:
            continue
        month = int(out[known.id][:-2])
        for r in reqs:
            if r.id not in out:
                ahead = (r.due.year - known.due.year) * 12 + r.due.month - known.due.month
                out[r.id] = f"{(month - 1 + ahead) % 12 + 1}月份"
    return out


# ---------------------------------------------------------------- a period hint written another way

# the places that say what a mail carries (words.places); the whole body (_inapplicable's) speaks of dates too
CARRIES = {"subject", "fwd_subject", "filename", "doc_title", "lead"}


@per_campaign
def _period_hints(campaign: Campaign) -> dict[str, list[tuple[str, str]]]:
    """period (as named_periods writes it) -> [(hint, requirement id)] for every hint that is a period and nothing
    else (4月份, 第二周, 一季度): the words a clerk gives a report's periods to tell them apart."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in campaign.requirements:
        for hint in r.hints:
            written = normalize(hint).strip()
            if PERIOD_RE.fullmatch(written) and len(named := named_periods(written)) == 1:
                out.setdefault(named.pop(), []).append((normalize(hint), r.id))
    return out


def period_words(said: list[Place], campaign: Campaign) -> dict[str, list[tuple[str, Place]]]:
    """requirement id -> [(the period as written, place)] for each period hint (4月份) a place names written another
    way: in Chinese numerals (四月份; 大屯镇四、五月份…: 五月份), or, in a subject, a file name or a title, as a month of
    a year with no day (a table's 报告期：2068年4月; in the sender's sentences that is rather a date: 按照2068年4月的通知).
    The hint as written is find_words' (with its rule of longer words); a table's dates of filling in (填报日期：…) name
    no period."""
    hints = _period_hints(campaign)
    found: dict[str, list[tuple[str, Place]]] = {}
    if not hints:
        return found  # most campaigns: no period hint
    for place in said:
        if place.source not in CARRIES:
            continue
        text = DATE_LABELLED.sub(" ", place.text)
        for m in PERIOD_RE.finditer(text):
            if m.group(4) and place.source == "lead":
                continue
            year = re.search(r"\d{4}\s*年\s*$", text[:m.start()]) if m.group(4) else None
            written = f"{year.group() if year else ''}{m.group()}".replace(" ", "")
            for period in named_periods(written):
                for hint, rid in hints.get(period, ()):
                    if hint not in place.text and (written, place) not in found.setdefault(rid, []):
                        found[rid].append((written, place))
    return {rid: pairs for rid, pairs in found.items() if pairs}


def _material_of(r) -> tuple:
    return (frozenset(map(normalize, r.hints)),
            tuple(sorted((p.kind, tuple(p.formats), tuple(p.words)) for p in r.parts)))


# ---------------------------------------------------------------- a period told by its dates

Span = tuple[dt.date, dt.date]
# 7月9日—7月15日, 7.23-7.29, 7/23～7/29: a span of days (the second month left out when it is the first's)
DAY_SPAN = re.compile(r"(?<![\d.])(?P<m1>\d{1,2})\s*[月./]\s*(?P<d1>\d{1,2})\s*日?\s*[-—–~～至到]{1,2}\s*"
                      r"(?:(?P<m2>\d{1,2})\s*[月./]\s*)?(?P<d2>\d{1,2})\s*日?(?![\d.])")
# 2063年第29周, 第29周: a week of the year by the calendar (ISO weeks, Monday to Sunday)
WEEK_NUMBER = re.compile(r"(?:(?P<year>\d{4})\s*年\s*)?第\s*(?P<n>\d{1,2})\s*周")
LONGEST_SPAN = 31  # days: a week, or a month at most


def day_spans(text: str, year: int) -> list[tuple[Span, str]]:
    """(span, as written) for every span of days in ``text``, in ``year`` (a span over the new year ends in the next)."""
    out = []
    for m in DAY_SPAN.finditer(text):
        try:
            start = dt.date(year, int(m.group("m1")), int(m.group("d1")))
            end = dt.date(year, int(m.group("m2") or m.group("m1")), int(m.group("d2")))
        except ValueError:
            continue  # 13.5-2.0: no date
        if end < start:
            end = end.replace(year=year + 1)
        if (end - start).days <= LONGEST_SPAN:
            out.append(((start, end), m.group().strip()))
    return out


def calendar_weeks(text: str, year: int, own_numbers: set[int]) -> list[tuple[Span, str]]:
    """(span, as written) for every week ``text`` names by its number in the year, but the numbers the campaign
    gives its own weeks (第2周 of a notice's four weeks is the notice's)."""
    out = []
    for m in WEEK_NUMBER.finditer(text):
        n = int(m.group("n"))
        if n in own_numbers:
            continue
        try:
            monday = dt.date.fromisocalendar(int(m.group("year") or year), n, 1)
        except ValueError:
            continue
        out.append(((monday, monday + dt.timedelta(days=6)), m.group()))
    return out


@per_campaign
def requirement_spans(campaign: Campaign) -> dict[str, Span]:
    """requirement id -> the days it collects, where its title, description or hints give one span
    (第二周（7月16日—7月22日）)."""
    out = {}
    for r in campaign.requirements:
        spans = {span for span, _ in day_spans(normalize(" ".join([r.title, r.description, *r.hints])), r.due.year)}
        if len(spans) == 1:
            out[r.id] = spans.pop()
    return out


@per_campaign
def _own_week_numbers(campaign: Campaign) -> set[int]:
    return {int(p[1:-1]) for p in requirement_periods(campaign).values() if p.startswith("第") and p.endswith("周")}


def _spans_said(text: str, campaign: Campaign, year: int) -> list[tuple[Span, str]]:
    return day_spans(text, year) + calendar_weeks(text, year, _own_week_numbers(campaign))


def _holding(spans: dict[str, Span], said: Span) -> str | None:
    """The requirement whose days hold ``said``."""
    return next((rid for rid, (start, end) in spans.items() if start <= said[0] and said[1] <= end), None)


def calendar_week_names(text: str, campaign: Campaign) -> set[str]:
    """The weeks ``text`` names by the calendar's number that are among the campaign's own dated periods, as
    named_periods writes them (第29周 of 2063 is 7月16日—7月22日, a notice's 第二周): no other period's."""
    spans = requirement_spans(campaign)
    years = {r.due.year for r in campaign.requirements if r.id in spans}
    return {f"第{int(WEEK_NUMBER.search(written).group('n'))}周" for year in years
            for span, written in calendar_weeks(text, year, _own_week_numbers(campaign)) if _holding(spans, span)}


def _heads(parsed: ParsedMail) -> list[str]:
    """The mail's headline, and the first lines of every sheet of its documents (a 周次 cell sits there)."""
    heads = [headline(parsed)]
    for a in parsed.attachments:
        if a.kind == "document" and a.text:
            sheets = [sheet for _, sheet in workbook_sheets(a.text)] or [a.text]
            heads += [normalize(" ".join(content_lines(sheet)[:4])) for sheet in sheets]
    return heads


def the_weeks_its_dates_name(parsed: ParsedMail, campaign: Campaign, applicable) -> tuple[list[str], list[str]] | None:
    """Periods told by their dates (第二周（7月16日—7月22日）), a mail naming none by its words: the periods whose days
    the mail's titles or its tables' heads give, as dates (周次：7.23-7.29) or as the calendar's weeks (2063年第29周);
    a table of last week sent late is last week's."""
    spans = {r.id: s for r in applicable if (s := requirement_spans(campaign).get(r.id))}
    if len(spans) < 2:
        return None
    year = next(r.due.year for r in applicable if r.id in spans)
    found: dict[str, str] = {}
    for text in _heads(parsed):
        for said, written in _spans_said(text, campaign, year):
            if (rid := _holding(spans, said)) and rid not in found:
                found[rid] = written
    if not found:
        return None
    titles = {r.id: r.title for r in applicable}
    return list(found), [f"{titles[rid]}（写的是“{written}”）" for rid, written in found.items()]


# ---------------------------------------------------------------- a period's file sent again

FILE_PLACES = {"filename", "doc_title"}
WORD_PLACES = {"subject", "fwd_subject", "lead"}


def _parts_of(r) -> tuple:
    return tuple(sorted((p.kind, tuple(p.formats), tuple(p.words)) for p in r.parts))


def _filed_and_only_said(parsed: ParsedMail, placed: dict, campaign: Campaign,
                         chosen: list[str]) -> tuple[set[str], set[str]]:
    """(the chosen periods a file name or a document title names, the other periods of the same material that only
    the subject or the sender's words name, not even the head of a later sheet: a workbook's 第三周 sheet); nothing
    when the files name none or the words no other."""
    sources = {rid: {place.source for _, place in pairs} for rid, pairs in placed.items() if rid in chosen}
    in_files = {rid for rid, where in sources.items() if where & FILE_PLACES}
    sheets = " ".join(_heads(parsed)[1:])
    said = {rid for rid, where in sources.items() if where & WORD_PLACES
            and not any(word in sheets for word, _ in placed[rid])} - in_files
    by_id = {r.id: r for r in campaign.requirements}
    if not in_files or not said or len({_parts_of(by_id[rid]) for rid in in_files | said}) != 1:
        return set(), set()
    return in_files, said


def a_sent_periods_file(parsed: ParsedMail, placed: dict, campaign: Campaign, chosen: list[str],
                        open_requirements: set[str] | None) -> str:
    """The files are of periods the unit had completed before this mail, while the subject or the sender's words
    name another period of the same material, of which no file is (主题“（第二周）”, last week's file attached
    again): nothing new came, the file most likely attached by mistake. Why, or ""."""
    in_files, said = _filed_and_only_said(parsed, placed, campaign, chosen)
    if open_requirements is None or not said or in_files & open_requirements:
        return ""
    titles = {r.id: r.title for r in campaign.requirements}
    sent = "、".join(titles[rid] for rid in chosen if rid in in_files)
    owed = "、".join(titles[rid] for rid in chosen if rid in said)
    return f"邮件说报送的是{owed}，附件却是此前已报送过的{sent}，可能发错了文件"


def without_periods_only_said(parsed: ParsedMail, placed: dict, campaign: Campaign, chosen: list[str],
                              why: list[str]) -> tuple[list[str], list[str]]:
    """A period only the subject or the sender's words name, where the files are of another period of the same
    material (第一周's table still owed, sent under 第二周's words): no file of it came, the files' period stands."""
    _, said = _filed_and_only_said(parsed, placed, campaign, chosen)
    keep = [i for i, rid in enumerate(chosen) if rid not in said]
    return [chosen[i] for i in keep], [why[i] for i in keep]
