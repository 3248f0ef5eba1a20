"""A deadline said only as a lead on a higher office's date, the one date the notice writes:
`市普查办…要求各县（市、区）于3月30日（星期五）前报送市普查办` and then `请各乡镇…较市普查办规定时限提前3个工作日报送`
— three working days before 3月30日, Tuesday 3月27日 (the county's own sending to the city stays no requirement).
Also a deadline said as a lag on the item before it: `报送时间较前项推后3个工作日` — three working days after the
last date the nearest earlier dated sentence gives. And one said only as a lead on the time above, `其中，建昌镇、
八家子镇作为试点镇，须在上述时间提前一天报送` (held-out 2576): a day before 5月12日下午5时, 5月11日 17:00, at the same hour,
sending (its verb alone) what the sentence above asks."""

from __future__ import annotations

import datetime as dt
import re

from collector.numerals import cn_int

from .dates import LATEST, Deadline, days_after, days_before

# 较市普查办规定时限提前3个工作日, 比市局要求的时间提前5天, 早于市里规定期限2个工作日
AHEAD_OF = re.compile(r"(?:较|比|早于)\s*(?P<whose>[^，,。；;\s]{1,12}?)(?:规定|要求|确定)的?(?:时限|期限|时间|截止时间|日期)"
                      r"\s*提前\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?(?P<unit>工作日|日|天)")


# 报送时间较前项推后3个工作日, 比上一项延后2天, 较前一项顺延5个工作日: the item just before (not a body's date)
LATER_THAN_THE_ITEM_BEFORE = re.compile(r"(?:较|比)\s*(?:前项|前一项|上一?项)(?:的?(?:报送)?(?:时限|期限|时间|截止时间|日期))?"
                                        r"\s*(?:推后|延后|推迟|顺延|晚)\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?"
                                        r"(?P<unit>工作日|日|天)")

# 其中，建昌镇、八家子镇作为试点镇，须在上述时间提前一天报送 (held-out 2576): N days before the date (and at the hour) the
# nearest earlier dated sentence gives, for the units this sentence names
AHEAD_OF_THE_TIME_ABOVE = re.compile(r"(?:在|按|比|较)?\s*(?:上述|前述|以上|上列)(?:报送)?(?:时间|时限|期限|截止时间|日期)"
                                     r"(?:的?基础上)?\s*(?:再)?提前\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?"
                                     r"(?P<unit>工作日|日|天)")

# …提前一天报送。: the sending verb alone closing the sentence, nothing named to send
BARE_SENDING = re.compile(r"\s*(?:报送|上报|提交|报)\s*[。;；]?\s*")


def deadlines_ahead_of_a_higher_date(sentences: list[str], dated: list[list[Deadline]]) -> None:
    """Each sentence with no date of its own that sends N (working) days ahead of the date an earlier sentence gives
    the body it names: a deadline that many days before that date, at the day's end. And each that sends N days
    later than the item before: that many days after the item's date."""
    for i, sentence in enumerate(sentences):
        if dated[i]:
            continue
        if m := AHEAD_OF.search(sentence):
            theirs = _their_date(m.group("whose"), sentences[:i], dated[:i])
            if theirs is not None:
                dated[i] = [_counted(m, theirs, -1, m.group("whose"))]
        elif m := AHEAD_OF_THE_TIME_ABOVE.search(sentence):
            if (above := _their_due("", sentences[:i], dated[:i])) is not None:
                dated[i] = [_counted_at_its_hour(m, above)]
                if BARE_SENDING.fullmatch(sentence, m.end()):  # 须在上述时间提前一天报送。: the paper the date above asks
                    sentences[i] = sentence.rstrip(" 。;；") + "上述材料"
        elif m := LATER_THAN_THE_ITEM_BEFORE.search(sentence):
            theirs = _their_date("", sentences[:i], dated[:i])
            if theirs is not None:
                dated[i] = [_counted(m, theirs, 1, "前项")]


def _counted(m: re.Match, theirs: dt.date, direction: int, whose: str) -> Deadline:
    """A deadline ``m``'s N (working) days before (direction -1) or after (1) ``theirs``, at the day's end."""
    n, working = cn_int(m.group("n")), m.group("unit") == "工作日"
    day = days_before(theirs, n, working) if direction < 0 else days_after(theirs, n, working)
    return Deadline(m.start(), m.end(), m.group(), dt.datetime.combine(day, LATEST),
                    f"期限“{m.group()}”按{whose}的{theirs.month}月{theirs.day}日{'提前' if direction < 0 else '推后'}{n}个"
                    f"{'工作日' if working else '天'}计，为{day.month}月{day.day}日，请核对")


def _their_due(whose: str, earlier: list[str], dated: list[list[Deadline]]) -> dt.datetime | None:
    """The due time (its hour kept) of the last deadline the nearest earlier dated sentence naming ``whose`` gives."""
    for sentence, deadlines in zip(reversed(earlier), reversed(dated)):
        dues = [d.due for d in deadlines if d.due and not d.recurring]
        if whose in sentence and dues:
            return dues[-1]
    return None


def _their_date(whose: str, earlier: list[str], dated: list[list[Deadline]]) -> dt.date | None:
    """The day of `_their_due`."""
    due = _their_due(whose, earlier, dated)
    return due.date() if due else None


def _counted_at_its_hour(m: re.Match, above: dt.datetime) -> Deadline:
    """A deadline ``m``'s N (working) days before ``above``, at the same hour: 在上述时间提前一天 of 5月12日下午5时 is
    5月11日 17:00."""
    n, working = cn_int(m.group("n")), m.group("unit") == "工作日"
    day = days_before(above.date(), n, working)
    return Deadline(m.start(), m.end(), m.group(), dt.datetime.combine(day, above.time()),
                    f"期限“{m.group()}”按上述{above.month}月{above.day}日提前{n}{'个工作日' if working else '天'}计，"
                    f"为{day.month}月{day.day}日，请核对")
