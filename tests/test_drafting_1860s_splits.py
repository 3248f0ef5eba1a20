"""Misses of the blind batch 1860–1879 (the share of branch h-fixn93b), on notice texts written for these tests, each
with a near miss that must not change: a sending sentence with no sender on a line of its own under a numbered item is
that item's units' (not the next item's); items led in by 报送以下材料： with their formats given by number after the
list (第1项为Excel格式); 其中，X还需… after a group's request splits X off with every part and the thing more; a 附件
named by its number as the form filled in (按附件1、附件2的表样填写) is its title in the 附件 list; a unit sending a scan
instead of the group's sheet 于同日前 is its own requirement, out of the group's; names and phones to fill in a sheet
(回执单中须填写…) are its columns, and 视频会议 names no video."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster
from tests.test_drafting import part_shapes as shapes

ROSTER = builtin_roster()
TOWNS = set(ROSTER.names(["town", "township"]))
SALUTATION = "各乡镇人民政府，县水利局，县交通局："


def draft(body: str, salutation: str = SALUTATION, annexes: str = ""):
    text = (f"建昌县防汛抗旱指挥部办公室\n关于做好2463年汛前检查工作的通知\n\n{salutation}\n{body}\n"
            f"以上材料请发送至jcfxb_xq2463@163.com。\n{annexes}\n建昌县防汛抗旱指挥部办公室\n2463年5月20日\n")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- the item's units, for a sentence naming none

ITEMS = ("二、报送要求\n（一）各乡镇需填写《堤防巡查登记表》（Excel格式），并拍摄巡查现场照片。\n"
         "请于6月10日（星期二）前将上述材料一并报送。\n"
         "（二）县水利局、县交通局需报送汛前检查工作方案（Word格式），于6月17日（星期二）前报送。")


def test_a_sentence_naming_no_sender_under_an_item_is_the_items_units():
    first, second = draft(ITEMS).requirements
    assert set(first.units) == TOWNS
    assert set(second.units) == {"县水利局", "县交通局"}


def test_a_sentence_naming_no_sender_after_the_last_item_is_every_items():
    """Near miss: 请于…前将上述材料报送 after the last item (none follows) sends every item's, not the last item's alone:
    each item's units their own paper on that day (different papers, two requirements: the rows-of-one-day
    convention, held-out 2746's `above._only_names`; this test pooled them in one before)."""
    body = ("二、报送要求\n（一）各乡镇需填写《堤防巡查登记表》（Excel格式）。\n（二）县水利局、县交通局需填写《水毁工程统计表》"
            "（Excel格式）。\n请于6月10日（星期二）前将上述材料一并报送。")
    towns, bureaus = draft(body).requirements
    assert set(towns.units) == TOWNS and [p["title"] for p in towns.parts] == ["堤防巡查登记表"]
    assert set(bureaus.units) == {"县水利局", "县交通局"} and [p["title"] for p in bureaus.parts] == ["水毁工程统计表"]
    assert towns.due == bureaus.due


# ---------------------------------------------------------------- items led in, formats by number

LED_IN = ("（一）各乡镇需报送以下材料：\n1．抢险队伍花名册；\n2．汛期值班安排方案；\n3．巡查现场照片（不少于3张）。\n"
          "{formats}请于6月10日（星期二）前报送。\n（二）县水利局、县交通局于6月17日（星期二）前报送汛前检查工作总结（Word格式）。")


def test_items_led_in_take_the_formats_given_by_their_numbers():
    first, _ = draft(LED_IN.format(formats="第1项为Excel格式，第2项为Word格式。")).requirements
    assert shapes(first) == ["document", "photo", "sheet"]
    assert set(first.units) == TOWNS


def test_items_led_in_without_formats_by_number_keep_their_own():
    """Near miss: no line of formats by number: the 花名册 is a document, as its name says."""
    first, _ = draft(LED_IN.format(formats="")).requirements
    assert shapes(first) == ["document", "document", "photo"]


# ---------------------------------------------------------------- 其中，X还需…

GROUP = ("一、县水利局、县交通局需填写《水毁工程统计表》（Excel格式），请于6月10日（星期二）上午10时前报送。"
         "其中，{who}还需报送桥涵巡查现场截图。")


def test_some_units_sending_one_thing_more_are_a_requirement_of_their_own():
    rest, own = draft(GROUP.format(who="县交通局"), "县水利局，县交通局：").requirements
    assert rest.units == ["县水利局"] and shapes(rest) == ["sheet"]
    assert own.units == ["县交通局"] and shapes(own) == ["photo", "sheet"]
    assert own.due == rest.due


