"""What held-out notices 1700–1719 showed the drafter missing in their deadlines (the share of branch h-fixn85b), on
notice texts written for these tests, each with a near miss that must not fire: a lunar date whose bracketed 公历 date
carries its weekday in brackets of its own (1702)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.timing.lunar import next_lunar
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府：", date: str = "2461年2月20日"):
    text = (f"关于开展2461年春季植树造林情况统计的通知\n{salutation}\n{body}\n邮箱：jclc_zslh@163.com\n"
            f"联系人：阚立峰  联系电话：0429-7713482\n\n建昌县绿化委员会办公室\n{date}\n")
    return draft_campaign(text, ROSTER)


def dues(d) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in d.requirements]


# ---------------------------------------------------------------- 1702: 农历二月初八（公历3月20日（星期二））前


def test_a_lunar_date_with_its_solar_date_and_weekday_in_nested_brackets_is_one_deadline_the_solar_date():
    d = draft("各乡镇于农历二月初十（公历3月22日（星期四））前报送植树造林统计表（Excel格式）。")
    assert dues(d) == [dt.datetime(2461, 3, 22, 23, 59, 59)]


def test_a_nested_bracket_with_no_solar_date_leaves_the_lunar_reading():
    """Near miss: the bracket says no calendar day (only a weekday in a bracket of its own): the lunar date is read."""
    d = draft("各乡镇于农历二月初十（植树节前后（星期四））前报送植树造林统计表（Excel格式）。")
    lunar = next_lunar(2, 10, dt.date(2461, 2, 20))
    assert dues(d) == [dt.datetime.combine(lunar, dt.time(23, 59, 59))]


# ---------------------------------------------------------------- 1704: 公示期为…至… 公示期满后2个工作日内


def test_a_period_said_full_counts_on_from_its_last_day():
    d = draft("一、各乡镇张榜公示造林补助名单，公示期为2月28日至3月4日。公示期满后3个工作日内，各乡镇将公示照片报送我办。")
    assert dues(d) == [dt.datetime(2461, 3, 9, 23, 59, 59)]  # 4日 a Friday: 7, 8, 9
    assert sorted(d.requirements[0].units) == TOWNS


def test_a_period_said_full_whose_days_are_not_given_reads_no_date():
    """Near miss: the 公示期 has no days in the notice: no deadline is made up for it."""
    d = draft("一、各乡镇张榜公示造林补助名单。公示期满后3个工作日内，各乡镇将公示照片报送我办。")
    assert dt.datetime(2461, 3, 9, 23, 59, 59) not in dues(d)


# ---------------------------------------------------------------- 1717: 轮换工作于…至…完成 … 轮换完成后3个工作日内


def test_work_said_done_within_days_counts_on_from_its_last_day():
    d = draft("二、苗木补植工作于3月7日至3月11日完成。补植完成后2个工作日内，各乡镇报送补植地块清单（Excel格式）。")
    assert dues(d) == [dt.datetime(2461, 3, 15, 23, 59, 59)]  # 11日 a Friday: 14, 15


def test_work_done_after_another_work_s_days_reads_no_date():
    """Near miss: the days given are the 补植's, the deadline counts from the 验收: no date is taken from the other."""
    d = draft("二、苗木补植工作于3月7日至3月11日完成。验收完成后2个工作日内，各乡镇报送补植地块清单（Excel格式）。")
    assert dt.datetime(2461, 3, 15, 23, 59, 59) not in dues(d)


# ---------------------------------------------------------------- 1704: 本次无需再报送比对情况 (a later let-off)


LET_OFF = ("一、县林草局、县自然资源局、县农业农村局分别将造林地块与国土调查图斑进行比对，于3月20日（星期五）前报送比对情况说明（Word版）。\n"
           "二、县农业农村局已于2月底前随耕地数据报送相关信息，本次无需再报送{what}。")


def test_a_later_let_off_naming_the_material_by_its_first_words_takes_the_unit_out():
    (r,) = draft(LET_OFF.format(what="比对情况"), "县林草局、县自然资源局、县农业农村局：").requirements
    assert sorted(r.units) == ["县林草局", "县自然资源局"]


def test_a_later_let_off_naming_another_material_takes_nobody_out():
    """Near miss: 自查情况 is no part of what the sentence asks: every bureau still sends."""
    (r,) = draft(LET_OFF.format(what="自查情况"), "县林草局、县自然资源局、县农业农村局：").requirements
    assert sorted(r.units) == ["县农业农村局", "县林草局", "县自然资源局"]


# ---------------------------------------------------------------- 1704: 将X与花名册进行比对，…报送比对情况说明


