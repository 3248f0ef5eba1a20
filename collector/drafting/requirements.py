"""What a deadline asks for, from the words of its sentence: the names of its materials (the requirement's title),
and the requirement as drafted. Its id and hints are `hints_and_ids`; what each material is sent as (its parts) is
`parts.parts_for`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from zoneinfo import ZoneInfo

from .materials import (
    carried_in_a_form,
    compared,
    data_formats,
    draft_stages,
    format_names,
    inside_a_name,
    joined_in_a_name,
    made_not_sent,
    making_progress,
    material_lists,
    nil_returns,
    paper_and_its_scan,
    sample_tables,
    slides,
    titled_names,
    unnamed_things,
    work_as_a_verb,
)
from .asks.already_sent import done_already
from .materials.asks_nothing import announced_later, checked, lists_who, received, studied
from .materials.besides_asked import asked_besides
from .materials.photo_counts import COUNTED_PHOTO_KIND, PHOTO_KIND
from .materials.printed_matter import PRINTED_NOUN
from .materials.sent_down import less_what_is_sent_down
from .materials.shown_in_a_screenshot import shown_in_a_screenshot
from .materials.what_it_is_on import what_another_paper_is_on
from .materials.worked_from import a_material_worked_from
from .words import DRAWING_NOUN, NEXT_STEPS

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



# a table: 统计表, 报名表, 任务分解表 … (the word before 表 is checked: not 代表, 发表, 列表, nor 上表 / 下表 (the notice's own table),
# nor 按表 (按表中时间: the times its table sets); nor 表彰; 表格 is its own word)
TABLE_NOUN = r"(?![代发外仪电时年图列上下按])[\u4e00-\u9fa5]表(?![彰示达扬态率现层面格性])|表格|台账|清单"
# 工作动态: the short news of the work each period sends (not 动态管理, 动态调整); 周报 / 年报 stay no material word: a
# notice's 周报 is often filled in its 《…周报表》, and 年报 is as often a filing made online (个体工商户年报) or the
# statistics' yearly round (统计年报工作)
WORK_NEWS = r"(?<=工作)动态(?![管调更监清跟化信])"
# 政府信息公开工作年报, 年报（PDF盖章版）: a yearly report of the work, or one sent in a format of its own, is a paper
YEARLY_REPORT = r"(?<=工作)年报(?![表率工数])|年报(?=\s*[(（][^()（）]{0,12}?(?:Word|WORD|word|PDF|pdf|WPS|盖章|扫描|格式|版))"
# 下一步工作打算: the plans a report on the work closes with (打算 alone is a verb: 打算开展; `…存在问题及2027年工作打算，
# 形成工作总结` lists what the 总结 holds)
PLANS = "(?:" + "|".join(f"(?<={step}工作)" for step in NEXT_STEPS) + ")打算"
# 秸秆禁烧工作周报, 民生实事进展月报: a periodic report named by its matter (not 每周报送, 按月报送, 逐月报告; a 周报表 is
# a table; a bare 当周周报 or 。月报… names none, and a form named nearby, 《创城重点任务周报表》, says what it is)
PERIODIC_REPORT = r"(?<=[\u4e00-\u9fa5])(?<!当周|本周|上周|本月|上月|当月)(?<![每一当本上下逐按])[周月季旬]报(?![送表制告道刊纸])"
# 联络员信息, 联系人信息: whom to call, a thing a notice asks (parts.particulars_of_a_contact, list_columns.LIST)
CONTACT_WORD = r"(?:联络员|联系人)信息"
# 照片档案目录（Excel格式）: a catalogue given a file format of its own is a paper (目录 alone is too often the contents of
# a book or a list of items named in the text to be one)
CATALOGUE_IN_A_FORMAT = r"\s*[(（][^()（）]{0,12}?(?:Excel|EXCEL|excel|Word|WORD|word|WPS|PDF|pdf|格式|版)"
DOC_NOUN = (r"(?:自查|整改)情况(?![表报]|(?:(?![和及与或、])[\u4e00-\u9fa5]){1,3}表)|报告书(?=[^\u4e00-\u9fa5]|[和及与或、等并]|$)|(?<!口头)报告|回执|总结|方案|预案|承诺书|责任书|委托书(?!面)|申请书|(?<=验收)申请(?![书表单人])|申报书|稿件|(?<!学习)课件(?!内容)|访谈稿|讲话稿|问卷|说明"
            r"|计划(?!表|生育|免疫)|材料|简历|(?<!口头)汇报|案例|事例|文章|名单|花名册|登记册|名录|资料目录|目录(?=》|" + CATALOGUE_IN_A_FORMAT + r")|情况证明|意见建议|(?:复核|审核|审查|初审|评审|书面|推荐)意见|建议书|扫描件|(?:排查|检查|核查|自查|评估|监测|检测|调查|摸底|普查|复核)结果(?!表|[^。；;]{0,6}?(?:填入|填写|录入|填报))|(?:巡查|巡河|巡湖|巡林|巡护|巡逻|检查|督查|会议|培训|值班|走访|消杀|维护|维修|运行|监测|检测|学习)记录(?![表仪员])|(?:政务|工作|动态|活动|宣传)信息(?![员公化系])|" + CONTACT_WORD + r"(?![表单册])|(?:确认|回执|交接|审批)单(?![位元])|稿|(?<=[片频])脚本|解说词"
            r"|简报|专报|快报|心得体会"
            r"|" + WORK_NEWS + "|" + YEARLY_REPORT + "|" + PERIODIC_REPORT + "|" + PLANS
            + "|" + DRAWING_NOUN + "|" + PRINTED_NOUN  # 园区排水管网图: a drawing; 宣传单, 作品汇编: printed matter
            + "|" + slides.DECK_NOUN)  # 汇报PPT: slides
# (竣工)验收申请: the paper asking for the check, sent beside the project's other papers (a lead's probe: 将项目竣工验收申请、
# 工程量清单…报送; 申请验收, the verb, is none)
# 计划(?!生育|免疫): 计划生育特殊家庭成员名册, 计划免疫儿童接种名册 — the policy's name, no plan; the paper is its own noun
# (held-out 2917)
# 选取3件公文: papers counted by 件 (公文 alone is how a notice says anything is sent: 以公文形式报送); a
# word before 类 is a kind of them (其中请示、报告类不少于1件), not a material of its own
# 两项材料, 三项资料: the materials just named, counted, no material of their own
# 三、报送材料：…, 二、上报资料。…: a section's heading naming the materials it lists, glued to its items (above.py's
# CONTENTS_HEADING reads such a heading on a line of its own)
LIST_HEADING_BEFORE = re.compile(r"(?:^|[，,。;；\s])[一二三四五六七八九十]{1,3}、\s*(?:报送|上报|申报|提交|所需)?$")
# 以上三项材料, 上述两项资料: the same, pointed back at (…形成年度工作总结（Word格式），同时报送…扫描件（PDF格式）和…统计表
# （Excel格式），以上三项材料请于…一并发送, held-out 2864)
ITEMS_COUNTED = re.compile(r"(?:以上|上述|前述)?(?:所列)?(?:全部|各)?[一二两三四五六七八九十\d]{1,2}项(?:材料|资料)")
# 各单位报送一张表，不得遗漏: how many tables a unit sends, a bare count before 表 naming none (一张汇总表 names one)
TABLES_COUNTED = re.compile(r"(?:(?:每个?|各)(?:单位|部门|乡镇))?(?:只|仅|限)?(?:报送|上报|报|交|填报?)?"
                            r"[一二两三四五六七八九十\d]{1,2}[张份个套]表格?")
# 每个单位报送一份表格: the counted 表格 is the count's noun, when a table is named beside it
COUNTED_BARE_TABLE = re.compile(r"[一两二三四五六七八九十\d]{1,2}[张份个套](?P<name>表格?)(?![\u4e00-\u9fa5])")
# 专题片, 纪录片, 微电影, 录像: a film, a material when its bracket asks a video format (2132: `“守护英烈”专题片（MP4格式）`,
# 2608: `排练录像（MP4格式，时长不超过5分钟）`; `进行访谈录像` with no bracket is the filming; its
# 解说词 or 拍摄方案 stays a document; 2766: `公益广告成片（MP4格式，单条时长不超过2分钟）`, 成片 the film as cut, not after a
# video word naming the film already, `短视频成片`; 参赛作品（MP4格式）: works, in a video format, are films too — 作品 alone,
# or in a picture's or paper's format, stays as read)
FILM_NOUN = r"专题片|纪录片|微电影|录像|(?<!视频)成片"
WORKS_FILMED = r"作品"
IN_A_VIDEO_FORMAT = r"(?=\s*[(（][^()（）]{0,12}?(?:MP4|mp4|MOV|mov|AVI|avi|WMV|wmv|MKV|mkv|视频格式))"
# 宣传片拍摄方案, 短片制作计划, 宣传视频脚本: a paper about a film to be made, not the film
FILM_PLANNED = re.compile(r"(?:拍摄|制作)?(?:方案|计划|脚本|解说词)")
MATERIAL = re.compile(rf"(?:{TABLE_NOUN}|{DOC_NOUN}|(?<=件)公文|照片|图片|影像资料|截图|视频|宣传片|短片|(?:{FILM_NOUN}|{WORKS_FILMED}){IN_A_VIDEO_FORMAT}|证件照(?!片)|{COUNTED_PHOTO_KIND})(?!类)")
# words that end a material's name when walking back from its keyword (a quoted event's name, “大凌河之春”…汇总表, too:
# titled_names.QUOTE_MARKS)
STOP = re.compile(r"[\d\s+＋、,，。．.;；:：()（）《》及和与并或等将把的至于要" + titled_names.QUOTE_MARKS + "]")
# 本单位, 本部门, 本乡镇, 本系统, 本行业, 本领域: whose paper it is (each sender's own unit, system or line of work), no word of
# the paper's name (将本系统《重要经济目标防护情况报告》报送 → 重要经济目标防护情况报告)
WHOSE_PAPER = r"本单位|各单位|本部门|本乡镇|本系统|本行业|本领域"
LEADING_WORDS = re.compile(r"^(?:(?!" + titled_names.NOTES_ON_ITS_MAKING.pattern + r")(?:插入|建立|形成|填写|撰写|编制|制定|提供|上传|完善|收集|搜集|整理|报送|上报|补报|补交|提交|填报|认真|做好|请|留存|同时|其中|另(?:行|外)?(?:报|交|送)(?![名告道到送])|另(?=附)|并(?=附)"
                           r"|包括|附上|附|含|\d{4}年(?:以来|至今)|\d{4}年度(?!报告)|\d{4}(?=年度报告)|\d{4}年(?!度)|年度(?!报告)|" + WHOSE_PAPER + r"|本辖区|辖区内?|以(?=(?:Excel|EXCEL|excel|WPS)表格|照片|图片|(?:PDF|pdf)?扫描件)|相关|有关|一份|一式|每[篇份件]|上月|本月|当月|本周|当周|上周|件|[张幅](?!贴)(?:以上)?(?=[\u4e00-\u9fa5]{0,4}(?:照片|图片|截图|" + PHOTO_KIND + r")$)"
                           r"|以来|至今|[日时点分]?(?:之|以)?前(?!述)|年(?![度报审终鉴]|检(?![查测验修索视]))"
                           # 整理成文字材料, 撰写成书面材料: the 成 of the verb cut before it (held-out 2913)
                           r"|连同|的|成(?=文字|书面|文稿|材料|稿)|随(?=(?!访)[\u4e00-\u9fa5]{1,3}$)|配(?=(?:相关)?(?:图片|照片)$)"
                           # 选取近两年惠民演出剧照: the choosing of the pictures sent
                           r"|(?:选取|挑选|精选)(?=[\u4e00-\u9fa5\d]{0,16}(?:照片|图片|" + PHOTO_KIND + r")$)))+")  # 随台账一并发送: with the
# 台账 named before; 配图片3-5张: the pictures going with it; 填报说明, 编制说明 keep their verb (`titled_names.NOTES_ON_ITS_MAKING`)
# (a 年 left of a date goes, but not the 年 of a word it opens: 年检材料, 年审材料, 年终总结, 年鉴 — a yearly check, audit, the
# year's end, a yearbook; 年检材料 never 检材料)
# 文字材料不超过1500字 in the bracket after a 典型案例: the material's own text
TEXT_OF_IT = re.compile(r"文字(?:材料|稿|说明)|文稿")
# 系统 before a picture word is the system shown, a noun (并附隐患整改销号系统截图: the 系统's screenshot, as 平台截图 /
# 后台截图 are), no adverb of a verb (系统总结)
ADVERB_BEFORE = re.compile(r"(?:及时|认真|全面|深入|系统|切实|不断|定期|逐项)$")
PICTURE_WORD = re.compile(r"截图|照片|图片|" + PHOTO_KIND)
# 请各乡镇总结本年度工作成效…，形成工作总结: 总结 right after who does it, its object after it, is the verb; so is 总结
# opening a clause after a comma with a time or the work summed up right after it (对照部门职责，总结本年度…工作成效,
# ，总结2957年度…, ，总结今年以来…; ，总结须经…审签 is the paper); so is 总结 right after a body's own name, as a group's
# (`请…县水利局、葫芦岛市生态环境局建昌分局总结区域评估成果…的应用情况，形成…报告`: 局 / 管委会 / 中心 / 政府 …, held-out 3016;
# 报送本局总结（Word格式）, 水利局总结和…报告 name the paper); so is 总结 with its object whose clause the next forms the
# paper from (请另行总结试点做法，形成典型案例（Word格式）: what the case is made of, no 总结 beside it; 形成 / 整理成 / 撰写成 …
# right after the comma, as `compared.SORTED_INTO` reads 梳理X，形成Y)
SUMMING_UP = re.compile(r"(?:(?<=乡镇|单位|部门|各地|委会|中心|政府|公司)|(?<=[请要并局院所站队馆]))总结(?=[\u4e00-\u9fa5])(?![及和与报材])"
                        r"|(?<=[，,；;])总结(?=本|今年|上半年|下半年|全年|近年|近[一二三两]年|一年|过去|\d{4}年|各|辖区|工作|经验)"
                        r"|(?<!工作)(?<!年度)(?<!年终)(?<!活动)(?<!经验)(?<!专项)总结(?![及和与报材])(?=[\u4e00-\u9fa5][^，,。；;()（）《》]{1,40}[，,]\s*(?:并|再|进而|最终)?"
                        r"(?:形成|(?:整理|撰写|编写|汇编|编辑|编撰)成(?!册)))")
# 报送自查报告，重点说明仓储设施…情况: what the report should dwell on, 说明 / 报告 / 总结 a verb with its object after it
FOCUS_BEFORE = re.compile(r"(?:重点|着重)$")
# 春播面积计划及种植结构调整情况说明: the plan is a matter the one 情况说明 explains, no file of its own
MATTER_OF_A_STATEMENT = re.compile(r"[及和与][\u4e00-\u9fa5]{1,16}?情况说明")
# 撰稿人培训班, 供稿人名单, 简报供稿联络员: the writers (稿 and 人) or a post named by the paper it writes for, not a paper to send
A_POST_AFTER = re.compile(r"(?:供稿|撰稿|编辑|编写)?(?:联络|通讯|联系|审核|信息)?员(?!工)|(?<=稿)(?:单位|人)")
# 为提高稿件质量，我委定于…举办撰稿人培训班 / 为保证材料质量: the quality the work is for, in a purpose clause
QUALITY_OF_IT = re.compile(r"(?:的)?(?:质量|水平|规范性|准确性)(?=[，,。；;和及与、]|$)")
PURPOSE_BEFORE = re.compile(r"(?:^|[，,。；;])\s*为了?(?:进一步)?(?:提高|提升|保证|确保|保障|改进)[^，,。；;]{0,6}$")
# 按照附件1填报说明的要求, 详见填报说明: the instructions a form comes with, followed, not sent
INSTRUCTIONS_FOLLOWED = re.compile(r"(?:按照|根据|依据|参照|对照|按|详见|见)(?:附件\s*\d*|表后|表格|表内)?的?(?:编制|填报|填写|起草)?说明$")
# 按照《…实施办法》关于“每年年初更新新闻发言人名单并向社会公布”的规定: the rule quoted from it, no material either (held-out 2944)
REFERENCE = re.compile(r"(?:对照|按照|根据|依据|参照|参考|贯彻|落实|执行)《[^》]*(?:》(?:关于|中|第[^“”，,。；;]{1,8}条)?“[^”]*)?$")
# 请各乡镇根据审查意见修改完善，于…前将文本定稿…发送: what the work goes by, no material (根据要求报送统计表 has its
# verb between: the 统计表 is sent); a bare 按 only right before it (按审核意见修改, not 按时报告 nor 按户建立台账)
BASIS = re.compile(r"(?:按照|根据|依据|参照|按(?![时期月季年周日天])(?=[\u4e00-\u9fa5]{0,2}$))(?P<between>[\u4e00-\u9fa5]{0,6})$")
SENDING_ITSELF = ["报送", "上报"]
OTHER_VERBS = ["补报", "补交", "发送", "提交", "填写", "填报", "撰写", "形成", "制定", "编制", "审签", "签字", "附上", "整理", "连同",
               "拍摄", "制作", "绘制", "提出", "出具", "配发", "配附"]
VERBS = re.compile("|".join(SENDING_ITSELF + OTHER_VERBS))
GENERIC = {"报告", "材料", "资料", "情况", "表", "表格", "文件", "说明", "电子版", "稿", "总结报告", "相关材料", "有关材料"}


# 1—2个典型案例, 3篇信息, 2个以上案例, 近12个月用水台账: the measure word after a count (and 以上 / 左右, or the months
# counted), no word of the name (个人简历 keeps its 个: no count before it)
COUNTED_BEFORE = re.compile(r"^(?:个月|[个篇份则条件套部](?:以上|左右)?)")
# 材料报送截止时间, 报送材料截止时间为, 资料上报时限: the bare word 材料 naming when, not what (自评材料报送时间: a name)
TIME_OF_SENDING = re.compile(r"(?:(?<![\u4e00-\u9fa5])|(?<=[报送交]))(?:材料|资料)(?:报送|上报|提交|发送)?的?(?:截止|截至)?"
                             r"(?:时间|时限|期限|日期)")
# 发送至统计表邮箱, 文字材料邮箱, 报表接收邮箱: a mailbox labelled by the paper it takes, no paper asked (填写统计表，发送至邮箱
# asks the 统计表)
MAILBOX_LABEL = re.compile(r"(?:报送|接收|收取|专用)?(?:电子)?(?:邮箱|信箱)")


# 不写成工作总结, 避免写成流水账式总结, 切忌搞成…汇报: the shape a paper must not take
NOT_WRITTEN_AS = re.compile(r"(?:不|勿|不要|不能|不得|避免|切忌|防止)(?:写|搞|变|弄|做)成[\u4e00-\u9fa5]{0,8}$")


def same_paper_and_day(a: DraftRequirement, b: DraftRequirement) -> bool:
    """Whether two requirements ask the same paper by the same day: due, title and parts (kind and title) alike, so
    each unit's share of one paper (two slips, two unit-headed paragraphs) is one requirement."""
    return a.due == b.due and a.title == b.title \
        and [(p.get("kind"), p.get("title")) for p in a.parts] == [(p.get("kind"), p.get("title")) for p in b.parts]


