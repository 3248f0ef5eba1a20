"""A password sent in a mail of its own.

A unit that locks its zip (`已加密压缩，解压密码另行发送`) often sends the password minutes later in a mail of nothing
else: subject `密码`, one line `解压密码：jyj0419`. That mail brings no material: it is ignored, its reason saying it
opens an earlier mail's archive (the mail with the locked zip stays for a person, who opens it with this password). A
mail that says anything more — a figure, a question, a sentence that is not a greeting or a sign-off — is read as any
other.
"""

from __future__ import annotations

import re

from collector.model import Match
from collector.match.text import content_lines
from collector.parsers.passwords import PASSWORD_RE, passwords_in

# what may stand beside the password: the archive it opens, and courtesy (请查收, 谢谢)
BESIDE_A_PASSWORD = re.compile(r"(?:前|上|刚才|刚刚|今天|上午|下午)?(?:一封|发送的|发的|所发)?(?:邮件|压缩包|压缩文件|附件|文件)(?:的)?"
                               r"|解压|密码|如下|请查收|查收|请收|谢谢|您好|你好|打开|用于|[为是]")
SALUTATION = re.compile(r"[\u4e00-\u9fa5（）()]{2,30}[:：]")
SIGN_OFF = 16  # characters of a sign-off line (建昌县教育局办公室, a name)


def only_a_password(parsed, own: str) -> bool:
    """A mail without files whose sender's own words ``own`` give a password and, beside it, nothing but a salutation,
    a sign-off and words about the archive it opens."""
    if parsed.attachments or not passwords_in([parsed.subject or "", own]):
        return False
    if re.search(r"[?？]|请问|是否", own):
        return False
    lines = [PASSWORD_RE.sub("", ln) for ln in content_lines(own)]
    if lines and SALUTATION.fullmatch(lines[0]):
        lines = lines[1:]
    rest = [re.sub(r"[\s，,。.；;：:！!、（）()]", "", BESIDE_A_PASSWORD.sub("", ln)) for ln in lines]
    rest = [ln for ln in rest if ln]
    return len(rest) <= 2 and all(len(ln) <= SIGN_OFF and not re.search(r"\d", ln) for ln in rest)


def password_only(parsed, own: str, signals: list[str], cid: str | None = None, unit: str | None = None,
                  confidence: float = 1.0) -> Match | None:
    """The mail ignored when it only gives a password (its unit known or not), else None."""
    if not only_a_password(parsed, own):
        return None
    return Match(cid, unit, [], "ignored", f"非报送邮件：{unit or '发件人'}只发来解压密码，用于打开此前所发邮件中的加密压缩包，"
                                           f"没有可登记的材料（那封邮件请用此密码解压后处理）", confidence, signals)
