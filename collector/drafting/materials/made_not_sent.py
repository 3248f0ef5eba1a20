"""A thing the units make for their own work (`对自查发现的问题建立台账`, `逐户制定改造方案`) is no material to send when the
clause names what it sends: right after its sending verb (`于…前报送整改情况报告`, `报送《秸秆禁烧巡查台账》`) or between 将 and that verb
(`于6月20日前将改造户清单（Excel格式）和加固改造户施工图（CAD格式）报送`). Named there itself, also by a shorter name
(`制定本乡镇…实施方案，于…前将实施方案发送`), or with nothing else named to send (`建立…台账（Excel格式），…一并发送`), it is sent.

What the units gather (`汇总全县中小学、幼儿园自查情况，于…前将下表所列材料发送`: 汇总 / 收集 opening the clause of the
name) is the matter of their work, read as made: no file of its own when the clause names what it sends. What they check
(`核实本单位掌握的文化产业单位名录，填写《文化产业单位名录核实表》（Excel格式）`: 核实 / 核对 / 核查 / 复核 opening the clause) is
what the form the clause has them fill in holds: no file of its own where a form is filled in.

A list the units decide (`确定慰问名单，填写《困难群众走访慰问花名册》（Excel格式）`) is written into the form the clause has
them fill in: no file of its own, unless a format is given for it (`确定…名单（Excel格式）`) or it is named as sent. So is a
ledger the units build (`二、建立重点人员台账。…填写《重点时段野外用火管控台账》（Excel格式）`) where the form filled in ends on
the same material word: the ledger built is kept in that form, no second sheet. So is one built where the clause forms a
paper and sends it by a bare verb (`逐项建立台账，…整改完成后形成《…整改情况报告》，于6月15日前报送`): the report is sent."""

from __future__ import annotations

import re

# 建立台账, 健全制度, 制定改造方案: made (kept) by the unit
MADE = re.compile(r"建立|建好|健全|完善|制定|制订")
# 汇总全县中小学、幼儿园自查情况: the clause of the name opens with gathering it (the name itself may start after a 、)
# (汇总表 is a name, 报送清查底册汇总表和…总结 sends both: no sending verb between)
GATHERED = re.compile(r"(?:汇总|收集)(?![表单册])(?:(?!报送|上报|发送|提交|填写|填报)[^，,。；;:：将把])*$")
# 核实本单位掌握的文化产业单位名录，填写《文化产业单位名录核实表》: the clause of the name opens with checking it (核实 /
# 核对 / 核查 / 复核): the list checked, what the form filled in holds (核实表, 核查报告, 核对意见 … are names)
CHECKED = re.compile(r"(?:核实|核对|核查|复核)(?![表单册意结情报记])(?:(?!报送|上报|发送|提交|填写|填报)[^，,。；;:：将把])*$")
# 报送整改情况报告, 报送《秸秆禁烧巡查台账》: the verb right before the name, or before the title mark it opens with
SENT_RIGHT_BEFORE = re.compile(r"(?:报送|上报|发送|提交|报来)《?$")
# 确定慰问名单: the units decide who is on it; 填写《…花名册》: the form filled in, where the names decided go
DECIDED = re.compile(r"确定")
FILLED_RIGHT_BEFORE = re.compile(r"(?:填写|填报|填入)《$")
# 将改造户清单（Excel格式）和…施工图（CAD格式，.dwg文件）报送: what 将 sends, brackets and all, up to the verb
OBJECT_OF_JIANG = re.compile(r"将(?P<what>(?:[^，,。；;将()（）]|[(（][^()（）]*[)）]){2,120}?)"
                             r"(?=报送|上报|发送|提交|报至|发至|报县)")


def made_before(text: str, start: int, material: int) -> bool:
    """The name from ``start`` to its material word at ``material`` says it is made (逐户制定改造方案)."""
    return bool(MADE.search(text[start:material]))


def gathered_before(text: str, start: int) -> bool:
    """The clause up to the name starting at ``start`` gathers it (汇总全县…、幼儿园自查情况): the work, not a file."""
    return bool(GATHERED.search(text[:start]))


def checked_before(text: str, material: int) -> bool:
    """The clause up to the material word at ``material`` checks it (核实本单位掌握的…名录, 核对本单位…花名册: the verb before
    the name or opening it): the matter of the form the clause fills in, as a gathered one is, no file of its own."""
    return bool(CHECKED.search(text[:material]))


def without_the_making(name: str) -> str:
    """问题建立整改台账 → 整改台账."""
    return MADE.split(name)[-1]


# 整改报告（Word格式）连同整改前后对比截图，于5月5日前发送至上述邮箱 / 整改情况说明（PDF格式）请于…前上报: a name heading its
# clause, then sent by a verb with no object of its own later in the sentence (nothing made, formed or taken by 将 between;
# not 一并 / 一同 / 同时 …发送, which sends all the sentence names)
CLAUSE_HEAD = re.compile(r"(?:^|[，,。；;:：\n])\s*$")
# …，于6月15日前报送: a sending verb later in the sentence with no object of its own, nothing taken by 将 / 把 before it
# and not sending all the sentence names (一并 / 一同 / 同时 / 连同 …发送)
BARE_VERB_LATER = (r"[^。；;将把]*?(?<!一并)(?<!一同)(?<!同时)(?<!连同)%s"
                   r"(?:报送|上报|发送|提交|报来)(?=$|[。；;，,]|至)")
SENT_LATER_IN_THE_SENTENCE = re.compile("^" + BARE_VERB_LATER % r"(?<!分别)")


