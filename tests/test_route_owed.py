"""Routing that leans on what the unit still owes, and on what its files are, on mails written for it
(the misses a run that keeps its status current between mails brought out, mixed17 and mixed22):
photos sent after a campaign is complete, a bare scan between a report and a table, a file sent
again under another campaign's subject."""

from __future__ import annotations

import datetime as dt

import pytest
from route_helpers import PNG, ROSTER, SH, _docx, mail, place
from test_route import DEMO_SITE, LEDGER, SELFCHECK, SURVEY

from collector.campaign import campaign_from_dict, load_campaign

JUNE_2024 = dt.datetime(2024, 6, 25, 8, 40, tzinfo=SH)
JUNE_2023 = dt.datetime(2023, 6, 20, 9, tzinfo=SH)
SCAN = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"  # a scanner's PDF: pages, no text


@pytest.fixture(scope="module")
def year_2024():
    return [load_campaign(None, roster=ROSTER)] + [campaign_from_dict(d, roster=ROSTER) for d in (DEMO_SITE, LEDGER)]


@pytest.fixture(scope="module")
def june_2023():
    return [campaign_from_dict(d, roster=ROSTER) for d in (SELFCHECK, SURVEY)]


def test_more_photos_after_the_campaign_is_complete_still_go_to_the_one_asking_photos(year_2024):
    """王宝营子乡 has sent its 示范点 说明 and photos; it owes only the 落实情况 report, which asks no
    photos. Six more photos (补发) are the 示范点's, not the report's, nor a question."""
    raw = mail("王宝营子乡", "再补几张。\n王宝营子乡", {f"IMG_{i}.png": PNG for i in range(6)})
    owed = {("sfd-2024", "王宝营子乡"): set(), ("gzyd-2024", "王宝营子乡"): {"ledger"}}
    m = place(year_2024, raw, JUNE_2024, owed)
    assert (m.state, m.campaign, m.requirements) == ("filed", "sfd-2024", ["photos"]), m.reason
    # a document alone, with the same status, goes to what is owed, as before
    raw = mail("王宝营子乡材料", "请查收。\n王宝营子乡", {"材料.docx": _docx(["王宝营子乡", "材料"])})
    m = place(year_2024, raw, JUNE_2024, owed)
    assert (m.state, m.campaign) == ("filed", "gzyd-2024"), m.reason


def test_a_bare_scan_between_a_report_and_an_excel_table_both_owed_goes_to_review(june_2023):
    """县住建局 owes a 自查报告 (any format) and an Excel 调查表. A text-less scan sent as 材料 may be
    the report or the table printed, stamped and scanned: a person looks. Called 报告, it is the report."""
    owed = {("selfcheck-2023", "县住建局"): {"selfcheck", "rectify"}, ("survey-2023", "县住建局"): {"form"}}
    bare = mail("县住建局报送材料", "请查收。\n县住建局", {"县住建局.pdf": SCAN})
    m = place(june_2023, bare, JUNE_2023, owed)
    assert (m.state, m.unit) == ("needs_review", "县住建局") and "多项活动" in m.reason, m.reason
    named = mail("县住建局盖章报告", "请查收。\n县住建局", {"scan_0620.pdf": SCAN})
    m = place(june_2023, named, JUNE_2023, owed)
    assert (m.state, m.campaign, m.unit) == ("filed", "selfcheck-2023", "县住建局"), m.reason


def test_a_file_sent_again_under_another_campaigns_subject_stays_for_a_person(june_2023):
    """The 自查报告 sent that morning, sent again under the 调查表 subject: the files' campaign still
    owes its 整改报告, but not the 自查报告 the files are. Owing the 自查报告 still, the files decide."""
    raw = mail("县住建局政务新媒体情况调查表", "请查收。\n县住建局",
               {"县住建局政务公开自查报告.docx": _docx(["县住建局政务公开自查报告", "经自查，发现问题两项。"])})
    sent_it = {("selfcheck-2023", "县住建局"): {"rectify"}, ("survey-2023", "县住建局"): set()}
    m = place(june_2023, raw, JUNE_2023, sent_it)
    assert m.state == "needs_review" and "附件却是" in m.reason, m.reason
    owes_it = {("selfcheck-2023", "县住建局"): {"selfcheck", "rectify"}, ("survey-2023", "县住建局"): set()}
    m = place(june_2023, raw, JUNE_2023, owes_it)
    assert (m.state, m.campaign, m.requirements) == ("filed", "selfcheck-2023", ["selfcheck"]), m.reason


def test_a_bare_file_goes_to_the_next_deadline_even_when_that_was_sent_already():
    """县水利局 sent its 访谈稿 on 05-06. A bare 材料.docx on 05-09 is the interview again (due 05-11),
    not the summary of a 5·15 activity not yet held; after 05-11 16:00 it is the summary, the one due."""
    builtin = [load_campaign(None, roster=ROSTER)]
    sent_interview = {("jianchang-515-2023", "县水利局"): {"summary"}}
    raw = mail("县水利局报送材料", "请查收。", {"材料.docx": _docx(["材料", "……"])}, sender="slj@163.com",
               name="建昌县水利局")
    m = place(builtin, raw, dt.datetime(2023, 5, 9, 15, 20, tzinfo=SH), sent_interview)
    assert (m.state, m.unit, m.requirements) == ("filed", "县水利局", ["interview"]), m.reason
    m = place(builtin, raw, dt.datetime(2023, 5, 12, 9, 0, tzinfo=SH), sent_interview)
    assert (m.state, m.requirements) == ("filed", ["summary"]), m.reason
