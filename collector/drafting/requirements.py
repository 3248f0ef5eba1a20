"""What a deadline asks for, from the words of its sentence: the material's name (the
requirement's title and hints), and its parts — a document, a stamped PDF, a spreadsheet,
photos, screenshots, names and phone numbers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from zoneinfo import ZoneInfo

from pypinyin import lazy_pinyin

from collector.numerals import cn_int

from . import (
    compared,
    data_formats,
    format_names,
    given_contacts,
    inside_a_name,
    joined_in_a_name,
    list_columns,
    made_not_sent,
    mail_body,
    material_lists,
    nil_returns,
    not_mailed,
    one_package,
    respectively,
    sample_tables,
    slides,
    titled_names,
    unnamed_things,
    work_as_a_verb,
)
from .already_sent import done_already
from .asks_nothing import lists_who, studied, without_what_asks_nothing
from .format_free_titles import title_without_its_format
from .photo_counts import least_count
from .stamped import (
    BARE_SCAN,
    NOT_ACCEPTED,
    bundle_of_the_bracket,
    sent_as_its_scan,
    stamped_formats,
    stamped_in_its_word_file,
    stamped_material,
)
from .words import DRAWING_NOUN, bare, part_words, short_name, topic

TZ = ZoneInfo("Asia/Shanghai")  # a draft's dues are in the office's time


@dataclasses.dataclass
class DraftRequirement:
    id: str
    title: str
    description: str
    due: dt.datetime  # aware, Asia/Shanghai
    units: list[str]  # roster names
    hints: list[str]
    parts: list[dict]
    said: str = ""  # the whole clause it was read from (the description is clipped); not written out
    late_until: dt.datetime | None = None  # 补报截止 (逾期未报送的…可于…前补报)
    corrections_until: dt.datetime | None = None  # 更正截止 (需要更正的，请于…前报送更正后的材料)
    assigned: dict[str, str] = dataclasses.field(default_factory=dict)  # 分解表: item → unit (assigned_items.py)


SPREADSHEET_FORMATS = ["xlsx", "xls", "et", "csv"]
WORD_FORMATS = ["docx", "doc", "wps"]
PHONE_PATTERN = r"1[3-9]\d{9}|0\d{2,3}[-－—\s]?\d{7,8}|(?:联系电话|电话|联系方式|手机)\s*[:：]?\s*\d{7,8}"
NAME_PATTERN = r"(?:姓名|联系人|领导|负责人|人员)\s*[:：为是]?\s*[\u4e00-\u9fa5]{2,4}"

# a table: 统计表, 报名表, 任务分解表 … (the word before 表 is checked: not 代表, 发表, 列表, nor 上表 / 下表 (the notice's own table); nor 表彰; 表格 is its own word)
TABLE_NOUN = r"(?![代发外仪电时年图列上下])[\u4e00-\u9fa5]表(?![彰示达扬态率现层面格性])|表格|台账|清单"
DOC_NOUN = (r"(?:自查|整改)情况(?![表报]|(?:(?![和及与或、])[\u4e00-\u9fa5]){1,3}表)|报告|回执|总结|方案|预案|承诺书|责任书|委托书(?!面)|申请书|申报书|稿件|(?<!学习)课件(?!内容)|访谈稿|讲话稿|问卷|说明"
            r"|计划(?!表)|材料|简历|汇报|案例|文章|名单|花名册|登记册|名录|资料目录|目录(?=》)|情况证明|意见建议|(?:复核|审核|审查|初审|评审|书面|推荐)意见|建议书|扫描件|(?:政务|工作|动态|活动|宣传)信息(?![员公化系])|稿"
            r"|" + DRAWING_NOUN + "|" + slides.DECK_NOUN)  # 园区排水管网图: a drawing; 汇报PPT: slides
# 佐证材料（会议记录、活动照片等）: a bracket of examples, 、 between them and 等 closing it (a format's bracket,
# （Word、PDF等格式）, is not one)
EXAMPLES_BRACKET = re.compile(r"[(（](?![^()（）]*(?:格式|Word|WORD|word|Excel|EXCEL|excel|PDF|pdf))"
                              r"[^()（）]{2,30}、[^()（）]{1,30}等[)）]")
# 典型案例短视频: a name ending in the video is the video (案例 says what it shows), no document beside it
VIDEO_ITSELF = re.compile(r"(?:视频|宣传片|短片)$")
# 选取3件公文: papers counted by 件 (公文 alone is how a notice says anything is sent: 以公文形式报送); a
# word before 类 is a kind of them (其中请示、报告类不少于1件), not a material of its own
# 两项材料, 三项资料: the materials just named, counted, no material of their own
# 三、报送材料：…, 二、上报资料。…: a section's heading naming the materials it lists, glued to its items (above.py's
# CONTENTS_HEADING reads such a heading on a line of its own)
LIST_HEADING_BEFORE = re.compile(r"(?:^|[，,。;；\s])[一二三四五六七八九十]{1,3}、\s*(?:报送|上报|申报|提交|所需)?$")
ITEMS_COUNTED = re.compile(r"[一二两三四五六七八九十\d]{1,2}项(?:材料|资料)")
MATERIAL = re.compile(rf"(?:{TABLE_NOUN}|{DOC_NOUN}|(?<=件)公文|照片|图片|影像资料|截图|视频|宣传片|短片|证件照)(?!类)")
VIDEO_FORMATS = ["mp4", "mov", "avi", "wmv", "flv", "mkv", "m4v", "3gp"]
# words that end a material's name when walking back from its keyword (a quoted event's name, “大凌河之春”…汇总表, too:
# titled_names.QUOTE_MARKS)
STOP = re.compile(r"[\d\s+＋、,，。．.;；:：()（）《》及和与并或等将把的至于要" + titled_names.QUOTE_MARKS + "]")
LEADING_WORDS = re.compile(r"^(?:插入|建立|形成|填写|撰写|编制|制定|提供|上传|完善|整理|报送|上报|补报|补交|提交|填报|认真|做好|请|留存|同时|另(?=附)|并(?=附)"
                           r"|包括|附上|附|含|\d{4}年(?:以来|至今)|\d{4}年度(?!报告)|\d{4}(?=年度报告)|\d{4}年(?!度)|年度(?!报告)|本单位|各单位|本部门|本乡镇|相关|有关|一份|一式|每[篇份件]|上月|本月|件"
                           r"|以来|至今|[日时点分]?(?:之|以)?前(?!述)|年(?!度)"
                           r"|连同|随(?=(?!访)[\u4e00-\u9fa5]{1,3}$))+")  # 随台账一并发送: with the 台账 named before
ADVERB_BEFORE = re.compile(r"(?:及时|认真|全面|深入|系统|切实|不断|定期|逐项)$")
# 报送自查报告，重点说明仓储设施…情况: what the report should dwell on, 说明 / 报告 / 总结 a verb with its object after it
FOCUS_BEFORE = re.compile(r"(?:重点|着重)$")
# 春播面积计划及种植结构调整情况说明: the plan is a matter the one 情况说明 explains, no file of its own
MATTER_OF_A_STATEMENT = re.compile(r"[及和与][\u4e00-\u9fa5]{1,16}?情况说明")
A_POST_AFTER = re.compile(r"(?:联络|通讯|联系|审核|信息)?员(?!工)|(?<=稿)单位")
REFERENCE = re.compile(r"(?:对照|按照|根据|依据|参照|参考|贯彻|落实|执行)《[^》]*$")
# 请各乡镇根据审查意见修改完善，于…前将文本定稿…发送: what the work goes by, no material (根据要求报送统计表 has its
# verb between: the 统计表 is sent); a bare 按 only right before it (按审核意见修改, not 按时报告 nor 按户建立台账)
BASIS = re.compile(r"(?:按照|根据|依据|参照|按(?![时期月季年周日天])(?=[\u4e00-\u9fa5]{0,2}$))(?P<between>[\u4e00-\u9fa5]{0,6})$")
VERBS = re.compile(r"报送|上报|补报|补交|发送|提交|填写|填报|撰写|形成|制定|编制|审签|签字|附上|整理|连同|拍摄|制作|提出|出具|配发|配附")
GENERIC = {"报告", "材料", "资料", "情况", "表", "表格", "文件", "说明", "电子版", "稿", "总结报告", "相关材料", "有关材料"}
# english ids for the usual materials: the word earliest in the title wins, then the first listed
ID_WORDS = [
    ("年度报告", "annual-report"), ("整改", "rectification"), ("自查", "self-check"), ("访谈", "interview"),
    ("问卷", "survey"), ("报名", "signup"), ("总结", "summary"), ("统计", "statistics"), ("方案", "plan"),
    ("计划", "plan"), ("隐患", "hazards"), ("排查", "inspection"), ("检查", "inspection"), ("台账", "ledger"),
    ("回执", "reply"), ("视频", "video"), ("名单", "list"), ("清单", "list"), ("政务信息", "info"), ("工作信息", "info"),
    ("动态信息", "info"), ("案例", "cases"),
    ("照片", "photos"), ("截图", "screenshots"),
]


def material_names(text: str) -> list[str]:
    """The names of what is asked for: 政府信息公开工作年度报告, 统计表, 整改前后截图 …"""
    out: list[str] = []
    made: set[str] = set()  # 建立台账, 制定改造方案: kept by the unit, sent only if nothing else is named to send
    sent: set[str] = set()  # 于…前报送整改情况报告, 将改造户清单…报送: named as what the clause sends
    filled, decided = set(), set()  # 填写《…花名册》: a form filled in; 确定慰问名单: a list decided, written into it
    done: set[str] = set()  # 对…工作进行总结: the work, no paper where another is named (形成《…工作总结》)
    for m in MATERIAL.finditer(text):
        if REFERENCE.search(text[: m.start()]):
            continue  # 对照《…任务分解表》: a document to follow, not one to send
        if lists_who(text, m.group(), m.end()):
            continue  # 联系人表所列单位, 名单内企业: where the units or members are listed, not a thing sent
        if done_already(text, m.end()):
            continue  # 绩效目标表已审核通过: a table passed already, none asked
        if studied(text, m.start()):
            continue  # 对清单中的…逐项研究: the paper gone over, not one sent
        if ADVERB_BEFORE.search(text[: m.start()]):
            continue  # 要及时总结活动开展情况: to sum up, a verb, not a 总结 to send
        if FOCUS_BEFORE.search(text[: m.start()]) and re.match(r"[\u4e00-\u9fa5]", text[m.end():m.end() + 1]):
            continue  # 重点说明乡镇粮食仓储设施…情况: a verb with its object
        if m.group() == "计划" and MATTER_OF_A_STATEMENT.match(text, m.end()):
            continue  # 面积计划及种植结构调整情况说明: one 说明, of both
        if (basis := BASIS.search(text[: m.start()])) and not VERBS.search(basis.group("between")):
            continue  # 根据审查意见修改: what the work goes by
        if m.group() in ("材料", "资料") and LIST_HEADING_BEFORE.search(text[:m.start()]) and re.match(r"\s*[，,。:：]", text[m.end():]):
            continue  # 三、报送材料。（一）…: the heading of the list, not a material
        if sample_tables.a_sample_of_a_table_named_beside(text, m, MATERIAL):
            continue  # 按附件表样…形成《…登记表》: the table's form, not a second table
        if material_lists.a_label_before_its_material(m, MATERIAL):
            continue  # 报送材料：收储统计表: the label of what the colon is followed by
        if A_POST_AFTER.match(text, m.end()):
            continue  # 年鉴供稿联络员, 约稿单位: a post or the units the word names, not a 稿 to send
        if _within_a_longer_title(text, m.start(), m.end()):
            continue  # 《禁牧巡查队人员名单及巡查区域表》: one form, named by its title's last word
        start = _name_start(text, m.start())
        # 每个单位报送案例 → 案例; 《…作品报送汇总表》 whole: a verb in 《》 before a bare noun is a word of the title
        name = titled_names.name_past_its_verbs(text[start:m.end()], VERBS,
                                                titled_names.within_one_title(text, start, m.end()))
        name = LEADING_WORDS.sub("", name)
        if (name.startswith("在") or m.group().startswith("在") or text[:m.start()].endswith("在")) \
                and text[m.end():m.end() + 1] in ("中", "上", "内"):
            continue  # 在反馈表中注明“无意见”, 在表中注明“无食堂”: where to write, a material named before, not one more
        if text.startswith(("之外", "以外"), m.end()) and re.search(r"[在除][^，,。；;]{0,16}$", text[:m.start()]):
            continue  # 还须在自查表之外，同时报送…截图: what the clause comes besides, asked by another row
        if _format_of_the_material_before(text, m.start(), name, out):
            continue  # 报告（加盖单位公章的PDF扫描件）: the report's format, not a second material
        if text.startswith("格式", m.end()) and _in_the_bracket_after(text, m.start(), out):
            continue  # 界面截图（图片格式，不少于5张）: the screenshots' format, not a second material
        if made_not_sent.made_before(text, start, m.start()):
            name = made_not_sent.without_the_making(name)
            made.add(name)
        if made_not_sent.named_as_sent(text, m.end() - len(name)):
            sent.add(name)
        if made_not_sent.a_form_filled_in(text, m.end() - len(name)):
            filled.add(name)
        if made_not_sent.decided_before(text, start, m.start()):  # 确定慰问名单: decided, unless a format is given for it
            decided |= set() if format_after(text, name) else {made_not_sent.without_the_deciding(name)}
            name = made_not_sent.without_the_deciding(name)
        if re.match(r"\s*(?:详)?见附件", text[m.end():]) and re.search(r"[(（](?:具体|详细)?$", text[:m.start()]):
            continue  # 有储能项目落地的乡镇（名单见附件）: where the units are listed, no list to send
        if ONE_EACH.match(name):
            continue  # 推荐表（Word版，一户一表）: one form for each, how the form is filled, no form of its own
        if work_as_a_verb.the_work_done(text, m.start()):
            done.add(name)
        if name and name not in out:
            out.append(name)
    out = made_not_sent.only_what_is_sent(out, made, sent)
    out = made_not_sent.less_the_lists_decided(out, decided, filled, sent)
    out = work_as_a_verb.less_the_work_done(out, done)
    out = nil_returns.less_the_nil_returns(out)  # 无缺勤情况的实行零报告: the same sheet, sent empty
    out = [n for n in out if not ITEMS_COUNTED.fullmatch(n)] or out  # 统计表…，并附照片…，两项材料一并报送
    out = compared.less_the_compared(text, _with_the_things_named_by_format(text, out))
    out = [n for n in out if not format_names.only_a_format(text, n)] or out  # （WPS表格）: a format, no material
    # 总结报告 and 活动总结 both name the summary: keep the longer of overlapping names, but
    # for a report inside a table's name (年度报告 and 年度报告统计表 are two files)
    out = [n for n in joined_in_a_name.one_material_joined_twice(out, text)
           if not _one_period_of(n, out) and not HOW_FILLED.fullmatch(n)]
    out = inside_a_name.named_apart(out, text)  # 年度报告汇总表 alone: no 年度报告 beside the sheet
    out = inside_a_name.less_what_goes_inside(out, text)  # 展板中须附…创意说明: on the board, no file
    return [n for n in out if not any(n != o and n in o and not _report_in_table_name(n, o) for o in out)]


def _within_a_longer_title(text: str, start: int, end: int) -> bool:
    """A material word joined by 及 / 和 / 与 to the material word that ends its 《…》 title: the title names one file
    (人员名单及巡查区域表 is the 表); 《年度报告统计表》's 报告 is left to _report_in_table_name."""
    opened, closed = text.rfind("《", 0, start), text.find("》", end)
    if opened < 0 or closed < 0 or text.rfind("》", 0, start) > opened or "《" in text[end:closed]:
        return False
    return any(later.end() == closed and re.search(r"[及和与]", text[end:later.start()])
               for later in MATERIAL.finditer(text, end, closed))


