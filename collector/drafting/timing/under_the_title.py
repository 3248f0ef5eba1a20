"""A deadline printed on a line of its own under the title (`【报送时限：2404年5月28日（星期五）17:00前】`, as a portal or a
明电 sets it): read apart from the addressee line below it, and its date written in where the body points back to it
(`按上述时限发送至…`); a body that gives no deadline at all is sent by it too (draft.py). The line may ask the day
itself, with no label (`（请于10月30日（星期一）下午4点前报送）`, the body sending `在上述时限内`, held-out 3565). A banner
above the issuer and the title saying the day the same way (`急件　报送截止：5月26日（星期一）16时`, the body sending `于文首所注报送截止时间前`, held-out 3152)
is read as that line when none stands under the title; so is a `【限时反馈：…】` banner, the body sending `于标题上方所注时限前`
(held-out 3395). So is a labelled day on a line under the 落款 (`（材料报送截止时间：3月28日（星期一）下午5时。联系人：郑主任）`),
where the body says `报送时间见文末`."""

from __future__ import annotations

import re

from .dates import MD

# 报送时限：, 截止时间：, 材料报送时间：: the label before a deadline's day (here and in an annex's caption, caption_day.py)
DEADLINE_LABEL = r"(?:报送|提交|上报|反馈|填报|材料报送)?(?:截止)?(?:时限|时间|期限|日期)\s*[:：]\s*"
# the day the label gives, up to the line's closing bracket
_WHEN = r"(?P<when>[^【】〔〕\[\]]*?\d\s*月[^【】〔〕\[\]]*?)"
# 【报送时限：…】, 〔截止时间：…〕, [报送时间：…]: a label saying the day, in square brackets, alone on its line
DEADLINE_LINE = re.compile(rf"^\s*[【〔\[]\s*{DEADLINE_LABEL}{_WHEN}\s*[】〕\]]\s*$")
# （报送时限：排查表6月10日（星期一）下午4点前；治理情况总结9月16日前）: the same label in round brackets, the brackets
# closing the line (a weekday's own brackets inside); `（征求意见稿）`, a line saying no date, is no such line
ROUND_DEADLINE_LINE = re.compile(rf"^\s*[(（]\s*{DEADLINE_LABEL}{_WHEN}\s*[)）]\s*$")
# （请于10月30日（星期一）下午4点前报送）, 【请于5月8日前报送】: the line under the title asking the day itself, no label, in
# brackets closing the line (held-out 3565); a bracket saying anything after the verb (`（请于…前报送至…邮箱）`) or a day
# with no 前 is no such line
REQUEST_LINE = re.compile(r"^\s*[(（【〔\[]\s*请?\s*[于在]\s*(?P<when>[^【】〔〕\[\]]*?[\d〇零一二三四五六七八九十]\s*月"
                          r"[^【】〔〕\[\]]*?(?:之前|以前|前))\s*(?:报送|上报|提交|反馈|填报)\s*[)）】〕\]]\s*$")
# 急件　报送截止：5月26日（星期一）16时, 【截止时间：…】, 特急 报送时限：…, 【限时反馈：…】: a banner above the title (a 急件
# mark before it); 限时 before the verb says the same as 时限 after it
BANNER_LINE = re.compile(r"^\s*(?:(?:特急|加急|急件|紧急|特提)\s*)?[【〔\[]?\s*(?:(?:报送|提交|上报|反馈|填报|材料报送)?"
                         r"(?:截止|时限)(?:时间|时限|期限|日期)?|限时(?:反馈|报送|上报|提交|填报|回复|报告))\s*[:：]\s*"
                         r"(?P<when>[^【】〔〕\[\]]*?[\d〇零一二三四五六七八九十]\s*月[^【】〔〕\[\]]*?)\s*[】〕\]]?\s*$")
# 所注, 标注的, 注明的: the words pointing at a day written somewhere in the notice (here, and caption_day.py)
MARKED = r"(?:所注|所标|所列|所载|标注|注明)的?"
# 文首所注报送截止时间, 首页标注的截止时间, 标题上方所注时限: the body's words for the date in the banner above the title
AT_THE_HEAD = rf"(?:文首|文头|首页|页首|眉首|(?:标题|文件|首页)(?:上方|之上|顶端|顶部)){MARKED}(?:报送)?(?:截止)?"
# 本通知标题下所注时限, 标题下方标注的时间: the body's words for the line under the title, named by where it stands
AT_THE_TITLE_FOOT = rf"(?:本通知|本文件?|通知)?(?:标题|题目)(?:下方|之下|下面|下){MARKED}(?:报送)?(?:截止)?"
# 按上述时限发送至…, 在上述时间前报送, 按规定时限: the body's words for the date under the title
POINTS_BACK = re.compile(rf"(?:按照?|在|于)(?:(?:上述|上列|前述|以上|规定)的?(?:报送)?|{AT_THE_HEAD}|{AT_THE_TITLE_FOOT})"
                         r"(?:时限|时间|期限)(?:要求)?(?:之?前|内)?")


