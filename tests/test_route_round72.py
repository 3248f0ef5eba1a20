"""Held-out mailbox 72 (round 72): what it showed the collector missing, on campaigns and mails written for these tests
(a 2083 “爱心一日捐” of three departments, each owing an Excel 捐款花名册 and the bank's 转账回单, a photo or a scan; a
2083 禁毒宣传 of two departments and a town, owing a Word 总结 and photos).

A mail from a personal address that no address, subject, file name or sign-off ties to a unit is filed when its own
words name one unit as the owner of the part its files are (`医保局一日捐的转账回单`, `县民政局的回单`), the unit owes
that requirement in the campaign, and the unit's earlier mails brought the requirement's other part only: the mail
completes them. A unit the words only speak of (给医保局的…, 关于医保局…, 今天去医保局…), a unit the campaign does not
ask, no earlier mail, or a part sent before still go to a person.

A mail with no file answering a campaign's notice whose own words (the quote cut, 发自我的iPhone dropped) only
acknowledge receipt (收到, 已收到，谢谢) is ignored, whoever sends it. 收到 beside a file, a question, 收到 with the
material to follow from an unknown address, a thanks without 收到 and a 收到 to the office's reminder are read as
before."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from types import SimpleNamespace

from match_order import match_in_arrival_order
from route_helpers import ROSTER, SH, mail, office_quote, place

from collector.campaign import campaign_from_dict

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed"))
from mixed_docs import stamped_pdf

DON, JD = "2083-05-20-axyrj", "2083-06-01-jdxc"
JUN_8 = dt.datetime(2083, 6, 8, 10, 0, tzinfo=SH)
NOTICE = "关于开展2083年全民禁毒宣传活动的通知"
NOTICE_TEXT = (f"{NOTICE}\n\n县教育局、县司法局、大屯镇人民政府：\n    现将有关事项通知如下：请于2083年6月26日17:00前报送"
               f"活动总结（Word）和活动照片3至5张。")


def donation():
    return campaign_from_dict({
        "id": DON, "title": "2083年“爱心一日捐”活动", "notice_date": "2083-05-20",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["爱心一日捐", "一日捐"]},
        "units": ["县医保局", "县民政局", "县教育局"],
        "requirements": [{"id": "donation", "title": "捐款花名册及银行转账回单", "due": "2083-06-19T17:00:00+08:00",
                          "hints": ["捐款花名册", "花名册", "转账回单", "回单", "一日捐"],
                          "parts": [{"id": "receipt", "title": "银行转账回单（拍照或扫描）", "kind": "document",
                                     "formats": ["pdf", "jpg", "jpeg", "png"], "words": ["回单", "转账"]},
                                    {"id": "table", "title": "捐款花名册（Excel）", "kind": "document",
                                     "formats": ["xlsx", "xls"], "words": ["花名册", "捐款花名册"]}]}],
    }, roster=ROSTER)


def antidrug():
    return campaign_from_dict({
        "id": JD, "title": "2083年全民禁毒宣传活动", "notice_date": "2083-06-01",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["禁毒宣传"]},
        "units": ["县教育局", "县司法局", "大屯镇"], "notice_text": NOTICE_TEXT,
        "requirements": [{"id": "summary", "title": "禁毒宣传活动总结和照片", "due": "2083-06-26T17:00:00+08:00",
                          "hints": ["禁毒宣传", "活动总结"],
                          "parts": [{"id": "doc", "title": "活动总结（Word）", "kind": "document",
                                     "formats": ["docx", "doc"], "words": ["总结"]},
                                    {"id": "photos", "title": "活动照片", "kind": "photo", "min_count": 3,
                                     "words": ["照片"]}]}],
    }, roster=ROSTER)


def jpeg(seed: int = 1) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 180 + seed, 160)).save(out, "JPEG")
    return out.getvalue()


def roster_xlsx(unit: str) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["“爱心一日捐”捐款花名册"])
    ws.append(["填报单位", unit])
    ws.append(["序号", "姓名", "金额（元）"])
    ws.append([1, "张伟", 200])
    ws.append([2, "李娜", 150])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def the_roster(unit: str, short: str, sender: str) -> bytes:
    """The unit's 花名册 from its own address, named and signed: filed, the 回单 still owed."""
    return mail(f"{unit}爱心一日捐", f"县红十字会：\n{short}捐款花名册见附件，转账回单随后报送。\n{unit}办公室",
                {f"{unit}捐款花名册.xlsx": roster_xlsx(unit)}, sender=sender)


def from_a_phone(body: str, files: dict[str, bytes] | None = None, subject: str = "回单") -> bytes:
    """A personal 163 address, an iPhone's sign-off, the receipt photo image0.jpeg."""
    return mail(subject, f"{body}\n\n发自我的iPhone", {"image0.jpeg": jpeg()} if files is None else files,
                sender="15634012591@163.com")


def in_order(mails: list[bytes], tmp_path, campaigns=None):
    """The mails a day apart from 6月8日, through the real pipeline (what each unit owed when each came)."""
    dated = [SimpleNamespace(raw=r, received_at=JUN_8 + dt.timedelta(days=k)) for k, r in enumerate(mails)]
    return [m for _, m in match_in_arrival_order(dated, campaigns or [donation(), antidrug()], tmp_path)]


# ---------------------------------------------------------------- the part a unit's earlier mail lacked


def test_a_phones_receipt_naming_its_unit_completes_the_units_roster(tmp_path):
    roster, receipt = in_order([the_roster("县医保局", "我局", "ybj2083@163.com"),
                                from_a_phone("医保局一日捐的转账回单，花名册前天发过了。")], tmp_path)
    assert (roster.state, roster.unit, roster.requirements) == ("filed", "县医保局", ["donation"]), roster.reason
    assert (receipt.state, receipt.campaign, receipt.unit, receipt.requirements) == (
        "filed", DON, "县医保局", ["donation"]), receipt.reason
    assert "正文写明是该单位此前所缺的材料" in receipt.reason and not receipt.is_correction


