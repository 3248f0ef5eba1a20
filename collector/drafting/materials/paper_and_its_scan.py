"""A paper named on its own beside its scan: two files, the paper and the scan of it.

年度报告（Word格式）、加盖单位公章的年度报告扫描件（PDF格式）asks the Word report and its stamped scan both: the name
年度报告 sits inside 年度报告扫描件, and is still a material of its own, as 年度报告 beside 年度报告统计表 is (`requirements.
_report_in_table_name`). Where the paper is named only inside its scan's name (将年度报告扫描件发送), the scan alone is asked. A paper formed in its
own Word bracket, its scan sent as well in the next clause (形成年度报告（Word格式），同时将…年度报告扫描件（PDF格式）一并报送),
is two files too. So is a paper in its Word bracket named again (by its name or its name's end) as the next item of the
list, stamped, with a bracket saying its scan: 年度报告（Word格式）、加盖单位公章的年度报告（PDF扫描件）(held-out 3085).
"""

from __future__ import annotations

import re

# 年度报告扫描件, 年度报告盖章扫描件, 年度报告PDF扫描件: the paper's name, then the scan of it
SCAN_OF_IT = re.compile(r"(?:盖章|签章|PDF|pdf)?(?:PDF|pdf)?扫描件$")


# 、 / 和 / 及 / 与 / 以及: a list's joiner between the paper and its scan, both sent
JOINER = re.compile(r"、|和|及|与|以及")
# ，, 。, ；: a clause ends between them (形成自查报告（加盖单位公章），于…前将自查报告PDF扫描件…发送: the report formed, its scan sent)
CLAUSE_END = re.compile(r"[，,。；;]")


def a_paper_beside_its_scan(name: str, longer: str, text: str) -> bool:
    """``name`` is the paper ``longer`` is the scan of, and the text names it outside that scan's name in the same list
    the scan is sent in (年度报告（Word格式）、…的年度报告扫描件: two files; 年度报告扫描件 alone, or the paper formed in a
    clause before the one sending its scan: one)."""
    if not longer.startswith(name) or not SCAN_OF_IT.fullmatch(longer[len(name):]):
        return False
    scans = [m.start() for m in re.finditer(re.escape(longer), text)]
    return any(_listed_before(text, m.end(), at, m.start()) for m in re.finditer(re.escape(name), text)
               if m.start() not in scans for at in scans if at > m.start())


# 经乡主要负责同志签字并加盖乡政府公章的, 加盖单位公章的: who signs or stamps the scan, said before its name (the words
# right after the list's joiner, up to the scan)
SIGNED_OR_STAMPED = re.compile(r"[^、，,。；;]{0,30}(?:签字|签名|签章|盖章|公章|印章)[^、，,。；;]{0,6}的$")


# （Word格式）, （Word版）, （WPS文字或Word格式）, （电子版）: the paper's own bracket, right after its name, says a file that
# can be edited
OWN_EDITABLE_BRACKET = re.compile(r"\s*[(（][^()（）]{0,16}?(?:Word|WORD|word|WPS|wps|docx|doc|电子版|可编辑)[^()（）]{0,16}[)）]")
# ，同时将 / ，并将 / ，同时报送 / ，另附: the next clause sends the scan as well as the paper
ALSO_SENT = re.compile(r"[，,]\s*(?:同时|并|另外|另|此外)(?:将|把|报送|上报|提交|发送|附上|附)?")


# 年度报告（Word格式）要全面反映…等情况: the paper opening its sentence, the rest of its clause what it is to say
WHAT_IT_SAYS = re.compile(r"\s*(?:要|应|须|需|应当|需要|必须)[^，,。；;]{0,80}")
SENTENCE_START = re.compile(r"(?:^|[。；;\n])\s*$")


