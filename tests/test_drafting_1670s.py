"""What held-out notices 1660–1679 showed the drafter missing (the share of branch h-fixn83b), on notice texts written
for these tests, each with a near miss that must not fire: a deadline counted in working days from the end of a named
period (1662, 1670), a deadline label qualified before its colon (1679), items pointed back at by their section and
number (1663, 1672), a let-off by item number after 不再报送 (1663), the sentence above opening with another unit (1672),
the facts of a matter named at length with its Word bracket (1663, 1670, 1679)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.drafting.materials.others_matter import another_units_matter
from collector.drafting.senders.units import UnitResolver
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府，县教育局，县民政局："):
    text = (f"关于开展2453年农村危房改造核查工作的通知\n{salutation}\n{body}\n邮箱：jcwgb_hc@163.com\n"
            f"联系人：裴雪松  联系电话：0429-7718862\n\n建昌县农村危房改造办公室\n2453年3月2日\n")
    return draft_campaign(text, ROSTER)


def due(r) -> dt.datetime:
    return r.due.replace(tzinfo=None)


def shapes(r) -> list[str]:
    out = []
    for p in r.parts:
        formats = set(p.get("formats") or [])
        out.append(p["kind"] if p["kind"] == "photo" else "sheet" if "xlsx" in formats else "archive" if "zip" in formats
                   else "scan" if formats == {"pdf"} else "document")
    return sorted(out)


# ---------------------------------------------------------------- 1662, 1670: N个工作日 after a named period's end


PUBLICITY = ("一、各村评议后在村务公开栏公示，公示期为3月16日至3月20日。\n"
             "二、各乡镇在{which}结束后3个工作日内，将《危房改造对象名册》（Excel格式）发送至邮箱。")


def test_a_deadline_counted_from_the_end_of_a_named_period():
    (r,) = draft(PUBLICITY.format(which="公示期")).requirements  # 3月20日 a Friday: Mon, Tue, Wed
    assert due(r) == dt.datetime(2453, 3, 25, 23, 59, 59)
    assert sorted(r.units) == TOWNS


def test_a_period_whose_days_are_not_given_gives_no_date():
    """Near miss: 评议期 ends after 3 workdays, but the notice gives no days for it: nothing is counted."""
    assert not [r for r in draft(PUBLICITY.format(which="评议期")).requirements if r.due.month == 3 and r.due.day == 25]


SET_DAYS = ("为排查危房隐患，办公室定于3月9日至3月13日深入各乡镇开展集中入户核查。\n"
            "一、各乡镇于{which}全部结束后5个工作日内，将《核查情况统计表》（Excel格式）发送至邮箱。")


def test_a_deadline_counted_from_the_end_of_work_set_for_some_days():
    (r,) = draft(SET_DAYS.format(which="核查")).requirements  # 3月13日 a Friday: five workdays, the Friday after
    assert due(r) == dt.datetime(2453, 3, 20, 23, 59, 59)


def test_work_not_named_by_the_deadline_is_not_counted_from():
    """Near miss: the deadline counts from 整改, not the 核查 the days are set for."""
    assert not [r for r in draft(SET_DAYS.format(which="整改")).requirements if r.due.day == 20]


# ---------------------------------------------------------------- 1679: 截止时间以邮件送达时间为准：2453-03-20 16:00


def test_a_deadline_label_qualified_before_its_colon_reads_its_date():
    (r,) = draft("一、各乡镇将《危房改造对象名册》（Excel格式）报送至邮箱（截止时间以邮件送达时间为准：2453-03-20 16:00）。\n"
                 ).requirements
    assert due(r) == dt.datetime(2453, 3, 20, 16, 0)
    assert sorted(r.units) == TOWNS


def test_a_qualifier_with_no_date_after_it_reads_nothing():
    """Near miss: 截止时间以邮件送达时间为准 says no date; the one date is the 3月27日 written after it."""
    (r,) = draft("一、各乡镇于3月27日（星期五）前将《危房改造对象名册》（Excel格式）报送至邮箱，截止时间以邮件送达时间为准。\n"
                 ).requirements
    assert due(r) == dt.datetime(2453, 3, 27, 23, 59, 59)


# ---------------------------------------------------------------- 1663: 第二部分第（一）项材料, 不再报送第二部分第（二）项材料


BY_NUMBER = ("一、核查要求\n各乡镇对辖区农村住房逐户核查。\n二、报送材料\n（一）危房核查汇总表（Excel格式）；\n"
             "（二）危房现场照片（按村分文件夹，打包成压缩包报送）。\n三、报送时限\n"
             "（一）第二部分第（一）项材料，请各乡镇于3月20日（星期五）前报送。\n"
             "（二）第二部分第（{second}）项材料，请各乡镇于3月27日（星期五）下午5时前报送。\n"
             "四、其他\n雷家店乡、巴什罕乡已于2月随年度台账报送照片，不再报送第二部分第（二）项材料。")


def test_items_pointed_back_at_by_section_and_number_are_what_is_sent():
    table, photos = draft(BY_NUMBER.format(second="二")).requirements
    assert shapes(table) == ["sheet"] and shapes(photos) == ["archive"]
    assert sorted(table.units) == TOWNS
    assert sorted(photos.units) == sorted(set(TOWNS) - {"雷家店乡", "巴什罕乡"})


def test_an_item_the_section_has_not_is_left_as_written():
    """Near miss: 第（三）项 of a section listing two items: nothing is written out, the table is not sent twice."""
    drafted = draft(BY_NUMBER.format(second="三")).requirements
    assert shapes(drafted[0]) == ["sheet"]
    assert all(shapes(r) != ["sheet"] for r in drafted[1:])


# ---------------------------------------------------------------- 1672: 前述核查内容第（一）（二）项材料, 第二部分所述材料


HEADED = ("一、核查内容\n（一）填写《危房基本信息表》（Excel格式）；\n（二）拍摄危房现场照片，每户不少于2张。\n"
          "二、县民政局核对低保对象身份，核对报告加盖公章后扫描成PDF报送。\n三、报送时间\n"
          "各乡镇于3月20日（星期五）前将前述{head}第（一）（二）项材料报送；县民政局于3月27日（星期五）前报送第二部分所述材料。")


def test_items_pointed_back_at_by_their_sections_heading_and_a_section_said_whole():
    towns, civil = draft(HEADED.format(head="核查内容")).requirements
    assert shapes(towns) == ["photo", "sheet"]
    assert civil.units == ["县民政局"] and shapes(civil) == ["scan"]


def test_a_heading_the_notice_has_not_is_left_to_the_others():
    """Near miss: 前述整改内容 names no section: the towns' items are not written out from 核查内容."""
    towns, _ = draft(HEADED.format(head="整改内容")).requirements
    assert shapes(towns) != ["photo", "sheet"]


