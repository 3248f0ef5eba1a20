"""A notice's text made plain before it is read (`normalize`): invisible characters and markup left out, circled
and letter-O numbers read as digits, a paragraph's indent kept as a line break, traditional characters simplified,
pipe tables as tab rows, table cells mended (同上 filled, an hour column joined to its date), a heading's month
written into its items' bare days, short names a notice defines spelled out. The parts of the text are read in
layout.py."""

from __future__ import annotations

import html
import re
import unicodedata

from collector.match.text import to_simplified
from ..timing import (
    dates_after_each_unit,
    dotted_dates,
    hour_in_the_header,
    hours_beside_their_day,
    label_qualified,
    military_hours,
    month_in_the_header,
    weekday_digits,
)
from . import contacts_in_cells, continued_tables, merged_ask_cells, displaced_quotes, format_codes, format_gaps, group_rows, inline_numbered_units, key_value_tables, label_lines, marked_items, numbered_rows, pasted, shapes, spaced_names, table_grids, ticked_matrix, two_row_headers, typed_tables, wrapped_cells
from ..senders import group_aliases, group_terms, towns_and_zone
from ..materials import pictures_in_the_bracket
from .table_grids import DATE_COLUMN, UNIT_COLUMN, rows_under_their_header
from .mended_lines import letterspaced_closed_up, rows_rejoined


# what a text pasted from a web page or typed with some input methods carries: zero-width spaces and joiners, a
# word joiner, a BOM or a soft hyphen inside a word or an address (invisible on screen), and the RATIO sign for a
# time's colon (16∶00), which NFKC leaves as it is
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad"))
RATIO_COLON = {ord("\u2236"): ":"}
# ① ② … ⑳ (and the dingbats ❶ ➀ ➊) mark a list's items; NFKC makes ① a bare 1 that glues to a date after it
# (①7月8日前 would read 17月8日), so each becomes (1) first
CIRCLED = {start + k: f"({k + 1})" for start, count in ((0x2460, 20), (0x2776, 10), (0x2780, 10), (0x278A, 10))
           for k in range(count)}


# 10月1O日, 2O25年, 1O月: a letter O (or 〇) among a date's digits, before 年 / 月 / 日 / 时
LETTER_O_IN_A_DATE = re.compile(r"(?<=\d)[Oo〇](?=\d{0,3}\s*[年月日时])|(?<=[年月])[Oo〇](?=\d\s*[月日])"
                                r"|(?<![A-Za-z])[Oo〇](?=\d\s*[年月日时])")


# a leader on the line of the words before it or after it; a line of dashes alone is a rule (under a typed table's
# header: typed_tables.py), not a leader joining the lines around it
LEADER = r"(?:\.{6,}|·{6,}|-{6,}|_{6,})"
DOT_LEADER = re.compile(rf"(?<=[^\s.·_-])(?:[ \t]*{LEADER}\s*|\s*{LEADER}[ \t]*)(?=[^\s.·_-])")
DASHES_FOR_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9])——(?=[A-Za-z0-9._%+-]*@[A-Za-z0-9-]+\.)")
# a span of days with the month written once and 日 only at its end: 6月17—21日, 6月17-21日, 6月17～21日
COMPRESSED_RANGE = re.compile(r"(?P<m>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*[—–\-~～]{1,2}\s*(?P<d2>\d{1,2})\s*日")


