"""What held-out notices 820–859 showed the drafter missing, on notice texts written for these tests: a list of units
glued to the words before it, a material 提供d and sent by the notice's one way of sending, units named only as those
a material serves, a deadline said only by what missing it means, the items of a 报送时间 heading named by their
material, a span of facts and a date qualifying a thing (…前到期的), a clause's own subject let off (学校不单独报送),
上述四个乡镇 among a salutation of five, 和尚房子乡 (和 is no separator there), ① before a date, a paragraph typed in
traditional characters, HTML entities, and a 领导小组's list of persons with their posts."""

from __future__ import annotations

import datetime as dt

import pytest
from test_drafting_dates import dues, notice
from test_drafting_700s import LOCAL_UNITS

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

DEPARTMENTS = sorted(u.name for u in builtin_roster().units if u.kind in ("department", "institution"))


def drafted(body: str, addressee: str = "各乡镇人民政府", title: str = "关于报送春耕生产情况的通知"):
    text = notice(body).replace("各乡镇人民政府：", f"{addressee}：").replace("关于报送春耕生产情况的通知", title)
    return draft_campaign(text, builtin_roster())


def got(draft) -> list[tuple[dt.datetime, list[str]]]:
    return [(r.due.replace(tzinfo=None), sorted(r.units)) for r in draft.requirements]


def test_the_first_name_of_a_list_glued_to_the_words_before_it_is_read():
    body = ("一、范围\n全县移民分布在黑山科乡、杨树湾子乡、新开岭乡的9个村。\n"
            "二、请上述乡镇于3月20日前将申报表发送至jcym@163.com。")
    assert got(drafted(body, "有关乡镇人民政府")) == [(dt.datetime(2026, 3, 20, 23, 59, 59), ["新开岭乡", "杨树湾子乡", "黑山科乡"])]


def test_a_material_provided_by_a_date_and_sent_by_the_notices_way_is_a_requirement_the_issuers_own_report_none():
    body = ("一、请各乡镇于3月20日前报送调查表。\n二、请县民政局于3月27日前提供低保对象名单。\n"
            "三、促进会在汇总分析的基础上，于4月30日前形成调研报告，报县委、县政府。\n"
            "以上材料请发送至jccjh@163.com。")
    draft = drafted(body, "各乡镇人民政府，县民政局")
    assert got(draft) == [(dt.datetime(2026, 3, 20, 23, 59, 59), LOCAL_UNITS),
                          (dt.datetime(2026, 3, 27, 23, 59, 59), ["县民政局"])]
    assert draft.requirements[1].title == "低保对象名单"


def test_a_provided_material_without_a_sending_line_stays_no_requirement():
    body = "请县民政局于3月27日前提供场地和服务保障。\n联系人：王敏"
    assert dues(body) == []


@pytest.mark.parametrize("sentence", [
    "为便于各乡镇比对核查，请县市场局于3月9日前将市场主体名单发送至jczscq@163.com，由中心汇总后分发各乡镇。",
    "县市场局于3月9日前将市场主体名单发送至jczscq@163.com，便于各乡镇核对。",
])
def test_units_named_only_as_those_a_material_serves_do_not_send_it(sentence):
    assert got(drafted(sentence, "各乡镇人民政府，县市场局")) == [(dt.datetime(2026, 3, 9, 23, 59, 59), ["县市场局"])]


def test_a_deadline_said_only_by_what_missing_it_means():
    body = ("请各单位抓紧填报，将需求汇总表发送至jczfcg@163.com。逾3月16日（星期一）17时未报送的，视为本单位无采购需求。\n"
            "县财政局将于3月下旬下达控制数。")
    assert got(drafted(body, "县直各单位")) == [(dt.datetime(2026, 3, 16, 17, 0), DEPARTMENTS)]


def test_items_under_a_sending_time_heading_are_named_by_their_material_and_sent_by_who_was_asked_it():
    body = ("一、报送内容\n（一）各乡镇党委对网格员信息进行核实，填写《网格员花名册》（附件1）。\n"
            "（二）县直各单位确定下沉干部，填写《下沉干部名单》（附件2）。\n"
            "二、报送时间\n（一）网格员花名册：3月9日（星期一）前。\n（二）下沉干部名单：3月23日（星期一）下午3时前。\n"
            "三、报送方式\n电子版发送至jcwg@126.com。")
    draft = drafted(body, "各乡镇党委，县直各单位")
    assert got(draft) == [(dt.datetime(2026, 3, 9, 23, 59, 59), LOCAL_UNITS),
                          (dt.datetime(2026, 3, 23, 15, 0), DEPARTMENTS)]
    assert [r.title for r in draft.requirements] == ["网格员花名册", "下沉干部名单"]


