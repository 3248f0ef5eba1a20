"""A short-video call for works (a video and a Word 作品说明 per town) and policy interpretations (a 解读稿
and a 图解 per department), on mails written for these tests (the misses of the twenty-fifth held-out
mailbox, tests/fixtures/mixed25): a form made from a neighbour's, sent with its unit cell unchanged; a
co-drafting department sending the lead department's material; a video file filling the part that asks
for one."""

from __future__ import annotations

import datetime as dt
import io
import struct

import pytest
from route_helpers import ROSTER, SH, _docx, mail, place

from collector.campaign import campaign_from_dict
from collector.parsers import parse_message
from collector.parsers.sniff import detect
from collector.status import FiledFile, FiledMail, parts_present

VIDEO = {
    "id": "sp-2036", "title": "2036年政务公开宣传短视频作品征集", "notice_date": "2036-03-18",
    "mailbox": {"subject_hints": ["政务公开短视频", "短视频作品"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "video", "title": "短视频和作品说明", "due": "2036-04-17T17:00:00+08:00",
                      "hints": ["短视频", "作品说明"],
                      "parts": [{"id": "note", "title": "作品说明（Word）", "kind": "document",
                                 "formats": ["docx", "doc", "wps"], "words": ["作品说明"]},
                                {"id": "video", "title": "短视频（MP4/MOV）", "kind": "document",
                                 "formats": ["mp4", "mov", "avi", "wmv", "m4v", "3gp"], "words": ["短视频"]}]}],
}
JIEDU = {
    "id": "jd-2036", "title": "2036年第一季度政策文件解读材料", "notice_date": "2036-04-07",
    "mailbox": {"subject_hints": ["政策解读材料"]}, "units": ["县住建局", "县自然资源局", "县民政局", "县医保局"],
    "requirements": [{"id": "jiedu", "title": "政策解读材料", "due": "2036-04-21T17:00:00+08:00",
                      "hints": ["政策解读", "解读稿", "图解"],
                      "parts": [{"id": "text", "title": "解读稿（Word）", "kind": "document", "formats": ["docx", "doc"],
                                 "words": ["解读稿", "解读"]},
                                {"id": "graphic", "title": "图解", "kind": "photo", "min_count": 1}]}],
}
APRIL = dt.datetime(2036, 4, 15, 10, 20, tzinfo=SH)


@pytest.fixture(scope="module")
def campaigns():
    return [campaign_from_dict(d, roster=ROSTER) for d in (VIDEO, JIEDU)]


def mp4(brand: bytes = b"isom") -> bytes:
    """The first boxes of an MP4 (or, with brand b'qt  ', a QuickTime .MOV), as a phone writes them."""
    ftyp = struct.pack(">I4s4sI", 24, b"ftyp", brand, 512) + brand + (b"mp41" if brand == b"isom" else brand)
    return ftyp + struct.pack(">I4s", 8, b"free") + struct.pack(">I4s", 4096, b"mdat") + b"\x00" * 4088


def note(heading_unit: str, cell_unit: str) -> bytes:
    """作品说明: a heading, then the notice's rows in a two-column table (as the office's form has them)."""
    import docx

    d = docx.Document()
    d.add_paragraph(f"{heading_unit}政务公开宣传短视频作品说明")
    rows = [("作品名称", "《一窗通办》"), ("报送单位", cell_unit), ("时长", "2分15秒"), ("主创人员", "王芳、李强")]
    table = d.add_table(rows=len(rows), cols=2)
    for row, (key, value) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = key, value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("subject, body", [
    ("新开岭乡政务公开短视频作品", "县政府办公室：\n附件为我乡短视频作品和作品说明，请查收。\n新开岭乡"),
    ("报送短视频作品（新开岭乡）", "您好，短视频和说明见附件。\n新开岭乡党政办 王芳"),
], ids=["subject-and-sign-off", "unit-in-brackets"])
def test_a_form_made_from_a_neighbours_keeps_its_unit_cell_but_the_mail_is_the_senders(campaigns, subject, body):
    files = {"新开岭乡政务公开短视频《一窗通办》.mp4": mp4(), "作品说明.docx": note("新开岭乡", "贺杖子乡人民政府")}
    m = place(campaigns, mail(subject, body, files), APRIL)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "sp-2036", "新开岭乡", ["video"]), m.reason