def material_names(text: str) -> list[str]:
    """The names of what is asked for: 政府信息公开工作年度报告, 统计表, 整改前后截图 …"""
    out: list[str] = []
    made: set[str] = set()  # 建立台账, 制定改造方案: kept by the unit, sent only if nothing else is named to send
    gathered: set[str] = set()  # 汇总…用水计划建议: the matter gathered, no file where a form is filled in
    sent: set[str] = set()  # 于…前报送整改情况报告, 将改造户清单…报送: named as what the clause sends
    formed: set[str] = set()  # 形成《…报告》，于…前报送: a paper formed, then sent by a verb with no object
    filled, decided = set(), set()  # 填写《…花名册》: a form filled in; 确定慰问名单: a list decided, written into it
    kept_in_a_form: dict[str, str] = {}  # 建立重点人员台账 with no format of its own: name → its material word (台账)
    later: set[str] = set()  # 统计表另行通知: a paper whose sending is announced later, wherever else it is named
    done: set[str] = set()  # 对…工作进行总结: the work, no paper where another is named (形成《…工作总结》)
    gone_over, named_free = set(), set()  # 对…整改情况进行自查: the matter checked, no paper where another is named
    for m in MATERIAL.finditer(text):
        if REFERENCE.search(text[: m.start()]):
            continue  # 对照《…任务分解表》: a document to follow, not one to send
        if what_another_paper_is_on(text, m.start(), m.end(), MATERIAL):
            continue  # 对初稿的书面审核意见: what the opinion is on, not a paper sent
        if lists_who(text, m.group(), m.end()):
            continue  # 联系人表所列单位, 名单内企业: where the units or members are listed, not a thing sent
        if done_already(text, m.end()):
            continue  # 绩效目标表已审核通过: a table passed already, none asked
        if asked_besides(text, m.start(), m.end()):
            continue  # 除报送年检材料外，还须报送《…说明》: the paper asked before, not this sentence's
        if studied(text, m.start()):
            continue  # 对清单中的…逐项研究: the paper gone over, not one sent
        if received(text, m.start()):
            continue  # 各单位收到问题清单后要立行立改: the office's paper the units receive, not one sent
        if FILM_PLANNED.match(text, m.end()) and re.fullmatch(r"视频|宣传片|短片", m.group()):
            continue  # 宣传片拍摄方案, 宣传视频脚本: the paper is sent, the film is its matter
        if (ADVERB_BEFORE.search(text[: m.start()]) and not (PICTURE_WORD.fullmatch(m.group())
                                                              and text[: m.start()].endswith("系统"))) \
                or SUMMING_UP.match(text, m.start()):
            continue  # 要及时总结活动开展情况, 请各乡镇总结本年度…: to sum up, a verb, not a 总结 to send
        if NOT_WRITTEN_AS.search(text[: m.start()]):
            continue  # 述职报告（…，不写成工作总结）: what the paper must not read like, no paper of its own
        if FOCUS_BEFORE.search(text[: m.start()]) and re.match(r"[\u4e00-\u9fa5]", text[m.end():m.end() + 1]):
            continue  # 重点说明乡镇粮食仓储设施…情况: a verb with its object
        if m.group() == "计划" and MATTER_OF_A_STATEMENT.match(text, m.end()):
            continue  # 面积计划及种植结构调整情况说明: one 说明, of both
        if (basis := BASIS.search(text[: m.start()])) and not VERBS.search(basis.group("between")):
            continue  # 根据审查意见修改: what the work goes by
        if INSTRUCTIONS_FOLLOWED.search(text, 0, m.end()):
            continue  # 按照附件1填报说明的要求报送: the instructions the filling follows
        if a_material_worked_from(text, m.start(), VERBS):
            continue  # 对照审计报告中涉及本乡镇的问题清单, 结合今年种植计划: what the work is read against
        if shown_in_a_screenshot(text, m.end(), VERBS):
            continue  # 并附…运行记录和药剂投加台账的截图: what the one screenshot shows, no paper of its own
        if m.group() in ("材料", "资料") and LIST_HEADING_BEFORE.search(text[:m.start()]) and re.match(r"\s*[，,。:：]", text[m.end():]):
            continue  # 三、报送材料。（一）…: the heading of the list, not a material
        if TIME_OF_SENDING.match(text, m.start()):
            continue  # 材料报送截止时间为3月20日17:30: when whatever is sent is due, no material
        if MAILBOX_LABEL.match(text, m.end()):
            continue  # 发送至统计表邮箱: the mailbox's label, no paper
        if sample_tables.a_sample_of_a_table_named_beside(text, m, MATERIAL):
            continue  # 按附件表样…形成《…登记表》: the table's form, not a second table
        if material_lists.a_label_before_its_material(m, MATERIAL) \
                or material_lists.a_heading_label_before_its_material(m, MATERIAL):
            continue  # 报送材料：收储统计表, 三、材料报送：请…将活动总结…报送: the label of what the colon is followed by
        if A_POST_AFTER.match(text, m.end()):
            continue  # 年鉴供稿联络员, 约稿单位: a post or the units the word names, not a 稿 to send
        if QUALITY_OF_IT.match(text, m.end()) and PURPOSE_BEFORE.search(text[: m.start()]):
            continue  # 为提高稿件质量，…: what the work is for, not a paper sent
        if _within_a_longer_title(text, m.start(), m.end()):
            continue  # 《禁牧巡查队人员名单及巡查区域表》: one form, named by its title's last word
        start = _name_start(text, m.start())
        # 每个单位报送案例 → 案例; 《…作品报送汇总表》 whole: a verb in 《》 before a bare noun is a word of the title
        name = _name_past_its_verbs(text, start, m.start(), m.end(), _sending_a_word_of_the_name(text, start, m.end()))
        name = LEADING_WORDS.sub("", name)
        name = COUNTED_BEFORE.sub("", name) if re.search(r"\d\s*$", text[:text.find(name, start)]) else name  # 1—2个典型案例
        name = titled_names.with_its_quoted_topic(text, start, name)  # 《“无讼村（社区）”推荐表》: 无讼村推荐表
        name += making_progress.progress_of_its_making(text, m.end())  # 论证报告编制进度: one account, of the report
        if announced_later(text, m.end()):
            later.add(name)  # ，统计表另行通知, 典型案例的报送要求将另行下发: announced later, not asked now
            continue
        if (name.startswith("在") or m.group().startswith("在") or IN_A_FORM_BEFORE.search(text[:m.start()])) \
                and text[m.end():m.end() + 1] in ("中", "上", "内"):
            continue  # 在反馈表中注明“无意见”, 在表中注明“无食堂”: where to write, a material named before, not one more
        if text.startswith(("之外", "以外"), m.end()) and re.search(r"[在除][^，,。；;]{0,16}$", text[:m.start()]):
            continue  # 还须在自查表之外，同时报送…截图: what the clause comes besides, asked by another row
        if _format_of_the_material_before(text, m.start(), name, out):
            continue  # 报告（加盖单位公章的PDF扫描件）: the report's format, not a second material
        if TEXT_OF_IT.fullmatch(name) and _in_the_bracket_after(text, m.start(), out):
            continue  # 典型案例（文字材料不超过1500字，配图片3-5张）: the case's own text, not a second document
        if text.startswith("格式", m.end()) and _in_the_bracket_after(text, m.start(), out):
            continue  # 界面截图（图片格式，不少于5张）: the screenshots' format, not a second material
        if made_not_sent.made_before(text, start, m.start()):
            name = made_not_sent.without_the_making(name)
            made.add(name)
            if not format_after(text, name):
                kept_in_a_form[name] = m.group()
        elif made_not_sent.gathered_before(text, start):
            made.add(name)  # 汇总…自查情况: the matter gathered
            gathered |= set() if format_after(text, name) else {name}  # 汇总…用水计划建议，填写《…建议表》: what it holds
        elif made_not_sent.checked_before(text, m.start()) and not format_after(text, name):
            gathered.add(name)  # 核实…单位名录，填写《…名录核实表》: the list checked, what the form holds
        if made_not_sent.named_as_sent(text, m.end() - len(name)):
            sent.add(name)
        if made_not_sent.formed_and_sent(text, m.end() - len(name), m.end()):
            formed.add(name)  # 形成《…整改情况报告》，于…前报送: the paper sent
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
        (gone_over if checked(text, m.start()) else named_free).add(name)  # 对…整改情况进行全面自查: the matter checked
        if name and name not in out:
            out.append(name)
    out = [n for n in out if n not in later]
    out = made_not_sent.only_what_is_sent(out, made, sent)
    out = made_not_sent.less_the_lists_decided(out, decided | gathered, filled, sent)
    out = made_not_sent.less_what_is_kept_in_the_form(out, kept_in_a_form, filled)
    out = made_not_sent.less_what_is_kept_beside_the_paper_formed(out, kept_in_a_form, formed)
    out = work_as_a_verb.less_the_work_done(out, done | (gone_over - named_free))
    out = nil_returns.less_the_nil_returns(out)  # 无缺勤情况的实行零报告: the same sheet, sent empty
    out = [n for n in out if not _the_papers_said_again(text, n)] or out  # …计划（Word格式），材料均发送至…
    out = [n for n in out if not ITEMS_COUNTED.fullmatch(n)] or out  # 统计表…，并附照片…，两项材料一并报送
    out = _less_the_counted_tables(text, out)
    out = compared.less_the_compared(text, _with_the_things_named_by_format(text, out))
    out = less_what_is_sent_down(text, out)  # 现将…问题清单下发给你们: given to the units, not sent back
    out = [n for n in out if not format_names.only_a_format(text, n)] or out  # （WPS表格）: a format, no material
    # 总结报告 and 活动总结 both name the summary: keep the longer of overlapping names, but
    # for a report inside a table's name (年度报告 and 年度报告统计表 are two files)
    out = [n for n in joined_in_a_name.one_material_joined_twice(out, text)
           if not _one_period_of(n, out) and not HOW_FILLED.fullmatch(n)]
    # 年度报告汇总表 alone: no 年度报告 beside the sheet; 汇总…用水计划建议，填写《计划用水户用水计划建议表》: the 计划 the
    # form's words, the prose's 用水计划 the matter gathered into it, no name apart
    out = inside_a_name.named_apart(out, text, gathered - set(out) if filled else set())
    out = inside_a_name.less_what_goes_inside(out, text)  # 展板中须附…创意说明: on the board, no file
    out = carried_in_a_form.less_what_the_titled_form_carries(out, text)  # 将排查结果…报送《…情况表》: the form's matter
    out = draft_stages.less_the_bare_draft(out, text)  # 编印《…汇编》，于…前报送初稿: the 汇编's draft, one file
    # 年度报告（Word格式）、…的年度报告扫描件: the paper and its scan, two files (`paper_and_its_scan`)
    return [n for n in out if not any(n != o and n in o and not _report_in_table_name(n, o)
                                      and not paper_and_its_scan.a_paper_beside_its_scan(n, o, text) for o in out)]


