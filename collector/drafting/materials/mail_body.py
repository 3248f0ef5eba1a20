"""What a unit types into the mail itself, with no file for it: `将联络员的姓名、职务和手机号码直接写在邮件正文中…，无需另附表格`,
`联络员姓名、职务和手机号码请在邮件正文中注明`, `姓名和手机号码直接写在邮件中`, `在邮件正文中按“单位+姓名+手机号码”格式填写`.
The person's name, post and phone are one answer typed in the mail (one field), not a names field beside a phone field;
the 表格 said not to be attached (无需另附表格) is no part, nor a document the notice says needs no file (`回执无需另附
文件`) or the asking item does not name. Names and phones said without the mail (in a 回执, a 报名表) keep their parts
as the tables that hold them."""

from __future__ import annotations

import re

# 姓名和手机号码直接写在邮件中: the mail itself, 正文 unsaid, where the particulars are written
WRITTEN_IN = r"(?:写在|写入|填在|填入|直接在)(?:电子)?邮件(?:中|内|里)"
# 联络员姓名、职务和手机号码请在邮件正文中注明: the person's particulars said, then the mail body they go in; 并在邮件正文中
# 注明领队姓名和手机号码: the mail body first, then what is typed in it
IN_THE_MAIL_BODY = re.compile(r"(?:姓名|联络员|联系人)[^。；;]{0,20}?(?:(?:邮件|电子邮件)正文|%s)"
                              r"|(?:邮件|电子邮件)正文(?:中|内|里)?(?:注明|写明|列明|填写|写上)[^。；;，,]{0,12}?(?:姓名|联络员|联系人)"
                              r"|(?:邮件|电子邮件)正文(?:中|内|里)?按[^。；;，,]{0,30}?(?:姓名|联络员|联系人)" % WRITTEN_IN)
# 无需另附表格, 不需附表, 不用另行附件: a file the notice says not to attach
NO_FILE = re.compile(r"(?:无需|不需|不用|不必|不须)要?(?:另行|另外|另|单独)?(?:附|附上|附带|制作)(?:表格|表|附件|文件)")


def not_a_file(name: str) -> bool:
    """无需另附表格 read as a material's name: the file the notice says not to attach."""
    return bool(NO_FILE.search(name))


# 在邮件正文中写明对接企业名称、岗位数量和月薪区间，无需另附文件: facts (not a person's) typed in the mail, no file at all
FACTS_IN_THE_BODY = re.compile(r"(?:邮件|电子邮件)正文(?:中|内|里)?(?:注明|写明|列明|填写|写上|说明)(?P<what>[^。；;，,]{2,40})")
# 将…开采量、回灌量数据直接在邮件正文中列明（无需另附文件）: the facts said first, then the mail body they are typed in
FACTS_BEFORE_THE_BODY = re.compile(r"[将把](?P<what>[^。；;，,将把]{2,60}?)(?:直接)?(?:在|于)(?:电子)?邮件正文(?:中|内|里)?"
                                   r"(?:注明|写明|列明|填写|写上|说明|列出)")


# 将本乡镇参训人员学习情况（参训人数、…）直接写在邮件正文中发送: written in the body, which says by itself no file goes
FACTS_WRITTEN_IN_THE_BODY = re.compile(r"[将把](?P<what>[^。；;，,将把]{2,60}?)(?:直接)?(?:写在|写入|填在|填入)(?:电子)?邮件正文(?:中|内|里)?")


# 学习情况（参训人数、结业考核合格人数、养殖户意见建议）: the facts, listed in the bracket after what they make up
FACTS_LISTED = re.compile(r"[(（](?P<facts>[^()（）]{2,40}、[^()（）]{2,40})[)）]")


def facts_typed_in_the_mail(text: str) -> dict | None:
    """One field for the facts an item has typed in the mail body where it says no file goes with them (without 无需另附
    文件 the mail body may only say what a file beside it is: it is left to the other rules)."""
    said = (m for m in (FACTS_IN_THE_BODY.search(text), FACTS_BEFORE_THE_BODY.search(text)) if m)
    m = next((m for m in said if NO_FILE.search(text[m.end():]) and not NO_FILE.match(m.group("what").lstrip("(（"))), None)
    if not m and (written := FACTS_WRITTEN_IN_THE_BODY.search(text)) and (listed := FACTS_LISTED.search(written["what"])):
        return _typed_field(written["what"][:listed.start()], re.split(r"、|和|及|以及|与", listed["facts"]))
    if not m or IN_THE_MAIL_BODY.search(text):
        return None
    what = re.sub(r"[(（][^()（）]*[)）]", "", m.group("what"))  # （10月1日至12月31日）: the period, no fact
    return _typed_field(what, re.split(r"、|和|及|以及|与", what))