def normalize(text: str) -> str:
    """NFKC (full-width colon, comma, brackets and digits to their plain forms), \\r\\n to \\n, invisible
    characters dropped, ∶ a colon, ① a (1), a line in traditional characters simplified."""
    text = _paragraphs_apart(_markup_left_out(text).translate(INVISIBLE | RATIO_COLON | CIRCLED))
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"元月(?=\s*\d{1,2}\s*日)", "1月", text)  # January, as notices write it: 元月10日前
    text = re.sub(r"(\d\s*月\s*\d{1,2}\s*)曰", r"\1日", text)  # 9月26曰: 曰 typed for its look-alike 日
    text = LETTER_O_IN_A_DATE.sub("0", text)  # 10月1O日: the letter O typed for a zero
    text = re.sub(r"(?<=月)(\s*)廿", r"\1二十", re.sub(r"(?<=月)(\s*)卅", r"\1三十", text))  # 九月廿六日: 二十六
    text = DOT_LEADER.sub("，", text)  # 1．联络员信息表（附件1）……………5月6日前: a table of contents' leader
    text = DASHES_FOR_UNDERSCORE.sub("_", text)  # jcgbwx——xxb@163.com: ——, Shift+- with a Chinese input method on
    text = COMPRESSED_RANGE.sub(r"\g<m>月\g<d1>日至\g<d2>日", text)  # 6月17—21日 (GB/T 15835): 6月17日至21日
    text = re.sub(r"乡\s*、\s*镇(?=人民政府|政府|党委|[,，:：)）]|\s*$)", "乡镇", text, flags=re.M)  # 各乡、镇: older usage
    text = "\n".join(map(_simplified_line, text.split("\n")))
    text = shapes.read_as_prose(pasted.as_the_notice(text))  # copied from a web page, a chat; a spreadsheet's cells, →
    text = typed_tables.rows_tabbed(PIPE_ROW.sub(_tab_separated, PIPE_RULE.sub("", text)))  # 单位｜报送材料｜…, lined up
    text = letterspaced_closed_up(text)  # 关 于 开 展 …
    text = merged_ask_cells.closing_rows_set_apart(text)  # 报送时间：以上材料均于…前报送 | | : a line of its own
    text = inline_numbered_units.spelled_out(text)  # 请以下单位：1.A，2.B，于…；其中第1项单位…: A、B; A
    text = label_lines.values_beside_their_labels(text)  # 报送单位： / 各乡镇人民政府 / 报送时限： / …: 报送单位：各乡镇人民政府
    text = spaced_names.names_listed(text)  # 报送单位： / 建昌镇　喇嘛洞镇　石佛乡: 建昌镇、喇嘛洞镇、石佛乡
    text = wrapped_cells.tables_rebuilt(text)  # a PDF's table, its cells wrapped over lines
    text = numbered_rows.tables_rebuilt(text)  # 序号 单位 材料 报送时间及方式: a PDF's numbered rows, wrapped
    text = key_value_tables.written_across(text)  # 报送单位 | … over 报送材料 | … over 截止时间 | …: one row across
    text = two_row_headers.stages_apart(text)  # 自查阶段 | | 整改阶段 | over 报送材料 | 报送时间 twice: stage by stage
    text = two_row_headers.joined(text)  # 自查报告 | 自查报告 over 格式 | 报送时间: one header, 自查报告格式 | 自查报告报送时间
    text = continued_tables.rejoined(text)  # 续表 / 续上表 / 表1（续）: the rows after it the table's above
    text = group_rows.left_out(text)  # 一、乡镇（2个） over its rows, 合计 | 5个单位: no unit's rows
    text = contacts_in_cells.left_out(text)  # 县卫健局（刘志强，139…） under 单位（联系人、电话）: the unit
    text = month_in_the_header.header_month_written_in(text)  # 报送时限（12月） over cells of 12日前
    text = hour_in_the_header.header_hour_written_in(text)  # 报送日期（当日下午四时前） over cells of 三月十一日
    text = _table_cells_mended(_dittos_filled(rows_rejoined(text)))  # a Word cell's line breaks
    text = merged_ask_cells.filled_down(text)  # 2 | 县农业农村局 | (blank) | (blank): the group's paper and time
    text = marked_items.spelled_out(text)  # 1．自评表＊ … 标注＊的材料请于…前报送，其余材料请于…前: two sentences
    text = ticked_matrix.matrices_grouped(text)  # 单位 | 权力清单 | 自查报告 over ✓ / —: the units of one set of papers
    text = table_grids.same_senders_joined(table_grids.grids_as_rows(text))  # dates as columns; rows of one sender and date
    text = weekday_digits.spelled_out(dotted_dates.spelled_out(text))  # 9.15（周二）: 9月15日; （星期3）: 星期三
    # 11月14日（星期二，下午3时前）, 下午3时前（3月16日，星期二）: the day, （星期二）, then 下午3时前
    text = hours_beside_their_day.spelled_out(text)
    text = dates_after_each_unit.spelled_out(text)  # 建昌镇（5月15日前）、八家子镇（5月22日前）: 建昌镇于5月15日前报送；…
    text = label_qualified.qualifier_said_first(text)  # 截止时间以邮件送达时间为准：2496-11-20 16:00
    text = military_hours.with_colons(_corrected_time_written_in(text))  # 6月11日1700前: 17:00
    text = displaced_quotes.dropped_from_numbers(text)  # a PDF's 下午5 “点前: a quote mark moved into the time
    text = format_gaps.closed_up(towns_and_zone.spelled_apart(text))  # 各乡镇区: the towns and the zone; (Excel 格式)
    text = format_codes.spelled_out(text)  # 格式代码：W为Word文档，E为Excel表格 over …统计表（E）: （Excel格式）
    text = pictures_in_the_bracket.pictures_set_beside(text)  # 目录（Word、照片）: 目录(Word格式)、照片
    text = _month_of_the_heading_written_in(text)
    # 放养乡镇（以下简称…，名单见附件1）: a group's short name, its list in a 附件
    text = group_aliases.spelled_out(text.replace("\u3000", " ").replace("\xa0", " "))  # 以下简称“三单位”: the list
    return group_terms.spelled_out(_short_names_spelled_out(text))


