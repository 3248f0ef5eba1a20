"""What a unit types into the mail itself, with no file for it: `将联络员的姓名、职务和手机号码直接写在邮件正文中…，无需另附表格`,
`联络员姓名、职务和手机号码请在邮件正文中注明`. The person's name, post and phone are one answer typed in the mail (one
field), not a names field beside a phone field; and the 表格 said not to be attached (无需另附表格) is no part. Names and
phones said without 邮件正文 (in a 回执, a 报名表) keep their parts as the tables that hold them."""

from __future__ import annotations

import re

# 联络员姓名、职务和手机号码请在邮件正文中注明: the person's particulars said, then the mail body they go in; 并在邮件正文中
# 注明领队姓名和手机号码: the mail body first, then what is typed in it
IN_THE_MAIL_BODY = re.compile(r"(?:姓名|联络员|联系人)[^。；;]{0,20}?(?:邮件|电子邮件)正文"
                              r"|(?:邮件|电子邮件)正文(?:中|内|里)?(?:注明|写明|列明|填写|写上)[^。；;，,]{0,12}?(?:姓名|联络员|联系人)")
# 无需另附表格, 不需附表, 不用另行附件: a file the notice says not to attach
NO_FILE = re.compile(r"(?:无需|不需|不用|不必|不须)要?(?:另行|另外|另|单独)?(?:附|附上|附带|制作)(?:表格|表|附件|文件)")


def not_a_file(name: str) -> bool:
    """无需另附表格 read as a material's name: the file the notice says not to attach."""
    return bool(NO_FILE.search(name))


def typed_in_the_mail(text: str, parts: list[dict]) -> list[dict]:
    """The names field and the phone field as one field where the notice has them typed in the mail body."""
    if not IN_THE_MAIL_BODY.search(text):
        return parts
    names = next((p for p in parts if p["kind"] == "field" and p["id"] == "names"), None)
    phones = next((p for p in parts if p["kind"] == "field" and p["id"] == "contact"), None)
    if not (names and phones):
        return parts
    phones["title"] = names["title"].removesuffix("姓名") + "姓名及联系电话"
    return [p for p in parts if p is not names]


# 于10月21日下班前回复邮件：无差异的回复“无异议”，有差异的在邮件正文中列明: the answer is typed in the reply, no file asked
REPLY_TYPED = re.compile(r"回复邮件\s*[:：,，]?[^。；;]{0,30}?(?:回复|注明|写明|说明)\s*[“\"](?P<nil>[^”\"]{1,8})[”\"]")

A_FILE_ELSE = re.compile(r"《|附件|Excel|EXCEL|excel|Word|WORD|word|PDF|pdf|表格|扫描件")


def a_typed_reply(text: str) -> dict | None:
    """The one field a 回复邮件 asks where the notice gives the words to type (回复“无异议”): those words, or what the
    mail body lists in their place."""
    m = REPLY_TYPED.search(text)
    if not m or A_FILE_ELSE.search(text[m.end():]):
        return None  # 核实无误的回复“核实无误”；有误的在《核实表》中修改后发送: the sheet is still sent
    return {"id": "reply", "title": f"回复“{m.group('nil')}”或在邮件正文中列明情况", "kind": "field",
            "pattern": re.escape(m.group("nil")) + "|差异|不一致|问题"}