UNDER_THE_TITLE, ABOVE_THE_TITLE = "标题下", "文首"  # where the line stood, as the clerk's unsettled line says it


def deadline_line_apart(lines: list[str], title_end: int) -> tuple[list[str], str, str]:
    """The lines without a deadline line right under the title, that line's date (`2404年5月28日（星期五）17:00前`) and
    where it stood (UNDER_THE_TITLE, or ABOVE_THE_TITLE for a banner); or the lines as they are, "" and ""."""
    at = title_end + 1
    m = _deadline_line(lines[at]) if at < len(lines) else None
    if not m:
        banner = _banner_above(lines[:title_end])
        return lines, banner, ABOVE_THE_TITLE if banner else ""
    return lines[:at] + lines[at + 1:], m.group("when").strip(), UNDER_THE_TITLE


def _deadline_line(line: str) -> re.Match | None:
    """The line read as a deadline line: in square brackets, or in round ones closing the line (its date's own brackets
    balanced inside, so `（报送时限：6月10日前）（联系人：…）` is two brackets, no such line); a label or a request
    (`（请于…前报送）`)."""
    if m := DEADLINE_LINE.match(line):
        return m
    m = ROUND_DEADLINE_LINE.match(line) or REQUEST_LINE.match(line)
    return m if m and _balanced(m.group("when")) else None


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch in "(（"
        depth -= ch in ")）"
        if depth < 0:
            return False
    return depth == 0


def _banner_above(lines: list[str]) -> str:
    """The date of a banner line above the title (`急件　报送截止：5月26日（星期一）16时`), or ""; the line stays where it is."""
    return next((m.group("when").strip() for ln in lines if (m := BANNER_LINE.match(ln))), "")


def written_where_pointed_to(body: str, when: str) -> tuple[str, bool]:
    """The body with its 按上述时限 read as the date under the title (于2404年5月28日（星期五）17:00前), and whether it
    pointed to it."""
    if not when or not POINTS_BACK.search(body):
        return body, False
    if _days_of_several_papers(when):  # 排查表6月10日前；治理情况总结9月16日前: each paper said with its day, first
        return said_first(re.sub(rf"(?:{POINTS_BACK.pattern})\s*[,，]?", "", body, count=1), when), True
    return POINTS_BACK.sub(lambda m: f"于{_by(when)}", body, count=1), True


def _days_of_several_papers(when: str) -> bool:
    """Whether the line gives a day in each of two clauses or more (`排查表6月10日前；治理情况总结9月16日前`)."""
    clauses = [c for c in re.split(r"[;；]", when) if c.strip()]
    return len(clauses) > 1 and all(re.search(rf"{MD}\s*月\s*{MD}", c) for c in clauses)


# （报送时间见文末）, 截止时间见落款下方: the body's words for the labelled day under the 落款 (held-out 2988)
POINTS_TO_THE_END = re.compile(r"[(（]?(?:报送|截止|提交|上报)*(?:时间|时限|期限)见(?:文末|文后|末尾|落款(?:下方|之?后)?)[)）]?")


def written_where_pointed_below(body: str, when: str) -> tuple[str, bool]:
    """The body with its pointer to the day under the 落款 read as that day: `在规定时间内报送（报送时间见文末）` →
    `于3月28日（星期一）下午5时前报送`; and whether it pointed to it (a 按上述时限 with no 见文末 points above, not here)."""
    if not when or not POINTS_TO_THE_END.search(body):
        return body, False
    if POINTS_BACK.search(body):
        body = POINTS_BACK.sub(lambda m: f"于{_by(when)}", body, count=1)
        return POINTS_TO_THE_END.sub("", body, count=1), True
    return POINTS_TO_THE_END.sub(lambda m: f"于{_by(when)}", body, count=1), True


def said_first(body: str, when: str) -> str:
    """The body with the date under the title said as its first sentence, for a body that gives none."""
    return f"报送截止时间：{_by(when)}。\n{body}"


def _by(when: str) -> str:
    return when if re.search(r"(?:之前|以前|前|止)$", when) else when + "前"
