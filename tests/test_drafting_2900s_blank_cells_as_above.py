"""What held-out notice 2911 showed the drafter missing (fixed on branch h-fixn145b), on notice texts written for these
tests: a table whose 报送时间 cell is left blank under the first row of each group, with a note saying a blank cell is
the row above's (`注：报送时间栏空白的，与上一行报送时间相同`), drafted only the dated rows' units. The note makes each blank
cell of that column the cell above it, as a 同上 written in would (`plain_text._blanks_said_as_above`); a blank cell with
no such note is left as read."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

ROWS = ("建昌县融媒体中心\t用语用字规范自查表（Excel格式）\t{first}",
        "建昌县市场监督管理局\t用语用字规范自查表（Excel格式）\t{blank}",
        "建昌县民政局\t用语用字规范自查表（Excel格式）\t{blank}",
        "建昌县人力资源和社会保障局\t普通话水平测试情况报告（Word格式）\t{second}",
        "建昌县文化旅游和广播电视局\t普通话水平测试情况报告（Word格式）\t{blank}")


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县教育局", "关于做好县域国家通用语言文字普及达标评估迎检准备的通知", "县直有关单位", body, "2995年9月25日",
        opening="为做好迎检准备，请下列单位对照评估指标开展自查。",
        mailbox="jcjyj_yywz2995@163.com", contact="郑雅文  联系电话：0429-7413681"))


def table(header: str = "单位\t报送材料\t报送时间", blank: str = "", first: str = "10月13日（星期二）16时前",
          second: str = "10月20日（星期二）16时前", lead: str = "请按下表要求报送材料。", note: str = "") -> str:
    return "\n".join([lead, header, *(r.format(first=first, second=second, blank=blank) for r in ROWS),
                      *([note] if note else [])])


def dues_and_units(d) -> list[tuple[str, tuple[str, ...]]]:
    return [(f"{r.due:%m-%d %H:%M}", tuple(r.units)) for r in d.requirements]


BOTH = [("10-13 16:00", ("县融媒体中心", "县市场局", "县民政局")), ("10-20 16:00", ("县人社局", "县文旅局"))]


# ---------------------------------------------------------------- 2911: 注：…空白的，与上一行…相同


def test_blank_date_cells_a_note_says_are_the_row_aboves(tmp_path):
    d = draft(tmp_path, table(note="注：报送时间栏空白的，与上一行报送时间相同。"))
    assert dues_and_units(d) == BOTH


def test_variant_another_column_and_words_in_a_remark(tmp_path):
    d = draft(tmp_path, table(header="报送单位\t报送内容\t截止时间", first="10月13日下午4点前", second="10月20日下午4点前",
                              note="备注：截止时间为空的，同上一行。"))
    assert dues_and_units(d) == BOTH


def test_variant_the_note_names_no_column_and_stands_over_the_table(tmp_path):
    d = draft(tmp_path, table(lead="请按下表要求报送材料（表中空白处与上一行相同）：", header="单位\t材料名称\t报送时限"))
    assert dues_and_units(d) == BOTH


def test_variant_a_ditto_mark_is_read_as_the_cell_above(tmp_path):
    assert dues_and_units(draft(tmp_path, table(blank="〃"))) == BOTH


def test_near_miss_blank_cells_with_no_note_are_left_as_read(tmp_path):
    d = draft(tmp_path, table())
    assert [due for due, _ in dues_and_units(d)] == ["10-13 16:00", "10-20 16:00"]
    assert "县市场局" not in d.requirements[0].units


def test_near_miss_a_note_saying_a_blank_cell_asks_nothing(tmp_path):
    d = draft(tmp_path, table(note="注：报送时间栏空白的单位本次不报送。"))
    assert "县市场局" not in d.requirements[0].units and "县文旅局" not in d.requirements[-1].units


def test_variant_a_time_limit_column_not_filled_in(tmp_path):
    d = draft(tmp_path, table(note="说明：报送时限一栏未填写的，与上一行相同。", header="单位\t报送材料\t报送时限"))
    assert dues_and_units(d) == BOTH