@pytest.mark.parametrize("facts", [
    "2020年1月1日至2026年2月28日期间作出征收决定的项目。",  # the span the facts fall in
    "县自然资源局报送2026年底前到期的采矿权清单。",  # which permits, not when
    "2025年12月31日前成立的合作社均可申报。",
])
def test_a_span_of_facts_or_a_date_qualifying_a_thing_is_no_deadline(facts):
    assert dues(f"一、范围\n{facts}\n二、请各乡镇于3月20日前将统计表发送至jczs@163.com。") == [
        dt.datetime(2026, 3, 20, 23, 59, 59)]


def test_a_window_of_days_said_with_qijian_is_still_a_deadline():
    assert dues("请各乡镇于3月10日至3月20日期间将统计表发送至jczs@163.com。") == [dt.datetime(2026, 3, 20, 23, 59, 59)]


def test_a_clauses_own_subject_is_let_off_not_the_sentences():
    body = ("各乡镇负责组织辖区学校开展自查，自查表经乡镇审核后统一报送，学校不单独报送；县市场局负责检查供餐企业。\n"
            "请各单位于3月30日前将自查报告发送至jcyyb@163.com。")
    assert got(drafted(body, "各乡镇人民政府，县市场局")) == [(dt.datetime(2026, 3, 30, 23, 59, 59), sorted(LOCAL_UNITS + ["县市场局"]))]


def test_the_sentences_subject_let_off_in_a_clause_of_its_own_stays_let_off():
    body = "请各单位于3月30日前将自评报告发送至jcaq@163.com。\n二、各直属机构参照执行，不需报送自评报告。"
    units = got(drafted(body, "各乡镇人民政府，县政府各部门、各直属机构"))[0][1]
    assert "县融媒体中心" not in units and "建昌镇" in units and "县教育局" in units


def test_the_four_towns_of_a_salutation_naming_a_bureau_too():
    body = ("（一）请上述四个乡镇于3月8日前报送尾矿库基本情况表。\n（二）请县自然资源局于3月15日上午9时前报送采矿权清单。\n"
            "以上材料发送至jcyjzf@163.com。")
    draft = drafted(body, "喇嘛洞镇、药王庙镇、巴什罕乡、谷杖子乡人民政府，县自然资源局")
    assert got(draft) == [(dt.datetime(2026, 3, 8, 23, 59, 59), ["喇嘛洞镇", "巴什罕乡", "药王庙镇", "谷杖子乡"]),
                          (dt.datetime(2026, 3, 15, 9, 0), ["县自然资源局"])]


def test_he_at_the_start_of_a_townships_name_is_no_separator():
    draft = drafted("请上述乡镇于3月8日前将河长制台账发送至jcsl@163.com。", "大屯镇、要路沟乡、和尚房子乡人民政府")
    assert got(draft) == [(dt.datetime(2026, 3, 8, 23, 59, 59), ["和尚房子乡", "大屯镇", "要路沟乡"])]


def test_a_circled_number_before_a_date_is_a_list_mark():
    assert dues("请各单位按以下时间报送：①3月8日（星期日）前报送项目清单；②4月24日下午4时前报送资料目录。发送至jctz@163.com。") == [
        dt.datetime(2026, 3, 8, 23, 59, 59), dt.datetime(2026, 4, 24, 16, 0)]


def test_a_paragraph_in_traditional_characters_is_read():
    body = "三、報送要求\n請各鄉鎮人民政府於2026年3月13日下午4時前，將排查統計表發送至縣文化市場綜合執法大隊郵箱jcwh@163.com。"
    draft = drafted(body)
    assert got(draft) == [(dt.datetime(2026, 3, 13, 16, 0), LOCAL_UNITS)] and draft.addresses == ["jcwh@163.com"]


def test_one_character_opencc_would_change_leaves_a_simplified_line_alone():
    from collector.drafting.reading.plain_text import normalize
    from collector.match.text import to_simplified

    assert to_simplified("麴酒厂安全检查") != "麴酒厂安全检查"  # OpenCC would write 曲: the rule is what keeps it
    assert normalize("麴酒厂安全检查") == "麴酒厂安全检查"


