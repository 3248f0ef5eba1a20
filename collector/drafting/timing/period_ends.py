"""A deadline counted from the end of a period the notice gives its days for elsewhere, whatever the period is called
(not only the events of events.py): `公示期为5月8日至5月14日` … `各乡镇在公示期结束后3个工作日内…报送`, `定于4月7日至4月18日深入
各乡镇开展…集中安全检验` … `各乡镇于检验全部结束后5个工作日内…发送`; a work set for one day (`定于9月18日上午10时至10时12分组织防空警报试鸣` …
`于试鸣结束后3个工作日内`) ends that day. The period is known by the two characters naming it
(公示, 检验); a period whose days the notice does not give leaves the words as they were (no deadline read)."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import LATEST, MD, TIME, WEEKDAY_NOTE, Deadline, clock_of, said, year_of
from .events import AFTER_EVENT_RE
from .quarter_ends import the_named_quarters_end

SPAN = (rf"(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>{MD})\s*月\s*(?P<d>{MD})\s*日" + WEEKDAY_NOTE
        + rf"\s*(?:至|到|—|-|~)\s*(?:(?P<m2>{MD})\s*月\s*)?(?P<d2>{MD})\s*日")
# 公示期为5月8日至5月14日, 公示时间：…至…, 申报期（…至…）: the period named, then its days
NAMED_SPAN = re.compile(r"(?P<name>[\u4e00-\u9fa5]{2})(?:期|时间|日期|期间)\s*(?:为|是|定为|[:：(（])\s*" + SPAN)
# 定于4月7日至4月18日深入各乡镇开展…集中安全检验。: the days first, the work named last in the clause (…检验工作 too)
SET_SPAN = re.compile(r"定于\s*" + SPAN + r"[^。；;\n]{0,40}?(?:开展|进行|组织|实施)[^。；;\n]{0,40}?"
                      r"(?P<name>[\u4e00-\u9fa5]{2})(?=[。；;，,\n]|工作[。；;，,\n])")
# 全市定于9月18日（星期三）上午10时至10时12分组织防空警报试鸣。: one day (its hours aside), the work named last in the
# clause; it ends that day
SET_DAY = re.compile(rf"定于\s*(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>{MD})\s*月\s*(?P<d>{MD})\s*日" + WEEKDAY_NOTE
                     + r"(?!\s*(?:至|到|—|-|~)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)[^。；;\n]{0,40}?(?:开展|进行|组织|实施|举行|举办)"
                     r"[^。；;\n]{0,40}?(?P<name>[\u4e00-\u9fa5]{2})(?=[。；;，,\n]|工作[。；;，,\n])")
# 样本轮换工作于10月13日至10月17日完成: the work named, then the days it is done in
DONE_IN_SPAN = re.compile(r"(?P<name>[\u4e00-\u9fa5]{2})(?:工作)?\s*(?:于|在)\s*" + SPAN + WEEKDAY_NOTE
                          + r"\s*(?:期间|内)?\s*(?:完成|结束)")
# 在公示期结束后3个工作日内, 于检验全部结束后5个工作日内, 公示结束之日起5日内, 公示期满后2个工作日内, 轮换完成后3个工作日内
AFTER_PERIOD_RE = re.compile(r"(?P<name>[\u4e00-\u9fa5]{2})(?:(?:期|阶段|期间|工作)?(?:全部|全面|均)?(?:结束|完成)|期满)(?:之日)?(?:后|起)\s*"
                             r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?(?P<unit>工作日|日|天)(?P<within>内|之内)"
                             + TIME + r"(?P<end>\s*(?:之前|以前|前))?")


def period_ends(text: str, notice_date: dt.date | None) -> dict[str, dt.date]:
    """The last day of each period the notice gives a span of days for (key 公示结束: its two-character name)."""
    out: dict[str, dt.date] = {}
    for m in [*NAMED_SPAN.finditer(text), *SET_SPAN.finditer(text), *SET_DAY.finditer(text), *DONE_IN_SPAN.finditer(text)]:
        try:
            month = cn_int(m.groupdict().get("m2") or m.group("m"))
            out.setdefault(m.group("name") + "结束", dt.date(year_of(m.group("y"), month, notice_date), month,
                                                             cn_int(m.groupdict().get("d2") or m.group("d"))))
        except ValueError:
            continue
    return the_named_quarters_end(text, notice_date) | out  # 季度结束后15日内 in a notice about 三季度


def after_a_periods_end(m: re.Match, periods: dict[str, dt.date]) -> Deadline | None:
    """公示期结束后3个工作日内: N days (working days: Saturdays and Sundays skipped) after the period's last day, at the
    time given or 23:59:59; None where the period's days are not given, or an event of events.py is meant (培训结束后)."""
    last = periods.get(m.group("name") + "结束")
    if last is None or AFTER_EVENT_RE.search(m.string[max(0, m.start() - 4): m.end()]) \
            or m.string[max(0, m.start() - 1): m.start()] == "每":  # 每季度结束后15日内 recurs: not one period
        return None
    day, n, working = last, cn_int(m.group("n")), m.group("unit") == "工作日"
    while n:
        day += dt.timedelta(days=1)
        n -= not working or day.weekday() < 5
    clock = clock_of(m)[0] or LATEST
    text = m.group().strip()
    note = "（工作日只跳过周六、周日，未计法定节假日）" if working else ""
    return Deadline(m.start(), m.end(), text, dt.datetime.combine(day, clock),
                    f"期限“{text}”按{m.group('name')}结束（{last.month}月{last.day}日）往后推算{note}，"
                    f"即{day.month}月{day.day}日{said(clock)}截止，请核对")
