"""A notice pasted from somewhere else, with that place's own lines around it.

- Quoted in a reply or forward (every line `> …`), or exported as Markdown (`**…**`, `# …`, `[附件1](https://…)`): the
  notice's own words without those marks.
- From the county portal: the page's furniture (【打印本页】【关闭窗口】, 上一篇 / 下一篇 with other notices'
  titles, the footer's 相关链接 / 主办单位 / 承办单位, which name roster units, 网站标识码, ICP numbers) is left out.
- From a work-group chat (“建昌县墙改工作群”的聊天记录): the notice is the longest message. Its title is the
  【…】 after ``@所有人``, its date the chat's day line above it (—— 2145年3月9日 ——), put after its sign-off
  where a notice has it; the members' replies (收到, a question, a new mailbox of their own) are left out.
"""

from __future__ import annotations

import re

WEB_PAGE_FURNITURE = re.compile(
    r"^\s*(?:【[^】\n]{1,8}】\s*)+$"
    r"|^\s*(?:上一篇|下一篇|相关链接|友情链接|主办单位|承办单位|协办单位|技术支持|网站标识码|版权所有|联系我们|当前位置|您当前的位置"
    r"|您现在的位置|浏览次数|分享到)\s*[:：]"
    r"|^\s*【\s*字体|ICP备\d|公网安备\s*\d")

# 县墙改办-孙立新  9:12 / 建昌镇-刘晓梅 9:20: a chat message's sender and time, on a line of their own
CHAT_SENDER = re.compile(r"^\s*[^\s\d:：，,。]{2,24}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
# ——————  2145年3月9日  ——————: the chat's day line
CHAT_DAY = re.compile(r"^\s*[—\-–=]{2,}\s*(?P<day>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^—\-–=]*[—\-–=]{2,}\s*$")
TO_EVERYONE = re.compile(r"^\s*@所有人\s*(?:【(?P<title>[^】]{4,80})】)?\s*")


def as_the_notice(text: str) -> str:
    return _the_chats_notice(_web_page_furniture_left_out(_markdown_left_out(_quote_marks_left_out(text))))


def _quote_marks_left_out(text: str) -> str:
    """A notice forwarded inside a mail, every line of it quoted (> 各乡镇人民政府：) under the forwarder's few lines
    (各位同志：…转给大家): the quoted lines without their marks, when most of the text is quoted."""
    lines = text.split("\n")
    quoted = [ln for ln in lines if ln.lstrip().startswith(">")]
    if len(quoted) < 5 or len(quoted) < 0.6 * len([ln for ln in lines if ln.strip()]):
        return text
    return "\n".join(re.sub(r"^\s*(?:>\s?)+", "", ln) for ln in quoted)


# a notice exported as Markdown (a web editor's 导出为 Markdown): **bold**, # headings, [附件1](https://…), numbered lists
MARKDOWN_SIGNS = re.compile(r"\*\*[^*\n]+\*\*|\]\((?:https?|mailto):")


def _markdown_left_out(text: str) -> str:
    if len(MARKDOWN_SIGNS.findall(text)) < 2:
        return text
    text = re.sub(r"\[([^\]\n]*)\]\((?:https?|mailto):[^)\s]*\)", r"\1", text)
    text = re.sub(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__", lambda m: m.group(1) or m.group(2), text)
    return re.sub(r"(?m)^\s{0,3}#{1,6}\s+", "", text)


def _web_page_furniture_left_out(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not WEB_PAGE_FURNITURE.search(line))


def _the_chats_notice(text: str) -> str:
    """The longest message of a pasted chat (three senders' lines or more), as a notice: title, body, date."""
    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if CHAT_SENDER.match(line)]
    chat = any(CHAT_DAY.match(line) for line in lines) or "聊天记录" in "".join(lines[:3])
    if len(heads) < 3 or not chat:  # a notice's own timetable (开幕式 9:00) is no chat
        return text
    messages = []
    for k, start in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        body = [line for line in lines[start + 1:end] if not CHAT_DAY.match(line)]
        day = next((m.group("day") for line in reversed(lines[:start]) if (m := CHAT_DAY.match(line))), "")
        messages.append((body, day))
    body, day = max(messages, key=lambda m: sum(len(line) for line in m[0]))
    if not body:
        return text
    first = TO_EVERYONE.match(body[0])
    if first:
        rest = body[0][first.end():].strip()
        body = ([first.group("title")] if first.group("title") else []) + ([rest] if rest else []) + body[1:]
    return "\n".join([*body, day] if day else body)
