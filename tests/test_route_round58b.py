"""Held-out mailbox 61 (round 58): what it showed the collector missing, on mails and files written for these tests
(the campaigns are the ones the clerk loaded for mixed61: the towns' 供水办法 征求意见, closed on 2070-12-18; the
departments' 2070 行政执法统计年报, a 年报表 and a 编制说明; every unit's 重大行政决策 征求意见, its 意见 typed or in a
反馈表, six units also the 反馈表 signed, stamped and scanned).

A reply keeping the notice's title as its subject with a remark in brackets after it (…的通知（无意见）) answers the
notice; words that answer two campaigns' typed questions alike (修改意见) belong to the campaign the files answer; a
department signs by its second name (加挂的牌子) as by its own; a scan the sender says is signed and stamped answers the
requirement asking such a paper, whatever its file name; a requirement asked only in words the mail never says is not
answered by a file named for it that came for another."""

from __future__ import annotations

import datetime as dt
import io

from route_helpers import SH, _docx, held_out_campaigns, mail, place
from test_route_round55 import xlsx

from collector.match.words import remark_on_the_notice

GS, NB, YJ = "2070-12-08-jcxncgsgcyxglbfz", "2071-01-06-xzzftjnb", "2071-01-12-jcxzdxzjccxgdzqy"
JAN_15 = dt.datetime(2071, 1, 15, 10, 0, tzinfo=SH)
YJ_NOTICE = "关于征求《建昌县重大行政决策程序规定（征求意见稿）》意见的通知"


def campaigns():
    return held_out_campaigns("mixed61")


def scanned_pdf() -> bytes:
    """A scanner's PDF: one page, a picture, no text layer."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (620, 877), (250, 250, 245)).save(out, "PDF", resolution=75)
    return out.getvalue()


# ---------------------------------------------------------------- a remark after the notice's title


def test_a_reply_with_its_answer_in_brackets_after_the_notices_title_is_that_answer():
    raw = mail(f"回复：{YJ_NOTICE}（我乡无意见）", "", sender="xjcx_dzb@126.com", name="西碱厂乡党政办")
    m = place(campaigns(), raw, JAN_15)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", YJ, "西碱厂乡", ["yj"])


def test_a_remark_is_read_only_after_a_notices_title():
    assert remark_on_the_notice(f"{YJ_NOTICE}（无意见）") == "无意见"
    assert remark_on_the_notice("县交通局安全生产工作总结（定稿）") == ""
    assert remark_on_the_notice(YJ_NOTICE) == ""


# ---------------------------------------------------------------- the same words for two campaigns


def late_gs_form(body: str) -> bytes:
    form = _docx(["意见反馈表", "《建昌县农村供水工程运行管理办法（征求意见稿）》", "反馈单位：药王庙镇人民政府",
                  "第六条 建议明确水费减免对象", "联系人：赵敏"])
    return mail("药王庙镇供水办法意见（补报）", body, {"药王庙镇供水办法意见反馈表.docx": form}, sender="ywmz2070@163.com")


def test_a_late_answer_to_the_closed_consultation_is_not_typed_for_the_open_one():
    raw = late_gs_form("县政府办：\n前期遗漏，现将我镇对供水办法的修改意见报上，详见附件。\n药王庙镇党政办")
    m = place(campaigns(), raw, JAN_15)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", GS, "药王庙镇", ["yj"])


def test_a_body_naming_the_open_consultation_too_still_goes_to_a_person():
    raw = late_gs_form("县政府办：\n前期遗漏，现将我镇对供水办法的修改意见报上，详见附件。另：我镇对重大行政决策程序规定无意见。\n"
                       "药王庙镇党政办")
    assert place(campaigns(), raw, JAN_15).state == "needs_review"


# ---------------------------------------------------------------- a second name


def annual_report(name: str) -> dict[str, bytes]:
    table = xlsx([["2070年度行政执法统计年报表"], ["填报单位：", name], ["序号", "执法类别", "2070年（件）", "2069年（件）"],
                  [1, "行政许可", 12, 9], [2, "行政处罚", 3, 5]])
    note = _docx([f"{name}2070年度行政执法统计年报编制说明", "一、基本情况。", "二、数据来源和统计口径。"])
    return {"行政执法统计年报表.xlsx": table, "行政执法统计年报编制说明.docx": note}


def test_a_department_signing_by_its_second_name_is_that_department():
    raw = mail("县粮食和物资储备局行政执法统计年报", "县政府办公室：\n年报表及编制说明见附件。\n建昌县粮食和物资储备局",
               annual_report("建昌县粮食和物资储备局"), sender="lscb_jc@163.com")
    m = place(campaigns(), raw, JAN_15)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", NB, "县发改局", ["nb"])


def test_a_body_the_roster_does_not_know_is_still_asked_about():
    raw = mail("县知识产权保护中心行政执法统计年报", "县政府办公室：\n年报表及编制说明见附件。\n建昌县知识产权保护中心",
               annual_report("建昌县知识产权保护中心"), sender="ipbh_jc@163.com")
    assert place(campaigns(), raw, JAN_15).state == "needs_review"


# ---------------------------------------------------------------- the stamped scan and the typed answer


def test_a_scan_the_sender_says_is_signed_and_stamped_is_the_stamped_form():
    raw = mail("司法局关于重大行政决策程序规定的意见", "县政府办公室：\n我局修改意见已形成正式函件，经主要负责同志签字并加盖公章，扫描件见附件。\n"
               "建昌县司法局", {"建司函〔2071〕2号.pdf": scanned_pdf()}, sender="jcsfj_fzg@163.com")
    m = place(campaigns(), raw, JAN_15)
    assert (m.state, m.campaign, m.unit, sorted(m.requirements)) == ("filed", YJ, "县司法局", ["fk", "yj"])


def test_a_scan_not_said_to_be_stamped_is_no_stamped_form():
    raw = mail("司法局关于重大行政决策程序规定的意见", "县政府办公室：\n我局修改意见见附件扫描件。\n建昌县司法局",
               {"建司函〔2071〕2号.pdf": scanned_pdf()}, sender="jcsfj_fzg@163.com")
    m = place(campaigns(), raw, JAN_15)
    assert "fk" not in m.requirements


def stamped_form_alone(body: str) -> bytes:
    return mail("档案馆意见反馈表盖章版", body, {"县档案馆意见反馈表（签字盖章）.pdf": scanned_pdf()}, sender="jcdag2071@126.com")


def test_a_stamped_form_alone_answers_the_form_not_the_opinion_never_typed():
    m = place(campaigns(), stamped_form_alone("县政府办公室：\n补报签字盖章后的反馈表扫描件。\n建昌县档案馆"), JAN_15)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", YJ, "县档案馆", ["fk"])


def test_a_stamped_form_with_the_opinion_typed_answers_both():
    m = place(campaigns(), stamped_form_alone("县政府办公室：\n我馆无意见，签字盖章后的反馈表扫描件见附件。\n建昌县档案馆"), JAN_15)
    assert (m.state, m.campaign, m.unit, sorted(m.requirements)) == ("filed", YJ, "县档案馆", ["fk", "yj"])
