"""Held-out mailbox 70 (round 70): what it showed the collector missing, on a campaign and mails written for these tests
(a 2081 安全生产检查 of four departments, each owing a Word 工作总结).

An office whose full name, in the mail's own words, is a roster unit's name followed by its own (建昌县公安局交通警察大队,
县人社局就业服务中心, 建昌县自然资源局不动产登记中心) is part of that unit and sends for it, though its subject names only
the office (`交警大队…`) and it writes from an address of its own. A body naming the unit only as its superior, an office
of another level and a roster unit of its own whose name begins with the department's still go to a person."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from collector.campaign import campaign_from_dict
from collector.roster import Unit
from route_helpers import ROSTER, SH, _docx, mail, place

OCT_20 = dt.datetime(2081, 10, 20, 10, 0, tzinfo=SH)


def inspection(roster=ROSTER, units=("县公安局", "县交通局", "县人社局", "县自然资源局")):
    return campaign_from_dict({
        "id": "2081-10-08-aqjc", "title": "2081年秋季安全生产检查", "notice_date": "2081-10-08",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["安全生产检查"]},
        "units": list(units),
        "requirements": [{"id": "zj", "title": "安全生产检查工作总结", "due": "2081-10-31T17:00:00+08:00",
                          "hints": ["安全生产检查工作总结", "检查工作总结"],
                          "parts": [{"id": "doc", "title": "安全生产检查工作总结（Word）", "kind": "document",
                                     "formats": ["docx", "doc"], "words": ["检查工作总结"]}]}],
    }, roster=roster)


def summary(subject: str, sign: str, words: str = "我单位安全生产检查工作总结见附件。", campaign=None):
    """A Word 工作总结 headed and signed ``sign``, from an address no unit has used."""
    doc = _docx([f"{sign}安全生产检查工作总结", "一、检查开展情况。共检查单位23家，发现隐患9处，已整改7处。", sign, "2081年10月"])
    raw = mail(subject, f"县安委办：\n{words}\n{sign}", {"安全生产检查工作总结.docx": doc}, sender="aqjc2081@sina.com")
    return place([campaign or inspection()], raw, OCT_20)


def with_institution(name: str, official: str, aliases: list[str]):
    """The county roster with one more unit of its own, a 直属机构 whose official name begins with a department's."""
    return dataclasses.replace(ROSTER, units=[*ROSTER.units, Unit(name, "institution", official, aliases)])


# ---------------------------------------------------------------- an office named in full after its unit


@pytest.mark.parametrize(("subject", "sign", "unit"), [
    ("交警大队安全生产检查工作总结", "建昌县公安局交通警察大队", "县公安局"),  # 交警大队 shortens the office's name
    ("就业服务中心安全生产检查工作总结", "县人社局就业服务中心", "县人社局"),
    ("不动产登记中心安全生产检查工作总结", "建昌县自然资源局不动产登记中心", "县自然资源局"),
])
def test_an_office_named_in_full_after_its_unit_sends_for_the_unit(subject, sign, unit):
    m = summary(subject, sign)
    assert (m.state, m.unit, m.requirements) == ("filed", unit, ["zj"]), m.reason


def test_an_office_signing_with_its_units_name_need_not_say_it_sends_for_it():
    """The 大队 names the 局 apart too (按县公安局要求): its own name still carries the 局's."""
    m = summary("交警大队安全生产检查工作总结", "建昌县公安局交警大队", "按县公安局要求，现将我大队检查工作总结报送。")
    assert (m.state, m.unit) == ("filed", "县公安局"), m.reason


# ---------------------------------------------------------------- near misses: still for a person


@pytest.mark.parametrize("sign", ["县交通局主管的建昌县道路运输服务中心", "县交通局下属建昌县道路运输服务中心"])
def test_a_body_naming_the_unit_as_its_superior_is_still_held(sign):
    m = summary("道路运输服务中心安全生产检查工作总结", sign)
    assert m.state == "needs_review" and "名册外单位“道路运输服务中心”" in m.reason


def test_an_office_written_after_a_word_of_its_superior_is_no_office_of_the_unit():
    m = summary("运输站安全生产检查工作总结", "县交通局下属运输站")
    assert m.state == "needs_review" and "名册外单位“运输站”" in m.reason


def test_an_office_of_another_level_is_still_held():
    m = summary("交警支队安全生产检查工作总结", "葫芦岛市公安局交通警察支队", "现将建昌县公安局辖区检查工作总结报送。")
    assert m.state == "needs_review" and "名册外单位“交警支队”" in m.reason


def test_an_office_not_writing_its_units_name_is_still_held():
    m = summary("交警大队安全生产检查工作总结", "建昌县交通警察大队", "按县公安局要求，现将我大队检查工作总结报送。")
    assert m.state == "needs_review" and "交警大队" in m.reason


@pytest.mark.parametrize(("official", "headline", "sign"), [
    ("建昌县公安局交通警察大队", "交警大队", "建昌县公安局交通警察大队"),  # a name of the roster's unit
    ("建昌县公安局交通警察大队", "交通警察大队", "建昌县公安局交通警察大队"),  # the roster unit's name written in full
    ("建昌县交通警察大队", "交警大队", "建昌县公安局交警大队"),  # the roster's own 交警大队, whatever the sign-off prefixes
])
def test_a_roster_unit_of_its_own_is_no_office_of_the_department(official, headline, sign):
    roster = with_institution("县交警大队", official, [])
    m = summary(f"{headline}安全生产检查工作总结", sign, campaign=inspection(roster))
    assert m.state == "needs_review", m.reason
    assert "县交警大队（名册中有，但不在各项活动的报送单位中）" in m.reason or f"名册外单位“{headline}”" in m.reason


def test_such_a_unit_owing_the_material_itself_sends_its_own():
    roster = with_institution("县交警大队", "建昌县公安局交通警察大队", ["交警大队"])
    campaign = inspection(roster, units=("县公安局", "县交通局", "县交警大队"))
    m = summary("交警大队安全生产检查工作总结", "建昌县公安局交通警察大队", campaign=campaign)
    assert (m.state, m.unit) == ("filed", "县交警大队"), m.reason
