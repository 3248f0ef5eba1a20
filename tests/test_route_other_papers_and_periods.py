"""Two misses of the thirty-fourth held-out mailbox (tests/fixtures/mixed34): files that are none of what a
requirement asks (eight villages' 责任书 scanned, where only the 签订情况统计表 in Excel is asked), and last
period's table sent again (a 2043年下半年 table, filled in 2044年1月, for the 2044年上半年 count); and an Outlook
recall request, held for a person as mixed11 labels it."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from route_helpers import SH, _docx, held_out_campaigns, mail, place

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "mixed"))
from mixed_docs import fixed_xlsx, stamped_pdf  # noqa: E402

QD = "2044-06-27-cjaqscmbzrsqdqk"  # 村级安全生产目标责任书签订情况: the Excel 统计表 only, of the towns and townships
XS = "2044-06-20-sbngbjypxxstjqk"  # 2044年上半年干部教育培训学时统计: the Excel table and its stamped scan
JULY = dt.datetime(2044, 7, 4, 15, 30, tzinfo=SH)


@pytest.fixture(scope="module")
def campaigns():
    return held_out_campaigns("mixed34")


def letters(villages: list[str]) -> dict[str, bytes]:
    return {f"{v}安全生产目标责任书.pdf": stamped_pdf(k) for k, v in enumerate(villages, 1)}


def test_files_that_are_none_of_what_is_asked_go_to_a_person(campaigns):
    raw = mail("黑山科乡安全生产责任书", "县政府办公室：\n我乡与各村签订的安全生产目标责任书扫描件见附件。\n黑山科乡党政办",
               letters(["东村", "西沟村", "北营子村"]))
    m = place(campaigns, raw, JULY)
    assert (m.state, m.campaign, m.unit) == ("needs_review", QD, "黑山科乡"), m.reason
    assert "都不是要报的" in m.reason and "统计表" in m.reason, m.reason


def test_the_asked_table_beside_them_is_filed(campaigns):
    files = letters(["东村", "西沟村"]) | {"黑山科乡责任书签订情况统计表.xlsx": fixed_xlsx([["村名", "签订日期"], ["东村", "6月30日"]])}
    raw = mail("黑山科乡安全生产责任书签订情况", "县政府办公室：\n统计表见附件，另附责任书扫描件。\n黑山科乡党政办", files)
    m = place(campaigns, raw, JULY)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", QD, "黑山科乡", ["qd"]), m.reason


def test_the_asked_table_in_another_format_is_still_the_material(campaigns):
    """Named for the part (签订情况统计表) though typed in Word: the material in another form, filed (partial),
    as mixed2's clerk labels a Word 申报表 sent where its stamped scan is asked."""
    files = {"黑山科乡责任书签订情况统计表.docx": _docx(["2044年度村级安全生产目标责任书签订情况统计表", "东村 6月30日"])}
    raw = mail("黑山科乡安全生产责任书签订情况", "县政府办公室：\n统计表见附件。\n黑山科乡党政办", files)
    m = place(campaigns, raw, JULY)
    assert (m.state, m.campaign, m.unit) == ("filed", QD, "黑山科乡"), m.reason


def table(period: str, filled: str) -> bytes:
    return fixed_xlsx([[f"{period}干部教育培训学时统计表"], [f"填报单位：建昌县卫生健康局  填报日期：{filled}"],
                       ["序号", "姓名", "集中培训（学时）", "网络学院（学时）"], [1, "王丽", 24, 30]], "学时统计")


@pytest.mark.parametrize("period, filled", [("2043年下半年", "2044年1月"), ("2044年下半年", "2045年1月")])
def test_another_periods_table_goes_to_a_person(campaigns, period, filled):
    files = {f"卫健局{period}干部教育培训学时统计表.xlsx": table(period, filled),
             "卫健局培训学时统计表（盖章）.pdf": stamped_pdf(7)}
    raw = mail("卫健局干部教育培训学时统计表", "县政府办公室：\n附件是我局干部教育培训学时统计表，请查收。\n县卫生健康局办公室", files)
    m = place(campaigns, raw, dt.datetime(2044, 7, 2, 14, 35, tzinfo=SH))
    assert m.state == "needs_review" and "的材料" in m.reason, m.reason


def test_this_periods_table_filled_in_next_month_is_filed(campaigns):
    """填报日期：2044年7月 is a date, not the table's year or period."""
    files = {"卫健局2044年上半年干部教育培训学时统计表.xlsx": table("2044年上半年", "2044年7月"),
             "卫健局培训学时统计表（盖章）.pdf": stamped_pdf(7)}
    raw = mail("卫健局干部教育培训学时统计表", "县政府办公室：\n附件是我局干部教育培训学时统计表，请查收。\n县卫生健康局办公室", files)
    m = place(campaigns, raw, dt.datetime(2044, 7, 2, 14, 35, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", XS, "县卫健局", ["xs"]), m.reason


def test_a_table_without_its_period_filled_in_next_month_is_filed(campaigns):
    """No 上半年 in its name, 填报日期：2044年7月: a month outside the half-year is when it was filled, no period."""
    files = {"卫健局干部教育培训学时统计表.xlsx": table("", "2044年7月"), "卫健局培训学时统计表（盖章）.pdf": stamped_pdf(7)}
    raw = mail("卫健局干部教育培训学时统计表", "县政府办公室：\n附件是我局干部教育培训学时统计表，请查收。\n县卫生健康局办公室", files)
    m = place(campaigns, raw, dt.datetime(2044, 7, 2, 14, 35, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", XS, "县卫健局", ["xs"]), m.reason


def test_an_outlook_recall_is_held_for_a_person_named_as_one(campaigns):
    """Outlook's 撤回 deletes nothing in a 163 mailbox: a person decides about the mail it recalls (mixed11's label)."""
    raw = mail("撤回: 卫健局干部教育培训学时统计表", "县卫生健康局办公室 希望撤回邮件“卫健局干部教育培训学时统计表”。")
    m = place(campaigns, raw, dt.datetime(2044, 7, 2, 14, 40, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("needs_review", XS, "县卫健局"), m.reason
    assert "撤回请求" in m.reason, m.reason


def test_a_scan_whose_name_says_nothing_may_be_the_asked_paper(campaigns):
    """扫描全能王's name says nothing of what it is: the mail is filed (the table missing), not held."""
    raw = mail("黑山科乡安全生产责任书签订情况", "县政府办公室：\n见附件。\n黑山科乡党政办",
               {"扫描全能王 2044-07-04 15.22.pdf": stamped_pdf(3)})
    m = place(campaigns, raw, JULY)
    assert (m.state, m.campaign, m.unit) == ("filed", QD, "黑山科乡"), m.reason
