"""A format named like a material: `《…普查登记表》（WPS表格）`. WPS表格 (like Excel表格, 电子表格, WPS文字, Word文档) is the
program the form is filled in, written in a bracket right after the form's name: it says the form's format and is no
second file. The same words standing as the thing sent (`将统计数据填入电子表格发送`) stay a material."""

from __future__ import annotations

import re

from ..words import DRAWING_NOUN
from .paper_and_its_scan import named_again_as_its_scan

SHEET_PROGRAM = r"WPS表格|Excel表格?|EXCEL表格?|excel表格?|电子表格"
WORD_PROGRAM = r"WPS文字|Word文档|WORD文档|word文档"
PROGRAM = re.compile(rf"(?:{SHEET_PROGRAM}|{WORD_PROGRAM})(?:格式|版|文件)?")


def only_a_format(text: str, name: str) -> bool:
    """``name`` is a program's name in a bracket right after another name (…登记表》（WPS表格）), also opening a later
    clause of it and followed by its file type or another format (…登记表》（见附件，WPS表格.et格式或Excel格式均可）), or
    the form something is sent in (以Excel表格形式报送)."""
    if not PROGRAM.fullmatch(name):
        return False
    if re.search(rf"(?:以|按|用){re.escape(name)}(?:的)?(?:形式|格式|方式)", text):
        return True  # 将…完成情况以Excel表格形式报送: the format of what is sent
    return bool(re.search(r"[\u4e00-\u9fa5》”][(（](?:[^()（）]*?[,，、;；])?\s*" + re.escape(name)
                          + r"\s*(?:[)）,，、或/]|[.．]?\s*[a-zA-Z]{2,4}\s*格式|格式)", text))


def program_format(bracket: str) -> str:
    """sheet or word for a bracket that names the program (（WPS表格）, （WPS文字）), else ""."""
    if re.search(SHEET_PROGRAM, bracket):
        return "sheet"
    return "word" if re.search(WORD_PROGRAM, bracket) else ""


# 扫描样张（TIF格式，分辨率不低于300dpi）: TIF is what a scanner writes; a file so given is a scan, whatever its name
SCAN_IMAGE = re.compile(r"TIFF?|tiff?")
SCAN_IMAGE_FORMATS = ["tif", "tiff"]


def a_scanned_image(bracket: str) -> bool:
    """The bracket after a name gives it a scanner's image format (TIF, TIFF)."""
    return bool(SCAN_IMAGE.search(bracket))


# 采石场位置示意地图（JPG格式，标注开采边界…）: a drawing asked as a picture is an image file of it, as a scan is one of a
# paper; photos (照片（JPG格式）) and screenshots keep their own kind
IMAGE = re.compile(r"JPE?G|jpe?g|PNG|png")
IMAGE_FORMATS = ["jpg", "jpeg", "png"]


def a_drawing_as_an_image(bracket: str, name: str) -> bool:
    """``name`` ends in a drawing's noun (示意地图, 规划图, 展板) or a design's (易拉宝设计稿) and the bracket after it
    gives an image format."""
    return bool(re.search(f"(?:{DRAWING_NOUN}|设计稿)$", name)) and bool(IMAGE.search(bracket))


# 宣传海报设计稿（PDF格式）: a PDF its bracket asks with no stamp, scan or signature in it is the file as made (a design
# exported), no stamped paper's scan (a stamp said elsewhere in the sentence, `（PDF格式），须加盖公章`, is still read as one)
PLAIN_PDF = re.compile(r"(?:PDF|pdf)\s*(?:格式|版|文件|文档)?")
PAPER_WORDS = re.compile(r"盖章|公章|签章|印章|骑缝章|扫描|签字|签名|拍照")
WHOLE_BRACKET = re.compile(r"\s*》?\s*[(（](?P<inside>[^()（）]{2,60})[)）]")


def a_plain_pdf(text: str, name: str, first: str) -> bool:
    """The bracket right after ``name`` (its first clause ``first``) asks a PDF, and neither it, the name nor its clause
    before the name says anything of a stamp or a scan (`加盖公章的推荐表扫描件（PDF格式）` is a scan)."""
    at = text.find(name) if name else -1
    m = WHOLE_BRACKET.match(text, at + len(name)) if at >= 0 else None
    said = re.split(r"[，,。；;]", text[:at])[-1] + name + (m.group("inside") if m else "")
    return bool(PLAIN_PDF.fullmatch(first.strip())) and bool(m) and not PAPER_WORDS.search(said)


