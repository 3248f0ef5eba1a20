"""What held-out notices 3331 and 3339 showed the drafter missing (fixed on branch h-fixn166a), on notice texts written for
these tests, with near misses that must not change: ruled tables whose cells do not hold the units' papers directly.

3331: a checker / checked table (`序号 | 检查方 | 被检查方`) whose columns the text quotes as who sends (`请表中“检查方”于…前将
互查报告…；“被检查方”…于…前将整改报告…`): each column's units send their own paper, not every unit of the table both.
3339: letter codes in the cells (`A、B`, `C`, `—（本次不报送）`) read back to a legend of papers and days above the table
(`A．…报告（Word格式），八月十一日…十六时前报送；`): each paper's units are the rows naming its code."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

CHECK_TABLE = ("序号\t检查方\t被检查方\n1\t建昌镇人民政府\t玲珑塔镇人民政府\n2\t汤神庙镇人民政府\t素珠营子乡人民政府\n"
               "3\t药王庙镇人民政府\t谷杖子乡人民政府")
CHECKERS = ["建昌镇", "汤神庙镇", "药王庙镇"]
CHECKED = ["玲珑塔镇", "素珠营子乡", "谷杖子乡"]


def draft_check(tmp_path, body: str, table: str = CHECK_TABLE):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县生态环境局", "关于开展乡镇环境信访件办理情况互查工作的通知", "有关乡镇人民政府",
        f"{table}\n{body}", "3145年10月29日",
        opening="我局决定采取乡镇之间互查的方式，对乡镇承办的环境信访件办理情况进行检查，互查分组见下表。",
        contact="唐丽，电话：0429-7512570"))


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


def assert_each_column_its_own_paper(d):
    assert units_by_due(d) == {"11-20": sorted(CHECKERS), "12-11": sorted(CHECKED)}


# ---------------------------------------------------------------- 3331: 请表中“检查方”于… ；“被检查方”…于…


def test_the_checkers_and_the_checked_each_send_their_own_paper(tmp_path):
    d = draft_check(tmp_path, "请表中“检查方”于十一月二十日（星期二）十六时前将互查报告（Word格式）发送至jcsthj_xfhc@163.com；"
                              "“被检查方”根据互查意见认真整改，于十二月十一日前将整改报告（Word格式，附整改前后对比照片）发送至上述邮箱。")
    assert_each_column_its_own_paper(d)


def test_variant_other_heads_quoted_after_you_and_qing_in_two_sentences(tmp_path):
    table = CHECK_TABLE.replace("检查方\t被检查方", "考评组\t受评乡镇")
    d = draft_check(tmp_path, "由“考评组”于11月20日16时前将考评报告（Word格式）报送至jcsthj_xfhc@163.com。"
                              "请“受评乡镇”对照考评意见逐项整改，于12月11日前将整改情况报告（Word格式）报送至同一邮箱。", table)
    assert_each_column_its_own_paper(d)


def test_variant_the_table_pointed_at_below_as_shangbiao_in_numbered_items(tmp_path):
    d = draft_check(tmp_path, "工作要求：\n1．上表“检查方”须于11月20日下午4时前将互查报告（Word格式）发送至jcsthj_xfhc@163.com。\n"
                              "2．“被检查方”应根据互查意见整改，于12月11日前将整改报告（Word格式）发送至上述邮箱。")
    assert_each_column_its_own_paper(d)


def test_near_miss_both_columns_quoted_together_send_one_paper(tmp_path):
    d = draft_check(tmp_path, "请表中“检查方”和“被检查方”于11月20日16时前共同将互查报告（Word格式）发送至"
                              "jcsthj_xfhc@163.com。")
    assert units_by_due(d) == {"11-20": sorted(CHECKERS + CHECKED)}


def test_near_miss_a_quoted_column_of_no_units_is_no_sender(tmp_path):
    table = "序号\t乡镇\t检查内容\n1\t建昌镇人民政府\t信访件办理\n2\t玲珑塔镇人民政府\t整改落实"
    d = draft_check(tmp_path, "请表中各乡镇按“检查内容”于11月20日16时前将自查报告（Word格式）发送至jcsthj_xfhc@163.com。",
                    table)
    assert units_by_due(d) == {"11-20": ["建昌镇", "玲珑塔镇"]}


# ---------------------------------------------------------------- 3339: A．…前报送 over 单位 | 报送材料（代号）: A、B

CODED_TABLE = ("序号\t单位\t报送材料（代号）\n1\t建昌县生态环境局\tA、B\n2\t建昌县发展和改革局\tB\n"
               "3\t八家子经济开发区管委会\tA、B、C\n4\t大屯镇人民政府\tC\n5\t建昌县住房和城乡建设局\t—（本次不报送）")
LEGEND = ("A．建设项目环评手续履行情况报告（Word格式），八月十一日（星期四）十六时前报送；\n"
          "B．近三年建设项目清单（Excel格式），八月十八日前报送；\nC．拟视察项目现场照片（JPG格式），九月一日前报送。")
BY_CODE = {"08-11": ["八家子经济开发区", "生态环境局建昌分局"],
           "08-18": ["八家子经济开发区", "县发改局", "生态环境局建昌分局"],
           "09-01": ["八家子经济开发区", "大屯镇"]}


def draft_coded(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "政协建昌县委员会人口资源环境委员会", "关于做好建设项目环评手续履行情况专题视察准备工作的通知",
        "县直有关单位，有关乡镇人民政府", body, "3149年7月27日",
        opening="县政协定于九月中旬组织部分委员对全县建设项目环评手续履行情况开展专题视察。",
        contact="孙浩，电话：0429-7512669"))


def test_each_paper_is_sent_by_the_rows_naming_its_letter(tmp_path):
    d = draft_coded(tmp_path, "为做好视察准备，请有关单位按下表所列代号报送材料，发送至jczx_rzhw@163.com。\n材料代号及报送时间：\n"
                              f"{LEGEND}\n{CODED_TABLE}")
    assert units_by_due(d) == BY_CODE


def test_variant_numbered_papers_and_a_numbers_column(tmp_path):
    legend = LEGEND.replace("A．", "1．").replace("B．", "2．").replace("C．", "3．")
    table = (CODED_TABLE.replace("报送材料（代号）", "材料编号").replace("A、B、C", "1、2、3").replace("A、B", "1，2")
             .replace("\tB\n", "\t2\n").replace("\tC\n", "\t3\n"))
    d = draft_coded(tmp_path, f"请有关单位按下表所列材料编号报送，发送至jczx_rzhw@163.com。报送材料：\n{legend}\n{table}")
    assert units_by_due(d) == BY_CODE


def test_variant_bracketed_letters_explained_under_the_table(tmp_path):
    legend = LEGEND.replace("A．", "（A）").replace("B．", "（B）").replace("C．", "（C）")
    table = CODED_TABLE.replace("报送材料（代号）", "需报材料").replace("—（本次不报送）", "无")
    d = draft_coded(tmp_path, f"请下表所列单位报送材料，发送至jczx_rzhw@163.com。\n{table}\n表中字母所代表的材料及报送时间如下：\n"
                              f"{legend}")
    assert units_by_due(d) == BY_CODE


def test_near_miss_a_column_of_counts_beside_a_numbered_list(tmp_path):
    table = ("序号\t单位\t报送份数\n1\t建昌县生态环境局\t2\n2\t建昌县发展和改革局\t1\n3\t大屯镇人民政府\t2")
    d = draft_coded(tmp_path, "请下表所列单位报送以下材料，发送至jczx_rzhw@163.com：\n"
                              "1．建设项目环评手续履行情况报告（Word格式），八月十一日十六时前报送；\n"
                              f"2．近三年建设项目清单（Excel格式），八月十八日前报送。\n{table}")
    by_due = units_by_due(d)
    assert sorted(by_due) == ["08-11", "08-18"]
    assert by_due["08-11"] == by_due["08-18"]  # a count of 1 or 2 is no paper's number: the rows are not split by it
