"""Held-out mailbox 95: what it showed the collector missing, on mails and files written for these tests.

mixed95's: a town's or a bureau's subject naming the campaign's own topic after it (杨树湾子乡图书馆分馆建设情况,
教育局图书馆分馆建设情况报告): the 图书馆 runs on into the campaign's words (图书馆分馆), the matter the unit reports on,
no body off the roster sending; an off-roster body writing in its own name (县图书馆, a town's 卫生院) still goes to a
person."""

from __future__ import annotations

import datetime as dt

import pytest
from route_helpers import SH, _docx, held_out_campaigns, mail, place

YD = "2105-04-15-sxjcqmydtgjtsgfg"
MAY_2105 = dt.datetime(2105, 5, 6, 10, 0, tzinfo=SH)


def fenguan_mail(subject: str, unit: str, sign: str, body: str = "分馆建设情况报告和典型案例见附件。"):
    """A unit's 分馆 answer: the report and the case, each a Word file headed with the unit's name."""
    files = {f"{unit}图书馆分馆建设情况报告.docx": _docx([f"{unit}图书馆分馆建设情况报告", "一、基本情况",
                                                          "已建成分馆一处，藏书三千册。", sign, "2105年5月6日"]),
             f"{unit}阅读推广典型案例.docx": _docx([f"{unit}阅读推广典型案例", "“书香进万家”亲子共读活动。", sign])}
    raw = mail(subject, f"{body}\n\n{sign}", files, sender="fenguan2105@163.com")
    return place(held_out_campaigns("mixed95"), raw, MAY_2105)


@pytest.mark.parametrize(("subject", "unit", "sign"), [
    ("杨树湾子乡图书馆分馆建设情况", "杨树湾子乡", "杨树湾子乡党政办"),  # mixed95's 027
    ("教育局图书馆分馆建设情况报告及典型案例", "县教育局", "县教育局装备中心"),  # mixed95's 031
    ("石佛乡图书馆分馆建设情况报告", "石佛乡", "石佛乡人民政府"),
])
def test_a_units_name_before_the_campaigns_own_topic_is_no_body_off_the_roster(subject, unit, sign):
    m = fenguan_mail(subject, unit, sign)
    assert (m.state, m.unit, m.campaign, m.requirements) == ("filed", unit, YD, ["fenguan"]), m.reason


def test_an_off_roster_library_writing_in_its_own_name_is_still_held():
    """县图书馆分馆建设情况: the 县 opens a body's own name, which the topic's words do not cover."""
    m = fenguan_mail("县图书馆分馆建设情况", "石佛乡", "县图书馆")
    assert m.state == "needs_review" and "名册外单位“县图书馆”" in m.reason, m.reason


def test_a_body_off_the_roster_beside_the_unit_is_still_held():
    """杨树湾子乡卫生院全民阅读材料: a town's 卫生院 is a body of its own, no word of the campaign's."""
    m = fenguan_mail("杨树湾子乡卫生院图书馆分馆建设情况", "杨树湾子乡", "杨树湾子乡卫生院")
    assert m.state == "needs_review" and "名册外单位“卫生院”" in m.reason, m.reason


def test_the_campaigns_topic_word_alone_as_a_sender_is_still_held():
    """A sender named 图书馆 (its display name): no topic word runs on from it there, it is who sends."""
    files = {"石佛乡图书馆分馆建设情况报告.docx": _docx(["石佛乡图书馆分馆建设情况报告", "已建成分馆一处。", "石佛乡人民政府"])}
    raw = mail("石佛乡图书馆分馆建设情况报告", "报告见附件。", files, sender="tsg2105@163.com", name="建昌县图书馆")
    m = place(held_out_campaigns("mixed95"), raw, MAY_2105)
    assert m.state == "needs_review" and "名册外单位“建昌县图书馆”" in m.reason, m.reason


@pytest.mark.parametrize(("text", "name", "covered"), [
    ("|||||图书馆分馆建设情况", "图书馆", True),  # 图书馆分馆, a requirement's hint
    ("|||图书馆阅读推广典型案例", "图书馆", False),  # no word of the campaign runs on from this 图书馆
    ("县图书馆分馆建设情况", "县图书馆", False),  # the 县 opens a body's own name
    ("|||||卫生院全民阅读推广", "卫生院", False),
])
def test_the_campaigns_own_topic_covers_only_what_its_words_run_on_from(text, name, covered):
    from collector.match.units import the_campaigns_own_topic

    start = text.index(name)
    assert the_campaigns_own_topic(text, start, start + len(name), held_out_campaigns("mixed95")) is covered