def test_the_sentence_above_opening_with_another_unit_tells_no_form_of_ours():
    resolver = UnitResolver(ROSTER)
    above = "二、县民政局核对低保对象身份，核对结果加盖公章后扫描成PDF报送"
    assert another_units_matter(above, TOWNS, resolver)
    assert not another_units_matter(above, ["县民政局"], resolver)  # near miss: its own unit's
    assert not another_units_matter("二、核对结果加盖公章后扫描成PDF报送", TOWNS, resolver)  # near miss: no unit opens it


# ---------------------------------------------------------------- 1663, 1670, 1679: X情况（Word格式）, long


def test_the_facts_of_a_matter_named_at_length_with_a_word_bracket_are_a_document():
    (r,) = draft("一、县教育局于3月20日（星期五）前报送农村学校校舍安全隐患排查整治情况（Word格式）。",
                 salutation="县教育局：").requirements
    assert r.title == "农村学校校舍安全隐患排查整治情况" and shapes(r) == ["document"]


def test_a_long_name_not_of_facts_stays_unnamed():
    """Near miss: a name of 14 characters not ending in 情况 is not taken as a thing (the limit stays 12)."""
    (r,) = draft("一、县教育局于3月20日（星期五）前报送农村学校校舍安全隐患排查整治进展概述（Word格式）。",
                 salutation="县教育局：").requirements
    assert r.title != "农村学校校舍安全隐患排查整治进展概述"


def test_a_section_saying_who_provides_what_is_not_written_out():
    """Near miss: 第二部分所列资料 whose section says which unit provides what (县民政局提供…名录) and lets one off: nothing
    of it is written out (the words stay as the sentence has them)."""
    text = ("一、核查内容\n（一）填写《危房基本信息表》（Excel格式）。\n二、部门资料提供\n"
            "县教育局提供在校学生名单，县民政局提供最新的低保对象名录。县统计局负责业务指导，不单独报送材料。\n三、报送时间\n"
            "县教育局、县民政局请于3月27日（星期五）前报送第二部分所列资料。")
    (r,) = [r for r in draft(text).requirements if r.due.day == 27]
    assert sorted(r.units) == ["县教育局", "县民政局"]
    assert "第二部分所列资料" in r.said and "提供" not in r.title
