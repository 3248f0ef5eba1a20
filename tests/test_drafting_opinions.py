"""Notices asking for opinions on a draft (征求意见), which the office sends all year: mixed61's clerk (and mixed31's
before) had to rewrite every part the drafter made of them — the office's own 征求意见稿 asked back as a Word file, a
“在反馈表” spreadsheet made of `在反馈表中注明`, a Word 反馈表 every unit owed where the notice takes a typed “无意见”.
Here, on notices written for these tests (drafting/asks/opinions.py): the draft sent out is no part unless asked back marked
up; where 无意见 may be typed in the mail, the opinions are one field any of whose forms counts, and the status stage
finds it in a typed 无意见, a 反馈表 or opinions in the body; where 无意见 goes on the stamped form, the form stays."""

from __future__ import annotations

import datetime as dt

import yaml
from route_helpers import SH, _docx, mail, place

from collector.campaign import campaign_from_dict
from collector.drafting import draft_campaign
from collector.drafting.requirements import material_names
from collector.drafting.heading.titles import subject_hints
from collector.model import ParsedMail
from collector.parsers import parse_message
from collector.roster import builtin_roster
from collector.status import FiledFile, FiledMail, parts_present

ROSTER = builtin_roster()


def notice(asks: str, title: str = "关于征求《建昌县城市道路挖掘管理办法（征求意见稿）》意见的通知") -> str:
    return f"""建昌县住房和城乡建设局
{title}

各乡镇人民政府：
    我局起草了《建昌县城市道路挖掘管理办法（征求意见稿）》（见附件1），现征求你们的意见。
    {asks}
    联系人：王强 0429-7712345

附件：1.建昌县城市道路挖掘管理办法（征求意见稿）
      2.意见反馈表

建昌县住房和城乡建设局
2088年6月3日
"""


TYPED = ("请对征求意见稿提出修改意见，填写《意见反馈表》（附件2，Word格式），于2088年6月13日17时前发送至jczjj_fg@163.com。"
         "无修改意见的，在邮件正文中注明“无意见”即可。")


def test_where_nil_may_be_typed_the_opinions_are_one_field_and_the_draft_sent_out_no_part():
    draft = draft_campaign(notice(TYPED), ROSTER)
    (r,) = draft.requirements
    assert [(p["id"], p["kind"]) for p in r.parts] == [("opinion", "field")]
    assert "征求意见稿" not in r.title and "征求意见稿" not in " ".join(r.hints)
    assert r.parts[0]["title"].endswith("或邮件注明“无意见”") and "意见反馈表" in r.parts[0]["pattern"]
    assert any("无意见" in line and "文字信息" in line for line in draft.unsettled)


def test_where_nil_goes_on_the_stamped_form_the_form_stays_a_document():
    on_the_form = ("请填写《意见反馈表》（附件2），经单位主要负责同志签字并加盖公章后，将扫描件于2088年6月13日17时前发送至"
                   "jczjj_fg@163.com。无修改意见的，也请在反馈表中注明“无意见”，签字盖章后反馈。")
    (r,) = draft_campaign(notice(on_the_form), ROSTER).requirements
    assert all(p["kind"] == "document" for p in r.parts) and any(p["id"] == "stamped" for p in r.parts)


def test_a_draft_asked_back_marked_up_stays_a_part():
    marked_up = ("请在征求意见稿上以修订模式直接提出修改意见，于2088年6月13日17时前将征求意见稿发送至jczjj_fg@163.com。")
    (r,) = draft_campaign(notice(marked_up), ROSTER).requirements
    assert any("征求意见稿" in p["title"] for p in r.parts)


def test_where_to_write_is_no_material_and_what_is_raised_is_named_without_the_verb():
    assert material_names("无修改意见的，在反馈表中注明“无意见”") == []
    assert material_names("结合工作实际提出修改意见建议") == ["修改意见建议"]
    assert material_names("请填写统计表，在备注栏中注明数据来源") == ["统计表"]  # a table named before 在 stays


def test_a_consultations_title_gives_no_hint_every_consultation_shares():
    hints = subject_hints("建昌县重大行政决策程序规定（征求意见稿）意见")
    assert "征求意见稿" not in hints and "意见" not in hints and "建昌县重" not in hints
    assert "建昌县重大行政决策程序规定" in hints
    # 大 between words still parts a long title
    assert subject_hints("建昌县城乡结合部安全生产隐患大排查大整治")[:2] == ["建昌县城乡结合部安全生产隐患", "排查"]


JUNE_10 = dt.datetime(2088, 6, 10, 9, 0, tzinfo=SH)


def drafted_campaign():
    draft = draft_campaign(notice(TYPED), ROSTER)
    data = yaml.safe_load(draft.to_yaml())
    data["mailbox"]["subject_hints"] = ["道路挖掘管理办法"]
    return campaign_from_dict(data, roster=ROSTER)


def brought(parsed: ParsedMail, campaign) -> dict[str, int]:
    files = [FiledFile(a.filename, a.kind, a.text or "", False, None, None) for a in parsed.attachments]
    msg = FiledMail("x", None, JUNE_10, parsed.from_addr or "", "", parsed.body_text or "", False, files,
                    [campaign.requirements[0].id], parsed.subject or "")
    return parts_present(msg, campaign.requirements[0], campaign)


def test_a_typed_nil_a_form_or_opinions_in_the_body_each_answer_and_a_bare_mail_does_not():
    campaign = drafted_campaign()
    nil = mail("八家子镇道路挖掘管理办法意见", "县住建局：\n我镇对道路挖掘管理办法无意见。\n八家子镇人民政府")
    form = mail("喇嘛洞镇道路挖掘管理办法意见", "县住建局：\n我镇意见见附件。\n喇嘛洞镇党政办",
                {"喇嘛洞镇意见反馈表.docx": _docx(["意见反馈表", "反馈单位：喇嘛洞镇人民政府", "条款", "第五条", "修改意见",
                                                "建议将审批时限由10个工作日缩短为5个工作日。"])})
    typed = mail("大屯镇道路挖掘管理办法意见", "县住建局：\n建议第十二条增加夜间施工的噪声管理要求。\n大屯镇人民政府")
    bare = mail("汤神庙镇道路挖掘管理办法", "县住建局：\n收到。\n汤神庙镇人民政府")
    for raw, unit in ((nil, "八家子镇"), (form, "喇嘛洞镇"), (typed, "大屯镇")):
        m = place([campaign], raw, JUNE_10)
        assert (m.state, m.unit) == ("filed", unit)
        assert brought(parse_message(raw), campaign) == {"opinion": 1}
    assert brought(parse_message(bare), campaign) == {"opinion": 0}