def _typed_field(what: str, facts: list[str]) -> dict:
    """One field titled by what is typed, found in a mail by the last words of each fact."""
    facts = [re.sub(r"^.*(?:\d|年|季度|月份?)", "", f) or f for f in facts if f]
    facts = [re.sub(r"(?<=..)(?:数据|情况|信息)$", "", f) for f in facts]  # 回灌量数据: 回灌量 is what the mail says
    # 地热井开采量、回灌量数据; 本周完成投资额: the week is each mail's own
    title = EACH_MAILS_PERIOD.sub("", re.sub(r"^(?:本?辖区内?|本单位|本部门|本乡镇)", "", PERIOD.sub("", what))) or what
    return {"id": "typed", "title": title, "kind": "field", "pattern": "|".join(re.escape(f[-4:]) for f in facts)}


# 本周完成投资额: the week (or month) each mail of a recurring return reports on
EACH_MAILS_PERIOD = re.compile(r"^(?:本周|当周|上周|本月|当月|上月)")
PERIOD = re.compile(r"\d{4}\s*年度?(?:第?[一二三四1-4]季度|\d{1,2}\s*月份?|[上下]半年|全年)?")


# 以邮件正文形式报送, 通过邮件正文直接回复: the mail body is the form the thing is sent in, so no file goes with it
AS_THE_MAIL_BODY = r"(?:以|通过|用)(?:电子)?邮件正文(?:的)?(?:形式|方式)?(?:直接)?(?:报送|发送|上报|回复|反馈|报|发)"
# 将本周完成投资额（万元）及工程形象进度，以邮件正文形式报送: what 将 sends; 意见请以邮件正文形式直接回复: the thing fronted
# as the subject of its own clause
SENT_AS_THE_BODY = re.compile(r"[将把](?P<what>[^。；;将把]{2,60}?)[，,]?" + AS_THE_MAIL_BODY
                              + r"|(?:^|[。；;，,])\s*(?P<topic>[\u4e00-\u9fa5]{1,12}?)(?:请|须|需|应|均|一律)?" + AS_THE_MAIL_BODY)
# 将《统计表》发送至…，并以邮件正文形式…: a sending before the mail body ends what 将 sends; 并 / 同时 / 直接 name nothing
SENT_BEFORE = re.compile(r"报送|上报|发送|提交|发至|报至")
NO_THING = re.compile(r"^(?:并|且|同时|直接|另|另行|均|也|请|须|需|统一|一律|务必)+$")


def sent_as_the_mail_body(text: str) -> tuple[dict, str] | None:
    """The field for what the text sends as the mail body itself (以邮件正文形式报送), with the text less that clause
    (other files it names are still asked). A person's particulars so sent are left to ``typed_in_the_mail``."""
    if IN_THE_MAIL_BODY.search(text):
        return None
    for m in SENT_AS_THE_BODY.finditer(text):
        what = re.sub(r"[(（][^()（）]*[)）]", "", m.group("what") or m.group("topic")).strip(" ，,")  # （万元）: the unit
        if not what or NO_THING.match(what) or SENT_BEFORE.search(what):
            continue
        facts = re.split(r"、|和|及|以及|与", EACH_MAILS_PERIOD.sub("", what))
        start = m.start("what") - 1 if m.group("what") else m.start("topic")
        return _typed_field(what, facts), text[:start] + text[m.end():]
    return None


def field_sent_as_the_mail_body(text: str) -> dict | None:
    """The field alone of ``sent_as_the_mail_body``: what titles a requirement that names no material."""
    sent = sent_as_the_mail_body(text)
    return sent[0] if sent else None


def typed_in_the_mail(text: str, parts: list[dict]) -> list[dict]:
    """The names field and the phone field as one field where the notice has them typed in the mail body, and no
    document beside them that is no file of its own."""
    if not (typed := IN_THE_MAIL_BODY.search(text)):
        return parts
    item = _item_of(text, typed.start())
    return names_and_phones_as_one([p for p in parts if not _no_file_of_its_own(item, p)])


