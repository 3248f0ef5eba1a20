"""Lines a notice lays out in a form of their own, read back as the prose the drafter reads:

- Word's markup balloons copied with the text (a PDF printed with tracked changes showing): `删除的内容: 县交通局，`,
  `带格式的: 缩进…`, `批注 [刘1]: …` are the edit history, not the notice — the lines are dropped.
- A tree outline of units (`├─县直部门` / `│　├─县住建局` / `│　└─县交通局`): the drawing marks at a line's start dropped,
  each name a line of its own, as a list is read.
- A line giving the sender, the material and then the date after a dash (`各乡镇：危险水域排查台账（附件1）——6月10日前；`):
  read as `各乡镇于6月10日前报送危险水域排查台账（附件1）；`. So is one after a comma, item-numbered or not, in a run of
  such lines that a line sending them all closes (`（一）县公安局、县市场局：…统计表（E），5月8日（星期一）下午4点前。` /
  `以上材料请发送至…`): read as `（一）县公安局、县市场局于5月8日（星期一）下午4点前报送…统计表（E）。`.
- An item giving its sender and material (`（一）各乡镇：填报《存栏统计表》。`), its date on a labelled line under it
  (`反馈时限：7月7日（星期五）前。`): read as `（一）各乡镇于7月7日（星期五）前报送《存栏统计表》。`.
- A labelled line giving the date first, a sentence of its own, then who sends what
  (`报送节点一：4月24日（星期五）前。各乡镇党委报送实施方案。`): read as `报送节点一：各乡镇党委于4月24日（星期五）前报送实施方案。`.
- An answer of a 常见问题解答 to a question asking when to send (`问：汇总表和核对意见什么时候报送？`), each date with
  who sends what in brackets after it (`答：4月19日下午4时（各乡镇、开发区汇总表）；4月26日（县工信局核对意见）。`): read as
  `答：各乡镇、开发区于4月19日下午4时前报送汇总表；县工信局于4月26日前报送核对意见。`.
- Dates counted from a day named T日 (`T-10日前`), spelled out (t_day.py); so are dates in teaching weeks
  (`第三教学周星期五前`, teaching_weeks.py), the cells of a weekday grid (weekday_grid.py) and clock times in quarters (`4点三刻`, clock_forms.py; `1800前` is read earlier, military_hours.py).
- A form filled in on its underscore blanks (`__9__月__26__日`): the blanks dropped (form_blanks.py).
- Every line prefixed with its number, as copied out of a viewer showing line numbers (` 1  建昌县…` … `23  2305年1月4日`):
  the numbers dropped, so `11  1月13日前` is no 11月13日 and the date line is found.
"""

from __future__ import annotations

import re

from ..timing import clock_forms, t_day, teaching_weeks, weekday_grid
from . import form_blanks
from .item_numbers import ITEM
from ..timing.dates import DATE, TIME, WEEKDAY_NOTE

# Word's balloons (Chinese and English Word): 删除的内容: / 带格式的: / 批注 [刘1]: / 已删除: / Deleted: / Formatted:
BALLOON = re.compile(r"^[ \t\u3000]*(?:删除的内容|已删除|带格式的|设置格式|格式化|已移动|移动的内容|"
                     r"批注\s*\[[^\]\n]{1,12}\]|Deleted|Formatted|Comment\s*\[[^\]\n]{1,12}\])\s*[:：][^\n]*(?:\n|$)", re.M)