def test_html_entities_left_from_a_web_editor_are_the_characters_they_stand_for():
    body = ("&nbsp;&nbsp;请各乡镇于2026年3月31日（星期二）&nbsp;17:00前将&ldquo;移风易俗&rdquo;总结发送至jcyfys@163.com。")
    draft = drafted(body, title="关于开展&ldquo;婚事新办&rdquo;专项行动的通知")
    assert got(draft) == [(dt.datetime(2026, 3, 31, 17, 0), LOCAL_UNITS)]
    assert draft.title == "“婚事新办”专项行动"


def test_a_list_of_persons_with_their_posts_names_their_units():
    body = ("请领导小组各成员单位（名单见附件）于3月4日前将工作总结发送至jcqmjs@163.com。\n\n附件：领导小组成员名单\n"
            "建昌县农业农村局\n2026年3月2日\n\n附件\n领导小组成员名单\n组　长：刘振国　县政府副县长\n"
            "成　员：孙立军　县教育局副局长\n　　　　周海涛　县财政局党组成员\n　　　　杨春梅　县总工会副主席")
    draft = draft_campaign(notice(body).replace("各乡镇人民政府：", "县全民健身工作领导小组各成员单位：")
                           .replace("\n\n建昌县农业农村局\n2026年3月2日\n", "\n"), builtin_roster())
    assert got(draft) == [(dt.datetime(2026, 3, 4, 23, 59, 59), ["县教育局", "县财政局"])]


# ---------------------------------------------------------------- notices 860–899


def test_a_count_of_units_the_salutation_names_is_those_units():
    body = ("（一）请沿线四个乡镇于3月20日前报送隐患排查台账。\n（二）请各单位于4月26日前报送工作总结。\n"
            "以上材料请发送至jchlb@163.com。")
    draft = drafted(body, "八家子镇、喇嘛洞镇、要路沟乡、魏家岭乡人民政府，县公安局，县住建局")
    four = ["八家子镇", "喇嘛洞镇", "要路沟乡", "魏家岭乡"]
    assert got(draft) == [(dt.datetime(2026, 3, 20, 23, 59, 59), sorted(four)),
                          (dt.datetime(2026, 4, 26, 23, 59, 59), sorted(four + ["县住建局", "县公安局"]))]


def test_n_departments_named_before_are_those_five():
    body = ("一、县商务局、县市场局、县文旅局、县教育局、县民政局分别对本行业开展排查。\n"
            "二、县商务局等五个部门于3月26日前报送行业排查报告。发送至jcxaw@163.com。")
    units = got(drafted(body, "各乡镇人民政府，县商务局，县市场局，县文旅局，县教育局，县民政局"))[0][1]
    assert units == sorted(["县商务局", "县市场局", "县文旅局", "县教育局", "县民政局"])


def test_an_original_carried_in_is_no_mailed_requirement():
    body = ("（一）请于3月5日中午12时前将推荐表电子版发送至jcjyyw@126.com。\n"
            "（二）推荐表原件（一式三份）请于3月12日前送至基金会秘书处（408室），原件不需扫描报送。")
    assert dues(body) == [dt.datetime(2026, 3, 5, 12, 0)]


def test_work_to_be_done_by_a_date_after_a_sending_word_is_no_requirement():
    body = ("督察组2025年10月反馈督察意见，涉及我县问题14项，须于2026年6月底前全部完成整改。\n"
            "请各乡镇于3月13日前将整改进展情况表发送至jcdc@163.com。")
    assert dues(body) == [dt.datetime(2026, 3, 13, 23, 59, 59)]


def test_days_counted_from_the_issue_date_of_the_imprint():
    text = notice("请各乡镇自本通知印发之日起10日内，将核查表发送至jcnt@163.com。") + "\n建昌县农业农村局办公室　　2026年3月4日印发\n"
    draft = draft_campaign(text, builtin_roster())
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [dt.datetime(2026, 3, 14, 23, 59, 59)]
    assert any("印发日期" in line for line in draft.unsettled), draft.unsettled


