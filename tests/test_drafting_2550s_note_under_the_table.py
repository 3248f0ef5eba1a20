"""A note under a table of rows (`以上材料电子版发送至…，报告需加盖单位公章`) is said of every row it names, not only of the
last row, whose sentence it follows (notice 683, h-fixrows' second round): each row's reading takes the line under the
table (`around.neighbours` past the table's other rows), and a stamp clause whose subject is a bare kind of paper
(`报告需加盖…`) stamps only the rows whose paper is of that kind (`stamped.KIND_STAMPED`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, note: str):
    body = ("二、任务分工及报送要求\n"
            "单位\t报送材料\t报送时限\n"
            "各乡镇人民政府\t夜市摊位排查台账（附件1）\t6月15日（星期一）前\n"
            "县市场局\t夜市食品安全监管情况报告\t6月22日（星期一）下午4时前\n"
            "县交通局\t夜市周边道路通行情况报告\t6月22日（星期一）下午4时前\n"
            f"{note}\n")
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县综合行政执法局", "关于开展城区夜市经营秩序调查的通知", "各乡镇人民政府，县市场局，县交通局", body,
        "2933年6月2日", opening="为规范城区夜市经营秩序，现将有关事项通知如下。",
        mailbox="jczf_yeshi2933@163.com", contact="许亮  联系电话：0429-7224567"))


def shapes(requirement):
    return sorted(map(part_shape, requirement.parts))


def test_a_note_under_the_table_stamping_the_reports_reaches_every_report_row_alike(tmp_path):
    towns, market, transport = draft(
        tmp_path, "以上材料电子版发送至jczf_yeshi2933@163.com，报告需加盖单位公章。").requirements
    assert market.units == ["县市场局"] and transport.units == ["县交通局"]
    assert shapes(market) == shapes(transport) == ["scan"]
    assert "scan" not in shapes(towns)  # the 台账 is no 报告: not stamped


def test_near_miss_a_note_stamping_nothing_leaves_every_row_its_own_paper(tmp_path):
    towns, market, transport = draft(tmp_path, "以上材料电子版发送至jczf_yeshi2933@163.com。").requirements
    assert shapes(market) == shapes(transport) == ["document"] and "scan" not in shapes(towns)