def plain_pdf_brackets_left_out(text: str, names: list[str]) -> str:
    """``text`` without the plain PDF brackets after ``names``: their PDF words ask no stamped scan."""
    for name in names:
        at = text.find(name)
        if at >= 0 and (m := WHOLE_BRACKET.match(text, at + len(name))):
            text = text[: m.start()] + text[m.end():]
    return text


# 整治工作总结（Word版及加盖公章的PDF版）, （加盖公章的PDF版及Word版）: both copies asked, the Word one and the stamped
# scan (not 可Word或PDF, one file in either format; not 无需盖章)
BOTH_COPIES = re.compile(r"(?:Word|WORD|word|可编辑).{0,4}?(?:及|和|与|、|并|以及|加)(?!.{0,6}?(?:不|无|免)).{0,8}?"
                         r"(?:盖章|公章|签章|签字|扫描)"
                         # （加盖公章的PDF版及Word版）: the stamped scan named first
                         r"|(?<![不无免])(?:盖章|公章|签章)[^()（）或]{0,8}?(?:PDF|pdf|扫描件|扫描版)[^()（）或]{0,3}?"
                         r"(?:及|和|与|、|以及)\s*(?:Word|WORD|word|可编辑)"
                         # （Word和PDF各一份）: each copy one file, the PDF the signed one
                         r"|(?:Word|WORD|word)\s*(?:版|格式|文档)?\s*(?:及|和|与|、)\s*(?:PDF|pdf)\s*(?:版|格式)?\s*各\s*(?:一|1)\s*份"
                         r"|(?:PDF|pdf)\s*(?:版|格式)?\s*(?:及|和|与|、)\s*(?:Word|WORD|word)\s*(?:版|格式|文档)?\s*各\s*(?:一|1)\s*份")


# 确认表的可编辑Word版本 beside the 确认表 signed, stamped and scanned: the same form's Word copy, asked apart
WORD_COPY = r"的?(?:可编辑的?)?(?:Word|WORD|word)(?:版本?|文档|格式|文件)"


# 推荐表须加盖乡镇公章后扫描为PDF格式一并报送: the stamped scan sent along with what the sentence already sends
SCAN_ALONG = re.compile(r"扫描(?:为|成)?\s*(?:PDF|pdf)?\s*(?:格式|版|文件|件)?(?:后)?\s*(?:一并|一同|同时)(?:报送|发送|上报|提交)")


def a_word_copy_too(text: str, name: str, bracket: str) -> bool:
    """Beside its stamped scan, the material's Word copy is asked too: both in the bracket after it
    (`（Word版及加盖公章的PDF版）`, not `Word或PDF`), the form named again as its Word copy (`确认表的可编辑Word版本`),
    or its own bracket saying Word and its scan sent along (`推荐表（Word格式）…，推荐表须…扫描为PDF格式一并报送`) or made in
    the clause right after that bracket (`年度报告（Word格式），经…签字并加盖公章后扫描为PDF格式`), or named again as the
    list's next item, stamped, in a bracket saying its scan (`年度报告（Word格式）、加盖单位公章的年度报告（PDF扫描件）`)."""
    both = bool(BOTH_COPIES.search(bracket)) and "或" not in bracket
    return both or bool(re.search(re.escape(name[-3:]) + WORD_COPY, text)) or a_scan_sent_along(text, bracket) \
        or each_copy_one(text) or a_scan_attached_in_the_bracket(text, name) or scanned_after_its_bracket(text, name) \
        or bool(named_again_as_its_scan(text, name))


# 年度报告（Word格式），经主要负责人签字并加盖单位公章后扫描为PDF格式，连同资产报表…: the Word paper of its own bracket, then
# signed or stamped and scanned (转为 / 扫描成) to PDF in the clause after that bracket: its Word copy and its scan
SCANNED_AFTER_ITS_BRACKET = re.compile(r"\s*[(（]\s*(?:Word|WORD|word)\s*(?:版本?|文档|格式|文件)?\s*[)）]\s*[，,]"
                                       r"[^，,。；;()（）]{0,24}?(?:签字|签章|盖章|公章)\s*后\s*(?:扫描|转换?)(?:为|成)\s*(?:PDF|pdf)")


