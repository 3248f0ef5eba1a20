"""What a mail carries beside its submission, and must not decide by: a former unit's signature,
a reference file of another year, a half-filled sample sent to ask how to fill it
(the misses of the eighteenth held-out mailbox, tests/fixtures/mixed18, on mails written for them).
Each test has its pair: the same mail without the aside, decided the other way."""

from __future__ import annotations

import datetime as dt

import pytest
from route_helpers import ROSTER, SH, _docx, mail, place
from test_route import ANNUAL, SURVEY

from collector.campaign import campaign_from_dict, load_campaign
JANUARY = dt.datetime(2024, 1, 15, 10, tzinfo=SH)
JUNE = dt.datetime(2023, 6, 20, 9, tzinfo=SH)
XLSX_SIGN = b"PK\x03\x04"


@pytest.fixture(scope="module")
def campaigns():
    return [load_campaign(None, roster=ROSTER)] + [campaign_from_dict(d, roster=ROSTER) for d in (ANNUAL, SURVEY)]


def _report(unit_line: str, sign: str, year: int | None = None) -> bytes:
    return _docx([f"{unit_line}{f'{year}年' if year else ''}政府信息公开工作年度报告", "一、总体情况。全年主动公开信息120条。", sign, "2024年1月12日"])


def test_a_signature_of_the_senders_former_unit_does_not_stand_against_the_documents(campaigns):
    body = "年度报告见附件，请查收。\n\n--\n张建国\n建昌县水利局办公室\n电话：0429-7712345"
    raw = mail("大屯镇2023年政务公开工作年度报告", body,
               {"大屯镇2023年政务公开工作年度报告.docx": _report("大屯镇", "大屯镇人民政府")})
    m = place(campaigns, raw, JANUARY)
    assert (m.state, m.campaign, m.unit) == ("filed", "annual-2023", "大屯镇"), m.reason
    # the subject alone against the signature: two units, for a person
    bare = mail("大屯镇年度报告", body, {"年度报告.docx": _docx(["2023年政府信息公开工作年度报告", "一、总体情况。"])})
    m = place(campaigns, bare, JANUARY)
    assert m.state == "needs_review" and "县水利局" in m.reason and "大屯镇" in m.reason, m.reason


def test_a_reference_file_of_another_year_says_nothing_of_the_materials_year(campaigns):
    report = {"县发改局政务公开工作年度报告.docx": _report("县发改局", "建昌县发展和改革局")}
    aside = {"关于表扬2022年度政务公开工作先进单位的通报.pdf": b"%PDF-1.4\n%%EOF\n"}
    raw = mail("县发改局政务公开年度报告", "年度报告见附件；另附市局表扬通报一份，供参考。\n县发改局", {**report, **aside})
    m = place(campaigns, raw, JANUARY)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "annual-2023", "县发改局", ["report"]), m.reason
    # the report itself named for 2022: last year's, for a person
    old = mail("县发改局政务公开年度报告", "年度报告见附件。\n县发改局",
               {"县发改局2022年政务公开工作年度报告.docx": _report("县发改局", "建昌县发展和改革局", 2022)})
    m = place(campaigns, old, JANUARY)
    assert m.state == "needs_review" and "2022" in m.reason, m.reason


def test_a_sample_sent_to_ask_how_to_fill_it_is_not_the_submission(campaigns):
    files = {"县财政局政务新媒体调查表（未完成）.xlsx": XLSX_SIGN}
    raw = mail("关于政务新媒体调查表填报的问题",
               "表里“粉丝数”一栏，已停更的账号还填不填？附件是我局填了一半的调查表，麻烦看一下填法对不对，确认后再正式报送。\n县财政局",
               files)
    m = place(campaigns, raw, JUNE)
    assert (m.state, m.unit) == ("needs_review", "县财政局") and "还不是正式报送" in m.reason, m.reason
    # a submission that asks something on the side is still the submission
    asked = mail("县财政局政务新媒体调查表", "调查表见附件，请查收。请问还需要报送纸质版吗？\n县财政局",
                 {"县财政局政务新媒体调查表.xlsx": XLSX_SIGN})
    m = place(campaigns, asked, JUNE)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "survey-2023", "县财政局", ["form"]), m.reason


@pytest.mark.parametrize("words", ["等您答复后再正式上报", "待县里明确后再正式报送", "这不是正式报送稿"])
def test_other_ways_of_saying_the_files_are_not_the_submission_yet(campaigns, words):
    raw = mail("县财政局政务新媒体调查表", f"附件是调查表初稿，{words}。\n县财政局", {"县财政局政务新媒体调查表.xlsx": XLSX_SIGN})
    m = place(campaigns, raw, JUNE)
    assert (m.state, m.unit) == ("needs_review", "县财政局") and "还不是正式报送" in m.reason, m.reason
