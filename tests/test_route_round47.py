"""Held-out mailboxes 47 and 48: what they showed the collector missing, on mails written for these tests.

mixed48's survey answered in the body: each question written out with its answer (一、是否已接入…：是, no question),
a chat record pasted below (its questions are the colleagues'), an answer typed below the quoted notice, an answer that
nothing asked applies to the unit (…对我局不适用), the office writing down an answer it got by WeChat; the 县委统战部 that
the 民族宗教局 is merged into; QQ's 已读回执; a table sent as a PDF the notice says not to send. mixed47's: a subject's
2058年城镇 (no unit 年城镇), the office's own copy of its 补充通知, homes named after a unit (水利局家属院), a unit's branch
in a town (喇嘛洞供销社), another unit passing on a mail sent to it by mistake, and an S/MIME opaque signature read inside."""

from __future__ import annotations

import base64
import datetime as dt
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from route_helpers import SH, held_out_campaigns, mail, office_quote, place

from collector.parsers import parse_message

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES / "mixed47"))
import mixed47_docs  # noqa: E402  (the PKCS #7 SignedData writer)

SB, XQ = "2057-09-24-czljxqgzxmsb", "2057-10-09-zwxxhxmxq"  # 老旧小区改造申报; 政务信息化项目需求
WG, DC = "2058-06-03-cjwgyxxcj", "2058-06-10-qxdzzwwwjrhsyqkd"  # 网格员信息采集 (Excel, 一人一表); 外网调查
JUNE_2058 = dt.datetime(2058, 6, 14, 10, 0, tzinfo=SH)
OCT_2057 = dt.datetime(2057, 10, 16, 10, 0, tzinfo=SH)
XLSX = b"PK\x03\x04" + b"\0" * 64

ANSWERS = ("一、是否已接入县电子政务外网：是\n二、接入电子政务外网的计算机数量：14台\n三、是否存在“一机两网”情况：否\n"
           "四、网络安全管理员：黄志玉，手机17084423627\n五、存在的问题和需求：无")


def survey(raw: bytes):
    return place(held_out_campaigns("mixed48"), raw, JUNE_2058)


def test_questions_written_out_with_their_answers_are_an_answer_not_a_question():
    m = survey(mail("八家子镇外网调查", f"县政府办公室：\n我镇外网调查情况：\n{ANSWERS}\n八家子镇党政办"))
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", "八家子镇", DC, ["dc"]), m.reason


def test_a_question_still_asked_beside_the_answers_goes_to_a_person():
    m = survey(mail("八家子镇外网调查", f"{ANSWERS}\n请问村便民服务站是否也要填？\n八家子镇党政办"))
    assert m.state == "needs_review" and "询问" in m.reason, m.reason


def test_a_chat_record_pasted_below_is_the_colleagues_words():
    chat = ("我中心外网调查情况见下面的微信聊天记录：\n融媒体中心网络安全工作群的聊天记录\n汤文 2058-06-16 09:12\n"
            "咱们中心外网接了吧？\n戴华伟 2058-06-16 09:14\n接了，一共39台接了外网\n建昌县融媒体中心办公室")
    m = survey(mail("融媒体中心外网调查", chat))
    assert (m.state, m.unit, m.requirements) == ("filed", "县融媒体中心", ["dc"]), m.reason


def test_an_answer_typed_below_the_quoted_notice_is_read():
    (dc,) = [c for c in held_out_campaigns("mixed48") if c.id == DC]
    body = (office_quote("关于开展全县电子政务外网接入和使用情况调查的通知", dc.notice_text).lstrip()
            + "\n\n娘娘庙乡答复：\n1.是\n2.6台\n3.否\n4.赵东振 15536555454\n5.无\n娘娘庙乡党政办")
    m = survey(mail("回复：关于开展全县电子政务外网接入和使用情况调查的通知", body, sender="956132689@qq.com"))
    assert (m.state, m.unit, m.campaign) == ("filed", "娘娘庙乡", DC), m.reason


def test_a_reply_quoting_only_the_notice_says_nothing():
    from collector.match.text import strip_quoted

    (dc,) = [c for c in held_out_campaigns("mixed48") if c.id == DC]
    body = office_quote("关于开展全县电子政务外网接入和使用情况调查的通知", dc.notice_text).lstrip()
    assert strip_quoted(body, [dc.notice_text]).strip() == ""