# ├─ └─ │ ┣━ and the like at a line's start: the branches of a tree outline (not a box-drawn table's row, whose
# cells go on parted by │ ┼ ┤)
BOX = "│┃┼┤┬┴┐┘┌├└┣┗┫╋─━"
TREE = re.compile(rf"^[ \t\u3000]*[│├└┃┣┗┠┖┕┝┞┟┡┢┆┊][─━\s\u3000│├└┃┣┗]*(?=[^\s{BOX}][^{BOX}\n]*$)", re.M)
# a clause sending the date: 6月10日（星期一）前, 6月17日16时前
WHEN = rf"{DATE}{WEEKDAY_NOTE}{TIME}\s*(?:之前|以前|前)"
# who sends, before its colon: 各乡镇, 县水利局, 各乡镇、县教育局、县水利局 (pieces ending as units end)
WHO = r"(?:各[^\s:：，,。；;、]{1,8}|[^\s:：，,。；;、]{1,20}?(?:局|委|办|府|院|中心|乡镇|镇|乡|单位|部门|管委会))"
SENDER_FIRST = re.compile(rf"^(?P<lead>[ \t\u3000]*)(?P<who>{WHO}(?:、{WHO})*)\s*[:：]\s*(?P<what>[^\n:：]{{2,120}}?)"
                          rf"\s*(?:——|—|--|－－|――)\s*(?P<when>{WHEN})\s*(?P<end>[；;。.，,]?)[ \t\u3000]*$", re.M)
SENDS = r"(?:报送|上报|提交|发送|报)"
# （一）县公安局、县市场局：被执行人协助查控情况统计表（E），5月8日（星期一）下午4点前。: who, its paper and the date after a
# comma, a line of its own (an item's number before it or none); read only in a run of such lines closed by the line that
# sends them (``ALL_SENT_BELOW``)
SENDER_FIRST_COMMA = re.compile(rf"^(?P<lead>[ \t\u3000]*(?:{ITEM}\s*)?)(?P<who>{WHO}(?:、{WHO})*)\s*[:：]\s*"
                                rf"(?P<what>[^\n:：，,。；;]{{2,60}}?)\s*[，,]\s*(?P<when>{WHEN})\s*(?P<end>[；;。.]?)[ \t\u3000]*$")
# 以上材料请发送至…, 上述材料均报送…: the line under them sending the papers the lines above name
ALL_SENT_BELOW = re.compile(rf"^[ \t\u3000]*(?:以上|上述)(?:材料|资料|文件|报表)[^\n]{{0,12}}?{SENDS}")
DATE_FIRST = re.compile(rf"^(?P<label>[ \t\u3000]*[^\s:：，,。；;\n]{{2,12}}\s*[:：]\s*)(?P<when>{WHEN})\s*[。.]\s*"
                        rf"(?P<who>[^\s:：，,。；;\n]{{2,40}}?)(?P<verb>{SENDS})", re.M)

# （一）各乡镇：填报《…统计表》。 then, on a line of its own, 反馈时限：7月7日（星期五）前。: the item's sender and
# material, its date on the label line under it
TIME_LABEL = r"[^\s:：，,。；;]{0,4}(?:时限|时间|期限)"
SENDER_THEN_TIME_LINE = re.compile(rf"^(?P<lead>[ \t\u3000]*{ITEM}\s*)(?P<who>{WHO}(?:、{WHO})*)\s*[:：]\s*"
                                   rf"(?P<what>[^\n]{{2,120}}?)\s*[。；;]?[ \t\u3000]*\n[ \t\u3000]*{TIME_LABEL}\s*[:：]\s*"
                                   rf"(?P<when>{WHEN})\s*[。；;.]?[ \t\u3000]*$", re.M)


# 问：…什么时候报送？ / 问：报送截止时间是哪天？: a question asking by when something is sent
ASKS_WHEN = re.compile(r"问\s*[:：][^\n]*?(?:什么时候|何时|什么时间|哪天|哪一天|截止时间|时限)")
ANSWER = re.compile(r"^[ \t\u3000]*答\s*[:：]")
# 各乡镇、开发区 / 县工信局: the senders at the head of the brackets, as units' names end
UNIT_WORD = r"各?[\u4e00-\u9fa5]{0,12}?(?:乡镇|镇|乡|开发区|局|委|办|中心|单位|部门|管委会)"
DATED_ITEM = re.compile(rf"(?P<when>{DATE}{WEEKDAY_NOTE}{TIME})\s*(?:之前|以前|前)?\s*[(（]"
                        rf"(?P<who>{UNIT_WORD}(?:[、和及]{UNIT_WORD})*)(?P<what>[^()（）\n]{{2,30}})[)）]")


