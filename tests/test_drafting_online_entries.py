"""Particulars a notice has entered online (a QR form, a system) beside what it asks mailed reach no mailbox: they are
no part of the mail (2038 of the 2020–2039 batch, settled for the convention of 1376 and 1436)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()


def draft(body: str):
    text = (f"关于做好2676年防汛信息员确认工作的通知\n各乡镇人民政府：\n{body}\n材料请发送至jcfx_bgs@163.com。\n"
            f"联系人：李明  电话：0429-7711111\n\n建昌县防汛抗旱指挥部办公室\n2676年3月30日\n")
    return draft_campaign(text, ROSTER)


def test_names_and_phones_entered_by_a_qr_form_are_no_part_of_the_mail():
    (r,) = draft("一、各乡镇于4月10日前报送防汛重点部位名单（Excel格式），同时扫码在线填报本乡镇防汛信息员姓名和手机号码。").requirements
    assert len(r.parts) == 1, r.parts
    assert "xlsx" in r.parts[0]["formats"]


def test_near_miss_names_and_phones_typed_in_the_mail_body_are_still_asked():
    (r,) = draft("一、各乡镇于4月10日前报送防汛重点部位名单（Excel格式），同时在邮件正文中注明本乡镇防汛信息员姓名和手机号码。").requirements
    assert len(r.parts) == 2, r.parts
