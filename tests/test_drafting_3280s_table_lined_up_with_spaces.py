"""What held-out notice 3286 showed the drafter missing (fixed on branch h-fixn162d), on notice texts written for these
tests, with near misses that must not change: a requirements table typed in a .txt notice with its columns lined up by
runs of spaces, full-width or plain, and no tabs (`单位　　　　报送材料　　　　报送时间` over `建昌县市场监督管理局　　外资企业…
说明（Word格式）　　5月22日（星期二）前`) is read as the tab rows of a Word table, a row whose cell fills its column parted by
one space (`国家税务总局建昌县税务局　外资企业纳税情况统计表…`), not as sentences (`typed_tables.rows_tabbed`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

W = "\u3000"  # a full-width space


def draft(tmp_path, table: str, after: str = "县商务局将于6月中旬召开外资企业座谈会，通报调查情况。"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县商务局", "关于做好外资企业经营情况调查的通知", "八家子经济开发区管委会，县直有关单位",
        f"请有关单位按下列要求将材料发送至jcsw_wzdc@163.com。\n{table}\n{after}", "3123年4月20日",
        opening="为掌握全县外资企业生产经营和投资意向，县商务局决定开展外资企业经营情况调查。",
        contact="吴丽，电话：0429-7518806。"))


def units_by_due(d) -> dict[str, list[str]]:
    by_due: dict[str, list[str]] = {}
    for r in d.requirements:
        by_due.setdefault(r.due.strftime("%m-%d"), []).extend(r.units)
    return {due: sorted(units) for due, units in by_due.items()}


def assert_each_row_its_units_day(d):
    assert units_by_due(d) == {"05-08": ["八家子经济开发区", "县税务局"], "05-22": ["县市场局"]}


def lined_up(rows: list[list[str]], space: str, pad: int = 1) -> str:
    """Rows typed with each column starting where the widest cell above or below it ends, plus ``pad`` spaces."""
    widths = [max(len(r[k]) for r in rows) + pad for k in range(len(rows[0]))]
    return "\n".join("".join(c + space * (w - len(c)) for c, w in zip(r, widths)).rstrip(space) for r in rows)


ROWS = [["单位", "报送材料", "报送时间"],
        ["八家子经济开发区管委会", "区内外资企业经营情况统计表（Excel格式）", "5月8日（星期二）前"],
        ["建昌县市场监督管理局", "外资企业登记变更情况说明（Word格式）", "5月22日（星期二）前"],
        ["建昌县外商投资企业协会", "会员企业经营情况说明（Word格式）", "5月22日（星期二）前"],
        ["国家税务总局建昌县税务局", "外资企业纳税情况统计表（Excel格式）", "5月8日（星期二）前"]]


# ---------------------------------------------------------------- 3286: 单位　　　　报送材料　　　　报送时间


def test_a_table_lined_up_with_full_width_spaces_is_read_row_by_row(tmp_path):
    assert "国家税务总局建昌县税务局" + W + "外资" in lined_up(ROWS, W)  # the widest cell parted by one space
    d = draft(tmp_path, lined_up(ROWS, W))
    assert_each_row_its_units_day(d)
    assert len(d.requirements) == 3


def test_variant_plain_spaces_and_other_column_words_with_a_rule_under_the_header(tmp_path):
    table = lined_up([["报送单位", "材料名称", "截止日期"]] + ROWS[1:], " ").split("\n")
    d = draft(tmp_path, "\n".join([table[0], "-" * 60, *table[1:]]))
    assert_each_row_its_units_day(d)


def test_variant_a_serial_column_one_space_wide_and_a_remarks_column(tmp_path):
    rows = [["序号", *ROWS[0], "备注"]] + [[str(n), *r, "无"] for n, r in enumerate(ROWS[1:], 1)]
    assert lined_up(rows, W).startswith("序号" + W + "单位")
    d = draft(tmp_path, lined_up(rows, W))
    assert_each_row_its_units_day(d)


def test_near_miss_words_parted_by_one_full_width_space_stay_a_sentence(tmp_path):
    d = draft(tmp_path, f"请县市场局{W}于5月22日前报送外资企业登记变更情况说明（Word格式）。\n联系人{W}吴丽{W}报送单位{W}报送时间",
              after=f"建昌县商务局{W}{W}外资企业调查组")
    assert units_by_due(d) == {"05-22": ["县市场局"]}


def test_near_miss_column_words_over_sentences_leave_the_sentences_as_written(tmp_path):
    d = draft(tmp_path, f"单位{W * 4}报送材料{W * 4}报送时间\n"
                        "请县市场局于5月22日前报送外资企业登记变更情况说明（Word格式）。\n"
                        "请县税务局于5月8日前报送外资企业纳税情况统计表（Excel格式）。")
    assert units_by_due(d) == {"05-08": ["县税务局"], "05-22": ["县市场局"]}
