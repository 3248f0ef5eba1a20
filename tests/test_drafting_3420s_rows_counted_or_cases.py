"""What held-out notices 3423 and 3439 showed the drafter missing (fixed on branch h-fixn168a), on notice texts written
for these tests, each with a near miss that must not change. Both are ruled tables whose rows are not one paper per
unit:

- 3423: a table of counts only (`序号 | 单位 | 在册特殊食品经营户（家）`), the sentence under it asking the papers of
  `上表中经营户家数不为零的单位` and letting off `经营户家数为零的单位`: the units are the rows whose count is not zero
  (`counted_rows.units_by_their_count_spelled_out`), and the second clause of that sentence (`，于七月二日前将…报告…发送至
  同一邮箱；…为零的单位本次无需报送`) keeps its subject, the units it names being only let off.
- 3439: rows of cases (`序号 | 事项编号 | 信访事项 | 责任单位 | 报送时间`), one unit on two rows with two days, under
  `请责任单位…在表中所列时间前将化解情况报告（Word格式）发送至…`: every row sends that sentence's paper by its own day, the
  rows of one day one requirement (`table_times.BY_THE_TABLES_TIMES`), and a row whose unit cell names a body off the
  roster is no ask of the sentence's senders (`table_times.senders_above_the_tables_times`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

TOWNS = "有关乡镇人民政府，八家子经济开发区管委会"


def draft(tmp_path, body: str, addressee: str = TOWNS, issuer: str = "建昌县市场监督管理局",
          title: str = "关于开展特殊食品经营单位专项排查的通知"):
    return draft_of_a_file(tmp_path, notice_text(issuer, title, addressee, body, "三一九一年六月十日",
                                                 contact="赵文博，电话：0429-7519315"))


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


def table(*rows: str) -> str:
    return "\n".join(row.replace(" | ", "\t") for row in rows)


COUNTS = table("序号 | 单位 | 在册特殊食品经营户（家）", "1 | 建昌镇人民政府 | 12", "2 | 八家子镇人民政府 | 7",
               "3 | 石佛乡人民政府 | 0", "4 | 新开岭乡人民政府 | 3", "5 | 八家子经济开发区管委会 | 0",
               "6 | 建昌县城区农贸市场服务中心 | 5")
THE_THREE = ["八家子镇", "建昌镇", "新开岭乡"]


# ---------------------------------------------------------------- 3423: 上表中经营户家数不为零的单位


def test_the_units_whose_count_is_not_zero_send_both_papers(tmp_path):
    d = draft(tmp_path, "县市场监督管理局决定开展特殊食品经营单位专项排查。下表为各单位辖区内在册特殊食品经营户家数。\n" + COUNTS
              + "\n请上表中经营户家数不为零的单位于六月十八日（星期二）十六时前将特殊食品经营户排查台账（Excel格式）发送至"
                "jcsj_tsp@163.com，于七月二日（星期二）前将排查情况报告（Word格式）发送至同一邮箱；经营户家数为零的单位本次无需报送。")
    assert units_by_due(d) == {"06-18": THE_THREE, "07-02": THE_THREE}


def test_variant_more_than_zero_said_of_the_towns_the_count_column_named(tmp_path):
    rows = table("乡镇 | 在册户数 | 已检查户数", "建昌镇 | 4 | 0", "汤神庙镇 | 0 | 0", "石佛乡 | 2 | 0", "要路沟乡 | 0 | 0")
    d = draft(tmp_path, "各乡镇辖区内在册经营户情况如下：\n" + rows + "\n请上表中在册户数大于0的乡镇于6月18日前将排查台账（Excel格式）"
              "发送至jcsj_tsp@163.com。", addressee="各乡镇人民政府")
    assert units_by_due(d) == {"06-18": ["建昌镇", "石佛乡"]}


def test_variant_the_zero_rows_let_off_in_a_sentence_of_their_own(tmp_path):
    rows = table("序号 | 乡镇 | 隐患点（处）", "1 | 建昌镇 | 3", "2 | 药王庙镇 | 0", "3 | 玲珑塔镇 | 5")
    d = draft(tmp_path, "经排查，各乡镇隐患点数量见下表。\n" + rows + "\n请各乡镇于7月5日前将隐患整改台账（Excel格式）发送至"
              "jcsj_tsp@163.com。隐患点数量为零的乡镇本次不报送。", addressee="建昌镇人民政府、药王庙镇人民政府、玲珑塔镇人民政府")
    assert units_by_due(d) == {"07-05": ["建昌镇", "玲珑塔镇"]}


def test_variant_a_second_clause_keeps_its_subject_past_a_unit_let_off(tmp_path):
    d = draft(tmp_path, "请建昌镇、八家子镇于6月18日16时前将排查台账（Excel格式）发送至jcsj_tsp@163.com，于7月2日前将排查情况报告"
                        "（Word格式）发送至同一邮箱；石佛乡本次无需报送。")
    assert units_by_due(d) == {"06-18": ["八家子镇", "建昌镇"], "07-02": ["八家子镇", "建昌镇"]}


def test_near_miss_two_count_columns_the_words_do_not_tell_apart(tmp_path):
    rows = table("序号 | 单位 | 经营户（家） | 从业人员（人）", "1 | 建昌镇人民政府 | 12 | 0", "2 | 石佛乡人民政府 | 0 | 4")
    d = draft(tmp_path, "各单位情况如下：\n" + rows + "\n请上表所列单位于6月18日前将排查台账（Excel格式）发送至jcsj_tsp@163.com；"
              "数量为零的单位本次无需报送。", addressee="建昌镇人民政府、石佛乡人民政府")
    assert units_by_due(d) == {"06-18": ["建昌镇", "石佛乡"]}


# ---------------------------------------------------------------- 3439: rows of cases, 在表中所列时间前


PETITIONS = dict(issuer="中共建昌县委政法委员会", title="关于开展重复信访事项集中化解攻坚的通知", addressee="有关单位")
ON_TWO_DAYS = {"08-23": ["县住建局", "建昌镇"], "09-20": ["县人社局", "建昌镇"]}


def test_each_case_sends_the_paper_named_above_by_its_own_day(tmp_path):
    rows = table("序号 | 事项编号 | 信访事项 | 责任单位 | 报送时间",
                 "1 | XF-01 | 城区房屋征收补偿争议 | 建昌镇人民政府 | 八月二十三日（星期一）前",
                 "2 | XF-02 | 商品房办证遗留问题 | 建昌县住房和城乡建设局 | 八月二十三日（星期一）前",
                 "3 | XF-03 | 土地承包经营权纠纷 | 建昌镇人民政府 | 九月二十日（星期一）前",
                 "4 | XF-04 | 农网改造补偿诉求 | 国网建昌县供电公司 | 八月二十三日（星期一）前",
                 "5 | XF-05 | 拖欠农民工工资诉求 | 建昌县人力资源和社会保障局 | 九月二十日（星期一）前")
    d = draft(tmp_path, "经梳理，下表所列事项由相关责任单位包案化解。请责任单位按“一案一报告”要求，在表中所列时间前将化解情况报告"
                        "（Word格式）发送至jczfw_hj@163.com。\n" + rows, **PETITIONS)
    assert units_by_due(d) == ON_TWO_DAYS


def test_variant_within_the_times_the_table_below_sets_a_lead_unit_column(tmp_path):
    rows = table("序号 | 问题线索 | 承办单位 | 报送时间", "1 | 违规占地建房 | 建昌县住房和城乡建设局 | 8月23日前",
                 "2 | 集体资金使用不规范 | 建昌镇人民政府 | 8月23日前", "3 | 征地补偿未到位 | 建昌镇人民政府 | 9月20日前",
                 "4 | 社保待遇核定争议 | 建昌县人力资源和社会保障局 | 9月20日前")
    d = draft(tmp_path, "请各承办单位于下表规定时限内将核查情况报告（Word格式）发送至jczfw_hj@163.com。\n" + rows, **PETITIONS)
    assert units_by_due(d) == ON_TWO_DAYS


def test_variant_by_the_times_the_table_fixes_with_a_remarks_column_and_an_off_roster_row(tmp_path):
    rows = table("序号 | 事项编号 | 责任单位 | 报送时间 | 备注",
                 "1 | 2023-017 | 建昌镇人民政府 | 8月23日前 | 包案领导已确定",
                 "2 | 2023-021 | 建昌县住房和城乡建设局 | 8月23日前 | ",
                 "3 | 2023-030 | 建昌县城区供热有限公司 | 8月23日前 | 企业自行化解",
                 "4 | 2023-034 | 建昌镇人民政府 | 9月20日前 | ",
                 "5 | 2023-042 | 建昌县人力资源和社会保障局 | 9月20日前 | 需会同县法院")
    d = draft(tmp_path, "请各责任单位于表中确定的报送时间前，将化解情况报告（Word格式）报送至jczfw_hj@163.com。\n" + rows, **PETITIONS)
    assert units_by_due(d) == ON_TWO_DAYS


def test_near_miss_rows_of_months_naming_no_unit_are_the_sentences_units(tmp_path):
    rows = table("数据月份 | 报送时限", "7月 | 8月5日前", "8月 | 9月5日前")
    d = draft(tmp_path, "八家子经济开发区和建昌镇按下表时限报送信访积案化解进展月报表（Excel格式），发送至jczfw_hj@163.com：\n" + rows,
              **PETITIONS)
    assert units_by_due(d) == {"08-05": ["八家子经济开发区", "建昌镇"], "09-05": ["八家子经济开发区", "建昌镇"]}
