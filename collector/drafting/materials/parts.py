"""The parts of what a deadline asks for, from the words of its sentence and the names of its materials
(`requirements.material_names`): a document, a stamped PDF, a spreadsheet, photos, screenshots, a video, an archive,
names and phone numbers, each with its formats."""

from __future__ import annotations

import re

from collector.numerals import COUNT, cn_int

from . import (
    data_formats,
    designs,
    footage_by_its_format,
    format_names,
    given_contacts,
    kind_formats,
    list_columns,
    mail_body,
    material_lists,
    one_package,
    slides,
    unnamed_things,
)
from ..asks import not_mailed, respectively
from .asks_nothing import without_what_asks_nothing
from .either_form import excel_or_a_scan
from .format_free_titles import title_without_its_format
from .paper_and_its_scan import named_again_as_its_scan
from .photo_counts import PHOTO_KIND, least_count
from ..requirements import (
    CONTACT_INFO,
    DOC_NOUN,
    FILM_NOUN,
    FILM_PLANNED,
    FORMAT_ONLY,
    LEADING_WORDS,
    MATERIAL,
    TABLE_NOUN,
    format_after,
    own_bracket,
)
from .stamped import (
    BARE_SCAN,
    without_formats_refused,
    bundle_of_the_bracket,
    sent_as_its_scan,
    stamped_formats,
    stamped_in_its_word_file,
    stamped_material,
)
from ..words import part_words

SPREADSHEET_FORMATS = ["xlsx", "xls", "et", "csv"]
WORD_FORMATS = ["docx", "doc", "wps"]
PHONE_PATTERN = r"1[3-9]\d{9}|0\d{2,3}[-－—\s]?\d{7,8}|(?:联系电话|电话|联系方式|手机)\s*[:：]?\s*\d{7,8}"
NAME_PATTERN = r"(?:姓名|联系人|领导|负责人|人员)\s*[:：为是]?\s*[\u4e00-\u9fa5]{2,4}"

# 佐证材料（会议记录、活动照片等）: a bracket of examples, 、 between them and 等 closing it (a format's bracket,
# （Word、PDF等格式）, is not one)
EXAMPLES_BRACKET = re.compile(r"[(（](?![^()（）]*(?:格式|Word|WORD|word|Excel|EXCEL|excel|PDF|pdf))"
                              r"[^()（）]{2,30}、[^()（）]{1,30}等[)）]")
# 典型案例短视频: a name ending in the video is the video (案例 says what it shows), no document beside it
VIDEO_ITSELF = re.compile(rf"(?:视频|宣传片|短片|{FILM_NOUN})$")
VIDEO_FORMATS = ["mp4", "mov", "avi", "wmv", "flv", "mkv", "m4v", "3gp"]
# 监控视频截图, 视频画面截图, 宣传片剧照图片: a still taken of a video is a picture, the 视频 in its name only what it shows
STILL_OF_A_VIDEO = re.compile(r"(?:截图|照片|图片)$")


def _titled_with_no_material_word(text: str, name: str, own_format: str) -> bool:
    """将《行政执法案卷目录》(附件1)、《…自评表》(附件2)报送: a form the notice titles, though no material word ends its
    name, is a file of its own beside the others (a lead's probe: it had been dropped), a document unless its format
    says otherwise."""
    return f"《{name}》" in text and not MATERIAL.search(name) and own_format in ("", "word")