def test_an_answer_that_nothing_asked_applies_is_the_answer():
    from collector.status import FiledMail, parts_present

    text = ("我局办公网络为税务专网，由市局统一接入，未接入县电子政务外网；调查表中的终端数量、网络安全管理员等项目对我局不适用。\n"
            "国家税务总局建昌县税务局办公室")
    m = survey(mail("税务局外网调查", text))
    assert (m.state, m.unit, m.requirements) == ("filed", "县税务局", ["dc"]), m.reason
    (dc,) = [c for c in held_out_campaigns("mixed48") if c.id == DC]
    msg = FiledMail("ef" * 32, None, JUNE_2058, "a@sina.com", "", text, False, [], ["dc"], subject="税务局外网调查")
    assert parts_present(msg, dc.requirements[0], dc) == {"answer": 1}


def test_the_united_front_department_answers_for_the_ethnic_affairs_bureau_it_is_merged_into():
    m = survey(mail("县委统战部外网调查", f"{ANSWERS}\n中共建昌县委统战部办公室", sender="jctzb908@139.com"))
    assert (m.state, m.unit) == ("filed", "县民族宗教局"), m.reason


def test_qq_mails_read_receipt_is_no_answer():
    body = ("这是一封邮件回执。\n您于2058年6月10日(星期一) 上午9:30 发送的邮件“关于开展全县电子政务外网接入和使用情况调查的通知”，"
            "已于 2058年6月10日(星期一) 上午10:05 被 jcx3qda@126.com 阅读。")
    parsed = parse_message(mail("已读回执：关于开展全县电子政务外网接入和使用情况调查的通知", body, sender="jcx3qda@126.com",
                                name="司法局"))
    assert parsed.not_submission == "read-receipt"
    m = survey(mail("已读回执：关于开展全县电子政务外网接入和使用情况调查的通知", body, sender="jcx3qda@126.com", name="司法局"))
    assert m.state == "ignored", m.reason


def test_a_table_sent_as_the_pdf_the_notice_says_not_to_send_goes_to_a_person():
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    m = survey(mail("黑山科乡网格员信息采集表", "我乡网格员信息采集表见附件（手机上用WPS导出的PDF）。\n黑山科乡党政办",
                    {"黑山科乡网格员信息采集表.pdf": pdf}))
    assert (m.state, m.unit) == ("needs_review", "黑山科乡") and "PDF" in m.reason, m.reason
    m = survey(mail("黑山科乡网格员信息采集表", "我乡网格员信息采集表见附件。\n黑山科乡党政办",
                    {"黑山科乡网格员信息采集表.xlsx": XLSX}))
    assert (m.state, m.unit, m.campaign) == ("filed", "黑山科乡", WG), m.reason


def test_the_notices_refusals_are_read_from_its_text():
    from collector.match.requirements import refused_forms

    (wg,) = [c for c in held_out_campaigns("mixed48") if c.id == WG]
    (dc,) = [c for c in held_out_campaigns("mixed48") if c.id == DC]
    assert refused_forms(wg) == {"pdf", "picture"} and refused_forms(dc) == set()


