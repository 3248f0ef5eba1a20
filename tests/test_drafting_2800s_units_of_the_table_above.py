"""What held-out notice 2811 showed the drafter missing (fixed on branch h-fixn140b), on notice texts written for these
tests: a `序号 | 单位 | 报送材料` table with no date column, the line right under it sending by one date what the table's
units hold (`请表中各单位于十月十八日…前将材料发送至…邮箱，…。县文旅局将于十月二十二日至…开展现场检查。`): that date is each
row's, the rows of one day parted by their papers, an off-roster body's row left out; the office's own dates in the
line's next sentence are no part of it (2811)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes

ROWS = ["1\t建昌县市场监督管理局\t涉旅投诉处理情况统计表（Excel格式）",
        "2\t建昌县交通运输局\t旅游包车运营检查情况（Word格式）",
        "3\t建昌县旅游协会\t会员旅行社名录"]


def draft(tmp_path, note: str, rows: list[str] = ROWS, header: str = "序号\t单位\t报送材料"):
    body = "检查期间需相关部门提供的材料如下表。\n" + header + "\n" + "\n".join(rows) + "\n" + note
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", "关于开展旅行社经营服务质量专项检查的通知", "县市场局、县交通局，建昌县旅游协会", body,
        "二九四五年十月十一日", contact="刘海涛，电话：0429-7513358"))


def by_unit(d) -> list[tuple[list[str], str, list[str]]]:
    return sorted((sorted(r.units), r.due.strftime("%m-%d %H:%M"), part_shapes(r)) for r in d.requirements)


# ---------------------------------------------------------------- 2811: 请表中各单位于…前将材料发送至… under the table


def test_the_line_sending_what_the_tables_units_hold_dates_each_row(tmp_path):
    d = draft(tmp_path, "请表中各单位于十月十八日（星期一）下午三时前将材料发送至jcwlj_lvxingshe@163.com，建昌县旅游协会的名录"
                        "以纸质形式报送县文旅局市场管理股。县文旅局将于十月二十二日至十月二十九日组织执法人员开展现场检查。")
    assert by_unit(d) == [(["县交通局"], "10-18 15:00", ["document"]), (["县市场局"], "10-18 15:00", ["sheet"])]


def test_variant_the_units_listed_above_asked_with_other_words(tmp_path):
    d = draft(tmp_path, "上表所列单位须在10月18日下午3时前将相关材料报送至jcwlj_lvxingshe@163.com。", header="序号\t报送单位\t材料名称")
    assert by_unit(d) == [(["县交通局"], "10-18 15:00", ["document"]), (["县市场局"], "10-18 15:00", ["sheet"])]


def test_variant_the_departments_above_by_a_bare_date(tmp_path):
    d = draft(tmp_path, "以上各部门请于十月十八日前将材料报送县文旅局邮箱jcwlj_lvxingshe@163.com。")
    assert by_unit(d) == [(["县交通局"], "10-18 23:59", ["document"]), (["县市场局"], "10-18 23:59", ["sheet"])]


def test_variant_rows_of_one_paper_stay_one_requirement(tmp_path):
    rows = ["1\t县市场局\t涉旅投诉处理情况统计表（Excel格式）", "2\t县交通局\t涉旅投诉处理情况统计表（Excel格式）"]
    d = draft(tmp_path, "请表中各单位于十月十八日前将材料报送县文旅局邮箱jcwlj_lvxingshe@163.com。", rows=rows)
    assert by_unit(d) == [(["县交通局", "县市场局"], "10-18 23:59", ["sheet"])]


def test_near_miss_a_line_naming_the_tables_units_for_work_dates_no_row(tmp_path):
    d = draft(tmp_path, "请表中各单位于十月十八日前做好现场检查准备。材料报送至jcwlj_lvxingshe@163.com。")
    assert all(len(r.units) != 1 for r in d.requirements)