def parts_for(text: str, names: list[str]) -> list[dict]:
    # the paper copy (纸质版一式两份加盖公章报送…) is not mailed: its words make no part
    # nor are the particulars entered online beside it (同时扫码在线填报…姓名和手机号码)
    text = "，".join(c for c in re.split(r"[,，;；]", without_what_asks_nothing(text))
                    if "纸质" not in c and not not_mailed.entered_online(c))
    text = format_names.contents_left_out(text)  # 台账（含…清单）: what the table holds, not another file
    text = EXAMPLES_BRACKET.sub("", text)  # 佐证材料（会议记录、活动照片等）: what the material holds, not more files
    text = without_formats_refused(text)  # （不接受PDF、Word格式）, （Excel格式，不要转成PDF）: no formats asked
    # 名单（Excel格式，须含姓名、…联系电话）, 名单中注明…, 回执 written out with its header: a list's or form's columns,
    # not facts asked of the mail
    text = list_columns.without_the_columns(text, names)
    if reply := mail_body.a_typed_reply(text):  # 回复邮件：无差异的回复“无异议”: what is compared is not sent
        return [reply]
    if facts := mail_body.facts_typed_in_the_mail(text):  # 在邮件正文中写明…，无需另附文件
        return [facts]
    if sent := mail_body.sent_as_the_mail_body(text):  # 将…以邮件正文形式报送: typed in the mail, no file of it
        field, rest = sent
        others = [n for n in names if n in rest and n not in field["title"]]  # a file named outside it is still asked
        return [*parts_for(rest, others), field] if others else [field]
    # 发送至下表中的材料接收邮箱: the words before 邮箱 name the mailbox, no material
    text = re.sub(r"(?<=[发报送]至)[^，,。；;@()（）《》]{1,20}?(?:邮箱|信箱)", "邮箱", text)
    names = [n for n in names if n in text] or names
    names = [n for n in names if not bundle_of_the_bracket(text, n, names)] or names
    names = respectively.one_each(text, [n for n in names if not mail_body.not_a_file(n)])  # 无需另附表格: no file
    names = [n for n in names if not format_names.only_a_format(text, n)] or names  # （WPS表格）: a format
    names = [n for n in names if not _named_again_as_anothers_scan(text, n, names)]  # 评估报告（Word版）、…的报告（扫描件）
    if archive := one_package.packed_together(text, names):  # 将台账（Excel格式）和照片打包为一个压缩包
        return [archive]
    if copied := format_names.copied_material(text):  # 将…情况报送至…，Word版和加盖公章的PDF扫描件各一份: its two copies
        names = [n for n in names if not BARE_SCAN.match(n)] or [copied]
    if scanned := sent_as_its_scan(text, names):
        names = [n for n in names if not BARE_SCAN.match(n)]  # 《…》扫描件: the scan is that paper's
    names = designs.the_design_after_the_joiner(names)
    names = format_names.lists_with_their_facts(text, names)  # 企业名录及库存情况表（Excel格式）: one sheet
    designed = designs.a_design_each(text, names)  # 宣传横幅和易拉宝设计稿（JPG格式）: a design each, in one format
    names = designs.with_each_design(names, designed)
    own = {n: format_after(text, designed.get(n, n)) for n in names}  # 预案（Word格式）和名单（Excel格式）
    listed = material_lists.listed_of_one_kind(text, names, MATERIAL)  # A统计表、B统计表和C统计表: a file each
    material_lists.format_said_of_the_list(own, listed)  # …（Excel格式） after the last: said of them all
    format_names.said_of_the_pair(text, own)  # 推荐表和个人业绩材料（Word格式）: said of both
    shots_in_a_pdf = format_names.screenshots_in_a_pdf(own)  # 网页截图（PDF格式）: the screenshots alone
    own.update(dict.fromkeys(shots_in_a_pdf, ""))
    in_a_list = {n for run in listed for n in run} | set(designed) | set(designed.values())
    parts: list[dict] = []
    # 问题整改清单（Word格式）: a 清单 written as a document, by its own bracket
    # 整改情况截图: a name ending in a picture word is the picture, the 情况 in it only what it shows (整改报告须附整改前后
    # 网页截图 is a report with pictures attached: the report stays)
    docs = _distinct_documents(in_a_list, [n for n in names if (re.search(DOC_NOUN, n) and not re.search(TABLE_NOUN, n)
                                                     and own[n] != "sheet" and not VIDEO_ITSELF.search(n)
                                                     and not (a_picture(n) and "附" not in n))
                                                    or own[n] in ("word", "scan", "data", "pdf", "image", "word_or_pdf")
                                           or (material_lists.facts_beside_materials(n, names, MATERIAL)
                                               and own[n] != "sheet")  # …发放情况（Excel格式）: the sheet alone
                                           or _titled_with_no_material_word(text, n, own[n])])
    contacts = [d for d in docs if particulars_of_a_contact(d, own[d])]  # 联络员信息（姓名、职务、联系电话）
    docs = [d for d in docs if d not in contacts]
    tables = [n for n in names if ((re.search(TABLE_NOUN, n) and not a_picture(n)) or own[n] == "sheet")
              and own[n] not in ("word", "data", "pdf", "image", "word_or_pdf")]
    if not tables and re.search(r"Excel|EXCEL|excel|xlsx?", text) and docs and not any(own.values()) \
            and not kind_formats.excel_said_of_another_kind(text, docs):  # 表格为Excel格式，报告为Word格式: not the report's
        tables, docs = docs[:1], docs[1:]  # 调查问卷（Excel格式）: the document is the spreadsheet
    word = re.search(r"Word|WORD|word|可编辑|\.docx?", format_names.without_a_word_let_off(text))  # 不需报送Word版: none
    if any(v == "word" for v in own.values()):
        word = None  # said of one document only: the others keep any format
        docs_in_word = {n for n, v in own.items() if v == "word"}
    else:
        docs_in_word = set(docs) if word else set()
    packed = [n for n in docs if _packed(text, n, names)]  # 佐证材料，压缩为一个文件包或合并为一个PDF
    docs = [d for d in docs if d not in packed]
    unpacked = text
    for n in packed:  # its 合并为一个PDF is the package's format, not a stamped scan
        unpacked = unpacked.replace(n + _said_of(text, n, names), "")  # 合同扫描件（PDF）打包: its 扫描件 too
    plain_pdfs = [n for n in docs if own.get(n) in ("pdf", "word_or_pdf")]  # 宣传海报设计稿（PDF格式）: no stamped scan
    unpacked = format_names.plain_pdf_brackets_left_out(unpacked, plain_pdfs + shots_in_a_pdf)
    stamped_of = scanned or stamped_material(unpacked, [n for n in names if n not in packed])
    if stamped_of is not None and any(excel_or_a_scan(unpacked, t) for t in tables):
        stamped_of = None  # 汇总表报送Excel电子版或…PDF扫描件均可: the table's other form, no scan of its own
        docs = [d for d in docs if not BARE_SCAN.match(d)]
    if stamped_of is not None:
        word_copy_too = bool(stamped_of) and format_names.a_word_copy_too(text, stamped_of, own_bracket(text, stamped_of))
        # 情况说明（Word格式，加盖公章）: one Word file that bears the stamp, no scan of it
        word_file = not word_copy_too and stamped_of in docs and stamped_in_its_word_file(text, stamped_of)
        if word_file:
            docs.remove(stamped_of)
        elif stamped_of in tables and not re.search(r"Excel|EXCEL|excel|xlsx?|电子表格", own_bracket(text, stamped_of)):
            tables.remove(stamped_of)  # a stamped table is sent as its scan (`（加盖公章扫描件及Excel版）`: and as its sheet)
        elif stamped_of in docs and (not word or stamped_of.endswith("扫描件")) and not word_copy_too:
            docs.remove(stamped_of)  # 审核单扫描件: named as a scan, no Word copy of it whatever Word the text says
        if word_copy_too and stamped_of not in docs:
            docs.append(stamped_of)
            docs_in_word.add(stamped_of)
        if stamped_of and not BARE_SCAN.match(stamped_of):  # 承诺书（附件2，扫描件）: the 扫描件 is its form
            docs = [d for d in docs if not BARE_SCAN.match(d)]
    for thing in unnamed_things.in_word_by_its_bracket(text):  # 推荐作品（Word格式）: no material word names it
        # 将本单位组织沿革（Word格式）: whose it is is no word of its name, which the bracket's other reading gave already
        thing = LEADING_WORDS.sub("", thing) or thing
        if FORMAT_ONLY.fullmatch(thing) and (docs or tables):
            continue  # 形成工作总结…将电子版（Word格式）发送: the copy of the paper named, no second file
        if not MATERIAL.search(thing) and thing not in docs:
            docs.append(thing)
            docs_in_word.add(thing)
    longest = max((len(run) for run in listed), default=0)  # a list is drafted whole, past the usual few
    for k, doc in enumerate(docs[:max(3, longest)]):
        part = {"id": "doc" if k == 0 else f"doc{k + 1}", "title": title_without_its_format(doc),
                "kind": "document", "words": part_words(doc)}
        if slides.a_deck(doc):
            part["formats"] = list(slides.SLIDE_FORMATS)
        elif own.get(doc) == "scan":  # 扫描样张（TIF格式）
            part["formats"] = list(format_names.SCAN_IMAGE_FORMATS)
        elif own.get(doc) == "pdf":
            part["formats"] = ["pdf"]
        elif own.get(doc) == "word_or_pdf":  # （Word或PDF格式均可）: one file, either
            part["formats"] = [*WORD_FORMATS, "pdf"]
        elif own.get(doc) == "image":  # 位置示意地图（JPG格式）
            part["formats"] = list(format_names.IMAGE_FORMATS)
        elif own.get(doc) == "data":  # 作业点位置坐标（KML格式）, 平面图（DWG格式）
            part["formats"] = data_formats.formats_in(own_bracket(text, doc))
        elif doc in docs_in_word:
            part["formats"] = list(WORD_FORMATS)
        parts.append(part)
    if stamped_of is not None:
        if BARE_SCAN.match(stamped_of) and (tables or docs):
            # 将统计表Excel版和加盖单位公章的扫描件（PDF格式）一并发送: the scan is of the material beside it
            of = (tables or docs)[0]
            words, title = [*part_words(of), "盖章"], f"{of}盖章扫描件（PDF）"
        else:
            words = part_words(stamped_of) if stamped_of else (part_words(docs[0]) if docs else ["盖章"])
            title = f"{stamped_of}（PDF）" if "扫描件" in (stamped_of or "") else (stamped_of or "") + "盖章PDF版"
        formats = stamped_formats(text)
        title = title.replace("PDF", "OFD") if formats == ["ofd"] else title
        if word_file:  # the Word file itself, stamped; its PDF taken as well
            title, formats = title_without_its_format(stamped_of), [*WORD_FORMATS, *formats]
        parts.append({"id": "stamped", "title": title, "kind": "document", "formats": formats, "words": words})
    loose = _packed_without_a_name(text) or unnamed_things.packed_by_a_clause(text)  # 将全部佐证资料打包为一个压缩包
    if not packed and loose and not MATERIAL.search(loose):  # 照片（单独打包）: below
        parts.append({"id": "archive", "title": loose, "kind": "document", "words": [loose[-4:]],
                      "formats": ["zip", "rar", "7z"]})
    for k, name in enumerate(packed[:1]):
        parts.append({"id": "archive", "title": name, "kind": "document", "words": part_words(name),
                      "formats": ["zip", "rar", "7z"] + (["pdf"] if re.search(r"PDF|pdf", _said_of(text, name, names)) else [])})
    own_sheets = sum(own[t] == "sheet" for t in tables)  # 《A表》（Excel格式），…《B表》（Excel格式）…: each a file, however many
    excel_of_none_sent = bool(docs) and kind_formats.excel_said_of_another_kind(text, docs)  # 表格为Excel格式 beside a report
    unnamed_sheet = ["表格"] if re.search(r"Excel|EXCEL|excel|xlsx?", text) and not excel_of_none_sent else []
    for k, table in enumerate(tables[:max(2, longest, own_sheets)] or unnamed_sheet):
        either = format_names.word_or_excel(own_bracket(text, table))  # （Word或Excel格式均可）: a Word file taken too
        scan = ["pdf"] if excel_or_a_scan(text, table) else []  # Excel电子版或…PDF扫描件均可: its scan taken too
        parts.append({"id": "table" if k == 0 else f"table{k + 1}", "title": table, "kind": "document",
                      "formats": [*SPREADSHEET_FORMATS, *(WORD_FORMATS if either else []), *scan],
                      "words": part_words(table)})
    # 方言影像资料 | MP4: footage its format says is filmed is a video, no photos
    filmed = [n for n in names if footage_by_its_format.footage_filmed(n, _said_of(text, n, names))]
    photo_names = sorted((n for n in names if re.search(r"照片|图片|影像|证件照|" + PHOTO_KIND, n) and n not in filmed
                          and not a_list_of_pictures(n)),
                         key=lambda n: "照片" not in n)
    if photo_names and _packed(text, photo_names[0], names):  # 照片…统一打包为一个压缩文件: one zip, not photos
        parts.append({"id": "archive", "title": photo_names[0], "kind": "document", "words": part_words(photo_names[0]),
                      "formats": ["zip", "rar", "7z"]})
    elif photo_names:
        parts.append({"id": "photos", "title": photo_names[0], "kind": "photo",
                      "min_count": least_count(text, r"照片|图片|" + PHOTO_KIND, MATERIAL)})
    # 视频会议…回执单: no video; 纪录片拍摄方案: the plan, a film only ending the name (专题片, 纪录片, 微电影)
    video_names = [n for n in names if (re.search(r"视频(?!会议|会商|监控)|宣传片|短片", n) or VIDEO_ITSELF.search(n))
                   and not re.search(FILM_PLANNED.pattern + "$", n)  # 宣传视频脚本: the paper, no video
                   and not a_still_of_a_video(n)] + filmed
    if video_names:
        parts.append({"id": "video", "title": video_names[0], "kind": "document", "formats": list(VIDEO_FORMATS),
                      "words": part_words(video_names[0])})
    shot_names = [n for n in names if "截图" in n]
    if shot_names:
        parts.append({"id": "screenshots", "title": shot_names[0], "kind": "photo",
                      "min_count": least_count(text, "截图", MATERIAL)})
    # 当日电话报告: a report by phone; (邮箱见联系方式), 发送至中心电子邮箱（见文末联系方式）: where the mailbox is written,
    # no phone number asked
    phone = re.search(r"联系电话|电话(?!报告|报送|上报|告知|汇报|通知)|手机|(?<![见详])联系方式",
                      given_contacts.without_calls_made(POINTER.sub("", given_contacts.without_the_numbers_given(text))))
    if re.search(r"姓名|访谈领导", text):
        who = re.search(r"((?:访谈|参训|参会|出镜|带队|填报)?(?:领导|负责人|人员))(?:姓名)?", text)
        parts.append({"id": "names", "title": (who.group(1) if who else "") + "姓名", "kind": "field",
                      "pattern": NAME_PATTERN})
    if phone:
        parts.append({"id": "contact", "title": "联系人及联系电话", "kind": "field", "pattern": PHONE_PATTERN})
    if contacts and not any(p["kind"] == "field" for p in parts):  # 工作总结和联系人信息: whom to call, particulars unsaid
        parts.append({"id": "contact", "title": contacts[0].replace("信息", "姓名及联系电话"), "kind": "field",
                      "pattern": PHONE_PATTERN})
    if not parts:  # 收储情况和销售情况: a list of what no material word names is a document each
        for k, name in enumerate(next((run for run in listed if names and run[0] == names[0]), names[:1])):
            parts.append({"id": "doc" if k == 0 else f"doc{k + 1}", "title": name, "kind": "document",
                          "words": part_words(name)})
        if not names:
            parts.append({"id": "doc", "title": "材料", "kind": "document", "words": ["材料"]})
    _papers_counted(text, parts)
    return mail_body.typed_in_the_mail(text, parts)


