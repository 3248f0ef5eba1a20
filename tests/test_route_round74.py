"""Held-out mailbox 74 (round 74): what it showed the collector missing, on campaigns and mails written for these tests
(a 2084 困难职工摸底 of the 县总工会, owing one Excel 摸底表 from named departments).

A department's table titled with its own sector (教育系统困难职工摸底表, 全县卫健行业…) is the campaign's material: the
sector is the department's scope (the 教育局 sums its schools), not another matter. The sector of a unit the campaign
does not address, the city's sector (全市教育系统), and another matter's words after the sector, are read as before.
"""

from __future__ import annotations

import datetime as dt

from route_helpers import SH, mail, one_table_campaign, place

from collector.campaign import Campaign

HARD = "2084-04-10-knzgjt"
APR_25 = dt.datetime(2084, 4, 25, 10, 5, tzinfo=SH)


def hardship(units=("县教育局", "县卫健局", "县交通局")) -> Campaign:
    return one_table_campaign(HARD, "2084年度困难职工家庭摸底建档", "2084-04-10", "困难职工摸底", list(units),
                              "2084-04-26T17:00:00+08:00", ["困难职工家庭情况摸底表", "摸底表", "困难职工"])


def table_mail(subject: str, body: str = "摸底表见附件。") -> bytes:
    return mail(subject, f"{body}\n\n县教育局工会", {f"{subject}.xlsx": b"PK\x03\x04 not a real workbook"},
                sender="jyj_gh@163.com")


def test_a_bureaus_table_titled_with_its_sector_is_filed():
    m = place([hardship()], table_mail("教育系统困难职工家庭情况摸底表"), APR_25)
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", HARD, "县教育局", ["2084"]), m.reason


def test_other_words_for_the_sector():
    """全县…行业, and the 卫健局 under its long name's core (卫生健康)."""
    for subject in ("全县卫健行业困难职工家庭情况摸底表", "卫生健康系统困难职工家庭情况摸底表", "全县教育系统困难职工摸底表"):
        m = place([hardship()], table_mail(subject), APR_25)
        assert m.state == "filed" and m.campaign == HARD, (subject, m.reason)


def test_the_sector_of_a_unit_not_addressed_is_still_another_matter():
    """公安 is no unit of this campaign: 公安系统 before the table names a matter the campaign never speaks of."""
    m = place([hardship(("县教育局", "县交通局"))], table_mail("公安系统困难职工家庭情况摸底表"), APR_25)
    assert m.state == "needs_review" and "公安系统" in m.reason, (m.state, m.reason)


def test_another_matter_after_the_sector_is_still_another_matter():
    """教育系统 stripped leaves 安全生产执法培训 before 摸底表: a topic of its own."""
    m = place([hardship()], table_mail("教育系统安全生产执法培训摸底表"), APR_25)
    assert m.state == "needs_review" and "安全生产执法培训" in m.reason, (m.state, m.reason)


def test_the_citys_sector_is_another_level_of_matter():
    """全市教育系统: the city's sector, a table for the 市教育局, not the county's (mixed4's 全市教育系统…会议回执)."""
    m = place([hardship()], table_mail("全市教育系统困难职工家庭情况摸底表"), APR_25)
    assert m.state == "needs_review" and "全市教育系统" in m.reason, (m.state, m.reason)