def _also_sent_after(text: str, paper_end: int, between: str, paper_start: int = -1) -> bool:
    """The paper formed in its own editable format (形成年度报告（Word格式）), then the next clause sending its scan as well
    (，同时将主要负责人签字并加盖公章的年度报告扫描件…一并报送, held-out 2899): the Word file and the scan, two files. So too
    the paper opening its sentence, its clause saying what it is to hold (年度报告（Word格式）要全面反映…等情况，同时报送…
    年度报告扫描件（PDF格式）, held-out 2951)."""
    also = ALSO_SENT.match(between)
    if not also and paper_start >= 0 and SENTENCE_START.search(text[:paper_start]) \
            and (says := WHAT_IT_SAYS.match(between)):
        also = ALSO_SENT.match(between, says.end())
    return (bool(OWN_EDITABLE_BRACKET.match(text, paper_end)) and bool(also)
            and (also.end() == len(between) or bool(SIGNED_OR_STAMPED.fullmatch(between, also.end()))))


def _listed_before(text: str, paper_end: int, scan_start: int, paper_start: int = -1) -> bool:
    """The words between the paper and its scan, brackets aside, join two items of one list: a joiner, no clause's end;
    the scan's own 的-phrase of who signed or stamped it (…、经乡主要负责同志签字并加盖乡政府公章的年度报告扫描件, as
    above.py writes a numbered list's items out) counts for no length. Or the paper in its own Word bracket, its scan
    sent as well in the next clause (``_also_sent_after``)."""
    between = re.sub(r"[(（][^()（）]*[)）]", "", text[paper_end:scan_start])
    if _also_sent_after(text, paper_end, between, paper_start):
        return True
    joiner = JOINER.search(between)
    if joiner and SIGNED_OR_STAMPED.fullmatch(between, joiner.end()):
        between = between[:joiner.end()]
    return len(between) <= 20 and bool(joiner) and not CLAUSE_END.search(between)


# 、加盖单位公章的年度报告（PDF扫描件）, ；（2）经主要负责人签字并盖章的报告（扫描件，PDF格式）: the next item of the list (its joiner,
# or a clause's end and the item's number), the paper named again after who stamped it, a bracket saying its scan
ITEM_NUMBER = r"(?:[(（]\d{1,2}[)）]|\d{1,2}\s*[.．、])"
NAMED_AGAIN_STAMPED = re.compile(r"\s*(?:[;；,，]\s*)?(?:、|和|及|与|以及)?\s*" + ITEM_NUMBER + r"?\s*"
                                 r"(?P<stamp>[^、，,。；;()（）《》]{0,30}?(?:签字|签名|签章|盖章|公章|印章)[^、，,。；;()（）《》]{0,6}?的)?"
                                 r"\s*《?(?P<again>[^、，,。；;()（）《》]{2,40}?)》?\s*[(（](?P<bracket>[^()（）]{0,20})[)）]")


def named_again_as_its_scan(text: str, name: str) -> str:
    """``name`` in its own editable bracket (`年度报告（Word格式）`), the next item of the list naming it again, whole or
    by its name's end (`年度报告`, `报告`), its bracket saying a scan (`（PDF扫描件）`; a PDF when a stamp is said before it):
    the Word file and the stamped scan, two files. The name it is named again by; "" when it is not (another paper
    stamped, `加盖公章的承诺书（PDF扫描件）`, is not it)."""
    for m in re.finditer(re.escape(name), text) if name else ():
        bracket = OWN_EDITABLE_BRACKET.match(text, m.end() + text.startswith("》", m.end()))  # 《…报告》（Word版）
        again = bracket and NAMED_AGAIN_STAMPED.match(text, bracket.end())
        if again and name.endswith(again.group("again")) and _says_its_scan(again.group("bracket"), again.group("stamp")):
            return again.group("again")
    return ""


def _says_its_scan(bracket: str, stamp: str | None) -> bool:
    return "扫描件" in bracket or (bool(stamp) and bool(re.search(r"PDF|pdf|OFD|ofd", bracket)))
