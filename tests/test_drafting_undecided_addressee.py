"""An addressee the drafter cannot resolve (`各有关单位：`, `县直有关单位：`) is said once as the addressee line is read; when
the body then settles every requirement's units (each item names its senders), the clerk's line says what was taken
instead of asking to choose from nothing (`senders/addressed.undecided_lines_once_settled`). A requirement left with
no unit keeps the `请选择` line."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

ISSUER = "共青团建昌县委员会"
TITLE = "关于推荐五四红旗团组织的通知"


def draft(tmp_path, addressee: str, body: str):
    return draft_of_a_file(tmp_path, notice_text(ISSUER, TITLE, addressee, body, "3039年3月6日"))


def undecided_lines(d) -> list[str]:
    return [line for line in d.unsettled if "无法确定具体单位" in line]


def test_items_naming_their_senders_settle_the_addressee(tmp_path):
    d = draft(tmp_path, "各有关单位",
              "一、推荐单位。建昌县教育局、建昌县卫生健康局、建昌镇人民政府各推荐1个基层团组织。\n"
              "二、报送材料。请推荐单位于3月18日下午4点前将推荐表（Excel格式）发送至jcgqt@163.com。")
    assert sorted(d.requirements[0].units) == ["县卫健局", "县教育局", "建昌镇"]
    assert undecided_lines(d) == ["主送“各有关单位”无法确定具体单位，各项要求的单位已按正文列入（县教育局、县卫健局、建昌镇），请核对"]


def test_variant_many_units_are_counted_not_all_named(tmp_path):
    towns = "、".join(["建昌镇人民政府", "八家子镇人民政府", "喇嘛洞镇人民政府", "药王庙镇人民政府", "汤神庙镇人民政府",
                       "玲珑塔镇人民政府", "大屯镇人民政府"])
    d = draft(tmp_path, "有关单位", f"一、推荐单位。{towns}各推荐1个基层团组织。\n"
                                    "二、报送材料。请推荐单位于3月18日前将推荐表（Excel格式）发送至jcgqt@163.com。")
    assert len(d.requirements[0].units) == 7
    [line] = undecided_lines(d)
    assert line.startswith("主送“有关单位”无法确定具体单位，各项要求的单位已按正文列入（") and line.endswith("等7个单位），请核对")
    assert "大屯镇" not in line  # six named, then the count


def test_near_miss_a_requirement_without_units_still_asks_to_choose(tmp_path):
    d = draft(tmp_path, "各有关单位", "请于3月18日前将推荐表（Excel格式）发送至jcgqt@163.com。")
    assert [r.units for r in d.requirements] == [[]]
    assert undecided_lines(d) == ["主送“各有关单位”无法确定具体单位，请选择"]


def test_a_word_saying_a_kind_is_told_only_units_of_that_kind(tmp_path):
    d = draft(tmp_path, "有关乡镇人民政府，县直有关部门",
              "一、推荐单位。建昌县教育局、建昌镇人民政府各推荐1个基层团组织。\n"
              "二、报送材料。请推荐单位于3月18日前将推荐表（Excel格式）发送至jcgqt@163.com。")
    assert sorted(d.requirements[0].units) == ["县教育局", "建昌镇"]
    assert undecided_lines(d) == ["主送“有关乡镇人民政府”无法确定具体单位，各项要求的单位已按正文列入（建昌镇），请核对",
                                  "主送“县直有关部门”无法确定具体单位，各项要求的单位已按正文列入（县教育局），请核对"]


def test_near_miss_a_kind_none_of_the_units_is_still_the_clerks_to_pick(tmp_path):
    d = draft(tmp_path, "有关乡镇人民政府，县直有关部门",
              "一、推荐单位。建昌镇人民政府、大屯镇人民政府各推荐1个基层团组织。\n"
              "二、报送材料。请推荐单位于3月18日前将推荐表（Excel格式）发送至jcgqt@163.com。")
    assert "主送“县直有关部门”无法确定具体单位，请选择" in undecided_lines(d)