def _with_the_things_named_by_format(text: str, names: list[str]) -> list[str]:
    """编制小班作业设计（Word格式），并附…照片: the 作业设计 too, in the order the text names them."""
    found = [(at, n) for at, n in unnamed_things.named_by_their_format(text, MATERIAL, VERBS, LEADING_WORDS, FORMAT_ONLY)
             if not any(n in o for o in names)  # 《2095年…报送工作开展情况》 read already, its year and all
             and not REFERENCE.search(text[:at])]  # 参照《…指南》（Word格式）: a paper to follow
    if not found:
        return names
    placed = [(text.find(n), n) for n in names] + found
    return [n for _, n in sorted(placed, key=lambda p: p[0])]


# 一户一表, 一人一表, 一村一表, 一校一册, 每村一个工作表: how many forms (or sheets), not a form
ONE_EACH = re.compile(r"^(?:一[\u4e00-\u9fa5]一|每个?[\u4e00-\u9fa5]{1,4}?[一1][个张份]?(?:工作)?)(?:表|册|档)$")


def _name_start(text: str, material: int) -> int:
    """Where the name ending in the material word at ``material`` starts: after the last
    punctuation, number or joining word within 32 characters (危险化学品企业安全风险隐患排查整治台账
    is 19), or 16 characters back where none is that near; a joiner between two words of one name is passed
    (收储及销售情况报告: joined_in_a_name)."""
    for back in range(1, min(32, material) + 1):
        if STOP.match(text[material - back]) and not joined_in_a_name.joins_one_name(text, material - back, MATERIAL):
            return material - back + 1
    return max(0, material - 16) if material > 32 else 0


