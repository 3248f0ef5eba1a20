"""What held-out notices 1600–1619 showed the drafter missing (seven of the fifteen; the others are another helper's), on
notice texts written for these tests: a sending window in a section of its own, closed by 逾期不再受理, the materials and
senders in the next section (1619); a correction notice's title and the terms it restates as kept (1618, 1609); 各镇 and
各乡 as the one kind each, 报送材料不变, and 更正为 as a moved date (1609); a schedule table's rows whose materials a sentence
below sends by the table's times, 上表 as no material, and a section's first line not reading the section above (1610);
上表所列乡镇 as the table's towns (1605); a PDF's deadline table glued into one sentence with a group in a row, rows of one
date one requirement, and a row's content cell its title (1603, 1614)."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shapes as shapes

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town"]))
TOWNSHIPS = sorted(ROSTER.names(["township"]))


def draft(body: str, salutation: str = "各乡镇人民政府：", title: str = "关于开展2450年乡村道路养护情况调查的通知"):
    text = (f"{title}\n{salutation}\n{body}\n联系人：庞立军  联系电话：0429-7716620\n\n"
            f"建昌县农村公路养护服务中心\n2450年5月6日\n")
    return draft_campaign(text, ROSTER)


def due(r) -> dt.datetime:
    return r.due.replace(tzinfo=None)


# ---------------------------------------------------------------- 1619: a window in a section of its own

WINDOW = ("一、报送时间\n5月20日（星期一）至5月24日（星期五）{late}。\n二、报送材料\n"
          "各乡镇报送养护情况统计表（Excel格式）和养护路段照片。\n县交通局报送养护资金使用情况（Word格式），报送时间同上。\n"
          "三、其他\n6月中旬中心将组织抽查。\n中心邮箱：jcnlyh@163.com")


def test_a_window_closed_by_its_late_clause_dates_the_senders_of_the_next_section():
    first, second = draft(WINDOW.format(late="，逾期不再受理"), "各乡镇人民政府，县交通局：").requirements
    assert due(first) == due(second) == dt.datetime(2450, 5, 24, 23, 59, 59)
    assert sorted(first.units) == sorted(TOWNS + TOWNSHIPS) and shapes(first) == ["photo", "sheet"]
    assert second.units == ["县交通局"] and shapes(second) == ["document"]


def test_a_span_without_a_late_clause_is_no_deadline():
    """Near miss: 5月20日至5月24日 alone (when the work is done, or the facts fall): no date to send by."""
    assert draft(WINDOW.format(late=""), "各乡镇人民政府，县交通局：").requirements == []


def test_a_window_line_that_sends_itself_keeps_its_own_requirement():
    """Near miss: the window's line asks the sending itself: one requirement, by the window's end, of the towns."""
    body = ("一、报送时间\n请各乡镇于5月20日（星期一）至5月24日（星期五）期间将养护情况统计表（Excel格式）发送至jcnlyh@163.com，"
            "逾期不再受理。\n二、其他\n县交通局负责技术指导，无需报送。")
    (r,) = draft(body, "各乡镇人民政府，县交通局：").requirements
    assert due(r) == dt.datetime(2450, 5, 24, 23, 59, 59) and shapes(r) == ["sheet"] and "县交通局" not in r.units


# ---------------------------------------------------------------- 1618, 1609: correction notices

CITED = "我中心4月28日印发的《关于开展2450年乡村道路养护情况调查的通知》（建养护发〔2450〕3号）中，"


def test_a_correction_notice_is_titled_by_the_notice_it_corrects():
    body = CITED + "报送邮箱有误，现更正为jcnlyh@163.com。"
    assert draft(body, title="关于更正乡村道路养护调查报送邮箱的通知").title == "2450年乡村道路养护情况调查"
    assert draft(body, title="关于乡村道路养护调查报送邮箱的更正通知").title == "2450年乡村道路养护情况调查"


def test_a_notice_citing_an_earlier_one_without_correcting_it_keeps_its_own_title():
    """Near miss: not a 更正 notice; the earlier notice it cites is background."""
    body = CITED.replace("中，", "要求，") + "现开展养护资金审计，请各乡镇于5月20日前将资金明细表（Excel格式）发送至jcnlyh@163.com。"
    assert draft(body, title="关于开展乡村道路养护资金审计的通知").title == "乡村道路养护资金审计"


def test_the_earlier_terms_restated_as_kept_are_a_requirement():
    body = CITED + ("报送邮箱停用，现更正为jcnlyh@163.com。原通知其他要求不变：各乡镇于5月20日（星期一）前，"
                    "将养护情况统计表（Excel格式）发送至更正后的邮箱。")
    (r,) = draft(body, title="关于更正乡村道路养护调查报送邮箱的通知").requirements
    assert due(r) == dt.datetime(2450, 5, 20, 23, 59, 59) and shapes(r) == ["sheet"]


def test_the_earlier_notices_date_only_recalled_is_no_requirement():
    """Near miss: 原通知要求…于5月20日前报送 recalls what was asked, nothing restated as in force: no requirement."""
    body = CITED + "报送邮箱停用，现更正为jcnlyh@163.com。原通知要求各乡镇于5月20日（星期一）前报送养护情况统计表（Excel格式）。"
    assert draft(body, title="关于更正乡村道路养护调查报送邮箱的通知").requirements == []


CORRECTED = (CITED + "报送时间有误，现更正如下：\n"
             "一、各镇报送养护情况统计表（Excel格式）和养护路段照片的时间由原定的5月20日更正为5月27日（星期一）前。\n"
             "二、各乡报送时间更正为6月3日（星期一）前，报送材料不变。\n报送邮箱仍为jcnlyh@163.com。")


def test_towns_and_townships_told_apart_each_with_the_materials_and_the_corrected_date():
    towns, townships = draft(CORRECTED, title="关于乡村道路养护调查报送时间的更正通知").requirements
    assert due(towns) == dt.datetime(2450, 5, 27, 23, 59, 59) and sorted(towns.units) == TOWNS
    assert due(townships) == dt.datetime(2450, 6, 3, 23, 59, 59) and sorted(townships.units) == TOWNSHIPS
    assert shapes(towns) == shapes(townships) == ["photo", "sheet"]


def test_the_towns_and_townships_together_are_both_kinds():
    """Near miss: 各乡镇 and 各乡（镇）: every town and township."""
    for group in ("各乡镇", "各乡（镇）"):
        (r,) = draft(f"请{group}于5月20日前将养护情况统计表（Excel格式）发送至jcnlyh@163.com。").requirements
        assert sorted(r.units) == sorted(TOWNS + TOWNSHIPS)


def test_an_item_naming_its_own_material_keeps_it_though_the_rest_is_unchanged():
    """Near miss: 二、… names its own 说明 (Word): not the item before's Excel and photos."""
    body = CORRECTED.replace("报送材料不变", "另报送养护资金说明（Word格式），其他材料不变")
    _, townships = draft(body, title="关于乡村道路养护调查报送时间的更正通知").requirements
    assert "sheet" not in shapes(townships) and "photo" not in shapes(townships)
    assert townships.title != "养护情况统计表及养护路段照片"


