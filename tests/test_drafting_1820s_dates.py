"""What held-out notices 1820–1839 showed the drafter missing (the share of branch h-fixn91a), on notice texts written
for these tests, each with a near miss that must not fire: a month's second-to-last working day and towns a group is
made of by what befell them (1824); a date counted on from the item before, the 乡 among a named group (1833); the end
of a 旬 said as 上旬末 / 中旬末, bureaus sharing one counted suffix (1838)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcnyzx_hsfz@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    """A notice of Sunday 2461-04-03 (its April ends on a Saturday)."""
    text = (f"关于做好2461年春季农业生产的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：袁立新  联系电话：0429-7718820\n\n建昌县农业农村局\n2461年4月3日\n{tail}")
    return draft_campaign(text, ROSTER)


def day(r) -> tuple[int, int, int, int]:
    return r.due.month, r.due.day, r.due.hour, r.due.minute


# ---------------------------------------------------------------- 1824: 本月倒数第二个工作日, 受冻较重的乡镇


def test_second_to_last_working_day_counts_back_over_the_weekend():
    (r,) = draft("请各乡镇于本月倒数第二个工作日下班前报送春耕进度表（Excel格式）。").requirements
    assert day(r) == (4, 28, 17, 0)  # the 30th a Saturday: last working day Friday the 29th, the one before it


def test_last_working_day_stays_the_last():
    """Near miss: 最后一个工作日 is the last one, not the one before it."""
    (r,) = draft("请各乡镇于本月最后一个工作日下班前报送春耕进度表（Excel格式）。").requirements
    assert day(r) == (4, 29, 17, 0)


FROST = ("据统计，喇嘛洞镇、药王庙镇、石佛乡等3个乡镇小麦受冻较重，其余乡镇受冻较轻。\n"
         "一、请各乡镇于4月8日（星期五）前报送损失统计表（Excel格式）。\n"
         "二、{who}要于4月15日（星期五）前报送灾后自救情况报告（Word格式）。\n")


def test_towns_a_group_is_made_of_by_what_befell_them():
    every, hit = draft(FROST.format(who="受冻较重的乡镇")).requirements
    assert sorted(every.units) == TOWNS
    assert sorted(hit.units) == sorted(["喇嘛洞镇", "药王庙镇", "石佛乡"])


def test_a_description_not_the_groups_is_not_its_towns():
    """Near miss: 受冻较轻的乡镇 are not the three 受冻较重."""
    _, light = draft(FROST.format(who="受冻较轻的乡镇")).requirements
    assert sorted(light.units) != sorted(["喇嘛洞镇", "药王庙镇", "石佛乡"])


def test_a_group_whose_count_is_not_its_list_is_left_as_written():
    """Near miss: 等5个乡镇 after three names: the list only begins the group, its towns are not known."""
    body = FROST.replace("等3个", "等5个").format(who="受冻较重的乡镇")
    _, hit = draft(body).requirements
    assert sorted(hit.units) != sorted(["喇嘛洞镇", "药王庙镇", "石佛乡"])


# ---------------------------------------------------------------- 1833: 较前项推后3个工作日, …中的各乡

PILOTS = ("确定汤神庙镇、头道营子乡、新开岭乡为试点乡镇。\n"
          "一、请上述试点乡镇于4月8日（星期五）前报送实施方案（Word格式）。\n"
          "二、{who}另需报送用地流转情况表（Excel格式），报送时间较前项推后3个{unit}。\n")


def test_a_date_counted_in_working_days_from_the_item_before():
    plan, land = draft(PILOTS.format(who="上述试点乡镇中的各乡", unit="工作日"), "有关乡镇人民政府：").requirements
    assert day(plan) == (4, 8, 23, 59)
    assert day(land) == (4, 13, 23, 59)  # Monday, Tuesday, Wednesday
    assert sorted(land.units) == sorted(["头道营子乡", "新开岭乡"])


def test_a_date_counted_in_days_from_the_item_before_keeps_the_weekend():
    """Near miss: 3天 are calendar days, and the group without 中的各乡 is all of it."""
    _, land = draft(PILOTS.format(who="上述试点乡镇", unit="天"), "有关乡镇人民政府：").requirements
    assert day(land) == (4, 11, 23, 59)
    assert sorted(land.units) == sorted(["汤神庙镇", "头道营子乡", "新开岭乡"])


# ---------------------------------------------------------------- 1838: 5月上旬末前, 县发改、财政、统计三局


def test_the_end_of_a_ten_day_part_said_with_mo():
    first, second = draft("一、县发改、财政、统计三局于5月上旬末前报送资料长编（Word格式）。\n"
                          "二、县农业农村、水利两局于5月中旬末前报送专业资料长编（Word格式）。\n",
                          "县直各部门：").requirements
    assert day(first) == (5, 10, 23, 59) and day(second) == (5, 20, 23, 59)
    assert sorted(first.units) == sorted(["县发改局", "县财政局", "县统计局"])
    assert sorted(second.units) == sorted(["县农业农村局", "县水利局"])


def test_a_ten_day_part_that_is_only_when_something_happens_is_no_deadline():
    """Near miss: 5月上旬末，… 将组织 is when the office acts, not a date to send by."""
    (r,) = draft("一、5月上旬末，县农业农村局将组织专家评估。\n二、请各乡镇于4月15日（星期五）前报送评估申请表（Excel格式）。\n").requirements
    assert day(r) == (4, 15, 23, 59)


def test_bureaus_whose_count_is_not_their_stems_are_left_as_written():
    """Near miss: 两局 after three stems is no list of these three."""
    (r,) = draft("请县发改、财政、统计两局于4月15日（星期五）前报送资料长编（Word格式）。\n", "县直各部门：").requirements
    assert sorted(r.units) != sorted(["县发改局", "县财政局", "县统计局"])


def test_the_description_inside_a_longer_one_is_not_the_group():
    """Near miss: 未完成整改的乡镇 ends in the group's 完成整改 but is the others."""
    body = ("据核查，喇嘛洞镇、药王庙镇、石佛乡等3个乡镇已完成整改。\n"
            "一、未完成整改的乡镇要于4月15日（星期五）前报送整改方案（Word格式）。\n")
    (r,) = draft(body).requirements
    assert sorted(r.units) != sorted(["喇嘛洞镇", "药王庙镇", "石佛乡"])
