"""Stamped papers and their scans: which material the 盖章 / 签章 / 扫描件 / PDF words of a sentence are about, whether
a paper is sent as its scan alone, and the file a stamped paper comes as (PDF, or OFD where the notice names it).
Read by `parts.parts_for`."""

from __future__ import annotations

import re

# 扫描件, 盖章扫描件, PDF扫描件, 加盖公章扫描件: a scan naming no paper of its own (样本户调整名单（加盖公章扫描件）: the 名单's);
# 盖章后以扫描件 (《…说明》盖章后以扫描件方式报送): the stamping, then the scan the paper is sent as
# 加盖公章后扫描件, 盖章后的扫描件: the same scan made after the stamp (held-out 2920, 2934)
BARE_SCAN = re.compile(r"^(?:PDF|pdf)?(?:(?:盖章|签章|(?:加盖|盖)(?:单位)?(?:公章|印章)的?)(?:后以|后作为|后的?)?)?(?:PDF|pdf)?扫描件$")


# 公章 / 盖章 / 签章, and a seal of another kind said by its name: 骑缝章 (across the pages' edge, as vouchers and
# contracts are sealed), a stamp all the same
STAMP = r"盖章|公章|签章|骑缝章"
NO_STAMP = re.compile(r"(?:不需|无需|不用|不必|不要|不需要|不须)(?:要)?(?:加)?盖?$")


# （不接受PDF、Word格式）, （请勿使用图片格式）: formats a bracket refuses
NOT_ACCEPTED = re.compile(r"[(（](?:不接受|不收|不得|请勿|勿|不要|不能|不可)(?:使用|采用|用|以)?[^()（）]{0,12}?"
                          r"(?:PDF|pdf|Word|WORD|word|Excel|EXCEL|excel|WPS|wps|OFD|ofd|格式|扫描件|图片)[^()（）]{0,8}[)）]")
# （Excel格式，不要转成PDF）, （Word格式；请勿扫描）: a format a bracket refuses after the one it asks, a clause of its own
REFUSED_AFTER_THE_FORMAT = re.compile(r"[，,；;]\s*(?:不接受|不收|不得|请勿|勿|不要|不能|不可|无需|不需要?|不必|不用)"
                                      r"(?:再)?(?:转成|转为|转换成|转换为|转|另存为|存为|使用|采用|用|以)?[^()（），,；;]{0,8}?"
                                      r"(?:PDF|pdf|OFD|ofd|扫描件|扫描|图片)[^()（），,；;]{0,6}(?=[)）])")


def without_formats_refused(text: str) -> str:
    """The text without the formats a bracket refuses: whole where it opens with the refusal (（不接受PDF、Word格式）), the
    clause alone where it follows the format asked (（Excel格式，不要转成PDF） → （Excel格式）): a format let off is no format
    asked, and no stamped PDF is read from it."""
    return REFUSED_AFTER_THE_FORMAT.sub("", NOT_ACCEPTED.sub("", text))


# 以OFD版式文件报送: the fixed-layout format of a paper stamped with an electronic seal, sent instead of a PDF
OFD = re.compile(r"OFD|ofd")


def stamped_formats(text: str) -> list[str]:
    """A stamped paper's file: a PDF, or an OFD where the notice names it (both where it names both)."""
    if not OFD.search(text):
        return ["pdf"]
    return ["pdf", "ofd"] if re.search(r"PDF|pdf", text) else ["ofd"]


def bundle_of_the_bracket(text: str, name: str, names: list[str]) -> bool:
    """项目申报材料（项目申报汇总表，Excel格式；加盖公章的项目申报文件，PDF扫描件）: a 材料 whose bracket names the things it is
    made of is those things, no file of its own (`报名材料（Word格式，含领队、队员名单…）`: the one file); the things its
    bracket names after 附 are sent beside it (`典型经验材料（Word格式，1500字左右，附2-3张照片）`: a document, and photos)."""
    if not re.search(r"(?:材料|资料)$", name):
        return False
    m = re.search(re.escape(name) + r"\s*[(（](?P<inside>[^()（）]{4,80})[)）]", text)
    if not m:
        return False
    inside = m.group("inside")
    return any(n != name and n in inside and not re.search(r"附[^，,；;]{0,6}?" + re.escape(n), inside) for n in names)



# 以上材料电子版发送至…，报告需加盖单位公章: a stamp clause whose subject is a bare kind of paper (报告, 台账, 表 …)
KIND_STAMPED = re.compile(r"^\s*(?P<kind>报告|台账|表格?|清单|名册|名单|方案|总结)(?:均)?(?:须|需|需要|应|要)?(?:加盖|盖)")


