"""What held-out notice 3099 showed the drafter missing (fixed on branch h-fixn154a), on notice texts written for these
tests, with near misses that must not change: one small table per unit, the unit named only in the numbered line above
its table (`一、葫芦岛市生态环境局建昌分局` over `报送材料 | 格式 | 报送时间`). Rows of one table with the same senders and
the same date, one under the other, are one requirement with every row's paper (the convention of
`reading/table_grids.same_senders_joined`), also when the table has no unit column (it is one sender's) and its time
column is headed 报送时间; a table under the line of a body no roster lists is that body's, no requirement
(`senders/off_roster_bodies.body_over_its_table`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

LEAD = "请各单位按以下分单位列出的要求准备材料，发送至jcrd_gfzf@163.com。"
HEAD = "报送材料\t格式\t报送时间"


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县人大常委会城乡建设环境保护工作委员会", "关于做好《固体废物污染环境防治法》执法检查准备工作的通知",
        "县直有关单位，有关乡镇人民政府", LEAD + "\n" + body, "3029年10月9日", contact="罗振华，电话：0429-7519901"))


def shapes(d) -> list[tuple[str, list[str], list[str]]]:
    return [(r.due.strftime("%m-%d"), sorted(r.units), [p["kind"] for p in r.parts]) for r in d.requirements]


def sheet_or_document(d) -> list[tuple[str, list[str], list[str]]]:
    """Each requirement's day, units and parts, a document in a spreadsheet format named a sheet."""
    return [(r.due.strftime("%m-%d"), sorted(r.units),
             ["sheet" if "xlsx" in p.get("formats", []) else p["kind"] for p in r.parts]) for r in d.requirements]


def test_one_table_per_unit_under_its_numbered_name(tmp_path):
    d = draft(tmp_path, "\n".join([
        "一、葫芦岛市生态环境局建昌分局", HEAD,
        "执法检查自查报告\tWord格式\t十月二十二日（星期四）前",
        "工业固体废物产生及处置台账\tExcel格式\t十月二十二日（星期四）前",
        "二、县住房和城乡建设局", HEAD, "建筑垃圾处置情况报告\tWord格式\t十月二十九日（星期四）前",
        "三、建昌县城乡环卫有限公司", HEAD, "生活垃圾清运量统计表\tExcel格式\t十月二十二日（星期四）前",
        "四、八家子镇人民政府、喇嘛洞镇人民政府", HEAD, "农村生活垃圾收运处置情况统计表\tExcel格式\t十月二十九日（星期四）前"]))
    assert sheet_or_document(d) == [("10-22", ["生态环境局建昌分局"], ["document", "sheet"]),
                                     ("10-29", ["县住建局"], ["document"]),
                                     ("10-29", sorted(["八家子镇", "喇嘛洞镇"]), ["sheet"])]


def test_variant_formats_in_brackets_a_time_limit_head_and_a_county_hospital(tmp_path):
    head = "序号\t报送材料\t报送时限"
    d = draft(tmp_path, "\n".join([
        "一、县卫生健康局", head, "1\t医疗废物处置情况报告（Word格式）\t10月20日前", "2\t医疗废物暂存点现场照片\t10月20日前",
        "二、县人民医院", head, "1\t医疗废物转运登记表（Excel格式）\t10月20日前",
        "三、县交通运输局", head, "1\t道路遗撒治理情况报告（Word格式）\t10月27日前"]))
    assert shapes(d) == [("10-20", ["县卫健局"], ["document", "photo"]), ("10-27", ["县交通局"], ["document"])]


def test_variant_a_town_table_typed_with_bars(tmp_path):
    d = draft(tmp_path, "\n".join([
        "一、建昌镇人民政府", "| 报送材料 | 报送时间 |", "|---|---|",
        "| 垃圾分类示范村名单（Excel格式） | 11月3日前 |", "| 垃圾分类工作总结（Word格式） | 11月3日前 |",
        "二、县商务局", "| 报送材料 | 报送时间 |", "|---|---|", "| 再生资源回收网点统计表（Excel格式） | 11月10日前 |"]))
    assert [(due, units, sorted(parts)) for due, units, parts in sheet_or_document(d)] == [
        ("11-03", ["建昌镇"], ["document", "sheet"]), ("11-10", ["县商务局"], ["sheet"])]


def test_near_miss_one_units_rows_of_two_days_stay_apart(tmp_path):
    d = draft(tmp_path, "\n".join([
        "一、县住房和城乡建设局", HEAD, "建筑垃圾处置情况报告\tWord格式\t十月二十二日（星期四）前",
        "建筑垃圾消纳场台账\tExcel格式\t十月二十九日（星期四）前"]))
    assert sheet_or_document(d) == [("10-22", ["县住建局"], ["document"]), ("10-29", ["县住建局"], ["sheet"])]


def test_near_miss_rows_of_one_day_for_units_apart_stay_apart(tmp_path):
    d = draft(tmp_path, "\n".join([
        "序号\t报送单位\t报送材料\t报送时间",
        "1\t县住建局\t建筑垃圾处置情况报告（Word格式）\t10月22日前",
        "2\t县交通局\t道路遗撒治理情况报告（Word格式）\t10月22日前"]))
    assert shapes(d) == [("10-22", ["县住建局"], ["document"]), ("10-22", ["县交通局"], ["document"])]
