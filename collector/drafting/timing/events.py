"""Deadlines said by an event rather than a date: 会议召开前一日下班前, 活动当天18时前, 假期结束次日上午10时前, 推进会翌日下班前,
培训结束后3个工作日内, 在自查阶段结束前. event_dates finds the days the notice gives its events (会议时间：4月16日, 定于4月16日召开,
于7月10日统一召开…推进会)."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .event_tables import table_event_days
from .dates import DATE, LATEST, MD, TIME, WEEKDAY_NOTE, Deadline, clock_of, days_before, said, year_of

EVENT = r"会议|培训班|培训|活动|考试|比赛|评审会|座谈会|推进会|调度会|现场会|假期|放假"
# 会议召开前一日下班前, 培训开班前2个工作日, 活动开始前三天, 会前3日: counted back from the event's day; any …会 held
# (观摩会召开前两日, 交流会举行前3天) is a meeting
# 培训班开班前一周, 会议召开前两周, 活动开始前一个星期: weeks of seven days
BEFORE_EVENT_RE = re.compile(rf"(?P<event>{EVENT}|会(?=前|召开|举办|举行))(?:召开|举办|举行|开始|开班)?前(?P<n>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})"
                             r"\s*个?(?P<unit>工作日|日|天|周|星期)" + TIME + r"(?P<end>\s*(?:之前|以前|前))?")
# 一、会议时间\n2026年4月16日上午9时 / 会议时间：4月16日 / 定于4月16日召开: the event's day; 定于5月25日…召开考试期间环境噪声管控推进会，: the
# phrase's head (its last event word, before the clause ends) names the event, not an event word modifying it
EVENT_DATE_RE = re.compile(rf"(?P<event>{EVENT})(?:召开|举办|举行|开始|开班)?(?:时间|日期)[\s:：为]*(?:[\n。][^\n]{{0,4}})?"
                           + DATE + r"|定于\s*" + DATE.replace("?P<", "?P<o_") + rf"[^。；;\n]{{0,30}}?(?:召开|举办|举行)"
                           rf"(?:[^。；;，,\n]{{0,20}}?(?P<o_head>{EVENT})(?=[。；;，,、(（\n])|(?P<o_event>{EVENT}))?")

# 各乡镇于7月10日（星期一）统一召开…推进会，并于会议当日下午5时前…: 于 a day (no 前 / 后 / 起 / 至 after it: that is a
# deadline or a span) and, in the same clause, 召开 / 举办 / 举行 an event: the event's day (held-out 2466)
HELD_ON_RE = re.compile(r"(?<!定)于\s*" + DATE + WEEKDAY_NOTE + r"(?!" + WEEKDAY_NOTE + r"\s*(?:之前|以前|前|之后|以后|后|起|至|到|—|-|~))"
                        rf"[^。；;，,\n]{{0,10}}?(?:召开|举办|举行)[^。；;，,\n]{{0,20}}?(?P<event>{EVENT})(?=[。；;，,、(（\n])")

# 全县集中活动日为9月19日, 培训定在5月8日: the event's day said with 为 / 定在
EVENT_DAY_RE = re.compile(rf"(?P<event>{EVENT})日?(?:为|是|定在|定于)\s*" + DATE)
# 元旦假期（1月1日至3日）, 培训时间为5月8日至10日: an event of several days; its last day is "…结束"
EVENT_SPAN_RE = re.compile(rf"(?P<event>{EVENT})(?:期间|时间)?\s*[(（:：为]?\s*" + DATE
                           + rf"\s*(?:至|到|—|-|~)\s*(?:(?P<m2>{MD})\s*月\s*)?(?P<d2>{MD})\s*日")
# 活动当天18时前: on the event's day
ON_EVENT_RE = re.compile(rf"(?P<event>{EVENT})(?:当天|当日)" + TIME + r"(?P<end>\s*(?:之前|以前|前))?")
# 假期结束次日上午10时前, 活动结束后3个工作日内: counted from the event's last day; 国庆节假期（10月1日至10月7日）结束后
# 第一个工作日: its span in a bracket between
# 推进会翌日下班前, 会议次日: 翌日 / 次日 is itself "the day after", so it follows the event word with no 结束后; 活动结束后一周内:
# a week is seven days
AFTER_EVENT_RE = re.compile(rf"(?P<event>{EVENT})(?:\s*[(（][^()（）]{{2,30}}[)）])?(?:(?:结束后?|后)\s*(?:(?P<next>次日|翌日|第二天|第二日|第一个工作日)|(?P<n>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})"
                            r"\s*个?(?P<unit>工作日|日|天|周|星期)(?P<within>内|之内)?)|(?P<following>次日|翌日))" + TIME + r"(?P<end>\s*(?:之前|以前|前))?")


# （一）自查阶段：即日起至11月20日: the last day of a stage of the work (key 自查阶段结束)
STAGE_SPAN_RE = re.compile(r"(?P<stage>[\u4e00-\u9fa5]{2,4}阶段)[)）]?\s*[:：]?[^。；;\n]{0,16}?(?:至|到|—|-|~)\s*" + DATE)
# 请各单位在自查阶段结束前: by the stage's last day
STAGE_END_RE = re.compile(r"(?P<stage>[\u4e00-\u9fa5]{2,4}阶段)结束" + TIME + r"(?P<end>\s*(?:之前|以前|前))")

# 定于7月16日（星期日）至7月20日（星期四）在人民广场举办…展演活动: the span first, the event word closing the clause
# (将于 / 拟于 too: 将于8月3日至8月6日在全县组织开展…联谊活动)
SET_SPAN_RE = re.compile(r"(?:定|将|拟)于\s*" + DATE + WEEKDAY_NOTE + rf"\s*(?:至|到|—|-|~)\s*(?:(?P<m2>{MD})\s*月\s*)?(?P<d2>{MD})\s*日"
                         + rf"[^。；;\n]{{0,40}}?(?:召开|举办|举行|开展)[^。；;\n]{{0,40}}?(?P<event>{EVENT})(?=[。；;，,\n])")


def _stage_end(m: re.Match, events: dict[str, dt.date]) -> Deadline:
    """自查阶段结束前: the stage's last day, at the time given or 23:59:59."""
    lead = len(m.group("stage")) - 4  # 在自查阶段: the stage is its last four characters
    text, key = m.group()[lead:].strip(), m.group("stage")[lead:] + "结束"
    if key not in events:
        return Deadline(m.start() + lead, m.end(), text, None, f"期限“{text}”以{key[:-2]}的结束日期为准，通知中未找到，请填写")
    day, clock = events[key], clock_of(m)[0] or LATEST
    return Deadline(m.start() + lead, m.end(), text, dt.datetime.combine(day, clock),
                    f"期限“{text}”读作{key[:-2]}的最后一天，即{day.month}月{day.day}日{said(clock)}截止，请核对")


