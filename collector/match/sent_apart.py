"""A password sent in a mail of its own.

A unit that locks its zip (`已加密压缩，解压密码另行发送`) often sends the password minutes later in a mail of nothing
else: subject `密码`, one line `解压密码：jyj0419`. That mail brings no material: it is ignored, its reason saying it
opens an earlier mail's archive (the mail with the locked zip stays for a person, who opens it with this password). A
mail that says anything more — a figure, a question, a sentence that is not a greeting or a sign-off — is read as any
other. A share's 提取码 sent the same way (`提取码：z8x6`, after `提取码稍后告知`) is ignored alike: the status counts
the earlier mail's share from then on (status/mails.py codes_sent_apart).
"""

from __future__ import annotations

import re

from collector.model import Match
from collector.match.text import content_lines
from collector.parsers.passwords import PASSWORD_RE, passwords_in
from collector.parsers.share_codes import CODE_GIVEN

# what may stand beside the password or code: the archive or share it opens, and courtesy (请查收, 谢谢)
BESIDE_A_PASSWORD = re.compile(r"(?:前|上|刚才|刚刚|今天|上午|下午)?(?:一封|发送的|发的|所发)?"
                               r"(?:邮件|压缩包|压缩文件|附件|文件|百度网盘|网盘|云盘|链接|视频|照片)(?:的)?"
                               r"|解压|密码|如下|请查收|查收|请收|谢谢|您好|你好|打开|用于|[为是]")
SALUTATION = re.compile(r"[\u4e00-\u9fa5（）()]{2,30}[:：]")
SIGN_OFF = 16  # characters of a sign-off line (建昌县教育局办公室, a name)


def only_a_password(parsed, own: str) -> bool:
    """A mail without files whose sender's own words ``own`` give a password and, beside it, nothing but a salutation,
    a sign-off and words about the archive it opens."""
    return bool(passwords_in([parsed.subject or "", own])) and _nothing_else(parsed, own, PASSWORD_RE)


def only_a_share_code(parsed, own: str) -> bool:
    """The same for a share's 提取码 (网盘链接的提取码：z8x6), the share itself not in the mail."""
    given = CODE_GIVEN.search(f"{parsed.subject or ''} {own}")
    return bool(given) and "http" not in own and _nothing_else(parsed, own, CODE_GIVEN)


def _nothing_else(parsed, own: str, given: re.Pattern) -> bool:
    if parsed.attachments or re.search(r"[?？]|请问|是否", own):
        return False
    lines = [given.sub("", ln) for ln in content_lines(own)]
    if lines and SALUTATION.fullmatch(lines[0]):
        lines = lines[1:]
    rest = [re.sub(r"[\s，,。.；;：:！!、（）()]", "", BESIDE_A_PASSWORD.sub("", ln)) for ln in lines]
    rest = [ln for ln in rest if ln]
    return len(rest) <= 2 and all(len(ln) <= SIGN_OFF and not re.search(r"\d", ln) for ln in rest)


def password_only(parsed, own: str, signals: list[str], cid: str | None = None, unit: str | None = None,
                  confidence: float = 1.0) -> Match | None:
    """The mail ignored when it only gives a password or a share's 提取码 (its unit known or not), else None."""
    who = unit or "发件人"
    if only_a_share_code(parsed, own):  # first: 提取密码 is a share's, not an archive's
        return Match(cid, unit, [], "ignored", f"非报送邮件：{who}只发来网盘提取码，用于打开此前所发邮件中的网盘链接，"
                                               f"没有可登记的材料（那封邮件如已归档，其链接随之计入报送情况）", confidence,
                     signals)
    if only_a_password(parsed, own):
        return Match(cid, unit, [], "ignored", f"非报送邮件：{who}只发来解压密码，用于打开此前所发邮件中的加密压缩包，"
                                               f"没有可登记的材料（那封邮件请用此密码解压后处理）", confidence, signals)
    return None
