"""Version words in file names (mixed85's 027): the drafting history a unit's file names carry (终稿, 最终版, 定稿, 改2,
v3, 修改稿, Windows' “ - 副本”, “(1)”) makes no correction of a first mail; a correction is said in the subject or body
(更正, 以此为准, 重新报送), or is a later mail for a requirement the unit already sent, where a file's 最终版 still makes
it replace the earlier one (collector/match/version_words.py). Mails of a 2096 campaign written for these tests, run
through the real pipeline in arrival order."""

from __future__ import annotations

import datetime as dt
import io
from types import SimpleNamespace

import pytest
from match_order import match_in_arrival_order
from route_helpers import ROSTER, SH, _docx, mail, place

from collector.campaign import campaign_from_dict
from collector.match.version_words import (
    FIRST_VERSION_NOTE,
    correction_by_file_names_only,
)

CID = "2096-03-02-zcgz"
MAR_10 = dt.datetime(2096, 3, 10, 9, 0, tzinfo=SH)
SENDER = "ajj2096@163.com"


def inspection() -> object:
    """安全生产自查: a Word 自查报告 (``report``) and, apart, an Excel 隐患台账 (``ledger``), by 03-20."""
    return campaign_from_dict({
        "id": CID, "title": "2096年安全生产工作自查", "notice_date": "2096-03-02",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["安全生产自查"]},
        "units": ["县应急局", "县民政局"],
        "requirements": [
            {"id": "report", "title": "安全生产自查报告", "due": "2096-03-20T17:00:00+08:00", "hints": ["自查报告"],
             "parts": [{"id": "doc", "title": "自查报告", "kind": "document", "formats": ["docx", "doc", "wps"],
                        "words": ["自查报告"]}]},
            {"id": "ledger", "title": "安全隐患台账", "due": "2096-03-20T17:00:00+08:00", "hints": ["隐患台账"],
             "parts": [{"id": "xlsx", "title": "隐患台账", "kind": "document", "formats": ["xlsx", "xls", "et"],
                        "words": ["隐患台账"]}]},
        ],
    }, roster=ROSTER)


def report_mail(file_name: str, subject: str = "应急局安全生产自查报告", body: str = "我局安全生产自查报告见附件，请审阅。") -> bytes:
    return mail(subject, f"县政府办：\n{body}\n建昌县应急管理局办公室",
                {file_name: _docx(["建昌县应急管理局安全生产自查报告", "一、基本情况"])}, sender=SENDER)


def ledger() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in (["安全隐患台账"], ["填报单位：", "建昌县应急管理局"], ["序号", "隐患", "整改情况"], [1, "消防通道堵塞", "已整改"]):
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def ledger_mail(file_name: str) -> bytes:
    return mail("应急局安全隐患台账", "县政府办：\n我局隐患台账见附件。\n建昌县应急管理局办公室", {file_name: ledger()},
                sender=SENDER)


def in_order(mails: list[bytes], tmp_path) -> list:
    """The mails a day apart, through the real pipeline (each decided on the filed mails before it)."""
    dated = [SimpleNamespace(raw=r, received_at=MAR_10 + dt.timedelta(days=k)) for k, r in enumerate(mails)]
    return [m for _, m in match_in_arrival_order(dated, [inspection()], tmp_path)]


# ---------------------------------------------------------------- a first mail: its names' history is no correction


def test_a_first_mail_whose_file_name_carries_its_draft_history_is_no_correction(tmp_path):
    (m,) = in_order([report_mail("应急局安全生产自查报告（终稿）（改2）最终版 - 副本.docx")], tmp_path)
    assert (m.state, m.unit, m.requirements, m.is_correction) == ("filed", "县应急局", ["report"], False), m.reason
    assert FIRST_VERSION_NOTE in m.reason and "作为最新版本" not in m.reason


@pytest.mark.parametrize("mark", ["（终稿）", "最终版", "（定稿）", "（改2）", "v3", "（修改稿）", " - 副本", "(1)", "_最终稿",
                                  "（修订版）"])
def test_no_version_word_of_a_first_mails_file_name_makes_it_a_correction(tmp_path, mark):
    (m,) = in_order([report_mail(f"应急局安全生产自查报告{mark}.docx")], tmp_path)
    assert (m.state, m.requirements, m.is_correction) == ("filed", ["report"], False), m.reason


def test_a_first_mail_for_another_requirement_is_no_correction_of_the_one_sent(tmp_path):
    """The unit sent its 自查报告; its 隐患台账（最终版） is the first of that requirement: it replaces nothing."""
    first, second = in_order([report_mail("应急局安全生产自查报告.docx"), ledger_mail("应急局安全隐患台账（最终版）.xlsx")],
                             tmp_path)
    assert (first.state, first.is_correction) == ("filed", False)
    assert (second.state, second.requirements, second.is_correction) == ("filed", ["ledger"], False), second.reason


# ---------------------------------------------------------------- near misses that must not change


def test_a_second_mail_whose_file_says_final_still_replaces_the_first(tmp_path):
    first, second = in_order([report_mail("应急局安全生产自查报告.docx"),
                              report_mail("应急局安全生产自查报告最终版.docx")], tmp_path)
    assert (first.state, first.is_correction) == ("filed", False)
    assert (second.state, second.requirements, second.is_correction) == ("filed", ["report"], True), second.reason
    assert FIRST_VERSION_NOTE not in second.reason


def test_a_correction_said_in_the_subject_of_a_first_mail_stands(tmp_path):
    (m,) = in_order([report_mail("应急局安全生产自查报告.docx", subject="更正：应急局安全生产自查报告")], tmp_path)
    assert (m.state, m.is_correction) == ("filed", True), m.reason


def test_a_correction_said_in_the_body_beside_a_final_file_name_stands(tmp_path):
    (m,) = in_order([report_mail("应急局安全生产自查报告（终稿）.docx", body="前报自查报告数据有误，以此为准。")], tmp_path)
    assert (m.state, m.is_correction) == ("filed", True), m.reason


def test_without_the_units_earlier_mails_known_the_file_name_counts_as_before():
    """match_mail alone (no pipeline to ask what the unit sent): the name's 最终版 still reads as a correction."""
    m = place([inspection()], report_mail("应急局安全生产自查报告最终版.docx"), MAR_10)
    assert (m.state, m.is_correction) == ("filed", True), m.reason


# ---------------------------------------------------------------- the rule on its own


class Sent:
    """What the pipeline answers: whether the unit had sent one of the requirements before."""

    def __init__(self, before: bool):
        self.before = before

    def sent_before(self, campaign_id, unit, rids):
        return self.before


def test_the_rule_weighs_a_name_only_mark_by_what_the_unit_sent_before():
    assert correction_by_file_names_only(True, False, Sent(False), CID, "县应急局", ["report"]) == (False,
                                                                                                   FIRST_VERSION_NOTE)
    assert correction_by_file_names_only(True, False, Sent(True), CID, "县应急局", ["report"]) == (True, "")
    assert correction_by_file_names_only(True, True, Sent(False), CID, "县应急局", ["report"]) == (True, "")  # said
    assert correction_by_file_names_only(False, False, Sent(True), CID, "县应急局", ["report"]) == (False, "")
    assert correction_by_file_names_only(True, False, {}, CID, "县应急局", ["report"]) == (True, "")  # nothing to ask
