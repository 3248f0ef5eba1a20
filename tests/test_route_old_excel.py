"""An Excel 97-2003 table (.xls, as WPS saves by default) is read like an .xlsx: a mail that names its unit only
in the table's 填报单位 lands under that unit. The table is mixed37's 清理结果目录 of 县市场监督管理局
(tests/fixtures/mails/assets/table.xls, written by LibreOffice Calc)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from route_helpers import SH, held_out_campaigns, mail, place

from collector.parsers import parse_message

ASSETS = Path(__file__).parent / "fixtures" / "mails" / "assets"

QL = "2047-03-22-xzgfxwjjzql"  # 行政规范性文件集中清理: the Excel 目录 and the stamped report of ten departments
APRIL = dt.datetime(2047, 4, 12, 10, 5, tzinfo=SH)


def xls_mail(name: str = "清理结果目录.xls") -> bytes:
    return mail("规范性文件清理结果目录", "您好，附件请查收。", {name: (ASSETS / "table.xls").read_bytes()},
                sender="jc_scj_2047@163.com")


def test_the_xls_table_is_read_for_its_text():
    (attachment,) = parse_message(xls_mail()).attachments
    assert attachment.text_status == "ok", attachment.text_status
    assert "填报单位（盖章）：建昌县市场监督管理局" in attachment.text


def test_a_mail_whose_unit_is_only_in_the_xls_lands_under_it():
    m = place(held_out_campaigns("mixed37"), xls_mail(), APRIL)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", QL, "县市场局", ["ql"]), m.reason


def test_the_same_workbook_saved_by_wps_as_et_is_read_too():
    m = place(held_out_campaigns("mixed37"), xls_mail("清理结果目录.et"), APRIL)
    assert (m.state, m.unit) == ("filed", "县市场局"), m.reason