def stamped_material(text: str, names: list[str]) -> str | None:
    """What the 盖章 / 扫描件 / PDF words are about: the material named nearest before them
    ("" when the sentence says 盖章 but names nothing before it; None without such words)."""
    m = next((m for m in re.finditer(STAMP + r"|扫描件|PDF|pdf|OFD|ofd|(?<=签字后)扫描|(?<=签名后)扫描", text)
              if not NO_STAMP.search(text[max(0, m.start() - 6):m.start()])), None)
    if not m:
        return None  # 电子版不需盖章, 不需加盖公章: no stamped copy asked
    if (kind := KIND_STAMPED.match(re.split(r"[，,。；;:：]", text[:m.start()])[-1])) \
            and not any(n.endswith(kind.group("kind")) for n in names):
        return None  # …排查台账 | 4月20日前，以上材料…，报告需加盖单位公章: the 报告 stamped, no paper of this one's
    if stamped := _stamped_named_after(text[m.end():], names):
        return stamped  # 经项目法人盖章的度汛方案: the paper the 的 clause describes
    scans = [n for n in names if "扫描件" in n]
    if scans:
        return scans[0]  # 案卷扫描件: the scan is the material
    best, best_pos = "", -1
    for n in names:
        pos = text.rfind(n, 0, m.start())
        if pos > best_pos and not re.search(r"照片|图片|截图|影像", n):
            best, best_pos = n, pos
    return best


# 《直补资金发放情况说明》（Word格式，加盖公章）: the paper's own bracket, a clause of its Word file and one stamping it
OWN_BRACKET = re.compile(r"\s*》?\s*[(（](?P<inside>[^()（）]{2,40})[)）]")
WORD_FILE_CLAUSE = re.compile(r"^(?:(?:须|需|请|均)?(?:为|用|以|使用|采用))?(?:Word|WORD|word|WPS文字)(?:版本?|格式|文档|文件)?$")
STAMPING_CLAUSE = re.compile(r"^(?:须|需|需要|应|并|请)?(?:经?[\u4e00-\u9fa5]{0,8}签字(?:并|和|、)?)?"
                             r"(?:加盖|盖)[\u4e00-\u9fa5]{0,6}?(?:公章|印章|章)$|^(?:须|需|并)?(?:签字)?盖章$")
# 扫描, PDF, OFD, 盖章版: a stamped copy of the paper, a file apart from its Word one
A_STAMPED_COPY = re.compile(r"扫描|PDF|pdf|OFD|ofd|版式|盖章版|盖章件|或")


def stamped_in_its_word_file(text: str, name: str) -> bool:
    """《…情况说明》（Word格式，加盖公章）: the bracket right after the paper gives its file as Word and, in a clause of its
    own, the stamp it bears: one Word file, stamped (a clerk takes its PDF too), not a stamped scan. Not when the bracket
    or the rest of the sentence asks a scan or a PDF of it (（Word格式，加盖公章后扫描）, （Word版及盖章PDF版）, （Word版和盖章版）)."""
    at = text.find(name) if name else -1
    m = OWN_BRACKET.match(text, at + len(name)) if at >= 0 else None
    if not m:
        return False
    clauses = [c.strip() for c in re.split(r"[,，;；、]", m.group("inside"))]
    rest_of_the_sentence = re.split(r"[。；;]", text[m.end():], maxsplit=1)[0]
    return (any(WORD_FILE_CLAUSE.match(c) for c in clauses) and any(STAMPING_CLAUSE.match(c) for c in clauses)
            and not A_STAMPED_COPY.search(m.group("inside") + rest_of_the_sentence))


# 抽检报告加盖公章的PDF扫描件: the stamp said between the paper and its scan
SCAN_STAMP = r"(?:盖章|签章|(?:经?签字(?:并|和)?)?(?:加盖|盖)(?:单位)?(?:公章|印章|骑缝章|章)的?)"


# 将公示情况报告加盖单位公章，以扫描件（PDF格式）形式…报送 (held-out 2767), 将整改报告经…签字并加盖公章后，以PDF扫描件形式,
# 将《…说明》盖章后以扫描件方式: the paper stamped, then sent in the form of its scan (以 / 作为 … 扫描件; 形式 / 方式 after it
# or not): the scan is that paper's, the stamp said of the paper right after its name
SENT_IN_THE_FORM_OF_A_SCAN = (r"》?\s*(?:经[^，,。；;《》]{0,16}?)?" + SCAN_STAMP + r"后?\s*[，,]?\s*(?:以|作为)\s*(?:PDF|pdf)?\s*扫描件")