# 一人一表, 一村一表: how the table is filled (one per person), not a table of its own
HOW_FILLED = re.compile(r"一[\u4e00-\u9fa5]一表")
# 首周台账 beside 秸秆禁烧巡查台账, 上月统计表 beside 热线工单统计表: one period of a material named
PERIOD_OF = re.compile(r"^(?:首周|首次|首期|第[一二三四五六七八九十\d]{1,2}[周期次]|本周|上周|每周|本月|上月|当月|每月|本期|当期)的?")


def _one_period_of(name: str, names: list[str]) -> bool:
    """A name that is a period word before another name's material (首周台账 and 巡查台账): that
    material, in one of its periods, not a second file."""
    rest = PERIOD_OF.sub("", name)
    return rest != name and bool(rest) and any(
        o != name and not PERIOD_OF.match(o) and o.endswith(rest) for o in names)


FORMAT_ONLY = re.compile(r"(?:PDF|pdf|Word|WORD|word|Excel|EXCEL|excel|电子版|扫描件|复印件|盖章版?|签章版?|版)+")


def _format_of_the_material_before(text: str, start: int, name: str, before: list[str]) -> bool:
    """A name made of format words only (PDF扫描件) inside the bracket that follows a material's
    name: 审计整改情况报告（加盖单位公章的PDF扫描件） is one material, in that format."""
    return bool(FORMAT_ONLY.fullmatch(name)) and _in_the_bracket_after(text, start, before)


