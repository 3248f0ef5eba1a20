"""What held-out notice 3083 showed the drafter missing (fixed on branch h-fixn154a), on notice texts written for these
tests, with near misses that must not change: a table's unit cell carrying the unit's contact in brackets after its
name (`建昌县卫生健康局（刘志强，13904291126）` under `单位（联系人、电话）`) names the unit; the contact is given, so the
head's 联系人 / 电话 ask no phone number (no `field` part), and a body no roster lists keeps its row out of the draft
as any off-roster row is (`reading/contacts_in_cells.py`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

LEAD = "请下表所列单位按要求将自查材料发送至jcybj_jjjg@163.com。"


def draft(tmp_path, table: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县医疗保障基金监管工作领导小组办公室", "关于开展医保基金监管专项检查自查的通知", "县直有关单位",
        LEAD + "\n" + table + "\n检查组将于十月中旬进驻定点医疗机构开展现场检查。", "3021年9月6日",
        contact="马小川，电话：0429-7513379"))


def shapes(d) -> list[tuple[str, list[str], list[str]]]:
    return [(r.due.strftime("%m-%d %H:%M"), sorted(r.units), [p["kind"] for p in r.parts]) for r in d.requirements]


def rows(*lines: str) -> str:
    return "\n".join("\t".join(cells) for cells in lines)


def test_contact_and_mobile_in_the_unit_cells(tmp_path):
    d = draft(tmp_path, rows(
        ("序号", "单位（联系人、电话）", "报送材料", "报送时间"),
        ("1", "建昌县卫生健康局（刘志强，13904291126）", "医保基金使用自查报告（Word格式）", "九月十七日（星期一）十六时前"),
        ("2", "建昌县市场监督管理局（郑秀兰，13904293357）", "医保基金使用自查报告（Word格式）", "九月十七日（星期一）十六时前"),
        ("3", "建昌县中心医院（王春生，13904295581）", "定点医疗机构自查表（Excel格式）", "九月十七日（星期一）十六时前"),
        ("4", "建昌县公安局（李国栋，13904297710）", "欺诈骗保案件线索移交情况（Word格式）", "九月二十八日（星期五）前"),
        ("5", "建昌县审计局（周文，13904298802）", "—", "本次不报送")))
    assert shapes(d) == [("09-17 16:00", sorted(["县卫健局", "县市场局"]), ["document"]),
                         ("09-28 23:59", ["县公安局"], ["document"])]


def test_variant_labelled_contact_and_a_landline_under_a_reporting_units_head(tmp_path):
    d = draft(tmp_path, rows(
        ("序号", "报送单位（联系人及联系方式）", "报送材料", "报送时限"),
        ("1", "县教育局（联系人：赵丽 0429-7512345）", "校医室医保结算自查表（Excel格式）", "9月20日前"),
        ("2", "县民政局（联系人：孙强 0429-7516789）", "校医室医保结算自查表（Excel格式）", "9月20日前"),
        ("3", "建昌县妇幼保健院（联系人：钱红 0429-7518888）", "妇幼机构自查报告（Word格式）", "9月20日前")))
    assert shapes(d) == [("09-20 23:59", sorted(["县教育局", "县民政局"]), ["document"])]
    assert not any(p["kind"] == "field" for r in d.requirements for p in r.parts)


def test_variant_a_table_typed_with_bars_a_mobile_alone_in_the_bracket(tmp_path):
    d = draft(tmp_path, "\n".join([
        "| 单位（联系电话） | 报送材料 | 报送时间 |", "|---|---|---|",
        "| 县人社局（13804291234） | 工伤保险基金自查报告（Word格式） | 9月25日前 |",
        "| 县医院集团（13804295678） | 住院病历自查表（Excel格式） | 9月25日前 |"]))
    assert shapes(d) == [("09-25 23:59", ["县人社局"], ["document"])]


def test_near_miss_a_contact_column_left_for_the_units_to_fill(tmp_path):
    d = draft(tmp_path, rows(
        ("序号", "单位", "报送材料", "报送时间"),
        ("1", "县卫健局", "医保基金使用自查报告（Word格式，注明联系人及联系电话）", "九月十七日（星期一）十六时前")))
    assert [p["kind"] for r in d.requirements for p in r.parts] == ["document", "field"]


def test_near_miss_a_bracket_with_no_number_stays_the_cells(tmp_path):
    d = draft(tmp_path, rows(
        ("序号", "单位", "报送材料", "报送时间"),
        ("1", "县卫健局（牵头）", "医保基金使用自查报告（Word格式）", "九月十七日（星期一）十六时前"),
        ("2", "县市场局（配合）", "医保基金使用自查报告（Word格式）", "九月十七日（星期一）十六时前")))
    assert shapes(d) == [("09-17 16:00", sorted(["县卫健局", "县市场局"]), ["document"])]
