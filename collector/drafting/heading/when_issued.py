"""When a notice was issued, and the year its dates without one are read in: the 落款's date line; without one, the
year its title names (关于报送2034年春季…的通知) or its 文号's (建植保发〔2045〕6号); and the 版记's 印发 date, which may
be days after the 落款's (自本通知印发之日起N日内)."""

from __future__ import annotations

import datetime as dt
import re

from ..reading.layout import Layout
from ..reading.plain_text import normalize


def year_to_read_dates_in(layout: Layout, date: dt.date | None, unsettled: list[str]) -> dt.date | None:
    """The notice's date, else the start of the year its title or 文号 names (an unsettled line says which)."""
    titles_year = _start_of_the_titles_year(layout.title)
    base = date or titles_year or _start_of_the_doc_numbers_year(layout.doc_number)
    if date is None:
        said = f"按{'标题' if titles_year else '文号'}中的{base.year}年计" if base else "按今年计"
        unsettled.append(f"通知中未找到成文日期，期限的年份{said}，请核对")
    return base


def _start_of_the_titles_year(title: str) -> dt.date | None:
    """关于报送2034年春季…的通知 without a date line: its deadlines are 2034's. Not a 2033年度 (a year's
    report is asked for in the year after), nor a title of two years."""
    years = set(re.findall(r"(20\d{2})\s*年(?!度)", title))
    return dt.date(int(years.pop()), 1, 1) if len(years) == 1 and not re.search(r"20\d{2}\s*年度", title) else None


def _start_of_the_doc_numbers_year(doc_number: str) -> dt.date | None:
    """建植保发〔2045〕6号 above a notice that has no date line: a 文号 is numbered within the year it is issued."""
    m = re.search(r"[〔\[【(（]\s*(20\d{2})\s*[〕\]】)）]", doc_number)
    return dt.date(int(m.group(1)), 1, 1) if m else None


ISSUED_LINE = re.compile(r"(?m)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*印发\s*$")


def issued_on(text: str) -> dt.date | None:
    """The 版记's 印发 date (建昌县…办公室　　2094年5月7日印发), which may be days after the 落款's."""
    m = ISSUED_LINE.search(normalize(text))
    try:
        return dt.date(*map(int, m.groups())) if m else None
    except ValueError:
        return None


# 行政规范性文件应当自印发之日起7个工作日内报送备案: a rule counted from each such document's own issue, not this notice's
OTHERS_ISSUED = re.compile(r"(?:文件|办法|规定|制度|政策|方案|措施|意见|决定)\s*(?:均|都)?(?:应当|应|须|必须|要)?\s*(?:自|从)\s*$")


def issued_by_others(sentence: str, m: re.Match) -> bool:
    """The 印发 a 印发之日起N日内 counts from is some documents' own (their sentence says which), not the notice's."""
    issued = m.groupdict().get("issued") or ""
    return bool(issued) and not re.search(r"本|此|该|通知", issued) and bool(OTHERS_ISSUED.search(sentence[: m.start()]))