def test_the_thing_checked_against_is_not_sent():
    (r,) = draft("县林草局将造林地块数据与补助花名册进行比对，于3月20日（星期五）前报送比对情况说明（Word版）。",
                 "县林草局：").requirements
    assert r.title == "比对情况说明" and [p["title"] for p in r.parts] == ["比对情况说明"]


def test_a_roster_sent_with_the_report_is_sent():
    """Near miss: 花名册 joined to the report by 与 and sent with it (报送, no 比对): both are parts."""
    (r,) = draft("县林草局将补助花名册（Excel格式）与比对情况说明（Word版）于3月20日（星期五）前一并报送。",
                 "县林草局：").requirements
    assert len(r.parts) == 2


# ---------------------------------------------------------------- 1708: 补充通知, 开发区仍按原通知要求于3月13日前报送


MOVED = "一、各乡镇造林统计表（Excel格式）报送时间延至3月20日（星期五）前。开发区仍按原通知要求于3月13日（星期五）前报送{what}。"
ZONE_TOO = "各乡镇人民政府，八家子经济开发区管委会："


def test_a_date_kept_in_force_for_the_zone_sends_the_material_whose_date_was_moved():
    moved, kept = draft(MOVED.format(what=""), ZONE_TOO).requirements
    assert dues(draft(MOVED.format(what=""), ZONE_TOO)) == [dt.datetime(2461, 3, 20, 23, 59, 59),
                                                           dt.datetime(2461, 3, 13, 23, 59, 59)]
    assert sorted(moved.units) == TOWNS and kept.units == ["八家子经济开发区"]
    assert [p.get("formats", [""])[0] for p in kept.parts] == ["xlsx"]


def test_a_date_kept_in_force_with_a_material_of_its_own_sends_that_material():
    """Near miss: the kept sentence names its own report: that report (a Word document), not the moved sheet."""
    _, kept = draft(MOVED.format(what="造林工作总结（Word格式）"), ZONE_TOO).requirements
    assert kept.units == ["八家子经济开发区"] and [p.get("formats", [""])[0] for p in kept.parts] == ["docx"]


def test_the_earlier_notices_date_said_without_reng_is_no_requirement():
    """Near miss: 原通知要求…于3月13日前报送 without 仍 recalls the earlier notice: only the moved date is drafted."""
    d = draft("我办印发的原通知要求各乡镇、开发区于3月13日前报送造林统计表。一、各乡镇造林统计表（Excel格式）报送时间延至3月20日（星期五）前。",
              ZONE_TOO)
    assert dues(d) == [dt.datetime(2461, 3, 20, 23, 59, 59)]


def test_a_unit_still_sending_by_a_date_is_named():
    (r,) = draft("县住建局仍于3月27日（星期五）前报送城区绿化统计表（Excel格式）。", "县住建局、县林草局：").requirements
    assert r.units == ["县住建局"]


# ---------------------------------------------------------------- 1719: 二、培训计划。…分别报送…，时间同上


SAME_AS_ABOVE = ("一、各乡镇于3月20日（星期五）前报送造林统计表（Excel格式）。\n"
                 "二、苗木计划。{between}县林草局、县自然资源局分别报送苗木采购计划（Word版），时间同上。")


def test_time_said_as_above_past_an_items_heading_is_the_item_aboves_date():
    d = draft(SAME_AS_ABOVE.format(between=""), "各乡镇人民政府，县林草局、县自然资源局：")
    assert dues(d) == [dt.datetime(2461, 3, 20, 23, 59, 59)] * 2
    assert sorted(d.requirements[1].units) == ["县林草局", "县自然资源局"]


def test_time_said_as_above_after_a_sentence_of_work_reads_no_date():
    """Near miss: a whole sentence of work (no heading, no date) stands between: 同上 is not reached back past it."""
    d = draft(SAME_AS_ABOVE.format(between="县林草局、县自然资源局结合部门职能开展苗木供需调研，摸清本地苗源情况。"),
              "各乡镇人民政府，县林草局、县自然资源局：")
    assert dues(d) == [dt.datetime(2461, 3, 20, 23, 59, 59)]


def test_a_date_kept_in_force_naming_a_thing_after_its_verb_sends_that_thing_only():
    """Near miss: 仍于…前报送农村公路现状及规划图（PDF格式） names its own map after the verb (a word no material list knows):
    the moved sentence's sheet is not added to it."""
    _, kept = draft("一、各乡镇造林统计表（Excel格式）报送时间延至3月20日（星期五）前。\n"
                    "二、县交通局按原通知执行，仍于3月16日（星期一）前报送农村公路现状及规划图（PDF格式）。",
                    "各乡镇人民政府，县交通局：").requirements
    assert kept.units == ["县交通局"] and [p.get("formats", [""])[0] for p in kept.parts] == ["pdf"]
