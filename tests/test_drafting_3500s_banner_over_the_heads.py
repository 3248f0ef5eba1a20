"""What held-out notice 3503 showed the drafter missing (fixed on branch h-fixn176d), on notice texts written for these
tests, with near misses that must not change: a requirements table whose header is two rows, the first only a banner
over the paper columns (`序号 | 单位 | 报送材料及时间 | 报送材料及时间`, the lead cells repeated below as a merged cell drawn
cell by cell, or one merged cell in Word) and the second naming each column's paper and day (`自查报告（Word格式）六月九日
（星期一）十六时前 | 整改报告（Word格式，附系统整改截图）七月七日（星期一）前`), is read with the second row as its header
(two_row_headers._header_under_a_banner); and a row's `—（无需整改）` cell (a dash with its reason bracketed) sends none of
its column's paper, the rest of the row still sending (table_grids.NONE_WITH_A_REASON)."""

from __future__ import annotations

import docx

from collector.drafting import draft_campaign, read_notice
from collector.roster import builtin_roster
from drafting_helpers import draft_of_a_file, notice_text

LEAD_IN = "请有关单位按下表所列材料和时间，将材料发送至jcrs_jjaq@163.com。"


def notice(table: str, issued: str = "3231年5月12日") -> str:
    return notice_text("建昌县人力资源和社会保障局", "关于开展社会保险基金管理风险自查整改工作的通知", "有关单位",
                       LEAD_IN + "\n" + table, issued, contact="邵明，电话：0429-7518263")


def draft(tmp_path, table: str):
    return draft_of_a_file(tmp_path, notice(table))


def table(*rows: str) -> str:
    return "\n".join(rows)


def shapes(requirement) -> list[str]:
    """photo, sheet (a spreadsheet's formats) or document: the words of an expected file's parts."""
    return sorted(p["kind"] if p["kind"] == "photo" else "sheet" if "xlsx" in (p.get("formats") or []) else "document"
                  for p in requirement.parts)


def by_due(d) -> dict[str, tuple[list[str], list[str]]]:
    return {r.due.strftime("%m-%d"): (sorted(r.units), shapes(r)) for r in d.requirements}


ROWS = ("1\t建昌县医疗保障局\t报送\t报送", "2\t建昌县退役军人事务局\t报送\t—（无需整改）",
        "3\t建昌县社会保险事业服务中心\t报送\t报送", "4\t国家税务总局建昌县税务局\t报送\t报送")


def assert_three_then_two(d, first: str = "06-09", second: str = "07-07", second_kinds=("document", "photo")):
    got = by_due(d)
    assert sorted(got) == [first, second]
    assert got[first] == (["县医保局", "县税务局", "县退役军人局"], ["document"])
    assert got[second] == (["县医保局", "县税务局"], sorted(second_kinds))


# ---------------------------------------------------------------- 3503: the banner row, the days in the second row


def test_a_banner_row_over_the_heads_naming_each_paper_and_its_day(tmp_path):
    d = draft(tmp_path, table("序号\t单位\t报送材料及时间\t报送材料及时间",
                              "序号\t单位\t自查报告（Word格式）六月九日（星期一）十六时前\t整改报告（Word格式，附系统整改截图）七月七日（星期一）前",
                              *ROWS))
    assert_three_then_two(d)


def test_variant_the_banner_over_heads_whose_lead_cells_are_blank_and_a_let_off_with_its_reason(tmp_path):
    d = draft(tmp_path, table("序号\t单位名称\t报送内容及时限\t报送内容及时限",
                              "\t\t排查台账（Excel格式）6月9日（星期一）16:00前\t整改报告（Word格式）7月7日（星期一）前",
                              "1\t建昌县医疗保障局\t报送\t报送", "2\t建昌县退役军人事务局\t报送\t本次不报送（未发现问题）",
                              "3\t国家税务总局建昌县税务局\t√\t√"))
    got = by_due(d)
    assert got["06-09"] == (["县医保局", "县税务局", "县退役军人局"], ["sheet"])
    assert got["07-07"] == (["县医保局", "县税务局"], ["document"])


def test_variant_a_word_table_its_banner_one_merged_cell_and_its_lead_cells_merged_down(tmp_path):
    document = docx.Document()
    above, below = notice("TABLE").split("TABLE")
    for line in above.rstrip("\n").split("\n"):
        document.add_paragraph(line)
    grid = document.add_table(rows=2 + len(ROWS), cols=4)
    heads = ["序号", "单位", "报送材料及时间", "", "", "", "自查报告（Word格式）六月九日（星期一）十六时前",
             "整改报告（Word格式，附系统整改截图）七月七日（星期一）前"]
    for k, text in enumerate(heads + [c for row in ROWS for c in row.split("\t")]):
        grid.cell(k // 4, k % 4).text = text
    grid.cell(0, 2).merge(grid.cell(0, 3))
    grid.cell(0, 0).merge(grid.cell(1, 0))
    grid.cell(0, 1).merge(grid.cell(1, 1))
    for line in below.lstrip("\n").split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "notice.docx"
    document.save(path)
    assert_three_then_two(draft_campaign(read_notice(path), builtin_roster()))


def test_variant_one_header_row_the_dash_with_its_reason_lets_off_that_paper_alone(tmp_path):
    d = draft(tmp_path, table("序号\t单位\t自查报告（Word格式）六月九日（星期一）十六时前\t整改报告（Word格式，附系统整改截图）七月七日（星期一）前",
                              *ROWS[:2], ROWS[3]))
    assert_three_then_two(d)


# ---------------------------------------------------------------- near misses


def test_near_miss_a_first_row_over_a_row_of_data_stays_the_header(tmp_path):
    d = draft(tmp_path, table("序号\t单位\t自查报告（Word格式）六月九日（星期一）十六时前\t整改报告（Word格式，附系统整改截图）七月七日（星期一）前",
                              "1\t建昌县医疗保障局\t报送\t报送", "2\t国家税务总局建昌县税务局\t报送\t报送"))
    got = by_due(d)
    assert got["06-09"][0] == got["07-07"][0] == ["县医保局", "县税务局"]


def test_near_miss_a_paper_with_a_bracket_after_it_is_still_sent(tmp_path):
    d = draft(tmp_path, table("序号\t单位\t自查报告（Word格式）六月九日（星期一）十六时前\t整改报告（Word格式，附系统整改截图）七月七日（星期一）前",
                              "1\t建昌县医疗保障局\t报送\t报送", "2\t建昌县退役军人事务局\t报送\t整改报告（无需盖章）",
                              "3\t国家税务总局建昌县税务局\t报送\t报送"))
    assert "县退役军人局" in by_due(d)["07-07"][0]


def test_near_miss_papers_over_format_and_time_still_join_their_two_rows(tmp_path):
    d = draft(tmp_path, table("序号\t单位\t自查报告\t自查报告\t整改报告\t整改报告",
                              "\t\t格式\t报送时间\t格式\t报送时间",
                              "1\t建昌县医疗保障局\tWord\t6月9日16:00前\tWord\t7月7日前",
                              "2\t国家税务总局建昌县税务局\tWord\t6月9日16:00前\tWord\t7月7日前"))
    got = by_due(d)
    assert sorted(got) == ["06-09", "07-07"] and got["06-09"][0] == ["县医保局", "县税务局"]
