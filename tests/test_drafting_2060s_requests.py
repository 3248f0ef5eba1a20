"""What held-out notices 2060–2079 showed the drafter missing (fixed on branch h-fixn103b), on notice texts written for
these tests, each with a near miss that must not change: a file provided in its format by a date (`提供…（Excel格式）`) is
sent to the notice's mailbox as what is 报送 is (2079, 2072, 2068); `于同日下午3时前` in the item after a dated one is that
day at its own hour (2072, 2074); `推荐单位` are the units a paragraph before says 推荐 (2068)."""

from __future__ import annotations

import datetime as dt

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()


def draft(body: str, addressed: str = "县教育局、县民政局", mailbox: str = "报送邮箱：jcmz_hz@163.com"):
    text = (f"关于开展2690年困难群众救助核查工作的通知\n{addressed}：\n{body}\n{mailbox}\n"
            f"联系人：孙丽  联系电话：0429-7712345\n\n建昌县乡村振兴局\n2690年5月6日\n")
    return draft_campaign(text, ROSTER)


def asked(campaign) -> list[tuple[dt.datetime, list[str]]]:
    return [(r.due.replace(tzinfo=None), sorted(r.units)) for r in campaign.requirements]


# ---------------------------------------------------------------- 2079, 2072, 2068: 提供…（Excel格式）


def test_a_file_provided_in_its_format_by_a_date_is_sent_to_the_mailbox():
    c = draft("一、县教育局于6月3日（星期一）前报送在校困难学生名册（Excel格式）。\n"
              "二、县民政局于6月10日（星期一）上午十时前，提供低保家庭学生比对结果（Excel格式）。", mailbox="邮箱：jcmz_hz@163.com")
    assert asked(c) == [(dt.datetime(2690, 6, 3, 23, 59, 59), ["县教育局"]), (dt.datetime(2690, 6, 10, 10, 0), ["县民政局"])]


def test_a_stamped_scan_provided_by_a_date_is_sent_to_the_mailbox():
    c = draft("一、县教育局于6月3日（星期一）前报送在校困难学生名册（Excel格式）。\n"
              "二、县民政局于6月10日（星期一）前提供救助对象认定结论（加盖公章的PDF扫描件）。")
    assert asked(c)[1] == (dt.datetime(2690, 6, 10, 23, 59, 59), ["县民政局"])
    assert [p["formats"] for p in c.requirements[1].parts] == [["pdf"]]


def test_near_miss_what_is_provided_with_no_files_format_or_to_another_unit_is_no_submission():
    for second in ("二、县民政局于6月10日（星期一）前提供核查场地和车辆保障。",
                   "二、县民政局于6月10日（星期一）前向县教育局提供低保家庭学生名单（Excel格式），供其比对。"):
        c = draft("一、县教育局于6月3日（星期一）前报送在校困难学生名册（Excel格式）。\n" + second)
        assert asked(c) == [(dt.datetime(2690, 6, 3, 23, 59, 59), ["县教育局"])]


# ---------------------------------------------------------------- 2072, 2074: 于同日下午3时前, the item after a dated one


def test_the_same_day_at_an_hour_of_its_own_in_the_next_item_is_that_items_deadline():
    c = draft("（一）县教育局于6月3日（星期一）前报送在校困难学生名册（Excel格式）。\n"
              "（二）县民政局负责核对救助档案，于同日下午4时前报送核对情况说明（Word格式）。")
    assert asked(c) == [(dt.datetime(2690, 6, 3, 23, 59, 59), ["县教育局"]), (dt.datetime(2690, 6, 3, 16, 0), ["县民政局"])]
    assert [p["formats"][0] for r in c.requirements for p in r.parts] == ["xlsx", "docx"]


def test_near_miss_the_same_day_with_an_hour_said_of_a_meeting_is_no_deadline():
    c = draft("（一）县教育局于6月3日（星期一）前报送在校困难学生名册（Excel格式）。\n"
              "（二）县民政局同日下午4时召开核查推进会，不单独报送材料。")
    assert asked(c) == [(dt.datetime(2690, 6, 3, 23, 59, 59), ["县教育局"])]


# ---------------------------------------------------------------- 2068: 推荐单位, the units that 推荐 above


def test_the_recommending_units_are_those_a_paragraph_before_says_recommend():
    c = draft("一、推荐名额\n县教育局、县卫健局分别推荐心理咨询志愿者不少于3名，县人社局推荐就业指导志愿者不少于5名。\n"
              "二、报送要求\n推荐单位于6月10日（星期一）前，将推荐人选汇总表（Excel格式）报送县乡村振兴局。", addressed="县直有关部门")
    assert asked(c) == [(dt.datetime(2690, 6, 10, 23, 59, 59), ["县人社局", "县卫健局", "县教育局"])]


def test_near_miss_recommending_units_no_paragraph_names_are_the_addressees():
    c = draft("一、推荐条件\n被推荐人须从事心理咨询工作满3年。\n"
              "二、报送要求\n推荐单位于6月10日（星期一）前，将推荐人选汇总表（Excel格式）报送县乡村振兴局。",
              addressed="县教育局、县卫健局、县民政局")
    assert asked(c) == [(dt.datetime(2690, 6, 10, 23, 59, 59), ["县卫健局", "县教育局", "县民政局"])]


def test_near_miss_a_unit_organising_others_to_apply_is_no_applying_unit():
    c = draft("一、申报范围\n县工信局、县科技局负责组织辖区企业申报。\n"
              "二、申报单位于6月10日（星期一）前，将申报书（Word格式）报送县乡村振兴局。", addressed="县直有关部门")
    assert asked(c) == [(dt.datetime(2690, 6, 10, 23, 59, 59), [])]