def test_another_units_form_whose_heading_names_it_too_is_still_for_a_person(campaigns):
    """The heading and the unit cell both name 贺杖子乡: not a form left unchanged but 贺杖子乡's own file."""
    files = {"新开岭乡政务公开短视频.mp4": mp4(), "作品说明.docx": note("贺杖子乡", "贺杖子乡人民政府")}
    m = place(campaigns, mail("新开岭乡政务公开短视频作品", "附件为我乡短视频作品和作品说明。\n新开岭乡", files), APRIL)
    assert m.state == "needs_review" and {"新开岭乡", "贺杖子乡"} <= set(m.suggestions), m.reason


def jiedu_docx(signed_by: str) -> bytes:
    return _docx(["《建昌县农村住房建设管理办法》政策解读", "一、制定背景", "为规范农村住房建设管理……",
                  "二、主要内容", "明确了审批流程和监管责任……", signed_by, "2036年4月14日"])


@pytest.mark.parametrize("said", [
    "《建昌县农村住房建设管理办法》由县住建局会同我局起草，经与住建局商定，解读材料由我局统一报送。",
    "县住建局牵头起草的《建昌县农村住房建设管理办法》，解读材料由本局负责报送。",
], ids=["by-agreement", "lead-named-first"])
def test_a_co_drafter_sending_the_lead_departments_material_files_it_under_the_lead(campaigns, said):
    files = {"《建昌县农村住房建设管理办法》解读稿.docx": jiedu_docx("建昌县住房和城乡建设局")}
    raw = mail("《建昌县农村住房建设管理办法》政策解读材料", f"县政府办公室：\n{said}\n县自然资源局办公室", files)
    m = place(campaigns, raw, APRIL)
    assert (m.state, m.unit) == ("filed", "县住建局"), m.reason


def test_a_department_sending_another_departments_file_without_saying_so_is_for_a_person(campaigns):
    files = {"《建昌县农村住房建设管理办法》解读稿.docx": jiedu_docx("建昌县住房和城乡建设局")}
    raw = mail("政策解读材料", "县政府办公室：\n附件为我局解读材料，请查收。\n县自然资源局办公室", files)
    assert place(campaigns, raw, APRIL).state == "needs_review"


def test_a_phones_video_is_known_by_its_bytes_whatever_its_name():
    assert detect(mp4(), "微信视频_20360410.mp4", "application/octet-stream")[:2] == ("other", "video/mp4")
    assert detect(mp4(b"qt  "), "IMG_0412.MOV", "video/quicktime")[:2] == ("other", "video/quicktime")
    raw = mail("新开岭乡短视频", "见附件", {"IMG_0412.MOV": mp4(b"qt  ")})
    [att] = parse_message(raw).attachments
    assert att.content_type == "video/quicktime"


def test_a_video_fills_the_part_asking_its_format_and_nothing_else(campaigns):
    video = campaigns[0]
    requirement = video.requirements[0]

    def present(*atts):
        msg = FiledMail("ef" * 32, None, APRIL, "a@163.com", "", "", False, list(atts), ["video"])
        return parts_present(msg, requirement, video)

    phone = FiledFile("IMG_0412.MOV", "other", "", False, None, None, content_type="video/quicktime")
    wechat = FiledFile("微信视频_20360410.mp4", "other", "", False, None, None, content_type="video/mp4")
    named_only = FiledFile("短视频.mp4", "other", "", False, None, None, content_type="application/octet-stream")
    words = FiledFile("作品说明.docx", "document", "作品说明", False, None, None, content_type="application/msword")
    assert present(phone, words) == {"note": 1, "video": 1}
    assert present(wechat) == {"note": 0, "video": 1}
    assert present(named_only) == {"note": 0, "video": 0}  # a name is not a video: the bytes decide
    flv_only = campaign_from_dict({**VIDEO, "requirements": [{**VIDEO["requirements"][0], "parts": [
        {"id": "video", "title": "短视频（FLV）", "kind": "document", "formats": ["flv"], "words": ["短视频"]}]}]},
        roster=ROSTER)
    msg = FiledMail("ef" * 32, None, APRIL, "a@163.com", "", "", False, [wechat], ["video"])
    assert parts_present(msg, flv_only.requirements[0], flv_only) == {"video": 0}


