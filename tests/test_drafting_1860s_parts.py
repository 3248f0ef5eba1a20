"""What held-out notices 1860–1879 showed the drafter missing in a requirement's parts (the share of branch h-fixn93a),
on notice texts written for these tests, each with a near miss that must not change: a list whose bracket says what it
holds and then its format (1863, 1873); 报送上述材料 with no 将 pointing back at the numbered items, and 报送材料同上
(1865); numbered items led in by …以下材料： under a sending sentence that names nothing (1860); one material named
before two dated clauses (1876)."""

from __future__ import annotations

from test_drafting import part_shapes as shapes

from collector.drafting import draft_campaign
from collector.drafting.materials.format_names import contents_left_out
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcscj_xcjc@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府，县文旅局，县教育局："):
    text = (f"建昌县市场监督管理局\n关于做好2578年夏季巡查工作的通知\n{salutation}\n为做好巡查工作，现将有关事项通知如下：\n"
            f"{body}材料请发送至{BOX}。联系人：王宇  电话：0429-7518820\n\n建昌县市场监督管理局\n2578年4月7日\n")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- 1863, 1873: （含…，Excel格式）


def test_a_list_whose_bracket_says_what_it_holds_then_excel_is_a_sheet():
    body = "一、请各乡镇于5月12日前报送《巡查值班表》（Excel格式）和巡查员名单（含姓名和手机号码，Excel格式）。\n"
    (r,) = draft(body).requirements
    assert shapes(r) == ["sheet", "sheet"]


def test_the_format_clause_of_a_contents_bracket_is_kept():
    assert contents_left_out("巡查员名单（含姓名和手机号码，Excel格式）") == "巡查员名单（Excel格式）"


def test_a_contents_bracket_naming_no_format_still_goes():
    """Near miss: 台账（含整改清单） names what the table holds, no file and no format of its own."""
    assert contents_left_out("巡查台账（含整改清单、照片）") == "巡查台账"
    body = "一、请各乡镇于5月12日前报送巡查方案（Word格式）和巡查台账（含整改清单）。\n"
    (r,) = draft(body).requirements
    assert shapes(r) == ["document", "sheet"]


# ---------------------------------------------------------------- 1865: 报送上述材料, 报送材料同上

ITEMS = ("二、报送材料\n1．巡查点申报表（Word版及加盖公章的扫描件）；\n2．巡查工作总结（Word格式，2000字以内）；\n"
         "3．巡查现场照片3至5张。\n")


def test_sending_the_materials_above_without_jiang_reads_the_numbered_items():
    body = ITEMS + "请各乡镇于5月12日前报送上述材料。\n"
    (r,) = draft(body).requirements
    assert shapes(r) == sorted(["document", "scan", "document", "photo"])


def test_a_unit_whose_materials_are_said_as_above_takes_the_requirement_befores_parts():
    body = ITEMS + "请各乡镇于5月12日前报送上述材料；县教育局报送材料同上，时间为5月19日下午4时前。\n"
    towns, bureau = draft(body).requirements
    assert bureau.units == ["县教育局"] and (bureau.due.day, bureau.due.hour) == (19, 16)
    assert shapes(bureau) == shapes(towns) == sorted(["document", "scan", "document", "photo"])


def test_a_unit_naming_its_own_material_keeps_it_beside_materials_said_above():
    """Near miss: 同上 said of the time, the unit naming its own material, asks only that."""
    body = ITEMS + "请各乡镇于5月12日前报送上述材料；县教育局报送学校巡查情况（Word格式），于5月19日前报送。\n"
    _, bureau = draft(body).requirements
    assert shapes(bureau) == ["document"]


# ---------------------------------------------------------------- 1860: …以下材料： then the items, then 请于…前报送

LED_IN = ("（一）各乡镇需报送以下材料：\n（1）巡查点统计表（Excel格式）；\n（2）巡查现场照片（每个点1至2张）；\n"
          "（3）巡查联络员名单及手机号码（Excel格式）。\n")


def test_a_bare_sending_sentence_under_items_led_in_sends_them_all_from_the_leads_units():
    body = LED_IN + f"请于5月12日前报送至县市场局邮箱{BOX}。\n（二）县文旅局报送景区巡查方案（Word格式），于5月19日前报送。\n"
    towns, bureau = draft(body).requirements
    assert sorted(towns.units) == TOWNS
    assert shapes(towns) == ["photo", "sheet", "sheet"]
    assert bureau.units == ["县文旅局"] and shapes(bureau) == ["document"]


def test_a_sending_sentence_naming_its_own_material_under_such_items_keeps_it():
    """Near miss: the sentence under the items names what it sends: the items are not all taken in (as before, only
    the neighbouring lines are read beside it: no photo of item 2)."""
    body = LED_IN + "请于5月12日前报送巡查工作总结（Word格式）。\n"
    (r,) = draft(body).requirements
    assert "document" in shapes(r) and "photo" not in shapes(r)


# ---------------------------------------------------------------- 1876: one material, two dated clauses


def test_each_dated_clause_after_a_material_named_once_sends_it_in_its_format():
    body = "一、各乡镇按月报送《巡查情况统计表》（Excel格式），5月份于6月5日前报送，6月份于7月6日前报送。\n"
    first, second = draft(body).requirements
    assert (first.due.month, second.due.month) == (6, 7)
    assert shapes(first) == shapes(second) == ["sheet"]
    assert sorted(second.units) == TOWNS


def test_a_dated_clause_naming_its_own_material_keeps_it():
    """Near miss: the later clause names what it sends: a Word summary, not the sheet."""
    body = "一、各乡镇报送《巡查情况统计表》（Excel格式），于6月5日前报送，巡查工作总结（Word格式）于7月6日前报送。\n"
    first, second = draft(body).requirements
    assert shapes(first) == ["sheet"] and shapes(second) == ["document"]