def event_dates(text: str, notice_date: dt.date | None) -> dict[str, dt.date]:
    """The day of each event the notice names a time for (the first one said wins), and the last
    day of one said as a span (key 假期结束)."""
    out: dict[str, dt.date] = {}
    for m in EVENT_DATE_RE.finditer(text):
        g = {k.removeprefix("o_"): v for k, v in m.groupdict().items() if v and (k.startswith("o_") == bool(m.group("o_d")))}
        if not g.get("m"):
            continue  # 本月/下月 forms are not placed here
        try:
            month = cn_int(g["m"])
            day = dt.date(year_of(g.get("y"), month, notice_date), month, cn_int(g["d"]))
        except ValueError:
            continue
        out.setdefault(_event_key(g.get("head") or g.get("event") or "会议"), day)
    for word, day in table_event_days(text, notice_date, EVENT):  # 推进会 | 11月11日（星期一）上午9时 | …
        out.setdefault(_event_key(word), day)
    for m in STAGE_SPAN_RE.finditer(text):
        if m.group("m"):
            try:
                month = cn_int(m.group("m"))
                out.setdefault(m.group("stage")[-4:] + "结束", dt.date(year_of(m.group("y"), month, notice_date), month, cn_int(m.group("d"))))
            except ValueError:
                continue
    for m in [*EVENT_SPAN_RE.finditer(text), *SET_SPAN_RE.finditer(text), *EVENT_DAY_RE.finditer(text),
              *HELD_ON_RE.finditer(text)]:
        if not m.group("m"):
            continue
        try:
            month = cn_int(m.group("m"))
            day = dt.date(year_of(m.group("y"), month, notice_date), month, cn_int(m.group("d")))
            event = _event_key(m.group("event"))
            out.setdefault(event, day)
            if m.groupdict().get("d2"):
                month2 = cn_int(m.group("m2")) if m.group("m2") else month
                out.setdefault(event + "结束", dt.date(year_of(m.group("y"), month2, notice_date), month2, cn_int(m.group("d2"))))
        except ValueError:
            continue
    return out


def _event_key(word: str) -> str:
    if word in ("假期", "放假"):
        return "假期"  # 元旦放假时间为1月1日至3日 … 元旦假期后第一个工作日
    return "会议" if word.endswith("会") or word == "会议" else word[:2]