# 在反馈表中, 在统计表中 (the material word 计表), 在该情况表中: where to write, the 在 a few words before the material
# word; 在建 / 在册 / 在岗 … are of the name (在建项目统计表中的数据; held-out 2936)
IN_A_FORM_BEFORE = re.compile(r"在(?![建册校岗编职线途营])[\u4e00-\u9fa5]{0,4}$")


# 宣传片拍摄方案, 短片制作计划: the film and the verb that makes it, right before the plan's noun
FILM_AND_ITS_MAKING = re.compile(rf"(?:视频|宣传片|短片|{FILM_NOUN})(?:拍摄|制作)$")
PLAN_NOUN = re.compile(r"方案|计划|脚本")


def _name_past_its_verbs(text: str, start: int, noun: int, end: int, sending_in_it: bool = False) -> str:
    """The name from ``start`` to the material word ending at ``end``, past the verbs in it; a film's plan keeps the
    film and the 拍摄 / 制作 that makes it (`宣传片拍摄方案`, not `方案`); a 报送 in it keeps too where ``sending_in_it``."""
    verbs = VERBS_BUT_SENDING if sending_in_it else VERBS
    in_a_title = titled_names.within_one_title(text, start, end)
    film = FILM_AND_ITS_MAKING.search(text, start, noun)
    if film and PLAN_NOUN.match(text, noun):
        return titled_names.name_past_its_verbs(text[start:film.start()], verbs, in_a_title) + text[film.start():end]
    return titled_names.name_past_its_verbs(text[start:end], verbs, in_a_title)


