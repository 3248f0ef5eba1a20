"""The parts of a notice: title, addressee line, body, date line, 附件 sections.

A county-government 通知 is laid out the same way every time: the title (关于…的通知), the
addressee line ending in a colon (各乡镇人民政府、县政府各部门：), the body, the 附件 list, the
issuer and the date line (2024年1月5日), then each 附件 under its own heading (附件1 …).
The text is made plain before it is split (plain_text.normalize).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from collector.numerals import cn_int
from ..senders import attachment_line
from .mended_lines import an_address_broken_from_its_label, an_address_ends_it
from .name_lines import in_a_list_of_names
from .plain_text import normalize
from ..timing.under_the_title import deadline_line_apart

_CJK = "\u4e00-\u9fff"
DATE_LINE = re.compile(r"^\s*([0-9〇○零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月"
                       r"\s*([0-9一二三四五六七八九十]{1,3})\s*日\s*$"
                       r"|^\s*(\d{4})\s*[.．]\s*(\d{1,2})\s*[.．]\s*(\d{1,2})\s*$")  # also 2026.6.29
ATTACHMENT_HEADING = re.compile(r"^\s*附\s*件\s*(\d*)\s*[:：]?\s*(.*)$")
# a line that starts something new: never joined to the line before it when text is reflowed
NEW_LINE_START = re.compile(
    rf"^\s*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|附\s*件|联\s*系|电\s*话"
    rf"|邮\s*箱|电子邮箱|注\s*[:：]|[{_CJK}]{{2,8}}\s*[:：])"
)
# a 文号 on its own line (建政办发〔2026〕12号), above the title as on the 红头 or under it as a mail copies it
DOC_NUMBER_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{1,12}\s*[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d{1,4}\s*号\s*$")
# 抄送：县医保局，县财政局。 — the 版记's copies, after the date line: neither a 附件 nor addressees (nor is
# 主送：…, read as the addressee line when the head has none)
COPIED_TO = re.compile(r"^\s*(?:抄\s*送|抄\s*报|分\s*送)(?:单位)?\s*[:：]")
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])[^。;；]{0,20}$")
# — 1 —, - 2 -, 第3页 共5页, 2/5: a page's number, left in the text copied from a PDF, maybe in the middle
# of a sentence (于2035年11月 | — 1 — | 14日前): dropped, so the sentence is joined again
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:[-—–~]{1,2}\s*\d{1,3}\s*[-—–~]{1,2}|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?"
                              r"|\d{1,3}\s*/\s*\d{1,3})\s*$")


@dataclasses.dataclass
class Layout:
    title: str  # the whole title line(s), joined
    addressee: str  # the 主送 line without its colon
    body: str  # reflowed body: from the addressee line to the issuer
    notice_date: dt.date | None
    issuer: str
    attachment_titles: dict[str, str]  # 附件1 -> its title as the body lists it
    attachments: dict[str, str]  # 附件1 -> its text (lines kept as they are)
    doc_number: str = ""  # 建政办发〔2026〕12号, read apart from the title and the addressee line
    deadline_line: str = ""  # the date of a 【报送时限：…】 line under the title, read apart from the addressee line
    deadline_line_at: str = ""  # where that line stood: 标题下, or 文首 for a banner above the title (under_the_title)
    deadline_under_the_date: str = ""  # the day of a labelled line under the 落款 (（材料报送截止时间：…。联系人：…）)
    issuers_above: tuple[str, ...] = ()  # 建昌县农业农村局 / 建昌县公安局 / …: a joint notice's issuers, a line each above its title


def split_notice(text: str) -> Layout:
    lines = [cells_apart(ln.rstrip()) for ln in normalize(text).split("\n")]
    lines = [ln for ln in lines if ln.strip() and not PAGE_NUMBER_LINE.match(ln)]
    lines, doc_number = _doc_number_apart(lines)
    if sheet := _contact_sheet(lines, doc_number) or _minutes(lines, doc_number):
        return sheet
    title_end = _title_end(lines)
    title = close_up("".join(ln.strip() for ln in lines[: title_end + 1]))
    lines, deadline_line, deadline_line_at = deadline_line_apart(lines, title_end)  # 【报送时限：…】 under the title
    addressee, body_start = _addressee(lines, title_end + 1)
    date_at = next((i for i in range(body_start, len(lines)) if DATE_LINE.match(lines[i]) and _date(lines[i])), None)
    addressee = addressee or _closing_addressee(lines[body_start:], lines[date_at + 1:] if date_at is not None else [])
    attachments_at = _first_attachment_heading(lines, body_start) if date_at is None else date_at + 1
    body_end = date_at if date_at is not None else attachments_at
    issuer = ""
    if date_at is not None and date_at - 1 >= body_start and len(lines[date_at - 1].strip()) <= 30 \
            and not lines[date_at - 1].rstrip().endswith(("。", ";")):
        body_end = date_at - 1
        issuer = lines[date_at - 1].strip()
        # two issuers signing one above the other (建昌县工业和信息化局 / 中国铁塔股份有限公司建昌县分公司)
        if body_end - 1 >= body_start and CO_ISSUER.fullmatch(lines[body_end - 1].strip()):
            body_end -= 1
    body_lines = lines[body_start:body_end]
    titles = _attachment_list(body_lines)
    tail = [ln for ln in lines[attachments_at:]
            if not COPIED_TO.match(ln) and not CLOSING_ADDRESSEE.match(ln) and not _names_sent_to(ln)]
    notes = [ln for ln in tail if NOTE_LINE.match(ln)]  # （附注：活动结束后，请各乡镇于9月30日前…）under the date
    body_lines, tail = body_lines + notes, [ln for ln in tail if ln not in notes]
    asked = _instructions_under_the_date(tail)  # （联系人：…。县市场监督管理局请将…于6月21日…前报送至同一邮箱。）
    body_lines, tail = body_lines + [_unbracketed(ln) for ln in asked], [ln for ln in tail if ln not in asked]
    below = _deadline_under_the_date(tail)  # （材料报送截止时间：3月28日（星期一）下午5时。联系人：…）
    sections = _attachment_sections(tail, titles)
    if not sections:  # 附件1 / 附件2 headings between the body and the issuer's name
        before_issuer = _bare_attachment_heading(body_lines)
        sections = _attachment_sections(body_lines[before_issuer:], titles) if before_issuer else {}
        body_lines = body_lines[:before_issuer] if sections else body_lines
    return Layout(
        title=title,
        addressee=addressee,
        body=close_up(reflow(body_lines)),
        notice_date=_date(lines[date_at]) if date_at is not None else None,
        issuer=issuer,
        attachment_titles=titles,
        attachments=sections or _inline_attachment(body_lines),
        doc_number=doc_number,
        deadline_line=deadline_line,
        deadline_line_at=deadline_line_at,
        deadline_under_the_date=below,
        issuers_above=tuple(ln.strip() for ln in lines[:min(_issuers_above(lines), title_end)]),
    )


# a 工作联系单 (or 通知单, 任务单): labelled fields, not a 关于…的通知: 主送单位：…, 事由：…, 内容：…, 日期：2095年6月15日
SHEET_FIELD = re.compile(r"^\s*(?P<label>主\s*送(?:\s*单\s*位)?|事\s*由|内\s*容|日\s*期)\s*[:：]\s*(?P<value>.*)$")
SHEET_END = re.compile(r"^\s*(?:回\s*复\s*意\s*见|签\s*收)")


def _contact_sheet(lines: list[str], doc_number: str) -> Layout | None:
    """A 工作联系单 read as a notice: its 事由 the title, its 主送单位 the addressee line, its 日期 the notice's date,
    the lines from 内容 to the date (报送时限：…, 报送方式：…) the body; the 回复意见 box after it left out."""
    fields: dict[str, tuple[int, str]] = {}
    for i, ln in enumerate(lines):
        m = SHEET_FIELD.match(ln)
        if m:
            fields.setdefault(re.sub(r"\s", "", m.group("label"))[:2], (i, m.group("value").strip()))
    if not {"主送", "事由", "日期"} <= set(fields) or any(re.search(r"(通知|通报|函)\s*$", ln) for ln in lines[:4]):
        return None
    date_at, date_text = fields["日期"]
    notice_date = _date(date_text) if DATE_LINE.match(date_text) else None
    start = fields["内容"][0] if "内容" in fields else fields["事由"][0] + 1
    body = [SHEET_FIELD.sub(lambda m: m.group("value"), ln) if i == start else ln for i, ln in enumerate(lines)]
    end = next((i for i in range(start, len(lines)) if SHEET_END.match(lines[i])), len(lines))
    body_lines = [ln for ln in body[start:min(date_at, end)] if ln.strip()]
    matter = re.sub(r"^关于|的(?:通知|函)$", "", fields["事由"][1])
    return Layout(title=f"关于{matter}的通知", addressee=fields["主送"][1], body=close_up(reflow(body_lines)),
                  notice_date=notice_date, issuer="", attachment_titles={}, attachments={}, doc_number=doc_number)


# the 附注 a notice puts under its date line (GB/T 9704), in brackets or not: still the notice's words
NOTE_LINE = re.compile(r"^\s*[(（]?\s*附\s*注\s*[:：]")


# a line right under the date line (before any 附件) that asks something sent by a day, in a bracket of its own or after
# a 注 / 另 label: `（联系人：…。县市场监督管理局请将…报告（Word），于6月21日…上午10时前报送至同一邮箱。）`, `注：请县…于
# 6月21日前将…报送…`, `附：请各成员单位于3月28日下午5时前将上述材料报送…`; or the day after a deadline's label
# (`（材料报送截止时间：3月28日（星期一）下午5时。联系人：郑主任）`, `报送期限：3月28日17时`: held-out 2988, the body
# saying `报送时间见文末`); the notice's words, as a 附注 is (contact details alone, a 附件's lines, an 印发日期, are not)
UNDER_THE_DATE = re.compile(r"^\s*(?:[(（].*[)）]|(?:注|备注|另|说明|附)\s*[:：].*)\s*$")
A_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
SENT_BY_A_DAY = re.compile(rf"{A_DAY}[^。；;]*?(?:报送|发送|上报|提交|报至|送至|报我)")
DEADLINE_LABELLED = re.compile(rf"(?:报送|上报|提交|截止)[^。；;，,：:]{{0,4}}(?:时间|期限|时限|日期)\s*(?:[:：]|为)\s*"
                               rf"(?P<when>{A_DAY}[^。；;，,()（）]*(?:[(（][^()（）]*[)）][^。；;，,()（）]*)*)")


def _instructions_under_the_date(tail: list[str]) -> list[str]:
    lines = []
    for ln in tail:
        if ATTACHMENT_HEADING.match(ln):
            break
        if UNDER_THE_DATE.match(ln) and SENT_BY_A_DAY.search(ln):
            lines.append(ln)
    return lines


def _deadline_under_the_date(tail: list[str]) -> str:
    """The day a labelled line under the date gives (`（材料报送截止时间：3月28日（星期一）下午5时。联系人：郑主任）`:
    `3月28日（星期一）下午5时`), read as a deadline line under the title is (draft.py: written where the body points to
    it, `报送时间见文末`, or the body's deadline when it gives none), or ""."""
    for ln in tail:
        if ATTACHMENT_HEADING.match(ln):
            break
        if UNDER_THE_DATE.match(ln) and (m := DEADLINE_LABELLED.search(ln)):
            return m.group("when").strip()
    return ""


def _unbracketed(line: str) -> str:
    s = line.strip()
    return s[1:-1] if s[:1] in "(（" and s[-1:] in ")）" else s


# 会　议　纪　要 / 第3期 / 建昌县…办公室　　2165年3月5日 / 关于…的会议纪要: a meeting's minutes, read as a notice
MINUTES_HEAD = re.compile(r"^\s*(?:[\u4e00-\u9fa5]{0,12}(?:会\s*议)?\s*纪\s*要|专\s*题\s*会\s*议\s*纪\s*要)\s*$")
DATED_HEADER = re.compile(r"^(?P<issuer>\S.{1,40}?)\s{2,}(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$")


def _minutes(lines: list[str], doc_number: str) -> Layout | None:
    """A 会议纪要 whose 议定事项 ask units to send something: its title line (关于…的会议纪要) read as a notice's, its date
    the header's (the issuing office and the day on one line under 第N期), no addressee line (the units are named
    in the items), the body what follows the title."""
    head = lines[:6]
    if not any(MINUTES_HEAD.match(ln) for ln in head):
        return None
    title_at = next((i for i, ln in enumerate(lines[:10]) if re.search(r"纪要\s*$", ln) and not MINUTES_HEAD.match(ln)), None)
    dated = next((m for ln in lines[:8] if (m := DATED_HEADER.match(ln.strip().replace("\t", "  ")))), None)
    if title_at is None:
        return None
    matter = re.sub(r"^关于|的?(?:会议|专题会议)?纪要$", "", lines[title_at].strip())
    return Layout(title=f"关于{matter}的通知", addressee="", body=close_up(reflow(lines[title_at + 1:])),
                  notice_date=_date(dated.group("date")) if dated else None, issuer=dated.group("issuer") if dated else "",
                  attachment_titles={}, attachments={}, doc_number=doc_number)


CO_ISSUER = re.compile(r"[\u4e00-\u9fa5()（）]{4,30}(?:局|公司|分公司|办公室|政府|委员会|中心|管委会|协会|联合会|院|站|所|队)")


def cells_apart(line: str) -> str:
    """A table typed with runs of spaces (序号　工作内容　　时间节点　　责任单位): its cells joined by
    tabs, as a Word table's are, so that each row stays a line of its own. Three cells at least:
    one wide gap (联系人：白雪松　　联系电话) is no table."""
    cells = re.split(r" {2,}|\t", line.strip())
    return "\t".join(cells) if len(cells) >= 3 else line


def _doc_number_apart(lines: list[str]) -> tuple[list[str], str]:
    """The 文号 line among the head's lines (above or under the title), taken out so that it is
    glued neither to the title nor to the addressee line that follows it."""
    for i, ln in enumerate(lines[:6]):
        if DOC_NUMBER_LINE.match(ln):
            return lines[:i] + lines[i + 1:], ln.strip()
    return lines, ""


# 关于报送…的通知（建车服发〔2171〕3号）: the 文号 in brackets after the title, on its line; a 工作提示 / 工作提醒 ends a title
# as a 通知 does (`title_forms`)
TITLE_END = re.compile(r"(?:通知|通报|函|提示|提醒|提示单|提醒单)\s*(?:[(（][^()（）]{0,20}[〔\[【]\s*\d{4}\s*[〕\]】]\s*\d{1,4}\s*号\s*[)）])?\s*$")


def _title_end(lines: list[str]) -> int:
    for i, ln in enumerate(lines[:4 + _issuers_above(lines)]):
        if TITLE_END.search(ln):
            return i
        tail = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if ln.strip().startswith("关于") and 0 < len(tail) <= 3 and TITLE_END.search(ln.strip() + tail):
            return i + 1  # …的补充通 / 知: a PDF's line broken inside the title's last word
    return 0


def _issuers_above(lines: list[str]) -> int:
    """建昌县农业农村局 / 建昌县市场监督管理局 / 建昌县公安局 / …: a joint notice's issuers, a line each above its title."""
    return next((i for i, ln in enumerate(lines[:8]) if not ADDRESSEE_NAME.fullmatch(ln.strip())), 8)


# …现就报送有关事项通知如下： — the body's first sentence, not an addressee line
LEAD_IN = re.compile(r"(?:通知|说明|明确|安排|要求|提示)如下\s*[:：]\s*$")
LISTED_ADDRESSEE_MAX = 15  # one addressee per line (县教育局 / 县民政局 / … / 县市场局：): short lines


def _addressee(lines: list[str], start: int) -> tuple[str, int]:
    """The 主送 line(s) up to the one ending in a colon: a long one wraps in a PDF (joined as
    it stands), or the addressees stand one per line (joined with 、). A first line opened by a label saying whom the
    notice is to (致：县政府各部门、各直属机构, 主送：…) is the addressee line, its closing colon or not."""
    if start < len(lines) and (labelled := SALUTATION_LABEL.match(lines[start].strip())):
        return labelled.group("who").strip(), start + 1
    for i in range(start, min(start + 12, len(lines))):
        ln = lines[i].strip()
        if (len(ln) > 80 and not _names_only(ln)) or "。" in ln or (i - start >= 3 and len(ln) > LISTED_ADDRESSEE_MAX) \
                or LEAD_IN.search(ln):
            break
        if ln.endswith((":", "：")):
            block = [x.strip() for x in lines[start:i + 1] if x.strip()]
            listed = len(block) > 1 and all(len(x) <= LISTED_ADDRESSEE_MAX and not x.endswith(("、", "，", ","))
                                            for x in block)
            return ("、" if listed else "").join(block).rstrip(":：").strip(), i + 1
    return "", start


# 致：县政府各部门、各直属机构 — the salutation opened by its label, the names after it not a sentence
SALUTATION_LABEL = re.compile(r"^(?:致|主送(?:单位)?)\s*[:：]\s*(?P<who>[^。；;:：]{2,80}?)\s*[:：]?$")
ADDRESSEE_NAME = re.compile(r"[\u4e00-\u9fa5()（）]{2,30}(?:局|委|办|办公室|中心|分局|政府|管委会|镇|乡|单位|部门|机构|公司|院|馆|所|站|队|会|社)")


def _names_only(line: str) -> bool:
    """县发展和改革局、县工业和信息化局、…、市生态环境局建昌分局：ten units written out in full: a long line, and
    still the addressees (every piece a unit's name, the line ending in a colon)."""
    pieces = re.split(r"[、，,;；]", line.strip().rstrip(":："))
    return line.strip().endswith((":", "：")) and len(pieces) >= 3 and all(ADDRESSEE_NAME.fullmatch(p.strip()) for p in pieces)


CLOSING_ADDRESSEE = re.compile(r"^\s*主送(?:单位)?\s*[:：]\s*(?P<who>.+?)\s*[。.;；]?\s*$")
# 发送：建昌镇人民政府，建昌县民政局。 — the 版记's other word for its 主送 (a 党委 office's notice), and 分送：… the
# older one (a …文件 with no 主送 line, its body asking 分送单位), read only under the date line: in the body a line so
# opened tells where or how to send (发送：jcxf@163.com, 发送：以电子邮件形式)
SENT_TO_IN_THE_FOOT = re.compile(r"^\s*[发分]\s*送(?:\s*单\s*位)?\s*[:：]\s*(?P<who>[^@:：]+?)\s*[。.;；]?\s*$")
# 发送：以电子邮件形式…, 发送：至县委办邮箱: how or where a thing is sent, not to whom
HOW_IT_IS_SENT = re.compile(r"^(?:以|通过|用|经|至|到|往|邮件|电子|纸质)")
# each name of the list: a body's name, maybe with its bracket (开发区管委会, 各乡镇（街道）), no sentence
SENT_TO_NAME = re.compile(r"[\u4e00-\u9fff()（）]{2,30}")


def _names_sent_to(line: str) -> str:
    """The list of a 版记's 发送 / 分送 line (发送：建昌镇人民政府，建昌县民政局。), or "" for any other line."""
    m = SENT_TO_IN_THE_FOOT.match(line)
    if not m or HOW_IT_IS_SENT.match(m.group("who")):
        return ""
    names = re.split(r"\s*[、，,;；]\s*", m.group("who"))
    return m.group("who") if all(SENT_TO_NAME.fullmatch(n) for n in names) else ""


def _closing_addressee(lines: list[str], under_the_date: list[str]) -> str:
    """A notice that names its addressees only in a 主送 block after the date line
    (主送：县政府各部门、各直属机构。 / 抄送：…), or in the 版记's 发送 / 分送 line under it."""
    for ln in lines:
        m = CLOSING_ADDRESSEE.match(ln)
        if m:
            return m.group("who")
    return next((who for ln in under_the_date if (who := _names_sent_to(ln))), "")


def _date(line: str) -> dt.date | None:
    groups = DATE_LINE.match(line).groups()
    y, m, d = groups[:3] if groups[0] else groups[3:]
    try:
        return dt.date(cn_int(y), cn_int(m), cn_int(d))
    except ValueError:  # 2024年13月5日: not a date line
        return None


def _first_attachment_heading(lines: list[str], start: int) -> int:
    """Without a date line: where the 附件 sections start (the first bare 附件N heading
    after the body's 附件 list)."""
    seen_list = False
    for i in range(start, len(lines)):
        m = ATTACHMENT_HEADING.match(lines[i])
        if not m:
            continue
        if seen_list and not m.group(2):
            return i
        seen_list = True
    return len(lines)


def _bare_attachment_heading(body_lines: list[str]) -> int:
    """Where a 附件 section starts inside the body: a line that is only `附件N`, after the
    body's `附件：` list, or a line `附件` with a table under its title (0: none)."""
    listed = False
    for i, ln in enumerate(body_lines):
        if re.match(r"^\s*附\s*件\s*[:：]", ln):
            listed = True
        elif listed and re.fullmatch(r"\s*附\s*件\s*\d+\s*", ln):
            return i
        elif re.fullmatch(r"\s*附\s*件\s*\d*\s*", ln) and any("\t" in nxt for nxt in body_lines[i + 1: i + 4]):
            return i  # 附件 / 报送单位名单 / 序号 单位名称 …: the one 附件, written out before the issuer
    return 0


def reflow(lines: list[str]) -> str:
    """Join lines a PDF (or a wrapped text) broke inside a sentence; a table's rows
    (cells joined by tabs) stay lines of their own."""
    out: list[str] = []
    for ln in lines:
        s = ln.strip()
        if out and not re.search(r"[。;:；：!！?？]\s*$", out[-1]) and not NEW_LINE_START.match(s) \
                and not re.search(r"(通知|通报)\s*$", out[-1]) and not HEADING.match(out[-1]) \
                and "\t" not in out[-1] and "\t" not in s and not an_address_ends_it(out[-1], s) \
                and not in_a_list_of_names(out) \
                or out and an_address_broken_from_its_label(out[-1], s) \
                or out and _a_verb_broken_from_its_place(out[-1], s):  # …发送 / 至上述邮箱：
            out[-1] += s
        else:
            out.append(s)
    return "\n".join(out)


# …说明（Word格式）发送 / 至上述邮箱：: the place a sending verb goes to, on the next line, reads as a label (邮箱：) but
# is the sentence's end (held-out 3159)
SENDING_VERB_AT_THE_END = re.compile(r"(?:发送|报送|上报|提交|报|送|发)\s*$")
PLACE_OPENING = re.compile(r"^(?:至|到)[^\t]{0,20}[:：]\s*$")


def _a_verb_broken_from_its_place(line: str, next_line: str) -> bool:
    return "\t" not in line and bool(SENDING_VERB_AT_THE_END.search(line) and PLACE_OPENING.match(next_line))


def _attachment_list(body_lines: list[str]) -> dict[str, str]:
    """附件：1.… 2.… (or a single 附件：title) as the body lists them; 附：… is the same list, shortened."""
    for i, ln in enumerate(body_lines):
        m = re.match(r"^\s*附\s*件?\s*[:：]\s*(.*)$", ln)
        if not m:
            continue
        items = [m.group(1)] if m.group(1).strip() else []
        if items and not re.match(r"^\s*\d+\s*[.、．]", items[0]):
            items = items[:1]  # 附件：成员单位名单 then 1.县退役军人局 …: that one 附件's content, below
        else:
            for nxt in body_lines[i + 1:]:
                if re.match(r"^\s*\d+\s*[.、．]", nxt):
                    items.append(nxt)
                else:
                    break
        titles = {}
        for n, item in enumerate(items, 1):
            mm = re.match(r"^\s*(\d+)\s*[.、．]\s*(.+)$", item)
            num, title = (mm.group(1), mm.group(2)) if mm else (str(n), item)
            titles[f"附件{num}"] = title.strip()
        return titles
    return {}


def _inline_attachment(body_lines: list[str]) -> dict[str, str]:
    """附件：成员单位名单 with its content right below it (a numbered list, a table, a list of
    names), before the issuer and the date line: the one 附件, written out in the body."""
    for i, ln in enumerate(body_lines):
        m = re.match(r"^\s*附\s*件\s*[:：]\s*(\S.*)$", ln)
        if not m or re.match(r"^\s*\d+\s*[.、．]", m.group(1)):
            continue
        rows = [r for r in body_lines[i + 1:] if r.strip()]
        if written := attachment_line.list_on_the_label_line(m.group(1)):  # 附件：…名单：谷杖子乡、巴什罕乡、…
            return {"附件1": written}
        return {"附件1": "\n".join([m.group(1), *rows])} if rows else {}
    return {}


def _attachment_sections(lines: list[str], titles: dict[str, str]) -> dict[str, str]:
    """The 附件 sections after the date line. A section starts at its heading (附件1), or,
    when a listed 附件 has no heading, at the line that repeats its title."""
    starts: list[tuple[int, str]] = []
    for i, ln in enumerate(lines):
        m = ATTACHMENT_HEADING.match(ln)
        if m and (not m.group(2) or len(m.group(2)) < 40):
            name = f"附件{m.group(1) or (len(starts) + 1)}"
            if name not in dict((n, 0) for _, n in starts):
                starts.append((i, name))
    named = {n for _, n in starts}
    for name, title in titles.items():
        if name in named:
            continue
        key = _compact(title)
        for i, ln in enumerate(lines):
            if key and _compact(ln) == key and not any(s == i or s == i - 1 for s, _ in starts):
                starts.append((i, name))
                break
    if not starts and lines and titles and not _a_forwarded_notice(lines):
        starts = [(0, next(iter(titles)))]
    starts.sort()
    sections = {}
    for k, (i, name) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        sections[name] = "\n".join(lines[i:end])
    return sections


def _a_forwarded_notice(lines: list[str]) -> bool:
    """The lines after the date open as a notice of their own (葫芦岛市教育局… / 关于开展…的通知): the notice a 转发 notice
    forwards, printed after it, no 附件 it lists."""
    return any(re.match(r"^\s*关于.{2,80}的(?:通知|意见|方案|函)\s*$", ln) for ln in lines[:5])


def _compact(s: str) -> str:
    return re.sub(r"[\s“”\"'《》]", "", s)


def close_up(text: str) -> str:
    """Spaces between Chinese characters and digits (a PDF's text layer: 10 月15 日) removed;
    only for running text — in a 附件 table a space may separate two units."""
    return re.sub(rf"(?<=[{_CJK}\d]) +(?=[{_CJK}\d])|(?<=[{_CJK}]) +(?=[{_CJK}\w])|(?<=\d) +(?=[{_CJK}])", "", text)
