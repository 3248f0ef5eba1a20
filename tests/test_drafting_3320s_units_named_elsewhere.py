"""What held-out notices 3325, 3329 and 3335 showed the drafter missing (fixed on branch h-fixn166b), on notice texts
written for these tests, with near misses that must not change: a sentence whose units are named somewhere else in the
notice, under a salutation that names none (`各有关单位`, `县直有关单位`).

- 3325: `请上述分馆所在单位于…` after `本次评估的分馆设在建昌镇人民政府、…` — the units the things pointed back at are in
  (`unit_refs.EARLIER_HOSTS`).
- 3329: `请各选派单位于…` after `答：建昌镇、…人民政府，建昌县教育局、…，各选派2名团干部参加` — the role word's units, named
  as a run of their own before the clause doing it (`role_units.names_heading_the_verb`).
- 3335: `二、对自查中尚未整改到位的问题，请于…前将整改报告…` after `一、请上述单位对照审计报告逐条自查，于…` — an item opening
  with a topic clause and its date goes on with the units the item before points back at
  (`item_subject.subject_of_the_item_before`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, issuer: str, title: str, addressee: str, body: str, issued: str, mailbox: str):
    return draft_of_a_file(tmp_path, notice_text(issuer, title, addressee, body, issued, mailbox=mailbox,
                                                 contact="田静，电话：0429-7515302"))


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


# ---------------------------------------------------------------- 3325: 请上述分馆所在单位于…

BRANCH_HOSTS = sorted(["建昌镇", "玲珑塔镇", "汤神庙镇", "县教育局"])


def library(tmp_path, body: str):
    return draft(tmp_path, "建昌县图书馆", "关于开展公共图书馆总分馆服务效能评估工作的通知", "各有关单位", body,
                 "3142年3月30日", "jctsg_zfg@163.com")


def test_the_hosts_of_the_branches_named_before_send(tmp_path):
    d = library(tmp_path, "一、评估对象\n本次评估的分馆设在建昌镇人民政府、玲珑塔镇人民政府、汤神庙镇人民政府、建昌县工人文化宫和"
                          "建昌县教育局（城区学校分馆）。\n二、报送要求\n请上述分馆所在单位于4月14日（星期二）16:00前将分馆服务数据"
                          "统计表（Excel格式）发送至jctsg_zfg@163.com；5月12日前将分馆服务效能自评报告（Word格式）及分馆读者活动照片"
                          "（JPG格式）发送至上述邮箱。")
    assert units_by_due(d) == {"04-14": BRANCH_HOSTS, "05-12": BRANCH_HOSTS}


def test_variant_the_towns_the_projects_are_in_with_a_bureau_helping(tmp_path):
    d = library(tmp_path, "一、试点项目\n城区流动书车、村级阅览室、农家书屋提质三个试点项目分别落在建昌镇、玲珑塔镇、汤神庙镇，"
                          "县文化旅游和广播电视局负责业务指导。\n二、报送要求\n上述项目所在乡镇请于4月14日16:00前将项目进展"
                          "统计表（Excel格式）发送至jctsg_zfg@163.com。")
    assert units_by_due(d) == {"04-14": sorted(["建昌镇", "玲珑塔镇", "汤神庙镇"])}


def test_variant_counted_stations_set_up_in_units(tmp_path):
    d = library(tmp_path, "一、服务站点\n今年新建的三个阅读服务站分别设于建昌县民政局、建昌县卫生健康局和建昌镇人民政府。\n"
                          "二、报送要求\n请上述三个服务站所在单位于4月14日16:00前将服务站运行情况统计表（Excel格式）发送至"
                          "jctsg_zfg@163.com。")
    assert units_by_due(d) == {"04-14": sorted(["县民政局", "县卫健局", "建昌镇"])}


def test_near_miss_a_list_of_the_hosts_sent_by_a_bureau(tmp_path):
    d = library(tmp_path, "一、评估对象\n本次评估的分馆设在建昌镇人民政府、玲珑塔镇人民政府和建昌县教育局。\n二、报送要求\n"
                          "请县文化旅游和广播电视局于4月14日16:00前将上述分馆所在单位名单（Excel格式）发送至jctsg_zfg@163.com。")
    assert units_by_due(d) == {"04-14": ["县文旅局"]}


# ---------------------------------------------------------------- 3329: 请各选派单位于…

SENDING = sorted(["建昌镇", "药王庙镇", "大屯镇", "县教育局", "县卫健局"])


def league(tmp_path, body: str):
    return draft(tmp_path, "共青团建昌县委员会", "关于举办3144年度团校基层团干部培训班的通知", "各有关单位", body,
                 "3144年5月25日", "jctxw_tx@163.com")


def test_the_units_named_in_the_first_answer_send_the_third(tmp_path):
    d = league(tmp_path, "为便于各单位准确把握要求，现将有关事项以问答形式通知如下。\n问一：哪些单位需要选派学员？\n"
                         "答：建昌镇、药王庙镇、大屯镇人民政府，建昌县教育局、建昌县卫生健康局，各选派2名团干部参加。"
                         "建昌县职业教育中心团委由建昌县教育局统筹选派，不单独报名。\n问二：报名需要报送什么材料？\n"
                         "答：请上述单位于6月5日（星期一）下午4点前将学员报名表（Excel格式）发送至jctxw_tx@163.com。\n"
                         "问三：培训结束后还需要报送什么？\n答：培训结束后，请各选派单位于6月30日前将学员学习心得体会（Word格式）"
                         "汇总后发送至上述邮箱。")
    assert units_by_due(d) == {"06-05": SENDING, "06-30": SENDING}


def test_variant_numbered_items_and_fenbie(tmp_path):
    d = league(tmp_path, "一、选派名额\n建昌镇人民政府、药王庙镇人民政府、大屯镇人民政府，县教育局、县卫健局，分别选派1名团干部"
                         "参加培训。\n二、材料报送\n培训结束后，请选派单位于6月30日前将学员学习心得体会（Word格式）发送至"
                         "jctxw_tx@163.com。")
    assert units_by_due(d) == {"06-30": SENDING}


def test_variant_the_units_and_their_verb_in_one_clause(tmp_path):
    d = league(tmp_path, "一、参训人员\n建昌县教育局、建昌县卫生健康局各选派2名团干部参加培训。\n二、材料报送\n"
                         "请各选派单位于6月30日前将学员学习心得体会（Word格式）发送至jctxw_tx@163.com。")
    assert units_by_due(d) == {"06-30": sorted(["县教育局", "县卫健局"])}


def test_near_miss_the_units_named_before_do_something_else(tmp_path):
    d = league(tmp_path, "一、参训人员\n建昌镇人民政府，县教育局、县卫健局，各组织2名团干部参加培训。\n二、材料报送\n"
                       "请各选派单位于6月30日前将学员学习心得体会（Word格式）发送至jctxw_tx@163.com。")
    assert units_by_due(d) == {"06-30": []}


# ---------------------------------------------------------------- 3335: 二、对…的问题，请于…前将整改报告…

AUDITED = sorted(["县教育局", "县卫健局", "县农业农村局", "县水利局"])


def audit(tmp_path, body: str):
    return draft(tmp_path, "建昌县审计局", "关于开展审计查出问题整改情况自查的通知", "县直有关单位", body, "3147年9月15日",
                 "jcsj_zgzc@163.com")


def test_the_item_after_a_topic_clause_goes_on_with_the_units_pointed_back_at(tmp_path):
    d = audit(tmp_path, "3146年度县本级预算执行审计查出问题涉及建昌县教育局、建昌县卫生健康局、建昌县农业农村局、建昌县水利局。"
                        "为推动问题整改到位，现就开展整改情况自查有关事项通知如下。\n一、请上述单位对照审计报告逐条自查，于10月13日"
                        "（星期一）前将审计查出问题整改情况自查报告（Word格式）发送至jcsj_zgzc@163.com。\n二、对自查中尚未整改到位的"
                        "问题，请于11月10日前将整改报告（Word格式）发送至上述邮箱，并附审计整改销号系统截图。建昌县水利局查出问题已"
                        "全部整改销号，无需报送整改报告。")
    assert units_by_due(d) == {"10-13": AUDITED, "11-10": sorted(["县教育局", "县卫健局", "县农业农村局"])}


def test_variant_bracketed_items_zhendui_and_the_four_bureaus_counted(tmp_path):
    d = audit(tmp_path, "审计查出问题涉及县教育局、县卫健局、县农业农村局、县水利局四个部门。\n（一）请上述四个部门于10月13日前将"
                        "整改情况自查报告（Word格式）发送至jcsj_zgzc@163.com。\n（二）针对尚未整改到位的问题，请于11月10日前将整改"
                        "报告（Word格式）发送至上述邮箱。")
    assert units_by_due(d) == {"10-13": AUDITED, "11-10": AUDITED}


def test_variant_the_second_item_with_no_topic_clause(tmp_path):
    d = audit(tmp_path, "审计查出问题涉及县教育局、县卫健局、县农业农村局、县水利局。\n一、请上述单位逐条对照自查，于10月13日前将"
                        "整改情况自查报告（Word格式）发送至jcsj_zgzc@163.com。\n二、请于11月10日前将整改报告（Word格式）发送至"
                        "上述邮箱。")
    assert units_by_due(d) == {"10-13": AUDITED, "11-10": AUDITED}


def test_near_miss_the_second_item_names_its_own_sender(tmp_path):
    d = audit(tmp_path, "审计查出问题涉及县教育局、县卫健局、县农业农村局、县水利局。\n一、请上述单位对照审计报告逐条自查，于10月13日"
                        "前将整改情况自查报告（Word格式）发送至jcsj_zgzc@163.com。\n二、对审计指出的资金问题，县财政局请于11月10日"
                        "前将整改报告（Word格式）发送至上述邮箱。")
    assert units_by_due(d) == {"10-13": AUDITED, "11-10": ["县财政局"]}