def _in_the_bracket_after(text: str, start: int, before: list[str]) -> bool:
    """``start`` inside the bracket right after the last material named before it."""
    if not before:
        return False
    opened = max(text.rfind("(", 0, start), text.rfind("（", 0, start))
    if opened < 0 or max(text.rfind(")", 0, start), text.rfind("）", 0, start)) > opened:
        return False
    return text[:opened].rstrip().endswith(before[-1])


def _report_in_table_name(name: str, longer: str) -> bool:
    """年度报告 beside 年度报告统计表: two files (the table of the report's figures); not 目标责任书 inside
    目标责任书签订情况统计表, a table about them."""
    rest = longer.split(name, 1)[-1]
    return (bool(re.search(rf"(?:{TABLE_NOUN})$", longer)) and not re.search(rf"(?:{TABLE_NOUN})$", name)
            and len(rest) <= 5)


def parts_for(text: str, names: list[str]) -> list[dict]:
    # the paper copy (纸质版一式两份加盖公章报送…) is not mailed: its words make no part
    # nor are the particulars entered online beside it (同时扫码在线填报…姓名和手机号码)
    text = "，".join(c for c in re.split(r"[,，;；]", without_what_asks_nothing(text))
                    if "纸质" not in c and not not_mailed.entered_online(c))
    text = format_names.contents_left_out(text)  # 台账（含…清单）: what the table holds, not another file
    text = EXAMPLES_BRACKET.sub("", text)  # 佐证材料（会议记录、活动照片等）: what the material holds, not more files
    text = NOT_ACCEPTED.sub("", text)  # （不接受PDF、Word格式）: the formats refused are no formats asked
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
    if archive := one_package.packed_together(text, names):  # 将台账（Excel格式）和照片打包为一个压缩包
        return [archive]
    if copied := format_names.copied_material(text):  # 将…情况报送至…，Word版和加盖公章的PDF扫描件各一份: its two copies
        names = [n for n in names if not BARE_SCAN.match(n)] or [copied]
    if scanned := sent_as_its_scan(text, names):
        names = [n for n in names if not BARE_SCAN.match(n)]  # 《…》扫描件: the scan is that paper's
    own = {n: format_after(text, n) for n in names}  # 预案（Word格式）和名单（Excel格式）
    listed = material_lists.listed_of_one_kind(text, names, MATERIAL)  # A统计表、B统计表和C统计表: a file each
    material_lists.format_said_of_the_list(own, listed)  # …（Excel格式） after the last: said of them all
    format_names.said_of_the_pair(text, own)  # 推荐表和个人业绩材料（Word格式）: said of both
    in_a_list = {n for run in listed for n in run}
    parts: list[dict] = []
    # 问题整改清单（Word格式）: a 清单 written as a document, by its own bracket
    docs = _distinct_documents(in_a_list, [n for n in names if (re.search(DOC_NOUN, n) and not re.search(TABLE_NOUN, n)
                                                     and own[n] != "sheet" and not VIDEO_ITSELF.search(n))
                                                    or own[n] in ("word", "scan", "data")
                                           or (material_lists.facts_beside_materials(n, names, MATERIAL)
                                               and own[n] != "sheet")])  # …发放情况（Excel格式）: the sheet alone
    tables = [n for n in names if (re.search(TABLE_NOUN, n) or own[n] == "sheet") and own[n] not in ("word", "data")]
    if not tables and re.search(r"Excel|EXCEL|excel|xlsx?", text) and docs and not any(own.values()):
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
    stamped_of = scanned or stamped_material(unpacked, [n for n in names if n not in packed])
    if stamped_of is not None:
        word_copy_too = bool(stamped_of) and format_names.a_word_copy_too(text, stamped_of, own_bracket(text, stamped_of))
        # 情况说明（Word格式，加盖公章）: one Word file that bears the stamp, no scan of it
        word_file = not word_copy_too and stamped_of in docs and stamped_in_its_word_file(text, stamped_of)
        if word_file:
            docs.remove(stamped_of)
        elif stamped_of in tables:
            tables.remove(stamped_of)  # a stamped table is sent as its scan
        elif stamped_of in docs and (not word or stamped_of.endswith("扫描件")) and not word_copy_too:
            docs.remove(stamped_of)  # 审核单扫描件: named as a scan, no Word copy of it whatever Word the text says
        if word_copy_too and stamped_of not in docs:
            docs.append(stamped_of)
            docs_in_word.add(stamped_of)
        if stamped_of and not BARE_SCAN.match(stamped_of):  # 承诺书（附件2，扫描件）: the 扫描件 is its form
            docs = [d for d in docs if not BARE_SCAN.match(d)]
    for thing in unnamed_things.in_word_by_its_bracket(text):  # 推荐作品（Word格式）: no material word names it
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
    for k, table in enumerate(tables[:max(2, longest, own_sheets)] or (["表格"] if re.search(r"Excel|EXCEL|excel|xlsx?", text) else [])):
        parts.append({"id": "table" if k == 0 else f"table{k + 1}", "title": table, "kind": "document",
                      "formats": list(SPREADSHEET_FORMATS), "words": part_words(table)})
    photo_names = sorted((n for n in names if re.search(r"照片|图片|影像|证件照", n)), key=lambda n: "照片" not in n)
    if photo_names and _packed(text, photo_names[0], names):  # 照片…统一打包为一个压缩文件: one zip, not photos
        parts.append({"id": "archive", "title": photo_names[0], "kind": "document", "words": part_words(photo_names[0]),
                      "formats": ["zip", "rar", "7z"]})
    elif photo_names:
        parts.append({"id": "photos", "title": photo_names[0], "kind": "photo",
                      "min_count": least_count(text, r"照片|图片", MATERIAL)})
    video_names = [n for n in names if re.search(r"视频(?!会议|会商|监控)|宣传片|短片", n)]  # 视频会议…回执单: no video
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
    if not parts:  # 收储情况和销售情况: a list of what no material word names is a document each
        for k, name in enumerate(next((run for run in listed if names and run[0] == names[0]), names[:1])):
            parts.append({"id": "doc" if k == 0 else f"doc{k + 1}", "title": name, "kind": "document",
                          "words": part_words(name)})
        if not names:
            parts.append({"id": "doc", "title": "材料", "kind": "document", "words": ["材料"]})
    _papers_counted(text, parts)
    return mail_body.typed_in_the_mail(text, parts)


