"""A schedule laid out as a weekday grid (日历): a header row `报送日程 | 星期一 | … | 星期五`, one row a week labelled with its
days (`第一周（9月7日至9月11日）`), each filled cell `单位：材料`. A cell's date is written nowhere: it is the row's week plus
the column's weekday. The hour is the one the body gives the grid's days (`于表中所列当日下班前`). Each filled cell is read
back as a sentence of its own (`各乡镇于9月9日（星期三）下班前报送…统计表（Excel格式）。`); a grid whose rows give no week,
or a cell whose weekday falls outside its row's week, is left as written."""

from __future__ import annotations

import datetime as dt
import re

from .dates import WEEKDAYS

# 星期一, 周三, 礼拜五: a column's weekday
WEEKDAY_CELL = re.compile(rf"^\s*(?:星期|周|礼拜)(?P<w>[{WEEKDAYS}天])\s*$")
# 第一周（9月7日至9月11日）, 第2周(9月14日—18日): a row's week, its first and last day
WEEK_LABEL = re.compile(r"[(（]\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日\s*(?:至|到|—|-|–|~|～)\s*"
                        r"(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日\s*[)）]")
# 于表中所列当日下班前, 按上表所列日期当天下午4时前: the hour of every day the grid gives
GRID_HOUR = re.compile(r"表[中内]?所列(?:的)?(?:日期)?(?:当日|当天)\s*(?P<hour>[^，,。；;\n]{0,12}?)\s*(?:之前|以前|前)")
# 2539年8月28日: a full date, for the year the grid's days are in
FULL_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# 各乡镇：…统计表（Excel格式）: who, then what
WHO_WHAT = re.compile(r"^\s*(?P<who>[^:：]{2,40}?)\s*[:：]\s*(?P<what>.+?)\s*$")


def spelled_out(text: str) -> str:
    lines = text.split("\n")
    header = next((i for i, line in enumerate(lines) if _weekday_columns(line)), None)
    if header is None:
        return text
    columns = _weekday_columns(lines[header])
    hour = GRID_HOUR.search(text)
    years = FULL_DATE.findall(text)
    year = int(years[-1]) if years else dt.date.today().year
    said: list[str] = []
    end = header + 1
    while end < len(lines) and "\t" in lines[end] and (week := _week_of(lines[end], year)):
        cells = lines[end].split("\t")
        for k, weekday in columns.items():
            cell = cells[k].strip() if k < len(cells) else ""
            day = week[0] + dt.timedelta(days=(weekday - week[0].weekday()) % 7)
            if cell and day <= week[1]:
                said.append(_as_a_sentence(cell, day, hour.group("hour") if hour else ""))
        end += 1
    if end == header + 1:
        return text
    return "\n".join(lines[:header] + said + lines[end:])


def _weekday_columns(line: str) -> dict[int, int]:
    """The columns of a row whose cells past the first are weekdays (three or more): column -> weekday, Monday 0."""
    if "\t" not in line:
        return {}
    found = {k: m.group("w") for k, cell in enumerate(line.split("\t")) if k and (m := WEEKDAY_CELL.match(cell))}
    return {k: WEEKDAYS.index(w) if w in WEEKDAYS else 6 for k, w in found.items()} if len(found) >= 3 else {}


def _week_of(line: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the week a row's label gives, in ``year``."""
    m = WEEK_LABEL.search(line.split("\t")[0])
    if not m:
        return None
    try:
        first = dt.date(year, int(m.group("m1")), int(m.group("d1")))
        last = dt.date(year, int(m.group("m2") or m.group("m1")), int(m.group("d2")))
    except ValueError:
        return None
    return (first, last) if first <= last else None


def _as_a_sentence(cell: str, day: dt.date, hour: str) -> str:
    when = f"{day.month}月{day.day}日（星期{WEEKDAYS[day.weekday()]}）{hour}前"
    m = WHO_WHAT.match(cell)
    return f"{m.group('who')}于{when}报送{m.group('what')}。" if m else f"于{when}报送{cell}。"
