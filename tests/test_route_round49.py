"""Held-out mailboxes 49 and 50: what they showed the collector missing, on mails and files written for these tests.

mixed49's: an Excel binary workbook (.xlsb); a zip stored with Deflate64; a DXF drawing's words (its title block: 建设单位)
and a GeoJSON's places, read as maps; a road between two towns (药王庙至汤神庙) that names neither; a project's name
before its paper (…改扩建工程用地范围图) no other matter; a unit named by its division code (211422212_…); a town's own
office (乡林业站) no unit of its own; a format=flowed body whose soft break split a name (养马甸 / 子乡); a file title
whose topic and paper words overlap (春季造林绿化进度统计表); a late first round told by its table's 截至 day."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from route_helpers import SH, held_out_campaigns, mail, place

from collector.parsers import parse_message
from collector.parsers.documents import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES / "mixed49"))
import mixed49_docs  # noqa: E402  (the .xlsb, Deflate64, DXF writers)

ZL, JD, YD = "2058-12-03-zllhrwwcqk", "2059-03-17-cjzllhjdbs", "2059-03-24-jsxmydxq"
MAY_2059 = dt.datetime(2059, 5, 10, 10, 0, tzinfo=SH)
APRIL_2059 = dt.datetime(2059, 4, 8, 10, 0, tzinfo=SH)
ROWS = [["2059年春季造林绿化进度统计表"], ["填报单位：", "新开岭乡人民政府", "", "统计截至：", "2059年4月15日"],
        ["序号", "村名", "任务面积（亩）"], [1, "西沟村", 340.0]]


def mixed49(raw: bytes, when: dt.datetime = MAY_2059):
    return place(held_out_campaigns("mixed49"), raw, when)


def test_an_excel_binary_workbook_is_read():
    """pyxlsb reads numbers and the shared strings Excel writes; the inline strings (BrtCellSt) this writer uses it
    skips: the file opens, its sheet and numbers are there (docs: collector/parsers/README.md)."""
    data = mixed49_docs.xlsb(ROWS, "进度统计表")
    text, status = extract_text(data, "xlsb")
    assert status == "ok" and text.splitlines()[0] == "[进度统计表]" and "340" in text
    (a,) = parse_message(mail("新开岭乡造林进度", "见附件", {"新开岭乡进度统计表.xlsb": data})).attachments
    assert (a.kind, a.text_status) == ("document", "ok")


def test_a_zip_stored_with_deflate64_is_opened():
    data = mixed49_docs.deflate64_zip([("玲珑塔镇造林进度说明.txt", "玲珑塔镇全部完成春季造林任务".encode("gb18030"))])
    parsed = parse_message(mail("玲珑塔镇造林进度（第二次）", "见附件", {"玲珑塔镇.zip": data}))
    (inner,) = [a for a in parsed.attachments if a.filename.endswith(".txt")]
    assert inner.text == "玲珑塔镇全部完成春季造林任务" and inner.problem is None


@pytest.mark.parametrize("escapes", [False, True])
def test_a_dxf_drawings_words_are_read(escapes):
    data = mixed49_docs.dxf([[(0, 0), (10, 0), (10, 10)]], [("建设单位：建昌县交通运输局", 0, 0, 2.5),
                                                           ("G228丹东线建昌段改扩建工程用地范围图", 0, 5, 3.5)], escapes=escapes)
    text, status = extract_text(data, "dxf")
    assert status == "ok" and "建设单位：建昌县交通运输局" in text and "用地范围图" in text


def test_a_geojsons_places_are_read_and_count_as_a_vector_map():
    from collector.campaign import Part

    data = ('{"type":"FeatureCollection","name":"城东农贸市场改造","features":[{"type":"Feature","properties":'
            '{"name":"城东农贸市场改造项目用地范围","单位":"建昌镇"},"geometry":{"type":"Polygon","coordinates":[]}}]}').encode()
    text, status = extract_text(data, "geojson")
    assert status == "ok" and text.splitlines() == ["城东农贸市场改造", "地标：城东农贸市场改造项目用地范围　建昌镇"]
    assert Part("map", "范围图", "document", formats=["dxf", "kmz", "pdf"]).takes_format("geojson")


def test_a_road_between_two_towns_names_neither():
    from collector.match.names import name_index

    idx = name_index(held_out_campaigns("mixed49"))
    assert idx.scan("药王庙至汤神庙农村公路提级改造工程范围图", fuzzy=False) == []
    assert [a for a, _, _ in idx.scan("药王庙镇至汤神庙镇", fuzzy=False)] == ["药王庙镇", "汤神庙镇"]


def test_a_map_of_a_project_sent_by_the_bureau_its_title_block_names():
    dxf = mixed49_docs.dxf([[(0, 0), (10, 0), (10, 10)]], [("建设单位：建昌县交通运输局", 0, 0, 2.5)])
    raw = mail("G228丹东线建昌段改扩建工程、药王庙至汤神庙农村公路提级改造工程范围图",
               "两个项目的用地范围图（CAD导出的dxf）先发过去，需求表明天发。",
               {"G228丹东线建昌段改扩建工程.dxf": dxf, "药王庙至汤神庙农村公路提级改造工程.dxf": dxf}, sender="hdl@139.com")
    m = mixed49(raw, APRIL_2059)
    assert (m.state, m.unit, m.campaign) == ("filed", "县交通局", YD), m.reason


def test_a_unit_named_by_its_division_code():
    data = mixed49_docs.xlsb(ROWS, "进度统计表")
    raw = mail("211422212春季造林进度（第一次）", "第一次进度表从省造林管理系统导出，见附件。\n乡林业站 卢春立 18479140614",
               {"211422212_春季造林绿化进度统计表.xlsb": data}, sender="lcl@sina.com")
    m = mixed49(raw, APRIL_2059)
    assert (m.state, m.unit, m.requirements) == ("filed", "新开岭乡", ["jd1"]), m.reason


def test_a_division_code_inside_a_longer_number_is_none():
    from collector.match.names import name_index

    idx = name_index(held_out_campaigns("mixed49"))
    assert idx.scan("电话 13211422212 或 0211422212", fuzzy=False) == []


def test_a_flowed_bodys_soft_breaks_are_joined():
    from collector.parsers.structure import unflowed

    raw = ("From: 67069493@qq.com\r\nTo: jc7710089@163.com\r\nSubject: =?utf-8?b?5pil5a2j6YCg5p6X6L+b5bqm?=\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n"
           "附件是养马甸 \r\n子乡2059年春季造林绿化进度统计表，请审阅。\r\n-- \r\n白梅\r\n").encode()
    assert "养马甸子乡2059年" in parse_message(raw).body_text
    assert unflowed("a \nb\n> c \n> d\ne", False) == "a b\n> c d\ne"


def test_overlapping_topic_and_paper_words_leave_nothing_of_a_title():
    from collector.match.other_matter import _titled, _without_words

    assert _without_words("杨树湾子乡春季造林绿化进度统计表", ["杨树湾子乡", "春季造林绿化进度", "进度统计表"]) == ""
    assert not _titled("杨树湾子乡春季造林绿化进度统计表", ["杨树湾子乡", "春季造林绿化进度", "进度统计表"])
    assert _titled("杨树湾子乡防火检查统计表", ["杨树湾子乡", "春季造林绿化进度", "进度统计表"])


def _xlsx(rows: list[list]) -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("as_of, rid", [("2059年4月15日", "jd1"), ("2059年5月20日", "jd2")])
def test_a_round_told_by_its_tables_cut_off_day(as_of, rid):
    rows = [ROWS[0], ["填报单位：", "杨树湾子乡人民政府", "", "统计截至：", as_of], *ROWS[2:]]
    raw = mail("杨树湾子乡造林进度表", "附件为我乡造林进度统计表，请查收。\n杨树湾子乡党政办",
               {"杨树湾子乡春季造林绿化进度统计表.xlsx": _xlsx(rows)})
    m = mixed49(raw)
    assert (m.state, m.unit, m.requirements) == ("filed", "杨树湾子乡", [rid]), m.reason


# mixed50's: a part's own words name its requirement (普查指导员 where the hints say 普查两员名单); a paged file named for a
# table asked in Excel or as a photo of the paper form is that table; an OFD is no editable Word copy; a scan read (OCR)
# when a unit's mail fits two campaigns.

QZ, RK = "2060-07-05-xzfbmqzqddtdz", "2060-07-07-dsycqgrkpcpczdyh"
JULY_2060 = dt.datetime(2060, 7, 12, 10, 0, tzinfo=SH)


def test_a_parts_own_words_name_its_requirement():
    raw = mail("建昌县民政局普查指导员和普查员名单", "现将我局选派的普查指导员名单报送，请审核。\n建昌县民政局办公室",
               {"民政局普查指导员和普查员名单.xlsx": _xlsx([["姓名", "职务"], ["常晓", "科员"]])}, sender="mzj@jczwww.gov.cn")
    m = place(held_out_campaigns("mixed50"), raw, JULY_2060)
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", "县民政局", RK, ["list"]), m.reason


def test_a_paged_file_named_for_a_table_asked_in_excel_or_as_a_photo_is_that_table():
    from collector.status import FiledFile, FiledMail, parts_present

    (rk,) = [c for c in held_out_campaigns("mixed50") if c.id == RK]
    for name, count in (("王宝营子乡普查指导员和普查员名单的报告.ofd", 1), ("王宝营子乡扫描件.pdf", 0)):
        att = FiledFile(name, "document", "", False, None, None)
        msg = FiledMail("ab" * 32, None, JULY_2060, "a@163.com", "", "", False, [att], ["list"])
        assert parts_present(msg, rk.requirements[0], rk) == {"list": count}, name


def test_a_fixed_layout_file_is_no_editable_word_copy():
    from collector.campaign import Part

    editable = Part("doc", "权责清单调整确认表（可编辑Word版）", "document", ["确认表"], formats=["docx", "doc", "wps"])
    report = Part("doc", "自查报告（Word）", "document", ["自查报告"], formats=["docx", "doc", "wps"])
    assert not editable.takes_format("ofd") and not editable.takes_format("pdf") and editable.takes_format("docx")
    assert report.takes_format("ofd")


def test_only_a_mail_with_a_scan_gets_a_second_look_for_its_campaign():
    from collector.looks import _a_scan_to_read

    scanned = parse_message(mail("报送扫描件", "扫描件见附件", {"SCAN_20600713_101533.pdf": b"%PDF-1.4\n%%EOF\n"}))
    scanned.attachments[0].text_status = "scanned"
    assert _a_scan_to_read(scanned)
    assert not _a_scan_to_read(parse_message(mail("报送", "见附件", {"确认表.xlsx": _xlsx([["a"]])})))


# mixed52's: a requirement named only by a reply's subject (the thread of the plan) or by a file name the document's own
# title gainsays is not what the mail carries, where another requirement is named by its files or words.

XC = "2062-04-20-mhshmfdxbztxcyhd"  # 民法典宣传月: plan by 04-28, summary with photos by 06-02
JUNE_2062 = dt.datetime(2062, 5, 28, 10, 0, tzinfo=SH)


def _docx(lines: list[str]) -> bytes:
    from route_helpers import _docx as docx

    return docx(lines)


def test_a_reply_on_the_plans_thread_carrying_the_summary_is_the_summary():
    raw = mail("Re:Re:建昌镇民法典宣传月活动方案", "县政府办公室：\n我镇民法典宣传月活动总结见附件。\n建昌镇党政办",
               {"建昌镇民法典宣传月活动总结.docx": _docx(["建昌镇民法典宣传月活动总结", "今年4月至5月……"])})
    m = place(held_out_campaigns("mixed52"), raw, JUNE_2062)
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", "建昌镇", XC, ["summary"]), m.reason


def test_a_file_named_for_one_paper_whose_title_is_another_is_the_title():
    raw = mail("文旅局民法典宣传月材料", "县政府办公室：\n我局宣传月材料见附件。\n建昌县文化旅游和广播电视局办公室",
               {"文旅局民法典宣传月活动总结.docx": _docx(["县文旅局民法典宣传月活动方案", "一、活动时间……"])})
    m = place(held_out_campaigns("mixed52"), raw, dt.datetime(2062, 4, 25, 10, 0, tzinfo=SH))
    assert (m.state, m.unit, m.requirements) == ("filed", "县文旅局", ["plan"]), m.reason


def test_a_mail_naming_both_by_its_files_keeps_both():
    raw = mail("建昌镇民法典宣传月材料", "方案和总结见附件。\n建昌镇党政办",
               {"建昌镇民法典宣传月活动方案.docx": _docx(["建昌镇民法典宣传月活动方案"]),
                "建昌镇民法典宣传月活动总结.docx": _docx(["建昌镇民法典宣传月活动总结"])})
    m = place(held_out_campaigns("mixed52"), raw, JUNE_2062)
    assert sorted(m.requirements) == ["plan", "summary"], m.reason


def test_a_unit_passing_the_offices_reminder_to_its_villages_with_the_office_in_cc_is_ignored():
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Cc"] = "7021252789@sina.com", "cun1@qq.com, cun2@163.com", "jc7710089@163.com"
    m["Subject"] = "转发：转发：关于开展2062年“美好生活·民法典相伴”主题宣传月活动的通知"
    m.set_content("各村：\n县里催报活动照片，请各村今天下班前发到乡党政办邮箱，不要直接发县里。\n要路沟乡党政办\n\n"
                  "------------------ 原始邮件 ------------------\n发件人: \"县政府办公室\"<jc7710089@163.com>;\n"
                  "主题: 转发：关于开展2062年“美好生活·民法典相伴”主题宣传月活动的通知\n\n各单位：\n请尚未报送的单位抓紧报送。")
    match = place(held_out_campaigns("mixed52"), m.as_bytes(), JUNE_2062)
    assert match.state == "ignored" and "抄送" in match.reason, match.reason
    del m["To"]
    m["To"] = "jc7710089@163.com"  # sent to the office itself: no longer only copied
    assert place(held_out_campaigns("mixed52"), m.as_bytes(), JUNE_2062).state != "ignored"


def test_a_windows_recorders_wma_is_the_sound_recording_asked():
    from collector.campaign import Part
    from collector.parsers.sniff import detect

    asf = bytes.fromhex("3026b2758e66cf11a6d900aa0062ce6c") + b"\0" * 200
    assert detect(asf, "养老保险政策解读.wma", None) == ("other", "audio/x-ms-wma", "wma")
    media = Part("media", "音视频作品", "document", ["音视频"], formats=["mp3", "m4a", "wav", "mp4"])
    assert media.takes_format("wma") and not Part("v", "视频", "document", formats=["mp4"]).takes_format("wma")