def _named_again_as_anothers_scan(text: str, name: str, names: list[str]) -> bool:
    """报告 in `评估报告（Word版）、经…盖章的报告（扫描件，PDF格式）`: another paper's name end, naming it again as its scan
    (`paper_and_its_scan.named_again_as_its_scan`), no paper of its own."""
    return any(other != name and named_again_as_its_scan(text, other) == name for other in names)


def particulars_of_a_contact(name: str, own_format: str) -> bool:
    """`联络员信息（姓名、职务、联系电话）`, `…方案和假期联络员信息`: a contact's particulars, their names and phone numbers
    typed in the mail (the field parts, where the text names them), no file; one given a format of its own
    (`联络员信息表`, `联络员信息（Excel格式）`) stays a file."""
    return bool(CONTACT_INFO.fullmatch(name)) and not own_format


# 照片档案目录, 照片清单, 影像资料名录: a list ending the name, the pictures before it only what it lists
LIST_OF_PICTURES = re.compile(r"(?:照片|图片|影像)[\u4e00-\u9fa5]{0,6}?(?:目录|清单|名录|索引)$")


def a_list_of_pictures(name: str) -> bool:
    """照片档案目录（Excel格式）: a catalogue of the pictures, one sheet or document, no picture sent."""
    return bool(LIST_OF_PICTURES.search(name))


