"""Lines as a copy broke or spread them, put back as written: a heading letterspaced by a PDF
(`关 于 开 展 … 的 通 知`) closed up, and the rows of a Word table whose cells held line breaks
(`2 | 施工工地检查报告 | 县住建局、县交通局、` / `县自然资源局 | 4月16日16:00前`, cells apart by tabs) joined again."""

from __future__ import annotations

import re

# a heading set with wide character spacing, copied with a space after every character: five characters or
# more, each alone, most of them Chinese
LETTERSPACED = re.compile(r"^[ \t]*(?:\S[ \u3000])+\S[ \t]*$")
CJK = re.compile(r"[\u4e00-\u9fa5]")


def letterspaced_closed_up(text: str) -> str:
    def closed(line: str) -> str:
        chars = line.split()
        if not LETTERSPACED.match(line) or len(chars) < 5 or len(CJK.findall(line)) < 0.8 * len(chars):
            return line
        return "".join(chars)
    return "\n".join(closed(line) for line in text.split("\n"))


# a new row (1	…), a heading (四、 （二） 附件) or an indented paragraph: no piece of the row above
NOT_A_PIECE = re.compile(r"^(?:\s|\d{1,3}\t|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|附件)")
# 5月28日（星期五） / 17时前: a date cell broken before its hour
ENDS_WITH_A_DAY = re.compile(r"\d\s*日\s*(?:[(（][^()（）\d]{1,8}[)）])?\s*$")
AN_HOUR_ALONE = re.compile(r"(?:上午|下午|中午|晚上)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|时|点)\s*(?:\d{1,2}\s*分|半)?\s*"
                           r"(?:之前|以前|前|止)?")


def rows_rejoined(text: str) -> str:
    """A tab-separated table's rows with fewer cells than its header, the lines after them (not a new numbered
    row, a heading or an indented paragraph) holding the rest: one row again, the break read as inside a cell,
    when the pieces make exactly the header's cells. A row whose last cell ends with a day takes an hour left
    alone on the next line (`5月28日（星期五）` / `17时前`)."""
    lines = text.split("\n")
    out: list[str] = []
    width = None  # the header's cells
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" not in line or width is None:
            width = line.count("\t") + 1 if "\t" in line else None
            out.append(line)
            i += 1
            continue
        joined, j = line, i + 1
        quoted = line.split("\t")[-1].lstrip().startswith('"')  # a spreadsheet's quoted cell is read as such, not here
        while not quoted and joined.count("\t") + 1 < width and j < len(lines) and lines[j].strip() \
                and not NOT_A_PIECE.match(lines[j]) and joined.count("\t") + lines[j].count("\t") + 1 <= width:
            joined, j = joined.rstrip(" ") + lines[j].strip(" "), j + 1
        if joined.count("\t") + 1 != width:
            joined, j = line, i + 1
        if j < len(lines) and AN_HOUR_ALONE.fullmatch(lines[j].strip()) and not NOT_A_PIECE.match(lines[j]) \
                and ENDS_WITH_A_DAY.search(joined.split("\t")[-1]):
            joined, j = joined.rstrip(" ") + lines[j].strip(" "), j + 1
        out.append(joined)
        i = j
    return "\n".join(out)


# 邮箱：jcabc_2384@163.com / 5月份，县民政局…: a line ending in a whole address (its domain closed by a top-level one)
# a whole address: its domain closed by the ending it has in the office's mail (163.com, gov.cn, yeah.net …), so one
# a line break cut inside its domain (jcabc@163. / com) is not taken for whole
WHOLE_ADDRESS = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org)"
ENDS_IN_AN_ADDRESS = re.compile(WHOLE_ADDRESS + r"\s*$", re.I)


def an_address_ends_it(line: str, next_line: str) -> bool:
    """A line ending in a whole address, the next opening with a letter or digit: joined, the next line's digits would
    be read as the address's own (jcabc_2384@163.com5), so the address ends the line as written."""
    return bool(ENDS_IN_AN_ADDRESS.search(line)) and bool(re.match(r"[A-Za-z0-9]", next_line))


# 邮箱： / jckx_hudie@163.com。: a label's address a PDF copy broke onto the next line, the colon ending the line
LABEL_BEFORE_AN_ADDRESS = re.compile(r"(?:邮箱|信箱|邮件地址|电子邮件|E-?mail)\s*[:：]\s*$", re.I)
OPENS_WITH_AN_ADDRESS = re.compile("^" + WHOLE_ADDRESS + r"\b", re.I)


def an_address_broken_from_its_label(line: str, next_line: str) -> bool:
    """A line ending in a mailbox's label (`…请有关单位按下表要求报送材料，邮箱：`), the next opening with the address
    (`jckx_hudie@163.com。`): one sentence, the break the copy's, not the writer's (the colon ends no sentence there)."""
    return bool(LABEL_BEFORE_AN_ADDRESS.search(line)) and bool(OPENS_WITH_AN_ADDRESS.match(next_line))