def test_other_words_and_a_scan_complete_another_unit(tmp_path):
    """The rule is no phrase of one mail: 县民政局的回单 (full name, no campaign word), a PDF scan, another subject."""
    _, receipt = in_order([the_roster("县民政局", "我局", "mzj2083@163.com"),
                           from_a_phone("这是县民政局的回单，请查收", {"扫描全能王 2083-06-09.pdf": stamped_pdf(3)},
                                        subject="补材料")], tmp_path)
    assert (receipt.state, receipt.unit, receipt.requirements) == ("filed", "县民政局", ["donation"]), receipt.reason


def test_the_same_words_without_an_earlier_mail_go_to_a_person(tmp_path):
    (receipt,) = in_order([from_a_phone("医保局一日捐的转账回单，花名册前天发过了。")], tmp_path)
    assert receipt.state == "needs_review" and "证据不足" in receipt.reason, receipt.reason


def test_a_unit_the_words_are_about_not_whose_it_is_goes_to_a_person(tmp_path):
    for body in ("这是给医保局的转账回单，请转交。", "关于医保局一日捐的转账回单，花名册前天发过了。",
                 "今天去医保局办事，顺便把回单拍了。", "医保局一日捐的转账回单是这张吗？"):
        _, receipt = in_order([the_roster("县医保局", "我局", "ybj2083@163.com"), from_a_phone(body)],
                              tmp_path / str(abs(hash(body))))
        assert receipt.state == "needs_review" and receipt.reason.startswith("证据不足"), (body, receipt.reason)


def test_the_unit_naming_another_part_than_its_files_goes_to_a_person(tmp_path):
    """医保局的花名册 beside a photo: the words own the 花名册, the file is no 花名册."""
    _, receipt = in_order([the_roster("县医保局", "我局", "ybj2083@163.com"),
                           from_a_phone("回单发你。医保局的花名册前天发过了。")], tmp_path)
    assert receipt.state == "needs_review" and receipt.reason.startswith("证据不足"), receipt.reason


def test_a_unit_the_campaign_does_not_ask_goes_to_a_person(tmp_path):
    """县司法局 owes only the 禁毒 summary: 司法局一日捐的转账回单 names no part it owes."""
    _, receipt = in_order([the_roster("县医保局", "我局", "ybj2083@163.com"),
                           from_a_phone("司法局一日捐的转账回单，花名册前天发过了。")], tmp_path)
    assert receipt.state == "needs_review" and receipt.unit != "县医保局", receipt.reason


def test_a_part_the_unit_had_sent_goes_to_a_person(tmp_path):
    """The 回单 came with the 花名册: a second 回单 completes nothing (a new version or a mistake: a person's call)."""
    both = mail("县医保局爱心一日捐", "县红十字会：\n捐款花名册和转账回单见附件。\n县医保局办公室",
                {"县医保局捐款花名册.xlsx": roster_xlsx("县医保局"), "转账回单.jpg": jpeg(2)}, sender="ybj2083@163.com")
    first, again = in_order([both, from_a_phone("医保局一日捐的转账回单。")], tmp_path)
    assert first.state == "filed", first.reason
    assert again.state == "needs_review" and again.reason.startswith("证据不足"), again.reason


# ---------------------------------------------------------------- 收到, nothing else


def ack(body: str, files: dict[str, bytes] | None = None, sender: str = "18349660458@163.com",
        subject: str = "回复：" + NOTICE) -> bytes:
    return mail(subject, body + office_quote(NOTICE, NOTICE_TEXT), dict(files or {}), sender=sender)


def reminder_ack(body: str) -> bytes:
    """收到 to the office's reminder listing the units still owing (no notice quoted): a unit's promise, a person notes
    who (the labelled set's reply-reminder)."""
    reminder = "请以下单位于6月24日16时前报送禁毒宣传活动总结及照片：\n县教育局、县司法局、大屯镇\n县政府办公室"
    return mail("回复：关于报送禁毒宣传活动总结的提醒", body + office_quote("关于报送禁毒宣传活动总结的提醒", reminder),
                sender="18349660458@163.com")


def test_a_bare_received_from_a_phone_is_ignored():
    for body in ("收到\n\n发自我的iPhone", "已收到，谢谢！", "县禁毒办：\n收到。\n王丽"):
        m = place([donation(), antidrug()], ack(body), JUN_8)
        assert m.state == "ignored" and "只回复“收到”" in m.reason, (body, m.reason)


def test_a_known_units_bare_received_is_ignored_under_its_unit():
    m = place([donation(), antidrug()], ack("收到\n县司法局办公室"), JUN_8)
    assert (m.state, m.unit) == ("ignored", "县司法局") and "只回复“收到”" in m.reason, m.reason


def test_received_with_more_is_read_as_before():
    """A file, a question, the material to follow from an unknown address, a thanks without 收到, a 收到 to a reminder
    (no notice answered), a mail not a reply."""
    near = [ack("收到\n\n发自我的iPhone", {"image0.jpeg": jpeg()}),
            ack("收到，有个问题：照片要几张？"),
            ack("收到，活动总结随后报送。"),
            ack("好的，谢谢！"),
            reminder_ack("好的收到"),
            mail("禁毒宣传活动总结", "收到", sender="18349660458@163.com")]
    for raw in near:
        m = place([donation(), antidrug()], raw, JUN_8)
        assert m.state == "needs_review", m.reason
