"""What held-out notice 3186 showed the drafter missing (fixed on branch h-fixn162d), on notice texts written for these
tests, with near misses that must not change: a requirements table typed in a .txt notice as lines of cells parted by
bars and no bar at the ends (`序号｜单位｜报送材料｜报送时间` / `1｜国家税务总局建昌县税务局｜…统计表（Excel格式）｜4月24日…前`)
is read as the tab rows of a Word table, each row's unit, paper and time together, not as sentences run into one
another (`typed_tables.rows_tabbed`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, table: str, opening: str = "请有关单位按下列分工报送材料，发送至jcsw_qcxf@163.com。"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县商务局", "关于开展促进汽车消费专项行动的通知", "有关单位",
        f"{opening}\n{table}", "3073年4月10日",
        opening="为进一步释放汽车消费潜力，县商务局决定于5月1日至6月30日开展促进汽车消费专项行动。",
        contact="钱宇航，电话：0429-7512287。"))


def units_by_due(d) -> dict[str, list[str]]:
    by_due: dict[str, list[str]] = {}
    for r in d.requirements:
        by_due.setdefault(r.due.strftime("%m-%d %H:%M"), []).extend(r.units)
    return {due: sorted(units) for due, units in by_due.items()}


def assert_each_row_its_units_time(d):
    assert units_by_due(d) == {"04-24 16:00": ["县市场局", "县税务局"], "05-08 23:59": ["县公安局"]}


# ---------------------------------------------------------------- 3186: 序号｜单位｜报送材料｜报送时间


def test_a_table_of_full_width_bars_is_read_row_by_row(tmp_path):
    d = draft(tmp_path, "序号｜单位｜报送材料｜报送时间\n"
                        "1｜国家税务总局建昌县税务局｜近两年汽车购置税征收情况统计表（Excel格式）｜4月24日（星期四）16:00前\n"
                        "2｜建昌县市场监督管理局｜汽车销售企业登记情况统计表（Excel格式）｜4月24日（星期四）16:00前\n"
                        "3｜建昌县机动车检测站｜车辆检测情况说明（Word格式）｜4月24日（星期四）16:00前\n"
                        "4｜建昌县公安局｜新车注册登记及二手车转移登记情况说明（Word格式）｜5月8日前")
    assert_each_row_its_units_time(d)
    assert [r.parts[0]["formats"][0] for r in d.requirements if r.units == ["县公安局"]] == ["docx"]


def test_variant_plain_bars_with_spaces_and_a_rule_of_dashes(tmp_path):
    d = draft(tmp_path, "报送单位 | 材料名称 | 截止时间 | 备注\n"
                        "---- | ---- | ---- | ----\n"
                        "县税务局 | 汽车购置税征收情况统计表（Excel格式） | 4月24日16:00前 | 近两年\n"
                        "县市场局 | 汽车销售企业登记情况统计表（Excel格式） | 4月24日16:00前 | 无\n"
                        "县公安局 | 新车注册登记情况说明（Word格式） | 5月8日前 | 无")
    assert_each_row_its_units_time(d)


def test_variant_no_serial_column_and_the_off_roster_row_first(tmp_path):
    d = draft(tmp_path, "单位｜报送材料｜报送时限\n"
                        "建昌县机动车检测站｜车辆检测情况说明（Word格式）｜4月24日16时前\n"
                        "建昌县公安局｜新车注册登记情况说明（Word格式）｜5月8日前\n"
                        "建昌县市场监督管理局｜汽车销售企业登记情况统计表（Excel格式）｜4月24日16时前\n"
                        "国家税务总局建昌县税务局｜汽车购置税征收情况统计表（Excel格式）｜4月24日16时前",
              opening="请有关单位按下表报送材料，邮箱jcsw_qcxf@163.com。")
    assert_each_row_its_units_time(d)


def test_near_miss_a_bar_used_once_in_a_sentence_stays_a_sentence(tmp_path):
    d = draft(tmp_path, "请县市场局于4月24日16:00前报送汽车销售企业登记情况统计表（Excel｜WPS表格均可）。\n"
                        "请县公安局于5月8日前报送新车注册登记情况说明（Word格式）。")
    assert units_by_due(d) == {"04-24 16:00": ["县市场局"], "05-08 23:59": ["县公安局"]}


def test_near_miss_column_words_with_no_rows_under_them_stay_as_written(tmp_path):
    d = draft(tmp_path, "各单位报送表格式为：单位｜报送材料｜报送时间\n"
                        "请县市场局于4月24日16:00前报送汽车销售企业登记情况统计表（Excel格式）。")
    assert units_by_due(d) == {"04-24 16:00": ["县市场局"]}
