"""A city's or a province's own form sent to the county's mailbox with a request to pass it up (mixed60's 18, on a
campaign and mails written for these tests): 辽宁省…报名表 with 请汇总后上报省厅, while the county collects 回执 for its own
training, goes to 待审核; the county's own 回执 with the same request, a city-titled form without it, and a campaign
that itself relays the city's matter are left alone."""

from __future__ import annotations

import datetime as dt

from route_helpers import SH, mail, one_table_campaign, place
from test_route_round55 import xlsx

WHEN = dt.datetime(2088, 6, 3, 10, 20, tzinfo=SH)
TOWNS = {"kinds": ["town", "township"]}


def county_training():
    return one_table_campaign("hz-2088-06-01", "2088年全县安全生产业务培训班", "2088-06-01", "安全生产培训",
                              TOWNS, "2088-06-08 16:00:00+08:00", ["参训人员回执", "回执"])


def city_relayed_training():
    return one_table_campaign("hz-2088-06-02", "关于参加全市安全生产执法培训班的通知", "2088-06-01", "安全生产培训",
                              TOWNS, "2088-06-08 16:00:00+08:00", ["参训人员回执", "回执"])


def receipt(title: str) -> bytes:
    return xlsx([[title], ["单位：", "谷杖子乡人民政府"], ["姓名", "职务", "手机"], ["于海波", "安监站站长", "13904291234"]])


def test_the_provinces_form_with_a_request_to_pass_it_up_is_held():
    raw = mail("谷杖子乡安全生产培训回执", "我乡参加省执法培训人员报名表见附件，请汇总后上报省厅。",
               {"谷杖子乡省培训报名表.xlsx": receipt("辽宁省2088年安全生产执法培训班报名表")}, name="谷杖子乡")
    m = place([county_training()], raw, WHEN)
    assert m.state == "needs_review" and m.campaign is None and "上级机关的材料" in m.reason


def test_the_countys_own_receipt_with_the_same_request_is_filed():
    raw = mail("谷杖子乡安全生产培训回执", "我乡参训人员回执见附件，请汇总报市应急局。",
               {"谷杖子乡培训回执.xlsx": receipt("2088年全县安全生产业务培训班参训人员回执")}, name="谷杖子乡")
    m = place([county_training()], raw, WHEN)
    assert (m.state, m.unit) == ("filed", "谷杖子乡")


def test_a_city_titled_form_without_a_request_to_pass_it_up_is_not_this_rules():
    raw = mail("谷杖子乡安全生产培训回执", "我乡参训人员回执见附件。",
               {"谷杖子乡培训回执.xlsx": receipt("葫芦岛市2088年安全生产执法培训班参训人员回执")}, name="谷杖子乡")
    assert "上级机关的材料" not in place([county_training()], raw, WHEN).reason


def test_a_campaign_relaying_the_citys_matter_is_not_this_rules():
    raw = mail("谷杖子乡安全生产培训回执", "我乡参训人员回执见附件，请汇总报市应急局。",
               {"谷杖子乡培训回执.xlsx": receipt("葫芦岛市2088年安全生产执法培训班参训人员回执")}, name="谷杖子乡")
    assert "上级机关的材料" not in place([city_relayed_training()], raw, WHEN).reason
