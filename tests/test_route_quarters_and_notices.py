"""A quarter's material sent month by month, or under last quarter's title; a table's 填报日期; the office's
own notice attached in place of the material; an OpenDocument table for an Excel part. Mails and campaign
written for these tests (not a fixture's)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from route_helpers import SH, _docx, mail, one_table_campaign, place

WHEN = dt.datetime(2028, 4, 6, 10, 0, tzinfo=SH)


@pytest.fixture
def patrols():
    """Towns send one quarter's patrol records, an Excel 台账, by 04-12."""
    return one_table_campaign("xh-2028", "2028年第一季度乡级河长巡河记录", "2028-03-20", "巡河记录",
                              {"kinds": ["town", "township"]}, "2028-04-12T16:00:00+08:00", ["巡河记录台账", "巡河记录", "台账"])


def _sheet(title: str, rows: list[list], filled: str = "填报日期：2028年4月") -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append([title])
    wb.active.append(["填报单位：石佛乡人民政府", "", "", filled])
    wb.active.append(["序号", "巡河日期", "河长姓名", "河段"])
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _rows(*months: int) -> list[list]:
    return [[i + 1, f"2028年{m}月{10 + i}日", "王强", "六股河石佛乡段"] for i, m in enumerate(months)]


def test_one_table_per_month_of_the_quarter_is_the_quarters_material(patrols):
    files = {f"石佛乡{m}月巡河记录.xlsx": _sheet(f"2028年{m}月乡级河长巡河记录", _rows(m, m)) for m in (1, 2, 3)}
    m = place([patrols], mail("石佛乡巡河记录", "按月整理的三个表，请查收。\n石佛乡", files), WHEN)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "xh-2028", "石佛乡", ["xh"]), m.reason


def test_months_of_another_quarter_are_still_another_periods(patrols):
    files = {f"石佛乡{m}月巡河记录.xlsx": _sheet(f"2028年{m}月乡级河长巡河记录", _rows(m)) for m in (4, 5, 6)}
    m = place([patrols], mail("石佛乡巡河记录", "请查收。\n石佛乡", files), WHEN)
    assert m.state == "needs_review" and "4月份" in m.reason, m.reason


def test_a_file_named_for_the_quarter_without_di_beats_last_quarters_title_inside(patrols):
    """一季度 (no 第) in the file name; the table's title still 2027年第四季度, its rows all this quarter's."""
    files = {"石佛乡一季度巡河记录台账.xlsx": _sheet("2027年第四季度乡级河长巡河记录台账", _rows(1, 2, 3))}
    m = place([patrols], mail("石佛乡一季度巡河记录", "请查收。\n石佛乡", files), WHEN)
    assert (m.state, m.unit, m.requirements) == ("filed", "石佛乡", ["xh"]), m.reason


def test_the_day_a_table_was_filled_in_is_no_period_of_it(patrols):
    files = {"石佛乡巡河记录台账.xlsx": _sheet("乡级河长巡河记录台账", _rows(1, 2))}
    m = place([patrols], mail("石佛乡巡河记录", "请查收。\n石佛乡", files), WHEN)
    assert (m.state, m.unit, m.requirements) == ("filed", "石佛乡", ["xh"]), m.reason
    assert "4月份" not in m.reason


def test_last_quarter_named_alone_is_another_period(patrols):
    files = {"石佛乡四季度巡河记录台账.xlsx": _sheet("2028年第四季度乡级河长巡河记录台账", _rows(10, 11))}
    m = place([patrols], mail("石佛乡四季度巡河记录", "请查收。\n石佛乡", files), WHEN)
    assert m.state == "needs_review" and "第4季度" in m.reason, m.reason


NOTICE = ["建昌县人民政府办公室", "关于报送2028年第一季度乡级河长巡河记录的通知", "各乡镇人民政府：",
          "按照县总河长办公室工作部署，现就报送第一季度巡河记录有关事项通知如下：",
          "请于2028年4月12日16时前将《2028年第一季度乡级河长巡河记录台账》发送至jc7710089@163.com。",
          "建昌县人民政府办公室", "2028年3月20日"]


def test_the_offices_notice_attached_in_place_of_the_table_goes_to_a_person(patrols):
    raw = mail("石佛乡一季度巡河记录", "我乡巡河记录台账见附件。\n石佛乡",
               {"关于报送2028年第一季度乡级河长巡河记录的通知.docx": _docx(NOTICE)})
    m = place([patrols], raw, WHEN)
    assert (m.state, m.unit) == ("needs_review", "石佛乡") and "通知原文" in m.reason, m.reason


def test_the_notice_sent_back_is_known_by_the_kept_notice_text_whatever_the_title(patrols):
    """A clerk's own campaign title (no words of the notice's) and an addressee line of named units: the
    campaign's kept notice text says what the notice is headed."""
    import dataclasses

    named = ["建昌县人民政府办公室", "关于报送2028年第一季度乡级河长巡河记录的通知", "石佛乡、巴什罕乡人民政府：",
             "请于2028年4月12日16时前将巡河记录台账发送至jc7710089@163.com。", "建昌县人民政府办公室", "2028年3月20日"]
    own = dataclasses.replace(patrols, title="乡级河长巡河记录台账", notice_text="\n".join(named))
    raw = mail("石佛乡一季度巡河记录", "台账见附件。\n石佛乡", {"通知.docx": _docx(named)})
    m = place([own], raw, WHEN)
    assert (m.state, m.unit) == ("needs_review", "石佛乡") and "通知原文" in m.reason, m.reason
    assert place([patrols], raw, WHEN).state == "filed"  # no kept text, no 各…： line: not known as the notice


def test_a_table_named_after_the_notice_is_still_the_table(patrols):
    raw = mail("石佛乡一季度巡河记录", "请查收。\n石佛乡",
               {"关于报送2028年第一季度乡级河长巡河记录的通知.xlsx": _sheet("2028年第一季度乡级河长巡河记录台账", _rows(1, 2))})
    m = place([patrols], raw, WHEN)
    assert (m.state, m.unit, m.requirements) == ("filed", "石佛乡", ["xh"]), m.reason


def test_a_unit_quoting_the_notice_beside_its_table_is_filed(patrols):
    raw = mail("石佛乡一季度巡河记录", "请查收。\n石佛乡",
               {"关于报送2028年第一季度乡级河长巡河记录的通知.docx": _docx(NOTICE),
                "石佛乡一季度巡河记录台账.xlsx": _sheet("2028年第一季度乡级河长巡河记录台账", _rows(1, 2))})
    m = place([patrols], raw, WHEN)
    assert (m.state, m.unit, m.requirements) == ("filed", "石佛乡", ["xh"]), m.reason


def test_an_opendocument_table_is_taken_for_an_excel_part(patrols):
    from collector.campaign import Part

    part = patrols.requirements[0].parts[0]
    assert part.takes_format("ods") and not part.takes_format("docx")
    assert Part(id="doc", title="总结", kind="document", formats=["docx", "doc", "wps"]).takes_format("odt")


@pytest.mark.parametrize("template, asked", [("xltx", "xlsx"), ("xltm", "xlsx"), ("dotx", "docx"), ("dotm", "docx")])
def test_a_file_saved_as_a_template_is_taken_for_its_format(template, asked):
    from collector.campaign import Part

    assert Part(id="p", title="表", kind="document", formats=[asked]).takes_format(template)
    assert not Part(id="p", title="表", kind="document", formats=["pdf"]).takes_format(template)