# ` 1  建昌县…`: a viewer's line number, then a space or the line's end
LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,4})(?:[ \t]+|$)")


def without_line_numbers(text: str) -> str:
    """A text whose every line (five or more) opens with its own number, one after another, without them: a list's
    numbers start only some lines, and a date or an amount is no count of the lines."""
    lines = text.split("\n")
    numbered = [(i, m) for i, line in enumerate(lines) if line.strip() and (m := LINE_NUMBER.match(line))]
    if len(numbered) < 5 or len(numbered) != sum(1 for line in lines if line.strip()):
        return text
    first = int(numbered[0][1].group(1))
    if [int(m.group(1)) for _, m in numbered] != list(range(first, first + len(numbered))):
        return text
    for i, m in numbered:
        lines[i] = lines[i][m.end():]
    return "\n".join(lines)


def as_prose(text: str) -> str:
    text = form_blanks.filled_in(without_line_numbers(text))  # ` 1  建昌县…`: a viewer's line numbers; __9__月
    text = teaching_weeks.spelled_out(clock_forms.spelled_out(text))  # 4点三刻; 第三教学周星期五
    text = t_day.spelled_out(TREE.sub("", BALLOON.sub("", text)))  # T-10日前: the date counted from the T日 named
    text = weekday_grid.spelled_out(text)  # 第一周（9月7日至9月11日） under 星期一…星期五: the cells' dates
    text = _sender_first_lines(_sender_then_time_lines(text))
    return _answers_giving_dates(_date_first_lines(_sender_first_lines_sent_below(text)))


def _sender_first_lines(text: str) -> str:
    def said(m: re.Match) -> str:
        what = re.sub(rf"^{SENDS}", "", m.group("what"))
        return f"{m.group('lead')}{m.group('who')}于{m.group('when')}报送{what}{m.group('end')}"
    return SENDER_FIRST.sub(said, text)


def _sender_first_lines_sent_below(text: str) -> str:
    """Lines of who, its paper and the date after a comma (`（一）县公安局：…统计表（E），5月8日前。`), in a run closed by
    a line sending the papers above (`以上材料请发送至…`), each as who sends what by when; a run with no such line under it
    (a list of duties with days, a schedule) is left as written."""
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and SENDER_FIRST_COMMA.match(lines[run]):
            run += 1
        below = next((line for line in lines[run:] if line.strip()), "")
        if run > k and ALL_SENT_BELOW.match(below):
            for i in range(k, run):
                m = SENDER_FIRST_COMMA.match(lines[i])
                what = re.sub(rf"^{SENDS}", "", m.group("what"))
                lines[i] = f"{m.group('lead')}{m.group('who')}于{m.group('when')}报送{what}{m.group('end') or '。'}"
        k = max(run, k + 1)
    return "\n".join(lines)


def _sender_then_time_lines(text: str) -> str:
    def said(m: re.Match) -> str:
        what = re.sub(rf"^(?:填报|{SENDS})", "", m.group("what"))
        return f"{m.group('lead')}{m.group('who')}于{m.group('when')}报送{what}。"
    return SENDER_THEN_TIME_LINE.sub(said, text)


def _date_first_lines(text: str) -> str:
    return DATE_FIRST.sub(lambda m: f"{m.group('label')}{m.group('who')}于{m.group('when')}{m.group('verb')}", text)


def _answers_giving_dates(text: str) -> str:
    lines = text.split("\n")
    for k in range(1, len(lines)):
        if ANSWER.match(lines[k]) and ASKS_WHEN.search(lines[k - 1]):
            lines[k] = DATED_ITEM.sub(lambda m: f"{m.group('who')}于{m.group('when')}前报送{m.group('what')}", lines[k])
    return "\n".join(lines)