# 将政务信息报送考核自评表及佐证材料报送至…: 信息报送 is work the table is about, the 将's own verb comes after the material
VERBS_BUT_SENDING = re.compile("|".join(OTHER_VERBS))
CLAUSE_MARKS = "，,。；;"
# 信息报送, 数据上报, 统计报送: the sending of data as a line of work (not 每个单位报送案例, a unit sending)
SENDING_AS_A_WORK = re.compile(r"(?:信息|数据|统计|资料|报表)(?:报送|上报)")


def _sending_a_word_of_the_name(text: str, start: int, end: int) -> bool:
    """A 报送 / 上报 inside the name ending at ``end`` whose clause sends it with 将 / 把 before and a sending verb after:
    the first 报送 is a word of the name, not the verb."""
    clause_start = max(text.rfind(c, 0, start) for c in CLAUSE_MARKS)
    if not SENDING_AS_A_WORK.search(text, start, end) or not re.search(r"[将把]", text[clause_start + 1:start]):
        return False
    clause_end = min((i for i in (text.find(c, end) for c in CLAUSE_MARKS) if i >= 0), default=len(text))
    return bool(re.search(r"报送|发送|上报|提交|报至|发至|送至", text[end:clause_end]))


def _within_a_longer_title(text: str, start: int, end: int) -> bool:
    """A material word joined by 及 / 和 / 与 to the material word that ends its 《…》 title: the title names one file
    (人员名单及巡查区域表 is the 表); 《年度报告统计表》's 报告 is left to _report_in_table_name."""
    opened, closed = text.rfind("《", 0, start), text.find("》", end)
    if opened < 0 or closed < 0 or text.rfind("》", 0, start) > opened or "《" in text[end:closed]:
        return False
    return any(later.end() == closed and re.search(r"[及和与]", text[end:later.start()])
               for later in MATERIAL.finditer(text, end, closed))


