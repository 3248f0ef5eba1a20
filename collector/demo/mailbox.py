"""The demo mailbox for the 5·15 notice: realistic mails with known ground truth.

`generate_demo_mailbox(seed)` returns ~58 raw mails as the units of 建昌县 would
have sent them to jc7710089@163.com in May 2023, each written the way its mail
client writes it (Foxmail, Outlook zh-CN, 163 webmail, QQ mail, iPhone Mail,
Thunderbird, a government Coremail), with the answer a careful clerk would give:
which roster unit sent it, which requirement parts it delivers, whether it is
late, a correction, an auto-reply or from a unit not on the roster.

`fill_mailbox(server, mails)` APPENDs them to a Dovecot (collector.demo.dovecot) with
their receipt time as INTERNALDATE. `expected_status(mails)` is the clerk's
unit x requirement table.

Everything is deterministic for a given seed (on one machine: photos are drawn
with the installed CJK font when there is one).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import hashlib
import random
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

from collector.demo.attachments import CAMERAS, make_docx, make_photo, make_scanned_pdf, zip_with_gbk_names
from collector.demo.clients import CLIENT_DOMAINS, CLIENTS, COMPOSERS, DOCX, MAILBOX, SHANGHAI, Att, Draft, received_header


ROSTER_CSV = Path(__file__).parents[1] / "campaigns" / "jianchang-units.csv"

INTERVIEW_DUE = dt.datetime(2023, 5, 11, 16, 0, tzinfo=SHANGHAI)
SUMMARY_DUE = dt.datetime(2023, 5, 23, 16, 0, tzinfo=SHANGHAI)
DUE = {"interview": INTERVIEW_DUE, "summary": SUMMARY_DUE}
REQUIRED_PARTS = {
    "interview": ("interview.manuscript", "interview.leader", "interview.contact"),
    "summary": ("summary.report", "summary.photos"),
}
SHARED_INTERVIEW = ("县农业农村局", "县乡村振兴局")  # one row of 附件1, one interview




@dataclasses.dataclass(frozen=True)
class DemoMail:
    """One demo mail and what a careful clerk would say about it."""

    raw: bytes
    received_at: dt.datetime  # server receipt (INTERNALDATE), Asia/Shanghai
    unit: str | None  # roster `name`; None when the sender is not on the roster
    client: str  # one of CLIENTS
    requirements: tuple[str, ...]  # requirements this mail contributes to
    parts: tuple[str, ...]  # e.g. ("summary.report", "summary.photos")
    late: bool  # received after the due time of a requirement it contributes to
    is_correction: bool = False  # 更正 / 以此为准: supersedes the unit's earlier mail
    expected_state: str = "filed"  # filed | needs_review | ignored
    also_units: tuple[str, ...] = ()  # units the same submission also serves (shared slot)
    subject: str = ""  # decoded, for reading test output
    sender: str = ""  # the From address
    note: str = ""  # what is special about this mail
    campaign: str = "jianchang-515-2023"  # the campaign a clerk would file it under ("" for none)


# ----- roster and names --------------------------------------------------------------

ADDRESS_STEMS = {
    "建昌镇": "jcz", "八家子镇": "bjzz", "喇嘛洞镇": "lmdz", "药王庙镇": "ywmz", "汤神庙镇": "tsmz",
    "玲珑塔镇": "lltz", "大屯镇": "dtz", "牤牛营子乡": "mnyzx", "素珠营子乡": "szyzx", "石佛乡": "sfx",
    "王宝营子乡": "wbyzx", "老大杖子乡": "ldzzx", "要路沟乡": "ylgx", "魏家岭乡": "wjlx", "西碱厂乡": "xjcx",
    "头道营子乡": "tdyzx", "新开岭乡": "xklx", "贺杖子乡": "hzzx", "养马甸子乡": "ymdzx", "和尚房子乡": "hsfzx",
    "杨树湾子乡": "yswzx", "黑山科乡": "hskx", "雷家店乡": "ljdx", "小德营子乡": "xdyzx",
    "二道湾子蒙古族乡": "edwzx", "巴什罕乡": "bshx", "娘娘庙乡": "nnmx", "谷杖子乡": "gzzx",
    "八家子经济开发区": "bjzkfq", "县发改局": "fgj", "县营商局": "ysj", "县工信局": "gxj",
    "县农业农村局": "nyncj", "县乡村振兴局": "xczxj", "县文旅局": "wlj", "县招商中心": "zszx",
    "县交通局": "jtj", "县市场局": "scjgj", "县住建局": "zjj", "生态环境局建昌分局": "sthjfj",
    "县自然资源局": "zrzyj", "县水利局": "slj", "县人社局": "rsj", "县民政局": "mzj", "县卫健局": "wjj",
    "县教育局": "jyj", "县公安局": "gaj", "县司法局": "sfj", "县综合执法局": "zhzfj", "县应急局": "yjj",
    "县医保局": "ybj", "县税务局": "swj",
}
MISSING_OFFICIAL_NAMES = {
    "县文旅局": "建昌县文化旅游和广播电视局",
    "县招商中心": "建昌县招商服务中心",
    "县综合执法局": "建昌县综合行政执法局",
}
INTERVIEW_THEMES = {
    "县发改局": "以项目建设为中心，积极扩大有效需求，在推动经济增长上实现新突破",
    "县营商局": "全面振兴新突破，打造一流营商环境",
    "县工信局": "加快产业结构调整，在建设现代化体系上实现新突破",
    "县农业农村局": "坚持农业农村优先发展，推进乡村振兴实现新突破",
    "县文旅局": "大力发展文化旅游业，在推动旅游产业上实现新突破",
    "县招商中心": "全力推动招商引资项目建设实现新突破",
    "县交通局": "强化交通基础设施建设，服务全县高质量发展",
    "县市场局": "推进高质量监管、助力高质量发展",
    "县住建局": "实现住房和城乡建设领域全面振兴",
    "生态环境局建昌分局": "深入推进污染防治，在绿色低碳发展上实现新突破",
    "县自然资源局": "坚持因地制宜，生态优先，推动绿色低碳高质量发展",
    "县水利局": "全面振兴新突破，扎实推进民生水利建设",
    "县人社局": "有效扩大就业，夯实社会保障，不断增进民生福祉",
    "县民政局": "着力保障和改善民生，推进高质量发展",
    "县卫健局": "强化公共卫生医疗服务体系，推进卫生健康事业高质量发展",
}
# Names with characters outside GB2312 (镕 喆 堃 珺): a strict gb2312 decoder breaks on them.
RARE_NAMES = ["朱镕峰", "郑喆", "马堃", "胡珺", "王喆", "李珺瑶", "赵堃"]
COMMON_NAMES = ["王志刚", "李国强", "张海涛", "刘建军", "陈晓东", "杨立新", "赵德明", "孙明辉", "周振华",
                "吴红梅", "高建平", "林凤岐", "何丽娜", "郭金龙", "罗永胜", "梁宏伟", "宋春雨", "韩雪",
                "冯玉坤", "于海燕", "董丽华", "曹宇", "邵明月", "田野", "姜春生", "付晓光"]
LEADER_TITLES = ["党组书记、局长", "局长", "副局长", "党组成员、副局长", "主任"]


@dataclasses.dataclass(frozen=True)
class Unit:
    name: str
    kind: str
    official: str
    attachment: str

    @property
    def in_interview(self) -> bool:
        return "附件1" in self.attachment

    @property
    def is_town(self) -> bool:
        return self.kind in ("town", "township", "zone")


def load_roster(path: Path = ROSTER_CSV) -> list[Unit]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    units = []
    for row in rows:
        name = row["name"].strip()
        official = (row.get("official_name") or "").strip() or MISSING_OFFICIAL_NAMES.get(name, "建昌县" + name.lstrip("县"))
        if row["kind"] in ("town", "township"):
            official = "建昌县" + official + "人民政府"
        elif row["kind"] == "zone":
            official = official + "管理委员会"
        units.append(Unit(name, row["kind"], official, (row.get("in_notice_attachment") or "").strip()))
    return units



# ----- texts ---------------------------------------------------------------------------


def short_name(unit: Unit) -> str:
    return unit.name if unit.name.startswith(("县", "生态")) else unit.name


def summary_paragraphs(unit: Unit, rng: random.Random) -> list[str]:
    who = "我镇" if unit.name.endswith("镇") else "我乡" if unit.name.endswith("乡") else "我区" if unit.kind == "zone" else "我局"
    return [
        "县政府办公室：",
        f"按照《建昌县人民政府办公室关于开展第十七届“5·15政务公开日”活动的通知》要求，{who}高度重视，"
        f"围绕“优化政策服务，打造一流营商环境”主题，于5月15日至19日集中开展了政务公开日系列活动。现将有关情况总结如下：",
        f"一、加强组织领导。{who}成立了由主要领导任组长的活动领导小组，制定活动方案，明确责任分工。",
        f"二、丰富活动形式。活动期间共悬挂条幅{rng.randrange(2, 8)}条，发放宣传资料{rng.randrange(200, 1500)}余份，"
        f"现场解答群众咨询{rng.randrange(20, 160)}人次，邀请企业群众代表{rng.randrange(5, 30)}人实地观摩。",
        "三、注重宣传实效。通过政务新媒体、微信群等渠道广泛宣传，营造了良好的舆论氛围。",
        "四、下一步工作。继续深化政务公开，推动政务公开工作常态化、制度化。",
    ]


def interview_manuscript(unit: Unit, leader: str, title: str, rng: random.Random) -> list[str]:
    theme = INTERVIEW_THEMES.get(unit.name, "全面振兴新突破")
    return [
        f"访谈主题：{theme}",
        f"访谈嘉宾：{unit.official}{title} {leader}",
        "主持人：请您介绍一下今年以来的重点工作。",
        f"{leader}：今年以来，我们围绕全县中心工作，重点抓了{rng.randrange(3, 6)}个方面……",
        "主持人：群众和企业最关心的政策有哪些？",
        f"{leader}：一是优化办事流程，二是推进政策直达，三是加强政务公开……",
    ]


def phone(rng: random.Random) -> str:
    return rng.choice(["139", "138", "150", "186", "133", "158"]) + f"{rng.randrange(10**8):08d}"


# ----- the scenario ---------------------------------------------------------------------


@dataclasses.dataclass
class Plan:
    """One mail to write."""

    unit: Unit | None
    client: str
    received_at: dt.datetime
    kind: str  # interview | summary | photos_later | autoreply | correction_interview | correction_summary
    parts: tuple[str, ...]
    note: str = ""
    options: dict = dataclasses.field(default_factory=dict)


def at(month_day: str, hm: str, second: int = 0) -> dt.datetime:
    month, day = (int(x) for x in month_day.split("-"))
    hour, minute = (int(x) for x in hm.split(":"))
    return dt.datetime(2023, month, day, hour, minute, second, tzinfo=SHANGHAI)


def working_time(rng: random.Random, first: dt.date, last: dt.date) -> dt.datetime:
    days = (last - first).days
    while True:
        day = first + dt.timedelta(days=rng.randrange(days + 1))
        if day.weekday() < 5 or rng.random() < 0.15:
            break
    minute = rng.randrange(8 * 60 + 20, 17 * 60 + 40)
    return dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60, rng.randrange(60), tzinfo=SHANGHAI)


def build_plans(rng: random.Random, roster: list[Unit]) -> list[Plan]:
    by_name = {u.name: u for u in roster}
    interview_units = [u for u in roster if u.in_interview]
    plans: list[Plan] = []
    I = ("interview.manuscript", "interview.leader", "interview.contact")
    S = ("summary.report", "summary.photos")

    def unit(name: str) -> Unit:
        return by_name[name]

    # Interview materials (附件1 departments), due 05-11 16:00.
    fixed_interviews = {
        "县发改局": ("foxmail", at("05-10", "09:41", 12), I, "gb2312-labelled GBK filename with 镕", {"leader": "朱镕峰"}),
        "县营商局": ("outlook", at("05-09", "15:12", 40), I, "", {}),
        "县工信局": ("webmail163", at("05-10", "14:03", 5), I, "", {}),
        "县农业农村局": ("gov_coremail", at("05-11", "10:26", 31), I,
                    "one interview for 县农业农村局 and 县乡村振兴局 (shared row of 附件1)", {"joint": True}),
        "县文旅局": ("qqmail", at("05-11", "11:47", 2), ("interview.manuscript", "interview.leader"),
                  "no contact phone anywhere: interview partial", {"no_contact": True}),
        "县交通局": ("thunderbird", at("05-10", "16:35", 9), I, "RFC 2231 filename continuations", {}),
        "县市场局": ("foxmail", at("05-11", "15:59", 41), I, "19 seconds before the deadline", {}),
        "县住建局": ("outlook", at("05-11", "16:07", 26), I,
                  "Date header says 15:50 (sender's clock) but received 16:07: late", {"clock_skew": -17}),
        "生态环境局建昌分局": ("gov_coremail", at("05-09", "10:15", 3), I, "", {}),
        "县自然资源局": ("webmail163", at("05-10", "11:30", 44), I, "leader and contact only inside the docx",
                    {"fields_in_doc_only": True}),
        "县水利局": ("qqmail", at("05-12", "09:20", 17), I, "a day late", {}),
        "县人社局": ("foxmail", at("05-10", "08:52", 36), I, "superseded by a correction next day", {}),
        "县民政局": ("iphone", at("05-11", "13:05", 50), I, "sent from an iPhone, docx attached", {}),
        "县卫健局": ("outlook", at("05-11", "16:03", 8), I, "3 minutes late", {}),
    }
    for name, (client, when, parts, note, options) in fixed_interviews.items():
        assert unit(name).in_interview, name
        plans.append(Plan(unit(name), client, when, "interview", parts, note, dict(options)))
    plans.append(Plan(unit("县人社局"), "foxmail", at("05-11", "11:02", 14), "correction_interview", I,
                      "更正: new 访谈领导, 以此为准", {"leader": "郑喆"}))
    # 县招商中心 and 县乡村振兴局 send no interview (the latter is covered by the joint one).
    assert {u.name for u in interview_units} - set(fixed_interviews) == {"县招商中心", "县乡村振兴局"}

    # Summaries (every unit), due 05-23 16:00.
    no_mail_at_all = ["县招商中心", "县税务局", "县医保局", "老大杖子乡", "黑山科乡", "巴什罕乡", "娘娘庙乡",
                      "西碱厂乡", "谷杖子乡", "雷家店乡", "魏家岭乡", "头道营子乡"]
    no_summary = {"县水利局", "县文旅局"}
    summary_units = [u for u in roster if u.name not in no_mail_at_all and u.name not in no_summary]
    special = {
        # name: (client, received_at, parts, kind-note, options)
        "八家子镇": ("foxmail", at("05-19", "10:12", 5), ("summary.report",),
                 "report only; photos follow in a 补发照片 mail on 05-22", {"photos": 0}),
        "县公安局": ("outlook", at("05-22", "17:20", 45), ("summary.report",),
                 "report only; photos follow on 05-24 (late)", {"photos": 0}),
        "石佛乡": ("webmail163", at("05-22", "09:31", 18), ("summary.report",),
                "report only; the body says photos are attached but none are, and none follow: partial", {"photos": 0}),
        "要路沟乡": ("iphone", at("05-18", "18:40", 2), ("summary.photos",),
                 "HEIC photos only, body says the report follows; it never does", {"photos": 3, "heic": True}),
        "县教育局": ("foxmail", at("05-22", "14:18", 33), S,
                 "superseded by a 更正 mail on 05-23", {}),
        "喇嘛洞镇": ("foxmail", at("05-23", "11:02", 7), S, "photos zipped, GBK names without UTF-8 flag", {"zip": True}),
        "县司法局": ("webmail163", at("05-23", "10:44", 50), S,
                 "photos as a 163 超大附件 link in the HTML body", {"large_link": True}),
        "药王庙镇": ("gov_coremail", at("05-22", "15:36", 20), S, "summary as a scanned PDF", {"pdf": True}),
        "县应急局": ("gov_coremail", at("05-23", "09:05", 1), S, "summary as a scanned PDF", {"pdf": True}),
        "汤神庙镇": ("qqmail", at("05-22", "16:51", 27), S, ".doc-named file (OOXML bytes inside)", {"ext": ".doc"}),
        "玲珑塔镇": ("qqmail", at("05-23", "08:47", 12), S, ".wps-named file (OOXML bytes inside)", {"ext": ".wps"}),
        "牤牛营子乡": ("qqmail", at("05-19", "15:20", 8), S, "raw 8-bit GBK filename in the header (old QQ mail)",
                  {"raw_filename": True}),
        "大屯镇": ("outlook", at("05-23", "15:59", 40), S, "20 seconds before the deadline", {}),
        "素珠营子乡": ("webmail163", at("05-23", "16:02", 3), S, "2 minutes late", {}),
        "县综合执法局": ("foxmail", at("05-24", "09:12", 44), S, "a day late", {}),
        "二道湾子蒙古族乡": ("thunderbird", at("05-26", "10:30", 5), S, "three days late", {}),
        "新开岭乡": ("foxmail", at("05-17", "10:05", 9), S,
                 "reply to the notice mail, notice text quoted (names other units)", {"reply": True}),
        "和尚房子乡": ("qqmail", at("05-22", "11:11", 11), S,
                  "personal QQ address, display name only a person (马堃); unit only in subject and files",
                  {"personal": "马堃"}),
        "县发改局": ("outlook", at("05-22", "10:20", 30), S, "inline photo in multipart/related plus attachments",
                 {"outlook_inline": True}),
    }
    for name, (client, when, parts, note, options) in special.items():
        plans.append(Plan(unit(name), client, when, "summary", parts, note, dict(options)))
    plans.append(Plan(unit("八家子镇"), "foxmail", at("05-22", "08:58", 40), "photos_later", ("summary.photos",),
                      "补发照片 (on time)", {"photos": 3}))
    plans.append(Plan(unit("县公安局"), "outlook", at("05-24", "08:40", 2), "photos_later", ("summary.photos",),
                      "补发照片 after the deadline", {"photos": 2}))
    plans.append(Plan(unit("县教育局"), "foxmail", at("05-23", "10:05", 21), "correction_summary", S,
                      "更正 (以此为准): replaces the 05-22 summary", {}))
    remaining = [u for u in summary_units if u.name not in special]
    rng.shuffle(remaining)
    client_cycle = ["foxmail", "webmail163", "qqmail", "outlook", "gov_coremail", "thunderbird", "foxmail",
                    "webmail163", "qqmail", "iphone"]
    for n, u in enumerate(remaining):
        client = client_cycle[n % len(client_cycle)]
        if client == "gov_coremail" and u.is_town:
            client = "webmail163"
        when = working_time(rng, dt.date(2023, 5, 16), dt.date(2023, 5, 23))
        if when >= SUMMARY_DUE:
            when = when.replace(day=22)
        plans.append(Plan(u, client, when, "summary", S, "", {"heic": client == "iphone"}))

    # Not a submission / not on the roster.
    plans.append(Plan(unit("县医保局"), "webmail163", at("05-22", "16:31", 4), "autoreply", (),
                      "auto-reply to the office's reminder", {}))
    plans.append(Plan(None, "outlook", at("05-22", "14:46", 0), "summary", S,
                      "县统计局 is not on the roster", {"outsider": ("县统计局", "建昌县统计局")}))
    plans.sort(key=lambda p: p.received_at)
    return plans


def unit_address(unit: Unit | None, client: str, rng: random.Random, outsider: str = "tjj") -> str:
    stem = ADDRESS_STEMS.get(unit.name, "unit") if unit else outsider
    domain = rng.choice(CLIENT_DOMAINS[client])
    if domain == "qq.com":
        return f"{rng.randrange(10**8, 4 * 10**9)}@qq.com"
    if domain == "hld.gov.cn":
        return f"jc{stem}@hld.gov.cn"
    if domain == "icloud.com":
        return f"jc{stem}{rng.randrange(10, 99)}@icloud.com"
    return f"jc{stem}{rng.choice(['', '2019', '01', '123', '_bgs'])}@{domain}"


def sender_name(unit_name: str, rng: random.Random, person: str | None = None) -> str:
    choice = rng.random()
    if person:
        return person
    if choice < 0.35:
        return rng.choice(COMMON_NAMES)
    if choice < 0.5:
        return rng.choice(RARE_NAMES)
    if choice < 0.75:
        return unit_name.lstrip("县") + "办公室" if unit_name.startswith("县") else unit_name + "党政办"
    return "建昌县" + unit_name.lstrip("县") if unit_name.startswith("县") else unit_name


def summary_subject(unit_name: str, rng: random.Random) -> str:
    return rng.choice([
        f"{unit_name}5·15政务公开日活动总结",
        f"5·15政务公开日活动总结及照片（{unit_name}）",
        f"【{unit_name}】第十七届“5·15政务公开日”活动总结",
        f"{unit_name} 政务公开日总结和照片",
        f"{unit_name}报送5.15政务公开日活动总结",
        f"515活动总结-{unit_name}",
    ])


NOTICE_QUOTE = (
    "------------------ 原始邮件 ------------------\n"
    "发件人: \"县政府办\" <jc7710089@163.com>\n"
    "发送时间: 2023年5月5日(星期五) 下午3:20\n"
    "主题: 关于开展第十七届“5·15政务公开日”活动的通知\n\n"
    "各乡镇政府，县政府各部门：\n"
    "现将《关于开展第十七届“5·15政务公开日”活动的通知》转发给你们，请县发改局、县营商局、县工信局等"
    "附件1所列部门于5月11日16时前报送访谈材料，各单位于5月23日16时前报送活动总结及记录照片。"
)


def write_mail(plan: Plan, rng: random.Random) -> tuple[bytes, str, str, bool]:
    """Returns (raw, decoded subject, sender address, is_correction)."""
    unit = plan.unit
    options = plan.options
    outsider = options.get("outsider")
    unit_name = unit.name if unit else outsider[0]
    official = unit.official if unit else outsider[1]
    address = unit_address(unit, plan.client, rng, outsider="tjj")
    name = sender_name(unit_name, rng, options.get("personal"))
    sent_at = plan.received_at - dt.timedelta(seconds=rng.randrange(3, 70))
    if "clock_skew" in options:
        sent_at = plan.received_at + dt.timedelta(minutes=options["clock_skew"])
    attachments: list[Att] = []
    html_extra = ""
    quoted = ""
    correction = False
    photo_day = dt.datetime(2023, 5, rng.choice([15, 15, 16, 17]), rng.randrange(8, 11), rng.randrange(60),
                            rng.randrange(60))
    camera = rng.choice(CAMERAS)
    caption = f"第十七届“5·15政务公开日”活动 {unit_name}"

    def photos(count: int, heic: bool = False) -> list[Att]:
        out = []
        for n in range(count):
            taken = photo_day + dt.timedelta(minutes=3 * n, seconds=rng.randrange(60))
            if heic:
                data = make_photo(rng, caption, taken, ("Apple", "iPhone 12"), fmt="HEIC")
                out.append(Att(f"IMG_{rng.randrange(1000, 9999)}.HEIC", data, "image/heic", inline=True))
            else:
                data = make_photo(rng, caption, taken, camera)
                style = rng.random()
                if camera[0] in ("Canon",):
                    filename = f"IMG_{rng.randrange(1000, 9999)}.JPG"
                elif camera[0].startswith("NIKON"):
                    filename = f"DSC_{rng.randrange(1000, 9999)}.JPG"
                elif style < 0.25:
                    filename = f"活动照片{n + 1}.jpg"
                else:
                    filename = f"IMG_{taken:%Y%m%d_%H%M%S}.jpg"
                out.append(Att(filename, data, "image/jpeg"))
        return out

    if plan.kind in ("interview", "correction_interview"):
        leader = options.get("leader") or rng.choice(COMMON_NAMES)
        title = rng.choice(LEADER_TITLES) if unit.name != "生态环境局建昌分局" else "分局长"
        contact = rng.choice(COMMON_NAMES + RARE_NAMES[:2])
        tel = phone(rng)
        joint = options.get("joint")
        whose = "县农业农村局、县乡村振兴局" if joint else unit.official
        correction = plan.kind == "correction_interview"
        subject = (f"更正：{unit.name}“重要工作部门谈”访谈材料（以此为准）" if correction else rng.choice([
            f"{unit.name}“重要工作部门谈”访谈材料",
            f"{unit.name}5·15政务公开日访谈稿及访谈领导",
            f"报送：重要工作部门谈访谈材料（{unit.name}）",
            f"{unit.name}-部门谈访谈稿",
        ]))
        lines = ["县政府办：", f"现将{whose}“重要工作部门谈”活动有关材料报送如下："]
        if correction:
            lines = ["县政府办：", "因工作调整，我局访谈领导有变化，现重新报送访谈材料，之前发送的作废，以此为准。"]
        if not options.get("fields_in_doc_only"):
            lines.append(f"访谈领导：{leader}（{title}）")
            if not options.get("no_contact"):
                lines.append(f"联系人：{contact}    联系电话：{tel}")
        lines += ["访谈稿件详见附件。", "", f"{unit.name.lstrip('县')}办公室", f"{sent_at:%Y年%-m月%-d日}"]
        body = "\n".join(lines)
        doc_lines = interview_manuscript(unit, leader, title, rng)
        if options.get("fields_in_doc_only"):
            doc_lines += [f"访谈领导：{leader}（{title}）", f"联系人：{contact}，联系电话：{tel}"]
        doc = make_docx(f"{whose}“重要工作部门谈”访谈稿", doc_lines, [unit.official, f"{sent_at:%Y年%-m月%-d日}"],
                        contact, sent_at - dt.timedelta(hours=2))
        filename = rng.choice([f"{unit.name}访谈稿.docx", f"“重要工作部门谈”访谈稿（{unit.name}）.docx",
                               f"{unit.official}访谈稿件.docx"])
        if options.get("leader") == "朱镕峰":
            filename = f"{unit.name}访谈稿（朱镕峰）.docx"
        if correction:
            filename = f"{unit.name}访谈稿（更正版）.docx"
        attachments.append(Att(filename, doc, DOCX))
    elif plan.kind == "autoreply":
        subject = "自动回复：关于报送5·15政务公开日活动总结的提醒"
        body = "您好，您的来信已收到，我会尽快处理。\n此邮件为自动回复。"
    elif plan.kind == "photos_later":
        subject = rng.choice([f"补发照片--{unit_name}5·15活动", f"{unit_name}补发5·15政务公开日活动照片"])
        body = f"县政府办：\n前期报送的活动总结漏发了照片，现补发{options['photos']}张，请查收。\n{unit_name}"
        attachments += photos(options["photos"])
    else:  # summary / correction_summary
        correction = plan.kind == "correction_summary"
        subject = summary_subject(unit_name, rng)
        if correction:
            subject = f"更正：{unit_name}5·15政务公开日活动总结（以此为准）"
        if options.get("reply"):
            subject = "回复：关于开展第十七届“5·15政务公开日”活动的通知"
            quoted = NOTICE_QUOTE
        text_unit = unit or Unit(unit_name, "department", official, "")
        paragraphs = summary_paragraphs(text_unit, rng)
        if correction:
            paragraphs.insert(1, "（更正版：修改了活动数据，以此为准。）")
        signature = [official, f"{sent_at:%Y年%-m月%-d日}"]
        title = f"{official}关于开展第十七届“5·15政务公开日”活动的总结"
        doc_stem = rng.choice([f"{unit_name}5·15政务公开日活动总结", title, "活动总结",
                               f"{unit_name}政务公开日总结"])
        if correction:
            doc_stem = f"{unit_name}活动总结（更正版）"
        if options.get("personal"):
            doc_stem = f"{unit_name}政务公开日活动总结（{options['personal']}）"
        if plan.parts and "summary.report" in plan.parts:
            if options.get("pdf"):
                attachments.append(Att(f"{doc_stem}.pdf", make_scanned_pdf(rng, title, paragraphs, sent_at), "application/pdf"))
            else:
                data = make_docx(title, paragraphs, signature, name, sent_at - dt.timedelta(hours=3))
                ext = options.get("ext", ".docx")
                content_type = {".doc": "application/msword", ".wps": "application/kswps"}.get(ext, DOCX)
                att = Att(f"{doc_stem}{ext}", data, content_type)
                if options.get("raw_filename"):
                    att.raw_filename = att.filename.encode("gbk")
                attachments.append(att)
        count = options.get("photos", rng.randrange(2, 5))
        if "summary.photos" in plan.parts and count:
            if options.get("zip"):
                files = [(f"现场宣传照片{n + 1}.jpg", a.data) for n, a in enumerate(photos(count))]
                attachments.append(Att(f"{unit_name}活动照片.zip", zip_with_gbk_names(files, sent_at),
                                       "application/x-zip-compressed"))
            elif options.get("large_link"):
                expires = plan.received_at + dt.timedelta(days=15)
                token = hashlib.sha256(f"{unit_name}{rng.random()}".encode()).hexdigest()[:32]
                title_q = urllib.parse.quote(f"{unit_name}活动照片.zip")
                url = ("https://mail.163.com/large-attachment-download/index.html?p=X-NETEASE-HUGE-ATTACHMENT"
                       f"&amp;file={token}&amp;title={title_q}")
                html_extra = (
                    '<div style="clear:both;margin-top:20px;border:1px solid #ccc;padding:8px">'
                    '<div style="font-weight:bold">从网易163邮箱发来的超大附件</div>'
                    f'<div><a href="{url}" target="_blank">{unit_name}活动照片.zip</a>'
                    f' <span>(120.5M, {expires:%Y年%-m月%-d日 %H:%M} 到期)</span></div></div>'
                )
            elif options.get("outlook_inline"):
                attachments += [Att("image001.jpg", p.data, "image/jpeg", inline=True) for p in photos(1)]
                attachments += photos(count - 1)
            else:
                attachments += photos(count, heic=options.get("heic", False))
        lines = ["县政府办：", f"现将{official}第十七届“5·15政务公开日”活动总结及活动照片报送，请查收。"]
        if plan.parts == ("summary.report",) and plan.client != "webmail163":
            lines = ["县政府办：", f"现报送{unit_name}5·15政务公开日活动总结，照片随后补发。"]
        if plan.parts == ("summary.photos",):
            lines = ["政府办：", "先发几张活动照片，总结材料正在领导审核，随后报送。"]
        if options.get("large_link"):
            lines.append("照片较大，用超大附件发送，请在到期前下载。")
        if correction:
            lines = ["县政府办：", "昨天报送的活动总结数据有误，现重新报送，以此为准，请以本邮件为准。"]
        lines += ["", f"{unit_name}  {name}", f"联系电话：{phone(rng)}"]
        body = "\n".join(lines)
    draft = Draft(name, address, subject, body, sent_at, attachments, html_extra, quoted)
    if plan.kind == "autoreply":
        draft.extra_headers = ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply",
                               "In-Reply-To: <reminder-20230522@jc7710089.163.com>"]
    if quoted:
        draft.extra_headers = ["In-Reply-To: <notice-20230505152000@163.com>",
                               "References: <notice-20230505152000@163.com>"]
    composer = COMPOSERS[plan.client]
    raw = composer(draft, rng)
    raw = received_header(plan.received_at, rng, address).encode() + raw
    return raw, subject, address, correction


def _late(plan: Plan) -> bool:
    requirements = {p.split(".")[0] for p in plan.parts}
    return any(plan.received_at > DUE[r] for r in requirements)


@functools.lru_cache(maxsize=4)
def _generate(seed: int) -> tuple[DemoMail, ...]:
    return tuple(build_demo_mailbox(seed))


def build_demo_mailbox(seed: int = 515) -> list[DemoMail]:
    """Uncached generation (generate_demo_mailbox caches per seed)."""
    rng = random.Random(seed)
    roster = load_roster()
    mails = []
    for plan in build_plans(rng, roster):
        raw, subject, address, correction = write_mail(plan, rng)
        requirements = tuple(sorted({p.split(".")[0] for p in plan.parts}))
        if plan.kind == "autoreply":
            state = "ignored"
        elif plan.unit is None:
            state = "needs_review"
        else:
            state = "filed"
        mails.append(DemoMail(
            raw=raw,
            received_at=plan.received_at,
            unit=plan.unit.name if plan.unit else None,
            client=plan.client,
            requirements=requirements,
            # A large-attachment link alone does not count as photos (the notice's rule
            # as the office applies it: the link expires and nobody has seen its content).
            parts=tuple(p for p in plan.parts if not (plan.options.get("large_link") and p == "summary.photos")),
            late=_late(plan),
            is_correction=correction,
            expected_state=state,
            also_units=("县乡村振兴局",) if plan.options.get("joint") else (),
            subject=subject,
            sender=address,
            note=plan.note,
        ))
    return mails


def generate_demo_mailbox(seed: int = 515) -> list[DemoMail]:
    """The demo mailbox (sorted by receipt time). Deterministic for a seed."""
    return list(_generate(seed))


def fill_mailbox(dovecot, mails: Iterable[DemoMail], folder: str = "INBOX", user: str | None = None) -> list[int | None]:
    """APPEND the mails to a collector.demo.dovecot.Dovecot (or Account); INTERNALDATE = received_at."""
    uids = []
    for mail in mails:
        if user is not None:
            uids.append(dovecot.append(mail.raw, internaldate=mail.received_at, folder=folder, user=user))
        else:
            uids.append(dovecot.append(mail.raw, internaldate=mail.received_at, folder=folder))
    return uids


def expected_status(mails: Iterable[DemoMail], roster: list[Unit] | None = None) -> dict[tuple[str, str], dict]:
    """The clerk's table after all deadlines: (unit, requirement) -> state, late, completed_at, missing_parts.

    state is complete | partial | missing; late is True when completed after the
    due time or not completed at all.
    """
    roster = roster or load_roster()
    delivered: dict[tuple[str, str], dict[str, dt.datetime]] = {}
    for mail in sorted(mails, key=lambda m: m.received_at):
        if mail.unit is None or mail.expected_state == "ignored":
            continue
        for unit in (mail.unit, *mail.also_units):
            for part in mail.parts:
                requirement = part.split(".")[0]
                delivered.setdefault((unit, requirement), {}).setdefault(part, mail.received_at)
    table = {}
    for unit in roster:
        for requirement in ("interview", "summary"):
            if requirement == "interview" and not unit.in_interview:
                continue
            got = delivered.get((unit.name, requirement), {})
            needed = REQUIRED_PARTS[requirement]
            missing = [p for p in needed if p not in got]
            completed_at = max(got.values()) if not missing else None
            state = "complete" if not missing else "partial" if got else "missing"
            table[(unit.name, requirement)] = {
                "state": state,
                "late": completed_at is None or completed_at > DUE[requirement],
                "completed_at": completed_at,
                "missing_parts": missing,
            }
    return table


def describe(mails: list[DemoMail]) -> str:
    """A short English summary of the demo mailbox (for the report and `collector demo`)."""
    table = expected_status(mails)
    units = {m.unit for m in mails if m.unit and m.expected_state == "filed"}
    counts: dict[str, int] = {}
    for (_, requirement), row in table.items():
        key = f"{requirement}:{row['state']}{'+late' if row['late'] and row['state'] == 'complete' else ''}"
        counts[key] = counts.get(key, 0) + 1
    clients: dict[str, int] = {}
    for m in mails:
        clients[m.client] = clients.get(m.client, 0) + 1
    size = sum(len(m.raw) for m in mails)
    return (f"{len(mails)} mails, {size / 1e6:.1f} MB, {len(units)} roster units submitting; "
            f"late mails {sum(m.late for m in mails)}, corrections {sum(m.is_correction for m in mails)}; "
            f"status {dict(sorted(counts.items()))}; clients {dict(sorted(clients.items()))}")


def main(argv: list[str] | None = None) -> int:
    """python -m collector.demo [--seed N] [--eml-dir OUT] [--fill --dir DOVECOT_DIR]"""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m collector.demo", description="The 5·15 demo mailbox.")
    parser.add_argument("--seed", type=int, default=515)
    parser.add_argument("--eml-dir", type=Path, help="write each mail as NN.eml here")
    parser.add_argument("--fill", action="store_true",
                        help="APPEND the mails to the Dovecot started by `python -m collector.demo.dovecot start --dir DIR`")
    parser.add_argument("--dir", type=Path, help="that Dovecot's work directory")
    args = parser.parse_args(argv)
    mails = generate_demo_mailbox(args.seed)
    if args.eml_dir:
        args.eml_dir.mkdir(parents=True, exist_ok=True)
        for n, mail in enumerate(mails, 1):
            (args.eml_dir / f"{n:02d}.eml").write_bytes(mail.raw)
    if args.fill:
        if not args.dir:
            parser.error("--fill needs --dir")
        from collector.demo import dovecot

        workdir = args.dir.resolve()
        server = dovecot.Dovecot(workdir, port=dovecot.port_from_config(workdir),
                                 password=dovecot.password_for_dir(workdir), stop_at_exit=False)
        if not server.is_running():
            parser.error(f"no Dovecot running in {workdir}")
        fill_mailbox(server, mails)
    print(describe(mails))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