def test_the_whole_group_sending_one_thing_more_is_not_split():
    """Near miss: 其中 naming every unit of the group: nothing split off."""
    (r,) = draft(GROUP.format(who="县水利局、县交通局"), "县水利局，县交通局：").requirements
    assert set(r.units) == {"县水利局", "县交通局"}


# ---------------------------------------------------------------- a 附件 named as the form filled in

ANNEXES = "附件：1．水库巡查统计表（Excel格式）\n2．山洪沟道排查登记表（Excel格式）\n"


def test_annexes_named_as_the_form_filled_in_are_a_part_each():
    (r,) = draft("一、各乡镇请按附件1、附件2的表样如实填写，于6月10日（星期二）前报送。", "各乡镇人民政府：",
                 ANNEXES).requirements
    assert shapes(r) == ["sheet", "sheet"]


def test_an_annex_the_list_does_not_title_is_left_as_written():
    """Near miss: 附件3 is not in the 附件 list: nothing is written in for it."""
    (r,) = draft("一、各乡镇请按附件3的表样如实填写，于6月10日（星期二）前报送。", "各乡镇人民政府：",
                 ANNEXES).requirements
    assert shapes(r) != ["sheet", "sheet"]


# ---------------------------------------------------------------- a scan instead, 于同日前

INSTEAD = ("一、各乡镇于6月10日（星期二）前报送《防汛责任人登记表》（Excel格式）。建昌镇已完成纸质登记，不再另行填写电子表格，"
           "请将纸质登记表加盖公章后扫描，以PDF格式于同日前报送。")


def test_a_unit_sending_a_scan_instead_on_the_same_day_is_its_own_requirement():
    group, own = draft(INSTEAD, "各乡镇人民政府：").requirements
    assert set(group.units) == TOWNS - {"建昌镇"} and shapes(group) == ["sheet"]
    assert own.units == ["建昌镇"] and shapes(own) == ["scan"] and own.due == group.due


def test_a_paper_carried_on_the_same_day_is_no_requirement():
    """Near miss: the paper carried to an office 于同日前 (no scan): not mailed, the group keeps every town."""
    body = ("一、各乡镇于6月10日（星期二）前报送《防汛责任人登记表》（Excel格式）。建昌镇请将纸质登记表于同日前送至县水利局"
            "301室。")
    (r,) = draft(body, "各乡镇人民政府：").requirements
    assert set(r.units) == TOWNS


# ---------------------------------------------------------------- a 回执单's columns, 视频会议

def test_names_and_phones_to_fill_in_a_receipt_sheet_are_its_columns():
    body = ("一、县水利局、县交通局需填写《视频会商保障回执单》（Excel格式），回执单中须填写值守人员姓名及手机号码，"
            "请于6月10日（星期二）前报送。")
    (r,) = draft(body, "县水利局，县交通局：").requirements
    assert shapes(r) == ["sheet"]


def test_a_video_conference_names_no_video():
    body = "一、县水利局、县交通局需填写《视频会议保障回执单》（Excel格式），请于6月10日（星期二）前报送。"
    (r,) = draft(body, "县水利局，县交通局：").requirements
    assert shapes(r) == ["sheet"]


def test_a_recorded_video_beside_a_video_conference_is_still_a_video():
    """Near miss: a video recorded (调试视频（MP4格式）) beside the 视频会议室's sheet: still a video."""
    body = ("一、县水利局、县交通局需填写《视频会议室登记表》（Excel格式），并录制一段设备调试视频（MP4格式），"
            "请于6月10日（星期二）前报送。")
    (r,) = draft(body, "县水利局，县交通局：").requirements
    assert shapes(r) == ["sheet", "video"]


def test_names_and_phones_written_in_the_mail_stay_fields():
    """Near miss: the names and phones written in the mail's body, no sheet: fields."""
    body = "一、县水利局、县交通局请于6月10日（星期二）前将值守人员姓名及手机号码直接写在邮件正文中报送，无需另附表格。"
    (r,) = draft(body, "县水利局，县交通局：").requirements
    assert shapes(r) == ["field"]


def test_a_sentence_opening_an_item_of_its_own_is_no_item_above():
    """Near miss: 三、…请于…前发送 is an item of its own after 二、县水利局负责…: every addressee, not the item above's."""
    body = ("一、各乡镇负责组织辖区内堤防巡查，制定巡查方案。\n二、县水利局负责水库巡查，县交通局负责桥涵巡查，分别制定方案。\n"
            "三、巡查方案（加盖公章PDF版）请于6月10日（星期二）前发送。\n四、县气象局负责汛期预报。")
    (r,) = draft(body).requirements
    assert {"县水利局", "县交通局"} < set(r.units) and TOWNS < set(r.units)