# 建昌县公共资源交易中心（以下简称“县交易平台”）: a short name the notice defines for a body (not for a matter:
# 宫颈癌和乳腺癌（以下简称“两癌”） stays as written)
DEFINED_SHORT = re.compile(r"(?P<long>[^\s，,、；;：:()“”\"]{2,30}(?:局|中心|委员会|办公室|办|政府|管委会|公司|站|所|院|队|馆|社|部))"
                           r"\s*\(\s*(?:以下|下文)?简称\s*[:：]?\s*[“\"]?"
                           r"(?P<short>[^“”\"()，,、]{2,12})[”\"]?\s*\)")


def _short_names_spelled_out(text: str) -> str:
    """Each short name the notice defines (X（以下简称“Y”）) as the name it stands for, wherever it is used."""
    for m in list(DEFINED_SHORT.finditer(text)):
        long, short = m.group("long"), m.group("short")
        if short in long:
            text = text.replace(m.group(), long)
            continue
        text = text.replace(m.group(), long)
        text = re.sub(rf"{re.escape(short)}", long, text)
    return text


ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
BREAK_TAG = re.compile(r"<\s*(?:br\s*/?|/\s*(?:p|div|li|tr|h\d))\s*>", re.I)
OTHER_TAG = re.compile(r"<\s*/?\s*(?:p|div|span|font|b|strong|i|em|u|li|ul|ol|table|tbody|tr|td|th|h\d)\b[^<>]{0,300}>", re.I)


def _markup_left_out(text: str) -> str:
    """A notice copied out of a web editor's source: &ldquo;…&rdquo;, &nbsp; and &mdash; as the characters they
    stand for, <br> and </p> as line ends, other tags of text markup dropped."""
    if len(ENTITY.findall(text)) + len(BREAK_TAG.findall(text)) + len(OTHER_TAG.findall(text)) < 2:
        return text
    return html.unescape(OTHER_TAG.sub("", BREAK_TAG.sub("\n", text)))


INDENT = "\u3000\u3000"  # a paragraph's full-width indent


def _paragraphs_apart(text: str) -> str:
    """A notice copied from a web page with its line ends lost (各乡镇人民政府：　　为进一步…　　一、核查范围　　…): a long
    line whose paragraphs stand apart only by their indents is those paragraphs again, a line each."""
    lines = []
    for line in text.split("\n"):
        if len(line) > 300 and line.count(INDENT) >= 4:
            lines += [p.strip("\u3000 ") for p in re.split(r"(?<=[:：。；;])\u3000\u3000+|\u3000{2,}(?=\S)", line) if p.strip()]
        else:
            lines.append(line)
    return "\n".join(lines)


def _simplified_line(line: str) -> str:
    """A line typed in traditional characters (the input method switched to 繁体: 請各鄉鎮…於…下午4時前) as
    simplified; a simplified line is left as written, as one character OpenCC would change (著) is no sign."""
    simple = to_simplified(line)
    return simple if sum(a != b for a, b in zip(line, simple)) >= 2 else line


# 同上 / 〃 in a table's cell: what the cell above says (报送单位 同上, 报送时限 同上)
DITTO = re.compile(r"\s*(?:同上|〃|″|同前)\s*[。.]?\s*")


# 同序号1 / 与序号1相同 / 同第一项: a table's cell said to be the cell of a numbered row (held-out 2937)
SAME_AS_ROW = re.compile(r"\s*(?:同|与)\s*(?:序号|编号|第)\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:项|行|条|号)?\s*"
                         r"(?:相同|一致)?\s*[。.]?\s*")