# 见文末联系方式, 详见通知末尾联系方式: a pointer to where something is written, no contact asked
POINTER = re.compile(r"(?:详见|参见|见)[\u4e00-\u9fa5]{0,8}?联系方式")
ATTACHMENT_NO = r"附件\s*[\d一二三四五六七八九十]{0,2}"  # （附件1，Word版）: the form's place, then its format
PAPERS_COUNTED = re.compile(r"(?P<n>\d{1,2}|[一二三四五六七八九十两])\s*件公文")


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


# 《…推荐表》（附件1，Word版，一人一表）: the bracket after the name's 》, the 附件's number before its first clause
OWN_BRACKET = re.compile(rf"\s*》?\s*[(（](?:{ATTACHMENT_NO}\s*[,，、]\s*)?([^)），,；;]{{0,20}})[)），,；;]")


def own_bracket(text: str, name: str) -> str:
    """The first clause of the bracket right after a material's name, or ""."""
    at = text.find(name)
    m = OWN_BRACKET.match(text[at + len(name):]) if at >= 0 and name else None
    return m.group(1) if m else ""


def format_after(text: str, name: str) -> str:
    """The format a bracket (or a glued 《…》Word版) right after a material's name gives it: sheet, word, scan or "" (read in
    the bracket's first clause: 问题整改清单（Word格式，写明问题、整改措施和完成时限…）; a leading 附件1 is
    only where the form is: 推荐表（附件1，Word版，一户一表） is read in Word版)."""
    first = own_bracket(text, name)
    if not first:
        return format_names.glued_format(text, name) or format_names.said_of_all(text, name)
    if re.search(r"Excel|EXCEL|excel|xlsx?|电子表格|CSV|csv", first):  # 交易数据（CSV格式）: a sheet exported plain
        return "sheet"
    if program := format_names.program_format(first):
        return program
    if data_formats.formats_in(first):  # 作业点位置坐标（KML格式）: a data file, in its own format
        return "data"
    if format_names.a_scanned_image(first):
        return "scan"
    return "word" if re.search(r"Word|WORD|word|docx?", first) else format_names.said_of_all(text, name)


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