def test_a_work_contact_sheet_is_read_as_a_notice():
    text = ("建昌县重点项目建设服务中心\n工 作 联 系 单\n编号：2026-07\n主送单位：各乡镇人民政府，县发改局\n"
            "事　　由：报送2026年下半年重点项目要素保障需求\n内　　容：\n请各乡镇梳理重点项目，填写需求表。\n"
            "报送时限：各乡镇于6月24日（星期三）17时前报送需求表；县发改局于7月1日前报送意见表。\n"
            "报送方式：电子版发送至jczdxm@163.com。\n联系单位（盖章）：建昌县重点项目建设服务中心\n日　　期：2026年6月15日\n"
            "回复意见：\n回复单位（盖章）：\n年　　月　　日\n")
    draft = draft_campaign(text, builtin_roster())
    assert draft.title == "2026年下半年重点项目要素保障需求"
    assert got(draft) == [(dt.datetime(2026, 6, 24, 17, 0), LOCAL_UNITS), (dt.datetime(2026, 7, 1, 23, 59, 59), ["县发改局"])]


def test_a_forward_of_a_forward_takes_the_innermost_title():
    from collector.drafting.heading.titles import notice_title

    assert notice_title("关于转发《市清欠办关于转发〈省清欠办关于开展2026年拖欠中小企业账款专项排查的通知〉的通知》的通知") == \
        "2026年拖欠中小企业账款专项排查"


def test_a_units_date_given_with_xian_and_its_material_from_the_item_naming_it():
    body = ("一、报送内容\n（一）各乡镇：填写《放映计划表》（附件1）。\n（二）县教育局：填写《校园放映学校名单》（附件2）。\n"
            "二、报送时间\n各乡镇限3月20日前报送；县教育局限3月27日下午3时前报送。\n三、报送方式\n电子邮箱：jcdy@163.com")
    draft = drafted(body, "各乡镇人民政府，县教育局")
    assert got(draft) == [(dt.datetime(2026, 3, 20, 23, 59, 59), LOCAL_UNITS), (dt.datetime(2026, 3, 27, 15, 0), ["县教育局"])]
    assert draft.requirements[1].title == "校园放映学校名单"


def test_a_bureau_before_a_verb_of_gathering_is_the_sender():
    body = ("（一）县住建局汇总城区各供热企业的用电负荷，填写《用电需求表》，于3月13日上午10时前报送。\n"
            "（二）县工信局会同有关企业梳理可中断负荷，填写《企业名单》，于3月13日上午10时前报送。\n以上材料发送至jcgd@163.com。")
    draft = drafted(body, "各乡镇人民政府，县住建局，县工信局")
    assert [sorted(r.units) for r in draft.requirements] == [["县住建局"], ["县工信局"]]


def test_a_date_a_thing_must_be_made_after_is_no_deadline():
    assert dues("（三）摄制时间：2025年1月1日以后摄制完成。\n请各单位于3月30日16:00前将报送表发送至jcdy@163.com。") == [
        dt.datetime(2026, 3, 30, 16, 0)]


def test_the_units_a_section_heading_names_send_what_the_section_asks():
    body = ("一、各乡镇\n逐条复核线索，填写《复核表》，于3月13日前发送至普查办邮箱。\n"
            "二、县自然资源局、县水利局\n核查项目选址，填写《情况表》，于3月20日下午5:30前发送至普查办邮箱。\n普查办邮箱：jcww@163.com")
    draft = drafted(body, "各乡镇人民政府，县自然资源局，县水利局，县交通局")
    assert got(draft) == [(dt.datetime(2026, 3, 13, 23, 59, 59), LOCAL_UNITS),
                          (dt.datetime(2026, 3, 20, 17, 30), ["县水利局", "县自然资源局"])]


def test_a_weekend_day_the_notice_says_is_worked_is_not_rolled_over():
    body = ("请各单位于3月14日（星期六）前报送总结。国庆节调休，3月14日（星期六）上班。\n"
            "以上材料发送至jcjg@163.com。报送截止日遇双休日的，顺延至下一个工作日。")
    assert dues(body) == [dt.datetime(2026, 3, 14, 23, 59, 59)]


def test_the_example_row_of_a_form_names_no_unit():
    body = ("请各单位于3月21日16时前填写《信息员登记表》（附件），发送至jcsz@163.com。\n\n附件：信息员登记表\n建昌县农业农村局\n"
            "2026年3月2日\n\n附件\n信息员登记表\n序号\t单位\t姓名\t手机\n示例\t建昌镇人民政府\t王晓光\t13904291234\n1\t\t\t\n")
    draft = draft_campaign(notice(body).replace("各乡镇人民政府：", "各乡镇人民政府，县商务局：")
                           .replace("\n\n建昌县农业农村局\n2026年3月2日\n", "\n"), builtin_roster())
    assert got(draft)[0][1] == sorted(LOCAL_UNITS + ["县商务局"])


