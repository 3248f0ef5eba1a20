"""A day said as when some work comes first, the units' part following it: `各乡镇、县直各部门要在年末结账后，认真核实…，
于2643年1月16日前报送` (after the year's books close), `请于7月1日后，…`. A date (or a period's end) with no 前 and no
hour, followed within its clause only by what happens on it and 后, says after, never by: no deadline, so the clauses
after it go to the date they are sent by. `于5月20日报送后` (a sending after the day) is left to the other rules.
Likewise a day said as when an event is held: `笔试时间另行通知，暂定于5月21日举行`, `定于9月21日在某镇召开观摩会` (no 前, no
hour, 召开 / 举办 / 举行 right after it or after a place, no sending in its clause) is the event's day, never a deadline
(events.py reads it for the deadlines counted from it); so is a fair's, a show's or a hall's opening day (`县年货大集拟于12月21日
在县城人民广场开市，届时将优先安排报送数据完整的产销主体参展`: 开市 / 开幕 / 开馆 / 开园 / 开业 / 开赛), the 报送 of the clause
after it saying who is let in, not what is sent. A part of the day said after the date, no hour (`展演时间仍定于2月16日晚在县城
文化广场举行`, `定于3月5日（星期四）下午在县政府召开`), is the event's too: a 补充通知 restating the show's day beside the
deadlines it moved sets no deadline of its own (held-out 2654). An hour keeps the date read as before (`入学测试定于8月22日上午9时在…
举行，…复印件于测试当天交考务组`: its line for the clerk stays)."""

from __future__ import annotations

import re

# 年末结账后， / 7月1日后， / 6月30日盘点之后。: the work of the day, then 后, closing the clause
AFTER_IT = re.compile(r"\s*(?P<what>[^\W\d_]{0,6}?)(?:以后|之后|后)\s*(?=[，,。；;]|$)")
SENDING = re.compile(r"报|送|交|发|传")


def said_as_after(sentence: str, m: re.Match) -> bool:
    """``m``, a date with no 前 and no hour, is followed in its clause by 后 and no sending: the day work starts after."""
    said = m.groupdict()
    if said.get("end") or any(said.get(k) for k in ("h", "offwork", "onwork", "noon")):
        return False
    after = AFTER_IT.match(sentence, m.end())
    return bool(after) and not SENDING.search(after.group("what"))


# 于5月21日举行, 于9月21日在玲珑塔镇召开…: the event held that day (a place between), the clause sending nothing; a fair,
# a show or a hall opening that day the same (拟于12月21日在县城人民广场开市, 将于5月1日开幕, 定于6月1日开馆)
# 2月16日晚 / 3月5日（星期四）下午: the part of the day the event is held in, no hour, the date read without it
# (DEADLINE_RE's TIME takes 上午 alone as noon, never 晚 or 下午 alone)
PART_OF_DAY = re.compile(r"\s*(?:[(（][^()（）\d]{1,20}[)）])?\s*(?:上午|下午|中午|晚上|早上|傍晚|当晚|晚)?")
HELD_ON = re.compile(r"\s*(?:在[^，,。；;\s]{1,16}?)?(?:召开|举办|举行|开市|开幕|开馆|开园|开业|开赛)"
                     r"(?![^，,。；;]*?(?:报送|上报|提交|发送|报至))")


def held_on_the_day(sentence: str, m: re.Match) -> bool:
    """``m``, one day with no 前 and no hour, is followed by 召开 / 举办 / 举行 (after a part of the day, 晚 / 下午, and a place
    or not) in a clause that sends nothing: the day an event is held, not a deadline."""
    said = m.groupdict()
    if said.get("end") or said.get("d2") or any(said.get(k) for k in ("h", "offwork", "onwork")):
        return False  # 7月25日至27日…举办: a span, said back to the clerk as the event's days by the later rules
    return bool(HELD_ON.match(sentence, PART_OF_DAY.match(sentence, m.end()).end()))
