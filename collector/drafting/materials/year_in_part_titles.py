"""A part's title keeps the year the notice names its paper with: 《2099年上半年…明细表》 → part title
2099年上半年…明细表, 2099年度工作总结 → 2099年度工作总结. A material's name is read without its leading year
(``requirements.LEADING_WORDS``), and its words and the requirement's hints stay so (a unit may leave the year out of a
file's name); only the title the clerk and the units see is given it back, once the parts are built.

The year must stand right before the title in the notice's text (``2099年`` / ``2099年度``, inside or outside 《》); a
year of a date (截至2099年6月30日的统计表), one a few words before the name, one already in the title, one only in the
notice's title (关于报送2094年…的通知), or two years naming the same title give nothing. An event's name quoted in the
paper's 《》 right before the title, after its year or none (`《2103年“大凌河之春”书画摄影作品报送汇总表》`), is given back
with it: the material's name was read after the quote (`titled_names`)."""

from __future__ import annotations

import re

from ..reading.layout import Layout
from ..requirements import DraftRequirement
from .titled_names import QUOTE_MARKS, QUOTED_NAME

# 截至2099年…, 于2099年…前: a date's year, not the paper's
DATE_BEFORE = re.compile(r"(?:截至|截止|至|到|于|自|从|在)$")
A_YEAR_FIRST = re.compile(r"^\d{4}年")


def give_part_titles_their_year(layout: Layout, requirements: list[DraftRequirement]) -> None:
    """Each part whose title the notice names with one year right before it is titled with that year."""
    text = notice_text_of(layout)
    for r in requirements:
        for part in r.parts:
            title = part.get("title") or ""
            if title and (year := year_naming(text, title)):
                part["title"] = year + title


def notice_text_of(layout: Layout) -> str:
    """Where the notice names its papers: the body and the 附件 (the notice's own title, 关于报送2094年…总结的通知,
    names the campaign, which keeps its year: a body asking 本单位…总结 names the paper without it)."""
    return "\n".join([layout.body, *layout.attachments.values()])


def year_naming(text: str, title: str) -> str:
    """The one year (2099年 / 2099年度) the text writes right before ``title``, or the event's name quoted right before it
    in its 《》 with the year before that (`《2103年“大凌河之春”…汇总表》` → 2103年“大凌河之春”); "" when none or more
    than one."""
    if A_YEAR_FIRST.match(title):
        return ""
    found = set()
    for m in re.finditer(rf"(\d{{4}}年度?|\d{{4}}(?=年度))《?(?={re.escape(title)})", text):
        if DATE_BEFORE.search(text[: m.start()]) or re.search(r"\d$", text[: m.start()]):
            continue
        year = m.group(1)
        if title.startswith("年度") and not year.endswith("年度"):
            found.add(year)  # 2099 + 年度报告统计表
        elif not title.startswith("年"):
            found.add(year)
    found |= quoted_in_its_title(text, title) | opening_its_title_before_the_quote(text, title)
    return found.pop() if len(found) == 1 else ""


def quoted_in_its_title(text: str, title: str) -> set[str]:
    """《2103年“大凌河之春”{title}, 《“双公示”{title}: the year and the quoted name a 《》 opens with right before ``title``
    (a quoted name in the notice's own sentences, 开展2061年“政策一听就懂”音视频解读…, is the campaign's, no paper's)."""
    return set(re.findall(rf"(?<=《)((?:\d{{4}}年度?)?{QUOTED_NAME})(?={re.escape(title)})", text))


def opening_its_title_before_the_quote(text: str, title: str) -> set[str]:
    """《农村适龄妇女“两癌”筛查目标人群摸底登记表》 for the title “两癌”筛查目标人群摸底登记表 (read with its quoted name,
    `titled_names.with_its_quoted_topic`): the words its 《》 opens with before the quote, its year among them; none for
    a title opening with no quote mark."""
    if not title.startswith(tuple(QUOTE_MARKS)):
        return set()
    return set(re.findall(rf"(?<=《)([^《》{QUOTE_MARKS}]{{1,16}})(?={re.escape(title)})", text))