def _dittos_filled(text: str) -> str:
    lines = text.split("\n")
    for i in range(1, len(lines)):
        above, cells = lines[i - 1].split("\t"), lines[i].split("\t")
        if len(cells) < 2 or len(above) != len(cells) or not any(DITTO.fullmatch(c) for c in cells):
            continue
        lines[i] = "\t".join(above[k] if DITTO.fullmatch(c) else c for k, c in enumerate(cells))
    _numbered_rows_filled(lines)
    return _blanks_said_as_above(_said_forward_filled(lines).split("\n"))


def _numbered_rows_filled(lines: list[str]) -> None:
    """`同序号1` / `与序号1相同` / `同第一项` as a table's cell: the cell of the row numbered so (its first cell `1` / `一`)
    in the same column of the same table, as a 同上 takes the row above's; a number no row of the table has is left."""
    table: dict[str, list[str]] = {}
    for i, line in enumerate(lines):
        if "\t" not in line:
            table = {}
            continue
        cells = line.split("\t")
        for k, cell in enumerate(cells):
            same = SAME_AS_ROW.fullmatch(cell)
            row = table.get(same.group("n")) if same and k else None
            if row is not None and k < len(row) and row[k].strip() and not SAME_AS_ROW.fullmatch(row[k]):
                cells[k] = row[k]
        lines[i] = "\t".join(cells)
        table.setdefault(re.sub(r"[.、．\s]", "", cells[0]), cells)


# 3月15日（星期一）17:00前（下同）: a cell said for the rows below too (held-out 2777)
FORWARD = re.compile(r"\s*[(（]\s*以?下同\s*[)）]\s*$")


def _said_forward_filled(lines: list[str]) -> str:
    """`（下同）` / `（以下同）` closing a table's cell: what the cell says (the mark left off) is the cell of each row
    below whose cell in that column is empty, up to the next row with a cell of its own there or the table's end —
    同上 said forward."""
    for i, line in enumerate(lines):
        cells = line.split("\t")
        for k, cell in enumerate(cells):
            if len(cells) < 2 or not FORWARD.search(cell) or not FORWARD.sub("", cell).strip():
                continue
            cells[k] = FORWARD.sub("", cell)
            lines[i] = "\t".join(cells)
            j = i + 1
            while j < len(lines) and lines[j].count("\t") == len(cells) - 1 and not lines[j].split("\t")[k].strip():
                below = lines[j].split("\t")
                below[k] = cells[k]
                lines[j] = "\t".join(below)
                j += 1
    return "\n".join(lines)


# 注：报送时间栏空白的，与上一行报送时间相同 / 备注：截止时间为空的同上一行 / （表中空白处与上行相同）: a note saying a
# blank cell is the cell above it (held-out 2911)
BLANK_AS_ABOVE = re.compile(r"(?P<column>[^。；;，,：:\n]{0,12}?)(?:栏|列|一栏|一列)?(?:中|内)?(?:的)?(?:空白|为空|空格|留空|未填写?|不填)(?:的|处|者|单元格)?"
                            r"[，,]?\s*(?:表示|即|视为|均|则)?\s*(?:与上(?:一|方)?[行栏格](?:[^。；;，,\n]{0,8}?)?相同|同上(?:一?行)?)")
TIME_HEADER = re.compile(r"时间|日期|时限|期限")


def _blanks_said_as_above(lines: list[str]) -> str:
    """A note under (or over) a table saying a blank cell of a column is the row above's (`注：报送时间栏空白的，与上一行
    报送时间相同`): each blank cell of that column, in a row of the table's cells, takes the cell above it, as a 同上 written
    in would. The column is the header the note names (`报送时间栏`), else the table's time column (`表中空白处与上一行相同`);
    a blank cell with no such note is left blank (the row asks no date of its own)."""
    notes = [m for line in lines if "\t" not in line for m in BLANK_AS_ABOVE.finditer(line)]
    if not notes:
        return "\n".join(lines)
    for i, header, cells in rows_under_their_header(lines):
        named = [k for k, c in enumerate(header) if c and any(c in m.group("column") for m in notes)]
        columns = named or [k for k, c in enumerate(header) if TIME_HEADER.search(c)][:1]
        above = lines[i - 1].split("\t")
        if len(cells) < 2 or len(cells) > len(header):
            continue
        cells += [""] * (len(header) - len(cells))  # a row whose last cells were blank, dropped by the copy
        blank = [k for k in columns if not cells[k].strip() and k < len(above) and above[k].strip()]
        if blank and sum(bool(c.strip()) for c in cells) >= 2:
            lines[i] = "\t".join(above[k] if k in blank else c for k, c in enumerate(cells))
    return "\n".join(lines)