def named_as_sent(text: str, at: int) -> bool:
    """The name starting at ``at`` is what the clause sends: right after its verb, inside what 将 sends, or heading its
    clause with the sending verb after it (`整改报告（Word格式）连同…截图，于…前发送至上述邮箱`)."""
    return bool(SENT_RIGHT_BEFORE.search(text[:at])) or any(
        m.start("what") <= at < m.end("what") for m in OBJECT_OF_JIANG.finditer(text)) or _sent_from_the_head(text, at)


# 整改报告（Word格式）连同…, 整改情况报告（Word格式）和…, 整改情况说明（PDF格式）请于…: a paper's name, then its format, a
# joiner or its date; not a word of a condition (`表格较多的可压缩后发送`: the files, if many, zipped; mixed48)
NAMED_THEN_SENT = re.compile(r"^[\u4e00-\u9fa5《》“”]{2,30}?(?:[(（][^()（）]{1,20}[)）]|》)\s*(?:连同|和|及|与|、|，|,|于|请|须|应|在|一并)")


# 各乡镇要建立台账，限期整改，整改情况于6月5日下午4点前报送: a name heading its clause, right before the date it is sent by
# (于 / 在, perhaps 请 / 须 … before it), no bracket or title mark of its own
NAMED_THEN_DATED = re.compile(r"^[\u4e00-\u9fa5]{2,30}?(?:请|须|需|应|要|务必)?(?:于|在)\s*(?:\d|[一二三四五六七八九十]{1,3}月)")


def _sent_from_the_head(text: str, at: int) -> bool:
    """A name heading its clause, the sentence sending it later by a bare verb, none made or formed on the way."""
    if not CLAUSE_HEAD.search(text[:at]) or not (NAMED_THEN_SENT.match(text[at:]) or NAMED_THEN_DATED.match(text[at:])):
        return False
    rest = SENT_LATER_IN_THE_SENTENCE.match(text[at:])
    return bool(rest) and not MADE.search(rest.group()) and not FORMING.search(rest.group())


# 形成《…整改情况报告》，于6月15日前报送 / 撰写…报告，于…前上报: a paper the clause forms, then sent by a verb with no object
FORMING = re.compile(r"形成|撰写|编制|编写|起草|填写|填报")
FORMED_RIGHT_BEFORE = re.compile(rf"(?:{FORMING.pattern})《?$")
SENT_BARE_AFTER = re.compile(r"^(?:[^。；;将把]*?[，,])?" + BARE_VERB_LATER % "")


def formed_and_sent(text: str, at: int, end: int) -> bool:
    """The name from ``at`` to ``end`` is a paper the clause forms (形成《…报告》) and then sends by a verb with no object
    of its own (…，于6月15日前报送。): what the clause sends, as one named after the verb is. 一并报送 after it sends all
    it names (建立…台账（Excel格式），并形成…报告（Word格式），于…前一并发送)."""
    return bool(FORMED_RIGHT_BEFORE.search(text[:at])) and bool(SENT_BARE_AFTER.match(text[end:].lstrip("》")))


def less_what_is_kept_beside_the_paper_formed(names: list[str], kept: dict[str, str], formed: set[str]) -> list[str]:
    """The names less the things made with no format of their own (逐项建立台账: name → its material word) where the
    clause forms a paper and sends it (形成《…整改情况报告》，于…前报送): the ledger is the units' work, the report is sent."""
    if not formed:
        return names
    return [n for n in names if n not in kept or n in formed] or names


def only_what_is_sent(names: list[str], made: set[str], sent: set[str]) -> list[str]:
    """The names less those made and not sent, when the clause names something it sends (else all of them). A thing
    sent by a shorter name is sent (制定本乡镇…实施方案，于…前将实施方案发送: the plan made)."""
    return _less_what_is_not_sent(names, made, sent) if sent else names


def decided_before(text: str, start: int, material: int) -> bool:
    """The name from ``start`` to its material word at ``material`` is a list the units decide (确定慰问名单)."""
    return bool(DECIDED.search(text[start:material]))


def without_the_deciding(name: str) -> str:
    """确定慰问名单 → 慰问名单."""
    return DECIDED.split(name)[-1]


def a_form_filled_in(text: str, at: int) -> bool:
    """The name starting at ``at`` is a form the clause has the units fill in (填写《…花名册》)."""
    return bool(FILLED_RIGHT_BEFORE.search(text[:at]))


def less_the_lists_decided(names: list[str], decided: set[str], filled: set[str], sent: set[str]) -> list[str]:
    """The names less the lists decided (确定慰问名单) when the clause has a form filled in, where they go; a list named
    as sent, also by a shorter name, stays."""
    return _less_what_is_not_sent(names, decided, sent) if filled else names


def less_what_is_kept_in_the_form(names: list[str], made: dict[str, str], filled: set[str]) -> list[str]:
    """The names less the things made (建立重点人员台账: name → its material word, 台账) that a form filled in of the same
    material word holds (填写《…管控台账》): the ledger is kept in the form."""
    return [n for n in names if not (n in made and any(f != n and f.endswith(made[n]) for f in filled))] or names


def _less_what_is_not_sent(names: list[str], dropped: set[str], sent: set[str]) -> list[str]:
    """The names less those ``dropped``, but for one named as sent, also by a shorter or longer name (all of them where
    nothing would be left)."""
    return [n for n in names if n not in dropped or any(n.endswith(s) or s.endswith(n) for s in sent)] or names