def _to_itself(subject: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "县政府办公室 <jc7710089@163.com>", "jc7710089@163.com", subject
    m["Date"] = format_datetime(JUNE_2058)
    m.set_content(body)
    return m.as_bytes()


def test_an_answer_the_office_got_by_wechat_and_wrote_down_is_the_units():
    body = f"新开岭乡党政办今天上午通过微信报送外网调查情况，转录如下，存档：\n{ANSWERS}\n（新开岭乡 邹磊）"
    m = survey(_to_itself("新开岭乡外网调查（微信报送，存档）", body))
    assert (m.state, m.unit, m.campaign) == ("filed", "新开岭乡", DC), m.reason
    m = survey(_to_itself("明天催报", "明天催报外网调查：新开岭乡、石佛乡"))
    assert m.state == "ignored", m.reason


def mixed47(raw: bytes, when: dt.datetime = OCT_2057):
    return place(held_out_campaigns("mixed47"), raw, when)


def test_a_subjects_year_and_the_word_for_towns_are_no_unit():
    from collector.match.units import unknown_units

    raw = mail("建昌县住房和城乡建设局2058年城镇老旧小区改造项目申报材料", "附件为我单位申报表。",
               {"住建局2058年城镇老旧小区改造项目申报表.xlsx": XLSX})
    assert "年城镇" not in unknown_units(parse_message(raw), held_out_campaigns("mixed47"))
    m = mixed47(raw, dt.datetime(2057, 10, 10, 9, 0, tzinfo=SH))
    assert (m.state, m.unit, m.campaign) == ("filed", "县住建局", SB), m.reason


def test_the_offices_own_copy_of_its_supplementary_notice_is_ignored():
    body = ("关于提前报送2058年度政务信息化项目需求的补充通知\n\n县政府各部门、各直属机构：\n"
            "报送时间由2057年10月26日17时前提前至10月22日17时前，请各单位抓紧报送。")
    m = EmailMessage()
    m["From"], m["To"] = "县政府办公室 <jc7710089@163.com>", "jc7710089@163.com"
    m["Subject"] = "关于提前报送2058年度政务信息化项目需求的补充通知"
    m.set_content(body)
    m.add_attachment(XLSX, maintype="application", subtype="octet-stream", filename="需求表（调整后）.xlsx")
    match = mixed47(m.as_bytes(), dt.datetime(2057, 10, 15, 9, 0, tzinfo=SH))
    assert match.state == "ignored" and "本办发出的通知" in match.reason, match.reason


@pytest.mark.parametrize("text, units", [
    ("建昌镇供销社家属楼、水利局家属院改造", {"建昌镇"}),
    ("汤神庙供销社", {"县供销社"}),
    ("汤神庙", {"汤神庙镇"}),
    ("汤神庙镇供销社", {"汤神庙镇", "县供销社"}),
    ("县水利局", {"县水利局"}),
])
def test_homes_named_after_a_unit_and_a_units_branch_in_a_town(text, units):
    from collector.match.names import name_index

    campaigns = held_out_campaigns("mixed47")
    idx = name_index(campaigns)
    found = {u for alias, _, _ in idx.scan(text, fuzzy=False) for c in idx.targets[alias].values() for u in c}
    assert found == units


def test_a_mail_another_unit_passes_on_after_it_was_sent_there_by_mistake():
    m = EmailMessage()
    m["From"], m["To"] = "财政局预算股 <jcxt07k@sina.com>", "jc7710089@163.com"
    m["Subject"] = "转发：医保局2058年度信息化项目需求"
    m.set_content("县政府办公室：\n医疗保障局将信息化项目需求误发至我局邮箱，现转给你办，请查收。\n建昌县财政局预算股\n\n"
                  "-----原始邮件-----\n发件人: \"建昌县医疗保障局\" <vdgtxggm150@126.com>\n发送时间: 2057年10月19日 16:02\n"
                  "收件人: \"财政局预算股\" <jcxt07k@sina.com>\n主题: 医保局2058年度信息化项目需求\n\n"
                  "财政局：\n我局需求表及说明见附件。\n建昌县医疗保障局办公室")
    m.add_attachment(XLSX, maintype="application", subtype="octet-stream", filename="医保局2058年度政务信息化项目需求表.xlsx")
    match = mixed47(m.as_bytes(), dt.datetime(2057, 10, 20, 9, 0, tzinfo=SH))
    assert (match.state, match.unit, match.campaign) == ("filed", "县医保局", XQ), match.reason


def test_an_smime_opaque_signature_is_read_inside():
    inner = EmailMessage()
    inner.set_content("县政府办公室：\n我局需求表见附件。\n国家税务总局建昌县税务局办公室")
    inner.add_attachment(XLSX, maintype="application", subtype="octet-stream", filename="税务局需求表.xlsx")
    p7 = mixed47_docs.opaque_signed(inner.as_bytes(), "国家税务总局建昌县税务局", "郝燕", 7)
    raw = (b"From: jcsw@126.com\r\nTo: jc7710089@163.com\r\nSubject: =?utf-8?b?"
           + base64.b64encode("税务局2058年度政务信息化项目需求".encode()) + b"?=\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: application/pkcs7-mime; smime-type=signed-data; name=\"smime.p7m\"\r\n"
           b"Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"smime.p7m\"\r\n\r\n"
           + base64.encodebytes(p7))
    parsed = parse_message(raw)
    assert parsed.problems == []
    assert sorted(a.filename for a in parsed.attachments) == ["smime.p7m", "税务局需求表.xlsx"]
    assert "我局需求表见附件" in parsed.body_text
    m = mixed47(raw, dt.datetime(2057, 10, 20, 9, 0, tzinfo=SH))
    assert (m.state, m.unit, m.campaign) == ("filed", "县税务局", XQ), m.reason