# 检测报告盖章后的扫描件, 鉴定报告加盖公章后的扫描件, 统计年报表封面经单位主要负责人签字并加盖公章后的扫描件: the paper (or a
# page of it: 封面 / 首页 / 签字页 …) stamped or signed, then the scan made after it (后的 / 后): that paper's scan alone, the
# paper no file of its own (held-out 2920, 2934, 2925; `检测报告（Word格式）及盖章后的扫描件` names the report apart: two)
PAGE_OF_IT = r"(?:封面|封皮|首页|扉页|签字页|签章页|盖章页|签批页|审批页)"
SCANNED_AFTER_THE_STAMP = (r"》?\s*" + PAGE_OF_IT + r"?\s*(?:经[^，,。；;《》()（）]{0,16}?)?(?:" + SCAN_STAMP
                           + r"|签字|签名)后的?\s*(?:PDF|pdf)?\s*扫描件"
                           + r"(?![^，,。；;、]{0,12}?(?:(?i:word|excel)|电子版|可编辑))")  # …扫描件及Excel版: its sheet too (1297)


def sent_as_its_scan(text: str, names: list[str]) -> str | None:
    """加盖公章的《评估医师推荐名单》扫描件: the paper named right before a bare 扫描件 is sent as that scan only (no Word or
    Excel copy of it), a 的 between them too (推荐人选申报表的扫描件（PDF格式，…）: the form's scan, held-out 3562), so is
    the paper whose own bracket opens with it (样本户调整名单（加盖公章扫描件）) the paper stamped and then sent 以扫描件形式
    (``SENT_IN_THE_FORM_OF_A_SCAN``) and the paper stamped with its scan made after (检测报告盖章后的扫描件:
    ``SCANNED_AFTER_THE_STAMP``); None when no bare scan follows a name."""
    if not any(BARE_SCAN.match(n) for n in names):
        return None
    return next((n for n in names if not BARE_SCAN.match(n)
                 and (re.search(re.escape(n) + r"》?\s*(?:的\s*)?[(（]?\s*(?:PDF|pdf)?\s*" + SCAN_STAMP
                                + r"?\s*(?:PDF|pdf)?\s*扫描件", text)
                      or re.search(re.escape(n) + OWN_BRACKET_SAYS_SCAN, text)
                      or re.search(re.escape(n) + SENT_IN_THE_FORM_OF_A_SCAN, text)
                      or re.search(re.escape(n) + SCANNED_AFTER_THE_STAMP, text))), None) \
        or _signed_before_its_scan_is_sent(text, names)


# 《…确认单》（附件2，单位负责人签字并加盖公章的扫描件）, 《…确认单》（附件2，村委会盖章）扫描件: the paper's own bracket ends
# on its scan, or the scan follows the bracket, nothing in the bracket asking another copy (及Excel版, Word版和…)
COPY_FORMS = r"Word|WORD|word|Excel|EXCEL|excel|电子版|可编辑"
ANOTHER_COPY = rf"(?!及|和|与|{COPY_FORMS})"
OWN_BRACKET_SAYS_SCAN = (rf"》?\s*[(（](?:{ANOTHER_COPY}[^()（）]){{0,30}}?(?:扫描件\s*[)）]"
                         rf"|[)）]\s*(?:PDF|pdf)?扫描件)(?!\s*(?:和|及|与|、)\s*(?:{COPY_FORMS}))")


# 填写《信用村推荐表》，经…签字并加盖公章后，将扫描件（PDF格式）于9月16日前发送: the scan alone is what 将 sends (仅报送盖章扫描件: said so;
# …原件报送县自然资源局，扫描件发送至邮箱: a clause of its own mails the scan)
SCAN_ALONE_SENT = re.compile(r"将(?:其|该表)?\s*(?:PDF|pdf)?(?:盖章|签章)?(?:PDF|pdf)?扫描件\s*(?:[(（][^()（）]{0,12}[)）])?\s*"
                             r"(?:于|在|发送|报送|上报|提交|发至|报至)|(?:仅|只)(?:需|须)?(?:报送|发送|上报|提交)(?:PDF|pdf)?(?:盖章|签章)?扫描件"
                             r"|[，,；;]\s*(?:同时)?(?:盖章|签章)?扫描件\s*(?:发送|报送|上报|提交|发至|报至|传至)")


def _signed_before_its_scan_is_sent(text: str, names: list[str]) -> str | None:
    """The paper filled in, signed or stamped before a sentence sends only its scan (将扫描件…发送): the paper named
    last before that 将, sent as the scan; None when the 将 sends more than the scan."""
    m = SCAN_ALONE_SENT.search(text)
    if not m or not re.search(r"签字|签名|" + STAMP, text[: m.start()]):
        return None
    before = [(text.rfind(n, 0, m.start()), n) for n in names if not BARE_SCAN.match(n)]
    at, name = max(before, default=(-1, None))
    return name if at >= 0 else None


def _stamped_named_after(rest: str, names: list[str]) -> str:
    """加盖公章的《承诺书》, 盖章的度汛方案: a stamp said of the material the 的 clause leads to, not of the one
    named before it."""
    m = re.match(r"[^，,。；;、()（）]{0,8}?的\s*《?", rest)
    if not m:
        return ""
    return next((n for n in sorted(names, key=len, reverse=True) if rest[m.end():].startswith(n)), "")