def test_a_short_name_the_notice_defines_for_a_body_is_that_body_not_for_a_matter():
    body = ("（一）各乡镇于3月21日前报送自查表。\n（二）县交易平台导出项目数据，形成《筛查情况表》，于3月28日中午12时前报送。\n"
            "以上材料请发送至jcztb@163.com。农村适龄妇女宫颈癌和乳腺癌（以下简称“两癌”）检查另行安排。")
    draft = drafted(body, "各乡镇人民政府，建昌县公共资源交易中心（以下简称“县交易平台”）")
    assert got(draft)[1] == (dt.datetime(2026, 3, 28, 12, 0), ["县公共资源交易中心"])
    from collector.drafting.reading.plain_text import normalize

    assert "“两癌”" in normalize("宫颈癌和乳腺癌（以下简称“两癌”）的“两癌”检查")


# ---------------------------------------------------------------- notices 900–939


def test_a_bureau_saying_what_it_will_do_with_jiang_is_the_sender_and_an_off_roster_body_owes_nothing():
    body = ("（一）各乡镇于3月23日下午3时前将核查表发送至jcjs@163.com。\n"
            "（二）县民政局将在册名单与低保数据进行比对，于4月6日前将比对结果发送至上述邮箱。\n"
            "（三）县残联将在册名单与残疾人员数据进行比对，比对结果一并于4月6日前反馈。")
    draft = drafted(body, "各乡镇人民政府，县民政局，县残联")
    assert got(draft) == [(dt.datetime(2026, 3, 23, 15, 0), LOCAL_UNITS), (dt.datetime(2026, 4, 6, 23, 59, 59), ["县民政局"])]
    assert any("县残联" in line for line in draft.unsettled), draft.unsettled


def test_a_form_in_the_attachment_lists_no_units_and_two_issuers_sign_apart():
    text = ("建昌县工业和信息化局 中国铁塔股份有限公司建昌县分公司\n关于报送5G基站建设公共资源开放清单的通知\n\n各乡镇人民政府，县教育局：\n"
            "请各单位填写《公共资源开放清单》（附件），于3月19日前发送至jctt5g@163.com。\n联系人：县工业和信息化局 韩冬\n\n"
            "附件：公共资源开放清单\n\n建昌县工业和信息化局\n中国铁塔股份有限公司建昌县分公司\n2026年3月5日\n")
    assert got(draft_campaign(text, builtin_roster())) == [(dt.datetime(2026, 3, 19, 23, 59, 59), sorted(LOCAL_UNITS + ["县教育局"]))]


def test_every_town_counted_in_the_salutation():
    assert got(drafted("请于3月28日16时前将统计表发送至jcgg@163.com。", "全县28个乡镇人民政府")) == [
        (dt.datetime(2026, 3, 28, 16, 0), LOCAL_UNITS)]


@pytest.mark.parametrize("said, due", [("晚12点前", dt.datetime(2026, 3, 16, 23, 59, 59)),
                                       ("中午12点前", dt.datetime(2026, 3, 16, 12, 0)),
                                       ("晚上8点前", dt.datetime(2026, 3, 16, 20, 0))])
def test_twelve_at_night_is_the_days_end(said, due):
    assert dues(f"请各乡镇于3月16日{said}将统计表发送至jcyq@163.com。") == [due]


def test_a_date_wished_for_beside_the_deadline_is_no_requirement():
    assert dues("建议各单位于3月5日前报送；报送截止时间为3月12日17时，逾期未报的予以通报。统计表发送至jctj@163.com。") == [
        dt.datetime(2026, 3, 12, 17, 0)]


def test_a_pre_notice_has_its_title():
    from collector.drafting.heading.titles import notice_title

    assert notice_title("关于举办2026年全县乡镇应急管理干部业务培训班的预通知") == "2026年全县乡镇应急管理干部业务培训班"


