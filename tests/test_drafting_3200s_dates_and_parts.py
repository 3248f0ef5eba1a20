"""What held-out notices 3212, 3216 and 3217 showed the drafter missing (fixed on branch h-fixn160c), on notice texts
written for these tests, each with a near miss that must not change:
- 3212: a bracket closing a sending sentence gives a unit it opens with a day of its own (`请上述单位于3月29日前将…清单（Excel
  格式）发送至…（建昌县教育局因…，请于3月15日下午4点前单独提前报送）`): that unit sends the sentence's paper by the bracket's
  day alone, the others by the sentence's;
- 3216: a date the opening cites as a duty of others (`企业应于1月1日至6月30日通过…系统报送上一年度年度报告`) asks the
  addressed units nothing; and a range open since before the notice and closing after it is this year's, not the next;
- 3217: the papers listed after the colon of `…将以下材料一并发送至…：A（Word格式）、B扫描件（PDF格式）、C（Excel格式）`
  are the parts, not one more called 以下材料."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各有关单位", issued: str = "3086年3月2日", opening: str = ""):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县审计局", "关于报送政府投资项目结算审计资料的通知", addressee, body, issued,
        opening=opening or "现就有关事项通知如下。", contact="钱文博，电话：0429-7517214"))


def by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d %H:%M"): sorted(r.units) for r in d.requirements}


def shapes(r) -> list[str]:
    return sorted("photo" if p.get("kind") == "photo" else
                  "scan" if "pdf" in (p.get("formats") or []) else
                  "sheet" if "xlsx" in (p.get("formats") or []) else "document" for p in r.parts)


FOUR = "一、报送范围\n建昌县交通运输局、建昌县水利局、建昌县住房和城乡建设局、建昌县教育局3085年度已完工的政府投资项目。\n二、报送要求\n"


# ---------------------------------------------------------------- 3212: （县教育局…请于3月15日下午4点前单独提前报送）


def assert_the_bureau_alone_on_its_day(d, day: str):
    got = by_due(d)
    assert got == {"03-29 23:59": ["县交通局", "县住建局", "县水利局"], day: ["县教育局"]}
    assert all(shapes(r) == ["sheet"] for r in d.requirements)


def test_the_bracketed_unit_sends_the_sentences_paper_by_its_own_earlier_day(tmp_path):
    d = draft(tmp_path, FOUR + "请上述单位于3月29日（星期一）前将项目结算审计送审资料清单（Excel格式）发送至jcsj_js@163.com（建昌县教育局"
                               "因承担校舍改造项目提前审计任务，请于3月15日（星期一）下午4点前单独提前报送）。")
    assert_the_bureau_alone_on_its_day(d, "03-15 16:00")


def test_variant_of_which_in_the_bracket_and_a_later_day(tmp_path):
    d = draft(tmp_path, FOUR + "请上述单位于3月29日前将送审资料清单（Excel格式）报送至jcsj_js@163.com（其中建昌县教育局项目较多，"
                               "请于4月9日17时前报送）；逾期未报的项目不予安排审计。")
    assert_the_bureau_alone_on_its_day(d, "04-09 17:00")


def test_variant_the_bracket_before_a_semicolon_with_the_unit_asked_by_qing(tmp_path):
    d = draft(tmp_path, FOUR + "各单位须于3月29日前将结算审计资料清单（Excel格式）发送至jcsj_js@163.com（县教育局请于3月22日10时前"
                               "提前发送）；资料不全的，审计局将退回补充。")
    assert_the_bureau_alone_on_its_day(d, "03-22 10:00")


def test_near_miss_a_bracket_naming_the_unit_with_no_day_of_its_own(tmp_path):
    d = draft(tmp_path, FOUR + "请上述单位于3月29日（星期一）前将项目结算审计送审资料清单（Excel格式）发送至jcsj_js@163.com（建昌县教育局"
                               "只报送校舍改造项目）。")
    assert by_due(d) == {"03-29 23:59": ["县交通局", "县住建局", "县教育局", "县水利局"]}


# ---------------------------------------------------------------- 3216: 企业应于1月1日至6月30日通过…系统报送…年度报告


def annual_reports(tmp_path, opening: str, first: str = "一、请各直属机构于5月24日（星期四）16:00前将所办企业年报公示情况统计表"
                                                        "（Excel格式）发送至jcsc_qynb@163.com。"):
    return draft(tmp_path, first + "\n二、请县财政局于6月7日前将县属国有企业年报公示情况说明（Word格式）发送至上述邮箱。",
                 addressee="各直属机构，县财政局", issued="3088年5月10日", opening=opening)


def assert_only_the_units_own_two(d):
    assert [r.due.strftime("%Y-%m-%d %H:%M") for r in d.requirements] == ["3088-05-24 16:00", "3088-06-07 23:59"]
    assert d.requirements[1].units == ["县财政局"] and "县档案馆" in d.requirements[0].units


def test_the_enterprises_statutory_window_asks_the_units_nothing(tmp_path):
    d = annual_reports(tmp_path, "根据企业信息公示有关规定，企业应于1月1日至6月30日通过国家企业信用信息公示系统报送上一年度年度报告。"
                                 "为督促事业单位所办企业按时完成企业年报，现就有关事项通知如下。")
    assert_only_the_units_own_two(d)


def test_variant_taxpayers_bound_to_a_day_by_a_rule(tmp_path):
    d = annual_reports(tmp_path, "按照税收征管有关规定，纳税人应于5月31日前报送上一年度企业所得税年度纳税申报表。现就有关事项通知如下。")
    assert_only_the_units_own_two(d)


def test_variant_cooperatives_bound_by_law_to_a_window(tmp_path):
    d = annual_reports(tmp_path, "依照《农民专业合作社年度报告公示办法》，农民专业合作社应当于1月1日至6月30日向登记机关报送上一年度"
                                 "年度报告。现就有关事项通知如下。")
    assert_only_the_units_own_two(d)


def test_variant_self_employed_bound_to_a_day(tmp_path):
    d = annual_reports(tmp_path, "依据有关规定，辖区内个体工商户须于6月30日前通过系统报送年度报告。现就有关事项通知如下。")
    assert_only_the_units_own_two(d)


def test_near_miss_the_units_made_to_see_to_their_enterprises_sending(tmp_path):
    d = annual_reports(tmp_path, "现就有关事项通知如下。",
                       first="一、请各直属机构督促所办企业于5月24日16:00前将年报公示情况统计表（Excel格式）发送至jcsc_qynb@163.com。")
    assert_only_the_units_own_two(d)


def test_near_miss_a_rule_binding_the_units_themselves(tmp_path):
    d = annual_reports(tmp_path, "根据有关规定，各直属机构应于5月24日16:00前报送所办企业年报公示情况统计表。现就有关事项通知如下。",
                       first="一、统计表（Excel格式）发送至jcsc_qynb@163.com。")
    assert_only_the_units_own_two(d)


def test_a_window_open_since_before_the_notice_ends_this_year(tmp_path):
    d = draft(tmp_path, "请各乡镇于4月20日至6月10日将农村供水工程统计表（Excel格式）发送至jcsj_js@163.com。",
              addressee="各乡镇人民政府", issued="3088年5月10日")
    assert [r.due.strftime("%Y-%m-%d") for r in d.requirements] == ["3088-06-10"]


def test_variant_a_window_over_the_year_end_in_a_january_notice(tmp_path):
    d = draft(tmp_path, "请各乡镇于12月20日至1月25日将冬季供暖统计表（Excel格式）发送至jcsj_js@163.com。",
              addressee="各乡镇人民政府", issued="3088年1月8日")
    assert [r.due.strftime("%Y-%m-%d") for r in d.requirements] == ["3088-01-25"]


def test_near_miss_a_window_wholly_to_come_stays_where_it_was(tmp_path):
    d = draft(tmp_path, "请各乡镇于7月1日至7月20日将农村供水工程统计表（Excel格式）发送至jcsj_js@163.com。",
              addressee="各乡镇人民政府", issued="3088年5月10日")
    assert [r.due.strftime("%Y-%m-%d") for r in d.requirements] == ["3088-07-20"]


# ---------------------------------------------------------------- 3217: 将以下材料一并发送至…：A（Word格式）、B扫描件（PDF格式）、C（Excel格式）

THREE = "一、报送单位\n建昌县农业农村局、建昌县气象局、建昌县林业和草原局。\n二、报送材料及时间\n"


def test_the_papers_after_the_colon_are_the_parts(tmp_path):
    d = draft(tmp_path, THREE + "请上述单位于1月26日（星期四）16:00前将以下材料一并发送至jckx_kpjd@163.com：年度报告（Word格式）、"
                                "加盖公章的年度报告扫描件（PDF格式）、科普活动统计表（Excel格式）。", issued="3088年1月12日")
    assert [shapes(r) for r in d.requirements] == [["document", "scan", "sheet"]]


def test_variant_three_counted_papers_after_a_mailbox_colon(tmp_path):
    d = draft(tmp_path, THREE + "请上述单位于1月26日下午4点前将下列三项材料报送至邮箱jckx_kpjd@163.com：建设情况总结（Word格式）；"
                                "基地活动照片（JPG格式）；科普活动统计表（Excel格式）。", issued="3088年1月12日")
    assert [shapes(r) for r in d.requirements] == [["document", "photo", "sheet"]]


def test_variant_such_papers_sent_with_no_address_in_the_sentence(tmp_path):
    d = draft(tmp_path, THREE + "请上述单位将如下材料于1月26日16时前一并报送：年度工作总结（Word格式）、科普活动统计表（Excel格式）。"
                                "报送邮箱：jckx_kpjd@163.com。", issued="3088年1月12日")
    assert [shapes(r) for r in d.requirements] == [["document", "sheet"]]


def test_near_miss_numbered_papers_on_lines_below_the_colon(tmp_path):
    d = draft(tmp_path, THREE + "请上述单位于1月26日16:00前将以下材料发送至jckx_kpjd@163.com：\n1．年度报告（Word格式）；\n"
                                "2．科普活动统计表（Excel格式）。", issued="3088年1月12日")
    assert [shapes(r) for r in d.requirements] == [["document", "sheet"]]