def a_still_of_a_video(name: str) -> bool:
    """库房监控视频截图, 视频画面截图: a name ending in a picture word asks the picture, no video."""
    return a_picture(name)


def a_picture(name: str) -> bool:
    """水表改造现场照片, 签到表照片: a name ending in a picture word is the picture; a 表 in it is what it shows (a meter,
    a sheet photographed), no table."""
    return bool(STILL_OF_A_VIDEO.search(name))


# 见文末联系方式, 详见通知末尾联系方式: a pointer to where something is written, no contact asked
POINTER = re.compile(r"(?:详见|参见|见)[\u4e00-\u9fa5]{0,8}?联系方式")
PAPERS_COUNTED = re.compile(rf"(?P<n>{COUNT})\s*件公文")


def _papers_counted(text: str, parts: list[dict]) -> None:
    """选取3件公文…每件一个文件: the 公文 part takes that many files."""
    m = PAPERS_COUNTED.search(text)
    part = next((p for p in parts if p["kind"] == "document" and "公文" in p.get("words", [])), None)
    if m and part and cn_int(m.group("n")) > 1:
        part["min_count"] = cn_int(m.group("n"))


def _said_of(text: str, name: str, names: list[str]) -> str:
    """What the text says right after a material's name, up to the next material or sentence."""
    at = text.find(name)
    if at < 0:
        return ""
    rest = re.split(r"[。]|[(（][一二三四五六七八九十\d][)）]", text[at + len(name):], maxsplit=1)[0]
    ends = [i for i in (rest.find(n) for n in names if n != name and n not in name) if i >= 0]
    return rest[:min(ends)] if ends else rest


