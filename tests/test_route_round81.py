"""Held-out mailbox 81 (round 81): what it showed the collector missing, on a campaign and mails written for these tests
(a 2091 国家安全教育日 summary, one Word 总结 from six departments).

A unit's first mail carries its 总结 twice, as 总结.docx and 总结（修改版）.docx, and says the 修改版 prevails: a choice
between two versions of one file in the same mail, not a new version of something sent before. A 修改版 of a file
the mail does not also carry still reads as a correction.
"""

from __future__ import annotations

import datetime as dt

from route_helpers import SH, _docx, mail, one_table_campaign, place

from collector.campaign import Campaign

SAFE = "2091-04-10-gjaqjyr"
APR_18 = dt.datetime(2091, 4, 18, 16, 20, tzinfo=SH)
SUMMARY = "民政局国家安全教育日宣传活动总结"


def safety_day() -> Campaign:
    return one_table_campaign(SAFE, "2091年全民国家安全教育日宣传活动总结", "2091-04-10", "国家安全教育日",
                              ["县民政局", "县司法局"], "2091-04-20T17:00:00+08:00", ["国家安全教育日宣传活动总结", "总结"],
                              formats=("docx", "doc", "wps"))


def summary_mail(names: list[str], body: str = "总结见附件。附件里两个文件，以“修改版”为准，第一个是原稿忘删了。") -> bytes:
    files = {name: _docx(["建昌县民政局国家安全教育日宣传活动总结", "四月十五日，我局组织干部职工学习国家安全法。"]) for name in names}
    return mail("民政局国家安全教育日总结", f"{body}\n\n县民政局办公室", files, sender="mzj_bgs@163.com")


def test_a_file_and_its_revision_in_one_mail_are_no_correction():
    for mark in ("（修改版）", "_修订稿"):
        m = place([safety_day()], summary_mail([f"{SUMMARY}.docx", f"{SUMMARY}{mark}.docx"]), APR_18)
        assert (m.state, m.campaign, m.unit) == ("filed", SAFE, "县民政局"), m.reason
        assert not m.is_correction, mark


def test_a_revision_alone_is_still_a_correction():
    m = place([safety_day()], summary_mail([f"{SUMMARY}（修改版）.docx"], "总结有误，以修改版为准。"), APR_18)
    assert m.state == "filed" and m.is_correction


def test_a_revision_of_another_file_than_the_one_beside_it_is_still_a_correction():
    """附件 and 另一份（修改版）: not the same file's two versions."""
    m = place([safety_day()], summary_mail([f"{SUMMARY}.docx", "民政局活动照片说明（修改版）.docx"], "以修改版为准。"), APR_18)
    assert m.state == "filed" and m.is_correction