def scanned_after_its_bracket(text: str, name: str) -> bool:
    """``name`` in its own Word bracket, the next clause signing or stamping it and scanning it to PDF (2984, 2999)."""
    return bool(name) and any(SCANNED_AFTER_ITS_BRACKET.match(text, m.end())
                              for m in re.finditer(re.escape(name), text))


# 核查报告（Word版，另附加盖公章的PDF扫描件）: the bracket's first clause the Word copy, its next one the stamped scan attached
SCAN_ATTACHED = re.compile(r"[(（]\s*(?:Word|WORD|word)[^()（），,；;]{0,4}[，,；;]\s*(?:另|并|同时)?(?:附|附上|附带)"
                           r"[^()（）或]{0,10}?(?:盖章|公章|签章)[^()（）或]{0,6}?(?:扫描件|PDF|pdf)")


def a_scan_attached_in_the_bracket(text: str, name: str) -> bool:
    """The bracket right after ``name`` says its Word copy, then a clause of its own attaching the stamped scan (另附…)."""
    at = text.find(name) if name else -1
    return at >= 0 and bool(SCAN_ATTACHED.match(text, at + len(name)))


# 将…落实情况报送至专班邮箱，Word版和加盖公章的PDF扫描件各一份: a clause of copies after the sending, one file of each
EACH_COPY = re.compile(r"(?:^|[，,])\s*(?:Word|WORD|word)\s*(?:版本?|文档|格式|文件)?\s*(?:和|及|与|、|以及)"
                       r"[^，,。；;或]{0,10}?(?:盖章|公章|签章)[^，,。；;或]{0,8}?扫描件\s*各(?:一|1)份")


def each_copy_one(text: str) -> bool:
    """A clause of its own naming the Word copy and the stamped scan, 各一份: both are sent."""
    return bool(EACH_COPY.search(text))


SENT_BEFORE = re.compile(r"将\s*《?(?P<what>[^，,。；;《》()（）]{2,30}?)》?\s*(?:报送|发送|上报|提交|报)至?[^，,。；;]{0,12}$")


def copied_material(text: str) -> str:
    """The material 将 sends in the clause right before a 各一份 clause of copies (将…落实情况报送至专班邮箱), else ""."""
    m = EACH_COPY.search(text)
    sent = SENT_BEFORE.search(text[: m.start()]) if m else None
    return sent.group("what") if sent else ""


def a_scan_sent_along(text: str, bracket: str) -> bool:
    """The material's bracket says Word only, and its stamped scan is sent 一并 / 同时 with it: two files."""
    return bool(re.search(r"Word|WORD|word", bracket)) and not re.search(r"或|PDF|pdf", bracket) \
        and bool(SCAN_ALONG.search(text))


# 《…推荐表》Word版及…扫描件, 统计表Excel版: a format glued to the name with no bracket, said of that material
# (a 表 in Word is a document); 推荐表Word版和Excel版 names two formats and is left to the text's words
GLUED_FORMAT = re.compile(r"^》?\s*(?:(?P<word>Word|WORD|word)|(?P<sheet>Excel|EXCEL|excel))\s*(?:版|格式|文档|文件)"
                          r"(?!\s*(?:和|及|或|与|、|/)\s*(?:Word|WORD|word|Excel|EXCEL|excel|PDF|pdf))")


def glued_format(text: str, name: str) -> str:
    """sheet or word for a format word written right after ``name`` (its first mention), else ""."""
    at = text.find(name) if name else -1
    m = GLUED_FORMAT.match(text[at + len(name):]) if at >= 0 else None
    return "" if not m else "word" if m.group("word") else "sheet"


# 县文旅局提供…清单，县自然资源局提供…情况，均为Word格式: a clause after the items, in their sentence, giving them all one
# format (均为, 都是, 一律采用)
FORMAT_OF_ALL = re.compile(r"[,，]\s*(?:以上|上述)?(?:材料|文件)?(?:均|都|一律|统一)(?:为|是|采用|使用|用|以)?\s*"
                           r"(?:(?P<word>Word|WORD|word)|(?P<sheet>Excel|EXCEL|excel))\s*(?:版|格式|文档|文件)")


