"""Held-out mailbox 64 (round 61a): what it showed the collector missing, on mails and files written for these tests
(campaigns made here: a 安全生产排查 问卷 of every town and department, three questions answered in the body or in a
Word 问卷; a departments' 统计年报 table with a 更正 window after its deadline).

An office off the roster that says it sends for a unit (`交警大队代县公安局报送`, `（代县卫健局）`) sends the unit's
mail; a Word questionnaire sent back with every `答：` empty answers nothing and goes to a person; a correction that
comes after the requirement's ``corrections_until`` (更正截止) goes to a person, while one inside it, and a first
submission after it, are filed."""

from __future__ import annotations

import datetime as dt

import pytest

from collector.campaign import CampaignError, campaign_from_dict
from collector.match.blank_answers import is_blank_questionnaire
from route_helpers import ROSTER, SH, _docx, mail, place
from test_route_round55 import xlsx

PC, NB = "2081-03-02-aqscpcwj", "2081-02-20-tjnb"
MAR_6 = dt.datetime(2081, 3, 6, 10, 0, tzinfo=SH)
QUESTIONS = ["1.本年度开展安全生产检查次数", "2.排查发现隐患处数", "3.隐患整改负责人及联系电话"]


def survey():
    return campaign_from_dict({
        "id": PC, "title": "全县安全生产大排查问卷", "notice_date": "2081-03-02",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["安全生产排查问卷", "排查问卷"]},
        "units": {"kinds": ["town", "township", "department"]},
        "requirements": [{"id": "pc", "title": "安全生产大排查问卷（3题）", "due": "2081-03-12T17:00:00+08:00",
                          "hints": ["排查问卷", "安全生产排查"],
                          "parts": [{"id": "q1", "title": "检查次数", "kind": "field", "pattern": r"\d+\s*次"},
                                    {"id": "q2", "title": "隐患处数", "kind": "field", "pattern": r"\d+\s*处"},
                                    {"id": "q3", "title": "负责人电话", "kind": "field", "pattern": r"1[3-9]\d{9}"}]}],
    }, roster=ROSTER)


def yearbook(corrections_until: str | None = "2081-03-10T17:00:00+08:00"):
    req = {"id": "tjnb", "title": "2080年度统计年报表", "due": "2081-03-03T17:00:00+08:00", "hints": ["统计年报"],
           "parts": [{"id": "table", "title": "统计年报表（Excel）", "kind": "document", "formats": ["xlsx", "xls"],
                      "words": ["统计年报"]}]}
    if corrections_until:
        req["corrections_until"] = corrections_until
    return campaign_from_dict({
        "id": NB, "title": "2080年度统计年报", "notice_date": "2081-02-20",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["统计年报"]},
        "units": {"kinds": ["department"]}, "requirements": [req],
    }, roster=ROSTER)


def answers(times: int = 6) -> str:
    return f"1.本年度开展安全生产检查次数：{times}次\n2.排查发现隐患处数：3处\n3.隐患整改负责人及联系电话：高峰 13841912345"


# ---------------------------------------------------------------- an office sending for its unit


def test_an_office_off_the_roster_saying_it_sends_for_a_unit_sends_the_units_mail():
    raw = mail("交警大队代县公安局报送安全生产排查问卷",
               f"县政府办公室：\n受局指挥中心安排，现代县公安局报送排查问卷：\n{answers()}\n建昌县公安局交警大队（代县公安局）",
               sender="jcjj_dd@126.com")
    m = place([survey()], raw, MAR_6)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", PC, "县公安局", ["pc"])


def test_a_sign_off_in_brackets_saying_for_whom_is_enough():
    raw = mail("卫生监督所报送卫健局安全生产排查问卷", f"{answers(4)}\n建昌县卫生监督所（代县卫健局）", sender="wsjds2081@163.com")
    m = place([survey()], raw, MAR_6)
    assert (m.state, m.unit) == ("filed", "县卫健局")


def test_an_office_off_the_roster_naming_the_unit_without_sending_for_it_is_still_held():
    # signed 建昌县公安局交警大队, its full name carrying the 局's, it is the 局's office and sends for it (round 70)
    raw = mail("城关派出所报送公安局安全生产排查问卷", f"县政府办公室：\n按县公安局要求，报送排查问卷：\n{answers()}\n城关派出所",
               sender="jcjj_dd@126.com")
    m = place([survey()], raw, MAR_6)
    assert m.state == "needs_review" and "名册外单位" in m.reason


