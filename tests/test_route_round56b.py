"""Held-out mailbox 58: what it showed the collector missing, on mails and files written for these tests (the campaigns
are the ones the clerk loaded: mixed58's 农村生活垃圾收运处置情况月报表 of the towns, one requirement a month hinted
4月份 / 5月份 / 6月份, and the 县直机关生活垃圾分类专项检查 of fourteen departments).

A period hint is found however the period is written: in Chinese numerals (四月份), or as a table's month of a year
(报告期：2068年5月), which then stands over a subject naming the month the table is sent in; a table's date of filling
in, or a notice's month in the sender's sentences, names no period. A mail whose only files are programs dressed as
documents by a right-to-left control is ignored as malicious; beside a real file it goes to a person. A file sent as its
own base64 text goes to a person."""

from __future__ import annotations

import base64
import datetime as dt

from route_helpers import SH, held_out_campaigns, mail, place
from test_route_round55 import xlsx

from collector.parsers import parse_message
from collector.pipeline import hold_if_damaged

LJ, ZX = "2068-04-24-4yncshljsyczqkyb", "2068-05-22-xzjgshljflgzzxjc"
JUNE_3 = dt.datetime(2068, 6, 3, 10, 0, tzinfo=SH)  # 4月份's table past due (05-08), 5月份's open (06-05)
JUNE_4 = dt.datetime(2068, 6, 4, 15, 0, tzinfo=SH)
JUNE_20 = dt.datetime(2068, 6, 20, 9, 30, tzinfo=SH)
JULY_2 = dt.datetime(2068, 7, 2, 11, 0, tzinfo=SH)  # 5月份's past due, 6月份's open (07-05)
PROGRAM = b"MZ\x90\x00" + bytes(56) + b"\x80\x00\x00\x00This program cannot be run in DOS mode.\r\r\n$" + bytes(400)


def monthly(town: str, period: str = "", dated: str = "") -> bytes:
    """The towns' 月报表: its title, 填报单位, the 报告期 when given (or a 填报日期), a row a village."""
    head = [f"填报单位（乡镇）：{town}", "", ""] + ([f"报告期：{period}"] if period else []) + (
        [f"填报日期：{dated}"] if dated else [])
    return xlsx([["农村生活垃圾收运处置情况月报表"], head,
                 ["序号", "行政村", "垃圾收集点（个）", "保洁员（人）", "本月清运量（吨）", "处置方式"],
                 [1, "东山村", 12, 3, 21.5, "转运至县垃圾处理场填埋"], [2, "西沟村", 9, 2, 17.0, "就地分类减量后转运"]])


def routed(raw: bytes, when: dt.datetime):
    """The matcher's decision, held for a person as the pipeline holds a mail with a damaged or dangerous file."""
    return hold_if_damaged(parse_message(raw), place(held_out_campaigns("mixed58"), raw, when))


# ---------------------------------------------------------------- a period hint written another way


def test_a_month_in_chinese_numerals_names_its_period():
    raw = mail("要路沟乡四月份生活垃圾月报（补报）", "县政府办公室：\n我乡四月份月报漏报，现补报，请谅解。\n要路沟乡党政办",
               {"要路沟乡农村生活垃圾收运处置情况月报表（四月份）.xlsx": monthly("要路沟乡")})
    m = routed(raw, JUNE_3)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", LJ, "要路沟乡", ["m4"])
    assert "四月份" in m.reason


def test_two_months_in_chinese_numerals_are_both_filed():
    files = {f"黑山科乡农村生活垃圾收运处置情况月报表（{cn}月份）.xlsx": monthly("黑山科乡") for cn in ("五", "六")}
    raw = mail("黑山科乡五、六月份生活垃圾月报", "县政府办公室：\n五月份的月报当时漏了，和六月份的一起报送。\n黑山科乡党政办", files)
    m = routed(raw, JULY_2)
    assert (m.state, m.unit, sorted(m.requirements)) == ("filed", "黑山科乡", ["m5", "m6"])


