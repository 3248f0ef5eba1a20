"""The demo's second campaign: the 政务公开自查整改 notice of 2023-06-12 and its mails.

Five departments must send a 自查报告 (stamped) by 6月25日17时 and an 整改报告 with
before/after screenshots by 7月10日16时. Their mails arrive in the same mailbox
as the 5·15 campaign's, with the stragglers and strays a clerk really sees:
a 5·15 summary sent in June by a department on both rosters, a self-check
report from a department the notice did not name, a report that mentions the
rectification only to say it comes later.

`selfcheck_mailbox(seed)` returns the mails (DemoMail, campaign "selfcheck"
for those that belong to it); NOTICE is the notice's text, from which the demo
drafts the campaign exactly as a clerk does (`collector campaign init`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random
from pathlib import Path

from collector.demo.attachments import make_docx, make_photo
from collector.demo.clients import COMPOSERS, SHANGHAI, Att, Draft, received_header
from collector.demo.mailbox import DemoMail

NOTICE = Path(__file__).parent / "notices" / "2023-06-12-政务公开自查整改通知.txt"
CAMPAIGN = "2023-06-12-zichazhenggai"  # the id the demo gives the drafted campaign
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
UNITS = {  # roster name -> (official name, sender address)
    "县教育局": ("建昌县教育局", "jcjyj_bgs@163.com"),
    "县民政局": ("建昌县民政局", "jcmzj2019@126.com"),
    "县财政局": ("建昌县财政局", "jczwgk_czj@163.com"),
    "县住建局": ("建昌县住房和城乡建设局", "zjj7716@163.com"),
    "县卫健局": ("建昌县卫生健康局", "jcwjj@hld.gov.cn"),
}


@dataclasses.dataclass(frozen=True)
class _Plan:
    unit: str
    client: str
    received: str  # "MM-DD HH:MM" in 2023, office time
    subject: str
    body: str
    files: tuple[str, ...]  # "report:TITLE", "rectify:TITLE", "shots:N", "summary:TITLE", "photos:N"
    requirements: tuple[str, ...]
    campaign: str = CAMPAIGN
    state: str = "filed"
    late: bool = False
    note: str = ""


PLANS = [
    _Plan("县教育局", "foxmail", "06-20 10:12", "县教育局政务公开自查报告",
          "县政府办公室：\n现将我局政务公开工作自查报告（已盖章）报送，请审阅。\n县教育局办公室", ("report:县教育局政务公开工作自查报告",),
          ("selfcheck",)),
    _Plan("县民政局", "webmail163", "06-24 15:40", "民政局自查报告",
          "您好！附件是我局自查报告，整改报告将于7月上旬另行报送。\n县民政局 刘敏", ("report:建昌县民政局政务公开自查报告",),
          ("selfcheck",), note="mentions the rectification only to say it comes later"),
    _Plan("县财政局", "qqmail", "06-26 09:30", "县财政局+自查报告",
          "自查报告见附件，报送晚了，抱歉。", ("report:县财政局关于政务公开工作的自查报告",), ("selfcheck",), late=True,
          note="a day after the deadline"),
    _Plan("县住建局", "outlook", "06-21 08:55", "住建局 政务公开自查报告",
          "县政府办：\n按通知要求报送我局自查报告。\n建昌县住房和城乡建设局", ("report:建昌县住房和城乡建设局政务公开工作自查报告",),
          ("selfcheck",)),
    _Plan("县教育局", "gov_coremail", "07-05 14:20", "县教育局整改报告",
          "县政府办公室：\n我局已对自查发现的问题完成整改，整改报告及整改前后截图见附件。\n县教育局",
          ("rectify:县教育局政务公开问题整改报告", "shots:2"), ("rectify",)),
    _Plan("县民政局", "thunderbird", "07-08 11:02", "县民政局整改报告",
          "整改报告见附件，截图稍后补发。\n县民政局", ("rectify:县民政局政务公开整改情况报告",), ("rectify",),
          note="no screenshots yet: partial"),
    _Plan("县财政局", "webmail163", "07-09 16:45", "县财政局整改报告及截图",
          "报送我局整改报告和网站整改截图，请查收。\n县财政局", ("rectify:县财政局政务公开问题整改报告", "shots:3"), ("rectify",)),
    _Plan("县住建局", "foxmail", "07-11 09:10", "住建局整改报告",
          "整改报告和截图，请查收。\n县住建局", ("rectify:县住建局政务公开整改报告", "shots:2"), ("rectify",), late=True,
          note="after the deadline"),
    _Plan("县卫健局", "outlook", "06-15 10:30", "县卫健局5·15政务公开日活动总结（补报）",
          "县政府办公室：\n补报我局5·15政务公开日活动总结及照片。\n县卫健局", ("summary:县卫健局5·15政务公开日活动总结", "photos:2"),
          ("summary",), campaign="jianchang-515-2023", late=True,
          note="a 5·15 straggler in June from a department on both rosters"),
    _Plan("县发改局", "qqmail", "06-22 16:00", "县发改局自查报告",
          "我局也做了自查，报告见附件。\n县发改局", ("report:县发改局政务公开自查报告",), (), campaign="", state="needs_review",
          note="the notice did not name 县发改局: nothing it owes"),
]


def _screenshot(rng: random.Random, n: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1280, 800), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1280, 70), fill=(20, 80, 160))
    for row in range(12):
        y = 110 + row * 50
        draw.rectangle((60, y, 60 + rng.randrange(400, 1100), y + 22), fill=(90 + 10 * n, 90, 90))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _attachments(plan: _Plan, rng: random.Random, when: dt.datetime) -> list[Att]:
    official = UNITS.get(plan.unit, (plan.unit, ""))[0]
    out = []
    for spec in plan.files:
        what, _, arg = spec.partition(":")
        if what in ("report", "rectify", "summary"):
            body = {"report": ["经对照通知要求逐项自查，主动公开目录基本完整，发现栏目更新不及时等问题两项。"],
                    "rectify": ["针对自查发现的问题，我单位逐项制定措施，已于7月初全部整改到位。"],
                    "summary": ["5月15日，我局组织开展了政务公开日宣传活动，发放宣传资料三百余份。"]}[what]
            doc = make_docx(arg, body, [official, when.strftime("%Y年%-m月%-d日")], official, when)
            out.append(Att(f"{arg}.docx", doc, DOCX))
        elif what == "shots":
            out += [Att(f"整改截图{i + 1}.png", _screenshot(rng, i), "image/png") for i in range(int(arg))]
        elif what == "photos":
            out += [Att(f"IMG_2023051{5 + i}.jpg", make_photo(rng, "政务公开日", when - dt.timedelta(days=30)), "image/jpeg")
                    for i in range(int(arg))]
    return out


def selfcheck_mailbox(seed: int = 612) -> list[DemoMail]:
    """The second campaign's mails (and the strays around it), by receipt time."""
    rng = random.Random(seed)
    mails = []
    for plan in PLANS:
        month_day, hm = plan.received.split(" ")
        received = dt.datetime.fromisoformat(f"2023-{month_day}T{hm}:00").replace(tzinfo=SHANGHAI)
        official, address = UNITS.get(plan.unit, (plan.unit, "fgj_jc@163.com"))
        draft = Draft(from_name=official, from_addr=address, subject=plan.subject, body=plan.body,
                      sent_at=received - dt.timedelta(seconds=rng.randrange(3, 60)),
                      attachments=_attachments(plan, rng, received))
        raw = received_header(received, rng, address).encode() + COMPOSERS[plan.client](draft, rng)
        mails.append(DemoMail(
            raw=raw, received_at=received, unit=plan.unit, client=plan.client, requirements=plan.requirements,
            parts=(), late=plan.late, expected_state=plan.state, subject=plan.subject, sender=address,
            note=plan.note, campaign=plan.campaign,
        ))
    return sorted(mails, key=lambda m: m.received_at)
