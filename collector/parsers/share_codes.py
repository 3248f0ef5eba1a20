"""The 提取码 of a cloud-drive share, read as a clerk reads it.

A link given with its code (``链接：https://pan.wo.cn/s/jgx33y6by68g 提取码：kbj3``) is a drive's share, whichever the
drive: only a share asks a code to open. A share whose code the sender says is to come later (``提取码稍后电话告知``),
none given in the mail nor in the link (``?pwd=``), cannot be opened from the mail: a person gets the code first.
"""

from __future__ import annotations

import re

CODE_WORD = r"(?:提取码|提取密码|访问码|访问密码)"
# 提取码：kbj3, 提取码: 7m3q, 访问码是x7k2
CODE_GIVEN = re.compile(CODE_WORD + r"\s*(?:[:：]|是|为)?\s*[A-Za-z0-9]{4,8}(?![A-Za-z0-9])")
_LATER = r"(?:稍后|随后|另行|之后|过后|晚些|晚点|回头|单独|明天|明日)"
_BY = r"(?:再)?(?:通过|用)?(?:电话|短信|微信|QQ)?"
_TELL = r"(?:告知|告诉|通知|发送|发给|发来|发|提供|补发|补充)"
CODE_TO_FOLLOW = re.compile(
    CODE_WORD + r"\s*[:：]?\s*(?:会|将)?" + _LATER + _BY + _TELL  # 提取码稍后电话告知
    + r"|" + CODE_WORD + r"\s*[:：]?\s*(?:另发|(?:通过|用)?(?:电话|短信|微信)(?:告知|告诉|通知))"  # 提取码另发, 提取码电话告知
    + r"|" + _LATER + _BY + _TELL + r"(?:您|你|贵办)?" + CODE_WORD  # 稍后电话告知提取码
)
_URL = re.compile(r"https?://[^\s<>\"'）)，。]+")
NEAR = 40  # characters after a link its code is looked for in: the rest of the line, or the next


def shares_given_with_a_code(text: str) -> list[str]:
    """The addresses followed closely (before any other link) by a 提取码: shares of a drive, named or not."""
    found: list[str] = []
    links = list(_URL.finditer(text))
    for n, m in enumerate(links):
        end = min(m.end() + NEAR, links[n + 1].start() if n + 1 < len(links) else len(text))
        if CODE_GIVEN.search(text, m.end(), end):
            found.append(m.group(0).rstrip(".,;:"))
    return found


def code_to_follow(text: str) -> bool:
    """The sender says a share's code comes later and gives none in the text."""
    return bool(CODE_TO_FOLLOW.search(text)) and not CODE_GIVEN.search(text)


def locked(share: str) -> bool:
    """A share address carries no code of its own (Baidu's ``?pwd=`` opens it)."""
    return "pwd=" not in share.lower()


AWAITING_CODE_NOTE = "。网盘链接的提取码写明另行告知，链接未计入报送情况，请取得提取码后下载归档"