def test_a_tables_report_period_stands_over_the_month_it_is_sent_in():
    raw = mail("新开岭乡6月份生活垃圾月报", "县政府办公室：\n现报送我乡本月生活垃圾月报，请查收。\n新开岭乡党政办",
               {"新开岭乡生活垃圾月报表.xlsx": monthly("新开岭乡", period="2068年5月")})
    m = routed(raw, JUNE_4)
    assert (m.state, m.unit, m.requirements) == ("filed", "新开岭乡", ["m5"])
    assert "2068年5月" in m.reason


def test_a_tables_date_of_filling_in_is_no_period():
    raw = mail("雷家店乡5月份生活垃圾月报", "县政府办公室：\n我乡5月份月报表见附件。\n雷家店乡党政办",
               {"雷家店乡生活垃圾月报表.xlsx": monthly("雷家店乡", dated="2068年6月")})
    m = routed(raw, JUNE_4)
    assert (m.state, m.unit, m.requirements) == ("filed", "雷家店乡", ["m5"])


def test_a_notices_month_in_the_senders_words_names_no_period():
    raw = mail("和尚房子乡生活垃圾月报", "县政府办公室：\n按照县政府办2068年4月的通知要求，现报送我乡月报表。\n和尚房子乡党政办",
               {"和尚房子乡月报表.xlsx": monthly("和尚房子乡")})
    m = routed(raw, JUNE_3)
    assert (m.state, m.unit, m.requirements) == ("filed", "和尚房子乡", ["m5"])  # the one it arrives in


# ---------------------------------------------------------------- a program dressed as a document


def test_a_mail_of_a_program_dressed_as_a_document_is_ignored_as_malicious():
    raw = mail("关于6月份生活垃圾月报表填报口径的补充说明", "各乡镇：\n6月份月报表填报口径有补充，请下载附件查看。\n魏家岭乡人民政府",
               {"填报口径补充说明\u202excod.exe": PROGRAM}, sender="wjlx_gov@weijialing-gov.net", name="魏家岭乡人民政府")
    m = routed(raw, JUNE_20)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("ignored", None, None, [])
    assert "疑似恶意邮件" in m.reason and "请勿打开" in m.reason and "填报口径补充说明xcod.exe" in m.reason


def test_a_units_table_beside_a_disguised_program_goes_to_a_person():
    raw = mail("魏家岭乡5月份生活垃圾月报", "县政府办公室：\n我乡5月份月报表见附件。\n魏家岭乡党政办",
               {"魏家岭乡5月份农村生活垃圾收运处置情况月报表.xlsx": monthly("魏家岭乡", period="2068年5月"),
                "填报说明\u202excod.exe": PROGRAM})
    m = routed(raw, JUNE_3)
    assert (m.state, m.unit) == ("needs_review", "魏家岭乡")
    assert "伪装成文档的可执行程序" in m.reason


# ---------------------------------------------------------------- a file sent as its own base64 text


def rectification_list() -> bytes:
    return xlsx([["问题整改清单"], ["填报单位：", "建昌县农业农村局"], ["序号", "问题", "整改措施", "完成时限"],
                 [1, "分类投放点标识不全", "补设标识", "2068年6月30日"]])


def test_a_list_sent_as_its_base64_text_goes_to_a_person():
    raw = mail("农业农村局问题整改清单", "县政府办公室：\n我局生活垃圾分类问题整改清单见附件。\n建昌县农业农村局办公室",
               {"农业农村局问题整改清单.xlsx": base64.encodebytes(rectification_list())})
    m = routed(raw, JUNE_20)
    assert (m.state, m.unit) == ("needs_review", "县农业农村局")
    assert m.reason.startswith("看似县农业农村局的报送") and "base64" in m.reason and "重发" in m.reason


def test_the_same_list_as_a_workbook_is_filed():
    raw = mail("农业农村局问题整改清单", "县政府办公室：\n我局生活垃圾分类问题整改清单见附件。\n建昌县农业农村局办公室",
               {"农业农村局问题整改清单.xlsx": rectification_list()})
    m = routed(raw, JUNE_20)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", ZX, "县农业农村局", ["zg"])

