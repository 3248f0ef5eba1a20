"""Held-out mailbox 69 (round 69): what it showed the collector missing, on campaigns and mails written for these tests
(a 2082 地质灾害防治工作总结 in Word of three towns and the 县自然资源局, and a 地质灾害隐患点巡查 of two of those towns
and the 局 — a 巡查情况表 and photos — open at the same time, so that a unit's address says nothing of which one a mail
answers; and a 自查 campaign of two reports).

A material the mail says is still to come is no evidence for what asks it, also when the clause saying so names
nothing of its own and puts off what the clause before it names (“巡查情况表正在逐点核对，另行报送”): the mail is what it
carries. A mail that carries both campaigns' materials, or says it sends the other one now, or whose one file says
nothing and whose body names the other campaign's material as the one attached, is read as before."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from collector.campaign import campaign_from_dict
from collector.match.words import clauses_not_put_off
from route_helpers import ROSTER, SH, _docx, mail, place

ZJ, XC, ZC = "2082-09-01-dzzhfzgzzj", "2082-09-05-dzzhyhdxc", "2082-09-01-zcbg"
SEPT_10 = dt.datetime(2082, 9, 10, 10, 0, tzinfo=SH)
OFFICE = "jc7710089@163.com"
TOWN = "八家子镇"


def summary_campaign():
    return campaign_from_dict({
        "id": ZJ, "title": "2082年地质灾害防治工作总结", "notice_date": "2082-09-01",
        "mailbox": {"addresses": [OFFICE], "subject_hints": ["地质灾害防治工作总结", "地灾"]},
        "units": ["建昌镇", "八家子镇", "喇嘛洞镇", "县自然资源局"],
        "requirements": [{"id": "summary", "title": "地质灾害防治工作总结", "due": "2082-09-30T17:00:00+08:00",
                          "hints": ["地质灾害防治工作总结", "防治工作总结"],
                          "parts": [{"id": "doc", "title": "地质灾害防治工作总结（Word）", "kind": "document",
                                     "formats": ["docx", "doc", "wps"], "words": ["防治工作总结"]}]}],
    }, roster=ROSTER)


def patrol_campaign():
    return campaign_from_dict({
        "id": XC, "title": "地质灾害隐患点巡查", "notice_date": "2082-09-05",
        "mailbox": {"addresses": [OFFICE], "subject_hints": ["隐患点巡查", "地灾"]},
        "units": ["八家子镇", "喇嘛洞镇", "县自然资源局"],
        "requirements": [{"id": "patrol", "title": "隐患点巡查情况表及现场照片", "due": "2082-09-15T17:00:00+08:00",
                          "hints": ["隐患点巡查情况表", "巡查情况表", "隐患点巡查", "现场照片"],
                          "parts": [{"id": "table", "title": "隐患点巡查情况表", "kind": "document",
                                     "formats": ["xlsx", "xls", "et", "pdf"], "words": ["巡查情况表"]},
                                    {"id": "photos", "title": "隐患点现场照片", "kind": "photo", "min_count": 1}]}],
    }, roster=ROSTER)


def both():
    return [summary_campaign(), patrol_campaign()]


def jpeg(seed: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (seed * 40 % 256, 90, 120)).save(out, "JPEG")
    return out.getvalue()


def summary_doc() -> bytes:
    return _docx([f"{TOWN}2082年地质灾害防治工作总结", "一、基本情况。全镇共有地质灾害隐患点6处，汛期落实群测群防。",
                  "二、巡查情况。汛期对隐患点逐点巡查，巡查情况表另行报送。"])


def patrol_table() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in [["地质灾害隐患点巡查情况表"], ["填报单位：", f"{TOWN}人民政府"], ["序号", "隐患点", "类型", "巡查结果"],
                [1, "东沟村北山", "滑坡", "无变形"]]:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def summary_mail(body: str, files: dict | None = None, subject: str = f"{TOWN}地质灾害防治工作总结") -> bytes:
    files = {f"{TOWN}地质灾害防治工作总结.docx": summary_doc()} if files is None else files
    return mail(subject, f"县政府办公室：\n{body}\n{TOWN}党政办", files, sender="bjzz_dzb2082@163.com")


# ---------------------------------------------------------------- the other campaign's material still to come


@pytest.mark.parametrize("put_off", [
    "隐患点巡查情况表正在逐点核对，另行报送。",
    "隐患点巡查情况表和现场照片还在整理，随后报送。",
    "隐患点巡查情况表正在汇总，稍后补报。",
    "隐患点巡查情况表正在逐点核对，待核对完毕后报送。",
    "隐患点巡查情况表还在核对，核对完再报。",
])
def test_a_summary_saying_the_other_campaigns_table_is_still_to_come_is_the_summary(put_off):
    m = place(both(), summary_mail(f"我镇2082年地质灾害防治工作总结见附件。{put_off}"), SEPT_10)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", ZJ, TOWN, ["summary"]), m.reason


def test_a_table_whose_body_says_the_summary_follows_is_the_table():
    raw = mail(f"{TOWN}报送材料", f"县政府办公室：\n附件是我镇隐患点巡查情况表（盖章扫描件）。防治工作总结正在修改，随后报送。\n{TOWN}党政办",
               {f"{TOWN}报送材料.pdf": b"%PDF-1.4\n%%EOF\n", "IMG_0412.jpg": jpeg(1)}, sender="bjzz_dzb2082@163.com")
    m = place(both(), raw, SEPT_10)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", XC, TOWN, ["patrol"]), m.reason


def test_a_clause_saying_what_is_attached_is_not_put_off_by_a_deferral_after_it():
    """附件为…总结，请查收，其余待核实后另行报送: the 总结 is what the mail carries; only the rest is to come."""
    generic = {f"{TOWN}材料.docx": _docx([f"{TOWN}材料", "一、基本情况。全镇共有地质灾害隐患点6处。"])}
    raw = summary_mail("附件为我镇地质灾害防治工作总结，请查收，其余待核实后另行报送。", generic, subject=f"{TOWN}材料")
    m = place(both(), raw, SEPT_10)
    assert (m.state, m.campaign, m.requirements) == ("filed", ZJ, ["summary"]), m.reason


def test_a_draft_whose_final_version_is_to_come_goes_to_a_person():
    """附件为…总结初稿，请查收，待领导审定后再正式报送: the deferral does not put off the 初稿, but a draft whose final
    version is still to come is not the submission yet (round 68's rule for drafts, tests/test_route_round68.py)."""
    generic = {f"{TOWN}材料.docx": _docx([f"{TOWN}材料", "一、基本情况。全镇共有地质灾害隐患点6处。"])}
    raw = summary_mail("附件为我镇地质灾害防治工作总结初稿，请查收，待领导审定后再正式报送。", generic, subject=f"{TOWN}材料")
    m = place(both(), raw, SEPT_10)
    assert (m.state, m.unit) == ("needs_review", TOWN) and "还不是正式报送" in m.reason, m.reason


# ---------------------------------------------------------------- near misses: read as before


def test_a_mail_carrying_both_campaigns_materials_still_goes_to_a_person():
    files = {f"{TOWN}地质灾害防治工作总结.docx": summary_doc(), f"{TOWN}隐患点巡查情况表.xlsx": patrol_table(),
             "IMG_0412.jpg": jpeg(2)}
    m = place(both(), summary_mail("防治工作总结和隐患点巡查情况表、现场照片一并报送。", files), SEPT_10)
    assert (m.state, m.campaign) == ("needs_review", None), m.reason


def test_a_mail_saying_it_sends_the_other_material_now_is_not_filed_as_the_summary_alone():
    m = place(both(), summary_mail("我镇2082年地质灾害防治工作总结见附件，隐患点巡查情况表已核对完毕，一并报送。"), SEPT_10)
    assert (m.state, m.campaign) == ("needs_review", None), m.reason


def test_a_clause_naming_its_own_material_puts_off_only_that():
    """照片随后补发 names what it puts off: the 总结 before it is still what the mail carries."""
    m = place(both(), summary_mail("我镇地质灾害防治工作总结见附件，隐患点现场照片随后补发。"), SEPT_10)
    assert (m.state, m.campaign, m.requirements) == ("filed", ZJ, ["summary"]), m.reason


@pytest.mark.parametrize("sentence, carried", [
    ("隐患点巡查情况表正在逐点核对，另行报送", []),
    ("总结见附件，巡查情况表另行报送", ["总结见附件"]),
    ("总结见附件，另行报送巡查情况表", ["总结见附件"]),
    ("附件为总结初稿，请查收，待审定后再正式报送", ["附件为总结初稿", "请查收"]),
    ("先报1-2月的台账，3月的随后补上", ["先报1-2月的台账"]),
    ("盖章版待局长签字后补报", []),
    ("1个终端不在线，已报修", ["1个终端不在线"]),
    ("年鉴定稿已加密压缩，解压密码另行发送", ["年鉴定稿已加密压缩"]),
    ("提案第4号正在会签，办结后另行报送", []),
    ("总结见附件，其余稍后报送", ["总结见附件"]),
    ("巡查情况表正在核对，核对完毕，另行报送", []),
])
def test_a_deferral_naming_nothing_puts_off_back_to_what_it_names(sentence, carried):
    assert clauses_not_put_off(sentence) == carried


# ---------------------------------------------------------------- the same within one campaign's requirements


def selfcheck_campaign():
    return campaign_from_dict({
        "id": ZC, "title": "2082年政务公开自查整改", "notice_date": "2082-09-01",
        "mailbox": {"addresses": [OFFICE], "subject_hints": ["自查整改"]},
        "units": {"kinds": ["department"]},
        "requirements": [
            {"id": "selfcheck", "title": "自查报告", "due": "2082-09-20T17:00:00+08:00", "hints": ["自查报告"],
             "parts": [{"id": "doc", "title": "自查报告", "kind": "document", "words": ["自查报告"]}]},
            {"id": "rectify", "title": "整改报告", "due": "2082-10-20T17:00:00+08:00", "hints": ["整改报告"],
             "parts": [{"id": "doc", "title": "整改报告", "kind": "document", "words": ["整改报告"]}]}],
    }, roster=ROSTER)


def test_a_report_saying_the_other_report_of_its_campaign_follows_carries_only_its_own():
    """The file and the subject say only 材料: the sender's words say which report it is, and which is to come."""
    raw = mail("县民政局材料", "县政府办公室：\n现将我局自查报告报送。整改报告正在逐项完善，随后报送。\n县民政局",
               {"县民政局材料.docx": _docx(["县民政局材料", "经自查，发现问题三项。"])}, sender="mzj2082@163.com")
    m = place([selfcheck_campaign()], raw, SEPT_10)
    assert (m.state, m.unit, m.requirements) == ("filed", "县民政局", ["selfcheck"]), m.reason
