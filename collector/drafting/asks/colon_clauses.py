"""A sentence naming the material once before a colon and giving each group of senders its own date after it:
`附件所列乡镇按批次报送《撂荒地整治台账》（Excel格式）和整治前后对比照片：列为第一批的乡镇于9月17日前报送；列为第二批的乡镇于9月24日
前报送。` Each clause after the colon sends the material the head names, and its own senders only (the head's 附件所列乡镇
are the groups taken together): the line is written as the clauses, each with that material after its verb. A clause
naming a material of its own, or a head naming none or setting a date, leaves the line as written. Clauses apart by
commas naming no senders (`每轮检查后报送《…记录表》（Excel格式）：第一轮于4月9日前报送，第二轮于5月14日前报送`) keep the head,
whose senders send every one. The same head before comma-led dated clauses
(`…统计表》（Excel格式），第二季度于6月26日前报送，第三季度于9月25日前报送`) gives each later clause its material
(material_of_the_head)."""

from __future__ import annotations

import re

from .. import requirements as req

SENDS = r"(?:报送|上报|提交|发送|报)"
DATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[\d一二三四五六七八九十]\s*[日号]")
# …按附件中确定的批次报送《台账》和照片：: the head's object, after its last sending verb
HEAD = re.compile(r"^(?P<head>[^:：。；;]*" + SENDS + r")(?P<what>[^:：。；;" + r"]{2,80})[:：](?P<rest>[^\n]+)$")
BARE_END = re.compile(SENDS + r"\s*[。.]?\s*$")
# 将《摸底表》（Excel格式）发送至…邮箱：: what is sent is the 将 object, the words after the verb only say where to
PUT_OBJECT = re.compile(r"[将把](?P<what>[^，,将把]{2,80}?)" + SENDS + r"$")


def clauses_with_the_heads_material(text: str) -> str:
    """``text`` with each line of that shape written as its clauses, each sending the head's material."""
    return "\n".join(_written_out(line) for line in text.split("\n"))


def _written_out(line: str) -> str:
    m = HEAD.match(line.strip())
    if not m or DATED.search(m.group("head") + m.group("what")) or not req.material_names(m.group("head") + m.group("what")):
        return line
    clauses = [c for c in re.split(r"[；;]", m.group("rest")) if c.strip()]
    if len(clauses) < 2:
        return _rounds_written_out(m) or line
    if not all(_bare_dated(c) for c in clauses):
        return line
    what = _what_is_sent(m)
    return "；".join(BARE_END.sub(lambda end: end.group().rstrip("。. ") + what, c.strip()) for c in clauses) + "。"


def _what_is_sent(m: re.Match) -> str:
    """The head's material: the words after its verb, or the 将 object before it when those only say where to."""
    what = m.group("what").strip()
    put = PUT_OBJECT.search(m.group("head"))
    return put.group("what") if put and not req.material_names(what) and req.material_names(put.group("what")) else what


def _bare_dated(clause: str) -> bool:
    return bool(DATED.search(clause) and BARE_END.search(clause)) and not req.material_names(clause)


def _rounds_written_out(m: re.Match) -> str:
    """各乡镇每轮检查后报送《记录表》（Excel格式）：第一轮于4月9日前报送，第二轮于5月14日前报送。: clauses apart by commas, each
    a date of the same senders (a round, a batch), naming none of their own: the head is kept (it says who sends), each
    clause sending its material; "" for a line not of that shape."""
    clauses = [c for c in re.split(r"[，,]", m.group("rest")) if c.strip()]
    if len(clauses) < 2 or not all(_bare_dated(c) for c in clauses):
        return ""
    what = _what_is_sent(m)
    dated = "，".join(BARE_END.sub(lambda end: end.group().rstrip("。. ") + what, c.strip()) for c in clauses)
    return f"{m.group('head')}{m.group('what').strip()}：{dated}。"


# 第三季度于9月25日前报送: a clause with its own date and a bare verb, naming nothing sent
BARE_DATED_CLAUSE = re.compile(r"^[^，,。；;]{0,12}?于[^，,。；;]{2,30}?前?" + SENDS + r"\s*[，,。；;.]?\s*$")


def material_of_the_head(head: str, clause: str) -> str:
    """`各乡镇按季度报送《…统计表》（Excel格式），第二季度于6月26日前报送，第三季度于9月25日前报送`: a later dated clause
    naming nothing (``clause``) sends what the sentence's undated head (``head``, the words before the first date)
    names, in its format; "" when the clause names a material of its own or is more than a date and a verb, or the head
    names none or sets a date."""
    if not BARE_DATED_CLAUSE.match(clause.strip()) or req.material_names(clause) or DATED.search(head):
        return ""
    return head if req.material_names(head) else ""