def _less_the_counted_tables(text: str, names: list[str]) -> list[str]:
    """``names`` less a count of tables naming none (`各单位报送一张表`; `每个单位报送一份表格` beside a table named)."""
    counted = {m["name"] for m in COUNTED_BARE_TABLE.finditer(text)}
    a_table_named = any(n.endswith(("表", "表格")) and n not in counted for n in names)
    return [n for n in names if not TABLES_COUNTED.fullmatch(n) and not (n in counted and a_table_named)] or names


def _with_the_things_named_by_format(text: str, names: list[str]) -> list[str]:
    """编制小班作业设计（Word格式），并附…照片: the 作业设计 too, in the order the text names them."""
    found = [(at, n) for at, n in unnamed_things.named_by_their_format(text, MATERIAL, VERBS, LEADING_WORDS, FORMAT_ONLY)
             if not any(n in o for o in names)  # 《2095年…报送工作开展情况》 read already, its year and all
             and not REFERENCE.search(text[:at]) and not a_material_worked_from(text, at, VERBS)]  # 参照《…指南》（Word格式）: a paper to follow
    found += [(at, n) for at, n in unnamed_things.named_by_their_packing(text, MATERIAL)  # 将…矢量数据打包（ZIP格式）
              if not any(n in o or o in n for o in names + [f for _, f in found])]
    if not found:
        return names
    placed = [(text.find(n), n) for n in names] + found
    return [n for _, n in sorted(placed, key=lambda p: p[0])]