def said_of_all(text: str, name: str) -> str:
    """sheet or word when a 均为Word格式 clause follows ``name`` (its first mention) in the same sentence, else ""."""
    at = text.find(name) if name else -1
    rest = re.split(r"[。；;]", text[at + len(name):], maxsplit=1)[0] if at >= 0 else ""
    m = FORMAT_OF_ALL.search(rest)
    return "" if not m else "word" if m.group("word") else "sheet"


# 作业人员名单（含身份证号和手机号码，Excel格式）: a bracket saying what the material holds, its format in a later clause
CONTENTS_BRACKET = re.compile(r"[(（]含[^)）]*[)）]")
FORMAT_CLAUSE = re.compile(r"格式|Excel|EXCEL|excel|Word|WORD|word|PDF|pdf|xlsx?|docx?|电子表格")


def contents_left_out(text: str) -> str:
    """``text`` without the 含… brackets (what a material holds is no file of its own), each keeping the clauses past
    its first that name a format: 名单（含…手机号码，Excel格式） → 名单（Excel格式）, the list a sheet."""
    def formats_kept(m: re.Match) -> str:
        kept = [c.strip() for c in re.split(r"[,，、;；]", m.group()[1:-1])[1:] if FORMAT_CLAUSE.search(c)]
        return f"（{'，'.join(kept)}）" if kept else ""
    return CONTENTS_BRACKET.sub(formats_kept, text)


# 仅报送盖章扫描件（PDF格式），不需报送Word版: the Word copy named only to be let off
WORD_LET_OFF = re.compile(r"(?:不需|无需|不必|不用|不再)(?:另行|单独)?(?:报送|提供|提交|发送|上报)?\s*(?:的)?(?:可编辑的?)?"
                          r"(?:Word|WORD|word)\s*(?:版本?|格式|文档|文件)?")


def without_a_word_let_off(text: str) -> str:
    """``text`` less the words letting a Word copy off (不需报送Word版): they ask no Word copy."""
    return WORD_LET_OFF.sub("", text)


# 推荐表和个人业绩材料（Word格式）: two names joined right before the one bracket after the second
JOINED_BEFORE_ONE_BRACKET = r"\s*(?:以及|和|及|与)\s*"
# a form filled in of one person or body (推荐表, 申报表 …) is a Word file as often as not; a table of figures (统计表,
# 汇总表, 台账) is a spreadsheet whatever the bracket after the name joined to it says; a 清单 is a list written out as
# often as tabulated, and the Word bracket said of the pair makes it a document (`节目清单和采购计划（Word格式）`)
FORM_OF_ONE = re.compile(r"(?:推荐|申报|申请|审批|考察|鉴定|评审|候选人|事迹)表$")
TABLE_WORD = re.compile(r"表$|表格$|台账$")
# 企业名单和补贴统计表（Excel格式）: a list is tabulated as often as written, and the Excel bracket said of the pair makes
# it a sheet too (an account before it, `整改情况和统计表（Excel格式）`, stays a document)
LIST_WORD = re.compile(r"(?:名录|名单|花名册|清单|目录)$")


# 库存情况表, 能耗情况说明, 主要数据表, 保障能力说明: a paper of the facts of things (情况 / 数据 / 能力), not a plan or a bare 说明
FACTS_PAPER = re.compile(r"(?:情况|数据|能力)[\u4e00-\u9fa5]{0,4}?(?:表|说明)$")


def lists_with_their_facts(text: str, names: list[str]) -> list[str]:
    """A list joined by 及 to a paper of the listed things' facts under one bracket (`企业名录及库存情况表（Excel格式）`,
    `网点名单及保障能力说明（Word格式）`) is one file, the entries with their facts, named whole: every blind writer of
    such a notice read one file (held-out 2486, 2608, 2827, 3062, 3072, 3150), and a file too many asked would show a
    unit that sent the one file as short of a part. A plan or a bare 说明 beside a list stays a paper of its own
    (`联合检查人员名单及检查方案（Word格式）`, `企业名单及说明（Word格式）`: two files)."""
    merged = list(names)
    for first in names:
        for second in names:
            joined = re.search(re.escape(first) + r"(?:以及|及)" + re.escape(second) + r"(?=\s*[(（])", text)
            if first != second and joined and LIST_WORD.search(first) and FACTS_PAPER.search(second):
                merged = [joined.group() if n == second else n for n in merged if n != first]
    return merged