DUTY = {
    "id": "zb-2038", "title": "2038年春节假期值班安排", "notice_date": "2038-01-21",
    "mailbox": {"subject_hints": ["值班安排", "值班表"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "zb", "title": "春节假期值班表", "due": "2038-01-30T16:00:00+08:00", "hints": ["值班表", "值班安排"],
                      "parts": [{"id": "table", "title": "值班表（Excel）", "kind": "document", "formats": ["xlsx", "xls"],
                                 "words": ["值班"]}]}],
}
JANUARY = dt.datetime(2038, 1, 28, 16, 40, tzinfo=SH)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def duty_table(filled_by: str) -> bytes:
    """A duty table as the office hands it out: title, the 填报单位 row, then a row per day."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["2038年春节假期值班安排表"])
    sheet.append([f"填报单位：{filled_by}", None, "填报日期：2038年1月28日"])
    sheet.append(["日期", "带班领导", "值班人员", "联系电话"])
    for day in range(31, 32):
        sheet.append([f"1月{day}日", "王建国", "李明", "13904291234"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_table_filled_on_a_neighbours_form_is_the_senders_when_its_subject_and_sign_off_say_so():
    campaigns = [campaign_from_dict(DUTY, roster=ROSTER)]
    raw = mail("牤牛营子乡春节值班表", "县政府办公室：\n我乡2038年春节假期值班安排表见附件。\n牤牛营子乡党政办",
               {"2038年春节假期值班安排表.xlsx": duty_table("建昌县老大杖子乡人民政府")})
    m = place(campaigns, raw, JANUARY)
    assert (m.state, m.unit, m.requirements) == ("filed", "牤牛营子乡", ["zb"]), m.reason
    # the neighbour's own file (named for it): not a form left as it was, for a person
    raw = mail("牤牛营子乡春节值班表", "县政府办公室：\n我乡值班安排表见附件。\n牤牛营子乡党政办",
               {"老大杖子乡春节值班安排表.xlsx": duty_table("建昌县老大杖子乡人民政府")})
    assert place(campaigns, raw, JANUARY).state == "needs_review"


REPORT = {
    "id": "nb-2038", "title": "2037年度政府信息公开工作年度报告", "notice_date": "2038-01-06",
    "mailbox": {"subject_hints": ["政府信息公开工作年度报告"]}, "units": {"kinds": ["department"]},
    "requirements": [
        {"id": "cg", "title": "年度报告初稿", "due": "2038-01-16T17:00:00+08:00",
         "hints": ["政府信息公开工作年度报告", "年度报告", "报告初稿", "初稿"],
         "parts": [{"id": "draft", "title": "初稿（Word）", "kind": "document", "formats": ["docx", "doc"],
                    "words": ["年度报告", "初稿"]}]},
        {"id": "dg", "title": "年度报告定稿", "due": "2038-01-27T17:00:00+08:00",
         "hints": ["年度报告定稿", "报告定稿", "定稿"],
         "parts": [{"id": "final", "title": "定稿（盖章PDF）", "kind": "document", "formats": ["pdf"], "words": ["定稿"]}]},
    ],
}


@pytest.mark.parametrize("subject, name, expected", [
    ("县发改局2037年度政府信息公开工作年度报告定稿", "县发改局2037年度政府信息公开工作年度报告定稿.pdf", ["dg"]),
    ("县发改局政府信息公开工作年度报告（定稿）", "年度报告（盖章）.pdf", ["dg"]),
    ("县发改局2037年度政府信息公开工作年度报告初稿", "县发改局年度报告初稿.docx", ["cg"]),
    ("县发改局年度报告初稿及定稿", "年度报告.pdf", ["cg", "dg"]),
], ids=["final", "final-in-brackets", "first-draft", "both-named"])
def test_a_document_sent_in_two_rounds_is_the_round_its_own_word_names(subject, name, expected):
    """年度报告 names the campaign's whole matter (its title); 定稿 / 初稿 name the round."""
    campaigns = [campaign_from_dict(REPORT, roster=ROSTER)]
    when = dt.datetime(2038, 1, 25, 10, 0, tzinfo=SH)
    m = place(campaigns, mail(subject, "县政府办公室：\n请查收。\n县发改局", {name: PDF}), when)
    assert (m.state, sorted(m.requirements)) == ("filed", expected), m.reason