def hints_for(names: list[str]) -> list[str]:
    hints: list[str] = []
    for n in names:
        if BARE_SCAN.match(n):
            continue  # 扫描件: every campaign's scans say it
        # the full name, then its shortenings that carry its topic: never a bare 统计表 or 情况报告
        shortenings = [h for h in (short_name(n), topic(n), _stem(n)) if h and not bare(h)]
        for h in (n, *shortenings):
            if h not in hints and h not in GENERIC and len(h) >= 2:
                hints.append(h)
    return hints


def _stem(name: str) -> str:
    """自查报告 → 自查, 访谈稿件 → 访谈: the word before the material's noun."""
    m = re.fullmatch(rf"([\u4e00-\u9fa5]{{2}})(?:{TABLE_NOUN}|{DOC_NOUN}|照片|图片|截图)", name)
    return m.group(1) if m and m.group(1) not in STEMS_OF_NO_MATTER else ""


# 工作总结, 活动照片, 作品图片: a word any campaign's material opens with (作品: the works every 征集 asks), no hint alone
STEMS_OF_NO_MATTER = ("工作", "情况", "相关", "有关", "活动", "记录", "修改", "作品")


def make_distinct(hint_lists: list[list[str]], titles: list[str] | None = None) -> list[list[str]]:
    """Drop from each requirement the hints that another requirement of the notice shares, or
    that are part of another's hint (报告 in 整改报告): they would point to both. Requirements of
    one title are one report's periods (首次…；此后每月…): they keep their shared words, and the
    collector tells them apart by when a mail arrives."""
    titles = titles or [str(i) for i in range(len(hint_lists))]
    out = []
    for i, hints in enumerate(hint_lists):
        others = [h for j, hs in enumerate(hint_lists) if titles[j] != titles[i] for h in hs]
        out.append([h for h in hints if not any(h == o or h in o for o in others)])
    return out


def requirement_id(title: str, taken: set[str]) -> str:
    found = sorted((title.find(word), k, rid) for k, (word, rid) in enumerate(ID_WORDS) if word in title)
    base = found[0][2] if found else slug(title, 10).lstrip("0123456789") or "requirement"  # ids start with a letter
    rid, n = base, 2
    while rid in taken:
        rid, n = f"{base}-{n}", n + 1
    return rid


def slug(text: str, limit: int = 24) -> str:
    """ascii slug from Chinese: the pinyin initials of the words (zwgk for 政务公开)."""
    letters = "".join(p[0] for p in lazy_pinyin(re.sub(r"[^\u4e00-\u9fa5A-Za-z0-9]", "", text)) if p and p[0].isascii())
    return re.sub(r"[^a-z0-9]", "", letters.lower())[:limit]
