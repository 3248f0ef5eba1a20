"""What held-out notices 3048 and 3057 showed the drafter missing (fixed on branch h-fixn152c), on notice texts written
for these tests, each with a near miss that must not change.

3048: a notice to `各有关单位` asks five units by name after 请, the last glued to its date, the material after it holding
a 、 of its own (`…税务局于3月19日…前将…协助查询、控制…情况统计表…`); the run of names after 请 ends at that last name, so
the five are the units the body asks and `上述单位` of the next clause is the five, not four.
3057: a let-off listing first what else the unit does not do this round (`本次不移交、不报送`) lets it off as a bare
`本次不报送` does."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各有关单位", title: str = "关于报送执行联动机制运行情况的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "县民政局", title, addressee, body, "3004年3月5日",
        mailbox="jcmz_zxld@163.com", contact="马俊，电话：0429-7513320"))


FIVE = {"县公安局", "县自然资源局", "县住建局", "县市场局", "县税务局"}


def units_by_due(d) -> dict[str, set[str]]:
    return {r.due.strftime("%m-%d"): set(r.units) for r in d.requirements}


# ---------------------------------------------------------------- 3048: the last name glued to its date, a 、 after it


def test_the_five_asked_then_the_same_five_pointed_back_to(tmp_path):
    d = draft(tmp_path, "请县公安局、县自然资源局、县住房和城乡建设局、县市场监督管理局、国家税务总局建昌县税务局于3月19日"
                        "16时前将上年度协助查询、控制被执行人财产情况统计表（Excel格式）发送至邮箱；上述单位请于4月2日前报送"
                        "执行联动工作总结（Word格式）。县人民银行的数据由我局直接调取，不单独报送。")
    assert units_by_due(d) == {"03-19": FIVE, "04-02": FIVE}


def test_variant_the_paper_after_the_names_listing_its_columns(tmp_path):
    d = draft(tmp_path, "请县教育局、县卫健局、县财政局于5月8日前将学生资助、营养改善、校舍维修资金明细表（Excel格式）"
                        "发送至邮箱；上述单位请于5月20日前报送资金使用情况报告（Word格式）。")
    by_due = units_by_due(d)
    assert by_due["05-08"] == by_due["05-20"] == {"县教育局", "县卫健局", "县财政局"}


def test_variant_a_unit_named_inside_the_material_is_not_pointed_back_to(tmp_path):
    d = draft(tmp_path, "请县公安局、县市场局于3月19日前将协助县税务局、县财政局查询情况统计表（Excel格式）发送至邮箱；"
                        "上述单位请于4月2日前报送工作总结（Word格式）。")
    assert units_by_due(d)["04-02"] == {"县公安局", "县市场局"}


def test_near_miss_the_names_each_whole_and_no_list_in_the_material(tmp_path):
    d = draft(tmp_path, "请县公安局、县市场局、县税务局于3月19日16时前将协助执行情况统计表（Excel格式）发送至邮箱；"
                        "上述单位请于4月2日前报送工作总结（Word格式）。")
    by_due = units_by_due(d)
    assert by_due["03-19"] == by_due["04-02"] == {"县公安局", "县市场局", "县税务局"}


# ---------------------------------------------------------------- 3057: 本次不移交、不报送


def archives(tmp_path, last: str):
    return draft(tmp_path, "一、请各单位于10月27日16:00前将拟移交档案目录清单（Excel格式）发送至县档案馆邮箱。\n"
                           "二、县档案馆按计划到各单位现场接收实体档案。\n" + last,
                 addressee="县融媒体中心，县政务服务中心，县气象局", title="关于做好到期档案移交进馆工作的通知")


def test_a_let_off_naming_what_else_it_does_not_do_first(tmp_path):
    d = archives(tmp_path, "三、县气象局档案按气象部门有关规定管理，本次不移交、不报送。")
    assert units_by_due(d)["10-27"] == {"县融媒体中心", "县政务服务中心"}


def test_variant_two_things_not_done_joined_by_he(tmp_path):
    d = archives(tmp_path, "三、县气象局档案由上级部门统一管理，此次不整理和不报送。")
    assert units_by_due(d)["10-27"] == {"县融媒体中心", "县政务服务中心"}


def test_variant_the_let_off_naming_its_paper_after_the_list(tmp_path):
    d = archives(tmp_path, "三、县气象局档案另行管理，本次不移交、不报送目录清单。")
    assert units_by_due(d)["10-27"] == {"县融媒体中心", "县政务服务中心"}


def test_near_miss_not_handed_over_this_round_but_still_sending(tmp_path):
    d = archives(tmp_path, "三、县气象局档案本次不移交，目录仍须报送。")
    assert units_by_due(d)["10-27"] == {"县融媒体中心", "县政务服务中心", "县气象局"}
