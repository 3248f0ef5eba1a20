"""Photos alone, their subject naming the campaign they are for (held-out mailbox 84).

A department sends two more photos after its complete mail, under “审计局节约型机关自查照片补充”. The bare 照片 is
also the word of the built-in 5·15 campaign's 记录照片, a campaign the department owes nothing in; the subject names,
by its own words, the one campaign the department is on that asks it for photos. The photos are that campaign's
(match/campaigns.py, `_photos_for_the_campaign_its_subject_names`). Near misses: photos under a subject naming no
campaign from a unit that owes photos in two campaigns stay held; a 5·15 unit's photos still go to 5·15; a subject
naming the campaign it owes nothing in too decides nothing.
"""

from __future__ import annotations

import datetime as dt

from route_helpers import PNG, ROSTER, SH, mail, place

from collector.campaign import Campaign, campaign_from_dict, load_campaign

THRIFT = "2097-04-06-jyxjgzc"
GREENING = "2097-04-08-zsjhd"
APR_16 = dt.datetime(2097, 4, 16, 15, 30, tzinfo=SH)
TWO_PHOTOS = {"办公区1.png": PNG, "办公区2.png": PNG}


def thrift_check() -> Campaign:
    """Departments' 自查: a Word report and photos of the posted signs (the requirement's words never a bare 照片)."""
    return campaign_from_dict({
        "id": THRIFT, "title": "2097年节约型机关创建自查", "notice_date": "2097-04-06",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["节约型机关创建自查", "节约型机关自查"]},
        "units": ["县审计局", "县统计局", "八家子经济开发区"],
        "requirements": [{"id": "check", "title": "节约型机关创建自查报告和节约标识张贴照片",
                          "due": "2097-04-20T12:00:00+08:00", "hints": ["节约型机关创建自查报告", "张贴照片"],
                          "parts": [{"id": "doc", "title": "节约型机关创建自查报告", "kind": "document",
                                     "formats": ["docx"], "words": ["自查报告"]},
                                    {"id": "photos", "title": "节约标识张贴照片", "kind": "photo", "min_count": 2}]}],
    }, roster=ROSTER)


def greening_day(photo_word: str = "植树照片") -> Campaign:
    """The zone's and a town's 植树 activity: a summary and photos, named by ``photo_word``."""
    return campaign_from_dict({
        "id": GREENING, "title": "2097年义务植树活动", "notice_date": "2097-04-08",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["义务植树"]},
        "units": ["八家子经济开发区", "建昌镇"],
        "requirements": [{"id": "trees", "title": "义务植树活动总结及照片", "due": "2097-04-22T17:00:00+08:00",
                          "hints": ["植树活动总结", photo_word],
                          "parts": [{"id": "summary", "title": "义务植树活动总结", "kind": "document",
                                     "formats": ["docx"], "words": ["植树活动总结"]},
                                    {"id": "photos", "title": "活动照片", "kind": "photo", "min_count": 2}]}],
    }, roster=ROSTER)


def builtin_515() -> Campaign:
    return load_campaign(None, roster=ROSTER)


def photos_mail(subject: str, unit: str, sender: str) -> bytes:
    return mail(subject, f"再补充两张照片。\n\n{unit}办公室", TWO_PHOTOS, sender=sender)


def test_photos_go_to_the_campaign_their_subject_names_not_to_one_the_unit_owes_nothing_in():
    m = place([builtin_515(), thrift_check()], photos_mail("审计局节约型机关自查照片补充", "审计局", "sjj_bgs@163.com"),
              APR_16)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", THRIFT, "县审计局", ["check"]), m.reason


def test_an_open_campaign_the_unit_owes_nothing_in_weighs_against_its_bare_photos_word_too():
    """The other campaign open at the time, the bare 照片 among its words, the department not on it."""
    m = place([thrift_check(), greening_day("照片")], photos_mail("统计局节约型机关自查照片", "统计局", "tjj_bgs@163.com"),
              APR_16)
    assert (m.state, m.campaign, m.unit) == ("filed", THRIFT, "县统计局"), m.reason


def test_photos_under_a_subject_naming_no_campaign_from_a_unit_owing_photos_in_two_stay_held():
    m = place([builtin_515(), thrift_check(), greening_day()],
              photos_mail("开发区照片补充", "八家子经济开发区", "kfq_bgs@163.com"), APR_16)
    assert m.state == "needs_review" and m.campaign is None, (m.state, m.campaign, m.reason)


def test_a_subject_naming_the_campaign_the_unit_owes_nothing_in_too_stays_held():
    m = place([builtin_515(), thrift_check()],
              photos_mail("审计局节约型机关自查及政务公开日照片", "审计局", "sjj_bgs@163.com"), APR_16)
    assert m.state == "needs_review" and m.campaign is None, (m.state, m.campaign, m.reason)


def test_a_515_units_photos_still_go_to_515():
    m = place([builtin_515(), thrift_check()], photos_mail("民政局活动照片", "民政局", "mzj_bgs@163.com"),
              dt.datetime(2023, 5, 16, 10, 0, tzinfo=SH))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", "jianchang-515-2023", "县民政局", ["summary"]), \
        m.reason
