"""Held-out mailbox 78 (round 78): what it showed the collector missing, on campaigns and mails written for these tests
(a 2088 文物安全检查 of the 县文物安全办, owing one Excel 统计表 from the towns).

A town's office sending for the town names itself in full in its words (玲珑塔镇综合文化站) and shortly in the subject
(文化站代报): the short name is the office without its qualifier, so the mail is the town's, as when the subject
writes the office in full. A short name that is not the end of the office's full name, or an office named after
another town, is still for a person to look at.
"""

from __future__ import annotations

import datetime as dt

from route_helpers import SH, mail, one_table_campaign, place

from collector.campaign import Campaign

RELIC = "2088-09-01-wwaqjc"
SEP_16 = dt.datetime(2088, 9, 16, 16, 5, tzinfo=SH)


def relic() -> Campaign:
    return one_table_campaign(RELIC, "2088年秋季文物安全专项检查", "2088-09-01", "文物安全检查", ["玲珑塔镇", "八家子镇", "大屯镇"],
                              "2088-09-29T17:00:00+08:00", ["文物安全专项检查情况统计表", "文物安全"])


def station_mail(subject: str, signed: str) -> bytes:
    return mail(subject, f"受镇政府委托，{signed}代报我镇文物安全专项检查情况统计表。\n\n{signed} 王丽",
                {"玲珑塔镇文物安全专项检查情况统计表.xlsx": b"PK\x03\x04 not a real workbook"}, sender="lltwhz17@163.com")


def test_an_office_named_without_its_qualifier_in_the_subject_is_the_towns():
    m = place([relic()], station_mail("文物安全检查材料（文化站代报）", "玲珑塔镇综合文化站"), SEP_16)
    assert (m.state, m.campaign, m.unit) == ("filed", RELIC, "玲珑塔镇"), m.reason


def test_the_office_in_full_in_the_subject_is_the_towns_too():
    m = place([relic()], station_mail("文物安全检查材料（综合文化站代报）", "玲珑塔镇综合文化站"), SEP_16)
    assert (m.state, m.campaign, m.unit) == ("filed", RELIC, "玲珑塔镇"), m.reason


def test_a_name_that_is_not_the_end_of_the_offices_is_for_a_person():
    """农业站 is not 综合文化站 shortened: another office, off the roster."""
    m = place([relic()], station_mail("文物安全检查材料（农业站代报）", "玲珑塔镇综合文化站"), SEP_16)
    assert m.state == "needs_review" and "农业站" in m.reason, (m.state, m.reason)