def _packed(text: str, name: str, names: list[str]) -> bool:
    # 报告（Word版）和更新后的矢量数据（shp格式，打包为…）: past its own bracket and 和, the words are another thing's
    own = re.split(r"[)）]\s*(?:和|及|以及|与|、)", _said_of(text, name, names), maxsplit=1)[0]
    return bool(re.search(NOT_PACKED + r"(?:压缩|打包|文件包|压缩包)", own))


# 照片请勿压缩, 不得打包: a packing forbidden packs nothing
NOT_PACKED = r"(?<!勿)(?<!不得)(?<!不要)(?<!无需)(?<!不需)(?<!不必)(?<!不用)(?<!严禁)(?<!禁止)"


# 和更新后的矢量数据（shp格式，打包为一个压缩文件）: a thing no material word names, packed by its own bracket
PACKED_BRACKET = re.compile(r"(?P<what>[^，,。；;()（）和及与、的\s]{2,12})[(（][^()（）]{0,20}?(?:打包|压缩)为?[^()（）]{0,12}[)）]")


def _packed_without_a_name(text: str) -> str:
    m = PACKED_BRACKET.search(text)
    return m.group("what") if m else ""

def _distinct_documents(listed: set[str], docs: list[str]) -> list[str]:
    """总结报告 and 活动总结 are one document (they share 总结); 工作总结 and 工作计划 are two; names listed one after
    another (A名单、B名单) are one each; a deck and a Word document are two (汇报材料, 汇报PPT)."""
    out: list[str] = []
    for d in docs:
        keys = set(re.findall(DOC_NOUN, d))
        if d in listed or not any(keys & set(re.findall(DOC_NOUN, o)) for o in out
                                  if o not in listed and slides.a_deck(o) == slides.a_deck(d)):
            out.append(d)
    return out
