"""Held-out mailbox 63 (round 60b): what it showed the collector missing, on notices, campaigns and mails written for
these tests.

A 推荐 notice may give each unit a 名额 of several kinds in one clause (`各镇推荐先进集体1个、先进个人1名`): the unit's
名额 is the counts added, and `县直有关部门各推荐先进个人1名` sets the county units' own. A mail counting what it
nominates kind by kind (`我镇推荐先进集体1个（…）、先进个人2名（…、…）`) nominates the counts added, and goes to a person
when that is over its unit's 名额."""

from __future__ import annotations

import datetime as dt

from route_helpers import SH, _docx, mail, place
from test_quota import drafted

from collector.campaign import campaign_from_dict
from collector.roster import builtin_roster

# ---------------------------------------------------------------- the drafter reads the 名额 clause

NOTICE = """建昌县安全生产委员会办公室
关于推荐2091年度全县安全生产工作先进集体和先进个人的通知

各乡镇人民政府，县直各单位：
    为表彰先进，现开展2091年度全县安全生产工作先进集体和先进个人推荐工作，有关事项通知如下。
    一、推荐名额。各镇推荐先进集体2个、先进个人1名；各乡推荐先进个人一名；县直有关单位各推荐先进个人1名。不得突破名额。
    二、报送材料。请于2091年11月20日17时前将推荐表（Word，每个推荐对象一份）和推荐汇总表发送至jcaqw2091@163.com。

建昌县安全生产委员会办公室
2091年11月6日
"""


def test_a_quota_clause_of_several_kinds_adds_them_up():
    draft = drafted(NOTICE)
    assert draft.quota == {"town": 3, "township": 1, "department": 1, "institution": 1}
    assert any("镇3名" in line and "县政府部门1名" in line for line in draft.unsettled)


def test_the_plain_quota_by_kind_is_read_as_before():
    draft = drafted(NOTICE.replace("各镇推荐先进集体2个、先进个人1名；各乡推荐先进个人一名；县直有关单位各推荐先进个人1名。",
                                   "各乡镇推荐2名。"))
    assert draft.quota == {"town": 2, "township": 2}


def test_counts_of_several_kinds_to_send_without_a_quota_are_none():
    draft = drafted(NOTICE.replace("一、推荐名额。各镇推荐先进集体2个、先进个人1名；各乡推荐先进个人一名；县直有关单位各推荐先进个人1名。"
                                   "不得突破名额。", "一、各乡镇推选联络员1名、信息员1名。"))
    assert draft.quota == {}


# ---------------------------------------------------------------- the router counts a mail's list of kinds

NOV_12 = dt.datetime(2091, 11, 12, 10, 0, tzinfo=SH)


def campaign():
    return campaign_from_dict({
        "id": "aq", "title": "2091年度全县安全生产工作先进集体和先进个人", "notice_date": "2091-11-06",
        "units": {"kinds": ["town", "township"]}, "mailbox": {"addresses": ["jcaqw2091@163.com"],
                                                            "subject_hints": ["安全生产先进"]},
        "quota": {"town": 2, "township": 1},
        "requirements": [{"id": "tj", "title": "推荐表及推荐汇总表", "due": "2091-11-20T17:00:00+08:00", "units": "all",
                          "hints": ["推荐表", "推荐汇总表"],
                          "parts": [{"id": "form", "title": "推荐表（Word，每个推荐对象一份）", "kind": "document",
                                     "formats": ["docx"], "words": ["推荐表"]},
                                    {"id": "sum", "title": "推荐汇总表", "kind": "document", "formats": ["docx"],
                                     "words": ["推荐汇总表"]}]}]}, roster=builtin_roster())


def nomination(unit: str, said: str, nominees: list[str]) -> bytes:
    files = {f"{unit}安全生产先进推荐表（{who}）.docx": _docx(["推荐表", "推荐单位", unit, "名称或姓名", who])
             for who in nominees}
    files[f"{unit}安全生产先进推荐汇总表.docx"] = _docx(["推荐汇总表", "推荐单位（盖章）", unit, *nominees])
    return mail(f"{unit}安全生产先进推荐", f"县安委办：\n{said}推荐表和汇总表见附件。\n{unit}党政办", files,
                sender="bjzaqb2091@126.com")


def test_a_town_listing_more_than_its_quota_kind_by_kind_goes_to_a_person():
    raw = nomination("八家子镇", "我镇推荐先进集体1个（八家子镇安监站）、先进个人2名（刘洋、陈静），请县里统筹。",
                     ["八家子镇安监站", "刘洋", "陈静"])
    m = place([campaign()], raw, NOV_12)
    assert (m.state, m.unit) == ("needs_review", "八家子镇") and "推荐3名" in m.reason and "名额2名" in m.reason


def test_a_town_listing_its_quota_kind_by_kind_is_filed():
    raw = nomination("八家子镇", "我镇推荐先进集体1个（八家子镇安监站）、先进个人1名（刘洋）。", ["八家子镇安监站", "刘洋"])
    m = place([campaign()], raw, NOV_12)
    assert (m.state, m.unit, m.requirements) == ("filed", "八家子镇", ["tj"])


def test_a_count_split_by_sex_is_not_added_again():
    raw = nomination("建昌镇", "我镇推荐2名同志，其中男1名、女1名。", ["孙伟", "赵敏"])
    m = place([campaign()], raw, NOV_12)
    assert (m.state, m.unit) == ("filed", "建昌镇")
