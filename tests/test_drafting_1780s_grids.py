"""What held-out notices 1780–1799 showed the drafter missing in requirement tables (the share of branch h-fixn89b), on
notice texts written for these tests, each with a near miss that must not fire: rows of one sender and one date, the
second often by 〃, one requirement of several parts (1783); a table whose column headers are the deadlines and whose
cells name the units, each cell a requirement of its row's material and its column's date (1787)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.reading.table_grids import grids_as_rows, same_senders_joined
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcslj_syd@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府，县卫健局，县住建局："):
    text = (f"关于开展2461年农村供水工程运行管理排查的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：郝立新  联系电话：0429-7712095\n\n建昌县水利局\n2461年4月3日\n")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


def when(r) -> tuple[int, int, int]:
    return r.due.month, r.due.day, r.due.hour


# ---------------------------------------------------------------- 1783: rows of one sender and one date

ROWS = ("请各单位按下表报送材料。\n序号\t报送单位\t报送材料\t格式\t报送时限\n"
        "1\t各乡镇\t供水工程排查表\tExcel\t5月10日前\n"
        "2\t县卫健局\t水质检测情况报告\tWord\t5月17日前\n"
        "3\t{unit}\t水质检测台账\tExcel\t{day}\n")


def test_rows_of_one_sender_and_one_date_are_one_requirement():
    towns, health = draft(ROWS.format(unit="〃", day="〃")).requirements
    assert sorted(towns.units) == TOWNS and when(towns) == (5, 10, 23)
    assert health.units == ["县卫健局"] and when(health) == (5, 17, 23)
    assert kinds(health) == ["document/docx", "document/xlsx"]


def test_the_rows_joined_when_written_out_too():
    *_, health = draft(ROWS.format(unit="县卫健局", day="5月17日前")).requirements
    assert kinds(health) == ["document/docx", "document/xlsx"]


def test_rows_of_one_sender_and_two_dates_stay_two():
    """Near miss: the same sender by another date is a requirement of its own."""
    _, health, later = draft(ROWS.format(unit="〃", day="5月24日前")).requirements
    assert health.units == later.units == ["县卫健局"]
    assert (when(health), when(later)) == ((5, 17, 23), (5, 24, 23))
    assert kinds(health) == ["document/docx"] and kinds(later) == ["document/xlsx"]


def test_rows_of_one_date_and_two_senders_stay_two():
    """Near miss: the same date for another sender is a requirement of its own."""
    _, health, housing = draft(ROWS.format(unit="县住建局", day="〃")).requirements
    assert health.units == ["县卫健局"] and housing.units == ["县住建局"]
    assert when(health) == when(housing) == (5, 17, 23)


def test_rows_apart_are_not_joined():
    """Near miss: two rows of one sender and date with another row between them are left as written."""
    text = ("序号\t报送单位\t报送材料\t报送时限\n1\t县卫健局\t甲表\t5月17日前\n2\t县住建局\t乙表\t5月17日前\n"
            "3\t县卫健局\t丙表\t5月17日前")
    assert same_senders_joined(text) == text


# ---------------------------------------------------------------- 1787: deadlines as column headers, units in cells

GRID = ("请各单位按下表所列时间报送材料（表中“—”为无需报送）。\n"
        "报送材料\t5月13日前\t5月27日前\n"
        "供水工程基础信息表（Excel）\t建昌镇、大屯镇\t—\n"
        "水质检测情况（Word）\t县卫健局\t—\n"
        "工程现场照片\t—\t建昌镇、大屯镇\n"
        "管网改造报告（盖章PDF扫描件）\t—\t县住建局\n")


def test_a_grid_of_dates_gives_each_cell_its_rows_material_and_its_columns_date():
    sheet, health, photos, scan = draft(GRID, "建昌镇、大屯镇人民政府，县卫健局，县住建局：").requirements
    assert sheet.units == ["建昌镇", "大屯镇"] and when(sheet) == (5, 13, 23) and kinds(sheet) == ["document/xlsx"]
    assert health.units == ["县卫健局"] and when(health) == (5, 13, 23) and kinds(health) == ["document/docx"]
    assert photos.units == ["建昌镇", "大屯镇"] and when(photos) == (5, 27, 23) and kinds(photos) == ["photo"]
    assert scan.units == ["县住建局"] and when(scan) == (5, 27, 23) and kinds(scan) == ["document/pdf"]


def test_a_grid_as_a_pdf_gives_it_its_cells_parted_by_spaces_its_names_over_lines():
    pdf = ("报送材料 5 月13 日前 5 月27 日前\n供水工程基础信息表\n（Excel）\n建昌镇、大屯镇 —\n"
           "工程现场照片 — 建昌镇、大屯镇\n管网改造报告（盖章PDF\n扫描件）\n— 县住建局\n三、其他事项")
    assert grids_as_rows(pdf).split("\n") == [
        "序号\t报送单位\t报送材料\t报送时限",
        "1\t建昌镇、大屯镇\t供水工程基础信息表（Excel）\t5月13日前",
        "2\t建昌镇、大屯镇\t工程现场照片\t5月27日前",
        "3\t县住建局\t管网改造报告（盖章PDF扫描件）\t5月27日前",
        "三、其他事项"]


def test_a_grid_whose_cells_name_no_units_is_left_as_written():
    """Near miss: dates over columns of figures (a schedule of progress) are no senders' grid."""
    text = "工作内容\t5月13日前\t5月27日前\n管网改造\t完成50%\t全部完成\n水源地界标\t完成设置\t—"
    assert grids_as_rows(text) == text


def test_a_header_of_one_date_is_no_grid():
    """Near miss: one date column (报送材料 | 5月13日前) is an ordinary table."""
    text = "报送材料\t5月13日前\n供水工程基础信息表\t建昌镇"
    assert grids_as_rows(text) == text