# ---------------------------------------------------------------- 1610, 1605: a schedule table in the body

BATCHES = ("一、检查批次\n批次\t乡镇\t材料报送时限\n第一批\t建昌镇、石佛乡\t5月20日（星期一）前\n"
           "第二批\t玲珑塔镇、贺杖子乡\t5月27日（星期一）前\n二、报送材料\n{ask}\n"
           "三、县交通局于5月23日（星期四）下午3时前，将养护资金使用情况（Word格式）发送至中心邮箱。\n中心邮箱：jcnlyh@163.com")


def test_rows_of_a_schedule_send_what_the_sentence_below_sends_by_the_tables_times():
    ask = "上表所列乡镇按所属批次时限，将养护情况统计表（Excel格式）和路况视频（MP4格式）发送至中心邮箱。"
    first, second, bureau = draft(BATCHES.format(ask=ask), "各乡镇人民政府，县交通局：").requirements
    assert first.units == ["建昌镇", "石佛乡"] and second.units == ["玲珑塔镇", "贺杖子乡"]
    assert shapes(first) == shapes(second) == ["sheet", "video"]
    assert bureau.units == ["县交通局"] and shapes(bureau) == ["document"]  # 三、opens a section: no Excel from above


def test_a_section_opening_with_the_material_of_the_section_above_still_reads_its_format():
    """Near miss: 三、请于…将养护责任人名单发送… under 二、…填写养护责任人名单（Excel格式）: the same material, its Excel kept."""
    body = ("一、各乡镇确定1名养护责任人。\n二、请各乡镇填写养护责任人名单（附件，Excel格式，含姓名、手机号码）。\n"
            "三、请于5月20日17时前将养护责任人名单发送至jcnlyh@163.com。")
    (r,) = draft(body).requirements
    assert "sheet" in shapes(r)