def names_and_phones_as_one(parts: list[dict], who: str = "") -> list[dict]:
    """The names field and the phone field as one field of the person (``who``, else the names field's): one answer."""
    names = next((p for p in parts if p["kind"] == "field" and p["id"] == "names"), None)
    phones = next((p for p in parts if p["kind"] == "field" and p["id"] == "contact"), None)
    if phones and not names and who and phones["title"] == "姓名及联系电话":
        phones["title"] = who + phones["title"]  # one field already, of no one said: the person the clause names
    if not (names and phones):
        return parts
    phones["title"] = (who or names["title"].removesuffix("姓名")) + "姓名及联系电话"
    return [p for p in parts if p is not names]


# 将联络员姓名、职务、手机号码直接写在邮件正文中, 邮件主题注明…: what a mail's body or subject says, written to the mailbox
MAIL_WRITTEN = re.compile(r"邮件(?:正文|主题)")


def a_mail_written(text: str) -> bool:
    """The text says what a mail's body or subject is to say: it is sent, with or without a verb of sending."""
    return bool(MAIL_WRITTEN.search(text))


# 联络员姓名、职务、手机号码, 带队领导的姓名和手机号码: a person's particulars, the person opening them after the clause's
# punctuation, 将 / 把 or a verb of sending (本单位 / 本乡镇 before the person no word of it), to the last phone word
# (…办公电话和手机号码)
PARTICULARS = re.compile(r"(?:(?<=[将把，,。；;：:])|(?<=报送|上报|发送|提交|填写|注明|写明|确定)|^)(?:本单位|本乡镇|本部门|本乡|本镇|各自)?"
                         r"(?P<what>(?P<who>(?![将把请])[\u4e00-\u9fa5]{2,8}?)的?姓名[^。；;，,]{0,24}"
                         r"(?:手机号码|联系电话|电话号码|手机号|手机|电话|联系方式))")


def particulars_asked(text: str) -> tuple[str, str] | None:
    """(what, who) of the person's particulars a clause asks, when it names no file (`将联络员姓名、职务、手机号码直接写在
    邮件正文中`, `通过邮件报送联络员姓名及手机号码`): what titles the requirement, who is its hint."""
    typed = FACTS_WRITTEN_IN_THE_BODY.search(text) or FACTS_BEFORE_THE_BODY.search(text)
    if typed and "姓名" not in typed["what"]:
        return None  # 将核实结果直接写在邮件正文中（格式为：账号+…+使用人姓名+手机号码）: the result is what is typed
    m = PARTICULARS.search(typed["what"] if typed else text)
    return (m["what"].replace("的姓名", "姓名"), m["who"]) if m else None


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


# 二、, （二）: where an item of the notice begins
ITEM_START = re.compile(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．]")


def _item_of(text: str, at: int) -> str:
    """The item of the notice that says the mail body, from its number to the next item's (a requirement's text may
    carry the items around it: 一、…发现非法采砂立即制止并报告，二、请…直接写在邮件中发送…，三、报送材料…)."""
    starts = [m.start() for m in ITEM_START.finditer(text, 0, at)]
    return text[starts[-1] if starts else 0:_next_item(text, at)]


def _next_item(text: str, at: int) -> int:
    """Where the next item after ``at`` begins (二、报送材料 after the item that says the mail body), the text's end
    when none does; a number in a bracket (（参训人数、…）) or a date is no item."""
    later = re.compile(r"(?:^|[。；;，,\n])\s*(?P<n>[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
    m = later.search(text, at)
    return m.start("n") if m else len(text)


def _no_file_of_its_own(text: str, part: dict) -> bool:
    """A document part beside particulars typed in the mail that is no file: one the notice says needs none
    (`回执无需另附文件，请…直接在邮件正文中…填写`), or one whose name the item that asks it does not say."""
    if part["kind"] != "document" or part.get("formats"):
        return False
    return bool(NO_FILE.search(text)) or part["title"] not in HEADING_OF_THE_ITEM.sub("", text, count=1)


# 一、活动回执。各乡镇…将联络员姓名…直接在邮件正文中填写报送: the item's heading names its topic, no file (its 。 may
# come made a ，; a clause with a sending verb in it is no heading)
HEADING_OF_THE_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])"
                                 r"[^。：:，,；;于将请报送填写发交]{2,12}[。：:，,]")
