"""A 推荐 (nomination) campaign's mails, written for these tests: the nominee's 事迹材料 says where the
person works (现任…), files are named for the person (邓航推荐表), a 事迹材料 speaks of 乡镇 work. The
misses of the twenty-second held-out mailbox (tests/fixtures/mixed22), each with its pair."""

from __future__ import annotations

import datetime as dt

import pytest
from route_helpers import PNG, ROSTER, SH, _docx, mail, place

from collector.campaign import campaign_from_dict
from collector.match import unknown_units
from collector.match.other_matter import people_named
from collector.parsers import parse_message

NOMINATION = {
    "id": "xjgr-2030", "title": "2029年度全县农业技术推广先进个人", "notice_date": "2030-02-20",
    "mailbox": {"subject_hints": ["先进个人", "推荐材料"]}, "units": {"kinds": ["town", "township"]},
    "requirements": [{"id": "nominee", "title": "先进个人推荐材料", "due": "2030-03-06T17:00:00+08:00",
                      "hints": ["推荐材料", "推荐表", "事迹材料"],
                      "parts": [{"id": "form", "title": "推荐表", "kind": "document", "formats": ["pdf"], "words": ["推荐表"]},
                                {"id": "story", "title": "事迹材料", "kind": "document", "formats": ["docx"],
                                 "words": ["事迹材料"]},
                                {"id": "photo", "title": "2寸证件照", "kind": "photo"}]}],
}
MARCH = dt.datetime(2030, 3, 2, 10, 15, tzinfo=SH)


@pytest.fixture(scope="module")
def campaigns():
    return [campaign_from_dict(NOMINATION, roster=ROSTER)]


def story(name: str, first_line: str) -> bytes:
    return _docx([f"{name}同志先进事迹材料", first_line, "该同志牵头完成乡镇农技服务站标准化建设，推广玉米密植技术两万亩。"])


def test_the_unit_a_nominee_holds_a_post_in_is_the_sender(campaigns):
    """A new personal address, a subject with only the person's name: the 事迹材料's opening
    sentence (邓航，现任石佛乡人民政府农业服务中心主任) says whose nomination it is."""
    raw = mail("关于推荐邓航同志的材料", "推荐材料见附件，请审阅。", {
        "邓航推荐表.pdf": b"%PDF-1.4\n%%EOF\n",
        "邓航同志先进事迹材料.docx": story("邓航", "邓航，男，1986年出生，现任石佛乡人民政府农业服务中心主任。"),
        "邓航.png": PNG}, sender="dh1986@139.com")
    m = place(campaigns, raw, MARCH)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "xjgr-2030", "石佛乡", ["nominee"]), m.reason
    # the county written before the town (现任建昌县石佛乡…) is the same post
    raw = mail("关于推荐邓航同志的材料", "推荐材料见附件，请审阅。", {
        "邓航同志先进事迹材料.docx": story("邓航", "邓航，现任建昌县石佛乡人民政府农业服务中心主任。"), "邓航.png": PNG},
        sender="dh1986@139.com")
    assert (place(campaigns, raw, MARCH).unit) == "石佛乡"
    # the same mail whose story names the town only in passing: no one to file it under
    raw = mail("关于推荐邓航同志的材料", "推荐材料见附件，请审阅。", {
        "邓航同志先进事迹材料.docx": story("邓航", "邓航同志长期扎根基层，曾多次到石佛乡指导春耕。")},
        sender="dh1986@139.com")
    assert place(campaigns, raw, MARCH).state == "needs_review"


def test_township_and_town_work_is_no_unit_name():
    """牵头完成乡镇农技服务站…: 乡镇 is the towns and townships, not a unit (牵头完成乡, …乡镇, …乡镇农技服务站)."""
    raw = mail("事迹材料", "见附件。", {"事迹材料.docx": story("廖新", "廖新，现任巴什罕乡人民政府党政办主任。")})
    assert unknown_units(parse_message(raw), [campaign_from_dict(NOMINATION, roster=ROSTER)]) == []


def test_a_form_named_for_its_person_is_the_campaigns_form(campaigns):
    raw = mail("石佛乡先进个人推荐材料", "请查收。\n石佛乡人民政府", {
        "邓航推荐表.pdf": b"%PDF-1.4\n%%EOF\n",
        "叶艳同志先进事迹材料.docx": story("叶艳", "叶艳，女，现任石佛乡人民政府农业服务中心副主任。")})
    m = place(campaigns, raw, MARCH)
    assert (m.state, m.unit, m.requirements) == ("filed", "石佛乡", ["nominee"]), m.reason
    assert set(people_named(parse_message(raw))) == {"叶艳", "同志"}
    # another matter's 推荐表 (a word the campaign never uses before it) still goes to a person
    raw = mail("石佛乡推荐表", "请查收。\n石佛乡人民政府", {"全市优秀共青团干部推荐表.pdf": b"%PDF-1.4\n%%EOF\n"})
    m = place(campaigns, raw, MARCH)
    assert (m.state, m.unit) == ("needs_review", "石佛乡"), m.reason