HOUR_COLUMN = re.compile(r"^(?:报送|截止|提交|上报)?(?:时间|时刻|钟点)$")


def _table_cells_mended(text: str) -> str:
    """Tables as a Word table's cells would read them: a date and its hour in two columns (截止日期 | 截止时间) joined
    into one cell, 3月20日（星期五）16:00前; a 报送单位 cell left empty under a vertically merged one given the unit
    above it."""
    lines = text.split("\n")
    for i, header, cells in rows_under_their_header(lines):
        lines[i] = "\t".join(_row_mended(header, cells, lines[i - 1].split("\t")))
    return "\n".join(lines)


def _row_mended(header: list[str], cells: list[str], above: list[str]) -> list[str]:
    day = next((k for k, c in enumerate(header) if DATE_COLUMN.match(c)), None)
    hour = next((k for k, c in enumerate(header) if HOUR_COLUMN.match(c)), None)
    if day is not None and hour is not None and max(day, hour) < len(cells) and cells[day].strip() \
            and re.fullmatch(r"\s*\d{1,2}[:：]\d{2}\s*", cells[hour]) and "前" not in cells[day]:
        cells[day], cells[hour] = f"{cells[day].strip()}{cells[hour].strip()}前", ""
    unit = next((k for k, c in enumerate(header) if UNIT_COLUMN.match(c)), None)
    if unit is not None and unit < len(cells) and unit < len(above) and not cells[unit].strip() \
            and above[unit].strip() and sum(bool(c.strip()) for c in cells) >= 2:
        cells[unit] = above[unit]  # a merged cell: the unit of the row above
    return cells


MONTH_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\s*[^。，,]{0,6}?(?P<m>\d{1,2})\s*月份")
SECTION_START = re.compile(r"^\s*[一二三四五六七八九十]+、")
ITEM_WITH_A_BARE_DAY = re.compile(r"^(?P<mark>\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[.、．])\s*)(?=\d{1,2}\s*日)")


def _month_of_the_heading_written_in(text: str) -> str:
    """二、6月份报送事项 / （一）12日（星期二）前，报送…: an item's bare day is in the month its heading names."""
    month = None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if heading := MONTH_HEADING.match(line):
            month = heading.group("m")
        elif SECTION_START.match(line):
            month = None
        elif month and (item := ITEM_WITH_A_BARE_DAY.match(line)):
            lines[i] = item.group("mark") + f"{month}月" + line[item.end():]
    return "\n".join(lines)


CORRECTED_TO = re.compile(r"^(?:更正为|修改为|调整为|改为|更正后|修改后)$")
BY_THE_CORRECTED_TIME = re.compile(r"按(?:更正|修改|调整)后的(?:报送)?(?:时间|时限|日期|截止时间)")


def _corrected_time_written_in(text: str) -> str:
    """更正位置 | 原文 | 更正为 (a 更正 notice's table) and 请各乡镇按更正后的时间，将…发送至…: the sentence said with the
    corrected time itself, when every 更正为 cell gives the same date (read as the body's other dates are)."""
    if not BY_THE_CORRECTED_TIME.search(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        header = [c.strip() for c in line.split("\t")]
        column = next((k for k, c in enumerate(header) if CORRECTED_TO.match(c)), None)
        if "\t" not in line or column is None:
            continue
        cells = [row.split("\t")[column].strip() for row in lines[i + 1:] if "\t" in row and len(row.split("\t")) > column]
        days = {re.sub(r"\d{4}\s*年|[(（][^()（）]*[)）]|\s", "", c) for c in cells}
        if cells and len(days) == 1 and re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*日.*前", cells[0]):
            return BY_THE_CORRECTED_TIME.sub("于" + cells[0], text)
    return text


# | 单位 | 报送材料 | 报送时限 |: a table typed with bars, read as a Word table's row (cells joined by tabs);
# |---|---| and ├──┼──┤ rules between its rows are dropped
PIPE_ROW = re.compile(r"^[ \t]*[|│┃](?P<cells>(?:[^|│┃\n]*[|│┃]){2,})[ \t]*$", re.M)
PIPE_RULE = re.compile(r"^[ \t]*[|│┃├┝┠┣┌└](?=[^\n]*[-─━]{2})[-=:─━┼┿╋┬┴┤┥┨┫┐┘ \t|│┃]+\n", re.M)


def _tab_separated(row: re.Match) -> str:
    return "\t".join(cell.strip() for cell in re.split(r"[|│┃]", row.group("cells"))[:-1])
