"""What held-out notices 2020–2039 showed the drafter missing (2020, 2035; fixed on branch h-fixn101a), on notice texts
written for these tests, each with a near miss that must not change: the items of a `一、报送内容` section each opened by
its own senders, the dates in `二、报送时间` each given to some of them (`各乡镇于4月10日前报送；县交通局、县财政局于4月17日前
报送`): each date sends the items of its own senders (2020); a material an item attaches (`并附…凭证扫描件（PDF格式）`) is
part of the item, and 分别 pairs no unit with it alone (2020); a 骑缝章 is a stamp (2020); the span a work runs named by
that work (`三、储备投放时间初定为12月20日至次年2月10日，具体以市发改委通知为准`) is no date to send by, though the mailbox line
follows it (2035)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file
from test_drafting import part_shapes as shapes

from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(["town", "township"]))
BOX = "jcjtj_yhzj@163.com"


def draft(tmp_path, body: str, salutation: str = "各乡镇人民政府，县交通局、县财政局："):
    text = (f"关于做好2667年度农村公路养护资金使用情况报送工作的通知\n{salutation}\n"
            f"为全面掌握我县农村公路养护资金使用情况，现就有关事项通知如下。\n{body}\n"
            f"联系人：养护股 冯志刚  联系电话：0429-7823390\n\n建昌县交通运输局\n2668年3月27日\n")
    return draft_of_a_file(tmp_path, text)


def dues(d) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in d.requirements]


# ---------------------------------------------------------------- 2020: each date sends its own senders' items

CONTENTS = ("一、报送内容\n（一）各乡镇填报《农村公路养护资金使用明细表》（附件1，Excel格式）。\n"
            "（二）县交通局、县财政局分别报送养护资金监管情况报告（Word格式）。\n二、报送时间\n{when}\n"
            f"材料请发送至电子邮箱：{BOX}。")


def test_each_date_of_the_timing_section_sends_the_items_of_its_own_senders(tmp_path):
    d = draft(tmp_path, CONTENTS.format(when="各乡镇于4月10日前报送；县交通局、县财政局于4月17日前报送。"))
    assert dues(d) == [dt.datetime(2668, 4, 10, 23, 59, 59), dt.datetime(2668, 4, 17, 23, 59, 59)]
    towns, bureaus = d.requirements
    assert set(towns.units) == TOWNS and shapes(towns) == ["sheet"]
    assert sorted(bureaus.units) == ["县交通局", "县财政局"] and shapes(bureaus) == ["document"]


def test_near_miss_one_date_naming_no_one_sends_every_item_of_every_sender(tmp_path):
    (r,) = draft(tmp_path, CONTENTS.format(when="请于4月10日前报送。")).requirements
    assert set(r.units) == TOWNS | {"县交通局", "县财政局"}
    assert shapes(r) == ["document", "sheet"]


# ---------------------------------------------------------------- 2020: a material the item attaches goes with it

ATTACHED = ("一、报送内容\n（一）各乡镇填报《农村公路养护资金使用明细表》（附件1，Excel格式）。\n"
            "（二）县交通局报送养护资金监管情况报告（Word格式），{then}。\n二、报送时间\n请于4月10日前报送。\n"
            f"材料请发送至电子邮箱：{BOX}。")


def test_a_material_an_item_attaches_is_part_of_what_is_sent(tmp_path):
    (r,) = draft(tmp_path, ATTACHED.format(then="并附资金拨付凭证扫描件（PDF格式）")).requirements
    assert shapes(r) == ["document", "scan", "sheet"]


def test_near_miss_an_aside_after_an_item_attaches_nothing(tmp_path):
    (r,) = draft(tmp_path, ATTACHED.format(then="附表请按附件2的口径填写")).requirements
    assert shapes(r) == ["document", "sheet"]


RESPECTIVELY = f"一、县交通局、县财政局分别于4月17日前报送养护资金监管情况报告（Word格式）{{then}}，发送至{BOX}。"


def test_each_unit_sends_the_vouchers_attached_to_its_own_report(tmp_path):
    (r,) = draft(tmp_path, RESPECTIVELY.format(then="，并附资金拨付凭证扫描件（PDF格式）"),
                 salutation="县交通局、县财政局：").requirements
    assert shapes(r) == ["document", "scan"]


def test_near_miss_two_units_and_two_lists_respectively_each_send_their_own(tmp_path):
    text = f"一、县交通局、县财政局分别于4月17日前报送养护工程项目名录、养护资金拨付名录（Excel格式），发送至{BOX}。"
    (r,) = draft(tmp_path, text, salutation="县交通局、县财政局：").requirements
    assert shapes(r) == ["sheet"]


# ---------------------------------------------------------------- 2020: 骑缝章 is a stamp

SEALED = f"一、县财政局于4月17日前报送养护资金结算报告（{{seal}}），发送至{BOX}。"


def test_a_report_sealed_across_its_pages_is_sent_as_its_scan(tmp_path):
    (r,) = draft(tmp_path, SEALED.format(seal="加盖骑缝章"), salutation="县财政局：").requirements
    assert shapes(r) == ["scan"]


def test_near_miss_a_report_needing_no_seal_is_a_document(tmp_path):
    (r,) = draft(tmp_path, SEALED.format(seal="无需加盖骑缝章"), salutation="县财政局：").requirements
    assert shapes(r) == ["document"]


# ---------------------------------------------------------------- 2035: the span a work runs is no date to send by

RELEASE = ("一、县交通局于4月10日前报送养护资金监管情况报告（Word格式）。\n"
           "二、{span}为5月20日至次年2月10日，具体以市交通运输局通知为准。\n材料请发送至" + BOX + "。")


def test_the_span_a_work_named_by_it_runs_is_no_deadline(tmp_path):
    d = draft(tmp_path, RELEASE.format(span="资金拨付时间初定"), salutation="县交通局：")
    assert dues(d) == [dt.datetime(2668, 4, 10, 23, 59, 59)]


def test_near_miss_a_span_named_by_a_sending_is_one(tmp_path):
    d = draft(tmp_path, RELEASE.format(span="资金申报时间"), salutation="县交通局：")
    assert len(d.requirements) == 2