def test_a_sentence_naming_the_tables_times_but_no_material_gives_the_rows_none():
    """Near miss: 按上表时间到现场检查 names no material: the rows name none either (no sheet, no video)."""
    ask = "上表所列乡镇按所属批次时间到现场接受检查，纸质台账当场查阅，不需报送。"
    reqs = draft(BATCHES.format(ask=ask), "各乡镇人民政府，县交通局：").requirements
    assert all("video" not in shapes(r) for r in reqs) and reqs[-1].units == ["县交通局"]


SITES = ("一、现场核查安排\n片区\t乡镇\t核查日期\n东片\t建昌镇、八家子镇\t5月13日（星期一）\n西片\t要路沟乡、魏家岭乡\t5月15日（星期三）\n"
         "二、报送要求\n{who}于5月24日（星期五）前，将养护责任人回执（Word格式）发送至jcnlyh@163.com。")


def test_the_towns_listed_in_the_table_above_are_its_towns():
    (r,) = draft(SITES.format(who="上表所列乡镇"), "各乡镇人民政府，县交通局：").requirements
    assert r.units == ["建昌镇", "八家子镇", "要路沟乡", "魏家岭乡"] and shapes(r) == ["document"]


def test_every_town_is_every_town_though_a_table_is_above():
    """Near miss: 各乡镇 beside the table: all the towns and townships, not the table's four."""
    (r,) = draft(SITES.format(who="各乡镇"), "各乡镇人民政府，县交通局：").requirements
    assert sorted(r.units) == sorted(TOWNS + TOWNSHIPS)


# ---------------------------------------------------------------- 1603, 1614: a PDF's deadline table glued

GLUED = ("二、报送要求\n各单位按下表时限，将养护台账（Excel格式）和加盖公章的自查报告扫描件（PDF格式）发送至jcnlyh@163.com：\n"
         "报送单位 报送时限\n各乡镇人民政府 5 月20 日（星期一）下班前\n县交通局 5 月27 日（星期一）前\n"
         "县住建局 5 月{day} 日（星期{wd}）前\n县水利局负责提供水利设施底图，不单独报送台账。")
BUREAUS = "各乡镇人民政府，县交通局，县住建局，县水利局："


def test_glued_rows_with_a_group_and_two_units_of_one_date_are_two_requirements():
    towns, bureaus = draft(GLUED.format(day=27, wd="一"), BUREAUS).requirements
    assert due(towns) == dt.datetime(2450, 5, 20, 17, 0) and sorted(towns.units) == sorted(TOWNS + TOWNSHIPS)
    assert due(bureaus) == dt.datetime(2450, 5, 27, 23, 59, 59) and bureaus.units == ["县交通局", "县住建局"]
    assert shapes(towns) == shapes(bureaus) == ["scan", "sheet"]


def test_glued_rows_of_different_dates_stay_apart():
    """Near miss: the third row a day later: three requirements, 县水利局 in none."""
    towns, transport, housing = draft(GLUED.format(day=28, wd="二"), BUREAUS).requirements
    assert (transport.units, housing.units) == (["县交通局"], ["县住建局"])
    assert due(housing) == dt.datetime(2450, 5, 28, 23, 59, 59) and "县水利局" not in towns.units


def test_a_glued_rows_content_cell_is_its_title():
    body = ("一、报送内容和时限\n单位 报送内容 格式 报送时限\n县交通局 客运站点养护需求表 Excel 5 月20 日（星期一）前\n"
            "县住建局 客运站点养护需求表 Excel 5 月20 日（星期一）前\n县机关事务中心 公共机构停车场现状表 Excel 5 月27 日（星期一）前\n"
            "二、县发改局负责汇总，无需报送。\n专班邮箱：jcnlyh@163.com")
    first, second = draft(body, "县交通局，县住建局，县机关事务中心，县发改局：").requirements
    assert (first.title, first.units, shapes(first)) == ("客运站点养护需求表", ["县交通局", "县住建局"], ["sheet"])
    assert (second.title, second.units, shapes(second)) == ("公共机构停车场现状表", ["县机关事务中心"], ["sheet"])