# ---------------------------------------------------------------- a questionnaire sent back blank


def questionnaire(unit: str, filled: list[str] | None, under: bool = False) -> bytes:
    lines = ["全县安全生产大排查问卷", f"填报单位：{unit}"]
    for i, q in enumerate(QUESTIONS):
        answer = filled[i] if filled else ""
        lines += [q, "答：", answer] if under and answer else [q, f"答：{answer}"]
    return _docx(lines)


def test_a_word_questionnaire_with_every_answer_slot_empty_goes_to_a_person():
    raw = mail("杨树湾子乡安全生产排查问卷", "我乡问卷见附件。\n杨树湾子乡人民政府",
               {"杨树湾子乡安全生产大排查问卷.docx": questionnaire("杨树湾子乡人民政府", None)})
    m = place([survey()], raw, MAR_6)
    assert (m.state, m.unit) == ("needs_review", "杨树湾子乡") and "空白问卷" in m.reason and "表头" not in m.reason


def test_a_questionnaire_answered_on_the_lines_under_its_slots_is_filed():
    filled = ["5次", "2处", "刘洋 13904295678"]
    raw = mail("杨树湾子乡安全生产排查问卷", "我乡问卷见附件。\n杨树湾子乡人民政府",
               {"杨树湾子乡安全生产大排查问卷.docx": questionnaire("杨树湾子乡人民政府", filled, under=True)})
    m = place([survey()], raw, MAR_6)
    assert (m.state, m.unit, m.requirements) == ("filed", "杨树湾子乡", ["pc"])


def test_one_bare_answer_slot_in_a_letter_is_no_blank_form():
    assert is_blank_questionnaire("1.检查次数\n答：\n2.隐患处数\n答：")
    assert not is_blank_questionnaire("关于排查情况的说明\n答：\n经排查，共发现隐患3处。")
    assert not is_blank_questionnaire("1.检查次数\n答：\n2.隐患处数\n答：2处")


# ---------------------------------------------------------------- the 更正 window


def table(unit: str) -> bytes:
    return xlsx([["2080年度统计年报表"], ["填报单位：", unit], ["指标", "单位", "数量"], ["从业人员", "人", 215]])


def test_a_correction_after_the_correction_window_goes_to_a_person():
    raw = mail("县水利局统计年报（更正）", "前报统计年报表数据有误，现报送更正稿，以此为准。\n建昌县水利局",
               {"水利局统计年报表（更正）.xlsx": table("建昌县水利局")})
    m = place([yearbook()], raw, dt.datetime(2081, 3, 12, 9, 0, tzinfo=SH))
    assert (m.state, m.campaign, m.unit) == ("needs_review", NB, "县水利局") and "更正期" in m.reason


def test_a_correction_inside_the_window_is_filed_a_correction():
    raw = mail("县水利局统计年报（更正）", "前报统计年报表数据有误，现报送更正稿，以此为准。\n建昌县水利局",
               {"水利局统计年报表（更正）.xlsx": table("建昌县水利局")})
    m = place([yearbook()], raw, dt.datetime(2081, 3, 9, 9, 0, tzinfo=SH))
    assert (m.state, m.unit, m.requirements, m.is_correction) == ("filed", "县水利局", ["tjnb"], True)


def test_a_first_submission_after_the_window_is_only_late():
    raw = mail("县水利局统计年报", "报送我局2080年度统计年报表。\n建昌县水利局", {"水利局统计年报表.xlsx": table("建昌县水利局")})
    m = place([yearbook()], raw, dt.datetime(2081, 3, 12, 9, 0, tzinfo=SH))
    assert (m.state, m.unit, m.is_correction) == ("filed", "县水利局", False)


def test_without_a_window_a_late_correction_is_filed():
    raw = mail("县水利局统计年报（更正）", "现报送更正稿，以此为准。\n建昌县水利局", {"水利局统计年报表（更正）.xlsx": table("建昌县水利局")})
    m = place([yearbook(None)], raw, dt.datetime(2081, 3, 12, 9, 0, tzinfo=SH))
    assert (m.state, m.is_correction) == ("filed", True)


def test_corrections_until_must_come_after_the_due():
    with pytest.raises(CampaignError, match="corrections_until"):
        yearbook("2081-03-01T17:00:00+08:00")
