"""A notice asking for opinions on a draft (征求意见): what a unit sends back.

The 征求意见稿 (送审稿, 讨论稿, 草案) is the office's own paper, sent out with the notice: no part asks it back, unless
the notice asks for it marked up (修订模式, 批注). Where the notice lets a unit with nothing to say type so in the mail
(`无修改意见的，在邮件正文中注明“无意见”即可`, `无意见的，也请回复“无意见”`), the answer is one field — the opinions, in the
form the notice names or typed, or the words 无意见 — not a file every unit must send. Where the 无意见 goes on the form
only (`无修改意见的，在反馈表中注明“无意见”，签字盖章后反馈`), the form stays a document part; so does a stamped scan the
opinions are asked on when the 无意见 clause names no place (`将加盖公章的《意见反馈表》扫描件…发送。无修改意见的，也请反馈
“无意见”`: the 无意见 comes on that stamped form too).
"""

from __future__ import annotations

import re

from ..requirements import DraftRequirement

DRAFT_PAPER = re.compile(r"(?:征求意见|送审|讨论|审议)稿$|草案$")
MARKED_UP = re.compile(r"修订模式|批注|修改痕迹|标注修改")
# 无修改意见的，在邮件正文中注明“无意见”即可 / 无意见建议的，也请反馈“无意见”
NIL_SAID = re.compile(r"无(?:修改|反馈)?意见(?:建议)?的[^。；;]{0,40}?(?:回复|反馈|注明|说明|告知|写明)[^。；;“\"]{0,4}"
                      r"[“\"]无(?:修改)?意见(?:建议)?[”\"]")
ON_THE_FORM = re.compile(r"(?:表|函)(?:中|上|内)注明")
IN_THE_MAIL = re.compile(r"邮件|正文|即可")
# 加盖单位公章的《意见反馈表》扫描件, 书面意见（加盖公章）扫描后: opinions asked on a stamped paper, which a typed word
# in the mail cannot stand for, unless the notice says the 无意见 goes in the mail
STAMPED_SCAN = re.compile(r"(?:盖章|公章)[^。；;]{0,30}?(?:扫描|PDF|pdf)")
OPINION = re.compile(r"意见|建议|反馈表|征集表")
# 反馈对《…（征求意见稿）》的修改意见, 提出书面意见: the opinions a unit gives on the draft, named after it
OPINIONS_ON_IT = re.compile(r"(?:稿|草案)[》”」]?\s*[)）]?[》”」]?\s*的\s*(?P<what>(?:修改|书面|反馈)?意见(?:建议|和建议)?)")
FORMAT_SUFFIX = re.compile(r"(?:Word版|盖章PDF版|盖章扫描件（PDF）|（PDF）)$")
ANSWERED = ["无意见", "无修改意见", "修改意见", "意见建议", r"第.{1,4}条"]


def answers_to_a_draft_for_comment(body: str, requirements: list[DraftRequirement], unsettled: list[str]) -> None:
    """Drop the draft sent out from what each requirement asks; make the opinions one field where 无意见 may be typed."""
    for r in requirements:
        _without_the_draft_sent_out(r)
    if not _nil_may_be_typed(body):
        return
    in_the_mail = _nil_typed_in_the_mail(body)
    for r in requirements:
        if not in_the_mail and STAMPED_SCAN.search(r.said):
            continue  # 将加盖公章的《意见反馈表》扫描件…发送。无修改意见的，也请反馈“无意见”: on the stamped form too
        if _opinions_as_a_field(r):
            unsettled.append(f"通知允许无意见的单位在邮件中注明“无意见”：要求“{r.title}”已记为一项文字信息（发来意见、反馈表或"
                             "写明“无意见”均算报送），请核对；如部分单位还须报送签字盖章的反馈表，请为它们另加一项要求")


def _without_the_draft_sent_out(r: DraftRequirement) -> None:
    if MARKED_UP.search(r.said):
        return  # 请在征求意见稿上以修订模式提出修改意见后发回: the draft, marked up, is the answer
    kept = [p for p in r.parts if not DRAFT_PAPER.search(p["title"].removesuffix("Word版"))]
    if not kept and (asked := OPINIONS_ON_IT.search(r.said)):  # 反馈对《…（征求意见稿）》的修改意见: the opinions alone
        r.parts = [{"id": "doc", "title": asked.group("what"), "kind": "document", "words": [asked.group("what")]}]
        r.title, r.hints = asked.group("what"), [h for h in r.hints if not DRAFT_PAPER.search(h)] or [asked.group("what")]
        return
    if kept and len(kept) < len(r.parts):
        r.parts = kept
        r.title = "及".join(t for t in r.title.split("及") if not DRAFT_PAPER.search(t)) or r.title
        r.hints = [h for h in r.hints if not DRAFT_PAPER.search(h)]


def _nil_may_be_typed(body: str) -> bool:
    """A clause letting a unit answer 无意见, not on the form only."""
    return any(not ON_THE_FORM.search(m.group(0)) for m in NIL_SAID.finditer(body))


def _nil_typed_in_the_mail(body: str) -> bool:
    """A 无意见 clause saying it goes in the mail itself (在邮件正文中注明“无意见”即可), not only 也请反馈“无意见”."""
    return any(IN_THE_MAIL.search(m.group(0)) for m in NIL_SAID.finditer(body))


def _opinions_as_a_field(r: DraftRequirement) -> bool:
    """The requirement's opinion papers (意见, 反馈表, 征集表) as one field, found by the opinions' words, the papers'
    names, or 无意见, wherever the mail says them."""
    papers = [p for p in r.parts if p["kind"] == "document" and OPINION.search(p["title"] + "".join(p.get("words", [])))]
    if not papers:
        return False
    names = list(dict.fromkeys(FORMAT_SUFFIX.sub("", p["title"]) for p in papers))
    words = [w for p in papers for w in p.get("words", []) if OPINION.search(w)]
    pattern = "|".join(dict.fromkeys([*ANSWERED, *(re.escape(w) for w in words)]))
    field = {"id": "opinion", "title": "、".join(names) + "或邮件注明“无意见”", "kind": "field", "pattern": pattern}
    r.parts = [field, *(p for p in r.parts if p not in papers)]
    return True