# …前报送维修更换计划（Word格式），材料均发送至…: the papers named before, said again as a whole (held-out 3319)
PAPERS_SAID_AGAIN = re.compile(r"(?<![\u4e00-\u9fa5])(?:材料|资料|文件)(?=\s*(?:均|都|一并|统一|全部|一律))")


def _the_papers_said_again(text: str, name: str) -> bool:
    """A bare 材料 that only ever stands as `材料均 / 材料一并…`, the papers named beside it: no paper of its own."""
    at = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(at) and all(PAPERS_SAID_AGAIN.match(text, k) for k in at)


# 一户一表, 一人一表, 一村一表, 一校一册, 每村一个工作表: how many forms (or sheets), not a form
ONE_EACH = re.compile(r"^(?:一[\u4e00-\u9fa5]一|每个?[\u4e00-\u9fa5]{1,4}?[一1][个张份]?(?:工作)?)(?:表|册|档)$")


def _name_start(text: str, material: int) -> int:
    """Where the name ending in the material word at ``material`` starts: after the last
    punctuation, number or joining word within 32 characters (危险化学品企业安全风险隐患排查整治台账
    is 19), or 16 characters back where none is that near; a joiner between two words of one name is passed
    (收储及销售情况报告: joined_in_a_name)."""
    for back in range(1, min(32, material) + 1):
        if STOP.match(text[material - back]) and not joined_in_a_name.joins_one_name(text, material - back, MATERIAL) \
                and not _a_word_holding_it(text, material - back):
            return _past_a_month_of_the_date(text, material - back + 1, material)
    return max(0, material - 16) if material > 32 else 0


