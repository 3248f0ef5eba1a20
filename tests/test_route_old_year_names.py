"""Last year's year in the names, this year's in the content (held-out mailbox 84).

A unit reuses last year's mail: “2096年” in the subject and the file name, while its body and the report's own text
speak of 2097 and the mail comes inside the 2097 campaign's window. The content's year outweighs the names
(match/other_matter.py, `content_outweighs_old_names`). Near misses, still held as last year's material: the
report's own text says the old year (or the old year beside the new), neither the text nor the body says a year,
the names carry a later year, the mail comes after the window.
"""

from __future__ import annotations

import datetime as dt

from route_helpers import SH, _docx, mail, one_table_campaign, place

from collector.campaign import Campaign

HEALTH = "2097-05-06-ggwsgz"
MAY_15 = dt.datetime(2097, 5, 15, 9, 50, tzinfo=SH)
NAME = "县民政局2096年公共卫生工作情况报告"


def health_report() -> Campaign:
    return one_table_campaign(HEALTH, "2097年公共卫生工作情况报告", "2097-05-06", "公共卫生工作", ["县民政局", "县司法局"],
                              "2097-05-20T17:00:00+08:00", ["公共卫生工作情况报告", "情况报告"],
                              formats=("docx", "doc", "wps"))


def report_mail(lines: list[str], body: str = "2097年公共卫生工作情况报告见附件。", name: str = NAME) -> bytes:
    files = {f"{name}.docx": _docx(["建昌县民政局公共卫生工作情况报告", *lines, "县民政局"])}
    return mail(name, f"县政府办公室：\n{body}\n\n县民政局办公室", files, sender="mzj_bgs@163.com")


THIS_YEARS = ["2097年以来，我局组织干部职工开展爱国卫生运动三次。"]


def test_this_years_content_outweighs_last_years_names():
    m = place([health_report()], report_mail(THIS_YEARS), MAY_15)
    assert (m.state, m.campaign, m.unit) == ("filed", HEALTH, "县民政局"), m.reason


def test_the_body_alone_saying_this_year_is_enough():
    m = place([health_report()], report_mail(["今年以来，我局组织干部职工开展爱国卫生运动三次。"]), MAY_15)
    assert (m.state, m.campaign) == ("filed", HEALTH), m.reason


def test_content_saying_the_old_year_is_still_held():
    m = place([health_report()], report_mail(["2096年，我局组织干部职工开展爱国卫生运动三次。"], body="报告见附件。"),
              MAY_15)
    assert m.state == "needs_review" and "2096年" in m.reason, (m.state, m.reason)


def test_content_saying_both_years_is_still_held():
    lines = ["2096年，我局组织干部职工开展爱国卫生运动三次。", "2097年，我局将继续推进卫生创建。"]
    m = place([health_report()], report_mail(lines), MAY_15)
    assert m.state == "needs_review" and "2096年" in m.reason, (m.state, m.reason)


def test_content_saying_no_year_is_still_held():
    m = place([health_report()], report_mail(["今年以来，我局组织干部职工开展爱国卫生运动三次。"], body="报告见附件。"),
              MAY_15)
    assert m.state == "needs_review" and "2096年" in m.reason, (m.state, m.reason)


def test_names_of_a_later_year_are_still_held():
    m = place([health_report()], report_mail(THIS_YEARS, name="县民政局2098年公共卫生工作情况报告"), MAY_15)
    assert m.state == "needs_review" and "2098年" in m.reason, (m.state, m.reason)


def test_a_mail_after_the_window_is_still_held():
    m = place([health_report()], report_mail(THIS_YEARS), dt.datetime(2097, 5, 23, 9, 0, tzinfo=SH))
    assert m.state == "needs_review" and m.campaign is None, (m.state, m.reason)
