"""What held-out notice 3551 showed the drafter missing (fixed on branch h-fixn177k), on notice texts written for these
tests, with near misses that must not change: a requirements table with no date column (`序号 | 单位 | 报送材料`) whose
one day is a caption right above its header, set in the table's frame as a row of one cell (`报送时间：四月五日（星期一）
十六时前` | (blank) | (blank), a ruled PDF's first row) or as a line of its own, dates every row that asks, each unit its
row's paper; a row letting its unit off (`—（本次不报送）`) gets no day."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

OPENING = "为推进依法治县工作，现就有关事项通知如下。请下表所列单位按表中要求报送，发送至jcyfzx_tj@163.com。"


def draft(tmp_path, table: str, after: str = "请建昌县司法局于4月19日前将全县工作总结（Word格式）报送至上述邮箱。"):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县委全面依法治县委员会办公室", "关于开展法治宣传阵地建设情况统计的通知", "各有关单位",
        f"{OPENING}\n{table}\n{after}", "3255年3月22日", contact="冯志强，电话：0429-7512148"))


def units_by_due(d) -> dict[str, set[str]]:
    by_due: dict[str, set[str]] = {}
    for r in d.requirements:
        by_due.setdefault(r.due.strftime("%m-%d %H:%M"), set()).update(r.units)
    return by_due


# ---------------------------------------------------------------- 3551: 报送时间：… in the table's first row, one cell


def test_the_caption_row_in_the_tables_frame_dates_its_rows(tmp_path):
    d = draft(tmp_path, "报送时间：四月五日（星期一）十六时前\t\t\n序号\t单位\t报送材料\n"
                        "1\t建昌镇人民政府\t法治宣传阵地情况统计表（Excel格式）\n"
                        "2\t八家子镇人民政府\t法治宣传阵地情况统计表（Excel格式）\n"
                        "3\t建昌县文化旅游和广播电视局\t法治宣传阵地情况统计表（Excel格式）\n"
                        "4\t建昌县实验小学\t法治宣传阵地情况统计表（Excel格式）\n"
                        "5\t建昌县教育局\t—（本次不报送）")
    assert units_by_due(d) == {"04-05 16:00": {"建昌镇", "八家子镇", "县文旅局"}, "04-19 23:59": {"县司法局"}}


def test_variant_a_caption_line_of_its_own_over_a_table_with_no_numbers(tmp_path):
    d = draft(tmp_path, "报送时限：4月6日16:00前\n单位\t报送材料\n"
                        "大屯镇人民政府\t普法宣传情况统计表（Excel格式）\n"
                        "建昌县卫生健康局\t普法宣传情况统计表（Excel格式）\n"
                        "建昌县民政局\t普法宣传情况统计表（Excel格式）")
    assert units_by_due(d) == {"04-06 16:00": {"大屯镇", "县卫健局", "县民政局"}, "04-19 23:59": {"县司法局"}}


def test_variant_a_caption_row_asking_in_words_each_unit_its_own_paper(tmp_path):
    d = draft(tmp_path, "请于4月7日（星期二）下午4点前报送\t\t\t\n序号\t报送单位\t报送材料\t备注\n"
                        "1\t玲珑塔镇人民政府\t普法阵地统计表（Excel格式）\t\n"
                        "2\t建昌县交通运输局\t普法阵地建设情况说明（Word格式）\t\n"
                        "3\t建昌县水利局\t—（本次不报送）\t")
    assert units_by_due(d) == {"04-07 16:00": {"玲珑塔镇", "县交通局"}, "04-19 23:59": {"县司法局"}}
    assert sorted(r.units for r in d.requirements if r.due.strftime("%m-%d") == "04-07") == [["县交通局"], ["玲珑塔镇"]]


def test_near_miss_a_table_dated_row_by_row_keeps_its_days(tmp_path):
    d = draft(tmp_path, "报送时间：按表中时间\t\t\t\n序号\t单位\t报送材料\t报送时间\n"
                        "1\t建昌镇人民政府\t法治宣传阵地情况统计表（Excel格式）\t4月5日前\n"
                        "2\t八家子镇人民政府\t法治宣传阵地情况统计表（Excel格式）\t4月12日前")
    by_due = units_by_due(d)
    assert by_due["04-05 23:59"] == {"建昌镇"} and by_due["04-12 23:59"] == {"八家子镇"}


def test_near_miss_a_line_above_naming_its_own_sender_is_not_the_tables_day(tmp_path):
    d = draft(tmp_path, "县司法局于4月2日前报送工作方案（Word格式）。\n序号\t单位\t报送材料\n"
                        "1\t建昌镇人民政府\t法治宣传阵地情况统计表（Excel格式）\n"
                        "2\t八家子镇人民政府\t法治宣传阵地情况统计表（Excel格式）")
    assert not any("建昌镇" in r.units for r in d.requirements if r.due.strftime("%m-%d") == "04-02")