def _past_a_month_of_the_date(text: str, start: int, material: int) -> int:
    """1—3月主要指标完成情况表: the 月 after the digits that stopped the walk is the date's, no word of the name."""
    month = re.match(r"月份?", text[start:material]) if text[start - 1:start].isdigit() else None
    return start + month.end() if month else start


# 工作要点, 重要讲话, 和谐社区, 群众参与, 科普知识普及, 等级评定, 等次评定: words that hold a character which elsewhere ends a name
# (要 of 要求各单位, 和 / 与 / 及 joining two things, 等 closing a list)
WORD_HOLDING_A_STOP = re.compile(r"要点|重要|主要|纲要|摘要|提要|要素|和谐|参与|普及|等级|等次|平等|把关|合并|并购")


def _a_word_holding_it(text: str, at: int) -> bool:
    """The character at ``at`` is inside one of those words, not a stop of the name."""
    return any(m.start() <= at < m.end() for m in WORD_HOLDING_A_STOP.finditer(text, max(0, at - 1), at + 2))


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


# 报送格式（Excel格式）不变: the form the paper named before is sent in, no paper of its own (held-out 2574)
FORMAT_ONLY = re.compile(r"(?:PDF|pdf|Word|WORD|word|Excel|EXCEL|excel|电子版|扫描件|复印件|盖章版?|签章版?|版"
                         r"|(?:报送|上报|提交|文件|文档)?格式)+")


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