def _on_event(m: re.Match, events: dict[str, dt.date]) -> Deadline:
    """活动当天18时前: the event's day, at the time given or 23:59:59."""
    return _from_event(m, events, m.group("event"), 0, "日", "当天")


def _after_event(m: re.Match, events: dict[str, dt.date]) -> Deadline:
    """假期结束次日上午10时前, 活动结束后3个工作日内: days after the event's last day (its only day
    when said as one)."""
    n = 1 if m.group("next") or m.group("following") else cn_int(m.group("n"))
    unit = "工作日" if m.group("next") == "第一个工作日" else m.group("unit") or "日"  # 假期后第一个工作日
    if unit in ("周", "星期"):  # 结束后一周内: seven days a week
        n, unit = n * 7, "日"
    return _from_event(m, events, m.group("event"), n, unit, "结束后", last_day=True)


def _from_event(m: re.Match, events: dict[str, dt.date], word: str, n: int, unit: str, how: str,
                last_day: bool = False) -> Deadline:
    text, event = m.group().strip(), _event_key(word)
    start = events.get(event + "结束") if last_day else None
    start = start or events.get(event)
    if start is None:
        return Deadline(m.start(), m.end(), text, None, f"期限“{text}”以{event}日期起算，通知中未找到{event}日期，请填写")
    day = start
    while n:
        day += dt.timedelta(days=1)
        n -= unit != "工作日" or day.weekday() < 5
    clock = clock_of(m)[0] or LATEST
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(day, clock),
                    f"期限“{text}”按{event}{how}推算（{event}{'结束' if last_day else ''}于{start.month}月{start.day}日），"
                    f"即{day.month}月{day.day}日{said(clock)}截止，请核对")


# 请各单位在自查报告报送截止之日起10日内: counted from another requirement's deadline (key 自查报告截止, found by
# deadlines_counted_from once the notice's other deadlines are read); 内 makes it a deadline whatever word opens it
# (自自查报告报送截止之日起十日内: 自 is no 于 / 在, held-out 3317), as 活动结束后5日内 is
AFTER_DEADLINE_RE = re.compile(r"(?<=[在于自从])(?P<what>[\u4e00-\u9fa5《》]{2,16}?)(?:报送|提交|上报|报)?(?:截止|期限)(?:之日|日|时间|日期)?"
                               r"(?:起|后)\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?(?P<unit>工作日|日|天)(?P<within>内|之内)"
                               + TIME + r"(?P<end>\s*(?:之前|以前|前))?")


def counted_from(m: re.Match) -> str:
    """The material whose deadline a later one counts from: (在)自查报告(报送截止之日起…) -> 自查报告."""
    return m.group("what").strip("《》")


def _after_deadline(m: re.Match, events: dict[str, dt.date]) -> Deadline:
    text, what = m.group().strip(), counted_from(m)
    start = events.get(what + "截止")
    if start is None:
        return Deadline(m.start(), m.end(), text, None, f"期限“{text}”以{what}的报送截止日期起算，通知中未找到该日期，请填写")
    day, n = start, cn_int(m.group("n"))
    while n:
        day += dt.timedelta(days=1)
        n -= m.group("unit") != "工作日" or day.weekday() < 5
    clock = clock_of(m)[0] or LATEST
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(day, clock),
                    f"期限“{text}”按{what}的报送截止日期（{start.month}月{start.day}日）往后推算，"
                    f"即{day.month}月{day.day}日{said(clock)}截止，请核对")


def _before_event(m: re.Match, events: dict[str, dt.date]) -> Deadline:
    """会议召开前一日下班前: N days (or working days) before the event's day, at the time given
    or 23:59:59; with no day for the event, no due date and a line asking for it."""
    text = m.group().strip()
    event = _event_key(m.group("event"))
    if event not in events:
        return Deadline(m.start(), m.end(), text, None, f"期限“{text}”以{event}日期起算，通知中未找到{event}日期，请填写")
    n = cn_int(m.group("n")) * (7 if m.group("unit") in ("周", "星期") else 1)  # 开班前一周: seven days a week
    day = days_before(events[event], n, m.group("unit") == "工作日")
    clock = clock_of(m)[0] or LATEST
    at = said(clock)
    start = events[event]
    working = "（工作日只跳过周六、周日，未计法定节假日）" if m.group("unit") == "工作日" else ""
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(day, clock),
                    f"期限“{text}”按{event}日期（{start.month}月{start.day}日）往前推算{working}，"
                    f"即{day.month}月{day.day}日{at}截止，请核对")
