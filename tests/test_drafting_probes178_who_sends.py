"""Who sends, as the lead's probes d6–d12 showed the drafter missing it (fixed on branch h-fixp178a), on notice texts
written for these tests, each with near misses that must not change: a clause after the sending where the unit sent to
says what it does next (`…报送县农业农村局，县农业农村局将于11月中旬组织验收`) names no sender, so `你乡镇承担的…` under
`八家子镇、喇嘛洞镇、素珠营子乡、石佛乡人民政府：` is the four towns' (d6, d7; `各乡镇…`, d8, no longer adds the bureau), and
their `竣工验收申请` is a paper; an item dividing the work among groups (`一、各乡镇负责辖区内…的排查，县教育局、…负责本行业
领域的排查。`) gives a subjectless ask after it (`二、请于…前将…报送`) to every group it names, not to the first (d9)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape

from collector.roster import builtin_roster

TOWNS = ["八家子镇", "喇嘛洞镇", "素珠营子乡", "石佛乡"]
EVERY_TOWN = sorted(builtin_roster().names(["town", "township"]))
BUREAUS = ["县教育局", "县卫健局", "县住建局", "县文旅局"]


def farmland(tmp_path, body: str, addressee: str = "八家子镇、喇嘛洞镇、素珠营子乡、石佛乡人民政府"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送高标准农田建设项目竣工验收资料的通知", addressee, body, "3027年10月12日",
        mailbox="jcny_gbzn@163.com", contact="马强 0429-7229999"))


def shapes(requirement) -> list[str]:
    return sorted(map(part_shape, requirement.parts))


# ---------------------------------------------------------------- d6, d7, d8: …报送县农业农村局，县农业农村局将于…组织验收


SENT = ("请于10月30日前将项目竣工验收申请、工程量清单（Excel格式）及项目区影像资料（照片不少于10张）报送县农业农村局，"
        "县农业农村局将于11月中旬组织验收。")


def test_the_unit_sent_to_acting_next_is_no_sender_and_you_are_the_addressees(tmp_path):
    (r,) = farmland(tmp_path, "你乡镇承担的3026年度高标准农田建设项目已完工，" + SENT).requirements
    assert sorted(r.units) == sorted(TOWNS)
    assert shapes(r) == ["document", "photo", "sheet"]  # the 竣工验收申请 a paper


def test_variant_each_town_addressed_by_its_full_name(tmp_path):
    (r,) = farmland(tmp_path, "你乡镇承担的3026年度高标准农田建设项目已完工，" + SENT,
                    "八家子镇人民政府、喇嘛洞镇人民政府、素珠营子乡人民政府、石佛乡人民政府").requirements
    assert sorted(r.units) == sorted(TOWNS)
    assert shapes(r) == ["document", "photo", "sheet"]


def test_variant_each_town_said_as_a_group_is_the_towns_alone(tmp_path):
    (r,) = farmland(tmp_path, "各乡镇承担的3026年度高标准农田建设项目已完工，" + SENT).requirements
    assert sorted(r.units) == sorted(TOWNS)


def test_variant_you_as_a_unit_another_bureau_checking_with_a_helper(tmp_path):
    (r,) = farmland(tmp_path, "你单位承担的改造项目已完工，请于9月20日前将竣工验收申请（PDF扫描件）、工程决算表（Excel格式）"
                              "报送县住建局，县住建局将会同县财政局组织验收。", "县教育局、县卫健局、县民政局").requirements
    assert sorted(r.units) == sorted(["县教育局", "县卫健局", "县民政局"])
    assert shapes(r) == ["scan", "sheet"]


def test_variant_you_to_the_mailbox_the_issuer_checking_what_is_sent(tmp_path):
    (r,) = farmland(tmp_path, "请你们于11月5日前将项目验收申请、项目资金使用明细（Excel格式）发送至邮箱，"
                              "县农业农村局将对报送的材料进行抽查。").requirements
    assert sorted(r.units) == sorted(TOWNS)
    assert shapes(r) == ["document", "sheet"]


def test_variant_the_next_step_said_between_the_sending_and_a_word_to_the_towns(tmp_path):
    (r,) = farmland(tmp_path, "你乡镇承担的项目已完工，请于10月25日前将项目验收申请、工程量清单（Excel格式）报送县农业农村局，"
                              "县农业农村局将于11月上旬组织验收，请提前做好准备。").requirements
    assert sorted(r.units) == sorted(TOWNS)
    assert shapes(r) == ["document", "sheet"]


def test_near_miss_a_unit_asked_in_the_clause_after_sends_its_own(tmp_path):
    c = farmland(tmp_path, "你乡镇承担的项目已完工，请于10月30日前将工程量清单（Excel格式）报送县农业农村局，"
                           "县水利局须于同日前报送水利设施清单（Excel格式）。")
    assert [sorted(r.units) for r in c.requirements] == [sorted(TOWNS), ["县水利局"]]


def test_near_miss_a_units_own_work_before_its_sending_keeps_it_the_sender(tmp_path):
    (r,) = farmland(tmp_path, "县教育局将组织各学校开展自查，并于5月10日前将自查报告（Word格式）报送县政府办。",
                    "县教育局、县卫健局").requirements
    assert r.units == ["县教育局"]


def test_near_miss_asking_for_the_check_as_a_verb_is_no_paper(tmp_path):
    (r,) = farmland(tmp_path, "各乡镇承担的项目已完工，请于10月30日前申请验收，并将工程量清单（Excel格式）报送县农业农村局。").requirements
    assert sorted(r.units) == sorted(TOWNS)
    assert shapes(r) == ["sheet"]


# ---------------------------------------------------------------- d9: 一、A负责…，B负责…。二、请于…前报送…


def equipment(tmp_path, body: str, addressee: str = "各乡镇人民政府，县教育局、县卫健局、县住建局、县文旅局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县市场监督管理局", "关于做好3027年特种设备安全隐患排查整治工作的通知", addressee, body, "3027年3月15日",
        opening="为深入开展特种设备安全隐患排查整治，现将有关事项通知如下：",
        mailbox="jcsj_tzsb@163.com", contact="陈明 0429-7654000"))


ASK = "二、请于4月15日前将排查整治情况统计表（Excel格式）报送县市场局，4月30日前报送工作总结（Word格式）。"


def units(draft) -> list[list[str]]:
    return [sorted(r.units) for r in draft.requirements]


def test_an_ask_after_the_work_divided_is_every_groups(tmp_path):
    c = equipment(tmp_path, "一、各乡镇负责辖区内特种设备使用单位的排查，县教育局、县卫健局、县住建局、县文旅局负责本行业领域的排查。\n"
                  + ASK)
    assert units(c) == [sorted(EVERY_TOWN + BUREAUS)] * 2
    assert [shapes(r) for r in c.requirements] == [["sheet"], ["document"]]


def test_variant_the_bureaus_named_first_with_other_verbs(tmp_path):
    c = equipment(tmp_path, "一、县教育局、县卫健局、县住建局、县文旅局负责本行业领域的排查，各乡镇牵头做好辖区内其他使用单位的排查。\n"
                  + ASK)
    assert units(c) == [sorted(EVERY_TOWN + BUREAUS)] * 2


def test_variant_bracketed_items_the_verbs_mixed(tmp_path):
    c = equipment(tmp_path, "（一）各乡镇负责辖区内特种设备使用单位的排查，县教育局、县卫健局、县住建局、县文旅局牵头做好本行业领域的排查。\n"
                            "（二）请于4月15日前将排查整治情况统计表（Excel格式）报送县市场局。")
    assert units(c) == [sorted(EVERY_TOWN + BUREAUS)]


def test_variant_the_ask_inside_the_item_of_the_divided_work(tmp_path):
    c = equipment(tmp_path, "一、各乡镇负责辖区内特种设备使用单位的排查，县教育局、县卫健局、县住建局、县文旅局负责本行业领域的排查。\n"
                            "请于4月15日前将排查整治情况统计表（Excel格式）报送县市场局。\n二、工作要求\n各单位要高度重视。")
    assert units(c) == [sorted(EVERY_TOWN + BUREAUS)]


def test_variant_the_work_divided_among_some_of_the_bureaus_is_theirs(tmp_path):
    c = equipment(tmp_path, "一、各乡镇负责辖区内特种设备使用单位的排查，县教育局、县卫健局负责本行业领域的排查。\n" + ASK)
    assert units(c) == [sorted(EVERY_TOWN + ["县教育局", "县卫健局"])] * 2


def test_near_miss_an_item_of_the_towns_alone_gives_them_the_ask(tmp_path):
    c = equipment(tmp_path, "一、各乡镇要对辖区内特种设备使用单位开展排查，对发现的隐患要及时整改。\n" + ASK)
    assert units(c) == [EVERY_TOWN] * 2


def test_near_miss_the_towns_subject_of_the_sentence_before_in_the_paragraph(tmp_path):
    c = equipment(tmp_path, "各乡镇要对辖区内特种设备使用单位开展排查。请于4月15日前将排查整治情况统计表（Excel格式）报送县市场局，"
                            "4月30日前报送工作总结（Word格式）。")
    assert units(c) == [EVERY_TOWN] * 2
