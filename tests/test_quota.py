"""A campaign's 名额 (``quota``, docs/campaign-format.md): how many people each unit may nominate, by kind or by unit.

Until 2026-12 the router read the 名额 out of the campaign's kept notice text on every mail, so a campaign written by
hand had none and the clerk could neither see nor correct it. Now the drafter reads it into the draft, the file and the
dashboard form carry it, and the router holds a nomination over it for a person. On notices, campaign files and mails
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from route_helpers import SH, _docx, mail, place
from test_route_round55 import xlsx

from collector.campaign import CampaignError, campaign_from_dict
from collector.dashboard.campaign_form import data_from_form, form_from_data
from collector.drafting import draft_campaign
from collector.roster import builtin_roster

NOTICE = """建昌县总工会关于推荐2091年度“劳动模范”候选人的通知

各乡镇人民政府，县直有关单位：
    为做好2091年度劳动模范评选工作，现将有关事项通知如下。
    一、推荐名额。各镇推荐2名，各乡推荐1名；县直有关单位名额见附件。推荐人数不得超过分配名额。
    二、报送材料。请于2091年4月10日16时前将推荐表（Word，一人一表）和推荐汇总表（Excel）发送至jczgh2091@163.com。

建昌县总工会
2091年3月28日

附件
县直有关单位推荐名额分配表
序号\t单位\t名额
1\t县教育局\t2
2\t县卫健局\t1
"""


def drafted(text: str):
    return draft_campaign(text, builtin_roster())


def test_the_drafter_reads_the_quota_by_kind_and_by_the_table():
    draft = drafted(NOTICE)
    assert draft.quota == {"town": 2, "township": 1, "县教育局": 2, "县卫健局": 1}
    assert any("推荐名额" in line and "镇2名" in line for line in draft.unsettled)
    assert draft.to_dict()["quota"] == draft.quota


def test_a_count_to_send_is_no_quota():
    draft = drafted(NOTICE.replace("一、推荐名额。各镇推荐2名，各乡推荐1名；县直有关单位名额见附件。推荐人数不得超过分配名额。",
                                   "一、各乡镇报送1名联络员。").split("附件\n")[0])
    assert draft.quota == {} and "quota" not in draft.to_dict()


def campaign(quota=None, extra_parts=()):
    data = {"id": "lm", "title": "2091年度劳动模范推荐", "notice_date": "2091-03-28",
            "units": {"kinds": ["town", "township", "department"]}, "mailbox": {"addresses": ["jczgh2091@163.com"]},
            "requirements": [{"id": "tj", "title": "推荐表及汇总表", "due": "2091-04-10T16:00:00+08:00", "units": "all",
                              "hints": ["劳动模范", "推荐表"],
                              "parts": [{"id": "form", "title": "推荐表（Word，一人一表）", "kind": "document",
                                         "formats": ["docx"], "words": ["推荐表"]},
                                        {"id": "sum", "title": "推荐汇总表", "kind": "document", "formats": ["xlsx"],
                                         "words": ["推荐汇总表"]}, *extra_parts]}]}
    if quota is not None:
        data["quota"] = quota
    return campaign_from_dict(data, roster=builtin_roster())


def test_the_quota_is_by_name_before_kind_and_checked_on_load():
    c = campaign({"town": 2, "township": 1, "八家子镇": 3})
    assert (c.quota_of("八家子镇"), c.quota_of("建昌镇"), c.quota_of("巴什罕乡"), c.quota_of("县教育局")) == (3, 2, 1, None)
    with pytest.raises(CampaignError, match="neither a unit kind nor one of the campaign's units"):
        campaign({"village": 1})
    with pytest.raises(CampaignError, match="at least 1"):
        campaign({"town": 0})
    with pytest.raises(CampaignError, match="mapping"):
        campaign(2)


APRIL_8 = dt.datetime(2091, 4, 8, 10, 0, tzinfo=SH)


def two_nominees() -> bytes:
    files = {f"巴什罕乡劳动模范推荐表（{p}）.docx": _docx(["劳动模范推荐表", "姓名", p, "推荐单位", "巴什罕乡人民政府"])
             for p in ("邓航", "叶艳")}
    files["巴什罕乡劳动模范推荐汇总表.xlsx"] = xlsx([["推荐汇总表"], ["序号", "姓名"], [1, "邓航"], [2, "叶艳"]])
    return mail("巴什罕乡劳动模范推荐", "县总工会：\n推荐材料见附件。\n巴什罕乡党政办", files)


def test_a_hand_written_campaigns_quota_holds_a_nomination_over_it():
    over = place([campaign({"township": 1})], two_nominees(), APRIL_8)
    assert (over.state, over.unit) == ("needs_review", "巴什罕乡")
    assert "推荐2名，超过通知分配给该单位的名额1名" in over.reason
    within = place([campaign({"township": 2})], two_nominees(), APRIL_8)
    assert (within.state, within.unit) == ("filed", "巴什罕乡")
    unset = place([campaign()], two_nominees(), APRIL_8)
    assert unset.state == "filed"  # no quota in the file: nothing to hold a nomination against


def test_the_form_shows_the_quota_in_words_and_reads_it_back():
    units = [{"name": u.name, "kind": u.kind} for u in builtin_roster().units]
    data = {"id": "lm", "title": "劳动模范推荐", "units": {"kinds": ["town", "township", "department"]},
            "quota": {"town": 2, "township": 1, "县教育局": 2},
            "requirements": [{"id": "tj", "title": "推荐表", "due": "2091-04-10T16:00:00+08:00", "parts": []}]}
    form = form_from_data(data, units)
    assert form["quota"] == "镇2名、乡1名、县教育局2名"
    back, errors = data_from_form(form, units, set())
    assert errors == {} and back["quota"] == {"town": 2, "township": 1, "县教育局": 2}
    form["quota"] = "乡镇 1名；县教育局：3人"
    back, errors = data_from_form(form, units, set())
    assert errors == {} and back["quota"] == {"town": 1, "township": 1, "县教育局": 3}
    form["quota"] = "村2名"
    _, errors = data_from_form(form, units, set())
    assert "村" in errors["quota"]
    form["quota"] = ""
    back, errors = data_from_form(form, units, set())
    assert errors == {} and "quota" not in back


def test_two_forms_a_person_count_each_nominee_once():
    """推荐表 and 事迹材料 each one a person: two of each, two nominees, within a 名额 of 2."""
    c = campaign({"township": 2}, [{"id": "deeds", "title": "事迹材料（Word，一人一份）", "kind": "document",
                                    "formats": ["docx"], "words": ["事迹材料"]}])
    files = {f"巴什罕乡劳动模范{kind}（{p}）.docx": _docx([f"劳动模范{kind}", "姓名", p, "巴什罕乡人民政府"])
             for p in ("邓航", "叶艳") for kind in ("推荐表", "事迹材料")}
    m = place([c], mail("巴什罕乡劳动模范推荐", "县总工会：\n推荐材料见附件。\n巴什罕乡党政办", files), APRIL_8)
    assert (m.state, m.unit) == ("filed", "巴什罕乡"), m.reason
    three = dict(files, **{"巴什罕乡劳动模范推荐表（程伟）.docx": _docx(["劳动模范推荐表", "姓名", "程伟"])})
    held = place([c], mail("巴什罕乡劳动模范推荐", "推荐材料见附件。", three), APRIL_8)
    assert held.state == "needs_review" and "推荐3名" in held.reason