def test_a_notice_whose_paragraphs_lost_their_line_ends_is_read():
    one_line = ("请各乡镇于3月19日16时前将核查表发送至jcmb@163.com。　　（二）县医保局将比对结果于3月26日前发送至上述邮箱。"
                "　　联系人：邹海燕　　附件：核查表　　建昌县农业农村局　　2026年3月10日")
    text = "建昌县农业农村局\n关于开展数据质量核查工作的通知\n各乡镇人民政府，县医保局：　　为提高数据质量，现将有关事项通知如下：　　一、核查内容" \
           "　　" + "建档管理的高血压患者。" * 20 + "　　" + one_line
    assert got(draft_campaign(text, builtin_roster())) == [(dt.datetime(2026, 3, 19, 16, 0), LOCAL_UNITS),
                                                           (dt.datetime(2026, 3, 26, 23, 59, 59), ["县医保局"])]


def test_the_towns_and_zone_reviewing_is_every_town_and_the_zone():
    body = "请于3月7日上午十时前，将申报汇总表和乡镇（开发区）审核意见报送至jcnc@163.com。"
    assert got(drafted(body, "各乡镇人民政府，八家子经济开发区管委会"))[0][1] == sorted(LOCAL_UNITS + ["八家子经济开发区"])


def test_the_three_zhen_above_are_the_three_towns_the_bureaus_only_join_a_drill():
    body = ("请上述三镇于3月20日17:30前将转移责任人名单发送至jcsk@163.com。\n"
            "定于4月9日上午9时组织演练。请县应急局、县水利局派员参加指导，无需报送材料。")
    draft = drafted(body, "喇嘛洞镇人民政府、汤神庙镇人民政府、玲珑塔镇人民政府，县应急局，县水利局")
    assert got(draft) == [(dt.datetime(2026, 3, 20, 17, 30), ["喇嘛洞镇", "汤神庙镇", "玲珑塔镇"])]


def test_a_bare_day_after_a_date_takes_its_month():
    assert dues("请各乡镇于3月15日（星期日）前报送摸底表，28日（星期六）前报送工作方案，均发送至jcst@163.com。") == [
        dt.datetime(2026, 3, 15, 23, 59, 59), dt.datetime(2026, 3, 28, 23, 59, 59)]


def test_the_units_scoring_below_a_mark_in_the_attachment_table():
    body = ("考评结果见附件。请各乡镇于3月20日前报送整改台账。考评综合得分低于80分的乡镇，于3月27日前报送专项整改方案。"
            "以上材料发送至jczf@163.com。\n\n附件：考评结果\n建昌县农业农村局\n2026年3月2日\n\n附件\n考评结果\n排名\t乡镇\t综合得分\n"
            "1\t建昌镇\t95.5\n2\t西碱厂乡\t80.0\n3\t黑山科乡\t79.5\n4\t雷家店乡\t61\n")
    draft = draft_campaign(notice(body).replace("\n\n建昌县农业农村局\n2026年3月2日\n", "\n"), builtin_roster())
    assert got(draft)[1] == (dt.datetime(2026, 3, 27, 23, 59, 59), ["雷家店乡", "黑山科乡"])


# ---------------------------------------------------------------- the drafts of mixed40, 43 and 46


def test_the_units_a_section_lists_after_its_heading_on_one_line_and_names_with_he_in_them():
    text = ("建昌县人民政府办公室\n关于建立重点项目月报制度的通知\n\n县直有关部门：\n"
            "一、报送单位。县发展和改革局、县住房和城乡建设局、县水利局等3个部门，负责报送本部门牵头项目情况。\n"
            "二、报送内容。《重点项目月报表》（Excel格式）。有重大进展的项目可附现场照片，不作硬性要求。\n"
            "三、报送时间。首次报送请于2026年3月5日17时前报送2月份情况。\n四、报送方式。发送至jc7710089@163.com。\n\n"
            "建昌县人民政府办公室\n2026年2月24日\n")
    draft = draft_campaign(text, builtin_roster())
    assert got(draft) == [(dt.datetime(2026, 3, 5, 17, 0), ["县住建局", "县发改局", "县水利局"])]
    (part,) = draft.requirements[0].parts
    assert part["kind"] == "document" and "月报表" in part["title"]  # not the optional photos


@pytest.mark.parametrize("said", ["不需加盖公章", "电子版不需盖章", "无需盖章"])
def test_no_stamped_copy_where_the_notice_says_none(said):
    body = f"请各乡镇于3月24日17时前将2026年上半年工作总结（Word格式，{said}）发送至jcyshj@163.com。"
    parts = drafted(body).requirements[0].parts
    assert [p["kind"] for p in parts] == ["document"] and "pdf" not in parts[0].get("formats", [])