ATTACHMENT_NO = r"附件\s*[\d一二三四五六七八九十]{0,2}"  # （附件1，Word版）: the form's place, then its format

# 《…推荐表》（附件1，Word版，一人一表）: the bracket after the name's 》, the 附件's number before its first clause
OWN_BRACKET = re.compile(rf"\s*》?\s*[(（](?:{ATTACHMENT_NO}\s*[,，、]\s*)?([^)），,；;]{{0,20}})[)），,；;]")


# 和问题清单（Word格式）, 、问题清单（Word格式）: a later mention that names the paper whole in a list of papers sent (no
# longer name ends in it); not a 《…》 form named for filling in (`更新…田长名单，填写《乡村两级田长名单》（Excel格式）`: one
# paper, whose first name stays the part's, mixed36)
WHOLE_AFTER = re.compile(r"(?:^|[\s，,：:；;]|[和及与同将把、并或])$")


def own_bracket(text: str, name: str) -> str:
    """The first clause of the bracket right after a material's name, or "": at its first mention, else at a later one
    naming it whole (`要逐一建立问题清单，明确…。请于…将排查情况统计表（Excel格式）和问题清单（Word格式）一并报送`: the
    paper's format is said where it is sent; a name ending on a material word only)."""
    first = text.find(name) if name else -1
    if first < 0:
        return ""
    if m := OWN_BRACKET.match(text[first + len(name):]):
        return m.group(1)
    if not _ends_on_a_material_word(name):
        return ""  # 各乡镇人民政府 … 乡镇（Excel格式）、村…统计表: a word of a name, no paper's own bracket later
    later = (OWN_BRACKET.match(text[at + len(name):]) for at in _mentions_after(text, name, first)
             if WHOLE_AFTER.search(text[:at]))
    return next((m.group(1) for m in later if m), "")


def _mentions_after(text: str, name: str, at: int):
    """Where ``name`` stands again in ``text`` after position ``at``."""
    while (at := text.find(name, at + len(name))) >= 0:
        yield at


def _ends_on_a_material_word(name: str) -> bool:
    """问题清单, 整改报告: the name of a paper, its material word last."""
    return any(m.end() == len(name) for m in MATERIAL.finditer(name))


def format_after(text: str, name: str) -> str:
    """The format a bracket (or a glued 《…》Word版) right after a material's name gives it: sheet, word, scan, pdf, image,
    word_or_pdf or "" (read in
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
    if format_names.a_drawing_as_an_image(first, name):  # 位置示意地图（JPG格式）
        return "image"
    if format_names.a_plain_pdf(text, name, first):  # 宣传海报设计稿（PDF格式）: a PDF, no stamp said
        return "pdf"
    if format_names.word_or_pdf(first):  # 自查报告（Word或PDF格式均可）: one file in either
        return "word_or_pdf"
    return "word" if re.search(r"Word|WORD|word|docx?", first) else format_names.said_of_all(text, name)


# 联络员信息, 假期联络员信息, 本单位联系人信息: the particulars of whom to call, named as a thing sent
CONTACT_INFO = re.compile(r"[\u4e00-\u9fa5]{0,4}?" + CONTACT_WORD)
