"""The 5·15 notice's deadlines and the scenario: which unit sends which mail, when,
with which client, and what is special about it (late, partial, a correction, an
auto-reply, a unit not on the roster)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from collector.demo.clients import SHANGHAI
from collector.demo.mailbox.units import Unit

INTERVIEW_DUE = dt.datetime(2023, 5, 11, 16, 0, tzinfo=SHANGHAI)
SUMMARY_DUE = dt.datetime(2023, 5, 23, 16, 0, tzinfo=SHANGHAI)
DUE = {"interview": INTERVIEW_DUE, "summary": SUMMARY_DUE}
REQUIRED_PARTS = {
    "interview": ("interview.manuscript", "interview.leader", "interview.contact"),
    "summary": ("summary.report", "summary.photos"),
}
SHARED_INTERVIEW = ("县农业农村局", "县乡村振兴局")  # one row of 附件1, one interview


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
    INTERVIEW = ("interview.manuscript", "interview.leader", "interview.contact")
    SUMMARY = ("summary.report", "summary.photos")

    def unit(name: str) -> Unit:
        return by_name[name]

    # Interview materials (附件1 departments), due 05-11 16:00.
    fixed_interviews = {
        "县发改局": ("foxmail", at("05-10", "09:41", 12), INTERVIEW, "gb2312-labelled GBK filename with 镕", {"leader": "朱镕峰"}),
        "县营商局": ("outlook", at("05-09", "15:12", 40), INTERVIEW, "", {}),
        "县工信局": ("webmail163", at("05-10", "14:03", 5), INTERVIEW, "", {}),
        "县农业农村局": ("gov_coremail", at("05-11", "10:26", 31), INTERVIEW,
                    "one interview for 县农业农村局 and 县乡村振兴局 (shared row of 附件1)", {"joint": True}),
        "县文旅局": ("qqmail", at("05-11", "11:47", 2), ("interview.manuscript", "interview.leader"),
                  "no contact phone anywhere: interview partial", {"no_contact": True}),
        "县交通局": ("thunderbird", at("05-10", "16:35", 9), INTERVIEW, "RFC 2231 filename continuations", {}),
        "县市场局": ("foxmail", at("05-11", "15:59", 41), INTERVIEW, "19 seconds before the deadline", {}),
        "县住建局": ("outlook", at("05-11", "16:07", 26), INTERVIEW,
                  "Date header says 15:50 (sender's clock) but received 16:07: late", {"clock_skew": -17}),
        "生态环境局建昌分局": ("gov_coremail", at("05-09", "10:15", 3), INTERVIEW, "", {}),
        "县自然资源局": ("webmail163", at("05-10", "11:30", 44), INTERVIEW, "leader and contact only inside the docx",
                    {"fields_in_doc_only": True}),
        "县水利局": ("qqmail", at("05-12", "09:20", 17), INTERVIEW, "a day late", {}),
        "县人社局": ("foxmail", at("05-10", "08:52", 36), INTERVIEW, "superseded by a correction next day", {}),
        "县民政局": ("iphone", at("05-11", "13:05", 50), INTERVIEW, "sent from an iPhone, docx attached", {}),
        "县卫健局": ("outlook", at("05-11", "16:03", 8), INTERVIEW, "3 minutes late", {}),
    }
    for name, (client, when, parts, note, options) in fixed_interviews.items():
        assert unit(name).in_interview, name
        plans.append(Plan(unit(name), client, when, "interview", parts, note, dict(options)))
    plans.append(Plan(unit("县人社局"), "foxmail", at("05-11", "11:02", 14), "correction_interview", INTERVIEW,
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
        "县教育局": ("foxmail", at("05-22", "14:18", 33), SUMMARY,
                 "superseded by a 更正 mail on 05-23", {}),
        "喇嘛洞镇": ("foxmail", at("05-23", "11:02", 7), SUMMARY, "photos zipped, GBK names without UTF-8 flag", {"zip": True}),
        "县司法局": ("webmail163", at("05-23", "10:44", 50), SUMMARY,
                 "photos as a 163 超大附件 link in the HTML body", {"large_link": True}),
        "药王庙镇": ("gov_coremail", at("05-22", "15:36", 20), SUMMARY, "summary as a scanned PDF", {"pdf": True}),
        "县应急局": ("gov_coremail", at("05-23", "09:05", 1), SUMMARY, "summary as a scanned PDF", {"pdf": True}),
        "汤神庙镇": ("qqmail", at("05-22", "16:51", 27), SUMMARY, ".doc-named file (OOXML bytes inside)", {"ext": ".doc"}),
        "玲珑塔镇": ("qqmail", at("05-23", "08:47", 12), SUMMARY, ".wps-named file (OOXML bytes inside)", {"ext": ".wps"}),
        "牤牛营子乡": ("qqmail", at("05-19", "15:20", 8), SUMMARY, "raw 8-bit GBK filename in the header (old QQ mail)",
                  {"raw_filename": True}),
        "大屯镇": ("outlook", at("05-23", "15:59", 40), SUMMARY, "20 seconds before the deadline", {}),
        "素珠营子乡": ("webmail163", at("05-23", "16:02", 3), SUMMARY, "2 minutes late", {}),
        "县综合执法局": ("foxmail", at("05-24", "09:12", 44), SUMMARY, "a day late", {}),
        "二道湾子蒙古族乡": ("thunderbird", at("05-26", "10:30", 5), SUMMARY, "three days late", {}),
        "新开岭乡": ("foxmail", at("05-17", "10:05", 9), SUMMARY,
                 "reply to the notice mail, notice text quoted (names other units)", {"reply": True}),
        "和尚房子乡": ("qqmail", at("05-22", "11:11", 11), SUMMARY,
                  "personal QQ address, display name only a person (马堃); unit only in subject and files",
                  {"personal": "马堃"}),
        "县发改局": ("outlook", at("05-22", "10:20", 30), SUMMARY, "inline photo in multipart/related plus attachments",
                 {"outlook_inline": True}),
    }
    for name, (client, when, parts, note, options) in special.items():
        plans.append(Plan(unit(name), client, when, "summary", parts, note, dict(options)))
    plans.append(Plan(unit("八家子镇"), "foxmail", at("05-22", "08:58", 40), "photos_later", ("summary.photos",),
                      "补发照片 (on time)", {"photos": 3}))
    plans.append(Plan(unit("县公安局"), "outlook", at("05-24", "08:40", 2), "photos_later", ("summary.photos",),
                      "补发照片 after the deadline", {"photos": 2}))
    plans.append(Plan(unit("县教育局"), "foxmail", at("05-23", "10:05", 21), "correction_summary", SUMMARY,
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
        plans.append(Plan(u, client, when, "summary", SUMMARY, "", {"heic": client == "iphone"}))

    # Not a submission / not on the roster.
    plans.append(Plan(unit("县医保局"), "webmail163", at("05-22", "16:31", 4), "autoreply", (),
                      "auto-reply to the office's reminder", {}))
    plans.append(Plan(None, "outlook", at("05-22", "14:46", 0), "summary", SUMMARY,
                      "县统计局 is not on the roster", {"outsider": ("县统计局", "建昌县统计局")}))
    plans.sort(key=lambda p: p.received_at)
    return plans