def said_of_the_pair(text: str, formats: dict[str, str]) -> None:
    """The Word bracket after the second of two names joined by 和 / 及 / 与 (`推荐表和个人业绩材料（Word格式）`,
    `工作方案和应急预案（Word格式）`) is said of both, when the first has no format of its own: two Word files, not a
    spreadsheet beside a Word file; so is a plain PDF bracket (`乡村旅游宣传册和宣传海报设计稿（PDF格式）`: two PDF files).
    A table of figures before it keeps its sheet (`清淤统计表及疏浚情况报告（Word格式）`), a 清单 does not (`节目清单和
    采购计划（Word格式）`: two Word files),
    and an Excel bracket is the table's alone (`整改情况和统计表（Excel格式）`: the 整改情况 a document) but for a list
    before it (`企业名单和补贴统计表（Excel格式）`: two sheets); photos keep theirs (`食堂建成照片及建设情况报告（Word格式）`).
    A list and its entries' facts under one bracket were made one file before (lists_with_their_facts)."""
    names = list(formats)
    for first, second in zip(names, names[1:]):
        if not formats[first] and formats[second] == "sheet" and LIST_WORD.search(first) \
                and re.search(re.escape(first) + JOINED_BEFORE_ONE_BRACKET + re.escape(second) + r"\s*[(（]", text):
            formats[first] = "sheet"
            continue
        if formats[first] or formats[second] not in ("word", "pdf") or (TABLE_WORD.search(first) and not FORM_OF_ONE.search(first)) \
                or re.search(r"照片|图片|影像|视频|截图|证件照", first):
            continue  # 建成照片及建设情况报告（Word格式）: the photos keep their kind
        if re.search(re.escape(first) + JOINED_BEFORE_ONE_BRACKET + re.escape(second) + r"\s*[(（]", text):
            formats[first] = formats[second]


WORD = r"(?:Word|WORD|word)"
EXCEL = r"(?:Excel|EXCEL|excel)"


def either_of(first: str, second: str) -> re.Pattern:
    """A bracket's choice between two formats, either named first: `Word或Excel`, `PDF/Word`, `Excel、Word格式均可`."""
    copy = r"\s*(?:版|格式|文档|表格)?"
    return re.compile(rf"{first}{copy}\s*(?:或者?|/)\s*{second}|{second}{copy}\s*(?:或者?|/)\s*{first}"
                      rf"|(?:{first}\s*、\s*{second}|{second}\s*、\s*{first})(?:文档|表格|格式|版)*(?:均可|皆可|都可|均可以)")


# 储备清单（Word或Excel格式均可）, （Excel、Word格式均可）: either program, the unit's choice (Word、Excel各一份 is both)
EITHER_PROGRAM = either_of(WORD, EXCEL)


def word_or_excel(bracket: str) -> bool:
    """The bracket lets the table be sent in Word or in Excel, as the unit likes."""
    return bool(EITHER_PROGRAM.search(bracket))


# 自查报告（Word或PDF格式均可）, （PDF/Word）: one file in either, the unit's choice, no stamped scan asked
PDF = r"(?:PDF|pdf)"
WORD_OR_PDF = either_of(WORD, PDF)


def word_or_pdf(bracket: str) -> bool:
    """The bracket lets the paper be sent in Word or as a PDF, as the unit likes: one file."""
    return bool(WORD_OR_PDF.search(bracket)) and not re.search(r"盖章|公章|签章|扫描", bracket)


# 宣传报道的网页截图（PDF格式）: a screenshot's PDF is the picture's file, no document of it nor a stamped scan (held-out 2243;
# the settled convention: a screenshot, whatever its format, is a photo part)
SCREENSHOT = re.compile(r"截图$")


def screenshots_in_a_pdf(own: dict[str, str]) -> list[str]:
    """The screenshots whose own bracket asks a PDF: their format, not a file of another kind."""
    return [n for n, kind in own.items() if kind == "pdf" and SCREENSHOT.search(n)]
